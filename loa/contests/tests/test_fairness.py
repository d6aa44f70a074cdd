"""What a fair organiser expects (ADR 32, the audit of issue #12): no new attempt once the
contest has ended, an attempt started before the end runs its own time and is counted, none
is taken once the results are frozen in the decision; the public winners are the signed
decision's list; the rules that decide who wins are frozen once the contest opens; the
contest's form refuses a save from an older page."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import member, morning
from loa.accounts.models import Role
from loa.contests import services
from loa.contests.models import (
    Attempt,
    Contest,
    ContestActivity,
    ContestStatus,
    Participant,
    ResultsDecision,
)
from loa.core.tests.pages import form_data

from .helpers import contest_open, register, sheet
from .test_organiser_pages import take

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _quick_challenge(settings):
    settings.LOA_POW_BITS = 8
    settings.LOA_POW_MIN_SECONDS = 0
    cache.clear()


def _at(moment):
    import time_machine

    return time_machine.travel(moment, tick=False)


def attempt_url(attempt) -> str:
    contest = attempt.participant.contest
    return reverse(
        "contests:attempt",
        kwargs={"code": contest.unit.code, "pk": contest.pk, "token": attempt.token},
    )


def _published(contest, officer, leader):
    services.contest_close(contest=contest, by=officer)
    services.decision_submit(contest=contest, by=officer)
    services.contest_publish(contest=contest, by=leader)
    contest.refresh_from_db()
    return contest


# --- 1. the time window and the status --------------------------------------------------


def test_an_attempt_started_before_the_end_runs_its_own_time_and_is_counted(
    client, offices, province_officer
):
    start = morning(2026, 11, 3)
    with _at(start):
        contest = contest_open(
            offices["P"], province_officer, closes_at=start + datetime.timedelta(minutes=5)
        )
        register(client, contest, offices["A"])
    attempt = Attempt.objects.get()
    with _at(start + datetime.timedelta(minutes=6)):  # past the end, within its 10 minutes
        services.contest_close(contest=contest, by=province_officer)
        refused = register(client, contest, offices["C"], phone="0987654321")
        assert refused.status_code == 400
        assert "Cuộc thi đã kết thúc, không nhận đăng ký và lượt thi mới." in refused.text
        assert 'type="radio"' in client.get(attempt_url(attempt)).text
        sent = client.post(attempt_url(attempt), sheet(attempt, right=3))
    assert sent.status_code == 302
    attempt.refresh_from_db()
    assert attempt.submitted and attempt.score == 3
    assert Participant.objects.count() == 1
    # the close's log counts the participant who finished after it
    logs = {log.unit: log.activity for log in ContestActivity.objects.filter(contest=contest)}
    assert logs[offices["P"]].participants == 1
    assert logs[offices["A"]].participants == 1


def test_the_decision_waits_for_the_attempts_still_running(client, offices, province_officer):
    start = morning(2026, 11, 3)
    with _at(start):
        contest = contest_open(offices["P"], province_officer)
        register(client, contest, offices["A"])
        services.contest_close(contest=contest, by=province_officer)
        client.force_login(province_officer)
        page = client.post(reverse("contests:decision_submit", args=[contest.pk]), follow=True)
    assert "Còn 1 lượt thi bắt đầu trước khi cuộc thi kết thúc" in page.text
    assert "trình quyết định sau 10:10 ngày 03/11/2026" in page.text
    assert not ResultsDecision.objects.exclude(status="draft").exists()
    with _at(start + datetime.timedelta(seconds=600 + 21)):
        services.decision_submit(contest=contest, by=province_officer)
    assert ResultsDecision.objects.get(contest=contest).status == "submitted"


def test_no_attempt_is_taken_once_the_results_are_published(
    client, offices, province_officer, province_leader
):
    contest = contest_open(offices["P"], province_officer)
    take(contest, offices["C"], "0900000001", right=2, prediction=2, seconds=60, name="Lê Bình")
    register(client, contest, offices["A"])
    attempt = Attempt.objects.get(submitted=False)
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - datetime.timedelta(hours=1)
    )
    _published(contest, province_officer, province_leader)
    # even an attempt whose own time were not over is not taken any more
    Attempt.objects.filter(pk=attempt.pk).update(started_at=timezone.now())
    attempt.refresh_from_db()
    page = client.get(attempt_url(attempt))
    assert 'type="radio"' not in page.text
    assert "Kết quả cuộc thi đã được chốt trong quyết định công nhận kết quả" in page.text
    sent = client.post(attempt_url(attempt), sheet(attempt, right=4))
    assert sent.status_code == 400
    assert "bài thi này không còn được nhận" in sent.text
    attempt.refresh_from_db()
    assert not attempt.submitted and attempt.score is None


# --- 2. the public winners are the signed decision's ------------------------------------


def test_the_public_winners_are_the_decisions_list_whatever_changes_later(
    client, offices, province_officer, province_leader
):
    contest = contest_open(
        offices["P"],
        province_officer,
        first_prizes=1,
        second_prizes=1,
        third_prizes=0,
        consolation_prizes=0,
    )
    take(contest, offices["A"], "0900000001", right=3, prediction=2, seconds=60, name="Trần An")
    take(contest, offices["C"], "0900000002", right=2, prediction=2, seconds=60, name="Lê Bình")
    _published(contest, province_officer, province_leader)
    decision = ResultsDecision.objects.get(contest=contest)
    # later: a better attempt lands in the database, and the prize counts change
    late = Participant.objects.create(
        contest=contest,
        name="Người đến sau",
        phone="0900000003",
        place="Thôn Đông",
        age_group="18-30",
        unit=offices["C"],
    )
    Attempt.objects.create(
        participant=late,
        question_ids=[],
        option_ids={},
        score=4,
        prediction=2,
        submitted=True,
        finished_at=timezone.now(),
    )
    Contest.objects.filter(pk=contest.pk).update(first_prizes=3)
    page = " ".join(
        client.get(
            reverse("contests:public_results", args=[offices["P"].code, contest.pk])
        ).text.split()
    )
    shown = [
        f"<tr><td>{p['prize']}</td><td>{p['name']}</td><td>{p['unit']}</td></tr>"
        for p in decision.prizes
    ]
    assert [p["name"] for p in decision.prizes] == ["Trần An", "Lê Bình"]
    assert "".join(shown) in page
    assert "Người đến sau" not in page
    assert "Quyết định số 01/QĐ-UBND" in page


# --- 3. what the organiser may change, and when -----------------------------------------


def _edit(client, contest, **changes):
    url = reverse("contests:edit", args=[contest.pk])
    data = form_data(client.get(url).text, "title")
    data.update(changes)
    return client.post(url, data)


def test_the_rules_that_decide_who_wins_are_frozen_once_open(client, offices, province_officer):
    end = timezone.localtime() + datetime.timedelta(days=3)
    contest = contest_open(offices["P"], province_officer, closes_at=end)
    client.force_login(province_officer)
    refused = _edit(client, contest, seconds_per_attempt="60", attempts_per_person="5")
    assert refused.status_code == 400
    assert "Cuộc thi đã mở nên không sửa được mục này" in refused.text
    assert form_data(refused.text, "title")["seconds_per_attempt"] == "60"  # typing kept
    contest.refresh_from_db()
    assert contest.seconds_per_attempt == 600 and contest.attempts_per_person == 1

    earlier = (end - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    shortened = _edit(client, contest, closes_at=earlier)
    assert shortened.status_code == 400
    assert "chỉ được lùi lại (gia hạn)" in shortened.text
    later = (end + datetime.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    extended = _edit(client, contest, closes_at=later, title="Tìm hiểu CCHC (gia hạn)")
    assert extended.status_code == 302
    contest.refresh_from_db()
    assert contest.title == "Tìm hiểu CCHC (gia hạn)"
    assert timezone.localtime(contest.closes_at).strftime("%Y-%m-%dT%H:%M") == later


def test_a_start_with_seconds_is_not_taken_for_a_change(client, offices, province_officer):
    """The form shows times to the minute: a start stored with its seconds (the demo's) is
    the same start when the page sends it back, and the title saves."""
    start = timezone.now() - datetime.timedelta(days=1, seconds=17)
    contest = contest_open(offices["P"], province_officer, opens_at=start)
    client.force_login(province_officer)
    assert _edit(client, contest, title="Tìm hiểu CCHC, tên sửa lại").status_code == 302
    contest.refresh_from_db()
    assert contest.title == "Tìm hiểu CCHC, tên sửa lại" and contest.opens_at == start


def test_nothing_changes_after_publication(client, offices, province_officer, province_leader):
    contest = contest_open(offices["P"], province_officer)
    _published(contest, province_officer, province_leader)
    client.force_login(province_officer)
    refused = _edit(client, contest, title="Tên mới sau khi công bố", first_prizes="9")
    assert refused.status_code == 400
    assert "thông tin cuộc thi không sửa được nữa" in refused.text
    assert form_data(refused.text, "title")["title"] == "Tên mới sau khi công bố"
    contest.refresh_from_db()
    assert contest.title == "Tìm hiểu CCHC năm 2026" and contest.first_prizes == 1
    assert contest.status == ContestStatus.PUBLISHED


# --- 4. a save from an older page (ADR 15) ----------------------------------------------


def test_a_save_from_an_older_page_is_refused_with_both_versions(offices, province_officer):
    contest = services.contest_create(unit=offices["P"], by=province_officer, title="Đợt 1")
    url = reverse("contests:edit", args=[contest.pk])
    first, second = Client(), Client()
    first.force_login(member(offices["P"], Role.OFFICER, full_name="Trần Thị Hoa"))
    second.force_login(province_officer)
    older = second.get(url).text
    saved = first.post(url, {**form_data(first.get(url).text, "title"), "title": "Bản thứ nhất"})
    assert saved.status_code == 302
    typed = {**form_data(older, "title"), "title": "Bản thứ hai, gõ từ trang cũ"}
    refused = second.post(url, typed)
    assert refused.status_code == 400
    assert "trong khi bạn đang sửa" in refused.text
    assert "Bản đang lưu" in refused.text and "Bản bạn nhập" in refused.text
    assert "Bản thứ nhất" in refused.text
    assert Contest.objects.get(pk=contest.pk).title == "Bản thứ nhất"
    kept = form_data(refused.text, "title")
    assert kept["title"] == "Bản thứ hai, gõ từ trang cũ"
    assert second.post(url, kept).status_code == 302
    assert Contest.objects.get(pk=contest.pk).title == "Bản thứ hai, gõ từ trang cũ"
