"""Tasks and targets in motion, following the rule in activities/queries.py."""

import datetime

import pytest
from django.urls import reverse

from loa.activities import queries
from loa.activities.models import TargetEntry
from loa.activities.tests.factories import ActivityFactory
from loa.plans import services
from loa.plans.tests.factories import IssuedPlanFactory

TODAY = datetime.date(2026, 11, 22)
MAY_DAY = datetime.date(2026, 5, 1)


@pytest.fixture
def commune_plan(upper_plan, offices, personas):
    return IssuedPlanFactory(
        unit=offices["A"],
        upper=upper_plan,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 1, 10),
    )


def test_task_progress_follows_its_activities(commune_plan):
    radio_task = commune_plan.tasks.get(channel__code="radio")
    ActivityFactory(
        unit=commune_plan.unit,
        channel__code="radio",
        quantity=5,
        started_on=MAY_DAY,
        task=radio_task,
    )
    [row] = [
        r
        for r in queries.task_progress(commune_plan.tasks.all(), today=TODAY)
        if r.task == radio_task
    ]
    assert (row.done_quantity, row.percent, row.status) == (5, 41, "Đang thực hiện")
    ActivityFactory(
        unit=commune_plan.unit,
        channel__code="radio",
        quantity=7,
        started_on=MAY_DAY,
        task=radio_task,
    )
    [row] = [
        r
        for r in queries.task_progress(commune_plan.tasks.all(), today=TODAY)
        if r.task == radio_task
    ]
    assert (row.percent, row.status) == (100, "Hoàn thành")


def test_a_task_past_its_quarter_is_overdue_and_manual_progress_says_so(commune_plan):
    dialogue = commune_plan.tasks.get(due_quarter=3)
    [row] = [
        r
        for r in queries.task_progress(commune_plan.tasks.all(), today=TODAY)
        if r.task == dialogue
    ]
    assert row.deadline == datetime.date(2026, 9, 30) and row.status == "Quá hạn"
    dialogue.manual_progress = 100
    dialogue.save()
    [row] = [
        r
        for r in queries.task_progress(commune_plan.tasks.all(), today=TODAY)
        if r.task == dialogue
    ]
    assert (row.percent, row.manual, row.status) == (100, True, "Hoàn thành")


def test_targets_count_ratio_and_completion(commune_plan, personas):
    unit = commune_plan.unit
    ActivityFactory(unit=unit, channel__code="radio", quantity=12, started_on=MAY_DAY)
    last_year = datetime.date(2025, 12, 30)  # not counted
    ActivityFactory(unit=unit, channel__code="radio", quantity=3, started_on=last_year)
    ActivityFactory(unit=unit, channel__code="web_portal", quantity=10, started_on=MAY_DAY)
    ratio = commune_plan.targets.get(measure="ratio")
    for numerator, denominator, na in ((45, 50, False), (50, 50, False), (0, 0, True)):
        TargetEntry.objects.create(
            target=ratio,
            period_start=datetime.date(2026, 1, 1),
            period_end=datetime.date(2026, 1, 31),
            numerator=numerator,
            denominator=denominator,
            not_applicable=na,
        )
    progress = {p.target.text[:20]: p for p in queries.target_progress(commune_plan)}
    radio = next(p for p in progress.values() if "Đài truyền thanh" in p.target.text)
    web = next(p for p in progress.values() if "trang thông tin" in p.target.text)
    assert (radio.value, radio.percent, radio.reached) == (12, 100, True)
    assert (web.value, web.percent, web.reached) == (10, 41, False)
    ratio_p = next(p for p in progress.values() if p.target == ratio)
    assert str(ratio_p.value) == "95.0" and not ratio_p.reached
    reached, applying = queries.plan_completion(list(progress.values()))
    assert (reached, applying) == (1, 4)


def test_tasks_page_shows_my_office_and_targets_page_takes_entries(client, commune_plan, personas):
    client.force_login(personas["officer_a"])
    page = client.get(reverse("activities:tasks"), {"bo_phan": "tat-ca", "nam": 2026})
    assert "Chuyên mục CCHC trên đài truyền thanh xã" in page.text and "0/12" in page.text
    ratio = commune_plan.targets.get(measure="ratio")
    bad = client.post(
        reverse("activities:target_entry", args=[ratio.pk]),
        {
            "period_start": "2026-02-01",
            "period_end": "2026-02-28",
            "numerator": 60,
            "denominator": 50,
        },
    )
    assert bad.status_code == 400 and "Số đạt không được lớn hơn tổng số." in bad.text
    ok = client.post(
        reverse("activities:target_entry", args=[ratio.pk]),
        {
            "period_start": "2026-02-01",
            "period_end": "2026-02-28",
            "numerator": 50,
            "denominator": 50,
        },
    )
    assert ok.status_code == 302
    targets = client.get(reverse("activities:targets"), {"nam": 2026})
    assert "100%" in targets.text
    client.force_login(personas["supervisor_p"])
    assert client.post(reverse("activities:target_entry", args=[ratio.pk]), {}).status_code == 403


def test_progress_carries_over_to_an_amended_plan(commune_plan, personas):
    radio_task = commune_plan.tasks.get(channel__code="radio")
    activity = ActivityFactory(
        unit=commune_plan.unit,
        channel__code="radio",
        quantity=5,
        started_on=MAY_DAY,
        task=radio_task,
    )
    ratio = commune_plan.targets.get(measure="ratio")
    TargetEntry.objects.create(
        target=ratio,
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 1, 31),
        numerator=50,
        denominator=50,
    )
    amended = services.plan_amend(plan=commune_plan, by=personas["officer_a"])
    amended.budget_amount = 25_000_000  # an amendment amends something
    amended.save(update_fields=["budget_amount"])
    services.plan_submit(plan=amended, by=personas["officer_a"])
    services.plan_issue(plan=amended, by=personas["leader_a"], on=datetime.date(2026, 3, 1))
    new_task = amended.tasks.get(channel__code="radio")
    [row] = [
        r for r in queries.task_progress(amended.tasks.all(), today=TODAY) if r.task == new_task
    ]
    assert (row.done_quantity, row.percent) == (5, 41)
    [ratio_p] = [p for p in queries.target_progress(amended) if p.target.measure == "ratio"]
    assert ratio_p.reached and str(ratio_p.value) == "100.0"
    # the old activity can still be edited: its task stays selectable
    from loa.activities.forms import ActivityForm

    form = ActivityForm(
        {
            "started_on": "2026-05-01",
            "channel": activity.channel_id,
            "title": "Sửa",
            "quantity": 6,
            "task": radio_task.pk,
            "seen_version": ActivityForm(instance=activity, unit=commune_plan.unit)[
                "seen_version"
            ].value(),
        },
        instance=activity,
        unit=commune_plan.unit,
    )
    assert form.is_valid(), form.errors
