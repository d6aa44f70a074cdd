"""Reading the spreadsheet a province publishes with its decision announcing procedures
(Quyết định công bố danh mục thủ tục hành chính): headers matched loosely and without
diacritics ("Mã TTHC", "Mã số thủ tục", "Tên thủ tục hành chính"…), title lines above the
header skipped, heading rows ("A. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH", "I. Lĩnh vực Hộ tịch")
taken as the status and the field of the rows under them. Every row is checked and its
problems named in Vietnamese; the services apply all rows or none (ADR 27)."""

import re
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Q

from loa.core import uploads, xlsx
from loa.core.text import fold

from .models import ChangeStatus, Procedure
from .models.procedures import FULL_CODE, NATIONAL_CODE
from .services.procedures import ImportedRow

MB = 1024 * 1024
MAX_ROWS = 2000
MAX_CELL = 10_000
# (key, header in the template, width, what a header must hold once folded)
COLUMNS = [
    ("number", "STT", 6, ("stt", "so thu tu", "tt")),
    ("code", "Mã thủ tục", 24, ("ma",)),
    ("name", "Tên thủ tục hành chính", 50, ("ten",)),
    ("field", "Lĩnh vực", 20, ("linh vuc",)),
    ("agency", "Cơ quan thực hiện", 24, ("co quan",)),
    ("processing_time", "Thời hạn giải quyết", 24, ("thoi han",)),
    ("fee", "Phí, lệ phí", 24, ("phi",)),
    ("legal_basis", "Căn cứ pháp lý", 40, ("can cu",)),
    ("status", "Tình trạng", 18, ("tinh trang", "hinh thuc cong bo")),
]
KEYS = [c[0] for c in COLUMNS]
WIDE = 40  # cells a row may hold: a province's sheet has notes columns, not forty
HEADER_SEARCH = 15  # a header row lower than this is not looked for
XLSX_LIMITS = uploads.ZipLimits(
    members=500,
    total=40 * MB,
    member=16 * MB,
    ratio=200,
    xml=4 * MB,
    large_xml=r"^xl/(worksheets/[^/]+|sharedStrings)\.xml$",
)
READ_LIMITS = xlsx.ReadLimits(
    max_bytes=5 * MB,
    data_rows=MAX_ROWS,
    columns=WIDE,
    zip=XLSX_LIMITS,
    sheet=uploads.SheetLimits(
        rows=10_000, columns=WIDE, cells=(MAX_ROWS + 20) * WIDE, elements=400_000
    ),
    extra_rows=HEADER_SEARCH + 200,  # title lines and heading rows between the data
)
# the status as provinces write it, folded; the first that a cell holds wins
STATUS_WORDS = [
    ("bai bo", ChangeStatus.ABOLISHED),
    ("thay the", ChangeStatus.REPLACED),
    ("sua doi", ChangeStatus.AMENDED),
    ("bo sung", ChangeStatus.AMENDED),
    ("moi ban hanh", ChangeStatus.NEW),
    ("ban hanh moi", ChangeStatus.NEW),
    ("moi", ChangeStatus.NEW),
]
LENGTHS = {f.name: f.max_length for f in Procedure._meta.fields if f.max_length}
FIELD_HEADING = re.compile(r"linh vuc\s*:?\s*(.+)$")


@dataclass
class Row:
    number: int  # as Excel shows it
    values: dict = field(default_factory=dict)
    status: str = ""
    errors: list[str] = field(default_factory=list)
    procedure_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def status_label(self) -> str:
        return ChangeStatus(self.status).label if self.status else ""

    def imported(self) -> ImportedRow:
        return ImportedRow(procedure_id=self.procedure_id, values=self.values, status=self.status)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", " ".join(str(value)[: MAX_CELL + 1].split()))


def _status(text: str) -> str:
    folded = fold(text)
    return next((status for words, status in STATUS_WORDS if words in folded), "")


