"""Numbers of the score pages as an official writes them: 0,25 điểm, hạng 3/114."""

from django import template

from ..criteria import vn_decimal

register = template.Library()


@register.filter
def vn(value, places: int = 2) -> str:
    """Decimal("0.90") → "0,9"."""
    return vn_decimal(value, int(places))
