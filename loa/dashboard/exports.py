"""What Theo dõi downloads: the table of the units below as Excel, and the A4 summary of a
unit (with its units below, for an upper level) as PDF. The summary is a working sheet
printed from Loa, not an issued document: it carries no number or signature, only the
date and time its figures were read."""

import datetime
from io import BytesIO

from django.utils import timezone
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from loa.core.xlsx import NUMBER, Column, table_xlsx
from loa.documents import layout as L

from .criteria import vn_decimal
from .queries import UnitPicture, month_series

BELOW_COLUMNS = [
    Column("STT", 6, NUMBER),
    Column("Mã", 8),
    Column("Đơn vị", 30),
    Column("Huyện cũ", 24),
    Column("Kế hoạch", 18),
    Column("Báo cáo đã gửi", 10, NUMBER),
    Column("Gửi muộn", 9, NUMBER),
    Column("Quá hạn chưa gửi", 10, NUMBER),
    Column("Hoạt động", 10, NUMBER),
    Column("Trực tuyến", 10, NUMBER),
    Column("Truyền thống", 10, NUMBER),
    Column("Có minh chứng", 10, NUMBER),
    Column("Điểm", 8, NUMBER),
    Column("Xếp hạng", 8, NUMBER),
    Column("Điểm năm trước", 9, NUMBER),
    Column("Cần chú ý", 50),
]
COUNTRY_COLUMNS = [
    Column("STT", 6, NUMBER),
    Column("Mã", 8),
    Column("Tỉnh, thành phố", 30),
    Column("Số xã", 8, NUMBER),
    Column("Xã đã ban hành kế hoạch", 12, NUMBER),
    Column("Báo cáo đã gửi", 10, NUMBER),
    Column("Hoạt động", 10, NUMBER),
    Column("Trực tuyến", 10, NUMBER),
    Column("Truyền thống", 10, NUMBER),
    Column("Có minh chứng", 10, NUMBER),
    Column("Điểm bình quân", 9, NUMBER),
    Column("Xếp hạng", 8, NUMBER),
    Column("Điểm năm trước", 9, NUMBER),
    Column("Cần chú ý", 50),
]


def below_workbook(*, unit, year: int, rows) -> bytes:
    now = timezone.localtime()
    table = []
    for i, r in enumerate(rows, start=1):
        f = r.figures
        counts = [f.get("rows", 0), f.get("online", 0), f.get("traditional", 0), f.get("proven", 0)]
        scores = [r.score, r.rank, r.previous_score, "; ".join(r.attention)]
        if unit is None:
            table.append(
                [
                    i,
                    r.unit.code,
                    r.unit.name,
                    r.communes,
                    r.plans_issued,
                    r.reports_sent,
                    *counts,
                    *scores,
                ]
            )
        else:
            table.append(
                [
                    i,
                    r.unit.code,
                    r.unit.name,
                    ", ".join(r.former_districts),
                    r.plan_label,
                    r.reports_sent,
                    r.reports_late,
                    r.reports_overdue,
                    *counts,
                    *scores,
                ]
            )
    where = unit.name if unit else "cả nước"
    return table_xlsx(
        title=f"Tình hình tuyên truyền cải cách hành chính năm {year} — {where}",
        subtitle=[f"Số liệu từ Loa lúc {now:%H:%M} ngày {now:%d/%m/%Y}"],
        columns=COUNTRY_COLUMNS if unit is None else BELOW_COLUMNS,
        rows=table,
        sheet_name=f"Theo dõi {year}",
    )


# --- the A4 summary -------------------------------------------------------------------------


def _styles():
    L.register_fonts()
    base = ParagraphStyle("body", fontName=L.FONT_FAMILY, fontSize=11, leading=14)
    bold = L.FONT_NAMES.get("b", L.FONT_FAMILY)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=14, leading=18, alignment=1
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=1),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=bold, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
        ),
        "body": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=11.5),
        "bold": bold,
    }


