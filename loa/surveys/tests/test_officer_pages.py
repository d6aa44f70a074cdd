"""The officers' pages: create from the template or empty, edit, questions, open, close."""

from django.test import Client
from django.urls import reverse

from loa.activities.models import Activity
from loa.surveys.models import Kind, Question, Survey, SurveyStatus


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_officer_creates_a_sipas_survey_and_sees_its_questions(offices, personas):
    client = _client(personas["officer_a"])
    unit = offices["A"]
    page = client.get(reverse("surveys:create", args=[unit.pk]))
    assert "Mẫu phiếu khảo sát mức độ hài lòng (SIPAS)" in page.text
    sent = client.post(
        reverse("surveys:create", args=[unit.pk]), {"title": "Khảo sát năm 2026", "start": "sipas"}
    )
    survey = Survey.objects.get(unit=unit)
    assert sent["Location"] == reverse("surveys:edit", args=[survey.pk])
    page = client.get(sent["Location"])
    assert "Ông/Bà đến giải quyết thủ tục hành chính thuộc lĩnh vực nào?" in page.text
    assert "chỉ hỏi khi chọn “Có”" in page.text
    listing = client.get(reverse("surveys:list", args=[unit.pk]))
    assert "Khảo sát năm 2026" in listing.text


def test_a_title_left_empty_is_refused_in_vietnamese(offices, personas):
    client = _client(personas["officer_a"])
    page = client.post(reverse("surveys:create", args=[offices["A"].pk]), {"start": "empty"})
    assert page.status_code == 400 and "Chưa lưu được" in page.text
    assert not Survey.objects.exists()


def test_questions_are_added_edited_moved_and_deleted_while_drafting(offices, personas):
    client = _client(personas["officer_a"])
    client.post(
        reverse("surveys:create", args=[offices["A"].pk]),
        {"title": "Phiếu riêng", "start": "empty"},
    )
    survey = Survey.objects.get()
    add = reverse("surveys:question_add", args=[survey.pk])
    refused = client.post(add, {"text": "Ông/Bà là?", "kind": Kind.SINGLE, "labels": "Nam"})
    assert refused.status_code == 400 and "ít nhất hai lựa chọn" in refused.text
    assert "Nam" in refused.text  # what was typed is kept
    client.post(
        add, {"text": "Ông/Bà là?", "kind": Kind.SINGLE, "labels": "Nam\nNữ", "required": "on"}
    )
    client.post(add, {"text": "Mức độ hài lòng chung", "kind": Kind.SCALE, "required": "on"})
    first, second = survey.questions.all()
    assert [c.value for c in second.choices.all()] == [1, 2, 3, 4, 5]
    client.post(
        reverse("surveys:question_edit", args=[first.pk]),
        {"text": "Giới tính của Ông/Bà", "kind": Kind.SINGLE, "labels": "Nam\nNữ\nKhác"},
    )
    first.refresh_from_db()
    assert first.text == "Giới tính của Ông/Bà" and first.choices.count() == 3
    client.post(reverse("surveys:question_move", args=[second.pk]), {"huong": "len"})
    assert list(survey.questions.values_list("pk", flat=True)) == [second.pk, first.pk]
    client.post(reverse("surveys:question_delete", args=[first.pk]))
    assert list(survey.questions.all()) == [second]


def test_opening_and_closing_logs_the_wave_once(offices, personas):
    client = _client(personas["officer_a"])
    client.post(
        reverse("surveys:create", args=[offices["A"].pk]), {"title": "Đợt 1", "start": "sipas"}
    )
    survey = Survey.objects.get()
    client.post(reverse("surveys:open", args=[survey.pk]))
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.OPEN
    # once open, the questions are fixed
    question = survey.questions.first()
    assert client.get(reverse("surveys:question_edit", args=[question.pk])).status_code == 403
    client.post(reverse("surveys:close", args=[survey.pk]))
    client.post(reverse("surveys:open", args=[survey.pk]))
    page = client.post(reverse("surveys:close", args=[survey.pk]), follow=True)
    assert "ghi vào nhật ký hoạt động" in page.text
    activity = Activity.objects.get(unit=offices["A"])
    assert activity.title == "Khảo sát mức độ hài lòng: Đợt 1"
    assert activity.description == "0 phiếu khảo sát."


def test_an_officer_of_another_commune_is_refused(offices, personas):
    client = _client(personas["officer_c"])
    assert client.get(reverse("surveys:list", args=[offices["A"].pk])).status_code == 403
    assert Question.objects.count() == 0


