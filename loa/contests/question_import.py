"""The question bank from a spreadsheet: columns Câu hỏi, A, B, C, D, Đáp án (a letter),
read through the one bounded reader (loa/core/xlsx.bounded_rows, ADR 16). All or nothing:
a row that is wrong names itself and nothing is added."""

from django.core.exceptions import ValidationError
from django.db import transaction

from loa.core import uploads, xlsx
from loa.core.text import fold

from . import services
from .models import Contest, Question

MB = 1024 * 1024
MAX_ROWS = 1000
COLUMNS = 6
HEADER_SEARCH = 10
HEADERS = {"cau hoi": 0, "a": 1, "b": 2, "c": 3, "d": 4, "dap an": 5}
READ_LIMITS = xlsx.ReadLimits(
    max_bytes=5 * MB,
    data_rows=MAX_ROWS,
    columns=COLUMNS + 4,
    zip=uploads.ZipLimits(
        members=500,
        total=40 * MB,
        member=16 * MB,
        ratio=200,
        xml=4 * MB,
        large_xml=r"^xl/(worksheets/[^/]+|sharedStrings)\.xml$",
    ),
    sheet=uploads.SheetLimits(rows=5_000, columns=40, cells=(MAX_ROWS + 20) * 40, elements=200_000),
    extra_rows=HEADER_SEARCH,
)


def _text(value) -> str:
    return "" if value is None else " ".join(str(value).split())


def _header(row) -> dict[int, int] | None:
    """Where each column is, by its heading, or None if the row is not the header."""
    found = {}
    for i, cell in enumerate(row):
        key = fold(_text(cell))
        if key in HEADERS:
            found[HEADERS[key]] = i
    return found if len(found) == len(HEADERS) else None


def parsed(upload) -> list[tuple[str, list[str], int]]:
    """(question, options A–D, index of the right one among the filled) for each row."""
    rows = xlsx.bounded_rows(upload, READ_LIMITS)
    at, where = next(
        ((i, m) for i, r in enumerate(rows[:HEADER_SEARCH]) if (m := _header(r))), (-1, {})
    )
    if at < 0:
        raise ValidationError(
            "Không tìm thấy dòng tiêu đề với các cột Câu hỏi, A, B, C, D, Đáp án trong 10 dòng "
            "đầu của trang tính thứ nhất."
        )
    questions, errors = [], []
    for n, row in enumerate(rows[at + 1 :], start=at + 2):
        cells = [_text(row[where[k]]) if where[k] < len(row) else "" for k in range(COLUMNS)]
        if not any(cells):
            continue
        text, options, letter = cells[0], cells[1:5], cells[5].upper().rstrip(".")
        filled = [(x, o) for x, o in zip("ABCD", options, strict=True) if o]
        if not text:
            errors.append(f"Dòng {n}: thiếu nội dung câu hỏi.")
        elif len(text) > 1000 or any(len(o) > 500 for _, o in filled):
            errors.append(f"Dòng {n}: câu hỏi quá 1.000 ký tự hoặc phương án quá 500 ký tự.")
        elif len(filled) < 2:
            errors.append(f"Dòng {n}: cần ít nhất hai phương án trả lời.")
        elif letter not in [x for x, _ in filled]:
            errors.append(
                f"Dòng {n}: đáp án “{cells[5][:10]}” không phải một phương án đã nhập (A, B, C "
                "hoặc D)."
            )
        else:
            right = [x for x, _ in filled].index(letter)
            questions.append((text, [o for _, o in filled], right))
    if len(rows) > MAX_ROWS + at + 1:
        errors.append(f"Tệp có hơn {MAX_ROWS} câu hỏi; vui lòng chia thành nhiều tệp.")
    if errors:
        raise ValidationError(errors[:20])
    if not questions:
        raise ValidationError("Tệp không có câu hỏi nào dưới dòng tiêu đề.")
    return questions


@transaction.atomic
def questions_import(*, contest: Contest, upload, by) -> int:
    """Add every question of the file to the bank; how many were added."""
    rows = parsed(upload)
    for text, options, right in rows:
        services.question_save(
            question=Question(contest=contest, text=text), options=options, correct=right, by=by
        )
    return len(rows)
