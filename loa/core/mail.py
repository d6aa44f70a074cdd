"""E-mails written as templates: `<name>_subject.txt` and `<name>.txt` for each message, so
that their wording is read and corrected where it is written, not in the code."""

import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string


def site_url(path: str, request=None) -> str:
    """The absolute address of `path`: from the request when there is one; otherwise from
    the SITE_URL setting, or the first CSRF_TRUSTED_ORIGINS entry (a deployment behind
    HTTPS names its origin there). "" when neither is known (a daily job in development)."""
    if request is not None:
        return request.build_absolute_uri(path)
    base = settings.SITE_URL or next(iter(settings.CSRF_TRUSTED_ORIGINS), "")
    return base.rstrip("/") + path if base else ""


def render_email(name: str, context: dict) -> tuple[str, str]:
    """(subject, body) of the message `name`, e.g. "activities/email/task_reminder"."""
    # a subject is one line: a line break in it would be refused as a header injection
    subject = " ".join(render_to_string(f"{name}_subject.txt", context).split())
    body = render_to_string(f"{name}.txt", context)
    # the lines a template leaves empty around its {% if %}s: at most one blank line
    body = re.sub(r"[ \t]+\n", "\n", body)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    return subject, body


def send_email(name: str, context: dict, *, to: list[str]) -> None:
    subject, body = render_email(name, context)
    EmailMessage(subject, body, to=to).send()
