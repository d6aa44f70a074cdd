"""One writer for every table Loa exports to Excel: a title, optional subtitle lines, a
header row and the rows, laid out the same way for all (Times New Roman, bordered cells,
header repeated on each printed page, landscape A4 fitted to the page width).

    table_xlsx(
        title="Hoạt động tuyên truyền CCHC",
        columns=[Column("STT", 5, NUMBER), Column("Tên hoạt động", 50)],
        rows=[[1, "Treo băng rôn"]],
    )  # -> the bytes of an .xlsx file

and one bounded reader for every workbook Loa takes in (`bounded_rows`, ADR 16).
"""

import datetime
import io
import math
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
import xlsxwriter
from django.core.exceptions import ValidationError

from . import uploads

TEXT, NUMBER, DATE = "text", "number", "date"
FONT = "Times New Roman"
# A cell starting with one of these is a formula to spreadsheet programs (and to whoever
# re-saves the file as CSV): such text is marked as text, never run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 14  # in characters, as Excel counts them
    kind: str = TEXT  # TEXT, NUMBER or DATE
    total: bool = False  # summed in the total row, if there is one


def table_xlsx(
    *,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence],
    subtitle: Sequence[str] = (),
    sheet_name: str = "Bảng",
    total_label: str | None = None,
    autofilter: bool = True,
    heading: str = "",
) -> bytes:
    """The workbook as bytes. Cells of a NUMBER column take int, float or Decimal (anything
    else is written as text, e.g. “—”); a DATE column takes dates; None and "" leave the
    cell empty. With `total_label`, a last row sums the columns marked `total`. `heading`
    is a bold line above the title ("Phụ lục", as an appendix is headed)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    styles = _Styles(book)
    sheet = book.add_worksheet(_sheet_name(sheet_name))
    last_col = len(columns) - 1
    full_width = sum(c.width for c in columns)

    row = 0
    block = [(heading, styles.title)] if heading else []
    block += [(title, styles.title)] + [(line, styles.subtitle) for line in subtitle]
    for text, style in block:
        _merged(sheet, row, last_col, text, style)
        # Excel does not grow a merged row by itself: give a long line the room it needs
        size = 14 if style is styles.title else 12
        lines = max(1, math.ceil(len(text) * 1.1 / max(full_width, 1)))
        sheet.set_row(row, lines * size * 1.4)
        row += 1
    row += 1  # one empty line between the title block and the table

    header = row
    for col, column in enumerate(columns):
        sheet.write_string(header, col, column.title, styles.header)
        sheet.set_column(col, col, column.width)
    sums = [0] * len(columns)
    for values in rows:
        row += 1
        for col, column in enumerate(columns):
            value = values[col] if col < len(values) else None
            _cell(sheet, row, col, column.kind, value, styles)
            if column.total and _is_number(value):
                sums[col] += value
    if total_label is not None:
        row += 1
        # the label spans the columns before the first summed one
        span = next((i for i, c in enumerate(columns) if c.total), len(columns)) - 1
        if span > 0:
            sheet.merge_range(row, 0, row, span, "", styles.total_text)
        sheet.write_string(row, 0, total_label, styles.total_text)
        for col in range(max(span, 0) + 1, len(columns)):
            if columns[col].total:
                _number(sheet, row, col, sums[col], styles.total_number, styles.total_decimal)
            else:
                sheet.write_blank(row, col, None, styles.total_text)

    sheet.freeze_panes(header + 1, 0)
    if autofilter and row > header:
        sheet.autofilter(header, 0, row if total_label is None else row - 1, last_col)
    sheet.repeat_rows(header)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # as wide as the page, as many pages down as needed
    sheet.set_margins(left=0.6, right=0.4, top=0.6, bottom=0.6)
    sheet.set_footer("&CTrang &P/&N")
    book.close()
    return buffer.getvalue()


class _Styles:
    def __init__(self, book):
        def style(**properties):
            return book.add_format({"font_name": FONT, "font_size": 12, **cell, **properties})

        cell = {"border": 1, "valign": "top", "text_wrap": True}  # a cell of the table
        above = {"border": 0, "align": "center", "valign": "vcenter"}  # the title block
        self.title = style(**above, bold=True, font_size=14)
        self.subtitle = style(**above, italic=True)
        self.header = style(bold=True, align="center", valign="vcenter")
        self.text = style()
        self.formula_like = style(quote_prefix=True)
        self.number = style(num_format="#,##0")
        self.decimal = style(num_format="#,##0.0##")
        self.date = style(num_format="dd/mm/yyyy", align="center")
        self.total_text = style(bold=True)
        self.total_number = style(bold=True, num_format="#,##0")
        self.total_decimal = style(bold=True, num_format="#,##0.0##")


def _merged(sheet, row: int, last_col: int, text: str, style) -> None:
    if last_col > 0:
        sheet.merge_range(row, 0, row, last_col, "", style)
    _text(sheet, row, 0, text, style, style)


def _is_number(value) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return False
    return isinstance(value, int) or math.isfinite(value)


def _cell(sheet, row: int, col: int, kind: str, value, styles: _Styles) -> None:
    if value is None or value == "":
        # an empty cell stays empty: bordered, with nothing in it
        sheet.write_blank(row, col, None, styles.text)
    elif kind == NUMBER and _is_number(value):
        _number(sheet, row, col, value, styles.number, styles.decimal)
    elif kind == DATE and isinstance(value, datetime.date):
        if not isinstance(value, datetime.datetime):
            value = datetime.datetime.combine(value, datetime.time.min)
        sheet.write_datetime(row, col, value, styles.date)
    else:
        _text(sheet, row, col, str(value), styles.text, styles.formula_like)


def _number(sheet, row: int, col: int, value, whole_style, decimal_style) -> None:
    whole = isinstance(value, int) or value == int(value)
    if isinstance(value, Decimal):
        value = float(value)
    sheet.write_number(row, col, value, whole_style if whole else decimal_style)


def _text(sheet, row: int, col: int, text: str, style, formula_like) -> None:
    # write_string always stores text; the quote prefix keeps it text when edited or re-saved
    sheet.write_string(row, col, text, formula_like if text.startswith(FORMULA_STARTS) else style)


def _sheet_name(name: str) -> str:
    # Excel's limits on a sheet's name: 31 characters, none of []:*?/\
    for char in "[]:*?/\\":
        name = name.replace(char, " ")
    return name.strip()[:31] or "Bảng"


# Reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadLimits:
    """How much of an uploaded workbook one request may read (ADR 16): the file's size,
    the rows and columns taken from its first sheet, the zip and sheet bounds checked
    before openpyxl opens it."""

    max_bytes: int
    data_rows: int  # rows of data the caller takes; the message names this bound
    columns: int  # cells read from each row: the expected sheet's columns
    zip: uploads.ZipLimits
    sheet: uploads.SheetLimits  # its `columns` is how wide a row may be at all
    extra_rows: int = 3  # the header and lines above or under it, read beyond data_rows

    @property
    def rows(self) -> int:
        return self.data_rows + self.extra_rows


def bounded_rows(upload, limits: ReadLimits) -> list[tuple]:
    """The first sheet's rows (values only, at most `limits.rows` of `limits.columns`
    cells), read with bounded memory and time: a hostile file is refused before it costs
    either. Raise ValidationError, in Vietnamese, if the file itself is wrong."""
    mb = limits.max_bytes // (1024 * 1024)
    if upload.size > limits.max_bytes:
        raise ValidationError(f"Tệp Excel quá lớn (tối đa {mb} MB).")
    head = upload.read(4)
    upload.seek(0)
    if head != b"PK\x03\x04":
        raise ValidationError(
            "Tệp không phải bảng tính Excel (.xlsx). Vui lòng dùng mẫu tải từ Loa."
        )
    name = uploads.safe_name(upload.name, "xlsx")
    broken = ValidationError(
        "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx."
    )
    rows_text = f"{limits.data_rows:,}".replace(",", ".")
    wide = limits.sheet.columns
    archive = uploads.zip_check(upload, name=name, kind="xlsx", limits=limits.zip)
    try:
        uploads.xlsx_scan(archive, limits.sheet)
    except uploads.SheetTooWide as error:
        raise ValidationError(
            f"Dòng {error.row} của tệp Excel có hơn {wide} cột: tệp mẫu chỉ có "
            f"{limits.columns} cột. Vui lòng xóa các cột thừa rồi tải lên lại."
        ) from error
    except uploads.SheetTooDense as error:
        raise ValidationError(
            f"Tệp Excel có quá nhiều ô: Loa đọc tối đa {rows_text} dòng, mỗi dòng tối đa "
            f"{wide} cột. Vui lòng xóa các dòng, cột thừa hoặc chia thành nhiều tệp."
        ) from error
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise broken from error
    finally:
        archive.close()
    upload.seek(0)
    try:
        book = openpyxl.load_workbook(upload, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise broken from error
    try:
        rows = []
        # however the file numbers its rows, never more than the bound
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True, max_col=limits.columns, max_row=limits.rows):
            rows.append(row)
            if len(rows) >= limits.rows:
                break
    except (IndexError, KeyError, ValueError, TypeError, OverflowError, zipfile.BadZipFile) as e:
        raise broken from e  # a cell openpyxl cannot read (a date of the year 10000…)
    finally:
        book.close()
    if not rows:
        raise ValidationError("Tệp Excel trống.")
    return rows
