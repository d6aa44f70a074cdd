"""Accessibility in the browser tests.

axe-core judges each page against WCAG 2.1 A and AA (contrast, names and labels, landmarks,
ARIA, language...). The package axe-playwright-python ships axe's script, so nothing is
fetched at run time. Only what axe does not measure is checked by our own code: the
language is Vietnamese (axe only wants a valid one), exactly one h1 (axe's rule is a best
practice that wants at least one), no sideways scrolling on a phone; the keyboard walk is in
test_accessibility.py.

The page fixtures `watch` every page they open: each document it loads must get an axe run
(`assert_accessible`, or `axe_violations` for a walk that reports every page at the end).
"""

from collections.abc import Iterator
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"1280x900": DESKTOP, "390x844": PHONE}

AXE = Axe()
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# Per watched page, the addresses it loaded and axe has not yet seen (an ordered set).
_unchecked: WeakKeyDictionary[Page, dict[str, None]] = WeakKeyDictionary()


def _address(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def watch(page: Page) -> None:
    """Remember each document `page` loads until axe has checked it."""
    _unchecked[page] = {}

    def loaded(page: Page) -> None:
        if page.url.startswith("http"):
            _unchecked[page][_address(page.url)] = None

    page.on("load", loaded)


def unchecked_pages(page: Page) -> list[str]:
    return list(_unchecked.get(page, {}))


def _target(target: list) -> str:
    # A target is a CSS selector, or a list of them for an element inside a frame or a
    # shadow root.
    return " ".join(" >>> ".join(t) if isinstance(t, list) else t for t in target)


def axe_violations(page: Page) -> list[str]:
    """Run axe-core (WCAG 2.1 AA) on `page` as it is now; one line per rule broken, then
    one per element with what axe found wrong."""
    page.wait_for_load_state("load")
    violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
    _unchecked.get(page, {}).pop(_address(page.url), None)
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            summary = node.get("failureSummary") or ""
            # The first line is axe's "Fix any/all of the following:".
            found = "; ".join(line.strip() for line in summary.splitlines()[1:] if line.strip())
            lines.append(f"  {_target(node['target'])}: {found}")
    return lines


def assert_accessible(page: Page) -> None:
    """Fail unless axe-core finds `page`, as it is now, free of WCAG 2.1 AA violations."""
    violations = axe_violations(page)
    assert not violations, (
        f"axe-core (WCAG 2.1 AA) thấy vi phạm tại {_address(page.url)}:\n" + "\n".join(violations)
    )


# --- Our own checks: what axe does not do ---------------------------------------------------

LANG_AND_H1_JS = """
() => ({
  lang: document.documentElement.getAttribute('lang'),
  h1: Array.from(document.querySelectorAll('h1')).map(h => h.textContent.trim()),
})
"""


def lang_and_h1_problems(page: Page) -> list[str]:
    found = page.evaluate(LANG_AND_H1_JS)
    problems = []
    if found["lang"] != "vi":
        problems.append(f'<html lang="{found["lang"]}">, cần lang="vi"')
    if len(found["h1"]) != 1:
        problems.append(f"{len(found['h1'])} thẻ h1: {found['h1']}")
    return problems


# The page itself must not scroll sideways on a phone; a wide table scrolls inside its own
# box. Reports the widths and the outermost elements that stick out past the right edge
# without a box that scrolls (or clips) sideways to hold them in.
SIDEWAYS_JS = r"""
() => {
  const selector = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(part + '#' + e.id); break; }
      if (e.classList.length) part += '.' + Array.from(e.classList).join('.');
      parts.unshift(part);
    }
    return parts.join(' > ');
  };
  const width = window.innerWidth;
  // Whether a box that scrolls or clips sideways holds `el` in: only the boxes on its chain
  // of containing blocks do (an absolutely positioned element escapes the overflow of
  // every static ancestor); fixed elements never widen the page.
  const contained = (el) => {
    let position = getComputedStyle(el).position;
    if (position === 'fixed') return true;
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (position === 'absolute' && s.position === 'static') continue;
      if (s.overflowX !== 'visible') return true;
      position = s.position;
      if (position === 'fixed') return true;
    }
    return false;
  };
  const sticking = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 1 || contained(el)) continue;
    if (sticking.some(outer => outer.contains(el))) continue;
    sticking.push(el);
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: width,
    sticking: sticking.slice(0, 8).map(el => {
      const r = el.getBoundingClientRect();
      return `${selector(el)}: ${Math.round(r.left)}–${Math.round(r.right)}px`;
    }),
  };
}
"""


def sideways_problems(page: Page) -> list[str]:
    """Why `page`, at its current (phone) size, scrolls sideways; empty if it does not."""
    found = page.evaluate(SIDEWAYS_JS)
    if found["scrollWidth"] <= found["innerWidth"] + 1:
        return []
    return [
        f"scrollWidth {found['scrollWidth']}px > innerWidth {found['innerWidth']}px",
        *found["sticking"],
    ]


def report(problems: dict) -> str:
    lines = []
    for where, items in problems.items():
        lines.append(f"{where}:")
        lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)


