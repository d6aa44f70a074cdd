"""Starting a plan: from Loa's template, from an upper plan, from last year's plan, or
blank; and copying a plan's content into another."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from loa.units.models import Level, Unit

from ..data import template as builtin
from ..models import (
    Channel,
    Plan,
    PlanParagraph,
    PlanSection,
    PlanStatus,
    ReportingRule,
    ScheduleEntry,
    SectionKind,
    Target,
    Task,
    TaskState,
)
from ..queries import office_matching, plan_in_force
from ..rules import plan_year_refusal
from .adapting import Adaptation, plan_adaptation


def unit_phrase(unit: Unit) -> str:
    """ "xã Định Biên", as running text names a unit."""
    return f"{unit.kind_word} {unit.short_name}"


def _default_place(unit: Unit) -> str:
    # "Phường 1, ngày …" keeps the kind of a unit named by a number
    if unit.short_name[:1].isdigit():
        return f"{unit.kind_word.capitalize()} {unit.short_name}"
    return unit.short_name


def _default_recipients(unit: Unit) -> str:
    lines = []
    if unit.parent_id:
        lines.append(f"{unit.parent.council_name} (để b/c);")
    lines += [
        f"Chủ tịch, các Phó Chủ tịch {unit.council_name};",
        "Các cơ quan, đơn vị liên quan;",
        "Lưu: VT.",
    ]
    return "\n".join(lines)


def lower_first(text: str) -> str:
    """ "Tuyên truyền …" → "tuyên truyền …", but "UBND …" stays as it is."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def plan_in_force_refusal(unit: Unit, year: int, *, plan: Plan | None = None) -> str:
    """Why the unit cannot have another plan for `year`: it has one in force (other than
    `plan` itself or the version `plan` amends), and a change to it is an amendment of it;
    "" if it can."""
    current = plan_in_force(unit, year)
    if current is None or (plan is not None and current.pk in (plan.pk, plan.previous_version_id)):
        return ""
    return (
        f"{unit.council_name} đã có kế hoạch năm {year} đang có hiệu lực ({current.reference}). "
        "Mỗi năm đơn vị chỉ có một kế hoạch có hiệu lực: để thay đổi, bổ sung, hãy mở kế hoạch "
        "đó và bấm “Sửa đổi, bổ sung”."
    )


def _new_plan(*, unit: Unit, year: int, title: str, by, **extra) -> Plan:
    refusal = plan_year_refusal(unit, year)  # a unit that has ended plans no later year
    if refusal:
        raise ValidationError(refusal)
    refusal = plan_in_force_refusal(unit, year)
    if refusal:
        raise ValidationError(refusal)
    if not title.strip():
        raise ValidationError({"title": "Vui lòng nhập trích yếu kế hoạch."})
    fields = {
        "place": _default_place(unit),
        "show_parent_body": unit.level == Level.COMMUNE and unit.is_legacy,
        "recipients": _default_recipients(unit),
        **extra,
    }
    return Plan.objects.create(unit=unit, year=year, title=title.strip(), created_by=by, **fields)


def _fill(text: str, unit: Unit, year: int) -> str:
    return text.format(unit=unit_phrase(unit), council=unit.council_name, year=year)


@transaction.atomic
def plan_create_from_template(*, unit: Unit, year: int, by, title: str = "") -> Plan:
    """A new draft from Loa's own template, localised to the unit and year."""
    title = title or f"Tuyên truyền cải cách hành chính {unit_phrase(unit)} năm {year}"
    plan = _new_plan(
        unit=unit,
        year=year,
        title=title,
        by=by,
        intro=_fill(
            "Thực hiện Kế hoạch số …/KH-UBND ngày … của UBND … về cải cách hành chính "
            "năm {year}, {council} xây dựng Kế hoạch tuyên truyền cải cách hành chính năm "
            "{year} như sau:",
            unit,
            year,
        ),
        closing=_fill(builtin.CLOSING, unit, year),
        budget_source=_fill("Dự toán chi thường xuyên năm {year}", unit, year),
    )
    sections_create(plan=plan, tree=_fill_tree(builtin.TEMPLATE, unit, year))
    reporting_rules_default(plan=plan)
    channels = {c.code: c for c in Channel.objects.all()}
    for order, (text, measure, value, codes) in enumerate(builtin.TARGETS):
        target = Target.objects.create(
            plan=plan, order=order, text=text, measure=measure, target_value=value
        )
        target.channels.set([channels[c] for c in codes if c in channels])
    return plan


