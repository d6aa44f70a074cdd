"""The citizen's answer sheet: anonymous, without JavaScript, one per device, limited per
address, kiosk mode at the desk, and the poster with its QR code."""

import re

from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from loa.surveys.models import Answer, Kind, Response
from loa.surveys.views.public import cookie_name

from .helpers import sipas_open


def _url(survey, **query):
    url = reverse("surveys:public", kwargs={"code": survey.unit.code, "pk": survey.pk})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def filled(survey, level=5, field="Hộ tịch", harassed=False) -> dict:
    """The POST a citizen sends: every asked question answered."""
    data = {}
    for q in survey.questions.prefetch_related("choices"):
        choices = {c.label: c.pk for c in q.choices.all()}
        if q.asks_field:
            data[f"q{q.pk}"] = choices[field]
        elif q.kind == Kind.SCALE:
            data[f"q{q.pk}"] = next(c.pk for c in q.choices.all() if c.value == level)
        elif q.kind == Kind.SINGLE:
            data[f"q{q.pk}"] = choices.get("Có" if harassed else "Không") or next(
                iter(choices.values())
            )
        elif q.kind == Kind.MULTIPLE:
            data[f"q{q.pk}"] = list(choices.values())[:1]
        elif q.kind == Kind.LONG:
            data[f"q{q.pk}"] = "Nên có thêm ghế chờ."
    return data


def test_a_citizen_answers_without_an_account_and_once_per_device(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    client = Client()
    page = client.get(_url(survey))
    assert page.status_code == 200 and cookie_name(survey) in page.cookies
    assert "(chỉ trả lời nếu đã chọn “Có” ở câu" in page.text
    assert "<script>" not in page.text  # CSP: only the survey's own file
    sent = client.post(_url(survey), filled(survey))
    assert sent.status_code == 302 and sent["Location"].endswith("/cam-on/")
    assert Response.objects.get().procedure_field == "Hộ tịch"
    again = client.get(_url(survey))
    assert "Thiết bị này đã gửi phiếu" in again.text
    client.post(_url(survey), filled(survey))
    assert Response.objects.count() == 1


def test_a_missing_answer_is_named_and_the_rest_is_kept(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    client = Client()
    client.get(_url(survey))
    data = filled(survey)
    first_scale = survey.questions.filter(kind=Kind.SCALE).first()
    del data[f"q{first_scale.pk}"]
    page = client.post(_url(survey), data)
    assert page.status_code == 400 and "Xin Ông/Bà trả lời câu hỏi này." in page.text
    assert 'href="#cau-3">Câu 3: Xin Ông/Bà trả lời câu hỏi này.' in page.text
    assert "Nên có thêm ghế chờ." in page.text  # the comment typed is still there
    assert Response.objects.count() == 0


def test_a_conditional_answer_counts_only_when_its_condition_is_met(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    details = survey.questions.get(show_if__isnull=False, kind=Kind.LONG)
    client = Client()
    client.get(_url(survey))
    data = filled(survey, harassed=False) | {f"q{details.pk}": "Không có gì"}
    client.post(_url(survey), data)
    assert not Answer.objects.filter(question=details).exists()
    other = Client()
    other.get(_url(survey))
    other.post(_url(survey), filled(survey, harassed=True) | {f"q{details.pk}": "Bị hẹn lại"})
    assert Answer.objects.get(question=details).text == "Bị hẹn lại"


def test_without_the_device_cookie_the_sheet_is_refused_and_kept(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    page = Client().post(_url(survey), filled(survey))
    assert page.status_code == 400 and "cho phép cookie" in page.text
    assert "Nên có thêm ghế chờ." in page.text and Response.objects.count() == 0


def test_one_address_is_limited(offices, personas, own_limits, still_clock):
    cache.clear()
    survey = sipas_open(offices["A"], personas["officer_a"])
    for _ in range(30):
        client = Client()
        client.get(_url(survey))
        client.post(_url(survey), filled(survey))
    client = Client()
    client.get(_url(survey))
    page = client.post(_url(survey), filled(survey))
    assert page.status_code == 400 and "quá nhiều phiếu" in page.text
    assert Response.objects.count() == 30
    cache.clear()


def test_the_kiosk_returns_to_a_fresh_sheet_with_no_device_limit(offices, personas):
    officer = personas["officer_a"]
    survey = sipas_open(offices["A"], officer, kiosk=True)
    tablet = Client()
    for _ in range(2):
        sent = tablet.post(_url(survey, kiosk=survey.kiosk_token), filled(survey), follow=True)
        assert "Cảm ơn Ông/Bà đã trả lời phiếu khảo sát" in sent.text
        assert 'name="q' in sent.text and "Nên có thêm ghế chờ." not in sent.text
    assert Response.objects.filter(at_kiosk=True).count() == 2
    signed_in = Client()
    signed_in.force_login(officer)
    signed_in.post(_url(survey, kiosk=1), filled(survey))
    assert Response.objects.filter(at_kiosk=True).count() == 3
    # a guessed kiosk word is an ordinary device, refused without its cookie
    assert Client().post(_url(survey, kiosk="doan"), filled(survey)).status_code == 400


def test_a_draft_is_not_public_and_a_closed_one_takes_no_answer(offices, personas):
    from loa.surveys import services

    officer = personas["officer_a"]
    draft = services.survey_from_sipas(unit=offices["A"], by=officer)
    assert Client().get(_url(draft)).status_code == 404
    survey = sipas_open(offices["A"], officer)
    services.survey_close(survey=survey, by=officer)
    client = Client()
    assert "không nhận phiếu" in client.get(_url(survey)).text
    client.post(_url(survey), filled(survey))
    assert Response.objects.count() == 0


def test_the_poster_carries_the_qr_code_of_the_public_link(offices, personas):
    survey = sipas_open(offices["A"], personas["officer_a"])
    client = Client()
    client.force_login(personas["officer_a"])
    page = client.get(reverse("surveys:poster", args=[survey.pk]))
    assert re.search(r"<svg[^>]*viewBox", page.text)
    assert f"http://testserver{_url(survey)}" in page.text


def test_a_short_answer_is_kept_and_shown_in_the_results(offices, personas):
    from loa.surveys import services
    from loa.surveys.models import Question

    officer = personas["officer_a"]
    survey = services.survey_create(unit=offices["A"], by=officer, title="Góp ý ngắn")
    short = services.question_save(
        question=Question(
            survey=survey, kind=Kind.SHORT, text="Ông/Bà ở thôn, tổ dân phố nào?", required=True
        ),
        labels=[],
        by=officer,
    )
    services.survey_open(survey=survey, by=officer)
    for words in ("Thôn Đông", "Tổ dân phố 3"):
        client = Client()
        page = client.get(_url(survey))
        assert f'<input type="text" name="q{short.pk}"' in page.text
        assert client.post(_url(survey), {f"q{short.pk}": f"  {words} "}).status_code == 302
    left_empty = Client()
    left_empty.get(_url(survey))
    refused = left_empty.post(_url(survey), {f"q{short.pk}": "   "})
    assert refused.status_code == 400 and "Xin Ông/Bà trả lời câu hỏi này." in refused.text
    assert sorted(Answer.objects.values_list("text", flat=True)) == ["Thôn Đông", "Tổ dân phố 3"]

    officer_client = Client()
    officer_client.force_login(officer)
    results = officer_client.get(reverse("surveys:results", args=[survey.pk])).text
    assert "Số phiếu trả lời: 2" in results
    assert '<ul class="survey-texts"><li>Tổ dân phố 3</li><li>Thôn Đông</li></ul>' in results
