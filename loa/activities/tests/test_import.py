import datetime
import io
import os
import re
import time
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from loa.activities import benchmarks
from loa.activities.forms import ActivityForm
from loa.activities.importing import HEADERS
from loa.activities.models import Activity
from loa.plans.models import Channel


def _file(rows, headers=HEADERS, name="nhap.xlsx"):
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = name
    return buffer


def _row(title, quantity=1, day=None, channel="Băng rôn, khẩu hiệu", link=None):
    day = day or timezone.localdate().strftime("%d/%m/%Y")
    return [day, channel, title, quantity, None, None, None, link, None, None]


def _preview(client, rows):
    response = client.post(reverse("activities:import"), {"tep": _file(rows)})
    return response, response.context["rows"]


def test_template_downloads_with_the_importers_columns(client, personas):
    client.force_login(personas["officer_a"])
    response = client.get(reverse("activities:import_template"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert [c.value for c in sheet[1]] == HEADERS


def test_wrong_columns_are_named_and_nothing_is_saved(client, personas):
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("activities:import"), {"tep": _file([_row("A")], headers=["Ngày", "Việc", "Số"])}
    )
    assert response.status_code == 400
    assert "Tệp không đúng mẫu của Loa: thiếu cột “Ngày thực hiện”, “Hình thức”" in response.text
    assert "có cột lạ “Ngày”, “Việc”, “Số”" in response.text
    assert not Activity.objects.exists()


def test_a_file_that_is_not_excel_is_refused(client, personas):
    client.force_login(personas["officer_a"])
    fake = io.BytesIO(b"ngay,hinh thuc\n1,2\n")
    fake.name = "hoat-dong.xlsx"
    response = client.post(reverse("activities:import"), {"tep": fake})
    assert response.status_code == 400 and "không phải bảng tính Excel" in response.text


def test_rows_with_errors_block_the_file_unless_valid_rows_only_are_chosen(client, personas):
    client.force_login(personas["officer_a"])
    rows = [
        _row("Đúng 1"),
        _row("Âm", quantity=-2),
        _row("Tương lai", day="01/01/2099"),
        _row("Hình thức lạ", channel="Bay diều"),
        _row("Đúng 2", quantity=4),
    ]
    preview = client.post(reverse("activities:import"), {"tep": _file(rows)})
    text = preview.text
    assert "<strong>2</strong> dòng hợp lệ" in text and "<strong>3</strong> dòng lỗi" in text
    assert "số lượng không được âm" in text and "ngày thực hiện không được sau hôm nay" in text
    assert "hình thức “Bay diều” không có trong danh mục" in text
    client.post(reverse("activities:import_confirm"), {"token": preview.context["token"]})
    assert not Activity.objects.exists()
    # two tabs: a second upload does not replace the first one's pending file
    other = client.post(reverse("activities:import"), {"tep": _file([_row("Tab khác")])})
    again = client.post(reverse("activities:import"), {"tep": _file(rows)})
    client.post(
        reverse("activities:import_confirm"),
        {"che_do": "chi_dong_hop_le", "token": again.context["token"]},
    )
    assert sorted(Activity.objects.values_list("title", flat=True)) == ["Đúng 1", "Đúng 2"]
    client.post(reverse("activities:import_confirm"), {"token": other.context["token"]})
    assert sorted(Activity.objects.values_list("title", flat=True)) == [
        "Tab khác",
        "Đúng 1",
        "Đúng 2",
    ]


def test_supervisors_cannot_import(client, personas):
    client.force_login(personas["supervisor_p"])
    assert client.get(reverse("activities:import")).status_code == 403


LINK = "https://xa.example.vn/tin-tuc/"
LONG_LINK = LINK + "a" * (5017 - len(LINK))

# (what the row says, the page's own field and value, the message shown for the row)
REFUSED = [
    (
        {"quantity": 10**15},
        ("quantity", 10**15),
        "số lượng quá lớn: tối đa 1.000.000 mỗi hoạt động",
    ),
    (
        {"day": "01/01/1900"},
        ("started_on", "1900-01-01"),
        "ngày thực hiện không hợp lệ: chỉ ghi hoạt động từ năm 2000 trở đi",
    ),
    (
        {"day": datetime.datetime(1900, 1, 1)},  # a date cell, not text
        ("started_on", "1900-01-01"),
        "ngày thực hiện không hợp lệ: chỉ ghi hoạt động từ năm 2000 trở đi",
    ),
    (
        {"link": LONG_LINK},
        ("link", LONG_LINK),
        "đường dẫn quá dài: tối đa 500 ký tự (hiện có 5017)",
    ),
]


@pytest.mark.parametrize(("row", "page", "message"), REFUSED)
def test_a_row_is_refused_where_the_activity_page_refuses_it(
    client, personas, tree, row, page, message
):
    assert len(LONG_LINK) == 5017
    client.force_login(personas["officer_a"])
    response, [checked] = _preview(client, [_row("Hội nghị", **row)])
    assert checked.errors == [message] and message in response.text
    assert "<strong>0</strong> dòng hợp lệ" in response.text
    # the page's own form refuses the same value, with the same words
    field, value = page
    data = {
        "started_on": timezone.localdate().isoformat(),
        "channel": Channel.objects.get(code="banner").pk,
        "title": "Hội nghị",
        "quantity": 1,
        field: value,
    }
    form = ActivityForm(data, unit=tree["A"])
    assert not form.is_valid()
    assert [m[:1].lower() + m[1:].rstrip(".") for m in form.errors[field]] == [message]


def test_a_valid_row_is_imported_with_every_column(client, personas, offices):
    office = offices["A"].offices.first()
    client.force_login(personas["officer_a"])
    day = timezone.localdate() - datetime.timedelta(days=3)
    decomposed = unicodedata.normalize("NFD", "băng rôn, khẩu hiệu")  # as some keyboards type
    row = [
        day,  # a date cell
        decomposed,
        "Treo băng rôn tại chợ",
        "1.200",  # text, with the thousands dot
        60.0,
        office.name.upper(),
        "Cải cách thủ tục hành chính; cải cách chế độ công vụ",
        "https://xa.example.vn/tin/1",
        "Chợ xã",
        "Dòng một\nDòng hai",
    ]
    response, [checked] = _preview(client, [row])
    assert checked.errors == [] and "<strong>1</strong> dòng hợp lệ" in response.text
    client.post(reverse("activities:import_confirm"), {"token": response.context["token"]})
    activity = Activity.objects.get()
    assert (activity.started_on, activity.channel.code, activity.quantity) == (day, "banner", 1200)
    assert (activity.participants, activity.office, activity.location) == (60, office, "Chợ xã")
    assert activity.link == "https://xa.example.vn/tin/1"
    assert activity.description == "Dòng một\nDòng hai"
    assert sorted(activity.reform_areas.values_list("code", flat=True)) == [
        "civil_service",
        "procedures",
    ]
    assert activity.import_key and activity.created_by == personas["officer_a"]


def test_every_problem_of_a_row_is_named(client, personas):
    client.force_login(personas["officer_a"])
    row = ["31/02/2026", "", "", "2,5", -1, "Phòng không có", "Lĩnh vực lạ", "abc", None, None]
    _, [checked] = _preview(client, [row])
    assert checked.errors == [
        "ngày thực hiện không hợp lệ: nhập theo dạng ngày/tháng/năm",
        "vui lòng chọn hình thức tuyên truyền",
        "vui lòng nhập tên hoạt động",
        "số lượng phải là số nguyên",
        "số người tham dự không được âm",
        "bộ phận “Phòng không có” không có trong đơn vị",
        "lĩnh vực “Lĩnh vực lạ” không có trong danh mục",
        "đường dẫn không hợp lệ (cần bắt đầu bằng http:// hoặc https://)",
    ]


# --- hostile workbooks (issue #10, finding 3): refused at once, in Vietnamese, never a 500 ---


def _post_file(client, content: bytes):
    upload = io.BytesIO(content)
    upload.name = "hoat-dong.xlsx"
    return client.post(reverse("activities:import"), {"tep": upload})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # the 95 KB workbook of one row of 3 million cells
        (lambda: benchmarks.wide_row(3_000_000), "khi giải nén nặng 42,9\xa0MB, vượt mức 40,0"),
        # the workbook of one 300 MB string, here 60 MB
        (lambda: benchmarks.huge_string(60 * 1024 * 1024), "khi giải nén nặng 60,0\xa0MB"),
        # stored uncompressed, so that the zip's checks pass: a row of 200,000 cells
        (
            lambda: benchmarks.wide_row(200_000, stored=True),
            "Dòng 3 của tệp Excel có hơn 30 cột: tệp mẫu chỉ có 11 cột",
        ),
        # 100,000 rows all numbered 3: openpyxl would read them all without handing one over
        (
            lambda: benchmarks.rows_numbered_alike(100_000, cells=1),
            "Tệp Excel có quá nhiều ô: Loa đọc tối đa 2.000 dòng, mỗi dòng tối đa 30 cột",
        ),
    ],
)
def test_a_hostile_workbook_is_refused_before_it_is_read(client, personas, content, message):
    client.force_login(personas["officer_a"])
    started = time.perf_counter()
    response = _post_file(client, content())
    assert time.perf_counter() - started < 3
    assert response.status_code == 400 and message in response.text
    assert not Activity.objects.exists()


