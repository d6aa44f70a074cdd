"""Report workflows: compile, submit, issue, send up; corrections; deadlines."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from loa.accounts.models import Membership
from loa.accounts.rules import may
from loa.documents import services as documents
from loa.documents.header import recipients_of
from loa.plans import services as plans
from loa.plans.models import Plan, ReportKind, Task, TaskState
from loa.plans.queries import plan_in_force
from loa.plans.rules import ended_refusal
from loa.units.models import Unit

from .deadlines import deadline_for
from .drafting import draft
from .figures import channel_totals, report_figures
from .models import Report, ReportCorrection, ReportStatus, ReportSum
from .periods import (
    Period,
    before_unit_refusal,
    period_of,
    period_of_report,
    report_year_refusal,
)
from .sums import extras_add, figures_add, figures_empty, sums_of


def _require(user, perm: str, obj):
    if not may(user, perm, obj):
        raise PermissionDenied


@transaction.atomic
def report_create(
    *,
    unit,
    kind: str,
    year: int,
    index: int = 1,
    by,
    consolidated: bool = False,
    start=None,
    end=None,
    requested: str = "",
    due_on=None,
) -> Report:
    """A draft report for the period, its text pre-drafted from the figures."""
    _require(by, "reports.add_report", unit)
    if kind == ReportKind.AD_HOC:
        if not (start and end) or end < start:
            raise ValidationError("Báo cáo đột xuất cần khoảng thời gian hợp lệ.")
        period = Period(kind, year, 1, start, end)
    else:
        period = period_of(kind, year, index)
    refusal = (
        report_year_refusal(year)  # no report of a year to come
        or ended_refusal(unit, period.start, f"lập báo cáo {period.label}")
        or before_unit_refusal(unit, period)  # nor of a time before the unit existed
    )
    if refusal:
        raise ValidationError(refusal)
    if (
        Report.objects.filter(
            unit=unit, kind=kind, year=year, index=period.index, is_consolidated=consolidated
        )
        .exclude(kind=ReportKind.AD_HOC)
        .exists()
    ):
        raise ValidationError(f"Đơn vị đã có báo cáo {period.label}.")
    plan = plan_in_force(unit, year)
    report = Report(
        unit=unit,
        kind=kind,
        year=year,
        index=period.index,
        period_start=period.start,
        period_end=period.end,
        plan=plan,
        is_consolidated=consolidated,
        requested=requested,
        created_by=by,
        place=unit.short_name,
        # seed 004, a commune's report, carries no parent body above the issuer; the officer
        # may add it (the report's text page)
        show_parent_body=False,
        drafting_office=_office_of(by, unit),
        due_on=due_on or deadline_for(unit, period),
        title=(
            f"Kết quả tuyên truyền cải cách hành chính {period.label}"
            + (f" và phương hướng, nhiệm vụ năm {year + 1}" if kind == ReportKind.ANNUAL else "")
            + (" (tổng hợp các đơn vị trực thuộc)" if consolidated else "")
        ),
        addressee=unit.parent.council_name if unit.parent_id else "Bộ Nội vụ",
        recipients="\n".join(standing_recipients(unit, by=by)),
    )
    report.save()
    report_redraft(report=report)
    return report


def _office_of(user, unit):
    membership = (
        Membership.objects.active().filter(user=user, unit=unit).exclude(office=None).first()
    )
    return membership.office if membership else None


def standing_recipients(unit, *, by=None) -> list[str]:
    """ "Nơi nhận" of a new report: the level above first, then the unit's own list as its
    last report had it (an officer's edit is remembered), then the file copy "Lưu: VT, …"
    with the drafting office's abbreviation."""
    upper = [f"{unit.parent.council_name if unit.parent_id else 'Bộ Nội vụ'} (báo cáo);"]
    previous = Report.objects.filter(unit=unit).exclude(recipients="").order_by("-pk").first()
    own = [f"Chủ tịch, các Phó Chủ tịch {unit.council_name} (theo dõi);"]
    if previous is not None:
        own = [
            line
            for line in recipients_of(previous.recipients)
            if not line.startswith("Lưu")
            and not (unit.parent_id and line.startswith(unit.parent.council_name))
        ] or own
    office = _office_of(by, unit) if by is not None else None
    filing = f"Lưu: VT, {office.abbreviation}." if office and office.abbreviation else "Lưu: VT."
    return upper + own + [filing]


def last_year_figures(report: Report) -> dict:
    """The same period of last year, by channel (a consolidated report has none)."""
    if report.is_consolidated:
        return {"channels": {}}
    return channel_totals([report.unit_id], *_same_period_last_year(period_of_report(report)))


def report_redraft(*, report: Report) -> list[str]:
    """Draft the report's text again from its figures now. A part the officer has not
    touched since the last draft takes the new text; a part they rewrote is kept as they
    wrote it. Returns the labels of the kept parts, for the officer to check."""
    text = draft(
        unit=report.unit,
        period=period_of_report(report),
        plan=report.plan,
        figures=report_figures(report),
        last_year=last_year_figures(report),
        consolidated=report.is_consolidated,
    )
    kept = []
    for field, value in text.items():
        current = getattr(report, field)
        if current and current != report.drafted.get(field):  # the officer's own words
            kept.append(Report._meta.get_field(field).verbose_name)
            continue
        setattr(report, field, value)
    report.drafted = text
    report.save()
    return kept


def _same_period_last_year(period: Period) -> tuple[datetime.date, datetime.date]:
    if period.kind != ReportKind.AD_HOC:
        before = period.same_last_year()
        return before.start, before.end
    # an ad hoc period has no fixed twin: the same days a year back (29/02 → 28/02)
    start, end = (
        day.replace(year=day.year - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)
        for day in (period.start, period.end)
    )
    return start, end


CORRECTION_LIMIT = 100_000  # no correction of a commune's figure is larger than this


def _figure_after(report: Report, channel, quantity: int, participants: int) -> tuple[int, int]:
    entry = report_figures(report)["channels"].get(channel.code, {})
    return entry.get("quantity", 0) + quantity, entry.get("participants", 0) + participants


@transaction.atomic
def correction_add(
    *, report: Report, by, channel, quantity_delta: int, participants_delta: int, reason: str
) -> ReportCorrection:
    """A typed change to one channel's figure, with its reason; it nets into the figure
    everywhere the report prints it, and never makes a figure negative."""
    _require(by, "reports.change_report", report)
    if not reason.strip():
        raise ValidationError({"reason": "Vui lòng ghi lý do điều chỉnh."})
    if not quantity_delta and not participants_delta:
        raise ValidationError("Điều chỉnh phải khác 0.")
    if max(abs(quantity_delta), abs(participants_delta)) > CORRECTION_LIMIT:
        raise ValidationError("Mỗi lần điều chỉnh không quá 100.000 (số lượng hoặc lượt người).")
    quantity, participants = _figure_after(report, channel, quantity_delta, participants_delta)
    if quantity < 0 or participants < 0:
        raise ValidationError(
            f"Sau điều chỉnh, {channel.name.lower()} sẽ còn {quantity} {channel.counting_unit}"
            f" và {participants} lượt người: số liệu không được âm. Vui lòng kiểm tra lại."
        )
    correction = ReportCorrection.objects.create(
        report=report,
        channel=channel,
        reason=reason.strip(),
        quantity_delta=quantity_delta,
        participants_delta=participants_delta,
        created_by=by,
    )
    report_redraft(report=report)
    return correction


@transaction.atomic
def correction_withdraw(*, correction: ReportCorrection, by, reason: str) -> ReportCorrection:
    """The correction stops counting; who withdrew it and why stay in its history."""
    report = correction.report
    _require(by, "reports.change_report", report)
    if correction.withdrawn_at is not None:
        raise ValidationError("Điều chỉnh này đã được thu hồi.")
    if not reason.strip():
        raise ValidationError({"reason": "Vui lòng ghi lý do thu hồi điều chỉnh."})
    quantity, participants = _figure_after(
        report, correction.channel, -correction.quantity_delta, -correction.participants_delta
    )
    if quantity < 0 or participants < 0:
        raise ValidationError(
            "Thu hồi điều chỉnh này sẽ làm số liệu âm: vui lòng thu hồi trước các điều chỉnh "
            "giảm đã ghi sau nó."
        )
    correction.withdrawn_at, correction.withdrawn_by = timezone.now(), by
    correction.withdraw_reason = reason.strip()
    correction.save(update_fields=["withdrawn_at", "withdrawn_by", "withdraw_reason"])
    report_redraft(report=report)
    return correction


def report_submit(*, report: Report, by) -> Report:
    return documents.document_submit(document=report, by=by)


def report_send_back(*, report: Report, by, reason: str) -> Report:
    return documents.document_send_back(document=report, by=by, reason=reason)


def report_issue(*, report: Report, by, on: datetime.date | None = None) -> Report:
    return documents.document_issue(document=report, by=by, on=on)


@transaction.atomic
def report_send(*, report: Report, by, at=None) -> Report:
    """Send the issued report up: its figures are frozen as they are now, and counted in
    the sums of the level above."""
    report.frozen = report_figures(report)
    documents.document_send(document=report, by=by, at=at)
    report_sum_add(report=report)
    return report


def _sum_locked(*, unit_id: int, kind: str, year: int, index: int) -> ReportSum:
    """The sums row of the period below the unit, created if need be and locked until the
    transaction ends: two communes sending at once add to it one after the other."""
    key = {"unit_id": unit_id, "kind": kind, "year": year, "index": index}
    ReportSum.objects.get_or_create(**key)
    return ReportSum.objects.select_for_update().get(**key)


def report_sum_add(*, report: Report) -> None:
    """Count a report just sent in the sums below its upper unit; in the transaction that
    sent it, after its status was saved (ADR 34). A consolidated report counts in none."""
    if report.is_consolidated or report.unit.parent_id is None:
        return
    row = _sum_locked(
        unit_id=report.unit.parent_id, kind=report.kind, year=report.year, index=report.index
    )
    figures_add(row.figures, report.frozen, report.unit.name)
    extras_add(row.extras, (report.frozen or {}).get("extras"))
    row.reports += 1
    row.save(update_fields=["figures", "extras", "reports"])


@transaction.atomic
def report_sum_recount(*, unit: Unit, kind: str, year: int, index: int) -> ReportSum:
    """The sums of one period below `unit` counted again from its sent reports: what a path
    that takes a report out of them (superseded, deleted, its figures changed) calls in its
    own transaction, after saving the report."""
    row = _sum_locked(unit_id=unit.pk, kind=kind, year=year, index=index)
    fresh = _sums_from_reports(
        Report.objects.filter(unit__parent=unit, kind=kind, year=year, index=index)
    ).get((unit.pk, kind, year, index), {"figures": figures_empty(), "extras": {}, "reports": 0})
    row.figures, row.extras, row.reports = fresh["figures"], fresh["extras"], fresh["reports"]
    row.save(update_fields=["figures", "extras", "reports"])
    return row


@transaction.atomic
def report_sums_rebuild() -> int:
    """Every sums row computed again from the sent reports (after reports were written
    without the services, or units moved under another parent). The rows already there
    stay locked meanwhile, so a report sent during the rebuild still counts once. Returns
    the number of rows."""
    rows = {(r.unit_id, r.kind, r.year, r.index): r for r in ReportSum.objects.select_for_update()}
    fresh = _sums_from_reports(Report.objects.all())
    ReportSum.objects.filter(pk__in=[r.pk for k, r in rows.items() if k not in fresh]).delete()
    changed, added = [], []
    for (unit_id, kind, year, index), values in fresh.items():
        row = rows.get((unit_id, kind, year, index))
        if row is None:
            added.append(ReportSum(unit_id=unit_id, kind=kind, year=year, index=index, **values))
            continue
        for field, value in values.items():
            setattr(row, field, value)
        changed.append(row)
    ReportSum.objects.bulk_update(changed, ["figures", "extras", "reports"], batch_size=500)
    ReportSum.objects.bulk_create(added, batch_size=500)
    return len(fresh)


def _sums_from_reports(reports) -> dict[tuple, dict]:
    return sums_of(
        reports.filter(status=ReportStatus.SENT, is_consolidated=False, unit__parent__isnull=False)
        .order_by()
        .values_list("unit__parent_id", "kind", "year", "index", "frozen", "unit__name")
        .iterator(chunk_size=500)
    )


@transaction.atomic
def plan_next_year_from_report(*, report: Report, by) -> Plan:
    """ "Lập kế hoạch năm sau": next year's plan from the plan this annual report covers
    (or from Loa's template), with the report's directions as proposed tasks."""
    if report.kind != ReportKind.ANNUAL:
        raise ValidationError("Chỉ lập kế hoạch năm sau từ báo cáo năm.")
    year = report.year + 1
    if report.plan is not None:
        plan = plans.plan_create_from_previous(
            unit=report.unit, previous=report.plan, year=year, by=by
        )
    else:
        plan = plans.plan_create_from_template(unit=report.unit, year=year, by=by)
    order = plans.next_order(plan.tasks.all())
    for i, line in enumerate(filter(None, (x.strip(" -") for x in report.next_steps.splitlines()))):
        Task.objects.create(
            plan=plan,
            order=order + i,
            content=line,
            lead_text="Theo phân công",
            state=TaskState.PROPOSED,
        )
    return plan
