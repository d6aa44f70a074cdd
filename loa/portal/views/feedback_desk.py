"""The officers' side of feedback: the unit's inbox, an item's page (classify and assign,
reject, forward, draft the answer), the leader's approval, the downloads (ADR 26). The
access map has checked the user's right on the unit, item or answer before these run."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST
from django_fsm import ConcurrentTransition, TransitionNotAllowed

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.core.http import download
from loa.documents.forms import IssueForm, SendBackForm
from loa.documents.rendering import rendered
from loa.documents.views import run_transition

from .. import feedback_queries
from .. import feedback_services as services
from ..feedback_document import answer_document
from ..feedback_forms import AcceptForm, AnswerForm, ForwardForm, InboxFilterForm, RejectForm
from ..models import Feedback, FeedbackAnswer, FeedbackStatus

TOO_LATE = (
    "Phản ánh này vừa được người khác chuyển sang trạng thái khác; không có gì bị thay đổi. "
    "Vui lòng xem lại trạng thái hiện tại."
)


def inbox(request, pk):
    unit = checked_object(request)
    form = InboxFilterForm(request.GET)
    valid = form.is_valid()
    data = form.cleaned_data if valid else {}
    items = feedback_queries.inbox(
        unit,
        status=data.get("trang_thai", ""),
        overdue=data.get("qua_han", False),
        search=data.get("q", ""),
    )
    page = Paginator(items, 50).get_page(request.GET.get("trang"))
    today = timezone.localdate()
    for feedback in page:  # flagged as the daily reminders see them
        feedback.due_soon = feedback_queries.due_soon(
            feedback, today, within=services.REMIND_BEFORE
        )
    overdue = feedback_queries.overdue_only(Feedback.objects.filter(unit=unit), today).count()
    context = {"unit": unit, "form": form, "page": page, "today": today, "overdue": overdue}
    return render(
        request, "portal/feedback_desk_list.html", context, status=400 if form.errors else 200
    )


def _item_context(request, feedback, **forms):
    answer = FeedbackAnswer.objects.filter(feedback=feedback).first()
    context = {
        "unit": feedback.unit,
        "feedback": feedback,
        "answer": answer,
        "attachments": feedback.attachments.all(),
        "history": feedback.history.select_related("history_user").order_by("-history_date")[:20],
        "today": timezone.localdate(),
        "can_sign": answer is not None and may(request.user, "portal.sign_feedbackanswer", answer),
        "can_submit": answer is not None
        and may(request.user, "portal.submit_feedbackanswer", answer),
    }
    if feedback.status == FeedbackStatus.RECEIVED:
        context.setdefault("accept_form", AcceptForm(feedback=feedback))
        context.setdefault("reject_form", RejectForm())
    if feedback.status in (FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED):
        context.setdefault("forward_form", ForwardForm())
    if feedback.status == FeedbackStatus.ACCEPTED and (answer is None or answer.is_editable):
        context.setdefault("answer_form", AnswerForm(instance=feedback))
    if answer is not None and context["can_sign"]:
        context["issue_form"] = IssueForm()
        context["send_back_form"] = SendBackForm()
    context.update(forms)
    return context


def item(request, pk):
    feedback = checked_object(request)
    return render(request, "portal/feedback_desk_item.html", _item_context(request, feedback))


def _act(request, feedback, form, service, success, **kwargs):
    """Run `service` with the form's data; the item's page again, with errors, on failure."""
    if form.is_valid():
        try:
            service(feedback=feedback, by=request.user, **form.cleaned_data, **kwargs)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                for message in error.messages:
                    form.add_error(None, message)
        except (TransitionNotAllowed, ConcurrentTransition):
            messages.error(request, TOO_LATE)
            return redirect(feedback)
        else:
            messages.success(request, success)
            return redirect(feedback)
    name = {
        AcceptForm: "accept_form",
        RejectForm: "reject_form",
        ForwardForm: "forward_form",
    }[type(form)]
    context = _item_context(request, feedback, **{name: form})
    return render(request, "portal/feedback_desk_item.html", context, status=400)


@require_POST
def accept(request, pk):
    feedback = checked_object(request)
    form = AcceptForm(request.POST, feedback=feedback)
    return _act(
        request,
        feedback,
        form,
        services.feedback_accept,
        "Đã tiếp nhận xử lý phản ánh; hạn trả lời được tính theo ngày làm việc.",
    )


@require_POST
def reject(request, pk):
    feedback = checked_object(request)
    return _act(
        request,
        feedback,
        RejectForm(request.POST),
        services.feedback_reject,
        "Đã ghi nhận không tiếp nhận phản ánh; phản ánh không được công khai.",
    )


@require_POST
def forward(request, pk):
    feedback = checked_object(request)
    return _act(
        request,
        feedback,
        ForwardForm(request.POST),
        services.feedback_forward,
        "Đã chuyển phản ánh đến cơ quan có thẩm quyền; người gửi tra cứu được ghi chú.",
    )


@require_POST
def answer_edit(request, pk):
    feedback = checked_object(request)
    form = AnswerForm(request.POST, instance=feedback)

    def save():
        services.answer_save(
            feedback=feedback,
            by=request.user,
            body=form.cleaned_data["body"],
            public_title=form.cleaned_data["public_title"],
            public_content=form.cleaned_data["public_content"],
        )

    if form.is_valid():
        try:
            if form.save_if_current(save):
                messages.success(request, "Đã lưu dự thảo trả lời.")
                return redirect(feedback)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
    context = _item_context(request, feedback, answer_form=form)
    return render(request, "portal/feedback_desk_item.html", context, status=400)


@require_POST
def answer_submit(request, pk):
    answer = checked_object(request)
    run_transition(
        request, services.answer_submit, answer, success="Đã trình lãnh đạo duyệt văn bản trả lời."
    )
    return redirect(answer)


@require_POST
def answer_send_back(request, pk):
    answer = checked_object(request)
    form = SendBackForm(request.POST)
    if form.is_valid():
        run_transition(
            request,
            services.answer_send_back,
            answer,
            success="Đã trả lại dự thảo trả lời cho cán bộ kèm lý do.",
            reason=form.cleaned_data["reason"],
        )
        return redirect(answer)
    context = _item_context(request, answer.feedback, send_back_form=form)
    return render(request, "portal/feedback_desk_item.html", context, status=400)


@require_POST
def answer_issue(request, pk):
    answer = checked_object(request)
    form = IssueForm(request.POST)
    if form.is_valid() and run_transition(
        request,
        services.answer_issue,
        answer,
        form=form,
        success=lambda d: f"Đã ký ban hành {d.reference} và công khai câu trả lời.",
        on=form.cleaned_data["issued_on"],
    ):
        return redirect(answer)
    context = _item_context(request, answer.feedback, issue_form=form)
    return render(request, "portal/feedback_desk_item.html", context, status=400)


def answer_file(request, pk, kind):
    answer = checked_object(request)
    return download(
        rendered(answer, build=answer_document, kind=kind), f"{answer.file_stem}.{kind}"
    )


def attachment(request, pk, attachment_pk):
    feedback = checked_object(request)
    found = feedback.attachments.filter(pk=attachment_pk).first()
    if found is None:
        raise Http404("Không tìm thấy tệp đính kèm.")
    try:
        handle = found.file.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404("Tệp đính kèm không còn trên máy chủ.") from error
    response = FileResponse(
        handle, as_attachment=True, filename=found.original_name, content_type=found.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