def test_a_cell_longer_than_any_field_is_named_without_being_worked_through(client, personas):
    client.force_login(personas["officer_a"])
    long = _row("Hội nghị")
    long[9] = "mô tả " * 2000  # 12,000 characters
    response, [checked] = _preview(client, [long])
    assert checked.errors == ["có ô dài quá 10.000 ký tự: vui lòng rút gọn"]
    assert "có ô dài quá 10.000 ký tự" in response.text


def test_confirming_saves_the_rows_read_without_reading_the_workbook_again(
    client, personas, monkeypatch
):
    client.force_login(personas["officer_a"])
    preview = client.post(
        reverse("activities:import"), {"tep": _file([_row("Một"), _row("Hai", quantity=3)])}
    )
    assert "<strong>2</strong> dòng hợp lệ" in preview.text

    def no_second_reading(*args, **kwargs):
        raise AssertionError("the workbook is read again")

    monkeypatch.setattr("openpyxl.load_workbook", no_second_reading)
    response = client.post(
        reverse("activities:import_confirm"), {"token": preview.context["token"]}
    )
    assert response.status_code == 302
    assert sorted(Activity.objects.values_list("title", "quantity")) == [("Hai", 3), ("Một", 1)]


@pytest.mark.parametrize("quantity", [99999999999999999999, "99999999999999999999", 1e20])
def test_a_quantity_beyond_any_integer_column_is_an_error_of_its_row(client, personas, quantity):
    client.force_login(personas["officer_a"])
    response, [huge, fine] = _preview(client, [_row("Lớn", quantity=quantity), _row("Đúng")])
    assert huge.errors == ["số lượng quá lớn: tối đa 1.000.000 mỗi hoạt động"]
    assert "<strong>1</strong> dòng hợp lệ" in response.text
    saved = client.post(
        reverse("activities:import_confirm"),
        {"che_do": "chi_dong_hop_le", "token": response.context["token"]},
    )
    assert saved.status_code == 302
    assert list(Activity.objects.values_list("title", flat=True)) == ["Đúng"]


