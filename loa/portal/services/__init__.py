"""Writes of the public side."""

from .articles import (
    article_publish,
    article_save,
    article_send_back,
    article_submit,
    article_withdraw,
)
from .procedures import procedure_posting_record, procedure_save, procedures_import

__all__ = [
    "article_publish",
    "article_save",
    "article_send_back",
    "article_submit",
    "article_withdraw",
    "procedure_posting_record",
    "procedure_save",
    "procedures_import",
]
