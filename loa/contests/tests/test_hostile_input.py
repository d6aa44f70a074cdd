"""Hostile input to the contests' forms gets a form error, never a server error (the fuzz
test's promise, tried here on the fields it cannot guess the meaning of)."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from loa.contests.models import Attempt

from .helpers import contest_open, public_url, register, registration

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999"


@pytest.fixture(autouse=True)
def _quick_challenge(settings):
    settings.LOA_POW_BITS = 8
    settings.LOA_POW_MIN_SECONDS = 0
    cache.clear()


@pytest.mark.parametrize(
    "field,value",
    [
        ("opens_at", "0001-01-01T00:00"),
        ("closes_at", "9999-12-31T23:59"),
        ("questions_per_attempt", HUGE),
        ("seconds_per_attempt", "-1"),
        ("attempts_per_person", "0"),
        ("first_prizes", "2147483648"),
        ("title", "a\x00b"),
    ],
)
def test_the_contest_form_refuses_what_it_cannot_keep(
    client, offices, province_officer, field, value
):
    contest = contest_open(offices["P"], province_officer)
    data = {
        "title": "Tìm hiểu",
        "rules": "",
        "questions_per_attempt": "4",
        "seconds_per_attempt": "600",
        "attempts_per_person": "1",
        "first_prizes": "1",
        "second_prizes": "1",
        "third_prizes": "1",
        "consolation_prizes": "1",
        field: value,
    }
    client.force_login(province_officer)
    response = client.post(reverse("contests:edit", args=[contest.pk]), data)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "overrides",
    [{"unit": HUGE}, {"unit": "-1"}, {"age_group": "200"}, {"name": "a\x00b"}, {"phone": HUGE}],
)
def test_the_registration_refuses_what_it_cannot_keep(client, offices, province_officer, overrides):
    contest = contest_open(offices["P"], province_officer)
    data = registration(offices["A"])
    data.update(overrides)
    assert client.post(public_url(contest), data).status_code == 400


@pytest.mark.parametrize("value", [HUGE, "-1", "x", ""])
def test_the_sheet_refuses_what_it_cannot_keep(client, offices, province_officer, value):
    contest = contest_open(offices["P"], province_officer)
    register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    url = reverse(
        "contests:attempt",
        kwargs={"code": contest.unit.code, "pk": contest.pk, "token": attempt.token},
    )
    data = {"prediction": value, f"q{attempt.question_ids[0]}": value}
    assert client.post(url, data).status_code == 400
    attempt.refresh_from_db()
    assert not attempt.submitted


def test_an_unknown_token_is_not_found(client, offices, province_officer):
    contest = contest_open(offices["P"], province_officer)
    url = reverse(
        "contests:attempt", kwargs={"code": contest.unit.code, "pk": contest.pk, "token": "x" * 300}
    )
    assert client.get(url).status_code == 404
    assert client.get(public_url(contest) + "?x=" + HUGE).status_code == 200
