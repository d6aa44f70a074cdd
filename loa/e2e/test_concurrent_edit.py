"""Two browsers edit the same task in place: the second to save is told who changed it
meanwhile, sees the stored version beside its own, keeps its text, and overwrites only
with a second click (issue #10, finding 2)."""

import pytest
from playwright.sync_api import expect

from conftest import member
from loa.accounts.models import Role
from loa.e2e.a11y import assert_accessible
from loa.plans.models import Task

pytestmark = pytest.mark.e2e

THEIRS = "Đăng tin CCHC mỗi tuần trên trang thông tin điện tử xã"
MINE = "Đăng tin và video CCHC trên trang thông tin điện tử xã"


def _edit_row(page, url, task):
    page.goto(url)
    assert_accessible(page)
    row = page.locator(f"#nhiem-vu-{task.pk}")
    row.get_by_role("link", name="Sửa").click()
    expect(page.locator(f"#nhiem-vu-{task.pk}.editing")).to_be_visible()
    return page.locator(f"#nhiem-vu-{task.pk}")


def test_two_browsers_edit_the_same_task_and_the_second_keeps_its_text(
    transactional_db, signed_in, live_server, plan_pages, tree, personas
):
    draft, task = plan_pages["draft"], plan_pages["task"]
    url = f"{live_server.url}/ke-hoach/{draft.pk}/nhiem-vu/"
    hoa = signed_in(member(tree["A"], Role.OFFICER, full_name="Trần Thị Hoa"))
    me = signed_in(personas["officer_a"])
    hers, mine = _edit_row(hoa, url, task), _edit_row(me, url, task)

    hers.get_by_label("Nội dung nhiệm vụ").fill(THEIRS)
    hers.get_by_role("button", name="Lưu dòng").click()
    expect(hoa.locator(f"#nhiem-vu-{task.pk}")).to_contain_text(THEIRS)

    mine.get_by_label("Nội dung nhiệm vụ").fill(MINE)
    mine.get_by_role("button", name="Lưu dòng").click()
    row = me.locator(f"#nhiem-vu-{task.pk}")
    expect(row.get_by_role("alert")).to_contain_text("Nhiệm vụ này đã được Trần Thị Hoa sửa lúc")
    both = row.get_by_role("table", name="Bản đang lưu và bản bạn nhập, ở những chỗ khác nhau")
    expect(both.get_by_role("row", name="Nội dung nhiệm vụ")).to_contain_text(THEIRS)
    expect(both.get_by_role("row", name="Nội dung nhiệm vụ")).to_contain_text(MINE)
    expect(row.get_by_label("Nội dung nhiệm vụ")).to_have_value(MINE)
    assert Task.objects.get(pk=task.pk).content == THEIRS
    assert_accessible(me)

    # having seen both, a second click keeps this officer's text
    row.get_by_role("button", name="Lưu dòng").click()
    expect(me.locator(f"#nhiem-vu-{task.pk}")).not_to_have_class("editing")
    expect(me.locator(f"#nhiem-vu-{task.pk}")).to_contain_text(MINE)
    assert Task.objects.get(pk=task.pk).content == MINE
