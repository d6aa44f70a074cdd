"""The organiser's side: the unit's contests, a new one, editing it and its question bank,
opening, closing, the results with participants per unit, publishing, the suspicious
entries. The access map has checked the unit, the contest or the question before any of
these runs."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may
from loa.documents.forms import SendBackForm
from loa.documents.rendering import rendered

from .. import queries, services
from ..decision import decision_document
from ..exports import results_workbook
from ..forms import LETTERS, ContestForm, NewContestForm, QuestionForm, QuestionImportForm
from ..models import Contest, Question, ResultsDecision
from ..question_import import questions_import

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def contest_list(request, pk):
    unit = checked_object(request)
    contests = Contest.objects.filter(unit=unit).annotate(people=Count("participants"))
    return render(request, "contests/contest_list.html", {"unit": unit, "contests": contests})


def contest_create(request, pk):
    unit = checked_object(request)
    form = NewContestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        contest = services.contest_create(
            unit=unit, by=request.user, title=form.cleaned_data["title"]
        )
        messages.success(request, "Đã tạo cuộc thi. Soạn thể lệ, bộ câu hỏi rồi mở cuộc thi.")
        return redirect("contests:edit", pk=contest.pk)
    status = 400 if form.errors else 200
    return render(
        request, "contests/contest_create.html", {"unit": unit, "form": form}, status=status
    )


def contest_edit(request, pk):
    contest = checked_object(request)
    form = ContestForm(request.POST or None, instance=contest)
    if request.method == "POST" and form.is_valid():
        try:
            saved = form.save_if_current(
                lambda: services.contest_save(contest=form.instance, by=request.user)
            )
        except ValidationError as error:
            form.add_error(None, error)  # the rule: what is typed stays in the form
        else:
            if saved:
                messages.success(request, "Đã lưu thông tin cuộc thi.")
                return redirect("contests:edit", pk=contest.pk)
        contest.refresh_from_db()  # the page's heading and status: what is stored
    context = {
        "unit": contest.unit,
        "contest": contest,
        "form": form,
        "questions": contest.questions.prefetch_related("options"),
        "editable": may(request.user, "contests.edit_questions", contest),
        "may_publish": may(request.user, "contests.publish_results", contest),
        "people": contest.participants.count(),
        "frozen": services.results_frozen(contest),
    }
    status = 400 if form.errors else 200
    return render(request, "contests/contest_edit.html", context, status=status)


def _question_form(request, contest: Contest, question: Question):
    initial = {}
    if question.pk:
        options = list(question.options.all())
        initial = {"text": question.text}
        for letter, option in zip(LETTERS, options, strict=False):
            initial[letter.lower()] = option.text
            if option.is_correct:
                initial["correct"] = letter
    form = QuestionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        question.text = form.cleaned_data["text"].strip()
        try:
            services.question_save(
                question=question,
                options=form.options,
                correct=form.correct_index,
                by=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Đã lưu câu hỏi.")
            return redirect("contests:edit", pk=contest.pk)
    context = {"unit": contest.unit, "contest": contest, "form": form, "question": question}
    status = 400 if form.errors else 200
    return render(request, "contests/question_form.html", context, status=status)


def question_add(request, pk):
    contest = checked_object(request)
    return _question_form(request, contest, Question(contest=contest))


def question_edit(request, pk):
    question = checked_object(request)
    return _question_form(request, question.contest, question)


def question_import(request, pk):
    contest = checked_object(request)
    form = QuestionImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            added = questions_import(
                contest=contest, upload=form.cleaned_data["file"], by=request.user
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error("file", message)
        else:
            messages.success(request, f"Đã thêm {added} câu hỏi từ tệp Excel vào bộ câu hỏi.")
            return redirect("contests:edit", pk=contest.pk)
    context = {"unit": contest.unit, "contest": contest, "form": form}
    status = 400 if form.errors else 200
    return render(request, "contests/question_import.html", context, status=status)


@require_POST
def question_delete(request, pk):
    question = checked_object(request)
    services.question_delete(question=question, by=request.user)
    messages.success(request, "Đã xóa câu hỏi.")
    return redirect("contests:edit", pk=question.contest_id)


def _step(request, act, done: str, to: str = "contests:edit"):
    contest = checked_object(request)
    try:
        act(contest=contest, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        to = "contests:edit"
    else:
        messages.success(request, done)
    return redirect(to, pk=contest.pk)


@require_POST
def contest_open(request, pk):
    return _step(request, services.contest_open, "Cuộc thi đã mở nhận bài thi.")


@require_POST
def contest_close(request, pk):
    def close(**kwargs):
        services.contest_close(request=request, **kwargs)

    return _step(
        request,
        close,
        "Đã đóng cuộc thi; cuộc thi được ghi vào nhật ký hoạt động của đơn vị tổ chức và "
        "của các đơn vị có người tham gia.",
        to="contests:results",
    )


@require_POST
def decision_submit(request, pk):
    return _step(
        request,
        services.decision_submit,
        "Đã trình lãnh đạo dự thảo quyết định công nhận kết quả cuộc thi.",
        to="contests:results",
    )


def decision_file(request, pk, kind):
    contest = checked_object(request)
    decision = ResultsDecision.objects.filter(contest=contest).select_related("unit").first()
    if decision is None or kind not in FILE_TYPES:
        raise Http404("Cuộc thi chưa có quyết định công nhận kết quả.")
    response = HttpResponse(
        rendered(decision, build=decision_document, kind=kind), content_type=FILE_TYPES[kind]
    )
    response["Content-Disposition"] = f'attachment; filename="{decision.file_stem}.{kind}"'
    return response


@require_POST
def contest_publish(request, pk):
    return _step(
        request,
        services.contest_publish,
        "Đã ký quyết định công nhận kết quả; kết quả được công bố trên trang thông tin của đơn vị.",
        to="contests:results",
    )


def contest_results(request, pk):
    return _results(request, checked_object(request))


def _results(request, contest, *, send_back_form=None, status=200):
    context = {
        "unit": contest.unit,
        "contest": contest,
        "ranking": queries.ranking(contest),
        "per_unit": queries.participants_per_unit(contest),
        "actual": queries.actual_participants(contest),
        "may_publish": may(request.user, "contests.publish_results", contest),
        "decision": ResultsDecision.objects.filter(contest=contest).first(),
        "send_back_form": send_back_form or SendBackForm(),
    }
    return render(request, "contests/contest_results.html", context, status=status)


@require_POST
def decision_send_back(request, pk):
    """The leader returns the draft decision; the reason typed is kept on any refusal."""
    contest = checked_object(request)
    form = SendBackForm(request.POST)
    if form.is_valid():
        try:
            services.decision_send_back(
                contest=contest, by=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, " ".join(error.messages))
        else:
            messages.success(request, "Đã trả lại dự thảo quyết định cho cán bộ, kèm lý do.")
            return redirect("contests:results", pk=contest.pk)
    return _results(request, contest, send_back_form=form, status=400)


def contest_xlsx(request, pk):
    contest = checked_object(request)
    response = HttpResponse(results_workbook(contest), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="ket-qua-cuoc-thi-{contest.pk}.xlsx"'
    return response


def contest_suspicious(request, pk):
    contest = checked_object(request)
    context = {
        "unit": contest.unit,
        "contest": contest,
        "suspicions": queries.suspicious(contest),
        "fast": queries.FAST_SECONDS_PER_QUESTION,
        "many": queries.MANY_FROM_ONE_ADDRESS,
    }
    return render(request, "contests/contest_suspicious.html", context)
