"""Bulk import of activities from Loa's own Excel template: every row goes through the
activity page's own form (ActivityForm), so a row is accepted exactly when the page would
accept it, and its problems are named in Vietnamese; nothing is saved from a file with
errors unless the user chooses to save the valid rows; a row already imported is
recognised and skipped. A row may name the task of the unit's plan in force that it
serves, as the template lists it ("2026 – 3. Chuyên mục …") or by its code ("2026-3"); a
file from the template before the task column is still read."""

import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone

from loa.core import uploads, xlsx
from loa.plans.queries import plans_in_force

from .forms import ActivityForm
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
    (
        "Nhiệm vụ",
        48,
        "nhiệm vụ trong kế hoạch của năm thực hiện: chọn trong danh sách hoặc để trống",
    ),
]
HEADERS = [c[0] for c in COLUMNS]
# the template before the task column: still read, its rows serve no task
HEADERS_WITHOUT_TASK = HEADERS[:-1]
MAX_ROWS = 2000
ROWS_TEXT = f"{MAX_ROWS:,}".replace(",", ".")  # 2.000, as Vietnamese writes it
MAX_COLUMNS = 30  # cells a row may hold (the template has 11): more is not our template
MAX_CELL = 10_000  # characters in one cell: above any field, checked before any splitting
MAX_BYTES = 5 * 1024 * 1024
MB = 1024 * 1024
# A workbook of 2,000 rows of the template is well under 5 MB once uncompressed; these
# bounds leave room for pasted pictures and formatting, not for a bomb (ADR 16).
XLSX_LIMITS = uploads.ZipLimits(
    members=500,
    total=40 * MB,
    member=16 * MB,
    ratio=200,
    xml=4 * MB,
    large_xml=r"^xl/(worksheets/[^/]+|sharedStrings)\.xml$",
)
SHEET_LIMITS = uploads.SheetLimits(
    rows=10_000,  # empty, formatted rows after the data are common
    columns=MAX_COLUMNS,
    cells=(MAX_ROWS + 2) * MAX_COLUMNS,
    elements=300_000,  # every part: a full template is about 60,000
)
# at most the header, the template's hint and MAX_ROWS rows, as wide as the template
READ_LIMITS = xlsx.ReadLimits(
    max_bytes=MAX_BYTES,
    data_rows=MAX_ROWS,
    columns=len(COLUMNS),
    zip=XLSX_LIMITS,
    sheet=SHEET_LIMITS,
)


# the ActivityForm field each column fills, in the template's order
FIELDS = [
    "started_on",
    "channel",
    "title",
    "quantity",
    "participants",
    "office",
    "reform_areas",
    "link",
    "location",
    "description",
    "task",
]
# dates typed as text: day first, as Vietnamese writes them
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y"]
THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")  # 1.000.000
TASK_CODE = re.compile(r"^(\d{4})\s*[–-]\s*(\d+)$")  # 2026-3, 2026 – 3


@dataclass
class Row:
    number: int  # the row number as Excel shows it
    values: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    key: str = ""
    duplicate: bool = False
    activity: Activity | None = None  # the form's unsaved instance, for a valid row
    data: dict = field(default_factory=dict)  # what the sheet said, as the form's data

    @property
    def ok(self) -> bool:
        return not self.errors and not self.duplicate


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # never split more than a cell may hold: a cell of millions of characters is refused
    # by the caller, not worked through here
    return unicodedata.normalize("NFC", " ".join(str(value)[: MAX_CELL + 1].split()))


def _key(text: str) -> str:
    return _text(text).casefold()


class NamedChoiceField(forms.ModelChoiceField):
    """The page's choice of one catalogue item, named as the template lists it (any case),
    or by its code: the items, the rule that one must be chosen and the messages are the
    page field's own."""

    def __init__(self, *args, codes: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.codes = codes
        self.known: dict[str, object] | None = None

    @classmethod
    def like(cls, field: forms.ModelChoiceField, message: str, **kwargs):
        return cls(
            queryset=field.queryset,
            required=field.required,
            label=field.label,
            error_messages={**field.error_messages, "invalid_choice": message},
            **kwargs,
        )

    def lookup(self) -> dict[str, object]:
        if self.known is None:
            self.known = {}
            for item in self.queryset:
                self.known[_key(item.name)] = item
                if self.codes:
                    self.known.setdefault(item.code, item)
        return self.known

    def find(self, name: str):
        item = self.lookup().get(_key(name))
        if item is None:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": name}
            )
        return item

    def to_python(self, value):
        return None if value in self.empty_values else self.find(_text(value))


class NamedMultipleChoiceField(NamedChoiceField):
    """Several items, named and separated by “;”."""

    def clean(self, value):
        names = [n for n in (_text(n) for n in str(value or "").split(";")) if n]
        if not names and self.required:
            raise ValidationError(self.error_messages["required"], code="required")
        found, errors = [], []
        for name in names:
            try:
                found.append(self.find(name))
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        return found


