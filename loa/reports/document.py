"""A report as an official document (Decree 30/2020), laid out like seed 004."""

from loa.documents.header import BLANK, official_document, paragraphs_of
from loa.documents.model import Appendix, Column, Document, Heading, Paragraph, Table
from loa.plans.models import ReportKind

from .figures import channel_rows, channel_totals, report_figures
from .models import Report
from .periods import period_of, period_of_report


def _lines(text: str, label: str = "-") -> list[Paragraph]:
    """One item a line; a line that announces a list (ends with ":") is not an item."""
    out = []
    for line in text.splitlines():
        line = line.strip().lstrip("-").strip()
        if line:
            out.append(Paragraph(text=line, label="" if line.endswith(":") else label))
    return out


def period_label(report: Report) -> str:
    if report.kind == ReportKind.AD_HOC:
        return f"từ {report.period_start:%d/%m/%Y} đến {report.period_end:%d/%m/%Y}"
    return period_of_report(report).label


def _next_period_label(report: Report) -> str:
    if report.kind == ReportKind.ANNUAL:
        return f"NĂM {report.year + 1}"
    return "KỲ TỚI"


def report_document(report: Report, figures: dict | None = None) -> Document:
    figures = figures or (report.frozen if report.frozen else report_figures(report))
    body = [
        Heading(1, "I.", "CÔNG TÁC CHỈ ĐẠO THỰC HIỆN TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH"),
        *paragraphs_of(report.direction),
        Heading(1, "II.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN TRUYỀN"),
        Heading(2, "1.", "Hình thức tuyên truyền"),
        *_lines(report.forms_text),
        Heading(2, "2.", "Kết quả tuyên truyền"),
        *_lines(report.results_text),
        Paragraph(text="(Có phụ lục kết quả tuyên truyền chi tiết gửi kèm)"),
        Heading(2, "3.", "Tồn tại, hạn chế trong công tác tuyên truyền cải cách hành chính"),
        *_lines(report.shortcomings),
        Heading(1, "III.", f"PHƯƠNG HƯỚNG, NHIỆM VỤ {_next_period_label(report)}"),
        *_lines(report.next_steps),
    ]
    return official_document(
        report,
        intro=paragraphs_of(report.intro),
        body=body,
        closing=paragraphs_of(report.closing),
        appendices=_appendices(report, figures),
    )


def _appendices(report: Report, figures: dict) -> list[Appendix]:
    """The results; for a consolidated report also each unit's (Phụ lục I and II)."""
    results = results_appendix(report, figures)
    if not report.is_consolidated or not figures.get("units"):
        return [results]
    results.label = "Phụ lục I"
    return [results, units_appendix(report, figures)]


_STATE = {"missing": "Chưa gửi", "in_progress": "Chưa gửi"}


def units_appendix(report: Report, figures: dict) -> Appendix:
    """Each unit below: when it sent, and its figure for each form the units used."""
    totals = figures["channels"]
    channels = [row["channel"] for row in channel_rows(figures) if totals.get(row["channel"].code)][
        :7
    ]  # as many columns as a landscape A4 page holds legibly
    rows = []
    for i, unit in enumerate(figures["units"], start=1):
        sent = unit["sent_on"]
        when = _STATE.get(unit["state"]) or (
            f"{sent[8:10]}/{sent[5:7]}/{sent[:4]}" + (" (muộn)" if unit["state"] == "late" else "")
        )
        rows.append(
            [str(i), unit["name"], when]
            + [str(unit["channels"].get(c.code, "")) if sent else "" for c in channels]
        )
    width = (250 - 12 - 60 - 30) / max(len(channels), 1)
    return Appendix(
        label="Phụ lục II",
        title="KẾT QUẢ CỦA TỪNG ĐƠN VỊ",
        subtitle=f"(Kèm theo {attachment_reference(report)} của {report.unit.council_name})",
        table=Table(
            columns=[
                Column("STT", 12, "center"),
                Column("Đơn vị", 60),
                Column("Ngày gửi báo cáo", 30, "center"),
            ]
            + [Column(f"{c.name} ({c.counting_unit})", width, "right") for c in channels],
            rows=rows,
        ),
    )


def attachment_reference(report: Report) -> str:
    """ "Báo cáo số 70/BC-UBND ngày 21/12/2023"; blanks in a draft, to fill in by hand."""
    if report.issued_on is None:
        return f"Báo cáo số {report.number_text} ngày {BLANK}/{BLANK}/{report.year}"
    return f"Báo cáo số {report.number_text} ngày {report.issued_on:%d/%m/%Y}"


def results_appendix(report: Report, figures: dict) -> Appendix:
    last = {}
    if report.kind != ReportKind.AD_HOC and not report.is_consolidated:
        before = period_of(report.kind, report.year - 1, report.index)
        last = channel_totals([report.unit_id], before.start, before.end)
    rows = []
    for i, row in enumerate(channel_rows(figures, last), start=1):
        channel = row["channel"]
        rows.append(
            [
                str(i),
                channel.name,
                channel.counting_unit,
                str(row["quantity"]),
                str(row["participants"] or ""),
                str(row["last_year"] or ""),
            ]
        )
    return Appendix(
        label="Phụ lục",
        title=f"KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH {period_label(report).upper()}",
        subtitle=f"(Kèm theo {attachment_reference(report)} của {report.unit.council_name})",
        table=Table(
            columns=[
                Column("STT", 12, "center"),
                Column("Hình thức tuyên truyền", 110),
                Column("Đơn vị tính", 30, "center"),
                Column("Số lượng", 25, "right"),
                Column("Lượt người", 25, "right"),
                Column("Cùng kỳ năm trước", 30, "right"),
            ],
            rows=rows,
        ),
    )
