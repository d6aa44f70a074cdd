"""Nonsense a plan page used to accept (issue #10, finding 8): refused with a Vietnamese
message that keeps what was typed, and nothing is saved."""

import datetime

import pytest
from django.urls import reverse

from loa.documents import services as documents
from loa.plans import services
from loa.plans.models import Channel, Plan, PlanStatus, Target
from loa.plans.tests.factories import IssuedPlanFactory, PlanFactory


def _form_data(bound) -> dict:
    """What the browser sends back from a form as shown (its hidden version included)."""
    data = {}
    for name in bound.fields:
        value = bound[name].value()
        if value is None or value is False:
            continue
        data[bound.add_prefix(name)] = "on" if value is True else getattr(value, "pk", value)
    return data


def _header(client, plan, **changes):
    page = client.get(reverse("plans:edit", args=[plan.pk]))
    return client.post(
        reverse("plans:edit", args=[plan.pk]), {**_form_data(page.context["form"]), **changes}
    )


@pytest.fixture
def in_force(offices, personas):
    """Commune A's 2026 plan, issued."""
    return IssuedPlanFactory(
        unit=offices["A"], year=2026, by=personas["officer_a"], signer=personas["leader_a"]
    )


# --- budget -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount, message",
    [
        ("-20000000", "Kinh phí không được âm."),
        ("100000000000000", "Kinh phí không quá 1.000 tỷ đồng."),
    ],
)
def test_a_negative_or_absurd_budget_is_refused_and_kept(client, draft, personas, amount, message):
    client.force_login(personas["officer_a"])
    response = _header(client, draft, budget_amount=amount)
    assert response.status_code == 400
    assert message in response.text
    assert f'value="{amount}"' in response.text
    draft.refresh_from_db()
    assert draft.budget_amount is None


def test_a_real_budget_is_saved(client, draft, personas):
    client.force_login(personas["officer_a"])
    response = _header(client, draft, budget_amount="20000000")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.budget_amount == 20_000_000


def test_a_task_budget_beyond_bounds_is_refused(client, draft, personas):
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("plans:task_add", args=[draft.pk]),
        {
            "new-content": "Pa nô tuyên truyền",
            "new-lead_text": "Văn phòng",
            "new-budget_amount": "100000000000000",
        },
    )
    assert response.status_code == 400
    assert "Kinh phí không quá 1.000 tỷ đồng." in response.text
    assert "Pa nô tuyên truyền" in response.text
    assert not draft.tasks.filter(content="Pa nô tuyên truyền").exists()


# --- one plan in force per year -----------------------------------------------------------


def test_a_second_plan_for_a_year_with_a_plan_in_force_points_to_its_amendment(
    client, in_force, personas
):
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("plans:create"), {"way": "blank", "year": 2026, "title": "Kế hoạch thứ hai"}
    )
    assert response.status_code == 400
    assert "đã có kế hoạch năm 2026 đang có hiệu lực" in response.text
    assert "“Sửa đổi, bổ sung”" in response.text
    assert reverse("plans:detail", args=[in_force.pk]) in response.text
    assert 'value="Kế hoạch thứ hai"' in response.text
    assert Plan.objects.filter(unit=in_force.unit, year=2026).count() == 1


def test_the_services_refuse_a_second_plan_in_force_too(in_force, personas, offices):
    with pytest.raises(Exception, match="Sửa đổi, bổ sung"):
        services.plan_create_from_template(unit=offices["A"], year=2026, by=personas["officer_a"])


def test_a_draft_cannot_move_to_a_year_that_has_a_plan_in_force(client, in_force, personas):
    later = PlanFactory(unit=in_force.unit, year=2027, by=personas["officer_a"])
    client.force_login(personas["officer_a"])
    response = _header(client, later, year="2026")
    assert response.status_code == 400
    assert "Sửa đổi, bổ sung" in response.text
    later.refresh_from_db()
    assert later.year == 2027


def test_a_draft_started_before_the_plan_was_issued_cannot_be_issued_beside_it(
    client, offices, personas
):
    first = PlanFactory(unit=offices["A"], year=2026, by=personas["officer_a"])
    second = PlanFactory(unit=offices["A"], year=2026, by=personas["officer_a"])
    for plan in (first, second):
        services.plan_submit(plan=plan, by=personas["officer_a"])
    services.plan_issue(plan=first, by=personas["leader_a"], on=datetime.date(2026, 1, 5))
    client.force_login(personas["leader_a"])
    response = client.post(
        reverse("plans:issue", args=[second.pk]), {"issued_on": "2026-01-06"}, follow=True
    )
    assert "đã có kế hoạch năm 2026 đang có hiệu lực" in response.text
    second = Plan.objects.get(pk=second.pk)
    assert second.status == PlanStatus.SUBMITTED


