import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from conftest import morning
from loa.plans import services
from loa.plans.models import Plan, PlanStatus, SectionKind, TaskState
from loa.plans.tests.factories import IssuedPlanFactory, PlanFactory, TaskFactory


def test_template_plan_is_localised_and_complete(draft, tree):
    assert draft.status == PlanStatus.DRAFT
    assert draft.title == f"Tuyên truyền cải cách hành chính xã {tree['A'].short_name} năm 2026"
    kinds = set(draft.sections.values_list("kind", flat=True))
    assert {
        SectionKind.PURPOSES,
        SectionKind.REQUIREMENTS,
        SectionKind.AUDIENCES,
        SectionKind.CONTENTS,
        SectionKind.FORMS,
        SectionKind.BUDGET,
        SectionKind.RESPONSIBILITY,
    } <= kinds
    text = " ".join(p.text for s in draft.sections.all() for p in s.paragraphs.all())
    assert f"UBND xã {tree['A'].short_name}" in text and "{" not in text
    assert draft.targets.count() == 4
    # responsibilities point at the unit's own offices
    vhxh = draft.sections.get(kind=SectionKind.RESPONSIBILITY, title="Công chức Văn hóa - Xã hội")
    assert vhxh.office.name == "Phòng Văn hóa - Xã hội"


def test_from_upper_plan_carries_basis_content_targets_and_proposes_lower_tasks(
    upper_plan, offices, personas
):
    plan = services.plan_create_from_upper(
        unit=offices["A"], upper=upper_plan, by=personas["officer_a"]
    )
    assert plan.upper_plan == upper_plan and plan.year == 2026
    assert plan.intro.startswith(
        f"Thực hiện Kế hoạch số 01/KH-UBND ngày 26/12/2025 của UBND tỉnh {offices['P'].short_name}"
    )
    assert plan.sections.count() == upper_plan.sections.count()
    assert [t.text for t in plan.targets.all()] == [t.text for t in upper_plan.targets.all()]
    assert all(t.source_id for t in plan.targets.all())
    tasks = list(plan.tasks.all())
    assert [t.content for t in tasks] == [
        "Chuyên mục CCHC trên đài truyền thanh xã",
        "Đối thoại với doanh nghiệp",
    ]
    assert {t.state for t in tasks} == {TaskState.PROPOSED}
    assert tasks[0].expected_quantity == 12 and tasks[0].channel.code == "radio"
    # the upper unit's offices are not the commune's: nothing points across units
    assert (
        not plan.sections.filter(office__isnull=False).exclude(office__unit=offices["A"]).exists()
    )


def test_from_upper_refuses_a_draft_or_a_plan_of_another_branch(upper_plan, offices, personas):
    with pytest.raises(ValidationError, match="không phải của cấp trên của đơn vị"):
        services.plan_create_from_upper(
            unit=offices["D"], upper=upper_plan, by=personas["officer_a"]
        )
    draft_upper = PlanFactory(unit=offices["P"], year=2027)
    with pytest.raises(ValidationError, match="Chỉ lập theo kế hoạch cấp trên đã ban hành."):
        services.plan_create_from_upper(
            unit=offices["A"], upper=draft_upper, by=personas["officer_a"]
        )


def test_from_previous_year_shifts_year_and_dates(draft, personas, offices):
    task = TaskFactory(
        plan=draft, content="Pano tại trung tâm xã", due_date=datetime.date(2026, 6, 30)
    )
    nxt = services.plan_create_from_previous(
        unit=offices["A"], previous=draft, year=2027, by=personas["officer_a"]
    )
    assert nxt.year == 2027 and "2027" in nxt.title and "2026" not in nxt.title
    assert nxt.tasks.get(content=task.content).due_date == datetime.date(2027, 6, 30)
    assert nxt.sections.count() == draft.sections.count()


