"""Query parameters that many pages share."""

from django.http import Http404
from django.utils import timezone

FIRST_YEAR = 2000  # Loa holds no plan or report from before this year
YEARS_AHEAD = 5  # plans are drafted at most a few years ahead


def year_param(params, name: str = "nam") -> int:
    """The year a page is about (`?nam=2024`, from `request.GET` or a form's POST): this
    year when absent; a 404 that says why when it is not a year Loa can hold."""
    today = timezone.localdate()
    raw = (params.get(name) or "").strip()
    if not raw:
        return today.year
    if not (raw.isascii() and raw.isdigit()) or not (
        FIRST_YEAR <= int(raw) <= today.year + YEARS_AHEAD
    ):
        raise Http404(f"Năm “{raw[:10]}” không hợp lệ: chọn một năm từ {FIRST_YEAR} đến nay.")
    return int(raw)
