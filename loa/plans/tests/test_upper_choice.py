"""The upper plan a link offers to start from (`/ke-hoach/lap-moi/?cap_tren=<id>`) must be
one the unit may adapt: an issued plan of a unit above it. Any other is ignored with a
Vietnamese message, and nothing of it shows, not even its year (issue #10, finding 11)."""

import datetime

from django.urls import reverse

from loa.plans.tests.factories import IssuedPlanFactory

IGNORED = "Kế hoạch cấp trên trong đường dẫn không phải kế hoạch đã ban hành của cấp trên"


def test_a_plan_of_an_unrelated_province_is_ignored_and_its_year_not_shown(
    client, offices, personas
):
    other = IssuedPlanFactory(unit=offices["Q"], year=2025, issued_on=datetime.date(2025, 1, 3))
    client.force_login(personas["officer_a"])
    response = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": other.pk})
    assert response.status_code == 200
    assert response.context["form"]["year"].value() != 2025
    assert IGNORED in response.text
    assert response.context["form"]["upper_plan"].value() is None
    assert response.context["review"] is None
    assert other.title not in response.text


def test_a_draft_of_the_province_above_is_ignored_too(client, offices, personas, province_officer):
    from loa.plans.tests.factories import PlanFactory

    draft_above = PlanFactory(unit=offices["P"], year=2025, by=province_officer)
    client.force_login(personas["officer_a"])
    response = client.get(reverse("plans:create"), {"cap_tren": draft_above.pk})
    assert IGNORED in response.text
    assert response.context["form"]["year"].value() != 2025


def test_the_issued_plan_above_is_offered_with_its_year(client, upper_plan, personas):
    client.force_login(personas["officer_a"])
    response = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    assert IGNORED not in response.text
    assert response.context["form"]["year"].value() == 2026
    assert response.context["review"] is not None


def test_a_malformed_or_huge_id_is_ignored(client, upper_plan, personas):
    client.force_login(personas["officer_a"])
    for value in ["abc", "99999999999999999999", "-1"]:
        response = client.get(reverse("plans:create"), {"cap_tren": value})
        assert response.status_code == 200, value
        assert IGNORED in response.text, value
