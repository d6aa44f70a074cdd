"""The citizen's side: the answer sheet of an open survey, anonymous, one per device (a
signed token in a cookie, spent on submit) and limited per address; the desk's kiosk mode
that returns to a fresh sheet after each answer; the printable poster with its QR code."""

import secrets

import segno
from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django_ratelimit.core import get_usage

from loa.accounts.access import checked_object
from loa.accounts.clientip import client_ip
from loa.accounts.rules import may
from loa.core.mail import site_url

from .. import services
from ..forms import AnswerForm
from ..models import Response, Survey

SALT = "loa.surveys.device"
MAX_AGE = 400 * 24 * 3600  # a device keeps its token for a year and more
PER_ADDRESS = "30/h"  # sheets from one address: a family, a café's wifi
AT_KIOSK = "240/h"  # the desk's tablet: one every fifteen seconds at most
NO_TOKEN = (
    "Trình duyệt chưa nhận mã phiếu của thiết bị (có thể đã tắt cookie). Các câu trả lời "
    "vẫn được giữ; vui lòng cho phép cookie rồi bấm Gửi phiếu lần nữa."
)
LIMITED = (
    "Đã có quá nhiều phiếu được gửi từ địa chỉ mạng này trong thời gian ngắn. Các câu trả "
    "lời vẫn được giữ; vui lòng gửi lại sau ít phút."
)


def cookie_name(survey: Survey) -> str:
    return f"loa_khaosat_{survey.pk}"


def _survey(code: str, pk: int) -> Survey:
    survey = get_object_or_404(Survey.objects.select_related("unit"), pk=pk, unit__code=code)
    if survey.status == "draft":
        raise Http404("Không tìm thấy cuộc khảo sát.")
    return services.survey_close_if_ended(survey)  # past its end date: closed and logged


def _device(request, survey: Survey) -> str:
    """The random part of this device's token for the survey, "" when it has none."""
    try:
        return signing.loads(
            request.COOKIES.get(cookie_name(survey), ""), salt=SALT, max_age=MAX_AGE
        )
    except signing.BadSignature:
        return ""


def _kiosk(request, survey: Survey) -> str:
    """The kiosk parameter this request may use ("" when not at a kiosk): ?kiosk=1 for a
    signed-in officer of the unit, or the survey's kiosk token when the survey allows it."""
    asked = request.GET.get("kiosk", "")[:64]
    if asked == "1" and may(request.user, "surveys.run_survey", survey):
        return asked
    if (
        asked
        and survey.kiosk
        and survey.kiosk_token
        and secrets.compare_digest(asked, survey.kiosk_token)
    ):
        return asked
    return ""


def _limited(request, *, kiosk: bool, increment: bool) -> bool:
    usage = get_usage(
        request,
        group="surveys:kiosk" if kiosk else "surveys:address",
        key=lambda g, r: client_ip(r),
        rate=AT_KIOSK if kiosk else PER_ADDRESS,
        increment=increment,
    )
    return usage is not None and not increment and usage["count"] >= usage["limit"]


@never_cache
def survey_answer(request, code, pk):
    survey = _survey(code, pk)
    kiosk = _kiosk(request, survey)
    device = "" if kiosk else _device(request, survey)
    questions = list(survey.questions.prefetch_related("choices").select_related("show_if"))
    form = AnswerForm(request.POST if request.method == "POST" else None, questions=questions)
    refusal = ""
    answered = bool(
        device
        and Response.objects.filter(
            survey=survey, device_hash=services.device_hash(device)
        ).exists()
    )
    if request.method == "POST" and survey.accepts_answers() and not answered:
        if not kiosk and not device:
            refusal = NO_TOKEN
        elif form.is_valid():
            if _limited(request, kiosk=bool(kiosk), increment=False):
                refusal = LIMITED
            else:
                try:
                    services.response_submit(
                        survey=survey,
                        answers=form.answers,
                        device="" if kiosk else services.device_hash(device),
                        at_kiosk=bool(kiosk),
                    )
                except ValidationError as error:
                    refusal = " ".join(error.messages)
                else:
                    _limited(request, kiosk=bool(kiosk), increment=True)
                    if kiosk:
                        messages.success(
                            request, "Cảm ơn Ông/Bà đã trả lời phiếu khảo sát. Mời người tiếp theo."
                        )
                        url = reverse("surveys:public", kwargs={"code": code, "pk": pk})
                        return redirect(f"{url}?kiosk={kiosk}")
                    return redirect("surveys:thanks", code=code, pk=pk)
    numbers = {q.pk: n for n, q in enumerate(questions, start=1)}
    context = {
        "unit": survey.unit,
        "ancestors": survey.unit.ancestors(),
        "survey": survey,
        "form": form,
        "items": [
            (
                numbers[q.pk],
                q,
                form[f"q{q.pk}"],
                numbers.get(q.show_if.question_id) if q.show_if else None,
            )
            for q in questions
        ],
        "refusal": refusal,
        "kiosk": kiosk,
        "answered": answered,
        "accepts": survey.accepts_answers(),
    }
    status = 400 if (form.errors or refusal) else 200
    response = render(request, "surveys/survey_answer.html", context, status=status)
    if not kiosk and not device:
        response.set_cookie(
            cookie_name(survey),
            signing.dumps(secrets.token_hex(16), salt=SALT),
            max_age=MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
    response.portal_no_cache = True
    return response


@never_cache
def survey_thanks(request, code, pk):
    survey = _survey(code, pk)
    context = {"unit": survey.unit, "ancestors": survey.unit.ancestors(), "survey": survey}
    return render(request, "surveys/survey_thanks.html", context)


def survey_poster(request, pk):
    """A sheet to print for the one-stop desk: the QR code of the public link, inline."""
    survey = services.survey_close_if_ended(checked_object(request), request=request)
    link = site_url(survey.get_absolute_url(), request)
    qr = segno.make(link, error="m")
    context = {
        "unit": survey.unit,
        "survey": survey,
        "link": link,
        "qr_svg": qr.svg_inline(scale=8, border=2, omitsize=True, title="Mã QR của phiếu khảo sát"),
    }
    return render(request, "surveys/survey_poster.html", context)
