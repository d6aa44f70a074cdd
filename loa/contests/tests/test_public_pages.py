"""The participant's side through the page: registering (proof of work, same phone = same
participant, attempts per phone, limits per address), the attempt drawn and timed by the
server, the answer key in no response before submission, a late or double submission."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from conftest import morning
from loa.contests.models import Attempt, Option, Participant

from .helpers import RIGHT, contest_open, public_url, register, sheet

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _quick_challenge(settings):
    settings.LOA_POW_BITS = 8
    settings.LOA_POW_MIN_SECONDS = 0
    cache.clear()


@pytest.fixture
def contest(offices, province_officer):
    return contest_open(offices["P"], province_officer)


def attempt_url(attempt) -> str:
    contest = attempt.participant.contest
    return reverse(
        "contests:attempt",
        kwargs={"code": contest.unit.code, "pk": contest.pk, "token": attempt.token},
    )


def test_the_rules_page_offers_the_organisers_communes(client, contest, offices):
    page = client.get(public_url(contest))
    assert page.status_code == 200
    assert "Thể lệ cuộc thi" in page.text
    assert f'<option value="{offices["A"].pk}">{offices["A"].name}</option>' in page.text
    assert f'<option value="{offices["D"].pk}">' not in page.text  # another province's
    assert "data-unit-filter" in page.text and "contests/unit_filter.js" in page.text


def test_a_draft_contest_has_no_public_page(client, offices, province_officer):
    from loa.contests import services

    draft = services.contest_create(unit=offices["P"], by=province_officer, title="Nháp")
    assert client.get(public_url(draft)).status_code == 404


def test_registering_draws_the_questions_and_starts_the_clock(client, contest, offices):
    now = morning(2026, 11, 3)
    with _at(now):
        response = register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    assert response.status_code == 302 and response["Location"] == attempt_url(attempt)
    assert attempt.participant.phone == "0912345678"
    assert attempt.started_at == now
    assert len(attempt.question_ids) == 4 and len(set(attempt.question_ids)) == 4
    assert set(attempt.question_ids) <= set(contest.questions.values_list("pk", flat=True))


def test_no_response_before_submission_tells_the_right_option(client, contest, offices):
    """The answer key never reaches the browser: not in the registration, not in the
    sheet (no attribute, no class, no order marks the right option), not on a refused
    submission of the sheet."""
    sent = [client.get(public_url(contest)), register(client, contest, offices["A"])]
    attempt = Attempt.objects.get()
    sent.append(client.get(attempt_url(attempt)))
    sent.append(client.post(attempt_url(attempt), {"prediction": "không biết"}))  # refused
    assert sent[-1].status_code == 400
    right = set(Option.objects.filter(is_correct=True).values_list("pk", flat=True))
    wrong = set(Option.objects.filter(is_correct=False).values_list("pk", flat=True))
    for response in sent:
        html = response.content.decode()
        assert "is_correct" not in html and "dap-an-dung" not in html
        assert "correct" not in html.lower()
    sheet_html = sent[2].text
    # every option is one radio of the same shape: only its value and text differ
    radios = re.findall(r'<input type="radio"[^>]*>', sheet_html)
    assert len(radios) == 4 * 3
    shapes = {
        re.sub(r'(value|id)="[^"]*"', "", r).replace(re.search(r'name="q\d+"', r).group(0), "")
        for r in radios
    }
    assert len(shapes) == 1
    values = {int(v) for v in re.findall(r'type="radio" name="q\d+" value="(\d+)"', sheet_html)}
    assert values & right and values & wrong
    # the options of each question come in the attempt's shuffled order, kept server-side
    for question_id in attempt.question_ids:
        shown = [int(v) for v in re.findall(rf'name="q{question_id}" value="(\d+)"', sheet_html)]
        assert shown == attempt.option_ids[str(question_id)]
    assert RIGHT in sheet_html  # the texts are shown, only their rightness is not


def test_the_options_are_shuffled_per_attempt(contest, offices):
    from loa.contests import services

    orders = set()
    for n in range(12):
        participant = Participant.objects.create(
            contest=contest,
            name=f"Người {n}",
            phone=f"09000000{n:02d}",
            place="Thôn Đông",
            age_group="18-30",
            unit=offices["A"],
        )
        attempt = services.attempt_start(participant=participant)
        orders.add(tuple(tuple(v) for v in attempt.option_ids.values()))
    assert len(orders) > 1


def test_the_sheet_shows_the_time_left_as_the_server_counts_it(client, contest, offices):
    start = morning(2026, 11, 3)
    with _at(start):
        register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    with _at(start + datetime.timedelta(seconds=100)):
        page = client.get(attempt_url(attempt)).text
    assert 'data-seconds-left="500"' in page
    assert "contests/countdown.js" in page


def test_the_server_scores_and_shows_the_score(client, contest, offices):
    register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    response = client.post(attempt_url(attempt), sheet(attempt, right=3, prediction=250))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.submitted and attempt.score == 3 and attempt.prediction == 250
    assert attempt.answers.count() == 4
    page = client.get(attempt_url(attempt))
    assert "Ông/Bà trả lời đúng 3/4 câu hỏi." in page.text
    assert 'type="radio"' not in page.text


def test_a_second_submission_changes_nothing(client, contest, offices):
    register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    client.post(attempt_url(attempt), sheet(attempt, right=1))
    again = client.post(attempt_url(attempt), sheet(attempt, right=4))
    attempt.refresh_from_db()
    assert again.status_code == 200 and attempt.score == 1
    assert attempt.answers.count() == 4


def test_a_sheet_sent_after_its_time_is_refused_and_not_scored(client, contest, offices):
    start = morning(2026, 11, 3)
    with _at(start):
        register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    with _at(start + datetime.timedelta(seconds=600 + 21)):
        response = client.post(attempt_url(attempt), sheet(attempt, right=4))
    assert response.status_code == 400
    assert "sau khi đã hết thời gian làm bài (10 phút)" in response.text
    attempt.refresh_from_db()
    assert attempt.late and not attempt.submitted and attempt.score is None


def test_within_the_grace_a_sheet_is_scored(client, contest, offices):
    start = morning(2026, 11, 3)
    with _at(start):
        register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    with _at(start + datetime.timedelta(seconds=600 + 10)):
        client.post(attempt_url(attempt), sheet(attempt, right=2))
    attempt.refresh_from_db()
    assert attempt.submitted and attempt.score == 2


def test_the_same_phone_is_the_same_participant_up_to_its_attempts(
    client, offices, province_officer
):
    contest = contest_open(offices["P"], province_officer, attempts_per_person=2)
    register(client, contest, offices["A"], phone="0912345678")
    register(client, contest, offices["C"], phone="+84 912.345.678", name="Hoa")
    refused = register(client, contest, offices["A"], phone="84912345678")
    assert Participant.objects.count() == 1
    assert Participant.objects.get().unit == offices["A"]
    assert Attempt.objects.count() == 2
    assert refused.status_code == 400
    assert "đã dùng hết 2 lượt thi" in refused.text
    assert 'value="Trường THCS An Lạc"' in refused.text  # what was typed is kept


def test_a_bad_phone_is_refused_with_what_was_typed_kept(client, contest, offices):
    response = register(client, contest, offices["A"], phone="12345")
    assert response.status_code == 400
    assert "Số điện thoại chưa đúng" in response.text
    assert 'value="Nguyễn Thị Hoa"' in response.text
    assert not Participant.objects.exists()


def test_registration_needs_the_proof_of_work(client, contest, offices):
    response = register(client, contest, offices["A"], pow_nonce="", answer="99")
    assert response.status_code == 400
    assert "Kết quả phép tính chưa đúng" in response.text
    assert not Participant.objects.exists()


def test_one_address_is_limited(client, contest, offices, settings, monkeypatch):
    from loa.contests.views import public

    settings.RATELIMIT_ENABLE = True
    monkeypatch.setattr(public, "PER_ADDRESS", "2/h")
    for n in range(2):
        register(client, contest, offices["A"], phone=f"091234567{n}")
    third = register(client, contest, offices["A"], phone="0912345679")
    assert third.status_code == 400
    assert "quá nhiều lượt đăng ký dự thi từ địa chỉ mạng này" in third.text
    assert 'value="0912345679"' in third.text
    assert Participant.objects.count() == 2
    cache.clear()


def test_a_closed_contest_takes_no_attempt(client, contest, offices, province_officer):
    from loa.contests import services

    services.contest_close(contest=contest, by=province_officer)
    page = register(client, contest, offices["A"])  # from a page opened before the close
    assert page.status_code == 400
    assert "Cuộc thi đã kết thúc, không nhận đăng ký và lượt thi mới." in page.text
    assert not Participant.objects.exists()
    assert "Cuộc thi đã kết thúc" in client.get(public_url(contest)).text


def _at(moment):
    import time_machine

    return time_machine.travel(moment, tick=False)


@pytest.mark.parametrize("overrides", [{"challenge": "gia-mao"}, {"pow_nonce": "x"}])
def test_a_refused_challenge_speaks_of_the_form_not_of_a_feedback(
    client, contest, offices, overrides
):
    from loa.portal import challenge

    page = register(client, contest, offices["A"], **overrides)
    assert page.status_code == 400
    alert = re.search(r'<div class="error-summary" role="alert">(.*?)</div>', page.text, re.S)
    assert challenge.FORGED in alert.group(1)
    assert "phản ánh" not in alert.group(1)
    assert 'value="Nguyễn Thị Hoa"' in page.text  # what was typed is kept
    assert not Participant.objects.exists()
