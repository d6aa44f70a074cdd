"""Logging activities with their evidence, and periodic values of targets."""

import uuid

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from loa.plans.models import Plan, PlanStatus, Target, TargetMeasure, Task
from loa.plans.queries import plans_in_force

from .evidence import evidence_checked, thumbnail_of
from .models import Activity, Evidence, TargetEntry


def evidence_add(*, activity: Activity, upload, by) -> Evidence:
    checked = evidence_checked(upload)  # an image is stored as Pillow drew it again
    content_type = checked.content_type
    evidence = Evidence(
        activity=activity,
        original_name=checked.name,
        content_type=content_type,
        size=checked.size,
        uploaded_by=by,
    )
    evidence.file.save(checked.name, checked.content, save=False)
    if content_type.startswith("image/"):
        thumbnail = thumbnail_of(checked.content)
        if thumbnail is not None:
            evidence.thumbnail.save(f"{uuid.uuid4().hex}.jpg", thumbnail, save=False)
    evidence.save()
    return evidence


@transaction.atomic
def activity_create(*, form, unit, by, uploads=()) -> Activity:
    """Save a valid ActivityForm for `unit` with its files (already checked by the form)."""
    activity = form.save(commit=False)
    activity.unit, activity.created_by = unit, by
    activity.save()
    form.save_m2m()
    for upload in uploads:
        evidence_add(activity=activity, upload=upload, by=by)
    return activity


def tasks_open_for_logging(unit, on=None):
    """Tasks an activity of `unit` may serve: those of its issued plans of the year."""

    year = (on or timezone.localdate()).year
    return (
        Task.objects.filter(plan__in=plans_in_force(unit=unit, years=(year, year - 1)))
        .select_related("plan", "channel")
        .order_by("-plan__year", "order")
    )


def target_entry_add(*, target: Target, data: dict, by, upload=None) -> TargetEntry:
    if target.plan.status != PlanStatus.ISSUED:
        raise ValidationError("Chỉ nhập số liệu cho chỉ tiêu của kế hoạch đã ban hành.")
    entry = TargetEntry(target=target, created_by=by, **data)
    if target.measure == TargetMeasure.RATIO and not entry.not_applicable:
        if entry.numerator is None or not entry.denominator:
            raise ValidationError(
                "Vui lòng nhập số đạt và tổng số (lớn hơn 0), hoặc đánh "
                "dấu “không phát sinh trong kỳ”."
            )
        if entry.numerator > entry.denominator:
            raise ValidationError("Số đạt không được lớn hơn tổng số.")
    if upload is not None:
        checked = evidence_checked(upload)
        entry._content_type = checked.content_type
        entry.evidence_name = checked.name
        entry.evidence.save(checked.name, checked.content, save=False)
    entry.save()
    return entry


def plan_of_target(target: Target) -> Plan:
    return target.plan


def evidence_delete(*, evidence: Evidence) -> None:
    """Remove the record and, once that is committed, the stored files (the original and
    its thumbnail): a rolled-back deletion keeps its files."""
    files = [(f.storage, f.name) for f in (evidence.file, evidence.thumbnail) if f]
    evidence.delete()
    for storage, name in files:
        transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))


def activity_delete(*, activity: Activity) -> None:
    for evidence in list(activity.evidence.all()):
        evidence_delete(evidence=evidence)
    activity.delete()