def test_uploads_abandoned_for_a_day_are_removed_by_the_daily_job(client, personas, settings):
    client.force_login(personas["officer_a"])
    old = client.post(reverse("activities:import"), {"tep": _file([_row("Bỏ dở")])})
    fresh = client.post(reverse("activities:import"), {"tep": _file([_row("Đang xem")])})
    folder = Path(settings.MEDIA_ROOT) / "nhap-tam"
    stale = folder / f"{old.context['token']}.json"
    leftover = folder / "3f2a.xlsx"  # what an upload kept before the rows were kept instead
    leftover.write_bytes(b"PK")
    now = time.time()  # Loa's clock (pytest --clock moves it), not the disk's
    os.utime(folder / f"{fresh.context['token']}.json", (now, now))
    for path in (stale, leftover):
        os.utime(path, (now - 2 * 86400, now - 2 * 86400))
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    assert "Đã xóa 2 tệp nhập Excel bỏ dở quá một ngày." in out.getvalue()
    assert sorted(p.name for p in folder.iterdir()) == [f"{fresh.context['token']}.json"]
    expired = client.post(reverse("activities:import_confirm"), {"token": old.context["token"]})
    assert expired.status_code == 302 and not Activity.objects.exists()
    client.post(reverse("activities:import"), {"tep": _file([_row("Lần sau")])})
    assert old.context["token"] not in client.session["loa_import"]  # forgotten with its rows
    client.post(reverse("activities:import_confirm"), {"token": fresh.context["token"]})
    assert list(Activity.objects.values_list("title", flat=True)) == ["Đang xem"]


def test_the_bench_of_hostile_workbooks_prints_its_two_lines(db):
    out = io.StringIO()
    benchmarks.run(out, scale=0.02)
    lines = out.getvalue().splitlines()
    assert re.fullmatch(r"import_hostile_xlsx_s: \d+\.\d\d \(target ≤ 5 s\) OK", lines[-2])
    assert re.fullmatch(r"import_hostile_xlsx_mem_mb: \d+ \(target ≤ 300 MB\) OK", lines[-1])
    assert len(lines) == 2 + len(benchmarks.hostile_workbooks(0.001))


def test_loas_own_template_passes_the_bounds_empty_and_filled(client, personas):
    client.force_login(personas["officer_a"])
    template = client.get(reverse("activities:import_template")).content
    empty = _post_file(client, template)
    assert empty.status_code == 400
    assert "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề" in empty.text
    book = openpyxl.load_workbook(io.BytesIO(template))
    book["Hoạt động"].append(_row("Từ tệp mẫu"))
    filled = io.BytesIO()
    book.save(filled)
    preview = _post_file(client, filled.getvalue())
    assert "<strong>1</strong> dòng hợp lệ" in preview.text
