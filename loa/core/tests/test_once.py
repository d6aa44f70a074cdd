"""A form sent twice (double click, a retry after a timeout, a duplicated tab, two POSTs at
once) makes one record: the second sending gets the first one's answer."""

import datetime
import io
import re
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from loa.activities import services as activity_services
from loa.activities.models import Activity
from loa.activities.tests.factories import ActivityFactory
from loa.core import once
from loa.core.models import Submission
from loa.plans.models import Channel, Task
from loa.plans.tests.test_views import _task_data
from loa.reports.tests.factories import ReportFactory

TOKEN = "hai-lan-bam-gui-1234567"
REPEATED = "Biểu mẫu này đã được gửi; Loa không tạo thêm bản ghi."


def _activity(**values):
    data = {
        "started_on": timezone.localdate().isoformat(),
        "channel": Channel.objects.get(code="web_portal").pk,
        "title": "Tin về một cửa liên thông",
        "quantity": 1,
        "participants": "",
        once.FIELD: TOKEN,
    }
    data.update(values)
    return data


def _hidden(page) -> dict:
    """The hidden fields of a page's forms (the token, and a version where one is kept)."""
    fields = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page.text)
    return {name: value for name, value in fields if name != "csrfmiddlewaretoken"}


def _token_in(page) -> str:
    found = re.search(rf'name="{once.FIELD}" value="([^"]+)"', page.text)
    assert found, "the form carries no one-time token"
    return found.group(1)


@pytest.fixture
def officer(client, personas):
    client.force_login(personas["officer_a"])
    return personas["officer_a"]


def test_an_activity_sent_twice_is_logged_once_and_the_second_sending_is_told(client, officer):
    create = reverse("activities:create")
    data = _activity(**{once.FIELD: _token_in(client.get(create))})
    first = client.post(create, data)
    second = client.post(create, data)
    activity = Activity.objects.get()
    assert first.status_code == second.status_code == 302
    assert (
        second["Location"] == first["Location"] == reverse("activities:detail", args=[activity.pk])
    )
    page = client.get(second["Location"])
    assert REPEATED in page.text


def test_a_correction_sent_twice_is_recorded_once(client, officer, offices):
    report = ReportFactory(unit=offices["A"], kind="annual", year=2025, by=officer)
    add = reverse("reports:correction_add", args=[report.pk])
    data = {
        "channel": Channel.objects.get(code="radio").pk,
        "quantity_delta": "2",
        "participants_delta": "0",
        "reason": "Hai tin chưa ghi nhận",
        **_hidden(client.get(add)),
    }
    assert once.FIELD in data
    assert client.post(add, data).status_code == 302
    again = client.post(add, data, follow=True)
    assert report.corrections.count() == 1
    assert REPEATED in again.text


def test_a_refused_form_can_be_corrected_and_sent_with_the_same_token(client, officer):
    create = reverse("activities:create")
    refused = client.post(create, _activity(title=""))
    assert refused.status_code == 400 and not Activity.objects.exists()
    assert not Submission.objects.exists()  # the token was given back
    corrected = client.post(create, _activity(title="Tin đã sửa tiêu đề"))
    assert corrected.status_code == 302
    assert Activity.objects.get().title == "Tin đã sửa tiêu đề"


def test_a_page_rendered_again_after_an_error_carries_a_fresh_token(client, officer):
    refused = client.post(reverse("activities:create"), _activity(title=""))
    assert _token_in(refused) != TOKEN


def test_another_users_token_is_not_their_submission(client, officer, personas):
    client.post(reverse("activities:create"), _activity())
    colleague = Client()
    colleague.force_login(personas["leader_a"])
    response = colleague.post(reverse("activities:create"), _activity(title="Tin của lãnh đạo"))
    assert response.status_code == 302
    assert Activity.objects.count() == 2


def test_a_form_without_token_is_handled_as_before(client, officer):
    """Pages rendered before tokens existed, and scripts, still work (without the guard)."""
    data = _activity()
    del data[once.FIELD]
    assert client.post(reverse("activities:create"), data).status_code == 302
    assert client.post(reverse("activities:create"), {**data, once.FIELD: "x"}).status_code == 302
    assert Activity.objects.count() == 2 and not Submission.objects.exists()


