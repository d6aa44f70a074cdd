"""Guests' public pages come from the cache until the next public write (ADR 28)."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from conftest import member
from loa.accounts.models import Role
from loa.portal import feedback_services as fb
from loa.portal import services
from loa.portal.caching import generation, public_pages_changed
from loa.portal.feedback_services import feedback_receive
from loa.portal.middleware import HEADER
from loa.portal.models import FeedbackAnswer
from loa.portal.tests.articles_factories import ArticleFactory, published
from loa.portal.tests.factories import ProcedureFactory, UnitContactFactory


@pytest.fixture
def page_cache(settings):
    """The cache on, in a local-memory store of this test's own (the suite's shared Redis
    is left alone)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal-page-cache-test",
        }
    }
    settings.LOA_PUBLIC_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


def _site(tree):
    return f"/cong-cong-khai/{tree['A'].code}/"


def test_a_guest_gets_the_second_visit_from_the_cache(client, tree, page_cache):
    first = client.get(_site(tree))
    second = client.get(_site(tree))
    assert first.status_code == second.status_code == 200
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content


def test_a_public_write_shows_at_once(client, tree, page_cache, django_capture_on_commit_callbacks):
    client.get(_site(tree))
    with django_capture_on_commit_callbacks(execute=True):
        UnitContactFactory(unit=tree["A"], hotline="0210 3999 888")
        public_pages_changed()  # what every public write calls (the contact page does)
    response = client.get(_site(tree))
    assert response[HEADER] == "miss"
    assert "0210 3999 888" in response.content.decode()


def test_the_contact_page_moves_the_cache_on(
    client, tree, page_cache, django_capture_on_commit_callbacks
):
    admin = member(tree["A"], Role.UNIT_ADMIN)
    guest = client.__class__()
    guest.get(_site(tree))
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/cong-cong-khai/quan-tri/{tree['A'].pk}/lien-he/",
            {"address": "Số 1 đường Hùng Vương", "hotline": "0210 3851 000", "email": ""},
        )
    assert response.status_code == 302
    page = guest.get(_site(tree))
    assert page[HEADER] == "miss"
    assert "0210 3851 000" in page.content.decode()


def test_a_procedure_saved_moves_the_cache_on(
    client, tree, page_cache, django_capture_on_commit_callbacks
):
    url = f"{_site(tree)}thu-tuc/?q=khai+sinh"
    assert "Đăng ký khai sinh" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        ProcedureFactory(name="Đăng ký khai sinh")
    assert "Đăng ký khai sinh" in client.get(url).content.decode()


def test_a_signed_in_user_never_gets_or_leaves_a_copy(client, tree, page_cache):
    client.force_login(member(tree["A"], Role.OFFICER))
    for _ in range(2):
        response = client.get(_site(tree))
        assert HEADER not in response
    assert "private" in response["Cache-Control"]


def test_officers_pages_and_queries_out_of_bounds_are_never_kept(client, tree, page_cache):
    long = client.get(f"{_site(tree)}thu-tuc/?q=" + "a" * 300)
    assert HEADER not in long
    admin_page = client.get(f"/cong-cong-khai/quan-tri/{tree['A'].pk}/lien-he/")
    assert HEADER not in admin_page


def test_query_order_does_not_make_a_second_copy(client, tree, page_cache):
    base = f"{_site(tree)}thu-tuc/"
    client.get(f"{base}?q=ho+tich&trang=1")
    assert client.get(f"{base}?trang=1&q=ho+tich")[HEADER] == "hit"


def test_a_missing_unit_is_not_kept(client, tree, page_cache):
    for _ in range(2):
        response = client.get("/cong-cong-khai/99999999/")
        assert response.status_code == 404
        assert HEADER not in response


# --- invalidation on commit -----------------------------------------------------------------


def _column(unit):
    return reverse("portal:column_home", kwargs={"code": unit.code})


def test_publishing_moves_the_cache_on_when_it_commits_not_before(
    client, offices, personas, page_cache, django_capture_on_commit_callbacks
):
    """A guest reading between the write and its commit must not get the old page stored
    as current: the generation moves when the transaction commits."""
    unit = offices["A"]
    assert client.get(_column(unit))[HEADER] == "miss"
    before = generation()
    with django_capture_on_commit_callbacks() as callbacks:
        article = published(unit=unit, officer=personas["officer_a"], leader=personas["leader_a"])
        assert generation() == before  # not yet committed: nothing moved
        assert client.get(_column(unit))[HEADER] == "hit"
    assert len(callbacks) == 1  # once, however many writes the transaction made
    for callback in callbacks:
        callback()
    page = client.get(_column(unit))
    assert page[HEADER] == "miss"
    assert article.title in page.content.decode()


def test_a_committed_publication_shows_on_the_next_guest_request(
    transactional_db, offices, personas, page_cache
):
    """Real commits (a transactional test): the leader's publish through the page, then a
    guest's next request for the column shows the article."""
    unit = offices["A"]
    guest, leader = Client(), Client()
    assert guest.get(_column(unit))[HEADER] == "miss"
    assert guest.get(_column(unit))[HEADER] == "hit"
    article = ArticleFactory(unit=unit, by=personas["officer_a"])
    services.article_submit(article=article, by=personas["officer_a"])
    leader.force_login(personas["leader_a"])
    url = reverse("portal:article_publish", kwargs={"pk": article.pk})
    assert leader.post(url, {"dang_luc": ""}).status_code == 302
    page = guest.get(_column(unit))
    assert page[HEADER] == "miss"
    assert article.title in page.content.decode()


def test_outside_a_transaction_the_generation_moves_at_once(transactional_db, page_cache):
    before = generation()
    public_pages_changed()
    assert generation() == before + 1


