"""A second click on "Lưu" while the first sending is on its way sends nothing more, and
one activity is logged."""

import time

import pytest
from playwright.sync_api import expect

from loa.activities import services
from loa.activities.models import Activity
from loa.e2e.a11y import assert_accessible

pytestmark = pytest.mark.e2e


def test_a_second_click_on_save_sends_nothing_more(
    transactional_db, signed_in, live_server, personas, monkeypatch
):
    real_create = services.activity_create

    def slow_create(**kwargs):
        time.sleep(1)  # a slow connection: the officer clicks again meanwhile
        return real_create(**kwargs)

    monkeypatch.setattr(services, "activity_create", slow_create)
    page = signed_in(personas["officer_a"])
    page.goto(live_server.url + "/hoat-dong/ghi-nhan/")
    assert_accessible(page)
    page.select_option("#id_channel", label="Tin, bài trên trang, cổng thông tin điện tử")
    page.fill("#id_title", "Tin về một cửa liên thông")
    page.fill("#id_quantity", "1")
    posts = []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    box = page.get_by_role("button", name="Lưu", exact=True).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    with page.expect_request(lambda request: request.method == "POST"):
        page.mouse.click(x, y)
    page.mouse.click(x, y)  # the same button again: the first answer is not back yet

    expect(page.get_by_text("Đã ghi nhận “Tin về một cửa liên thông”.")).to_be_visible()
    assert_accessible(page)
    assert len(posts) == 1
    assert Activity.objects.filter(title="Tin về một cửa liên thông").count() == 1
