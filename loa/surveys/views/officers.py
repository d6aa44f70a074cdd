"""The officers' side: the unit's surveys, a new one (SIPAS template or empty), editing it
and its questions, opening and closing it. The access map has checked the unit, the
survey or the question before any of these runs."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from loa.accounts.access import checked_object
from loa.accounts.rules import may

from .. import services
from ..forms import NewSurveyForm, QuestionForm, SurveyForm
from ..models import Question, Survey


def survey_list(request, pk):
    unit = checked_object(request)
    services.surveys_close_ended(unit=unit, request=request)  # closing on read
    surveys = Survey.objects.filter(unit=unit).annotate(answers=Count("responses"))
    return render(request, "surveys/survey_list.html", {"unit": unit, "surveys": surveys})


def survey_create(request, pk):
    unit = checked_object(request)
    form = NewSurveyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        make = (
            services.survey_from_sipas
            if form.cleaned_data["start"] == "sipas"
            else services.survey_create
        )
        survey = make(unit=unit, by=request.user, title=form.cleaned_data["title"])
        messages.success(request, "Đã tạo cuộc khảo sát. Kiểm tra câu hỏi rồi mở nhận phiếu.")
        return redirect("surveys:edit", pk=survey.pk)
    status = 400 if form.errors else 200
    return render(
        request, "surveys/survey_create.html", {"unit": unit, "form": form}, status=status
    )


def survey_edit(request, pk):
    survey = services.survey_close_if_ended(checked_object(request), request=request)
    form = SurveyForm(request.POST or None, instance=survey)
    if request.method == "POST" and form.is_valid() and form.save_if_current():
        messages.success(request, "Đã lưu thông tin cuộc khảo sát.")
        return redirect("surveys:edit", pk=survey.pk)
    context = {
        "unit": survey.unit,
        "survey": survey,
        "form": form,
        "questions": survey.questions.prefetch_related("choices").select_related(
            "show_if__question"
        ),
        "editable": may(request.user, "surveys.edit_questions", survey),
        "answers": survey.responses.count(),
    }
    return render(request, "surveys/survey_edit.html", context, status=400 if form.errors else 200)


def _question_form(request, survey: Survey, question: Question):
    form = QuestionForm(request.POST or None, instance=question, survey=survey)
    if request.method == "POST" and form.is_valid():
        try:
            services.question_save(
                question=form.instance, labels=form.cleaned_data["labels"], by=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Đã lưu câu hỏi.")
            return redirect("surveys:edit", pk=survey.pk)
    context = {"unit": survey.unit, "survey": survey, "form": form, "question": question}
    status = 400 if form.errors else 200
    return render(request, "surveys/question_form.html", context, status=status)


def question_add(request, pk):
    survey = checked_object(request)
    return _question_form(request, survey, Question(survey=survey))


def question_edit(request, pk):
    question = checked_object(request)
    return _question_form(request, question.survey, question)


@require_POST
def question_delete(request, pk):
    question = checked_object(request)
    services.question_delete(question=question, by=request.user)
    messages.success(request, "Đã xóa câu hỏi.")
    return redirect("surveys:edit", pk=question.survey_id)


@require_POST
def question_move(request, pk):
    question = checked_object(request)
    services.question_move(
        question=question, up=request.POST.get("huong") != "xuong", by=request.user
    )
    return redirect("surveys:edit", pk=question.survey_id)


def _step(request, pk, act, done: str):
    survey = checked_object(request)
    try:
        act(survey=survey, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("surveys:edit", pk=survey.pk)


@require_POST
def survey_open(request, pk):
    return _step(request, pk, services.survey_open, "Cuộc khảo sát đã mở nhận phiếu.")


@require_POST
def survey_close(request, pk):
    def close(**kwargs):
        services.survey_close(request=request, **kwargs)

    return _step(
        request, pk, close, "Đã đóng cuộc khảo sát; đợt khảo sát được ghi vào nhật ký hoạt động."
    )