def test_a_task_added_twice_in_place_is_added_once(client, officer, draft):
    add = reverse("plans:task_add", args=[draft.pk])
    tasks = reverse("plans:tasks", args=[draft.pk])
    data = {**_task_data("new"), once.FIELD: _token_in(client.get(tasks))}
    headers = {"HX-Request": "true", "HX-Current-URL": f"http://testserver{tasks}"}
    first = client.post(add, data, headers=headers)
    assert first.status_code == 200 and 'hx-swap-oob="true"' in first.text
    assert _token_in(first) != data[once.FIELD]  # the fresh form after it has its own
    second = client.post(add, data, headers=headers)
    assert Task.objects.filter(plan=draft).count() == 1
    assert second.status_code == 200 and second["HX-Redirect"] == tasks
    assert REPEATED in client.get(tasks).text


def test_a_task_refused_in_place_can_be_corrected_with_the_same_token(client, officer, draft):
    add = reverse("plans:task_add", args=[draft.pk])
    headers = {"HX-Request": "true"}
    refused = client.post(
        add, {**_task_data("new", lead_text=""), once.FIELD: TOKEN}, headers=headers
    )
    assert "error-summary" in refused.text and not Task.objects.filter(plan=draft).exists()
    client.post(add, {**_task_data("new"), once.FIELD: TOKEN}, headers=headers)
    assert Task.objects.filter(plan=draft).count() == 1


def test_a_repeat_while_the_first_is_still_at_work_is_told_to_wait(client, officer, monkeypatch):
    monkeypatch.setattr(once, "WAIT_SECONDS", 0.2)
    Submission.objects.create(user=officer, token=TOKEN, path="/hoat-dong/ghi-nhan/")
    response = client.post(reverse("activities:create"), _activity())
    assert response.status_code == 409
    assert "Lần gửi trước của biểu mẫu này đang được xử lý" in response.text
    assert not Activity.objects.exists()


def test_a_task_repeated_in_place_while_the_first_works_reloads_the_page_and_says_so(
    client, officer, draft, monkeypatch
):
    monkeypatch.setattr(once, "WAIT_SECONDS", 0.2)
    add = reverse("plans:task_add", args=[draft.pk])
    tasks = reverse("plans:tasks", args=[draft.pk])
    Submission.objects.create(user=officer, token=TOKEN, path=add)
    headers = {"HX-Request": "true", "HX-Current-URL": f"http://testserver{tasks}"}
    response = client.post(add, {**_task_data("new"), once.FIELD: TOKEN}, headers=headers)
    assert response["HX-Redirect"] == tasks and not Task.objects.filter(plan=draft).exists()
    assert "Lần gửi trước của biểu mẫu này đang được xử lý" in client.get(tasks).text


def test_a_sending_abandoned_long_ago_does_not_block_the_form(client, officer, monkeypatch):
    monkeypatch.setattr(once, "WAIT_SECONDS", 0.2)
    stuck = Submission.objects.create(user=officer, token=TOKEN, path="/hoat-dong/ghi-nhan/")
    Submission.objects.filter(pk=stuck.pk).update(
        claimed_at=timezone.now() - once.ABANDONED_AFTER - datetime.timedelta(seconds=1)
    )
    assert client.post(reverse("activities:create"), _activity()).status_code == 302
    assert Activity.objects.count() == 1


def test_tokens_older_than_a_day_are_forgotten(officer):
    old = Submission.objects.create(user=officer, token=TOKEN, path="/")
    Submission.objects.filter(pk=old.pk).update(
        claimed_at=timezone.now() - datetime.timedelta(days=1, minutes=1)
    )
    recent = Submission.objects.create(user=officer, token=TOKEN[::-1], path="/")
    assert once.forget_old_submissions() == 1
    assert list(Submission.objects.all()) == [recent]