def _table(header: list[str], rows: list[list], widths_mm: list[float], styles) -> Table:
    cell = styles["cell"]
    data = [[Paragraph(L.nfc(str(h)), cell) for h in header]]
    data += [[Paragraph(L.nfc("" if v is None else str(v)), cell) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _month_drawing(months: list[dict]) -> Drawing:
    width, height, base = 165 * mm, 48 * mm, 10 * mm
    drawing = Drawing(width, height)
    top = max((m["online"] + m["traditional"] for m in months), default=0) or 1
    scale = (height - base - 8 * mm) / top
    step = (width - 10 * mm) / 12
    for i, m in enumerate(months):
        x = 8 * mm + i * step
        online, traditional = m["online"] * scale, m["traditional"] * scale
        drawing.add(
            Rect(
                x, base, step * 0.6, online, fillColor=colors.HexColor("#1f5fa8"), strokeColor=None
            )
        )
        drawing.add(
            Rect(
                x,
                base + online,
                step * 0.6,
                traditional,
                fillColor=colors.HexColor("#c77c02"),
                strokeColor=None,
            )
        )
        total = m["online"] + m["traditional"]
        if total:
            drawing.add(
                String(
                    x + step * 0.3,
                    base + online + traditional + 2,
                    str(total),
                    fontName=L.FONT_FAMILY,
                    fontSize=7,
                    textAnchor="middle",
                )
            )
        drawing.add(
            String(
                x + step * 0.3,
                base - 9,
                m["short"],
                fontName=L.FONT_FAMILY,
                fontSize=7,
                textAnchor="middle",
            )
        )
    return drawing


PERCENT = "\u00a0%"  # a non-breaking space: "42 %" never splits across two lines


def _share(part, whole) -> str:
    return f"{round(part * 100 / whole)}{PERCENT}" if whole else ""


def _score_story(score, ranks, styles) -> list:
    """Section 4 of a scored unit's summary: the total, the rules, the ranks and the points
    of each criterion with the reason the score page gives."""
    rules = score.rules
    return [
        Paragraph("4. Điểm tuyên truyền cải cách hành chính", styles["h2"]),
        Paragraph(
            L.nfc(
                f"{vn_decimal(score.total)}/{vn_decimal(score.possible)} điểm, theo bộ tiêu chí "
                f"của {rules.issuer} năm {rules.year}, phiên bản {rules.version}"
                + "".join(
                    f"; xếp hạng {rank[1]}/{rank[2]} trong {where}" for where, rank in ranks if rank
                )
                + "."
            ),
            styles["body"],
        ),
        Spacer(1, 2 * mm),
        _table(
            ["Tiêu chí", "Điểm", "Căn cứ"],
            [
                [p.label, f"{vn_decimal(p.earned)}/{vn_decimal(p.possible)}", p.reason]
                for p in score.parts
            ],
            [50, 18, 98],
            styles,
        ),
    ]


def summary_pdf(*, picture: UnitPicture, rows, today: datetime.date, score=None, ranks=()) -> bytes:
    """The unit's picture on A4 (and the table of its units below, when `rows`; its score
    and ranks, when `score`)."""
    styles = _styles()
    p, unit, now = picture, picture.unit, timezone.localtime()
    out = BytesIO()
    story = [
        Paragraph(
            L.nfc(f"TÌNH HÌNH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM {p.year}"), styles["title"]
        ),
        Paragraph(
            L.nfc(unit.name + (f", {unit.parent.name}" if unit.parent_id else "")),
            styles["subtitle"],
        ),
        Paragraph(
            L.nfc(
                f"Năm báo cáo từ {p.period.start:%d/%m/%Y} đến {p.period.end:%d/%m/%Y}; số liệu "
                f"từ Loa lúc {now:%H:%M} ngày {now:%d/%m/%Y}."
            ),
            styles["subtitle"],
        ),
        Spacer(1, 4 * mm),
        Paragraph("1. Kế hoạch", styles["h2"]),
    ]
    if p.plan:
        issued = f", ban hành ngày {p.plan.issued_on:%d/%m/%Y}" if p.plan.issued_on else ""
        timing = {True: " (đúng hạn)", False: " (muộn so với hạn)", None: ""}[p.plan_on_time]
        story.append(Paragraph(L.nfc(f"{p.plan.title}{issued}{timing}."), styles["body"]))
    else:
        story.append(
            Paragraph(L.nfc(f"Chưa có kế hoạch năm {p.year} được ban hành."), styles["body"])
        )
    if p.targets:
        story.append(Spacer(1, 2 * mm))
        story.append(
            _table(
                ["Chỉ tiêu", "Đạt", "Cần đạt", "Tỷ lệ", "Tiến độ cần", "Đánh giá"],
                [
                    [
                        t.text,
                        vn_decimal(t.value, 1) if t.value is not None else "—",
                        vn_decimal(t.goal) if t.goal is not None else "—",
                        f"{t.percent}{PERCENT}" if t.percent is not None else "—",
                        f"{t.expected}{PERCENT}" if t.expected is not None else "—",
                        t.label,
                    ]
                    for t in p.targets
                ],
                [72, 16, 16, 12, 20, 24],
                styles,
            )
        )
    story.append(Paragraph("2. Hoạt động", styles["h2"]))
    share = f" ({_share(p.proven, p.rows)})" if p.rows else ""
    story.append(
        Paragraph(
            L.nfc(
                f"{p.rows} hoạt động: {p.kinds['online']} trực tuyến, công nghệ thông tin; "
                f"{p.kinds['traditional']} truyền thống; {p.proven} hoạt động có tài liệu kiểm "
                f"chứng{share}."
            ),
            styles["body"],
        )
    )
    months = month_series(p.figures)
    story.append(_month_drawing(months))
    story.append(
        Paragraph(
            L.nfc(
                "Cột xanh: trực tuyến, công nghệ thông tin; cột cam: truyền thống. Tháng 12 gồm cả "
                "15–31/12 năm trước."
            ),
            styles["cell"],
        )
    )
    if p.channels:
        story.append(Spacer(1, 2 * mm))
        story.append(
            _table(
                ["Hình thức", "Số hoạt động", "Số lượng", "Có minh chứng"],
                [
                    [
                        r["channel"].name,
                        r["rows"],
                        f"{r['quantity']} {r['channel'].counting_unit}",
                        r["proven"],
                    ]
                    for r in p.channels
                ],
                [90, 24, 28, 24],
                styles,
            )
        )
    story.append(Paragraph("3. Báo cáo", styles["h2"]))
    story.append(
        _table(
            ["Kỳ báo cáo", "Hạn gửi", "Tình trạng"],
            [[f"Báo cáo {r.label}", f"{r.due_on:%d/%m/%Y}", r.state_label] for r in p.reports]
            or [["Không có báo cáo định kỳ phải gửi", "", ""]],
            [80, 30, 56],
            styles,
        )
    )
    if score is not None:
        story += _score_story(score, ranks, styles)
    if rows is not None:
        number = 5 if score is not None else 4
        story.append(
            Paragraph(L.nfc(f"{number}. Các đơn vị trực thuộc ({len(rows)})"), styles["h2"])
        )
        story.append(
            _table(
                [
                    "Đơn vị",
                    "Kế hoạch",
                    "Báo cáo gửi / quá hạn",
                    "Hoạt động (minh chứng)",
                    "Điểm (hạng)",
                    "Cần chú ý",
                ],
                [
                    [
                        r.unit.name,
                        r.plan_label,
                        f"{r.reports_sent} / {r.reports_overdue}",
                        f"{r.rows} ({r.proof_share}{PERCENT})" if r.rows else "0",
                        vn_decimal(r.score) + (f" ({r.rank})" if r.rank else "")
                        if r.score is not None
                        else "—",
                        "; ".join(r.attention),
                    ]
                    for r in rows
                ],
                [34, 24, 20, 24, 18, 46],
                styles,
            )
        )
    doc = SimpleDocTemplate(
        out,
        pagesize=(210 * mm, 297 * mm),
        leftMargin=25 * mm,
        rightMargin=15 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=L.nfc(f"Tóm tắt {unit.name} {p.year}"),
        author="Loa",
        creator="Loa",
        lang="vi-VN",
    )
    doc.build(story)
    return out.getvalue()
