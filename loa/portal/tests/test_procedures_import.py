"""A province imports the list announced with its decision, through the pages: loose
headers, heading rows, every row's errors in Vietnamese, nothing half-imported."""

import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from loa.portal.models import ChangeStatus, Procedure, ProcedureChange

from .factories import ProcedureFactory

pytestmark = pytest.mark.django_db

UPLOAD = reverse("portal:procedure_import")
CONFIRM = reverse("portal:procedure_import_confirm")
DECISION = {"level": "3", "decision_number": "1234/QĐ-UBND", "decision_date": "2026-03-15"}


def workbook(rows) -> SimpleUploadedFile:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("danh-muc.xlsx", out.getvalue())


# a province's sheet: title lines, loosely named headers, a "(1) (2)…" line, headings
PROVINCE_SHEET = [
    ["DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA UBND CẤP XÃ"],
    ["(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/3/2026 của Chủ tịch UBND tỉnh)"],
    [],
    [
        "TT",
        "Mã TTHC",
        "Tên thủ tục hành chính",
        "Thời hạn giải quyết",
        "Phí, lệ phí (nếu có)",
        "Cơ quan thực hiện",
        "Căn cứ pháp lý",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    ["A. THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"],
    ["I", "LĨNH VỰC HỘ TỊCH"],
    [
        1,
        "1.000894.000.00.00.H31",
        "Đăng ký khai sinh",
        "Trong ngày",
        "Miễn",
        "UBND cấp xã",
        "Luật Hộ tịch 2014",
    ],
    [2, "", "Đăng ký kết hôn", "Trong ngày", "", "UBND cấp xã", ""],
    ["B. THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"],
    ["I", "Lĩnh vực Chứng thực"],
    [1, "", "Chứng thực cũ", "", "", "", ""],
]


@pytest.fixture
def staff(client, tree, personas):
    client.force_login(personas["supervisor_p"])
    return client


def test_a_province_imports_its_decision_after_a_preview(staff, tree):
    old = ProcedureFactory(name="Chứng thực cũ", field="Chứng thực")
    page = staff.post(UPLOAD, {**DECISION, "file": workbook(PROVINCE_SHEET)})
    assert page.status_code == 200
    text = page.content.decode()
    assert "Nhập 3 thủ tục" in text and "Lỗi:" not in text
    assert not Procedure.objects.filter(name="Đăng ký khai sinh").exists()  # nothing yet

    token = page.context["token"]
    assert staff.post(CONFIRM, {"token": token}).status_code == 302
    birth = Procedure.objects.get(name="Đăng ký khai sinh")
    assert birth.code == "1.000894" and birth.full_code == "1.000894.000.00.00.H31"
    assert birth.field == "Hộ tịch" and birth.agency == "UBND cấp xã"
    assert birth.province == tree["P"] and birth.abolished_on is None
    change = birth.changes.get()
    assert change.status == ChangeStatus.NEW and change.decision_number == "1234/QĐ-UBND"
    assert change.decision_date == datetime.date(2026, 3, 15)
    old.refresh_from_db()
    assert old.abolished_on == datetime.date(2026, 3, 15)
    assert old.changes.get().status == ChangeStatus.ABOLISHED

    # a commune of the province finds the new one without diacritics, not the abolished one
    listing = reverse("portal:procedure_list", kwargs={"code": tree["A"].code})
    found = staff.get(listing, {"q": "dang ky khai sinh"}).content.decode()
    assert "Đăng ký khai sinh" in found
    assert "Chứng thực cũ" not in staff.get(listing).content.decode()
    with_old = staff.get(listing, {"bai_bo": "on"}).content.decode()
    assert "Chứng thực cũ" in with_old and "đã bãi bỏ từ 15/03/2026" in with_old
    # another province's commune does not get this province's list
    other = reverse("portal:procedure_list", kwargs={"code": tree["D"].code})
    assert "Đăng ký khai sinh" not in staff.get(other).content.decode()


def test_a_sheet_with_a_bad_row_imports_nothing_and_names_the_problem(staff, tree):
    rows = [
        ["STT", "Mã số", "Tên thủ tục", "Lĩnh vực", "Tình trạng"],
        [1, "1.000894", "Đăng ký khai sinh", "Hộ tịch", "Sửa đổi, bổ sung"],
        [2, "12345", "Đăng ký khai tử", "Hộ tịch", "Mới"],
        [3, "", "Thủ tục không có", "Hộ tịch", "Bãi bỏ"],
        [4, "", "Đăng ký giám hộ", "", "Hoãn lại"],
    ]
    page = staff.post(UPLOAD, {**DECISION, "file": workbook(rows)})
    text = page.content.decode()
    assert "Có 3 dòng lỗi: chưa nhập được thủ tục nào." in text
    assert "mã “12345” không đúng dạng" in text
    assert "không có thủ tục này trong danh mục để bãi bỏ" in text
    assert "tình trạng “Hoãn lại” không rõ" in text and "thiếu lĩnh vực" in text
    assert "Nhập 4 thủ tục" not in text
    # confirming anyway (a forged POST) saves nothing either
    response = staff.post(CONFIRM, {"token": page.context["token"]}, follow=True)
    assert "chưa nhập thủ tục nào" in response.content.decode()
    assert not Procedure.objects.exists() and not ProcedureChange.objects.exists()


def test_the_form_keeps_what_was_typed_when_the_file_is_not_a_list(staff):
    page = staff.post(
        UPLOAD,
        {**DECISION, "file": SimpleUploadedFile("a.xlsx", b"not a workbook")},
    )
    text = page.content.decode()
    assert page.status_code == 400
    assert "Tệp không phải bảng tính Excel" in text and 'value="1234/QĐ-UBND"' in text
    no_header = workbook([["Họ tên", "Địa chỉ"], ["A", "B"]])
    page = staff.post(UPLOAD, {**DECISION, "file": no_header})
    assert "Không tìm thấy dòng tiêu đề có cột “Tên thủ tục”" in page.content.decode()


def test_the_template_reads_back(staff):
    template = staff.get(reverse("portal:procedure_import_template"))
    assert template.status_code == 200
    upload = SimpleUploadedFile("mau.xlsx", template.content)
    page = staff.post(UPLOAD, {**DECISION, "file": upload})
    assert "Nhập 1 thủ tục" in page.content.decode()


def test_only_the_province_imports(client, tree, personas):
    client.force_login(personas["officer_a"])
    assert client.get(UPLOAD).status_code == 403
    assert client.post(UPLOAD, {**DECISION, "file": workbook(PROVINCE_SHEET)}).status_code == 403
    assert not Procedure.objects.exists()