@pytest.mark.django_db(transaction=True)
def test_two_sendings_at_the_same_moment_log_one_activity(transactional_db, personas, monkeypatch):
    """Two POSTs in flight together (threads, each with its own database connection)."""
    if connection.vendor == "sqlite":
        # The test database is SQLite's shared-cache memory, whose table locks do not wait.
        pytest.skip("needs a database that lets two connections write: PostgreSQL")
    real_create = activity_services.activity_create
    both_in = threading.Barrier(2, timeout=10)

    def slow_create(**kwargs):
        activity = real_create(**kwargs)
        threading.Event().wait(0.5)  # the other request arrives while this one works
        return activity

    monkeypatch.setattr(activity_services, "activity_create", slow_create)
    data = _activity()
    responses = []

    def send():
        browser = Client()
        browser.force_login(personas["officer_a"])
        try:
            both_in.wait()
            responses.append(browser.post(reverse("activities:create"), data))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    activity = Activity.objects.get()
    assert [r.status_code for r in responses] == [302, 302]
    assert {r["Location"] for r in responses} == {reverse("activities:detail", args=[activity.pk])}


def test_a_plan_signed_twice_is_issued_once_and_the_second_click_leads_to_it(
    client, draft, personas
):
    from loa.plans import services as plan_services

    plan_services.plan_submit(plan=draft, by=personas["officer_a"])
    client.force_login(personas["leader_a"])
    issue = reverse("plans:issue", args=[draft.pk])
    data = {"issued_on": "2026-01-05", **_hidden(client.get(issue))}
    first = client.post(issue, data)
    second = client.post(issue, data, follow=True)
    draft.refresh_from_db()
    assert first.status_code == 302 and second.redirect_chain[0][0] == first["Location"]
    assert draft.number == 1 and REPEATED in second.text


def test_a_plan_sent_to_the_leader_twice_leads_to_it_the_second_time(client, officer, draft):
    detail = reverse("plans:detail", args=[draft.pk])
    submit = reverse("plans:submit", args=[draft.pk])
    token = _token_in(client.get(detail))
    assert client.post(submit, {once.FIELD: token}).status_code == 302
    again = client.post(submit, {once.FIELD: token}, follow=True)
    assert again.redirect_chain[0][0] == detail and REPEATED in again.text


def _pages(draft, report, activity, tree):
    """The pages with a form that creates a record or issues or sends a document, the
    persona who sees it, and how many such forms the page has."""
    return [
        ("officer_a", reverse("activities:create"), 1),
        ("officer_a", reverse("activities:detail", args=[activity.pk]), 1),
        ("officer_a", reverse("plans:create"), 1),
        ("officer_a", reverse("plans:sections", args=[draft.pk]), 2),
        ("officer_a", reverse("plans:tasks", args=[draft.pk]), 1),
        ("officer_a", reverse("plans:targets", args=[draft.pk]), 1),
        ("officer_a", reverse("reports:create"), 1),
        ("officer_a", reverse("reports:correction_add", args=[report.pk]), 1),
        ("admin_a", reverse("accounts:member_list", args=[tree["A"].pk]), 1),
        ("admin_a", reverse("accounts:office_list", args=[tree["A"].pk]), 1),
    ]


def test_every_form_that_creates_a_record_carries_a_token(client, draft, personas, offices):
    report = ReportFactory(unit=offices["A"], kind="annual", year=2025, by=personas["officer_a"])
    activity = ActivityFactory(unit=offices["A"])
    for persona, url, forms in _pages(draft, report, activity, offices):
        client.force_login(personas[persona])
        page = client.get(url)
        assert page.status_code == 200, url
        assert page.text.count(f'name="{once.FIELD}"') == forms, url


def test_the_daily_job_forgets_old_tokens(officer):
    from django.core.management import call_command

    old = Submission.objects.create(user=officer, token=TOKEN, path="/")
    Submission.objects.filter(pk=old.pk).update(
        claimed_at=timezone.now() - datetime.timedelta(days=2)
    )
    call_command("send_reminders", stdout=io.StringIO())
    assert not Submission.objects.exists()