def _fill_tree(tree, unit, year):
    out = []
    for title, kind, paragraphs, children in tree:
        paras = []
        for text in paragraphs:
            style = "dash"
            if text.startswith("a) "):
                style, text = "point", text[3:]
            paras.append((style, _fill(text, unit, year)))
        out.append((title, kind, paras, _fill_tree(children, unit, year)))
    return out


def sections_create(*, plan: Plan, tree, parent: PlanSection | None = None) -> None:
    """Create sections from (title, kind, [(style, text)…], children) tuples."""
    for order, (title, kind, paragraphs, children) in enumerate(tree):
        section = PlanSection.objects.create(
            plan=plan,
            parent=parent,
            order=order,
            title=title,
            kind=kind,
            office=office_matching(plan.unit, title)
            if kind == SectionKind.RESPONSIBILITY
            else None,
        )
        PlanParagraph.objects.bulk_create(
            PlanParagraph(section=section, order=i, style=style, text=text)
            for i, (style, text) in enumerate(paragraphs)
        )
        sections_create(plan=plan, tree=children, parent=section)


@transaction.atomic
def plan_create_blank(*, unit: Unit, year: int, title: str, by) -> Plan:
    """An empty draft, for a plan typed from scratch or copied from a paper original."""
    return _new_plan(unit=unit, year=year, title=title, by=by)


def reporting_rules_default(*, plan: Plan) -> None:
    """Quarterly, 6-month and annual reports to the unit above, compiled by the culture
    and society office."""
    unit = plan.unit
    upper = unit.parent.council_name if unit.parent_id else "Bộ Nội vụ"
    compiler = office_matching(unit, "Văn hóa - Xã hội")
    ReportingRule.objects.bulk_create(
        ReportingRule(
            plan=plan, kind=kind, recipient=recipient.format(upper=upper), office=compiler
        )
        for kind, recipient in builtin.REPORTING
    )


def plan_content_copy(
    *,
    source: Plan,
    target: Plan,
    proposed_tasks_only: bool = False,
    amendment: bool = False,
    adaptation: Adaptation | None = None,
) -> None:
    """Copy sections, paragraphs, schedule, targets and tasks of `source` into `target`.

    From an upper plan only its tasks for the lower units come, as proposals; offices are
    the upper unit's, so they turn into free text there, unless `adaptation` (what the
    officer kept of `plan_adaptation`) rewrites the texts and names the leading offices.
    """
    same_unit = source.unit_id == target.unit_id
    year_shift = target.year - source.year

    def text(key: str, original: str) -> str:
        return adaptation.text(key, original) if adaptation else original

    def copy_sections(parent_src, parent_dst):
        for section in source.sections.filter(parent=parent_src).order_by("order", "pk"):
            title = text(f"s{section.pk}", section.title)
            if same_unit:
                office = section.office
            elif section.kind == SectionKind.RESPONSIBILITY:
                office = office_matching(target.unit, title)  # the unit's own office
            else:
                office = None
            copy = PlanSection.objects.create(
                plan=target,
                parent=parent_dst,
                order=section.order,
                title=title,
                kind=section.kind,
                office=office,
            )
            for p in section.paragraphs.all():
                new = PlanParagraph.objects.create(
                    section=copy,
                    order=p.order,
                    text=text(f"p{p.pk}", p.text),
                    style=p.style,
                    reform_area=p.reform_area,
                )
                new.channels.set(p.channels.all())
            copy_sections(section, copy)

    copy_sections(None, None)
    for entry in source.schedule.all():
        ScheduleEntry.objects.create(
            plan=target, quarter=entry.quarter, text=text(f"e{entry.pk}", entry.text)
        )
    for t in source.targets.all():
        new = Target.objects.create(
            plan=target,
            order=t.order,
            text=text(f"t{t.pk}", t.text),
            measure=t.measure,
            target_value=t.target_value,
            source=t.source if same_unit else t,
            replaces=t if amendment else None,
        )
        new.channels.set(t.channels.all())
        new.reform_areas.set(t.reform_areas.all())
    if same_unit:
        ReportingRule.objects.bulk_create(
            ReportingRule(plan=target, kind=r.kind, recipient=r.recipient, office=r.office)
            for r in source.reporting_rules.all()
        )
    tasks = source.tasks.all()
    if proposed_tasks_only:
        tasks = tasks.filter(for_lower_units=True)
    for order, task in enumerate(tasks):
        due = task.due_date
        if due and year_shift:
            due = _shift_year(due, year_shift)
        if same_unit:
            lead_office, lead_text = task.lead_office, task.lead_text
        else:
            lead_office = adaptation.lead_office(task) if adaptation else None
            lead_text = "" if lead_office else (task.lead_label or "Theo phân công")
        new = Task.objects.create(
            plan=target,
            order=order,
            content=text(f"k{task.pk}", task.content),
            product=text(f"d{task.pk}", task.product),
            channel=task.channel,
            reform_area=task.reform_area,
            lead_office=lead_office,
            lead_text=lead_text,
            coordinating_text=text(f"c{task.pk}", task.coordinating_text),
            due_date=due,
            due_quarter=task.due_quarter,
            expected_quantity=task.expected_quantity,
            budget_amount=task.budget_amount if same_unit else None,
            for_lower_units=task.for_lower_units if same_unit else False,
            state=TaskState.PROPOSED if proposed_tasks_only else TaskState.ACCEPTED,
            source=task if proposed_tasks_only else task.source,
            replaces=task if amendment else None,
        )
        if same_unit:
            new.coordinating_offices.set(task.coordinating_offices.all())


