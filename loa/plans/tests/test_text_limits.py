"""A plan's text has generous limits, so no one can make a plan that takes minutes to print
(issue #10, finding 4): a section holds at most 50,000 characters in 1,000 paragraphs, a
plan 5,000 paragraphs. Past a limit the page says so in Vietnamese and keeps the text."""

from django.urls import reverse

from loa.core.tests.pages import form_data
from loa.plans.models import PlanParagraph, ReportingRule, Target, Task

LINE = "- Tuyên truyền cải cách hành chính trên loa truyền thanh của thôn, tổ dân phố, hằng tuần."


def _section_post(client, draft, text):
    section = draft.sections.get(title="Mục đích")
    url = reverse("plans:section_save", args=[draft.pk, section.pk])
    data = form_data(client.get(url).content.decode(), f"s{section.pk}-text")
    data[f"s{section.pk}-text"] = text
    return section, client.post(url, data)


def test_section_over_50000_characters_is_refused_and_kept(client, draft, personas):
    client.force_login(personas["officer_a"])
    text = "\n".join([LINE] * 600)  # 600 paragraphs, 54,000 characters
    section, response = _section_post(client, draft, text)
    assert response.status_code == 400
    assert "50.000 ký tự" in response.text
    assert response.context["form"]["text"].value() == text
    assert not section.paragraphs.filter(text__startswith="Tuyên truyền cải cách").exists()


def test_section_over_1000_paragraphs_is_refused_and_kept(client, draft, personas):
    client.force_login(personas["officer_a"])
    text = "\n".join(f"- Tin số {i}." for i in range(1001))
    section, response = _section_post(client, draft, text)
    assert response.status_code == 400
    assert "1.000 đoạn" in response.text
    assert response.context["form"]["text"].value() == text


def test_section_within_the_limits_is_saved(client, draft, personas):
    client.force_login(personas["officer_a"])
    section, response = _section_post(client, draft, "\n".join([LINE] * 500))  # 45,000
    assert response.status_code == 302
    assert section.paragraphs.count() == 500


def test_plan_over_5000_paragraphs_is_refused(client, draft, personas):
    client.force_login(personas["officer_a"])
    other = draft.sections.exclude(title="Mục đích").first()
    PlanParagraph.objects.bulk_create(
        PlanParagraph(section=other, order=i, text=f"Đoạn {i}.") for i in range(4990)
    )
    section, response = _section_post(client, draft, "\n".join([LINE] * 20))
    assert response.status_code == 400
    assert "5.000 đoạn" in response.text


def test_plan_intro_over_50000_characters_is_refused_and_kept(client, draft, personas):
    client.force_login(personas["officer_a"])
    url = reverse("plans:edit", args=[draft.pk])
    data = form_data(client.get(url).content.decode(), "intro")
    data["intro"] = "Căn cứ Kế hoạch số 01/KH-UBND của UBND tỉnh; " * 1200
    response = client.post(url, data)
    assert response.status_code == 400
    assert "50.000 ký tự" in response.text
    assert response.context["form"]["intro"].value() == data["intro"]


def test_plan_with_500_tasks_takes_no_more_and_keeps_what_was_typed(client, draft, personas):
    # each task is a row of the appendix table, the slowest part of a plan to print
    client.force_login(personas["officer_a"])
    Task.objects.bulk_create(
        Task(plan=draft, order=i, content=f"Nhiệm vụ {i}") for i in range(500 - draft.tasks.count())
    )
    url = reverse("plans:task_add", args=[draft.pk])
    data = form_data(
        client.get(reverse("plans:tasks", args=[draft.pk])).content.decode(), "new-content"
    )
    data["new-content"] = "Treo băng rôn tại trụ sở"
    data["new-lead_text"] = "Văn phòng HĐND và UBND xã"
    response = client.post(url, data)
    assert response.status_code == 400
    assert "500 nhiệm vụ" in response.text
    assert "Treo băng rôn tại trụ sở" in response.text
    assert draft.tasks.count() == 500


def test_plan_with_200_targets_takes_no_more_and_keeps_what_was_typed(client, draft, personas):
    client.force_login(personas["officer_a"])
    Target.objects.bulk_create(
        Target(plan=draft, order=i, text=f"Chỉ tiêu {i}")
        for i in range(200 - draft.targets.count())
    )
    url = reverse("plans:targets", args=[draft.pk])
    data = form_data(client.get(url).content.decode(), "new-text")
    data.update({"new-text": "100% thôn có loa truyền thanh", "new-measure": "milestone"})
    response = client.post(url, data)
    assert response.status_code == 400
    assert "200 chỉ tiêu" in response.text
    assert "100% thôn có loa truyền thanh" in response.text
    assert draft.targets.count() == 200


def test_plan_with_50_reporting_lines_takes_no_more(client, draft, personas):
    client.force_login(personas["officer_a"])
    ReportingRule.objects.bulk_create(
        ReportingRule(plan=draft, kind="annual", recipient=f"Nơi nhận {i}")
        for i in range(50 - draft.reporting_rules.count())
    )
    response = client.post(
        reverse("plans:reporting_add", args=[draft.pk]),
        {"rule-kind": "annual", "rule-recipient": "UBND thành phố (qua Sở Nội vụ)"},
    )
    assert response.status_code == 400
    assert "50 dòng chế độ báo cáo" in response.text
    assert draft.reporting_rules.count() == 50
