"""The citizen's side of feedback: send it, get a receipt code, follow it with the code,
read the published answers (ADR 26). Nothing personal is ever shown on these pages."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django_ratelimit.core import get_usage, is_ratelimited

from loa.accounts.clientip import client_ip
from loa.core.text import fold
from loa.documents.rendering import rendered

from .. import challenge, feedback_queries, queries
from ..feedback_document import public_answer_document
from ..feedback_forms import FeedbackForm, LookupForm
from ..feedback_services import feedback_receive, upload_keep
from ..forms import SearchForm
from ..models import Feedback, FeedbackStatus, FeedbackUpload

PER_ADDRESS = "10/h"  # sendings from one client address
PER_CONTACT = "5/d"  # sendings with one phone number or e-mail
LOOKUPS = "30/m"
LIMITED = (
    "Đã có quá nhiều phản ánh được gửi từ {what} trong thời gian ngắn. Nội dung bạn nhập vẫn "
    "được giữ; vui lòng gửi lại sau, hoặc gọi đường dây nóng của đơn vị."
)


def _current_unit(code):
    unit = queries.unit_by_code(code)
    if unit.is_legacy:
        raise Http404(unit.end_notice())
    return unit


def _by_address(group, request):
    return client_ip(request)


def _contact_key(request) -> str:
    phone = "".join(c for c in request.POST.get("sender_phone", "") if c.isdigit())[-9:]
    return phone or fold(request.POST.get("sender_email", ""))


def _over(request, *, group: str, key, rate: str, increment: bool) -> bool:
    """Checked before a sending (is the count already at the limit?), counted after it
    succeeded: a refused form the citizen corrects does not use up their sendings."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=increment)
    return usage is not None and usage["count"] >= usage["limit"] and not increment


def _limited(request, *, increment: bool) -> str:
    """Why this sending is refused for its rate, or ""."""
    if _over(
        request, group="feedback:address", key=_by_address, rate=PER_ADDRESS, increment=increment
    ):
        return LIMITED.format(what="địa chỉ mạng này")
    contact = _contact_key(request)
    if contact and _over(
        request,
        group="feedback:contact",
        key=lambda g, r: contact,
        rate=PER_CONTACT,
        increment=increment,
    ):
        return LIMITED.format(what="số điện thoại hoặc thư điện tử này")
    return ""


def _kept(request) -> list[FeedbackUpload]:
    tokens = [t for t in request.POST.getlist("kept")[:5] if t and len(t) <= 32]
    return list(FeedbackUpload.objects.filter(token__in=tokens)) if tokens else []


@never_cache
def feedback_form(request, code):
    unit = _current_unit(code)
    kept = _kept(request) if request.method == "POST" else []
    form = FeedbackForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        kept_count=len(kept),
    )
    refusal = ""
    if request.method == "POST":
        token = request.POST.get("challenge", "")
        earlier = challenge.made_by(token)
        if earlier:  # this very page was sent already: lead to what it made
            return redirect("portal:feedback_sent", code=unit.code, receipt=earlier)
        if form.is_valid():
            refusal = _limited(request, increment=False) or challenge.verify(
                token,
                nonce=form.cleaned_data["pow_nonce"],
                answer=form.cleaned_data["answer"],
            )
            if not refusal:
                try:
                    feedback = feedback_receive(
                        unit=unit, data=form.cleaned_data, files=form.checked_files, kept=kept
                    )
                except ValidationError as error:
                    refusal = " ".join(error.messages)
                else:
                    _limited(request, increment=True)
                    challenge.remember(token, feedback.code)
                    return redirect("portal:feedback_sent", code=unit.code, receipt=feedback.code)
        # keep the files that passed their check, so they need not be chosen again
        kept += [upload_keep(checked=c) for c in form.checked_files]
        form.checked_files = []
    fresh = challenge.issue()
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "form": form,
        "refusal": refusal,
        "kept": kept,
        "challenge": fresh,
    }
    status = 400 if (form.errors or refusal) else 200
    return render(request, "portal/feedback_form.html", context, status=status)


def _feedback_by_receipt(unit, receipt: str) -> Feedback:
    return get_object_or_404(Feedback, unit=unit, code=receipt)


@never_cache
def feedback_sent(request, code, receipt):
    unit = _current_unit(code)
    feedback = _feedback_by_receipt(unit, receipt)
    context = {"unit": unit, "ancestors": unit.ancestors(), "feedback": feedback}
    return render(request, "portal/feedback_sent.html", context)


@never_cache
def feedback_lookup(request, code):
    """Follow a feedback by its receipt code: status, public title, dates, the answer."""
    unit = _current_unit(code)
    form = LookupForm(request.GET if "ma" in request.GET else None)
    found, limited = None, False
    if form.is_bound:
        limited = is_ratelimited(
            request, group="feedback:lookup", key=_by_address, rate=LOOKUPS, increment=True
        )
        if limited:
            form.add_error(None, "Bạn tra cứu quá nhiều lần; vui lòng thử lại sau một phút.")
        elif form.is_valid():
            found = Feedback.objects.filter(unit=unit, code=form.cleaned_data["ma"]).first()
            if found is None:
                form.add_error("ma", "Không có phản ánh nào với mã này gửi đơn vị.")
    context = {"unit": unit, "ancestors": unit.ancestors(), "form": form, "found": found}
    status = 429 if limited else (400 if form.errors else 200)
    return render(request, "portal/feedback_lookup.html", context, status=status)


def answer_list(request, code):
    unit = _current_unit(code)
    form = SearchForm(request.GET)
    search = form.cleaned_data["q"].strip() if form.is_valid() else ""
    page = Paginator(feedback_queries.published(unit, search=search), 20).get_page(
        request.GET.get("trang")
    )
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "form": form,
        "search": search,
        "page": page,
    }
    status = 400 if form.errors else 200
    return render(request, "portal/feedback_answers.html", context, status=status)


def _published(unit, pk) -> Feedback:
    return get_object_or_404(
        Feedback.objects.select_related("answer"),
        unit=unit,
        pk=pk,
        status=FeedbackStatus.ANSWERED,
    )


def answer_detail(request, code, pk):
    unit = _current_unit(code)
    feedback = _published(unit, pk)
    context = {"unit": unit, "ancestors": unit.ancestors(), "feedback": feedback}
    return render(request, "portal/feedback_answer.html", context)


def answer_public_file(request, code, pk, kind):
    """The issued answer as DOCX or PDF, in its public copy (no name, no contact)."""
    from loa.core.http import download

    unit = _current_unit(code)
    answer = _published(unit, pk).answer
    data = rendered(answer, build=public_answer_document, kind=kind)
    return download(data, f"{answer.file_stem}.{kind}")