def _shift_year(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@transaction.atomic
def plan_create_from_upper(
    *, unit: Unit, upper: Plan, by, title: str = "", adaptation: Adaptation | None = None
) -> Plan:
    """A lower unit's plan that implements an issued upper plan: the legal basis, contents,
    channels and targets come down editable, localised to the unit (`adaptation`: what the
    officer kept of `plan_adaptation`, all of it when not given); the upper tasks for lower
    units are proposed, led by the unit's offices."""
    if upper.status != PlanStatus.ISSUED:
        raise ValidationError("Chỉ lập theo kế hoạch cấp trên đã ban hành.")
    if not unit.path.startswith(upper.unit.path) or unit.pk == upper.unit_id:
        raise ValidationError("Kế hoạch này không phải của cấp trên của đơn vị.")
    if adaptation is None:
        adaptation = plan_adaptation(unit=unit, upper=upper)
    elif (adaptation.unit.pk, adaptation.upper.pk) != (unit.pk, upper.pk):
        raise ValueError("the adaptation was made for another unit or upper plan")
    title = title or f"Tuyên truyền cải cách hành chính {unit_phrase(unit)} năm {upper.year}"
    intro = (
        f"Thực hiện {upper.reference} của {upper.unit.council_name} về "
        f"{lower_first(upper.title)}, {unit.council_name} xây dựng Kế hoạch "
        f"{lower_first(title)}, cụ thể như sau:"
    )
    plan = _new_plan(
        unit=unit,
        year=upper.year,
        title=title,
        by=by,
        upper_plan=upper,
        intro=intro,
        budget_source=adaptation.text("budget", upper.budget_source),
        closing=f"Trên đây là Kế hoạch {lower_first(title)}./.",
    )
    plan_content_copy(source=upper, target=plan, proposed_tasks_only=True, adaptation=adaptation)
    reporting_rules_default(plan=plan)
    return plan


@transaction.atomic
def plan_create_from_previous(*, unit: Unit, previous: Plan, year: int, by) -> Plan:
    """Next year's plan from this unit's previous plan (the annual report's directions are
    added as proposed tasks once reports exist)."""
    if previous.unit_id != unit.pk:
        raise ValidationError("Chỉ lập từ kế hoạch của chính đơn vị.")
    title = previous.title.replace(str(previous.year), str(year))
    plan = _new_plan(
        unit=unit,
        year=year,
        title=title,
        by=by,
        intro=previous.intro,  # cites last year's documents: the officer rewrites it
        closing=previous.closing.replace(str(previous.year), str(year)),
        budget_source=previous.budget_source,
        signature_authority=previous.signature_authority,
        signer_position=previous.signer_position,
        signer_name=previous.signer_name,
        recipients=previous.recipients,
        drafting_office=previous.drafting_office,
    )
    plan_content_copy(source=previous, target=plan)
    return plan
