"""No lost update on any edit form (issue #10, finding 2): two people open the same page,
the first saves, the second saves from the older page and is refused, sees the version now
stored beside what they typed, keeps their text, and overwrites only with a second click.
A POST without the version is refused too."""

import io
import threading
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from PIL import Image

from conftest import member
from loa.accounts.models import Role
from loa.activities.models import Evidence
from loa.activities.tests.factories import ActivityFactory
from loa.core.tests.pages import form_data
from loa.plans.models import Channel, Plan, ScheduleEntry, Task
from loa.plans.tests.factories import TargetFactory, TaskFactory
from loa.reports.models import Report
from loa.reports.tests.factories import ReportFactory

FIRST = "Bản của người thứ nhất"
SECOND = "Bản của người thứ hai, gõ từ trang cũ"


def _header(draft):
    url = reverse("plans:edit", args=[draft.pk])
    return url, url, "title", lambda: Plan.objects.get(pk=draft.pk).title


def _section(draft):
    section = draft.sections.get(title="Mục đích")
    page = reverse("plans:sections", args=[draft.pk])
    post = reverse("plans:section_save", args=[draft.pk, section.pk])
    return (
        page,
        post,
        f"s{section.pk}-text",
        lambda: "\n".join(p.text for p in section.paragraphs.all()),
    )


def _task(draft):
    task = TaskFactory(plan=draft, content="Treo băng rôn tại trụ sở")
    url = reverse("plans:task_edit", args=[draft.pk, task.pk])
    return url, url, f"t{task.pk}-content", lambda: type(task).objects.get(pk=task.pk).content


def _target(draft):
    radio = Channel.objects.get(code="radio")
    target = TargetFactory(plan=draft, text="Tin bài về thủ tục hành chính", channels=[radio])
    url = reverse("plans:target_edit", args=[draft.pk, target.pk])
    return url, url, "text", lambda: type(target).objects.get(pk=target.pk).text


def _schedule(draft):
    page = reverse("plans:sections", args=[draft.pk])
    post = reverse("plans:schedule_save", args=[draft.pk])
    return (
        page,
        post,
        "q1",
        lambda: "\n".join(e.text for e in ScheduleEntry.objects.filter(plan=draft, quarter=1)),
    )


def _report_text(draft):
    report = ReportFactory(unit=draft.unit, kind="annual", year=2025, by=draft.created_by)
    url = reverse("reports:edit", args=[report.pk])
    return url, url, "intro", lambda: Report.objects.get(pk=report.pk).intro


def _correction(draft):
    report = ReportFactory(unit=draft.unit, kind="annual", year=2025, by=draft.created_by)
    url = reverse("reports:correction_add", args=[report.pk])
    return url, url, "reason", lambda: " | ".join(c.reason for c in report.corrections.all())


def _activity(draft):
    activity = ActivityFactory(unit=draft.unit, title="Hội nghị tuyên truyền CCHC")
    url = reverse("activities:detail", args=[activity.pk])
    return url, url, "title", lambda: type(activity).objects.get(pk=activity.pk).title


EDITS = {
    "plan header": _header,
    "plan section": _section,
    "task": _task,
    "target": _target,
    "quarterly schedule": _schedule,
    "report text": _report_text,
    "correction": _correction,
    "activity": _activity,
}


def _fill(data: dict, field: str, text: str) -> dict:
    data = {**data, field: text}
    if field == "reason":  # a correction: something to correct
        data.update(channel=str(Channel.objects.get(code="radio").pk), quantity_delta="2")
    return data


@pytest.fixture
def two_officers(draft, personas):
    first = Client()
    first.force_login(
        member(draft.unit, Role.OFFICER, full_name="Trần Thị Hoa", username="tran.hoa")
    )
    second = Client()
    second.force_login(personas["officer_a"])
    return first, second


@pytest.mark.parametrize("what", EDITS)
def test_second_save_from_an_older_page_is_refused_with_both_versions(what, draft, two_officers):
    page, post, field, stored = EDITS[what](draft)
    first, second = two_officers
    older = second.get(page).text  # the second person opens the page, and types slowly
    saved = first.post(post, _fill(form_data(first.get(page).text, field), field, FIRST))
    assert saved.status_code == 302, saved.text
    assert FIRST in stored()

    refused = second.post(post, _fill(form_data(older, field), field, SECOND))
    assert refused.status_code == 400
    assert "đã được Trần Thị Hoa sửa lúc" in refused.text
    assert "trong khi bạn đang sửa" in refused.text
    assert "Bản đang lưu" in refused.text and "Bản bạn nhập" in refused.text
    assert FIRST in refused.text  # the version stored, shown
    assert SECOND not in stored()  # nothing saved from the older page
    kept = form_data(refused.text, field)
    assert kept[field] == SECOND  # what was typed is still in the form

    # having seen both, a second click on Lưu saves the second person's text
    assert second.post(post, kept).status_code == 302
    assert SECOND in stored()


