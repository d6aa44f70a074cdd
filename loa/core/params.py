"""Query parameters and form fields that many pages share, bounded to what Loa can hold."""

import datetime

from django import forms
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


def last_day() -> datetime.date:
    """The last day a plan, a report or an activity of Loa may name."""
    return datetime.date(timezone.localdate().year + YEARS_AHEAD, 12, 31)


class DayField(forms.DateField):
    """A day from 1/1/2000 to the end of five years ahead. A day outside (0001-01-01, which
    would name year 0 in a period a year before; 31/12/99999) is a Vietnamese error that
    keeps what was typed, not a server error further on."""

    default_error_messages = {
        "invalid": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm.",
    }

    def validate(self, value):
        super().validate(value)
        if value is not None and not (datetime.date(FIRST_YEAR, 1, 1) <= value <= last_day()):
            raise forms.ValidationError(
                f"Ngày {value:%d/%m/%Y} nằm ngoài khoảng Loa lưu giữ: chọn một ngày từ "
                f"01/01/{FIRST_YEAR} đến 31/12/{last_day().year}.",
                code="out_of_range",
            )
