"""The plan's workflow: the document core's (draft → submitted → issued, returned with a
reason, amended as a new version) plus what is a plan's own: its problems before
submission, its issue date in the plan year, its content copied into an amendment."""

import datetime
from collections import defaultdict

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from loa.accounts.rules import may
from loa.documents import services as documents

from ..models import Plan, PlanParagraph
from ..queries import plan_problems
from .starting import plan_content_copy, plan_in_force_refusal


def plan_content(plan: Plan) -> tuple:
    """Everything a plan says beyond its own fields, in reading order: sections with their
    paragraphs, schedule, targets, tasks and reporting rules (what an amendment compares).
    A few queries whatever the plan's size: the page of a draft amendment reads it twice."""
    channels = defaultdict(list)
    through = PlanParagraph.channels.through.objects.filter(planparagraph__section__plan=plan)
    for paragraph_id, channel_id in through.values_list("planparagraph_id", "channel_id"):
        channels[paragraph_id].append(channel_id)
    paragraphs = defaultdict(list)
    for pk, section_id, *fields in PlanParagraph.objects.filter(section__plan=plan).values_list(
        "pk", "section_id", "text", "style", "reform_area_id"
    ):
        paragraphs[section_id].append((*fields, tuple(sorted(channels[pk]))))
    children = defaultdict(list)
    for pk, parent_id, *fields in plan.sections.values_list(
        "pk", "parent_id", "title", "kind", "office_id"
    ):
        children[parent_id].append((pk, fields))

    def sections(parent) -> tuple:
        return tuple(
            (*fields, tuple(paragraphs[pk]), sections(pk)) for pk, fields in children[parent]
        )

    def ids(related) -> tuple:
        return tuple(sorted(item.pk for item in related.all()))  # prefetched

    return (
        sections(None),
        tuple(plan.schedule.values_list("quarter", "text")),
        tuple(
            (t.text, t.measure, t.target_value, ids(t.channels), ids(t.reform_areas))
            for t in plan.targets.prefetch_related("channels", "reform_areas")
        ),
        tuple(
            (*(getattr(t, f) for f in _TASK_FIELDS), ids(t.coordinating_offices))
            for t in plan.tasks.prefetch_related("coordinating_offices")
        ),
        tuple(plan.reporting_rules.values_list("kind", "recipient", "office_id")),
    )


_TASK_FIELDS = [
    "content",
    "product",
    "channel_id",
    "reform_area_id",
    "lead_office_id",
    "lead_text",
    "coordinating_text",
    "due_date",
    "due_quarter",
    "expected_quantity",
    "budget_amount",
    "for_lower_units",
    "state",
]


def _unchanged_refusal(plan: Plan) -> str:
    return documents.unchanged_amendment_refusal(plan, content=plan_content)


def plan_submit_problems(plan: Plan) -> list[str]:
    """What the draft needs before it goes to the leader (the plan page lists them too),
    an amendment that amends nothing included."""
    unchanged = _unchanged_refusal(plan)
    return plan_problems(plan) + ([unchanged] if unchanged else [])


def plan_submit(*, plan: Plan, by) -> Plan:
    return documents.document_submit(document=plan, by=by, problems=plan_submit_problems(plan))


def plan_send_back(*, plan: Plan, by, reason: str) -> Plan:
    return documents.document_send_back(document=plan, by=by, reason=reason)


@transaction.atomic
def plan_issue(*, plan: Plan, by, on: datetime.date | None = None) -> Plan:
    """The leader signs; the plan it amends (if any) is superseded."""
    on = on or timezone.localdate()  # the year rule holds for today's date too
    if on.year not in (plan.year, plan.year - 1):
        raise ValidationError({"on": "Ngày ban hành phải trong năm kế hoạch hoặc cuối năm trước."})
    # a draft started before another plan of its year was issued: one plan in force a year
    refusal = plan_in_force_refusal(plan.unit, plan.year, plan=plan) or _unchanged_refusal(plan)
    if refusal:
        raise ValidationError(refusal)
    documents.document_issue(document=plan, by=by, on=on)
    documents.supersede_previous(plan)
    return plan


@transaction.atomic
def plan_amend(*, plan: Plan, by) -> Plan:
    """A new draft version of an issued plan, with its content; the issued one stays."""
    new = documents.document_amend(document=plan, by=by)
    plan_content_copy(source=plan, target=new, amendment=True)
    return new


@transaction.atomic
def plan_delete_draft(*, plan: Plan, by) -> None:
    """Throw away a draft (an abandoned amendment, a wrong start). Issued plans stay."""
    if not may(by, "plans.change_plan", plan):
        raise PermissionDenied
    plan.delete()
