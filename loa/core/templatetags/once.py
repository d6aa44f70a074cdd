from django import template
from django.utils.html import format_html

from loa.core.once import FIELD, new_token

register = template.Library()


@register.simple_tag
def once_token():
    """The hidden one-time token of a form that creates a record: `{% once_token %}` beside
    `{% csrf_token %}`. A fresh one at every rendering, so a page rendered again after an
    error, or the empty form after a success, is a new sending."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_token())