def import_tasks(unit) -> list[tuple[str, str, object]]:
    """(label, code, task) for every task of the unit's plans in force, one plan a year
    (the latest issued), newest year first, numbered as the plan's appendix numbers them:
    ("2026 – 3. Chuyên mục CCHC trên đài truyền thanh xã", "2026-3", task)."""
    out, years = [], set()
    for plan in plans_in_force(unit=unit).order_by("-year", "-issued_on", "-pk"):
        if plan.year in years:
            continue
        years.add(plan.year)
        for number, task in enumerate(plan.tasks.all(), start=1):
            task.plan = plan  # every row's check reads the task's year
            content = _text(task.content)
            if len(content) > 90:
                content = content[:89].rstrip() + "…"
            out.append((f"{plan.year} – {number}. {content}", f"{plan.year}-{number}", task))
    return out


class TaskChoiceField(NamedChoiceField):
    """A task of the unit's plans in force, named by its label in the template's list, by
    its code ("2026-3") or by its whole content."""

    def __init__(self, *args, unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.unit = unit

    def lookup(self) -> dict[str, object]:
        if self.known is None:
            self.known = {}
            contents: dict[str, list] = {}
            for label, code, task in import_tasks(self.unit):
                self.known[_key(label)] = task
                self.known[_key(code)] = task
                contents.setdefault(_key(task.content), []).append(task)
            for content, tasks in contents.items():
                if len(tasks) == 1:  # a content two years share names neither
                    self.known.setdefault(content, tasks[0])
        return self.known

    def find(self, name: str):
        code = TASK_CODE.match(name)
        return super().find(f"{code[1]}-{code[2]}" if code else name)


class ActivityImportForm(ActivityForm):
    """ActivityForm, fed with one row of the template: the template's fields, each with the
    page's rules and messages; only the way a value is read differs (names for the
    catalogues, dates day first)."""

    files = None  # no evidence files in a spreadsheet

    class Meta(ActivityForm.Meta):
        fields = FIELDS

    def __init__(self, *args, known: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started_on"].input_formats = DATE_FORMATS
        fields = self.fields
        fields["channel"] = NamedChoiceField.like(
            fields["channel"], "Hình thức “%(value)s” không có trong danh mục.", codes=True
        )
        fields["office"] = NamedChoiceField.like(
            fields["office"], "Bộ phận “%(value)s” không có trong đơn vị."
        )
        fields["reform_areas"] = NamedMultipleChoiceField.like(
            fields["reform_areas"], "Lĩnh vực “%(value)s” không có trong danh mục."
        )
        fields["task"] = TaskChoiceField(
            queryset=fields["task"].queryset.none(),
            required=False,
            label=fields["task"].label,
            error_messages={
                "invalid_choice": "Nhiệm vụ “%(value)s” không có trong kế hoạch đang thực hiện "
                "của đơn vị: chọn trong danh sách của tệp mẫu mới tải"
            },
            unit=self.unit,
        )
        for name, lookup in (known or {}).items():
            fields[name].known = lookup

    def known(self) -> dict:
        """The catalogues as this form reads them: built once, shared by a file's rows."""
        return {
            name: self.fields[name].lookup()
            for name in ("channel", "office", "reform_areas", "task")
        }

    def clean(self):
        data = super().clean()
        task, day = data.get("task"), data.get("started_on")
        if task is not None and day is not None and task.plan.year != day.year:
            self.add_error(
                "task",
                f"Nhiệm vụ “{_text(task.content)[:60]}” thuộc kế hoạch năm {task.plan.year}, "
                f"còn ngày thực hiện {day:%d/%m/%Y} thuộc năm {day.year}.",
            )
        return data


def _data(raw) -> dict:
    """One row of the sheet as the form's data: text only (a date cell as its ISO date),
    so that it can be kept for the confirm step as it is."""
    data = {name: _text(value) for name, value in zip(FIELDS, raw, strict=True)}
    started_on = raw[0]
    if isinstance(started_on, datetime.datetime):
        started_on = started_on.date()
    if isinstance(started_on, datetime.date):  # a date cell
        data["started_on"] = started_on.isoformat()
    for index in (3, 4):  # quantity, participants
        value = raw[index]
        if isinstance(value, float) and not value.is_integer():
            data[FIELDS[index]] = str(value)  # 2.5: refused as not whole
        elif THOUSANDS.match(data[FIELDS[index]]):
            data[FIELDS[index]] = data[FIELDS[index]].replace(".", "")
    description = raw[9]
    data["description"] = "" if description is None else str(description).strip()
    return data


def _phrase(message: str) -> str:
    # the form's sentences, as items of the row's list of problems
    message = message.strip().rstrip(".")
    return message[:1].lower() + message[1:]


def read_rows(upload, *, unit) -> list[Row]:
    """Parse and check every row; raise ValidationError if the file itself is wrong."""
    return check_rows(read_sheet(upload), unit=unit)


def read_sheet(upload) -> list[tuple[int, dict | None]]:
    """(row number, the row as the form's data) for every row with something in it, or
    None for a row with a cell longer than MAX_CELL; within the bounds of ADR 16, so that a
    hostile file is refused before it costs memory or time. Raise ValidationError if the
    file itself is wrong."""
    return _rows_of(xlsx.bounded_rows(upload, READ_LIMITS))


def _rows_of(rows: list[tuple]) -> list[tuple[int, dict | None]]:
    headers = [_text(v) for v in rows[0][: len(HEADERS)]]
    if headers[: len(HEADERS_WITHOUT_TASK)] == HEADERS_WITHOUT_TASK and not any(
        headers[len(HEADERS_WITHOUT_TASK) :]
    ):
        # a file from the template before the task column: its rows name no task
        rows = [tuple(r[: len(HEADERS_WITHOUT_TASK)]) for r in rows]
        headers = HEADERS
    if headers != HEADERS:
        missing = [h for h in HEADERS if h not in headers]
        extra = [h for h in headers if h and h not in HEADERS]
        detail = []
        if missing:
            detail.append("thiếu cột " + ", ".join(f"“{h}”" for h in missing))
        if extra:
            detail.append("có cột lạ " + ", ".join(f"“{h[:60]}”" for h in extra))
        if not detail:
            detail.append("các cột không đúng thứ tự")
        raise ValidationError(
            f"Tệp không đúng mẫu của Loa: {'; '.join(detail)}. Vui lòng "
            "tải mẫu mới và chép dữ liệu vào."
        )
    out = []
    start = 2 if len(rows) > 1 and _text(rows[1][0]).startswith("ngày/tháng") else 1
    for index, raw in enumerate(rows[start:], start=start + 1):
        raw = (list(raw) + [None] * len(HEADERS))[: len(HEADERS)]
        if not any(_text(v) for v in raw):
            continue
        if len(out) >= MAX_ROWS:
            raise ValidationError(f"Tệp có hơn {ROWS_TEXT} dòng: vui lòng chia thành nhiều tệp.")
        long = any(isinstance(v, str) and len(v) > MAX_CELL for v in raw)
        out.append((index, None if long else _data(raw)))
    if not out:
        raise ValidationError("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.")
    return out


def check_rows(items: list[tuple[int, dict | None]], *, unit) -> list[Row]:
    """Check each row (number, data) through the activity form and against what the unit
    has already imported: for the preview, and again, from the kept rows, on confirm."""
    known = ActivityImportForm(unit=unit).known()
    parsed = []
    for index, data in items:
        row = Row(number=index, data=data or {})
        if data is None:
            row.errors.append(
                f"có ô dài quá {MAX_CELL:,} ký tự: vui lòng rút gọn".replace(",", ".")
            )
            parsed.append(row)
            continue
        form = ActivityImportForm(data, unit=unit, known=known)
        if form.is_valid():
            # keep what saving needs, not the form: 2,000 forms would weigh on memory
            row.values, row.activity = form.cleaned_data, form.instance
            row.key = row_key(unit, row.values)
        else:
            row.values = {**data, **form.cleaned_data}
            for name in [*FIELDS, *(f for f in form.errors if f not in FIELDS)]:
                row.errors.extend(_phrase(message) for message in form.errors.get(name, []))
        parsed.append(row)
    imported = set(
        Activity.objects.filter(
            unit=unit, import_key__in=[r.key for r in parsed if r.key]
        ).values_list("import_key", flat=True)
    )
    seen = set()
    for row in parsed:
        if row.key and (row.key in imported or row.key in seen):
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
            # what ActivityForm.save() does, from the instance the form has built and checked
            activity = row.activity
            activity.unit, activity.created_by, activity.import_key = unit, by, row.key
            try:
                with transaction.atomic():
                    activity.save()
            except IntegrityError:  # imported meanwhile by a colleague
                continue
            activity.reform_areas.set(row.values["reform_areas"])
            saved += 1
    return saved


PENDING_DIR = "nhap-tam"  # the rows of an upload, kept until the user confirms or leaves


def pending_imports_remove(*, older_than=datetime.timedelta(days=1)) -> int:
    """Remove what uploads left in PENDING_DIR and nobody confirmed within `older_than`
    (run by the daily `send_reminders`); return how many files were removed."""
    try:
        _, names = default_storage.listdir(PENDING_DIR)
    except FileNotFoundError:
        return 0
    limit = timezone.now() - older_than
    removed = 0
    for name in names:
        path = f"{PENDING_DIR}/{name}"
        try:
            if default_storage.get_modified_time(path) < limit:
                default_storage.delete(path)
                removed += 1
        except FileNotFoundError:  # confirmed meanwhile
            continue
    return removed