def test_workflow_numbers_per_unit_and_year(draft, personas, offices):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    services.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 9))
    draft.refresh_from_db()
    assert (draft.status, draft.number, draft.number_text) == (PlanStatus.ISSUED, 1, "01/KH-UBND")
    assert draft.signed_by == personas["leader_a"]
    # the year's next plan of the unit is an amendment (one plan in force a year)
    second = services.plan_amend(plan=draft, by=personas["officer_a"])
    second.title = "Kế hoạch khác"
    second.save(update_fields=["title"])
    services.plan_submit(plan=second, by=personas["officer_a"])
    services.plan_issue(plan=second, by=personas["leader_a"], on=datetime.date(2026, 2, 1))
    assert Plan.objects.get(pk=second.pk).number == 2
    history = [h.status for h in draft.history.order_by("history_date")]
    assert history[-4:] == [
        PlanStatus.DRAFT,
        PlanStatus.SUBMITTED,
        PlanStatus.ISSUED,
        PlanStatus.SUPERSEDED,
    ]


def test_second_issue_fails_and_changes_nothing(draft, personas):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    services.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 9))
    again = Plan.objects.get(pk=draft.pk)  # read after the issue: nothing left to sign
    with pytest.raises(PermissionDenied):
        services.plan_issue(plan=again, by=personas["leader_a"], on=datetime.date(2026, 1, 10))
    again.refresh_from_db()
    assert (again.number, again.issued_on) == (1, datetime.date(2026, 1, 9))


def test_only_a_leader_issues(draft, personas):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    for persona in ["officer_a", "admin_a", "supervisor_p", "officer_c"]:
        with pytest.raises(PermissionDenied):
            services.plan_issue(plan=draft, by=personas[persona], on=datetime.date(2026, 1, 9))
    draft.refresh_from_db()
    assert draft.status == PlanStatus.SUBMITTED and draft.number is None


def test_send_back_needs_a_reason_and_returns_to_draft(draft, personas):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    with pytest.raises(ValidationError, match="Vui lòng ghi lý do trả lại"):
        services.plan_send_back(plan=draft, by=personas["leader_a"], reason="  ")
    services.plan_send_back(plan=draft, by=personas["leader_a"], reason="Bổ sung chỉ tiêu.")
    draft.refresh_from_db()
    assert draft.status == PlanStatus.DRAFT and draft.return_reason == "Bổ sung chỉ tiêu."


def test_submit_refuses_unreviewed_proposals_and_dates_outside_the_year(
    upper_plan, offices, personas
):
    plan = services.plan_create_from_upper(
        unit=offices["A"], upper=upper_plan, by=personas["officer_a"]
    )
    with pytest.raises(ValidationError, match="đề xuất"):
        services.plan_submit(plan=plan, by=personas["officer_a"])
    plan.tasks.update(state=TaskState.ACCEPTED, due_date=datetime.date(2027, 1, 5))
    with pytest.raises(ValidationError, match="ngoài năm 2026"):
        services.plan_submit(plan=plan, by=personas["officer_a"])
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.DRAFT


def test_amendment_keeps_the_issued_plan_and_supersedes_it_when_issued(draft, personas):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    services.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 9))
    new = services.plan_amend(plan=draft, by=personas["officer_a"])
    assert new.previous_version == draft and new.status == PlanStatus.DRAFT
    assert new.sections.count() == draft.sections.count()
    with pytest.raises(ValidationError):
        services.plan_amend(plan=draft, by=personas["officer_a"])
    new.budget_amount = 15_000_000  # an amendment amends something
    new.save(update_fields=["budget_amount"])
    services.plan_submit(plan=new, by=personas["officer_a"])
    services.plan_issue(plan=new, by=personas["leader_a"], on=datetime.date(2026, 3, 2))
    draft.refresh_from_db()
    assert draft.status == PlanStatus.SUPERSEDED and draft.number == 1 and new.number == 2


def test_two_leaders_issuing_at_once_number_it_once(draft, personas):
    from django_fsm import ConcurrentTransition

    services.plan_submit(plan=draft, by=personas["officer_a"])
    first, second = Plan.objects.get(pk=draft.pk), Plan.objects.get(pk=draft.pk)
    services.plan_issue(plan=first, by=personas["leader_a"], on=datetime.date(2026, 1, 9))
    with pytest.raises(ConcurrentTransition):
        services.plan_issue(plan=second, by=personas["leader_a"], on=datetime.date(2026, 1, 10))
    stored = Plan.objects.get(pk=draft.pk)
    assert (stored.number, stored.issued_on) == (1, datetime.date(2026, 1, 9))
    from loa.documents.models import DocumentRegister

    assert DocumentRegister.objects.get(unit=draft.unit, year=2026).last_number == 1


