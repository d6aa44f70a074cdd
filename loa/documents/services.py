"""The workflow every official document follows, whatever its kind: submit, send back,
issue (number from the register, signer from the membership), send up, amend.

Each service checks the kind's own permission, named `<app>.<action>_<model>` in the kind's
rules.py (`plans.sign_plan`, `reports.send_report`), and raises `ValidationError` with a
Vietnamese message for anything the user can fix. The kinds' services wrap these and add
what is theirs (a plan's problems before submission, a report's frozen figures).
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from loa.accounts.models import Membership, Role
from loa.accounts.rules import may
from loa.units.models import Unit

from .models import DocumentRegister, OfficialDocument
from .signature import signer_fields

# Fields of the core that a new version does not copy: its own identity and workflow.
_NOT_COPIED = {
    "id",
    "status",
    "number",
    "issued_on",
    "signed_by",
    "return_reason",
    "submitted_at",
    "sent_at",
    "previous_version",
    "created_by",
    "created_at",
    "updated_at",
}


def permission(document: OfficialDocument, action: str) -> str:
    """ "plans.sign_plan" for (a Plan, "sign")."""
    opts = document._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"


def _require(user, action: str, document: OfficialDocument) -> None:
    if not may(user, permission(document, action), document):
        raise PermissionDenied


def register_next_number(*, unit: Unit, year: int, symbol: str) -> int:
    """The next number in the unit's register for this year and symbol (locks the row)."""
    DocumentRegister.objects.get_or_create(unit=unit, year=year, symbol=symbol)
    register = DocumentRegister.objects.select_for_update().get(unit=unit, year=year, symbol=symbol)
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register.last_number


def signer_of(*, document: OfficialDocument, user) -> dict:
    """The signature fields for `user` signing `document`: their name, and their position
    and delegation as a leader of the document's unit."""
    membership = (
        Membership.objects.active()
        .filter(user=user, unit=document.unit, role=Role.LEADER)
        .order_by("pk")
        .first()
    )
    return signer_fields(
        name=user.full_name or str(user),
        position=membership.position if membership else "",
        delegation=membership.delegation if membership else "",
        deputy_under_collective=document.unit.deputy_signs_under_collective,
        noun=document.document_type.label.lower(),
    )


@transaction.atomic
def document_submit(*, document: OfficialDocument, by, problems: list[str] = ()):
    """Draft → submitted. `problems` are the kind's reasons the draft is not ready."""
    _require(by, "submit", document)
    if problems:
        raise ValidationError(list(problems))
    document.submit(at=timezone.now())
    document.save()
    return document


@transaction.atomic
def document_send_back(*, document: OfficialDocument, by, reason: str):
    """Submitted → draft, with the reason the officer will read."""
    _require(by, "sign", document)
    if not reason.strip():
        raise ValidationError({"reason": "Vui lòng ghi lý do trả lại để cán bộ sửa."})
    document.send_back(reason=reason.strip())
    document.save()
    return document


@transaction.atomic
def document_issue(*, document: OfficialDocument, by, on: datetime.date | None = None):
    """Submitted → issued: the signer's block from their position, the next number of the
    register for the year of `on`. A second issue fails on the state machine."""
    _require(by, "sign", document)
    on = on or timezone.localdate()
    if on > timezone.localdate():
        raise ValidationError({"on": "Ngày ban hành không được sau hôm nay."})
    signature = signer_of(document=document, user=by)
    number = register_next_number(unit=document.unit, year=on.year, symbol=document.symbol)
    document.issue(number=number, on=on, by=by, signature=signature)
    document.save()
    return document


@transaction.atomic
def document_send(*, document: OfficialDocument, by, at: datetime.datetime | None = None):
    """Issued → sent to the level above (kinds that go upward)."""
    _require(by, "send", document)
    document.send(at=at or timezone.now())
    document.save()
    return document


@transaction.atomic
def document_amend(*, document: OfficialDocument, by):
    """A new draft version of an issued document; the issued one stays as it is until the
    new one is issued (then it is superseded). Copies every field of the kind but the
    workflow's; the kind copies its related content itself."""
    _require(by, "amend", document)
    model = type(document)
    if model.objects.filter(previous_version=document).exists():
        raise ValidationError(f"{document.document_type.label} này đã có bản sửa đổi.")
    values = copied_values(document)
    try:
        with transaction.atomic():
            return model.objects.create(**values, previous_version=document, created_by=by)
    except IntegrityError as error:  # a colleague amended it at the same moment
        raise ValidationError(f"{document.document_type.label} này đã có bản sửa đổi.") from error


def copied_values(document: OfficialDocument) -> dict:
    """The fields a new version copies: what the document says, not its workflow."""
    model = type(document)
    return {
        f.attname: getattr(document, f.attname)
        for f in model._meta.concrete_fields
        if f.name not in _NOT_COPIED and f.name not in getattr(model, "not_copied", ())
    }


NOTHING_AMENDED = (
    "Bản sửa đổi chưa thay đổi gì so với {reference}, nên không có gì để trình hoặc ban "
    "hành. Vui lòng sửa, bổ sung những nội dung cần sửa đổi; nếu không cần sửa đổi nữa, hãy "
    "xóa dự thảo này ({noun} đang có hiệu lực vẫn giữ nguyên)."
)


def unchanged_amendment_refusal(document: OfficialDocument, *, content=None) -> str:
    """Why an amendment cannot go on: it says exactly what the version it replaces says
    (its fields and `content(document)`, the kind's related content); "" when it differs
    or is no amendment."""
    if not document.previous_version_id:
        return ""
    previous = type(document).objects.get(pk=document.previous_version_id)
    if copied_values(document) != copied_values(previous):
        return ""
    if content is not None and content(document) != content(previous):
        return ""
    return NOTHING_AMENDED.format(
        reference=previous.reference, noun=document.document_type.label.lower()
    )


def supersede_previous(document: OfficialDocument) -> None:
    """Once an amendment is issued, the version it replaces is superseded."""
    if document.previous_version_id:
        previous = type(document).objects.get(pk=document.previous_version_id)
        previous.supersede()
        previous.save()
