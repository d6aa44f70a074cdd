"""Bulk import of activities from Loa's own Excel template: every row is checked and its
problems are named in Vietnamese; nothing is saved from a file with errors unless the user
chooses to save the valid rows; a row already imported is recognised and skipped."""

import datetime
import hashlib
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from loa.plans.models import Channel, ReformArea

from .models import Activity

# (header, column width, hint printed under the header in the template)
COLUMNS = [
    ("Ngày thực hiện", 14, "ngày/tháng/năm, ví dụ 05/03/2025; không sau hôm nay"),
    ("Hình thức", 34, "chọn trong danh sách"),
    ("Tên hoạt động", 48, "bắt buộc"),
    ("Số lượng", 10, "số nguyên ≥ 0, theo đơn vị tính của hình thức"),
    ("Số lượt người tham dự", 12, "để trống nếu không có"),
    ("Bộ phận thực hiện", 28, "chọn trong danh sách hoặc để trống"),
    ("Lĩnh vực", 30, "tên lĩnh vực, nhiều lĩnh vực cách nhau bằng dấu ;"),
    ("Đường dẫn", 30, "http://… (nếu có)"),
    ("Địa điểm", 20, ""),
    ("Mô tả", 40, ""),
]
HEADERS = [c[0] for c in COLUMNS]
MAX_ROWS = 2000
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class Row:
    number: int  # the row number as Excel shows it
    values: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    key: str = ""
    duplicate: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.duplicate


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _date(value, today):
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        day = value
    else:
        text = _text(value)
        for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%y"):
            try:
                day = datetime.datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"ngày “{text}” không đúng dạng ngày/tháng/năm")
    if day > today:
        raise ValueError(f"ngày {day:%d/%m/%Y} là ngày trong tương lai")
    return day


def _count(value, label: str, required: bool):
    text = _text(value)
    if not text:
        if required:
            raise ValueError(f"thiếu {label}")
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError as error:
        raise ValueError(f"{label} “{text}” không phải là số") from error
    if not number.is_integer():
        raise ValueError(f"{label} phải là số nguyên")
    if number < 0:
        raise ValueError(f"{label} không được âm")
    return int(number)