@pytest.mark.parametrize("what", EDITS)
def test_a_save_without_the_version_is_refused(what, draft, two_officers):
    page, post, field, stored = EDITS[what](draft)
    _, client = two_officers
    data = _fill(form_data(client.get(page).text, field), field, SECOND)
    version = next(name for name in data if name.endswith("seen_version"))
    del data[version]
    refused = client.post(post, data)
    assert refused.status_code == 400
    assert "không cho biết bạn sửa từ bản nào" in refused.text
    assert SECOND not in stored()
    assert form_data(refused.text, field)[field] == SECOND


@pytest.mark.parametrize("what", ["plan section", "task"])
def test_an_inline_edit_refused_answers_inside_its_fragment(what, draft, two_officers):
    page, post, field, stored = EDITS[what](draft)
    first, second = two_officers
    older = second.get(page).text
    first.post(post, _fill(form_data(first.get(page).text, field), field, FIRST))
    refused = second.post(
        post, _fill(form_data(older, field), field, SECOND), HTTP_HX_REQUEST="true"
    )
    assert refused.status_code == 200  # htmx swaps only 2xx answers
    assert "<html" not in refused.text
    assert "đã được Trần Thị Hoa sửa lúc" in refused.text and "Bản đang lưu" in refused.text
    assert form_data(refused.text, field)[field] == SECOND
    assert SECOND not in stored()


def _task_form(draft, task, data):
    from loa.plans.forms import TaskForm

    return TaskForm(data, instance=Task.objects.get(pk=task.pk), plan=draft, prefix=f"t{task.pk}")


def test_a_save_landing_between_the_check_and_the_write_is_caught(draft, two_officers):
    """The version is checked again, under a row lock, when saving: a save that lands after
    this form was validated is not overwritten."""
    task = TaskFactory(plan=draft, content="Treo băng rôn tại trụ sở")
    _, client = two_officers
    url = reverse("plans:task_edit", args=[draft.pk, task.pk])
    data = _fill(
        form_data(client.get(url).text, f"t{task.pk}-content"), f"t{task.pk}-content", SECOND
    )
    form = _task_form(draft, task, data)
    assert form.is_valid()
    Task.objects.filter(pk=task.pk).update(content=FIRST)  # a colleague, just now
    assert not form.save_if_current()
    assert "trong khi bạn đang sửa" in str(form.non_field_errors())
    assert Task.objects.get(pk=task.pk).content == FIRST


@pytest.mark.skipif(
    "postgresql" not in settings.DATABASES["default"]["ENGINE"],
    reason="row locks: PostgreSQL (SQLite serialises writers by its IMMEDIATE transactions)",
)
@pytest.mark.django_db(transaction=True)
def test_two_parallel_saves_from_the_same_version_cannot_both_pass(draft, two_officers):
    task = TaskFactory(plan=draft, content="Treo băng rôn tại trụ sở")
    _, client = two_officers
    url = reverse("plans:task_edit", args=[draft.pk, task.pk])
    name = f"t{task.pk}-content"
    page = form_data(client.get(url).text, name)
    forms = [_task_form(draft, task, _fill(page, name, text)) for text in (FIRST, SECOND)]
    assert all(form.is_valid() for form in forms)
    start = threading.Barrier(2)
    results = {}

    def save(form):
        try:
            start.wait()
            # hold the transaction open a moment, so that the other save overlaps it
            results[form] = form.save_if_current(lambda: (form.save(), time.sleep(0.3)))
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results.values()) == [False, True]
    [winner] = [form for form, saved in results.items() if saved]
    assert Task.objects.get(pk=task.pk).content == winner.cleaned_data["content"]


def test_a_refused_activity_asks_for_its_files_again(draft, two_officers, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    page, post, field, stored = EDITS["activity"](draft)
    first, second = two_officers
    older = second.get(page).text
    first.post(post, _fill(form_data(first.get(page).text, field), field, FIRST))
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 160)).save(photo, "JPEG")
    photo.seek(0)
    photo.name = "anh-hoi-nghi.jpg"
    refused = second.post(post, {**_fill(form_data(older, field), field, SECOND), "files": photo})
    assert refused.status_code == 400
    assert "Tệp bạn đã chọn chưa được lưu: vui lòng chọn lại" in refused.text
    assert not Evidence.objects.exists()
