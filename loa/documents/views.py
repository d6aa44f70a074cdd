"""The workflow pages every kind of official document shares: submit, send back, issue,
send up, and the DOCX / PDF downloads. Each kind's urls.py routes to these views with its
own service or builder as a URL argument; the access map has already fetched the document
and checked the user's right to the action (`request.target`)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from django_fsm import ConcurrentTransition, TransitionNotAllowed

from loa.accounts.access import checked_object
from loa.core.http import download

from .forms import IssueForm, SendBackForm
from .rendering import rendered
from .services import signer_of
from .signature import block_of

TOO_LATE = (
    "{noun} vừa được người khác chuyển sang trạng thái khác; không có gì bị thay đổi. "
    "Vui lòng xem lại trạng thái hiện tại."
)


def run_transition(request, service, document, *, success, form=None, **kwargs) -> bool:
    """Run a workflow service for the signed-in user and say how it went, in Vietnamese:
    errors the user can fix go to `form` (or to the messages), a transition someone else
    made meanwhile is reported as such. `success` is the message, or a function of the
    document that writes it (once it has its number). True when the transition happened."""
    try:
        # the kinds' services name their document: plan_issue(plan=…), report_send(report=…)
        service(**{document._meta.model_name: document}, by=request.user, **kwargs)
    except ValidationError as error:
        for message in error.messages:
            if form is not None:
                form.add_error(None, message)
            else:
                messages.error(request, message)
        return False
    except (TransitionNotAllowed, ConcurrentTransition):
        messages.error(request, TOO_LATE.format(noun=document.document_type.label))
        return False
    messages.success(request, success(document) if callable(success) else success)
    return True


def _context(document, **more):
    noun = document.document_type.label.lower()
    index_url = f"{document._meta.app_label}:index"
    return {"document": document, "noun": noun, "index_url": index_url, **more}


@require_POST
def submit(request, pk, *, service):
    document = checked_object(request)
    run_transition(request, service, document, success="Đã trình lãnh đạo duyệt, ký ban hành.")
    return redirect(document)


def send_back(request, pk, *, service):
    document = checked_object(request)
    form = SendBackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        run_transition(
            request,
            service,
            document,
            success="Đã trả lại dự thảo cho cán bộ kèm lý do.",
            reason=form.cleaned_data["reason"],
        )
        return redirect(document)
    return render(
        request,
        "documents/send_back.html",
        _context(document, form=form),
        status=400 if form.errors else 200,
    )


def issue(request, pk, *, service):
    document = checked_object(request)
    form = IssueForm(request.POST or None)
    try:
        signature = block_of(signer_of(document=document, user=request.user))
        cannot_sign = ""
    except ValidationError as error:
        signature, cannot_sign = None, error.messages[0]
    if request.method == "POST" and form.is_valid():
        done = run_transition(
            request,
            service,
            document,
            form=form,
            success=lambda d: f"Đã ban hành {d.reference}.",
            on=form.cleaned_data["issued_on"],
        )
        if done:
            return redirect(document)
    context = _context(document, form=form, signature=signature, cannot_sign=cannot_sign)
    return render(request, "documents/issue.html", context, status=400 if form.errors else 200)


@require_POST
def send(request, pk, *, service):
    document = checked_object(request)
    run_transition(
        request,
        service,
        document,
        success=f"Đã gửi {document.document_type.label.lower()} lên {document.addressee}; số "
        "liệu được chốt tại thời điểm gửi.",
    )
    return redirect(document)


def download_docx(request, pk, *, build):
    document = checked_object(request)
    return download(rendered(document, build=build, kind="docx"), f"{document.file_stem}.docx")


def download_pdf(request, pk, *, build):
    document = checked_object(request)
    return download(rendered(document, build=build, kind="pdf"), f"{document.file_stem}.pdf")
