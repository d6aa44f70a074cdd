"""Accessibility checks measured in the real browser: WCAG 2.1 AA text contrast, form
control names, the skip link and keyboard focus, the page language and one h1 per page.

Each persona signs in once through the real login form and its pages are checked in turn;
the contrast check runs on every page at a desktop and a phone size.
"""

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from loa.accounts.tests.factories import PASSWORD

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
VIEWPORTS = {"1280x900": DESKTOP, "390x844": PHONE}

# Returns the text that fails WCAG 2.1 AA 1.4.3: < 4.5:1, or < 3:1 for large text
# (>= 24px, or >= 18.66px and bold). The background is the first non-transparent
# background-color of the element or an ancestor (semi-transparent layers are composited,
# the page counts as white); text over a background image is left out.
CONTRAST_JS = r"""
() => {
  const parse = (value) => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const hex = (c) => '#' + c.slice(0, 3)
    .map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
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
  // null when some layer behind the text is an image: such text is not judged here.
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage && style.backgroundImage !== 'none') return null;
      const c = parse(style.backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let result = [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  // Text that is clipped away for screen readers only (.visually-hidden) is not seen.
  const clippedAway = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  const hasOwnText = (el) => Array.from(el.childNodes).some(
    n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
  const ownText = (el) => {
    if (el.tagName === 'SELECT') return el.selectedOptions.length ? el.selectedOptions[0].text : '';
    if (el.tagName === 'INPUT') return el.value;
    return Array.from(el.childNodes).filter(n => n.nodeType === Node.TEXT_NODE)
      .map(n => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
  };
  const textLike = ['text', 'email', 'search', 'number', 'date']
    .map(t => `input[type=${t}]`).join(', ');

  const offenders = [];
  for (const el of document.body.querySelectorAll('*')) {
    const skipped = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'OPTGROUP'];
    if (skipped.includes(el.tagName)) continue;
    const isControl = el.tagName === 'SELECT' || (el.matches(textLike) && el.value.trim() !== '');
    if (!isControl && !hasOwnText(el)) continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || clippedAway(el)) continue;
    const style = getComputedStyle(el);
    const bg = background(el);
    if (!bg) continue;
    const fgRaw = parse(style.color);
    if (!fgRaw) continue;
    const fg = over(fgRaw, bg);
    const size = parseFloat(style.fontSize);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    const large = size >= 24 || (size >= 18.66 && bold);
    const needed = large ? 3 : 4.5;
    const r = ratio(fg, bg);
    if (r < needed) {
      offenders.push({
        text: ownText(el).slice(0, 60),
        color: hex(fg),
        background: hex(bg),
        ratio: Math.round(r * 100) / 100,
        needed,
        fontSize: size,
        fontWeight: style.fontWeight,
        selector: selector(el),
      });
    }
  }
  return offenders;
}
"""

# Form controls with no accessible name: no <label for>, no wrapping label, no aria-label,
# no aria-labelledby pointing at text.
UNNAMED_CONTROLS_JS = r"""
() => {
  const text = (el) => (el && el.textContent || '').trim();
  const named = (el) => {
    if (Array.from(el.labels || []).some(l => text(l) !== '')) return true;
    if ((el.getAttribute('aria-label') || '').trim() !== '') return true;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    return ids.some(id => text(document.getElementById(id)) !== '');
  };
  const controls = document.querySelectorAll(
    'input:not([type=hidden]):not([type=submit]), select, textarea');
  return Array.from(controls).filter(el => !named(el)).map(el =>
    el.outerHTML.replace(/\s+/g, ' ').slice(0, 160));
}
"""

LANG_AND_H1_JS = """
() => ({
  lang: document.documentElement.getAttribute('lang'),
  h1: Array.from(document.querySelectorAll('h1')).map(h => h.textContent.trim()),
})
"""


def login_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "/tai-khoan/dang-nhap/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng nhập Loa")
    # Without the stylesheet every colour would be the browser default and prove nothing.
    expect(page.locator(".site-header")).to_have_css("background-color", "rgb(10, 74, 134)")


def submit_login(page: Page, username: str, password: str) -> None:
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()


def sign_in_as(page: Page, base_url: str, user) -> None:
    page.context.clear_cookies()
    login_page(page, base_url)
    submit_login(page, user.username, PASSWORD)
    expect(page).to_have_url(base_url + "/")