# --- targets ------------------------------------------------------------------------------


def test_a_counting_target_must_name_what_it_counts(client, draft, personas):
    client.force_login(personas["officer_a"])
    url = reverse("plans:targets", args=[draft.pk])
    typed = {"new-text": "Ít nhất 12 tin, bài", "new-measure": "count", "new-target_value": "12"}
    response = client.post(url, typed)
    assert response.status_code == 400
    assert "Chỉ tiêu đếm số hoạt động phải chọn hình thức được đếm" in response.text
    assert "Ít nhất 12 tin, bài" in response.text
    assert not Target.objects.filter(plan=draft, text="Ít nhất 12 tin, bài").exists()
    radio = Channel.objects.get(code="radio")
    assert client.post(url, {**typed, "new-channels": [radio.pk]}).status_code == 302


def test_a_ratio_target_needs_no_channel(client, draft, personas):
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("plans:targets", args=[draft.pk]),
        {"new-text": "100% hồ sơ trực tuyến", "new-measure": "ratio", "new-target_value": "100"},
    )
    assert response.status_code == 302


# --- an amendment that changes nothing ----------------------------------------------------


def test_an_amendment_that_changes_nothing_cannot_be_submitted(client, in_force, personas):
    client.force_login(personas["officer_a"])
    client.post(reverse("plans:amend", args=[in_force.pk]))
    amendment = Plan.objects.get(previous_version=in_force)
    # the draft's page says so before the officer tries
    page = client.get(reverse("plans:detail", args=[amendment.pk]))
    assert "Bản sửa đổi chưa thay đổi gì so với" in page.text
    response = client.post(reverse("plans:submit", args=[amendment.pk]), follow=True)
    assert "Bản sửa đổi chưa thay đổi gì so với" in response.text
    assert Plan.objects.get(pk=amendment.pk).status == PlanStatus.DRAFT

    # once something is changed, it goes to the leader
    section = amendment.sections.filter(paragraphs__isnull=False).first()
    page = client.get(reverse("plans:sections", args=[amendment.pk]))
    form = next(f for s, _, _, f in page.context["rows"] if s.pk == section.pk)
    data = _form_data(form)
    data[form.add_prefix("text")] += "\n- Tuyên truyền thêm trên mạng xã hội"
    assert client.post(
        reverse("plans:section_save", args=[amendment.pk, section.pk]), data
    ).status_code in (200, 302)
    response = client.post(reverse("plans:submit", args=[amendment.pk]), follow=True)
    assert "Đã trình lãnh đạo duyệt, ký ban hành." in response.text


def test_an_unchanged_amendment_submitted_anyway_cannot_be_issued(client, in_force, personas):
    amendment = services.plan_amend(plan=in_force, by=personas["officer_a"])
    documents.document_submit(document=amendment, by=personas["officer_a"])  # no checks
    client.force_login(personas["leader_a"])
    response = client.post(
        reverse("plans:issue", args=[amendment.pk]),
        # a day the issue form takes for a 2026 plan, whatever day the suite runs on
        {"issued_on": min(datetime.date.today(), datetime.date(2026, 12, 31)).isoformat()},
        follow=True,
    )
    assert "Bản sửa đổi chưa thay đổi gì so với" in response.text
    assert Plan.objects.get(pk=amendment.pk).status == PlanStatus.SUBMITTED
    assert Plan.objects.get(pk=in_force.pk).status == PlanStatus.ISSUED


def test_an_amendment_that_changes_only_the_budget_is_a_change(in_force, personas):
    amendment = services.plan_amend(plan=in_force, by=personas["officer_a"])
    amendment.budget_amount = 30_000_000
    amendment.save(update_fields=["budget_amount"])
    services.plan_submit(plan=amendment, by=personas["officer_a"])
    assert Plan.objects.get(pk=amendment.pk).status == PlanStatus.SUBMITTED


def test_comparing_an_amendment_takes_a_few_queries_whatever_its_size(
    in_force, personas, django_assert_max_num_queries
):
    from loa.plans.models import PlanParagraph
    from loa.plans.services.workflow import plan_content

    section = in_force.sections.filter(parent__isnull=True).first()
    PlanParagraph.objects.bulk_create(
        PlanParagraph(section=section, order=100 + i, text=f"Đoạn {i}") for i in range(300)
    )
    amendment = services.plan_amend(plan=in_force, by=personas["officer_a"])
    with django_assert_max_num_queries(10):
        content = plan_content(amendment)
    assert content == plan_content(in_force)
    assert services.plan_submit_problems(amendment)[-1].startswith("Bản sửa đổi chưa thay đổi")