# --- The pages the accessibility tests walk -------------------------------------------------


def each_page(guest: Page, signed_in, base_url: str, tree, personas) -> Iterator[tuple[str, Page]]:
    """Bring a page to each state in turn, yielding a name for it and the page: a guest on
    the login form, then each persona on its pages."""
    guest.goto(base_url + "/tai-khoan/dang-nhap/")
    expect(guest.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    # Without the stylesheet every colour would be the browser default and prove nothing.
    expect(guest.locator(".site-header")).to_have_css("background-color", "rgb(10, 74, 134)")
    yield "trang đăng nhập (khách)", guest

    guest.fill("#id_username", personas["officer_a"].username)
    guest.fill("#id_password", "khong-dung-mat-khau")
    guest.get_by_role("button", name="Đăng nhập", exact=True).click()
    expect(guest.locator(".error-summary")).to_contain_text("Tên đăng nhập hoặc mật khẩu")
    yield "trang đăng nhập sau khi sai mật khẩu", guest

    yield from each_public_page(guest, base_url, tree)

    page = signed_in(personas["officer_a"])
    expect(page.get_by_role("heading", name="Việc cần làm hôm nay")).to_be_visible()
    yield "trang chủ, cán bộ xã A", page

    page = signed_in(personas["supervisor_p"])
    expect(page.get_by_role("heading", name="Các đơn vị trực thuộc")).to_be_visible()
    yield "trang chủ, theo dõi tỉnh P", page

    page.goto(f"{base_url}/tai-khoan/don-vi/{tree['P'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Phú Thọ")
    expect(page.locator("#id_q")).to_be_visible()
    yield "đơn vị tỉnh P, theo dõi tỉnh P", page

    page.goto(base_url + "/theo-doi/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Theo dõi: Tỉnh Phú Thọ")
    expect(page.get_by_role("heading", name="Các đơn vị trực thuộc", exact=True)).to_be_visible()
    yield "Theo dõi: toàn cảnh tỉnh P và bảng các xã, theo dõi tỉnh P", page

    page.goto(f"{base_url}/theo-doi/{tree['A'].key}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Theo dõi: Xã An Lạc")
    yield "Theo dõi: toàn cảnh xã A, theo dõi tỉnh P", page

    page = signed_in(personas["admin_a"])
    expect(page.get_by_role("heading", name="Quản trị đơn vị")).to_be_visible()
    yield "trang chủ, quản trị xã A", page

    page.goto(f"{base_url}/tai-khoan/don-vi/{tree['A'].pk}/nguoi-dung/")
    page.locator("form.grid-form #id_username").fill("nguoimoi")
    page.get_by_role("button", name="Thêm người dùng", exact=True).click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator(".field.has-error .error").first).to_be_visible()
    yield "người dùng xã A sau khi thêm thiếu thông tin, quản trị xã A", page

    page.goto(f"{base_url}/cong-cong-khai/quan-tri/{tree['A'].pk}/lien-he/")
    page.get_by_label("Thư điện tử").fill("khong-phai-thu")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.locator(".error-summary")).to_be_visible()
    yield "thông tin liên hệ công khai xã A sau khi nhập sai, quản trị xã A", page


