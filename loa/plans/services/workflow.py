"""The plan's workflow: draft → submitted → issued → superseded, returned with a reason,
amended as a new version; numbers from the unit's register."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from loa.accounts.rules import may
from loa.units.models import Unit

from ..models import DocumentRegister, Plan
from ..queries import plan_problems
from .starting import plan_content_copy


def _require(user, perm: str, plan: Plan):
    if not may(user, perm, plan):
        raise PermissionDenied


def register_next_number(*, unit: Unit, year: int, symbol: str) -> int:
    """The next number in the unit's register for this year and symbol (locks the row)."""
    DocumentRegister.objects.get_or_create(unit=unit, year=year, symbol=symbol)
    register = DocumentRegister.objects.select_for_update().get(unit=unit, year=year, symbol=symbol)
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register.last_number


@transaction.atomic
def plan_submit(*, plan: Plan, by) -> Plan:
    _require(by, "plans.submit_plan", plan)
    problems = plan_problems(plan)
    if problems:
        raise ValidationError(problems)
    plan.submit(on=timezone.now())
    plan.save()
    return plan


@transaction.atomic
def plan_send_back(*, plan: Plan, by, reason: str) -> Plan:
    _require(by, "plans.sign_plan", plan)
    if not reason.strip():
        raise ValidationError({"reason": "Vui lòng ghi lý do trả lại để cán bộ sửa."})
    plan.send_back(reason=reason.strip())
    plan.save()
    return plan


@transaction.atomic
def plan_issue(*, plan: Plan, by, on: datetime.date | None = None) -> Plan:
    """The leader signs: number from the register, date, signer; the plan it amends (if
    any) is superseded. A second issue fails on the state machine."""
    _require(by, "plans.sign_plan", plan)
    on = on or timezone.localdate()
    if on > timezone.localdate():
        raise ValidationError({"on": "Ngày ban hành không được sau hôm nay."})
    if on.year not in (plan.year, plan.year - 1):
        raise ValidationError({"on": "Ngày ban hành phải trong năm kế hoạch hoặc cuối năm trước."})
    number = register_next_number(unit=plan.unit, year=on.year, symbol=plan.symbol)
    if not plan.signer_name:
        plan.signer_name = by.full_name or str(by)
    plan.issue(number=number, on=on, by=by)
    plan.save()
    if plan.previous_version_id:
        previous = Plan.objects.get(pk=plan.previous_version_id)
        previous.supersede()
        previous.save()
    return plan


@transaction.atomic
def plan_amend(*, plan: Plan, by) -> Plan:
    """A new draft version of an issued plan; the issued one stays as it was."""
    _require(by, "plans.amend_plan", plan)
    if Plan.objects.filter(previous_version=plan).exists():
        raise ValidationError("Kế hoạch này đã có bản sửa đổi.")
    try:
        with transaction.atomic():
            new = _amendment_create(plan=plan, by=by)
    except IntegrityError as error:  # a colleague amended it at the same moment
        raise ValidationError("Kế hoạch này đã có bản sửa đổi.") from error
    plan_content_copy(source=plan, target=new, amendment=True)
    return new


@transaction.atomic
def plan_delete_draft(*, plan: Plan, by) -> None:
    """Throw away a draft (an abandoned amendment, a wrong start). Issued plans stay."""
    _require(by, "plans.change_plan", plan)
    plan.delete()


def _amendment_create(*, plan: Plan, by) -> Plan:
    return Plan.objects.create(
        unit=plan.unit,
        year=plan.year,
        title=plan.title,
        symbol=plan.symbol,
        place=plan.place,
        show_parent_body=plan.show_parent_body,
        upper_plan=plan.upper_plan,
        intro=plan.intro,
        closing=plan.closing,
        budget_source=plan.budget_source,
        budget_amount=plan.budget_amount,
        lower_plan_deadline=plan.lower_plan_deadline,
        signature_authority=plan.signature_authority,
        signer_position=plan.signer_position,
        signer_name=plan.signer_name,
        recipients=plan.recipients,
        drafting_office=plan.drafting_office,
        previous_version=plan,
        created_by=by,
    )
