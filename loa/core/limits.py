"""How much text one field of an official document may hold, and how many items a plan
(issue #10, finding 4).

A real plan section is at most a few thousand words; the longest in the demo has 2,411
characters in 9 paragraphs. The limits are twenty times that and more, so no official meets
them, and they bound what one request may make the server print: 50,000 characters (about
10,000 words) and 1,000 paragraphs per text field; per plan 5,000 paragraphs (the size
`make bench` renders), 500 tasks, 200 targets and 50 reporting lines. They are checked by
the forms (the text typed comes back with the message, nothing is lost) and by the services
that put together text from elsewhere. No `maxlength` on the textarea: a browser would cut
a pasted text silently."""

from django.core.exceptions import ValidationError

TEXT_MAX_CHARS = 50_000
TEXT_MAX_PARAGRAPHS = 1_000
PLAN_MAX_PARAGRAPHS = 5_000
# Each task is a row of the plan's appendix table, the slowest part to print; real plans
# have a few dozen.
PLAN_MAX_TASKS = 500
PLAN_MAX_TARGETS = 200  # each a paragraph of the plan; real plans have about ten
PLAN_MAX_REPORTING_RULES = 50


def vn_number(n: int) -> str:
    """ "50.000", as Vietnamese writes thousands."""
    return f"{n:,}".replace(",", ".")


def paragraph_count(text: str) -> int:
    """Non-empty lines: each becomes a paragraph of the document."""
    return sum(1 for line in (text or "").splitlines() if line.strip())


def text_refusal(text: str, *, paragraphs: bool = True) -> str:
    """Why `text` is too long for one field, or ""."""
    text = text or ""
    if len(text) > TEXT_MAX_CHARS:
        return (
            f"Nội dung dài {vn_number(len(text))} ký tự, quá giới hạn "
            f"{vn_number(TEXT_MAX_CHARS)} ký tự của một ô. Vui lòng rút gọn hoặc chia thành "
            "nhiều mục; nội dung bạn nhập vẫn được giữ dưới đây."
        )
    count = paragraph_count(text) if paragraphs else 0
    if count > TEXT_MAX_PARAGRAPHS:
        return (
            f"Nội dung có {vn_number(count)} đoạn, quá giới hạn "
            f"{vn_number(TEXT_MAX_PARAGRAPHS)} đoạn của một ô. Vui lòng gộp bớt hoặc chia "
            "thành nhiều mục; nội dung bạn nhập vẫn được giữ dưới đây."
        )
    return ""


def check_text(text: str, *, paragraphs: bool = True) -> None:
    """Raise a Vietnamese ValidationError when `text` is over a limit."""
    refusal = text_refusal(text, paragraphs=paragraphs)
    if refusal:
        raise ValidationError(refusal, code="too_long")


def limit_text(*fields, paragraphs: bool = True) -> None:
    """Add the limit to form fields (after their own checks; no `maxlength` attribute)."""
    for field in fields:
        field.validators.append(lambda value: check_text(value, paragraphs=paragraphs))


def plan_paragraphs_refusal(total: int) -> str:
    if total <= PLAN_MAX_PARAGRAPHS:
        return ""
    return (
        f"Kế hoạch sẽ có {vn_number(total)} đoạn, quá giới hạn "
        f"{vn_number(PLAN_MAX_PARAGRAPHS)} đoạn của một kế hoạch. Vui lòng rút gọn nội dung; "
        "nội dung bạn nhập vẫn được giữ dưới đây."
    )


def plan_items_refusal(total: int, limit: int, noun: str) -> str:
    """Why a plan cannot take its `total`-th item of a kind ("nhiệm vụ"), or ""."""
    if total <= limit:
        return ""
    return (
        f"Kế hoạch đã có {vn_number(limit)} {noun}, mức tối đa của một kế hoạch. Vui lòng gộp "
        "các mục gần nhau; nội dung bạn nhập vẫn được giữ dưới đây."
    )


def plan_tasks_refusal(total: int) -> str:
    return plan_items_refusal(total, PLAN_MAX_TASKS, "nhiệm vụ")