def test_the_units_site_leads_its_officers_to_the_surveys(offices, personas):
    unit = offices["A"]
    site = reverse("portal:unit_site", args=[unit.code])
    link = reverse("surveys:list", args=[unit.pk])
    assert link in _client(personas["officer_a"]).get(site).text
    assert link not in Client().get(site).text


def test_a_save_from_an_older_edit_page_is_refused_with_both_versions(offices, personas):
    """ADR 15 on the survey's form: the second officer's older page does not overwrite the
    first one's save; both versions are shown, the typing kept, a second click saves."""
    from conftest import member
    from loa.accounts.models import Role
    from loa.core.tests.pages import form_data
    from loa.surveys import services

    survey = services.survey_create(unit=offices["A"], by=personas["officer_a"], title="Đợt 1")
    url = reverse("surveys:edit", args=[survey.pk])
    first = _client(member(offices["A"], Role.OFFICER, full_name="Trần Thị Hoa"))
    second = _client(personas["officer_a"])
    older = second.get(url).text
    saved = first.post(url, {**form_data(first.get(url).text, "title"), "title": "Bản thứ nhất"})
    assert saved.status_code == 302
    typed = {**form_data(older, "title"), "title": "Bản thứ hai, gõ từ trang cũ"}
    refused = second.post(url, typed)
    assert refused.status_code == 400
    assert "trong khi bạn đang sửa" in refused.text
    assert "Bản đang lưu" in refused.text and "Bản bạn nhập" in refused.text
    assert "Bản thứ nhất" in refused.text
    assert Survey.objects.get(pk=survey.pk).title == "Bản thứ nhất"
    kept = form_data(refused.text, "title")
    assert kept["title"] == "Bản thứ hai, gõ từ trang cũ"
    assert second.post(url, kept).status_code == 302
    assert Survey.objects.get(pk=survey.pk).title == "Bản thứ hai, gõ từ trang cũ"


def _designed(client, unit):
    """An empty survey built through the pages: a yes/no question, then a short one."""
    client.post(
        reverse("surveys:create", args=[unit.pk]), {"title": "Dịch vụ công", "start": "empty"}
    )
    survey = Survey.objects.get()
    add = reverse("surveys:question_add", args=[survey.pk])
    client.post(
        add,
        {
            "text": "Ông/Bà đã nộp hồ sơ trực tuyến chưa?",
            "kind": Kind.SINGLE,
            "labels": "Đã nộp\nChưa nộp",
            "required": "on",
        },
    )
    return survey, add


def test_an_officer_sets_a_condition_in_the_designer(offices, personas):
    client = _client(personas["officer_a"])
    survey, add = _designed(client, offices["A"])
    online = survey.questions.get()
    done = online.choices.get(label="Đã nộp")
    form = client.get(add)
    # the condition is offered as "question: choice", of the questions before
    assert f'<option value="{done.pk}">Ông/Bà đã nộp hồ sơ trực tuyến chưa?: Đã nộp' in form.text
    sent = client.post(
        add,
        {
            "text": "Ông/Bà nộp qua trang nào?",
            "kind": Kind.SHORT,
            "show_if": done.pk,
        },
    )
    assert sent.status_code == 302
    where = survey.questions.get(kind=Kind.SHORT)
    assert where.show_if == done and not where.required
    page = client.get(reverse("surveys:edit", args=[survey.pk]))
    assert "chỉ hỏi khi chọn “Đã nộp” ở câu “Ông/Bà đã nộp hồ sơ trực tuyến chưa?”" in page.text
    # the edit form keeps it chosen; a question cannot depend on its own choices
    edit = client.get(reverse("surveys:question_edit", args=[where.pk]))
    assert f'<option value="{done.pk}" selected>' in edit.text
    refused = client.post(
        reverse("surveys:question_edit", args=[online.pk]),
        {
            "text": "Ông/Bà đã nộp hồ sơ trực tuyến chưa? (sửa)",
            "kind": Kind.SINGLE,
            "labels": "Đã nộp\nChưa nộp",
            "show_if": done.pk,
        },
    )
    assert refused.status_code == 400 and "(sửa)" in refused.text
    online.refresh_from_db()
    assert online.show_if is None and not online.text.endswith("(sửa)")
    # the citizen's sheet says when to answer it
    client.post(reverse("surveys:open", args=[survey.pk]))
    sheet = Client().get(reverse("surveys:public", args=[offices["A"].code, survey.pk]))
    assert "(chỉ trả lời nếu đã chọn “Đã nộp” ở câu 1)" in sheet.text
    assert f'data-show-if-value="{done.pk}"' in sheet.text
