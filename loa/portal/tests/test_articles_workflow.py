"""The column's workflow through the pages: an officer writes and submits, only the unit's
leader publishes, sends back or withdraws; nobody outside the unit sees a draft; the
public sees only what is published and due. Every publication is an activity of the log
and a figure of the next report, and leaves it when withdrawn."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from loa.activities.models import Activity
from loa.plans.models import ReformArea
from loa.portal import services
from loa.portal.caching import generation
from loa.portal.models import Article, ArticleStatus
from loa.reports.figures import report_figures
from loa.reports.tests.factories import ReportFactory

from .articles_factories import ArticleFactory, published

pytestmark = pytest.mark.django_db


def review(article):
    return reverse("portal:article_review", kwargs={"pk": article.pk})


def public(article):
    return article.get_absolute_url()


def column(unit):
    return reverse("portal:column_home", kwargs={"code": unit.code})


def action(name, article):
    return reverse(f"portal:article_{name}", kwargs={"pk": article.pk})


def test_officer_writes_submits_and_the_leader_publishes(
    client, offices, personas, django_capture_on_commit_callbacks
):
    unit = offices["A"]
    area = ReformArea.objects.get(code="procedures")
    office = unit.offices.first()
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("portal:article_create", kwargs={"pk": unit.pk}),
        {
            "title": "Xã An Lạc triển khai thanh toán trực tuyến lệ phí hộ tịch",
            "lead": "Từ tháng này, người dân nộp lệ phí đăng ký hộ tịch qua ứng dụng ngân hàng.",
            "body": "## Cách nộp\n\nQuét mã QR tại Bộ phận một cửa.\n\n"
            "- Nhanh\n- Không dùng tiền mặt",
            "reform_area": area.pk,
            "office": office.pk,
            "cover_alt": "",
        },
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == ArticleStatus.DRAFT and article.created_by == personas["officer_a"]
    assert article.body.startswith("<h2>Cách nộp</h2><p>") and "<ul><li>Nhanh</li>" in article.body
    assert client.get(public(article)).status_code == 404  # a draft is nobody's to read

    assert client.post(action("submit", article)).status_code == 302
    article = Article.objects.get(pk=article.pk)
    assert article.status == ArticleStatus.SUBMITTED
    # the officer cannot publish the own article
    assert client.post(action("publish", article), {"dang_luc": ""}).status_code == 403
    article = Article.objects.get(pk=article.pk)
    assert article.status == ArticleStatus.SUBMITTED and not Activity.objects.exists()

    before = generation()
    client.force_login(personas["leader_a"])
    page = client.get(review(article)).content.decode()
    assert "Duyệt và đăng" in page
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(action("publish", article), {"dang_luc": ""}).status_code == 302
    article = Article.objects.get(pk=article.pk)
    assert article.status == ArticleStatus.PUBLISHED and article.approved_by == personas["leader_a"]
    assert generation() > before  # cached public pages are not served again

    activity = article.activity
    assert activity.channel.code == "web_portal" and activity.quantity == 1
    assert activity.title == article.title and activity.office == office
    assert activity.started_on == timezone.localdate()
    assert activity.link == "http://testserver" + public(article)
    assert list(activity.reform_areas.all()) == [area]
    assert activity.created_by == personas["leader_a"]

    client.logout()
    assert article.title in client.get(column(unit)).content.decode()
    assert "Quét mã QR" in client.get(public(article)).content.decode()


def test_a_publication_counts_in_the_next_report_without_typing(offices, personas):
    unit, officer, leader = offices["A"], personas["officer_a"], personas["leader_a"]
    today = timezone.localdate()
    article = published(unit=unit, officer=officer, leader=leader)
    report = ReportFactory(
        unit=unit,
        kind="ad_hoc",
        year=today.year,
        start=today - datetime.timedelta(days=7),
        end=today,
        by=officer,
    )
    assert report_figures(report)["channels"]["web_portal"]["quantity"] == 1
    services.article_withdraw(article=article, reason="Số liệu chưa chính xác", by=leader)
    assert "web_portal" not in report_figures(report)["channels"] or (
        report_figures(report)["channels"]["web_portal"]["quantity"] == 0
    )


def test_other_units_and_the_public_never_see_a_draft(client, offices, personas):
    article = ArticleFactory(unit=offices["A"], by=personas["officer_a"])
    services.article_submit(article=article, by=personas["officer_a"])
    client.force_login(personas["officer_c"])
    assert client.get(review(article)).status_code == 403
    assert (
        client.get(reverse("portal:column_admin", kwargs={"pk": offices["A"].pk})).status_code
        == 403
    )
    assert client.get(public(article)).status_code == 404
    client.logout()
    assert client.get(public(article)).status_code == 404
    assert article.title not in client.get(column(offices["A"])).content.decode()
    assert client.get(review(article)).status_code == 302  # to the login page


def test_a_supervisor_of_the_province_cannot_publish_a_communes_article(client, offices, personas):
    article = ArticleFactory(unit=offices["A"], by=personas["officer_a"])
    services.article_submit(article=article, by=personas["officer_a"])
    client.force_login(personas["supervisor_p"])
    assert client.post(action("publish", article), {"dang_luc": ""}).status_code == 403


def test_a_scheduled_article_appears_at_its_time_and_is_logged_on_that_day(
    client, offices, personas, time_machine
):
    now = timezone.now()
    time_machine.move_to(now, tick=False)
    article = ArticleFactory(unit=offices["A"], by=personas["officer_a"])
    services.article_submit(article=article, by=personas["officer_a"])
    client.force_login(personas["leader_a"])
    when = timezone.localtime(now + datetime.timedelta(days=3))
    response = client.post(
        action("publish", article), {"dang_luc": when.strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 302
    article = Article.objects.get(pk=article.pk)
    assert article.is_scheduled
    assert article.activity.started_on == when.date()  # logged now, dated its day
    page = client.get(review(article)).content.decode()
    assert "hẹn đăng lúc" in page
    client.logout()
    assert client.get(public(article)).status_code == 404
    assert article.title not in client.get(column(offices["A"])).content.decode()
    time_machine.move_to(when + datetime.timedelta(minutes=1), tick=False)
    assert client.get(public(article)).status_code == 200
    assert article.title in client.get(column(offices["A"])).content.decode()


def test_a_time_in_the_past_is_refused_and_nothing_is_published(client, offices, personas):
    article = ArticleFactory(unit=offices["A"], by=personas["officer_a"])
    services.article_submit(article=article, by=personas["officer_a"])
    client.force_login(personas["leader_a"])
    past = timezone.localtime() - datetime.timedelta(days=1)
    response = client.post(
        action("publish", article), {"dang_luc": past.strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 400
    assert "phải sau lúc này" in response.content.decode()
    article = Article.objects.get(pk=article.pk)
    assert article.status == ArticleStatus.SUBMITTED


def test_the_leader_sends_back_with_a_note_the_officer_reads(client, offices, personas):
    article = ArticleFactory(unit=offices["A"], by=personas["officer_a"])
    services.article_submit(article=article, by=personas["officer_a"])
    client.force_login(personas["leader_a"])
    assert client.post(action("send_back", article), {"ly_do": "  "}).status_code == 400
    response = client.post(action("send_back", article), {"ly_do": "Bổ sung số liệu tháng 11"})
    assert response.status_code == 302
    client.force_login(personas["officer_a"])
    page = client.get(action("edit", article)).content.decode()
    assert "Bổ sung số liệu tháng 11" in page
    article = Article.objects.get(pk=article.pk)
    assert article.status == ArticleStatus.DRAFT


def test_withdrawing_needs_a_reason_removes_the_activity_and_keeps_the_history(
    client, offices, personas, django_capture_on_commit_callbacks
):
    article = published(
        unit=offices["A"], officer=personas["officer_a"], leader=personas["leader_a"]
    )
    activity_pk = article.activity_id
    client.force_login(personas["officer_a"])
    assert client.post(action("withdraw", article), {"ly_do": "Sai"}).status_code == 403
    client.force_login(personas["leader_a"])
    assert client.post(action("withdraw", article), {"ly_do": ""}).status_code == 400
    assert Activity.objects.filter(pk=activity_pk).exists()
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action("withdraw", article), {"ly_do": "Thông tin về lệ phí đã thay đổi"}
        )
    assert response.status_code == 302
    article = Article.objects.get(pk=article.pk)
    assert article.status == ArticleStatus.WITHDRAWN and article.activity is None
    assert not Activity.objects.filter(pk=activity_pk).exists()
    assert generation() > before
    reasons = list(article.history.values_list("note", flat=True))
    assert "Thông tin về lệ phí đã thay đổi" in reasons
    assert "Thông tin về lệ phí đã thay đổi" in client.get(review(article)).content.decode()
    client.logout()
    assert client.get(public(article)).status_code == 404

    # written again, submitted, published: a new activity, the old one stays gone
    services.article_submit(article=article, by=personas["officer_a"])
    services.article_publish(article=article, by=personas["leader_a"])
    article = Article.objects.get(pk=article.pk)
    assert article.activity_id not in (None, activity_pk)
    assert Activity.objects.filter(channel__code="web_portal").count() == 1


def test_a_published_article_is_corrected_by_the_leader_only(
    client, offices, personas, django_capture_on_commit_callbacks
):
    article = published(
        unit=offices["A"], officer=personas["officer_a"], leader=personas["leader_a"]
    )
    client.force_login(personas["officer_a"])
    assert client.get(action("edit", article)).status_code == 403
    client.force_login(personas["leader_a"])
    page = client.get(action("edit", article))
    assert page.status_code == 200
    data = {
        "title": "Tiêu đề đã sửa lỗi chính tả",
        "lead": article.lead,
        "body": article.body,
        "reform_area": article.reform_area_id,
        "office": "",
        "cover_alt": "",
        "seen_version": page.context["form"]["seen_version"].value(),
    }
    before = generation()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(action("edit", article), data).status_code == 302
    article = Article.objects.get(pk=article.pk)
    assert (
        article.title == "Tiêu đề đã sửa lỗi chính tả" and article.status == ArticleStatus.PUBLISHED
    )
    assert article.activity.title == "Tiêu đề đã sửa lỗi chính tả"
    assert generation() > before


def test_an_edit_from_an_older_version_is_refused_and_keeps_what_was_typed(
    client, offices, personas
):
    article = ArticleFactory(unit=offices["A"], by=personas["officer_a"])
    client.force_login(personas["officer_a"])
    page = client.get(action("edit", article))
    seen = page.context["form"]["seen_version"].value()
    article.title = "Một người khác vừa sửa"
    services.article_save(article=article, by=personas["leader_a"])
    response = client.post(
        action("edit", article),
        {
            "title": "Bản của tôi",
            "lead": article.lead,
            "body": article.body,
            "reform_area": article.reform_area_id,
            "office": "",
            "cover_alt": "",
            "seen_version": seen,
        },
    )
    assert response.status_code == 400
    assert 'value="Bản của tôi"' in response.content.decode()
    article = Article.objects.get(pk=article.pk)
    assert article.title == "Một người khác vừa sửa"


def test_a_form_with_errors_keeps_everything_typed(client, offices, personas):
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("portal:article_create", kwargs={"pk": offices["A"].pk}),
        {
            "title": "Tiêu đề còn giữ",
            "lead": "",
            "body": "Nội dung còn giữ",
            "reform_area": "999999",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Cần nhập sa pô" in page and "Lĩnh vực này không có trong danh mục" in page
    assert 'value="Tiêu đề còn giữ"' in page and "Nội dung còn giữ" in page
    assert not Article.objects.exists()
