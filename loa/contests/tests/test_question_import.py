"""The question bank from an Excel file through the page: all rows added with their right
option, or none with the wrong rows named; a file that is not a workbook is refused."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from loa.contests import services
from loa.contests.models import Question

pytestmark = pytest.mark.django_db


def workbook(*rows) -> SimpleUploadedFile:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Bộ câu hỏi cuộc thi"])
    sheet.append(["Câu hỏi", "A", "B", "C", "D", "Đáp án"])
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("cau-hoi.xlsx", buffer.getvalue())


@pytest.fixture
def contest(offices, province_officer):
    return services.contest_create(unit=offices["P"], by=province_officer, title="Tìm hiểu")


def send(client, contest, upload):
    return client.post(reverse("contests:question_import", args=[contest.pk]), {"file": upload})


def test_the_rows_become_questions_with_their_right_option(client, contest, province_officer):
    client.force_login(province_officer)
    response = send(
        client,
        contest,
        workbook(
            ["Một cửa là gì?", "Nơi tiếp nhận hồ sơ", "Nơi họp", None, None, "a"],
            ["Cổng dịch vụ công quốc gia?", "Không", "Có", "Chưa rõ", "Khác", "C"],
        ),
    )
    assert response.status_code == 302
    first, second = Question.objects.all()
    assert [(o.text, o.is_correct) for o in first.options.all()] == [
        ("Nơi tiếp nhận hồ sơ", True),
        ("Nơi họp", False),
    ]
    assert second.options.get(is_correct=True).text == "Chưa rõ"


def test_a_wrong_row_is_named_and_nothing_is_added(client, contest, province_officer):
    client.force_login(province_officer)
    response = send(
        client,
        contest,
        workbook(
            ["Câu đúng?", "X", "Y", None, None, "A"],
            ["Câu sai đáp án?", "X", "Y", None, None, "D"],
            ["Câu một phương án?", "X", None, None, None, "A"],
        ),
    )
    assert response.status_code == 400
    assert "Dòng 4: đáp án “D” không phải một phương án đã nhập" in response.text
    assert "Dòng 5: cần ít nhất hai phương án trả lời." in response.text
    assert not Question.objects.exists()


def test_a_file_that_is_not_a_workbook_is_refused(client, contest, province_officer):
    client.force_login(province_officer)
    response = send(client, contest, SimpleUploadedFile("cau-hoi.xlsx", b"Cau hoi;A;B"))
    assert response.status_code == 400
    assert "Tệp không phải bảng tính Excel (.xlsx)" in response.text
