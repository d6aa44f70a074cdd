import io

import openpyxl
from django.urls import reverse
from django.utils import timezone

from loa.activities.importing import HEADERS
from loa.activities.models import Activity


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


def _row(title, quantity=1, day=None, channel="Băng rôn, khẩu hiệu"):
    day = day or timezone.localdate().strftime("%d/%m/%Y")
    return [day, channel, title, quantity, None, None, None, None, None, None]


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
    assert "số lượng không được âm" in text and "là ngày trong tương lai" in text
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