def read_rows(upload, *, unit, today: datetime.date) -> list[Row]:
    """Parse and check every row; raise ValidationError if the file itself is wrong."""
    import openpyxl

    if upload.size > MAX_BYTES:
        raise ValidationError("Tệp Excel quá lớn (tối đa 5 MB).")
    head = upload.read(4)
    upload.seek(0)
    if head != b"PK\x03\x04":
        raise ValidationError(
            "Tệp không phải bảng tính Excel (.xlsx). Vui lòng dùng mẫu tải từ Loa."
        )
    try:
        book = openpyxl.load_workbook(upload, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ValidationError(
            "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx."
        ) from error
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True, max_col=len(HEADERS), max_row=MAX_ROWS + 2))
    if not rows:
        raise ValidationError("Tệp Excel trống.")
    headers = [_text(v) for v in rows[0][: len(HEADERS)]]
    if headers != HEADERS:
        missing = [h for h in HEADERS if h not in headers]
        extra = [h for h in headers if h and h not in HEADERS]
        detail = []
        if missing:
            detail.append("thiếu cột " + ", ".join(f"“{h}”" for h in missing))
        if extra:
            detail.append("có cột lạ " + ", ".join(f"“{h}”" for h in extra))
        if not detail:
            detail.append("các cột không đúng thứ tự")
        raise ValidationError(
            f"Tệp không đúng mẫu của Loa: {'; '.join(detail)}. Vui lòng "
            "tải mẫu mới và chép dữ liệu vào."
        )
    channels = {c.name.lower(): c for c in Channel.objects.all()}
    channels.update({c.code: c for c in Channel.objects.all()})
    offices = {o.name.lower(): o for o in unit.offices.all()}
    areas = {a.name.lower(): a for a in ReformArea.objects.all()}

    parsed = []
    start = 2 if len(rows) > 1 and _text(rows[1][0]).startswith("ngày/tháng") else 1
    for index, raw in enumerate(rows[start:], start=start + 1):
        raw = list(raw) + [None] * (len(HEADERS) - len(raw))
        if not any(_text(v) for v in raw[: len(HEADERS)]):
            continue
        if len(parsed) >= MAX_ROWS:
            raise ValidationError(f"Tệp có hơn {MAX_ROWS} dòng: vui lòng chia thành nhiều tệp.")
        row = Row(number=index)
        date_v, channel_v, title_v, qty_v, people_v, office_v, areas_v, link_v, place_v, desc_v = (
            raw[: len(HEADERS)]
        )
        try:
            row.values["started_on"] = (
                _date(date_v, today) if _text(date_v) or isinstance(date_v, datetime.date) else None
            )
            if row.values["started_on"] is None:
                row.errors.append("thiếu ngày thực hiện")
        except ValueError as error:
            row.errors.append(str(error))
        channel = channels.get(_text(channel_v).lower())
        if channel is None:
            row.errors.append(
                f"hình thức “{_text(channel_v)}” không có trong danh mục"
                if _text(channel_v)
                else "thiếu hình thức"
            )
        row.values["channel"] = channel
        row.values["title"] = _text(title_v)[:300]
        if not row.values["title"]:
            row.errors.append("thiếu tên hoạt động")
        for key, value, label, required in (
            ("quantity", qty_v, "số lượng", True),
            ("participants", people_v, "số người", False),
        ):
            try:
                row.values[key] = _count(value, label, required)
            except ValueError as error:
                row.errors.append(str(error))
        office_name = _text(office_v)
        row.values["office"] = offices.get(office_name.lower()) if office_name else None
        if office_name and row.values["office"] is None:
            row.errors.append(f"bộ phận “{office_name}” không có trong đơn vị")
        row.values["areas"] = []
        for name in filter(None, (_text(a) for a in _text(areas_v).split(";"))):
            area = areas.get(name.lower())
            if area is None:
                row.errors.append(f"lĩnh vực “{name}” không có trong danh mục")
            else:
                row.values["areas"].append(area)
        link = _text(link_v)
        if link and not link.startswith(("http://", "https://")):
            row.errors.append("đường dẫn phải bắt đầu bằng http:// hoặc https://")
        row.values.update(link=link, location=_text(place_v)[:200], description=_text(desc_v))
        if not row.errors:
            row.key = row_key(unit, row.values)
        parsed.append(row)
    if not parsed:
        raise ValidationError("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.")
    known = set(
        Activity.objects.filter(
            unit=unit, import_key__in=[r.key for r in parsed if r.key]
        ).values_list("import_key", flat=True)
    )
    seen = set()
    for row in parsed:
        if row.key and (row.key in known or row.key in seen):
            row.duplicate = True
        seen.add(row.key)
    return parsed


def row_key(unit, values: dict) -> str:
    parts = [
        str(unit.pk),
        f"{values['started_on']:%Y-%m-%d}",
        str(values["channel"].pk),
        values["title"].lower(),
        str(values["quantity"]),
        str(values["participants"]),
        str(values["office"].pk if values["office"] else ""),
        values["link"],
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def rows_save(*, rows: list[Row], unit, by) -> int:
    """Save the valid, new rows; return how many were saved."""
    saved = 0
    with transaction.atomic():
        for row in rows:
            if not row.ok:
                continue
            values = dict(row.values)
            areas = values.pop("areas")
            try:
                with transaction.atomic():
                    activity = Activity.objects.create(
                        unit=unit, created_by=by, import_key=row.key, **values
                    )
            except IntegrityError:  # imported meanwhile by a colleague
                continue
            activity.reform_areas.set(areas)
            saved += 1
    return saved