def each_public_page(guest: Page, base_url: str, tree) -> Iterator[tuple[str, Page]]:
    """The public pages a visitor without an account sees (issue #11)."""
    from loa.portal.tests.factories import ProcedureFactory, UnitContactFactory

    UnitContactFactory(unit=tree["A"])
    procedure = ProcedureFactory(name="Đăng ký khai sinh", documents="Giấy chứng sinh.")
    home = base_url + "/cong-cong-khai/"
    guest.goto(home)
    expect(guest.get_by_role("heading", level=1)).to_have_text("Cổng công khai cải cách hành chính")
    yield "cổng công khai: danh sách tỉnh (khách)", guest
    guest.goto(home + "?q=an+lac")
    expect(guest.get_by_role("link", name="Xã An Lạc")).to_be_visible()
    yield "cổng công khai: kết quả tìm đơn vị (khách)", guest
    guest.goto(f"{home}{tree['P'].code}/")
    expect(guest.get_by_role("link", name="Xã An Lạc")).to_be_visible()
    yield "trang công khai tỉnh P (khách)", guest
    guest.goto(f"{home}{tree['A'].code}/")
    expect(guest.get_by_role("heading", level=1)).to_have_text("Xã An Lạc")
    yield "trang công khai xã A (khách)", guest
    guest.goto(f"{home}{tree['A'].code}/thu-tuc/?q=khai+sinh")
    expect(guest.get_by_role("link", name="Đăng ký khai sinh")).to_be_visible()
    yield "thủ tục hành chính xã A, tìm kiếm (khách)", guest
    guest.goto(f"{home}{tree['A'].code}/thu-tuc/{procedure.pk}/")
    expect(guest.get_by_role("heading", level=1)).to_have_text("Đăng ký khai sinh")
    yield "một thủ tục hành chính của xã A (khách)", guest
    guest.goto(home + "khong-co/")
    expect(guest.get_by_role("heading", level=1)).to_have_text("Không tìm thấy đơn vị")
    yield "cổng công khai: mã đơn vị không có (khách)", guest


def each_plan_page(signed_in, base_url: str, personas, plans) -> Iterator[tuple[str, Page]]:
    """Bring a page to each state of the plan pages in turn, yielding a name for it and the
    page: the officer of commune A on the plans of the commune, then the supervisor of
    province P on the plans of the communes below it."""
    draft, task, year = plans["draft"], plans["task"], plans["year"]
    plan_url = f"{base_url}/ke-hoach/{draft.pk}/"

    page = signed_in(personas["officer_a"])
    page.goto(base_url + "/ke-hoach/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kế hoạch tuyên truyền cải cách hành chính"
    )
    expect(page.get_by_role("link", name="Lập kế hoạch thực hiện")).to_be_visible()
    yield "danh sách kế hoạch, cán bộ xã A", page

    page.goto(base_url + "/ke-hoach/lap-moi/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lập kế hoạch mới")
    yield "lập kế hoạch mới, cán bộ xã A", page

    page.locator("#id_way_0").check()
    page.get_by_role("button", name="Tạo dự thảo", exact=True).click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator(".field.has-error .error")).to_contain_text(
        "Vui lòng chọn kế hoạch cấp trên"
    )
    yield "lập kế hoạch mới sau khi chọn “theo cấp trên” mà không chọn kế hoạch, cán bộ xã A", page

    page.goto(plan_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(draft.title)
    expect(page.locator("article.paper")).to_contain_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    yield "toàn văn dự thảo, cán bộ xã A", page

    page.goto(plan_url + "thong-tin-chung/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thông tin chung của kế hoạch")
    yield "thông tin chung của dự thảo, cán bộ xã A", page

    page.goto(plan_url + "noi-dung/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nội dung kế hoạch")
    expect(page.locator("section.section-edit").first).to_be_visible()
    yield "nội dung của dự thảo, cán bộ xã A", page

    page.goto(plan_url + "nhiem-vu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Phụ lục nhiệm vụ, sản phẩm")
    page.locator(f"#nhiem-vu-{task.pk}").get_by_role("link", name="Sửa").click()
    editor = page.locator(f"#nhiem-vu-{task.pk}.editing")
    expect(editor.locator("textarea[name$='-content']")).to_have_value(task.content)
    assert page.url == plan_url + "nhiem-vu/", "nút Sửa phải mở dòng sửa ngay trong bảng"
    yield "nhiệm vụ của dự thảo, đang sửa một dòng, cán bộ xã A", page

    page.goto(plan_url + "chi-tieu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chỉ tiêu của kế hoạch")
    yield "chỉ tiêu của dự thảo, cán bộ xã A", page

    page = signed_in(personas["supervisor_p"])
    page.goto(f"{base_url}/ke-hoach/cap-duoi/?nam={year}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Kế hoạch năm {year} của các đơn vị trực thuộc"
    )
    expect(page.locator("table.table")).to_contain_text("An Lạc")
    yield "kế hoạch của đơn vị trực thuộc, theo dõi tỉnh P", page
