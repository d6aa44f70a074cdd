"""The test factories make what the pages would make, and their fixtures work."""

import datetime

import pytest
from django.utils import timezone

from loa.accounts.models import Role
from loa.plans.models import PlanStatus, TaskState
from loa.reports.models import ReportStatus

pytestmark = pytest.mark.django_db


def test_an_issued_plan_is_numbered_and_signed_by_the_units_chair(issued_plan):
    assert issued_plan.status == PlanStatus.ISSUED and issued_plan.number_text == "01/KH-UBND"
    assert issued_plan.year == timezone.localdate().year
    assert issued_plan.issued_on <= timezone.localdate()
    signer = issued_plan.signed_by.memberships.get(unit=issued_plan.unit)
    assert (signer.role, signer.position) == (Role.LEADER, "Chủ tịch")
    assert issued_plan.created_by.memberships.get(unit=issued_plan.unit).role == Role.OFFICER


def test_a_plan_from_an_upper_plan_issued_with_its_proposals_taken(
    issued_plan_factory, upper_plan, offices
):
    plan = issued_plan_factory(
        unit=offices["A"], upper=upper_plan, issued_on=datetime.date(2026, 1, 10)
    )
    assert plan.upper_plan == upper_plan and plan.year == 2026
    assert set(plan.tasks.values_list("state", flat=True)) == {TaskState.ACCEPTED}
    assert plan.tasks.count() == 2


def test_the_fixtures_share_their_unit_and_plan(plan, task, target, activity, report):
    assert task.plan == target.plan == plan and plan.status == PlanStatus.DRAFT
    assert activity.unit == report.unit == plan.unit
    assert activity.started_on == timezone.localdate() and activity.channel.code == "web_portal"
    assert report.status == ReportStatus.DRAFT


def test_a_sent_report_has_frozen_figures(sent_report_factory, offices):
    report = sent_report_factory(unit=offices["A"], kind="quarter", year=2026, index=1)
    assert report.status == ReportStatus.SENT and report.frozen is not None
    assert report.issued_on == datetime.date(2026, 3, 15)  # the day after the cut-off
