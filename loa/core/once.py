"""One record per form, however often it is sent (ADR 22).

A form that creates a record (or issues or sends a document) carries a one-time token,
`{% once_token %}`, fresh at every rendering. The middleware claims the token for the
signed-in user in a table with a unique constraint before the view runs, so that of two
sendings of one form (a double click, a retry after a timeout, a duplicated tab, two POSTs at
the same moment) only one reaches the view:

- the view answered with a redirect (or, under htmx, with a page part that holds no
  `error-summary`): the token is kept with where it led, and a repeat is sent there with
  `REPEATED`, the view not run;
- the view refused the form (any other answer, or a redirect carrying an error message):
  the token is given back, so the corrected form can be sent with it;
- the first sending is still at work: a repeat waits for it up to `WAIT_SECONDS`, then is
  told so (`BUSY`, 409) and nothing more is done.

A POST without a token, or with one Loa could not have made, is handled as before: pages
rendered before tokens existed and scripts keep working (unguarded). Tokens are forgotten
after a day by the daily job (`forget_old_submissions`).
"""

import datetime
import re
import secrets
import time
from urllib.parse import urlsplit

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone

from .models import Submission

FIELD = "once_token"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")
WAIT_SECONDS = 8.0
POLL_SECONDS = 0.1
# A claim older than any request can run was left by a process that died: take it over.
ABANDONED_AFTER = datetime.timedelta(minutes=5)
KEPT_FOR = datetime.timedelta(days=1)

REPEATED = "Biểu mẫu này đã được gửi; Loa không tạo thêm bản ghi."
BUSY = (
    "Lần gửi trước của biểu mẫu này đang được xử lý; Loa không tạo thêm bản ghi. "
    "Vui lòng chờ giây lát rồi mở lại trang."
)


def new_token() -> str:
    return secrets.token_urlsafe(16)


def forget_old_submissions(*, now: datetime.datetime | None = None) -> int:
    """Delete the tokens claimed more than a day ago; for the daily job. Returns how many."""
    cutoff = (now or timezone.now()) - KEPT_FOR
    deleted, _ = Submission.objects.filter(claimed_at__lt=cutoff).delete()
    return deleted


class OnceMiddleware:
    """Let one sending of each tokened form through to the view (see the module's text).
    Goes after the CSRF, authentication and messages middleware (a forged or anonymous POST
    claims nothing) and before the access map: a repeat of "issue" is led where the first
    went rather than refused because the document is no longer a draft; a POST the access
    map refuses gives its token back like any refused form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        claim = getattr(request, "_once_claim", None)
        if claim is not None:
            _finish(claim, request, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not request.user.is_authenticated:
            return None
        token = request.POST.get(FIELD, "")
        if not _TOKEN.fullmatch(token):
            return None
        outcome, submission = _claim(request.user, token, request.path)
        if outcome == "claimed":
            request._once_claim = submission
            return None
        if outcome == "done":
            messages.info(request, REPEATED)
            return _go(request, submission.location)
        if _is_htmx(request):
            messages.warning(request, BUSY)
            return _go(request, _current_page(request))
        return render(request, "core/once_busy.html", {"message": BUSY}, status=409)


def _claim(user, token: str, path: str) -> tuple[str, Submission | None]:
    """("claimed", the new claim), ("done", the earlier sending) or ("busy", None)."""
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            with transaction.atomic():
                return "claimed", Submission.objects.create(user=user, token=token, path=path[:200])
        except IntegrityError:
            pass
        earlier = Submission.objects.filter(user=user, token=token).first()
        if earlier is not None:
            if earlier.state == Submission.State.DONE:
                return "done", earlier
            now = timezone.now()
            if earlier.claimed_at < now - ABANDONED_AFTER:
                taken = Submission.objects.filter(
                    pk=earlier.pk, state=Submission.State.PENDING, claimed_at=earlier.claimed_at
                ).update(claimed_at=now)
                if taken:
                    earlier.claimed_at = now
                    return "claimed", earlier
        if time.monotonic() >= deadline:
            return "busy", None
        time.sleep(POLL_SECONDS)


def _finish(claim: Submission, request, response) -> None:
    location = _success_location(request, response)
    if location is None:
        Submission.objects.filter(pk=claim.pk).delete()
    else:
        Submission.objects.filter(pk=claim.pk).update(
            state=Submission.State.DONE, location=location
        )


def _success_location(request, response) -> str | None:
    """Where a successful sending led, or None when the view refused the form."""
    if _refused_with_a_message(request):
        return None
    if 300 <= response.status_code < 400 and response.has_header("Location"):
        return response["Location"]
    if _is_htmx(request) and 200 <= response.status_code < 300 and not response.streaming:
        if response.has_header("HX-Redirect"):
            return response["HX-Redirect"]
        if b'class="error-summary"' in response.content:
            return None
        return _current_page(request)
    return None


def _refused_with_a_message(request) -> bool:
    # Messages added while this request ran are queued on its storage until the response.
    queued = getattr(getattr(request, "_messages", None), "_queued_messages", ())
    return any(message.level >= messages.ERROR for message in queued)


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _current_page(request) -> str:
    """The page an htmx form was on, as a path of this site (never another host)."""
    parts = urlsplit(request.headers.get("HX-Current-URL", ""))
    if parts.path.startswith("/") and not parts.path.startswith("//"):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return request.path


def _go(request, location: str) -> HttpResponse:
    if _is_htmx(request):
        response = HttpResponse(status=200)
        response["HX-Redirect"] = location
        return response
    return HttpResponseRedirect(location)
