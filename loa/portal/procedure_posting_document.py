"""The list of procedures posted at the one-stop desk (niêm yết tại Bộ phận tiếp nhận và
trả kết quả), as a landscape document of the document core: the unit's header, the title,
the announcing decisions it follows, one table (STT, mã, tên, lĩnh vực, thời hạn, phí),
by field then name. An empty time or fee stays blank: the desk fills it by hand."""

from django.utils import timezone

from loa.documents.header import date_line, issuer_upper
from loa.documents.model import Column, Document, Header, Paragraph, Table
from loa.units.models import Level, Unit

from . import queries

COLUMNS = [
    Column("STT", 12, "center"),
    Column("Mã thủ tục", 33, "center"),
    Column("Tên thủ tục hành chính", 85),
    Column("Lĩnh vực", 27),
    Column("Thời hạn giải quyết", 50),
    Column("Phí, lệ phí", 45),
]


def _announcer(unit: Unit) -> str:
    """Who announces the list: the chairman of the province's People's Committee, for the
    province's own procedures and those of its communes (Decree 63/2010/NĐ-CP on the
    control of procedures, as amended by Decree 92/2017/NĐ-CP)."""
    province = next((u for u in [unit, *unit.ancestors()] if u.level == Level.PROVINCE), None)
    return f" của Chủ tịch {province.council_full_name}" if province else ""


def _decisions_line(decisions, unit: Unit) -> str:
    if not decisions:
        return ""
    cited = "; ".join(f"Quyết định số {n} ngày {d:%d/%m/%Y}" for n, d in decisions)
    return f"(Theo {cited}{_announcer(unit)} công bố danh mục thủ tục hành chính)"


def posting_document(unit: Unit, *, day=None) -> Document:
    """The list as it stands today: the procedures in force of the unit's level."""
    procedures = queries.procedures_in_force(unit)
    rows = [
        [str(i), p.full_code or p.code, p.name, p.field, p.processing_time, p.fee]
        for i, p in enumerate(procedures, start=1)
    ]
    number = len(rows)
    intro = []
    decisions = queries.announcements_for(unit)
    if line := _decisions_line(decisions, unit):
        intro.append(Paragraph(text=line, italic=True))
    if not procedures:
        intro.append(Paragraph(text="Chưa có thủ tục hành chính nào được công bố cho cấp này."))
    total = Paragraph(
        text=f"Tổng số: {number} thủ tục hành chính. Người dân, tổ chức có thể tra cứu thành "
        "phần hồ sơ, trình tự thực hiện của từng thủ tục trên trang công khai của "
        f"{unit.council_name} hoặc hỏi công chức tại Bộ phận tiếp nhận và trả kết quả.",
    )
    return Document(
        header=Header(
            issuer=issuer_upper(unit),
            number_line="",
            place_date=date_line(unit.short_name, day or timezone.localdate()),
        ),
        doc_type="DANH MỤC THỦ TỤC HÀNH CHÍNH",
        summary=f"thuộc thẩm quyền giải quyết của {unit.council_name}".upper(),
        intro=intro,
        body=[Table(columns=COLUMNS, rows=rows)] if rows else [],
        closing=[total] if procedures else [],
        landscape=True,
    )