# --- citizens' feedback ---------------------------------------------------------------------


def _receive(unit):
    return feedback_receive(
        unit=unit,
        data={
            "sender_name": "Nguyễn Văn An",
            "sender_address": "Thôn Đông",
            "sender_phone": "0912 345 678",
            "title": "Chờ lâu tại bộ phận một cửa",
            "content": "Phải chờ hơn 2 giờ.",
            "consent": True,
        },
    )


def _acts(feedback, personas):
    """Every officer's and leader's act on a feedback, in order, with the status the
    citizen's lookup then shows."""
    officer, leader = personas["officer_a"], personas["leader_a"]
    office = feedback.unit.offices.first()

    def answer():
        return FeedbackAnswer.objects.get(feedback=feedback)

    return [
        (
            lambda: fb.feedback_accept(
                feedback=feedback, by=officer, about_procedure=False, field="Hộ tịch", office=office
            ),
            "Đang xử lý",
        ),
        (
            lambda: fb.answer_save(
                feedback=feedback,
                by=officer,
                body="Đã bố trí thêm công chức.",
                public_title="Thời gian chờ tại một cửa",
                public_content="Người dân chờ lâu.",
            ),
            "Thời gian chờ tại một cửa",
        ),
        (lambda: fb.answer_submit(feedbackanswer=answer(), by=officer), "chờ lãnh đạo duyệt"),
        (
            lambda: fb.answer_send_back(feedbackanswer=answer(), by=leader, reason="Bổ sung."),
            "Đang xử lý",
        ),
        (lambda: fb.answer_submit(feedbackanswer=answer(), by=officer), "chờ lãnh đạo duyệt"),
        (lambda: fb.answer_issue(feedbackanswer=answer(), by=leader), "Đã trả lời"),
    ]


def test_every_act_on_a_feedback_moves_the_cache_on_when_it_commits(
    offices, personas, page_cache, django_capture_on_commit_callbacks
):
    feedback = _receive(offices["A"])
    closing = [
        (lambda f: fb.feedback_reject(feedback=f, by=personas["officer_a"], reason="Thư rác.")),
        (
            lambda f: fb.feedback_forward(
                feedback=f, by=personas["officer_a"], to="Sở Tư pháp tỉnh", note=""
            )
        ),
    ]
    acts = [act for act, _ in _acts(feedback, personas)]
    acts += [lambda close=close: close(_receive(offices["A"])) for close in closing]
    for act in acts:
        before = generation()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            act()
        assert callbacks, act
        assert generation() > before


def test_the_citizens_lookup_and_the_answers_show_each_act_at_once(
    client, offices, personas, page_cache, django_capture_on_commit_callbacks
):
    unit = offices["A"]
    feedback = _receive(unit)
    lookup = reverse("portal:feedback_lookup", kwargs={"code": unit.code})
    answers = reverse("portal:answer_list", kwargs={"code": unit.code})
    assert "Chờ xử lý" in client.get(lookup, {"ma": feedback.code}).content.decode()
    assert client.get(answers)[HEADER] == "miss"
    for act, shown in _acts(feedback, personas):
        with django_capture_on_commit_callbacks(execute=True):
            act()
        assert shown in client.get(lookup, {"ma": feedback.code}).content.decode()
    listing = client.get(answers)
    assert listing[HEADER] == "miss"
    assert "Thời gian chờ tại một cửa" in listing.content.decode()
    detail = client.get(
        reverse("portal:answer_detail", kwargs={"code": unit.code, "pk": feedback.pk})
    )
    assert "Đã bố trí thêm công chức." in detail.content.decode()


def test_forwarded_and_rejected_show_on_the_cached_lookup_at_once(
    client, offices, personas, page_cache, django_capture_on_commit_callbacks
):
    unit = offices["A"]
    lookup = reverse("portal:feedback_lookup", kwargs={"code": unit.code})
    forwarded, rejected = _receive(unit), _receive(unit)
    for item in (forwarded, rejected):
        assert "Chờ xử lý" in client.get(lookup, {"ma": item.code}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        fb.feedback_forward(
            feedback=forwarded, by=personas["officer_a"], to="Sở Tư pháp tỉnh", note=""
        )
        fb.feedback_reject(feedback=rejected, by=personas["officer_a"], reason="Thư rác.")
    assert "Sở Tư pháp tỉnh" in client.get(lookup, {"ma": forwarded.code}).content.decode()
    assert "Thư rác." in client.get(lookup, {"ma": rejected.code}).content.decode()


def test_a_scheduled_article_shows_at_its_time_on_a_cached_page(
    client, offices, personas, page_cache, time_machine, django_capture_on_commit_callbacks
):
    """Nothing is written when a scheduled article's time comes, so no generation moves:
    a page stored before then is kept only until that time, not the usual ten minutes."""
    import datetime

    from django.utils import timezone

    unit = offices["A"]
    now = timezone.now().replace(microsecond=0)
    time_machine.move_to(now, tick=False)
    at = now + datetime.timedelta(minutes=3)
    with django_capture_on_commit_callbacks(execute=True):
        article = published(
            unit=unit, officer=personas["officer_a"], leader=personas["leader_a"], at=at
        )
    first = client.get(_column(unit))
    assert first[HEADER] == "miss" and article.title not in first.content.decode()
    time_machine.move_to(now + datetime.timedelta(minutes=2), tick=False)
    assert client.get(_column(unit))[HEADER] == "hit"
    time_machine.move_to(at + datetime.timedelta(seconds=2), tick=False)
    later = client.get(_column(unit))
    assert later[HEADER] == "miss"
    assert article.title in later.content.decode()