def test_numbers_restart_each_calendar_year_and_differ_per_unit(draft, personas, offices):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    services.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2025, 12, 20))
    nxt = services.plan_amend(plan=draft, by=personas["officer_a"])
    nxt.title = "Kế hoạch bổ sung"
    nxt.save(update_fields=["title"])
    services.plan_submit(plan=nxt, by=personas["officer_a"])
    services.plan_issue(plan=nxt, by=personas["leader_a"], on=datetime.date(2026, 1, 3))
    nxt = Plan.objects.get(pk=nxt.pk)
    # a 2026 plan issued in December 2025 took 2025's number 1; January 2026 starts again
    assert (draft.number, nxt.number) == (1, 1)
    other = IssuedPlanFactory(
        unit=offices["C"], year=2026, by=personas["officer_c"], issued_on=datetime.date(2026, 1, 3)
    )
    assert other.number == 1


def test_issue_date_in_the_future_is_refused(offices, personas):
    # next year's plan: tomorrow is in its year or at the end of the year before, whatever
    # today is, so only the date's being in the future can refuse it
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    plan = PlanFactory(
        unit=offices["A"],
        year=timezone.localdate().year + 1,
        by=personas["officer_a"],
        status=PlanStatus.SUBMITTED,
    )
    with pytest.raises(ValidationError, match="không được sau hôm nay"):
        services.plan_issue(plan=plan, by=personas["leader_a"], on=tomorrow)
    assert Plan.objects.get(pk=plan.pk).status == PlanStatus.SUBMITTED


@pytest.mark.time_machine(morning(2028, 2, 29))
def test_issuing_without_a_date_issues_today_within_the_plan_year_only(offices, personas):
    old = PlanFactory(unit=offices["A"], year=2026, by=personas["officer_a"], status="submitted")
    with pytest.raises(ValidationError, match="Ngày ban hành phải trong năm kế hoạch"):
        services.plan_issue(plan=old, by=personas["leader_a"])  # today is in 2028
    assert Plan.objects.get(pk=old.pk).status == PlanStatus.SUBMITTED
    plan = PlanFactory(unit=offices["A"], year=2028, by=personas["officer_a"], status="submitted")
    services.plan_issue(plan=plan, by=personas["leader_a"])
    assert plan.issued_on == datetime.date(2028, 2, 29)
    assert plan.reference == "Kế hoạch số 01/KH-UBND ngày 29/02/2028"


def test_an_abandoned_amendment_can_be_deleted_and_redone(draft, personas):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    services.plan_issue(plan=draft, by=personas["leader_a"], on=datetime.date(2026, 1, 9))
    amendment = services.plan_amend(plan=draft, by=personas["officer_a"])
    services.plan_delete_draft(plan=amendment, by=personas["officer_a"])
    again = services.plan_amend(plan=draft, by=personas["officer_a"])
    assert again.previous_version == draft
    with pytest.raises(PermissionDenied):
        services.plan_delete_draft(plan=draft, by=personas["officer_a"])  # issued: kept


def test_amending_an_upper_plan_keeps_its_tasks_for_the_lower_units(upper_plan, province_officer):
    amendment = services.plan_amend(plan=upper_plan, by=province_officer)
    assert amendment.tasks.filter(for_lower_units=True).count() == 2
    target = amendment.targets.first()
    assert target.source_id == upper_plan.targets.first().source_id  # links unchanged


def test_editing_a_plan_that_was_submitted_meanwhile_is_refused(draft, personas):
    stale = Plan.objects.get(pk=draft.pk)
    services.plan_submit(plan=draft, by=personas["officer_a"])
    with pytest.raises(services.PlanNotEditable):
        services.task_accept(task=TaskFactory(plan=stale))