def each_page(page: Page, base_url: str, tree, personas) -> Iterator[str]:
    """Bring `page` to each page state in turn, yielding a name for it."""
    page.set_viewport_size(DESKTOP)

    page.context.clear_cookies()
    login_page(page, base_url)
    yield "trang đăng nhập (khách)"

    submit_login(page, personas["officer_a"].username, "khong-dung-mat-khau")
    expect(page.locator(".error-summary")).to_contain_text("Tên đăng nhập hoặc mật khẩu")
    yield "trang đăng nhập sau khi sai mật khẩu"

    sign_in_as(page, base_url, personas["officer_a"])
    expect(page.get_by_role("heading", name="Việc cần làm hôm nay")).to_be_visible()
    yield "trang chủ, cán bộ xã A"

    sign_in_as(page, base_url, personas["supervisor_p"])
    expect(page.get_by_role("heading", name="Các đơn vị trực thuộc")).to_be_visible()
    yield "trang chủ, theo dõi tỉnh P"

    page.goto(f"{base_url}/tai-khoan/don-vi/{tree['P'].pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Phú Thọ")
    expect(page.locator("#id_q")).to_be_visible()
    yield "đơn vị tỉnh P, theo dõi tỉnh P"

    page.goto(base_url + "/hoat-dong/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Hoạt động")
    yield "phân hệ Hoạt động (đang xây dựng), theo dõi tỉnh P"

    sign_in_as(page, base_url, personas["admin_a"])
    expect(page.get_by_role("heading", name="Quản trị đơn vị")).to_be_visible()
    yield "trang chủ, quản trị xã A"

    page.goto(f"{base_url}/tai-khoan/don-vi/{tree['A'].pk}/nguoi-dung/")
    page.locator("form.grid-form #id_username").fill("nguoimoi")
    page.get_by_role("button", name="Thêm người dùng", exact=True).click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator(".field.has-error .error").first).to_be_visible()
    yield "người dùng xã A sau khi thêm thiếu thông tin, quản trị xã A"


def report(problems: dict) -> str:
    lines = []
    for where, items in problems.items():
        lines.append(f"{where}:")
        lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)


@pytest.mark.e2e
def test_text_contrast_meets_wcag_aa(transactional_db, page, live_server, tree, personas):
    problems = {}
    for name in each_page(page, live_server.url, tree, personas):
        for size, viewport in VIEWPORTS.items():
            page.set_viewport_size(viewport)
            offenders = page.evaluate(CONTRAST_JS)
            if offenders:
                problems[f"{name} @ {size}"] = [
                    f"{o['text']!r}: {o['color']} trên {o['background']} = {o['ratio']}:1 "
                    f"(cần {o['needed']}:1; {o['fontSize']}px/{o['fontWeight']}) — {o['selector']}"
                    for o in offenders
                ]
        page.set_viewport_size(DESKTOP)
    assert not problems, "Chữ không đủ tương phản (WCAG 2.1 AA 1.4.3):\n" + report(problems)


@pytest.mark.e2e
def test_every_form_control_has_an_accessible_name(
    transactional_db, page, live_server, tree, personas
):
    problems = {}
    checked = 0
    for name in each_page(page, live_server.url, tree, personas):
        checked += page.locator(
            "input:not([type=hidden]):not([type=submit]), select, textarea"
        ).count()
        unnamed = page.evaluate(UNNAMED_CONTROLS_JS)
        if unnamed:
            problems[name] = unnamed
    assert checked > 10, f"chỉ thấy {checked} ô nhập: các trang có tải đúng không?"
    assert not problems, "Ô nhập không có tên truy cập được:\n" + report(problems)


@pytest.mark.e2e
def test_pages_are_vietnamese_with_one_h1(transactional_db, page, live_server, tree, personas):
    problems = {}
    for name in each_page(page, live_server.url, tree, personas):
        found = page.evaluate(LANG_AND_H1_JS)
        if found["lang"] != "vi":
            problems.setdefault(name, []).append(f'<html lang="{found["lang"]}">, cần lang="vi"')
        if len(found["h1"]) != 1:
            problems.setdefault(name, []).append(f"{len(found['h1'])} thẻ h1: {found['h1']}")
    assert not problems, report(problems)


FOCUS_STYLE_JS = """
() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim().slice(0, 40),
    outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow,
  };
}
"""


def assert_focus_is_visible(page: Page, what: str) -> None:
    style = page.evaluate(FOCUS_STYLE_JS)
    outlined = style["outlineStyle"] != "none" and style["outlineWidth"] != "0px"
    assert outlined or style["boxShadow"] != "none", f"{what} không có viền khi được chọn: {style}"


def tab_until(page: Page, locator, limit: int = 8) -> list:
    """Press Tab until `locator` has focus; return what got focus on the way."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUS_STYLE_JS))
        if locator.evaluate("el => el === document.activeElement"):
            return seen
    raise AssertionError(f"{limit} lần Tab không tới được {locator}: {seen}")


@pytest.mark.e2e
def test_skip_link_and_unit_switcher_work_from_the_keyboard(
    transactional_db, page, live_server, personas
):
    page.set_viewport_size(DESKTOP)
    sign_in_as(page, live_server.url, personas["officer_a"])

    skip = page.locator("a.skip-link")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_have_text("Bỏ qua, tới nội dung chính")
    box = skip.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0
    assert box["x"] >= 0 and box["y"] >= 0, f"liên kết bỏ qua nằm ngoài màn hình: {box}"
    assert box["x"] + box["width"] <= DESKTOP["width"], box
    assert box["y"] + box["height"] <= DESKTOP["height"], box
    assert_focus_is_visible(page, "Liên kết bỏ qua")

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#noi-dung$"))
    expect(page.locator("main#noi-dung")).to_be_focused()

    # Back to the top of a fresh page: the switcher lives in the header, before <main>.
    page.goto(live_server.url + "/")
    switcher = page.locator("#unit-switch")
    seen = tab_until(page, switcher)
    assert seen[0]["text"] == "Bỏ qua, tới nội dung chính", seen
    assert_focus_is_visible(page, "Ô chọn đơn vị làm việc")

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Chuyển", exact=True)).to_be_focused()
    assert_focus_is_visible(page, "Nút Chuyển")
