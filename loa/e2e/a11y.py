"""Helpers of the accessibility tests: WCAG contrast, accessible names, sideways
scrolling, signing in and walking the pages."""

import datetime
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from conftest import member
from loa.accounts.models import Role
from loa.accounts.tests.factories import PASSWORD
from loa.plans import services
from loa.plans.models import Channel, Task
from loa.units.services import offices_create_default

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

    page.goto(base_url + "/theo-doi/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Theo dõi")
    yield "phân hệ Theo dõi (đang xây dựng), theo dõi tỉnh P"

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


# --- The plan pages ------------------------------------------------------------------------

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


@pytest.fixture
def plan_pages(tree, personas):
    """Province P's issued plan for this year (one task for the communes), and commune A's
    draft from the template with one task of its own."""
    year = datetime.date.today().year
    offices_create_default(units=list(tree.values()))
    province_officer = member(tree["P"], Role.OFFICER)
    upper = services.plan_create_from_template(unit=tree["P"], year=year, by=province_officer)
    upper.lower_plan_deadline = datetime.date(year, 1, 31)
    upper.save()
    radio = Channel.objects.get(code="radio")
    Task.objects.create(
        plan=upper,
        content="Chuyên mục CCHC trên đài truyền thanh xã",
        channel=radio,
        expected_quantity=12,
        lead_text="UBND các xã",
        for_lower_units=True,
    )
    services.plan_submit(plan=upper, by=province_officer)
    services.plan_issue(
        plan=upper,
        by=member(tree["P"], Role.LEADER, full_name="Đỗ Thanh Bình"),
        on=datetime.date(year, 1, 2),
    )
    draft = services.plan_create_from_template(unit=tree["A"], year=year, by=personas["officer_a"])
    task = Task.objects.create(
        plan=draft,
        order=1,
        content="Đăng tin cải cách hành chính trên trang thông tin điện tử xã",
        channel=radio,
        expected_quantity=24,
        lead_text="Văn phòng HĐND và UBND xã",
        due_quarter=4,
    )
    return {"year": year, "upper": upper, "draft": draft, "task": task}


def each_plan_page(page: Page, base_url: str, personas, plans) -> Iterator[str]:
    """Bring `page` to each state of the plan pages in turn, yielding a name for it: the
    officer of commune A on the plans of the commune, then the supervisor of province P on
    the plans of the communes below it."""
    page.set_viewport_size(DESKTOP)
    draft, task, year = plans["draft"], plans["task"], plans["year"]
    plan_url = f"{base_url}/ke-hoach/{draft.pk}/"

    sign_in_as(page, base_url, personas["officer_a"])
    page.goto(base_url + "/ke-hoach/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kế hoạch tuyên truyền cải cách hành chính"
    )
    expect(page.get_by_role("link", name="Lập kế hoạch thực hiện")).to_be_visible()
    yield "danh sách kế hoạch, cán bộ xã A"

    page.goto(base_url + "/ke-hoach/lap-moi/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lập kế hoạch mới")
    yield "lập kế hoạch mới, cán bộ xã A"

    page.locator("#id_way_0").check()
    page.get_by_role("button", name="Tạo dự thảo", exact=True).click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator(".field.has-error .error")).to_contain_text(
        "Vui lòng chọn kế hoạch cấp trên"
    )
    yield "lập kế hoạch mới sau khi chọn “theo cấp trên” mà không chọn kế hoạch, cán bộ xã A"

    page.goto(plan_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(draft.title)
    expect(page.locator("article.paper")).to_contain_text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    yield "toàn văn dự thảo, cán bộ xã A"

    page.goto(plan_url + "thong-tin-chung/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thông tin chung của kế hoạch")
    yield "thông tin chung của dự thảo, cán bộ xã A"

    page.goto(plan_url + "noi-dung/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nội dung kế hoạch")
    expect(page.locator("section.section-edit").first).to_be_visible()
    yield "nội dung của dự thảo, cán bộ xã A"

    page.goto(plan_url + "nhiem-vu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Phụ lục nhiệm vụ, sản phẩm")
    page.locator(f"#nhiem-vu-{task.pk}").get_by_role("link", name="Sửa").click()
    editor = page.locator(f"#nhiem-vu-{task.pk}.editing")
    expect(editor.locator("textarea[name$='-content']")).to_have_value(task.content)
    assert page.url == plan_url + "nhiem-vu/", "nút Sửa phải mở dòng sửa ngay trong bảng"
    yield "nhiệm vụ của dự thảo, đang sửa một dòng, cán bộ xã A"

    page.goto(plan_url + "chi-tieu/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chỉ tiêu của kế hoạch")
    yield "chỉ tiêu của dự thảo, cán bộ xã A"

    sign_in_as(page, base_url, personas["supervisor_p"])
    page.goto(f"{base_url}/ke-hoach/cap-duoi/?nam={year}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Kế hoạch năm {year} của các đơn vị trực thuộc"
    )
    expect(page.locator("table.table")).to_contain_text("An Lạc")
    yield "kế hoạch của đơn vị trực thuộc, theo dõi tỉnh P"