def _header_map(row: tuple) -> dict[str, int]:
    """Which column holds what, from a header row; {} if the row is not a header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        folded = fold(_text(cell))
        if not folded:
            continue
        for key, _title, _width, words in COLUMNS:
            if key in found:
                continue
            if key == "code" and not re.match(r"^ma\b", folded):
                continue  # "mã" opens the header; "tên … mã" does not make a code column
            if key == "name" and not (
                folded == "ten" or ("ten" in folded.split() and re.search("thu tuc|tthc", folded))
            ):
                continue  # "Tên thủ tục", "Tên TTHC"; not "Họ tên"
            if key == "number" and folded not in words:
                continue
            if any(w in folded for w in words):
                found[key] = index
                break
    return found if "name" in found else {}


def read_rows(upload) -> list[tuple[int, dict]]:
    """(row number, the row's cells by key) for every procedure row of the sheet, the
    heading rows' status and field carried down. Raise ValidationError if the file is not
    such a list."""
    rows = xlsx.bounded_rows(upload, READ_LIMITS)
    header_at, columns = next(
        ((i, m) for i, r in enumerate(rows[:HEADER_SEARCH]) if (m := _header_map(r))), (-1, {})
    )
    if header_at < 0:
        raise ValidationError(
            "Không tìm thấy dòng tiêu đề có cột “Tên thủ tục” trong 15 dòng đầu của tệp. "
            "Vui lòng dùng mẫu của Loa hoặc bảng danh mục kèm quyết định công bố."
        )
    out = []
    status = field_name = ""
    for index, raw in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = {key: raw[i] if i < len(raw) else None for key, i in columns.items()}
        texts = {key: _text(v) for key, v in cells.items()}
        filled = [t for t in (_text(v) for v in raw) if t]
        if not filled:
            continue
        if all(re.fullmatch(r"\(?\d+\)?", t) for t in filled) and len(filled) > 1:
            continue  # the "(1) (2) (3)" line under a header
        if not texts.get("name") or len(filled) == 1:
            line = " ".join(filled)
            heading = fold(line)
            if (found := _status(heading)) and "thu tuc" in heading:
                status = found
            if match := FIELD_HEADING.search(heading):
                # the field as written, not folded: from the same words of the cell
                field_name = _original_after(line, len(heading) - len(match.group(1)))
            if not texts.get("name"):
                continue
        if len(out) >= MAX_ROWS:
            raise ValidationError("Tệp có hơn 2.000 thủ tục: vui lòng chia thành nhiều tệp.")
        long = any(len(t) > MAX_CELL for t in texts.values())
        texts["field"] = texts.get("field") or field_name
        texts["status"] = texts.get("status") or ""
        texts["heading_status"] = status
        out.append((index, {"too_long": "1"} if long else texts))
    if not out:
        raise ValidationError("Tệp không có thủ tục nào dưới dòng tiêu đề.")
    return out


def _original_after(text: str, folded_offset: int) -> str:
    # folding keeps one character per letter once spaces are collapsed
    collapsed = " ".join(text.split())
    name = collapsed[folded_offset:].strip(" :.").strip()
    # "LĨNH VỰC HỘ TỊCH" as headings are typed; the field reads "Hộ tịch"
    return name[:1] + name[1:].lower() if name.isupper() else name


def check_rows(items: list[tuple[int, dict]], *, level: int, province) -> list[Row]:
    """Check every row and find the procedure it names in the catalogue the province
    keeps for `level` (by its code, else by its name)."""
    catalogue = Procedure.objects.filter(level=level).filter(
        Q(province=province) | Q(province__isnull=True)
    )
    by_code, by_name = {}, {}
    for pk, code, owner, name in catalogue.values_list("pk", "code", "province", "name"):
        # the province's own row wins over the national one of the same code or name
        if code and (code not in by_code or owner):
            by_code[code] = pk
        if fold(name) not in by_name or owner:
            by_name[fold(name)] = pk
    rows, seen = [], set()
    for number, data in items:
        row = Row(number=number)
        rows.append(row)
        if data.get("too_long"):
            row.errors.append(f"có ô dài quá {MAX_CELL:,} ký tự: hãy rút gọn".replace(",", "."))
            continue
        row.values = {k: data.get(k, "") for k in KEYS if k not in ("number", "status")}
        _check_code(row)
        if not row.values["field"]:
            row.errors.append("thiếu lĩnh vực (cột “Lĩnh vực” hoặc dòng “Lĩnh vực …” phía trên)")
        typed = data.get("status", "")
        row.status = _status(typed) if typed else data.get("heading_status", "")
        if typed and not row.status:
            row.errors.append(
                f"tình trạng “{typed[:40]}” không rõ: ghi mới ban hành, sửa đổi, bổ sung, "
                "bãi bỏ hoặc thay thế"
            )
        elif not row.status:
            row.status = ChangeStatus.NEW
        for key, value in row.values.items():
            limit = LENGTHS.get(key)
            if limit and len(value) > limit:
                label = str(Procedure._meta.get_field(key).verbose_name)
                row.errors.append(f"{label} dài quá {limit} ký tự")
        code = row.values["code"]
        row.procedure_id = by_code.get(code) if code else None
        row.procedure_id = row.procedure_id or by_name.get(fold(row.values["name"]))
        if row.status == ChangeStatus.ABOLISHED and row.procedure_id is None:
            row.errors.append("không có thủ tục này trong danh mục để bãi bỏ")
        key = code or fold(row.values["name"])
        if key in seen:
            row.errors.append("thủ tục này đã có ở một dòng phía trên")
        seen.add(key)
    return rows


def _check_code(row: Row) -> None:
    """The code column holds the national code, the full code, or nothing."""
    code = row.values.pop("code").replace(" ", "")
    row.values["code"] = row.values["full_code"] = ""
    if not code:
        return
    if FULL_CODE.match(code):
        row.values["code"], row.values["full_code"] = code[:8], code
    elif NATIONAL_CODE.match(code):
        row.values["code"] = code
    else:
        row.errors.append(
            f"mã “{code[:40]}” không đúng dạng: ví dụ 1.000894 hoặc 1.000894.000.00.00.H48"
        )


def template_xlsx() -> bytes:
    """An empty list in the columns Loa reads, with one example row."""
    return xlsx.table_xlsx(
        title="DANH MỤC THỦ TỤC HÀNH CHÍNH",
        subtitle=[
            "(Kèm theo Quyết định số …/QĐ-UBND ngày … của Chủ tịch UBND tỉnh …)",
            "Tình trạng: mới ban hành; sửa đổi, bổ sung; bãi bỏ; thay thế. "
            "Mã thủ tục: 1.000894 hoặc mã đầy đủ 1.000894.000.00.00.H48; để trống nếu chưa có.",
        ],
        columns=[xlsx.Column(title, width) for _key, title, width, _words in COLUMNS],
        rows=[
            [
                "1",
                "",
                "Đăng ký khai sinh",
                "Hộ tịch",
                "UBND cấp xã",
                "Ngay trong ngày làm việc",
                "Miễn lệ phí khi đăng ký đúng hạn",
                "Luật Hộ tịch số 60/2014/QH13",
                "Mới ban hành",
            ]
        ],
        sheet_name="Danh mục TTHC",
        autofilter=False,
    )
