"""The participant's side: the rules and the registration (proof of work from the
portal's challenge, limits per address and per phone, same phone = same participant), the
attempt's sheet timed by the server, its score, and the published winners. No page sent
before an attempt is submitted tells which option is right: the options are shuffled per
attempt and carry nothing but their number and text (ADR 32)."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django_ratelimit.core import get_usage

from loa.accounts.clientip import client_ip
from loa.portal import challenge

from .. import services
from ..forms import AttemptForm, RegistrationForm
from ..models import Attempt, Contest, ContestStatus, Option, Question, ResultsDecision

PER_ADDRESS = "30/h"  # registrations and attempts from one address: a school's wifi
LIMITED = (
    "Đã có quá nhiều lượt đăng ký dự thi từ địa chỉ mạng này trong thời gian ngắn. Thông tin "
    "Ông/Bà đã nhập vẫn được giữ; vui lòng thử lại sau ít phút."
)


def _contest(code: str, pk: int) -> Contest:
    contest = get_object_or_404(Contest.objects.select_related("unit"), pk=pk, unit__code=code)
    if contest.status == ContestStatus.DRAFT:
        raise Http404("Không tìm thấy cuộc thi.")
    return contest


def _limited(request, *, increment: bool) -> bool:
    usage = get_usage(
        request,
        group="contests:address",
        key=lambda g, r: client_ip(r),
        rate=PER_ADDRESS,
        increment=increment,
    )
    return usage is not None and not increment and usage["count"] >= usage["limit"]


def _page(request, template: str, context: dict, status: int = 200):
    response = render(request, template, context, status=status)
    response.portal_no_cache = True
    return response


@never_cache
def contest_public(request, code, pk):
    contest = _contest(code, pk)
    form = RegistrationForm(request.POST or None, contest=contest)
    refusal = ""
    closed = services.closed_reason(contest)
    if request.method == "POST" and closed:
        refusal = closed  # the page was opened before the end: say why, not a blank page
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        refusal = ("" if not _limited(request, increment=False) else LIMITED) or (
            challenge.verify(data["challenge"], nonce=data["pow_nonce"], answer=data["answer"])
        )
        if not refusal:
            try:
                participant = services.participant_register(
                    contest=contest, data=data, address=client_ip(request)
                )
                attempt = services.attempt_start(participant=participant)
            except ValidationError as error:
                refusal = " ".join(error.messages)
            else:
                _limited(request, increment=True)
                return redirect("contests:attempt", code=code, pk=pk, token=attempt.token)
    context = {
        "unit": contest.unit,
        "ancestors": contest.unit.ancestors(),
        "contest": contest,
        "form": form,
        "refusal": refusal,
        "accepts": not closed,
        "closed": closed,
        "challenge": challenge.issue(),
    }
    status = 400 if (form.errors or refusal) else 200
    return _page(request, "contests/contest_public.html", context, status)


def _drawn(attempt: Attempt) -> list[tuple[Question, list[Option]]]:
    """The attempt's questions and options in the order it drew them. `is_correct` is
    deferred: the sheet's template cannot reach it."""
    questions = Question.objects.in_bulk(attempt.question_ids)
    options = Option.objects.defer("is_correct").in_bulk(
        [pk for ids in attempt.option_ids.values() for pk in ids]
    )
    return [
        (questions[q], [options[o] for o in attempt.option_ids.get(str(q), []) if o in options])
        for q in attempt.question_ids
        if q in questions
    ]


@never_cache
def attempt_page(request, code, pk, token):
    contest = _contest(code, pk)
    attempt = get_object_or_404(
        Attempt.objects.select_related("participant"),
        token=token[:40],
        participant__contest=contest,
    )
    refusal = ""
    form = None
    # an attempt started before the end runs its own time; none is taken once the
    # results are frozen in the decision (ADR 32)
    frozen = not (attempt.submitted or attempt.late) and services.results_frozen(contest)
    if frozen and request.method == "POST":
        refusal = services.FROZEN
    elif not (attempt.submitted or attempt.late or frozen):
        form = AttemptForm(request.POST or None, questions=_drawn(attempt))
        if request.method == "POST" and form.is_valid():
            try:
                services.attempt_submit(
                    attempt=attempt,
                    picked=form.picked,
                    prediction=form.cleaned_data["prediction"],
                )
            except ValidationError as error:
                refusal = " ".join(error.messages)
            else:
                return redirect("contests:attempt", code=code, pk=pk, token=attempt.token)
            attempt.refresh_from_db()
    context = {
        "unit": contest.unit,
        "ancestors": contest.unit.ancestors(),
        "contest": contest,
        "attempt": attempt,
        "form": form if not (attempt.submitted or attempt.late or frozen) else None,
        "frozen": frozen,
        "frozen_text": services.FROZEN,
        "deadline": services.deadline(attempt, contest),
        "seconds_left": max(
            0, int((services.deadline(attempt, contest) - timezone.now()).total_seconds())
        ),
        "refusal": refusal,
        "left": contest.attempts_per_person - attempt.participant.attempts.count(),
    }
    status = 400 if (refusal or (form is not None and form.errors)) else 200
    return _page(request, "contests/attempt.html", context, status)


@never_cache
def public_results(request, code, pk):
    contest = _contest(code, pk)
    decision = ResultsDecision.objects.filter(contest=contest, issued_on__isnull=False).first()
    if contest.status != ContestStatus.PUBLISHED or decision is None:
        raise Http404("Kết quả cuộc thi chưa được công bố.")
    context = {
        "unit": contest.unit,
        "ancestors": contest.unit.ancestors(),
        "contest": contest,
        # exactly the list the signed decision holds, never the ranking read again
        "winners": decision.prizes,
        "decision": decision,
    }
    return _page(request, "contests/public_results.html", context)
