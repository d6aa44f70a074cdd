"""A plan as an official document (Decree 30/2020): builds the neutral Document that the
DOCX and PDF writers render."""

from loa.documents.header import official_document, paragraphs_of
from loa.documents.model import Appendix, Column, Document, Heading, Paragraph, Table

from .models import ParagraphStyle, Plan, PlanSection, SectionKind


def roman(n: int) -> str:
    """1 → "I", 14 → "XIV"."""
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


# Points follow the Vietnamese alphabet: no f, j, w, z; đ comes after d.
_LETTERS = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]
QUARTER_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def point_letters():
    """a, b, c, d, đ, e … y, then aa, bb …: as many points as a section holds."""
    rounds = 1
    while True:
        for letter in _LETTERS:
            yield letter * rounds
        rounds += 1


def _section_blocks(
    plan: Plan,
    section: PlanSection,
    label: str,
    depth: int,
    children_of: dict,
    targets_host: PlanSection | None = None,
) -> list:
    blocks: list = [
        Heading(
            level=min(depth, 3),
            label=label,
            text=section.title.upper() if depth == 1 else section.title,
        )
    ]
    points = point_letters()
    for p in section.paragraphs.all():
        if p.style == ParagraphStyle.POINT:
            blocks.append(Paragraph(text=p.text, label=f"{next(points)})"))
        elif p.style == ParagraphStyle.DASH:
            blocks.append(Paragraph(text=p.text, label="-"))
        else:
            blocks.append(Paragraph(text=p.text))
    if section.kind == SectionKind.SCHEDULE:
        for entry in plan.schedule.all():
            blocks.append(
                Paragraph(
                    label="-",
                    runs=[
                        (f"Quý {QUARTER_ROMAN[entry.quarter]}/{plan.year}:", "b"),
                        (f" {entry.text}", ""),
                    ],
                )
            )
    if section.kind == SectionKind.REPORTING:
        blocks += _reporting_lines(plan, " ".join(p.text for p in section.paragraphs.all()))
    if section.kind == SectionKind.TARGETS:
        blocks += _target_paragraphs(plan)
    children = children_of.get(section.pk, [])
    for i, child in enumerate(children, start=1):
        child_label = f"{i}." if depth == 1 else f"{label}{i}."
        blocks += _section_blocks(plan, child, child_label, depth + 1, children_of)
    if section is targets_host:
        i = len(children) + 1
        blocks.append(Heading(level=2, label=f"{i}.", text=TARGETS_TITLE))
        blocks += _target_paragraphs(plan)
    return blocks


# Where a plan without a section of the targets kind prints its targets: as the last
# point of the part that holds its purposes and requirements ("I. MỤC ĐÍCH, YÊU CẦU …
# 3. Chỉ tiêu cụ thể", as seed 000 does), else as a part of its own at the end.
TARGETS_TITLE = "Chỉ tiêu cụ thể"


def _target_paragraphs(plan: Plan) -> list:
    return [Paragraph(text=t.text, label="-") for t in plan.targets.all()]


def _targets_host(children_of: dict) -> PlanSection | None:
    """The first part, in reading order, that is or holds the purposes or requirements."""

    def holds(section) -> bool:
        return section.kind in (SectionKind.PURPOSES, SectionKind.REQUIREMENTS) or any(
            holds(child) for child in children_of.get(section.pk, [])
        )

    return next((s for s in children_of.get(None, []) if holds(s)), None)


def _reporting_lines(plan: Plan, lead_in: str) -> list[Paragraph]:
    """ "Báo cáo quý gửi UBND thành phố Hải Phòng, do Phòng Văn hóa - Xã hội tổng hợp, tham
    mưu.": the office is the unit's own, which "(Phòng …)" after the recipient seemed to
    make the recipient's. Not repeated when the section's own text already names it."""
    lines = []
    for rule in plan.reporting_rules.select_related("office"):
        line = f"{rule.get_kind_display()} gửi {rule.recipient}"
        office = rule.office.name if rule.office_id else ""
        if office and office.removeprefix("Phòng ") not in lead_in:
            line += f", do {office} tổng hợp, tham mưu"
        lines.append(Paragraph(text=f"{line}.", label="-"))
    return lines


def _tasks_appendix(plan: Plan) -> Appendix | None:
    tasks = list(
        plan.tasks.select_related("lead_office", "channel").prefetch_related("coordinating_offices")
    )
    if not tasks:
        return None
    rows = []
    for i, task in enumerate(tasks, start=1):
        coordinating = ", ".join(
            [o.name for o in task.coordinating_offices.all()]
            + ([task.coordinating_text] if task.coordinating_text else [])
        )
        product = task.product
        if task.expected_quantity:
            unit = task.channel.counting_unit if task.channel else ""
            product = (
                f"{product} ({task.expected_quantity} {unit})".strip()
                if product
                else (f"{task.expected_quantity} {unit}".strip())
            )
        rows.append(
            [
                str(i),
                task.content,
                product,
                task.lead_label,
                coordinating,
                task.timing_label,
                f"{task.budget_amount:,.0f}".replace(",", ".") if task.budget_amount else "",
            ]
        )
    reference = (
        f"Kế hoạch số {plan.number_text} ngày {plan.issued_on:%d/%m/%Y}"
        if plan.number
        else f"Kế hoạch số {plan.number_text} ngày      "
    )
    return Appendix(
        label="Phụ lục",
        title=f"NHIỆM VỤ, SẢN PHẨM THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH "
        f"NĂM {plan.year}",
        subtitle=f"(Kèm theo {reference} của {plan.unit.council_name})",
        table=Table(
            columns=[
                Column("STT", 12, "center"),
                Column("Nội dung nhiệm vụ", 78),
                Column("Sản phẩm", 45),
                Column("Cơ quan chủ trì", 35),
                Column("Cơ quan phối hợp", 40),
                Column("Thời gian", 22, "center"),
                Column("Kinh phí (đồng)", 20, "right"),
            ],
            rows=rows,
        ),
    )


def plan_document(plan: Plan) -> Document:
    sections = list(plan.sections.select_related("office").prefetch_related("paragraphs"))
    children_of: dict = {}
    for s in sections:
        children_of.setdefault(s.parent_id, []).append(s)
    unplaced = plan.targets.exists() and not any(s.kind == SectionKind.TARGETS for s in sections)
    host = _targets_host(children_of) if unplaced else None
    body = []
    top = children_of.get(None, [])
    for i, section in enumerate(top):
        body += _section_blocks(plan, section, f"{roman(i + 1)}.", 1, children_of, host)
    if unplaced and host is None:
        body.append(Heading(level=1, label=f"{roman(len(top) + 1)}.", text="CHỈ TIÊU"))
        body += _target_paragraphs(plan)

    return official_document(
        plan,
        intro=paragraphs_of(plan.intro),
        body=body,
        closing=paragraphs_of(plan.closing),
        appendices=[a for a in [_tasks_appendix(plan)] if a],
    )
