"""The plan's workflow: the document core's (draft → submitted → issued, returned with a
reason, amended as a new version) plus what is a plan's own: its problems before
submission, its issue date in the plan year, its content copied into an amendment."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from loa.accounts.rules import may
from loa.documents import services as documents

from ..models import Plan
from ..queries import plan_problems
from .starting import plan_content_copy


def plan_submit(*, plan: Plan, by) -> Plan:
    return documents.document_submit(document=plan, by=by, problems=plan_problems(plan))


def plan_send_back(*, plan: Plan, by, reason: str) -> Plan:
    return documents.document_send_back(document=plan, by=by, reason=reason)


@transaction.atomic
def plan_issue(*, plan: Plan, by, on: datetime.date | None = None) -> Plan:
    """The leader signs; the plan it amends (if any) is superseded."""
    on = on or timezone.localdate()  # the year rule holds for today's date too
    if on.year not in (plan.year, plan.year - 1):
        raise ValidationError({"on": "Ngày ban hành phải trong năm kế hoạch hoặc cuối năm trước."})
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
