"""The import template's task column: the tasks of the unit's plans in force, listed as the
importer names them and checked row by row through the activity form."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from loa.activities.importing import HEADERS, HEADERS_WITHOUT_TASK, import_tasks
from loa.activities.models import Activity
from loa.plans.tests.factories import IssuedPlanFactory, PlanFactory


@pytest.fixture
def plans(offices, personas):
    """Commune A's plans: this year's and last year's issued, next year's a draft."""
    year = timezone.localdate().year
    people = {"by": personas["officer_a"], "signer": personas["leader_a"]}
    this = IssuedPlanFactory(
        unit=offices["A"],
        year=year,
        tasks=[
            {"content": "Chuyên mục CCHC trên đài truyền thanh xã"},
            {"content": "Đối thoại của lãnh đạo xã với Nhân dân"},
        ],
        **people,
    )
    last = IssuedPlanFactory(
        unit=offices["A"],
        year=year - 1,
        issued_on=datetime.date(year - 1, 1, 5),
        tasks=[{"content": "Treo băng rôn tuyên truyền CCHC"}],
        **people,
    )
    draft = PlanFactory(unit=offices["A"], year=year + 1, by=personas["officer_a"])
    draft.tasks.create(order=1, content="Nhiệm vụ của dự thảo", lead_text="Văn phòng")
    return {"this": this, "last": last}


def _labels(unit):
    return {task.content: (label, code) for label, code, task in import_tasks(unit)}


def _file(rows, headers=HEADERS):
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "nhap.xlsx"
    return buffer


def _row(title, task=None, day=None):
    day = day or timezone.localdate().strftime("%d/%m/%Y")
    return [day, "radio", title, 1, None, None, None, None, None, None, task]


def test_template_has_a_task_column_listing_the_tasks_of_the_plans_in_force(
    client, personas, plans, offices
):
    client.force_login(personas["officer_a"])
    response = client.get(reverse("activities:import_template"))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet, lists = book["Hoạt động"], book["Danh mục"]
    assert [c.value for c in sheet[1]][-1] == "Nhiệm vụ"
    listed = [c.value for c in lists["D"] if c.value]
    year = timezone.localdate().year
    assert listed[0] == "Nhiệm vụ"
    labels = _labels(offices["A"])
    assert set(listed[1:]) == {label for label, _ in labels.values()}
    radio = labels["Chuyên mục CCHC trên đài truyền thanh xã"][0]
    assert radio.startswith(f"{year} – ") and radio.endswith(
        ". Chuyên mục CCHC trên đài truyền thanh xã"
    )
    assert any(label.startswith(f"{year - 1} – ") for label in listed[1:])
    assert not any("dự thảo" in label for label in listed)  # a draft is not in force
    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["K3:K2001"] == f"'Danh mục'!$D$2:$D${len(listed)}"


def test_rows_name_their_task_by_label_code_or_content_and_are_saved_with_it(
    client, personas, plans, offices
):
    labels = _labels(offices["A"])
    radio_label, _ = labels["Chuyên mục CCHC trên đài truyền thanh xã"]
    _, dialogue_code = labels["Đối thoại của lãnh đạo xã với Nhân dân"]
    client.force_login(personas["officer_a"])
    rows = [
        _row("Theo nhãn", radio_label),
        _row("Theo mã", dialogue_code.replace("-", " – ")),
        _row("Theo nội dung", "chuyên mục cchc trên đài truyền thanh xã"),
        _row("Không thuộc nhiệm vụ"),
    ]
    preview = client.post(reverse("activities:import"), {"tep": _file(rows)})
    assert "<strong>4</strong> dòng hợp lệ" in preview.text
    assert "Chuyên mục CCHC trên đài truyền thanh xã" in preview.text
    client.post(reverse("activities:import_confirm"), {"token": preview.context["token"]})
    saved = {a.title: a.task.content if a.task else None for a in Activity.objects.all()}
    assert saved == {
        "Theo nhãn": "Chuyên mục CCHC trên đài truyền thanh xã",
        "Theo mã": "Đối thoại của lãnh đạo xã với Nhân dân",
        "Theo nội dung": "Chuyên mục CCHC trên đài truyền thanh xã",
        "Không thuộc nhiệm vụ": None,
    }
    assert all(a.task.plan == plans["this"] for a in Activity.objects.exclude(task=None))


def test_a_task_not_in_a_plan_in_force_or_of_another_year_is_an_error_of_the_row(
    client, personas, plans, offices
):
    year = timezone.localdate().year
    last_years, _ = _labels(offices["A"])["Treo băng rôn tuyên truyền CCHC"]
    client.force_login(personas["officer_a"])
    rows = [
        _row("Mã lạ", f"{year}-99"),
        _row("Nhiệm vụ dự thảo", "Nhiệm vụ của dự thảo"),
        _row("Năm khác", last_years),
        _row("Đúng năm", last_years, day=f"10/03/{year - 1}"),
    ]
    preview = client.post(reverse("activities:import"), {"tep": _file(rows)})
    text = preview.text
    assert "<strong>1</strong> dòng hợp lệ" in text and "<strong>3</strong> dòng lỗi" in text
    assert (
        f"nhiệm vụ “{year}-99” không có trong kế hoạch đang thực hiện của đơn vị: chọn trong "
        "danh sách của tệp mẫu mới tải" in text
    )
    assert "nhiệm vụ “Nhiệm vụ của dự thảo” không có trong kế hoạch đang thực hiện" in text
    assert (
        f"nhiệm vụ “Treo băng rôn tuyên truyền CCHC” thuộc kế hoạch năm {year - 1}, còn ngày "
        f"thực hiện {timezone.localdate():%d/%m/%Y} thuộc năm {year}" in text
    )


def test_a_file_from_the_template_without_the_task_column_is_still_read(client, personas, plans):
    client.force_login(personas["officer_a"])
    rows = [_row("Tệp mẫu cũ")[:-1]]
    preview = client.post(
        reverse("activities:import"), {"tep": _file(rows, headers=HEADERS_WITHOUT_TASK)}
    )
    assert preview.status_code == 200 and "<strong>1</strong> dòng hợp lệ" in preview.text
    client.post(reverse("activities:import_confirm"), {"token": preview.context["token"]})
    assert Activity.objects.get().task is None
