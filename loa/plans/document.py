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
    plan: Plan, section: PlanSection, label: str, depth: int, children_of: dict
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
        blocks += [Paragraph(text=f"{rule}.", label="-") for rule in plan.reporting_rules.all()]
    if section.kind == SectionKind.TARGETS:
        blocks += [Paragraph(text=t.text, label="-") for t in plan.targets.all()]
    for i, child in enumerate(children_of.get(section.pk, []), start=1):
        child_label = f"{i}." if depth == 1 else f"{label}{i}."
        blocks += _section_blocks(plan, child, child_label, depth + 1, children_of)
    return blocks


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
    body = []
    for i, section in enumerate(children_of.get(None, [])):
        body += _section_blocks(plan, section, f"{roman(i + 1)}.", 1, children_of)

    return official_document(
        plan,
        intro=paragraphs_of(plan.intro),
        body=body,
        closing=paragraphs_of(plan.closing),
        appendices=[a for a in [_tasks_appendix(plan)] if a],
    )
