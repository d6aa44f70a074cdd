import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from loa.activities.models import Activity, Evidence
from loa.activities.tests.factories import ActivityFactory


def _data(channel, **values):
    data = {
        "started_on": timezone.localdate().isoformat(),
        "channel": channel.pk,
        "title": "Tin về một cửa liên thông",
        "quantity": 1,
        "participants": "",
    }
    data.update(values)
    return data


def test_officer_logs_an_activity_with_a_photo_and_gets_a_thumbnail(
    client, personas, channel, photo, tree
):
    client.force_login(personas["officer_a"])
    response = client.post(reverse("activities:create"), {**_data(channel), "files": [photo()]})
    activity = Activity.objects.get()
    assert response.status_code == 302 and activity.unit == tree["A"]
    evidence = Evidence.objects.get()
    assert evidence.content_type == "image/jpeg" and evidence.original_name == "anh-hoi-nghi.jpg"
    assert evidence.thumbnail
    page = client.get(reverse("activities:detail", args=[activity.pk]))
    assert reverse("activities:evidence_thumb", args=[activity.pk, evidence.pk]) in page.text
    thumb = client.get(reverse("activities:evidence_thumb", args=[activity.pk, evidence.pk]))
    assert thumb.status_code == 200 and thumb["Content-Type"] == "image/jpeg"


def test_a_file_too_large_is_refused_and_everything_typed_stays(
    client, personas, channel, settings
):
    settings.LOA_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
    big = io.BytesIO(b"\xff\xd8\xff" + b"0" * (50 * 1024 * 1024))
    big.name = "anh-rat-lon.jpg"
    client.force_login(personas["officer_a"])
    response = client.post(
        reverse("activities:create"),
        {
            **_data(channel, title="Hội nghị giữ nguyên", location="Nhà văn hóa thôn 3"),
            "files": [big],
        },
    )
    assert response.status_code == 400
    assert "vượt mức 10,0\xa0MB cho phép" in response.text
    assert 'value="Hội nghị giữ nguyên"' in response.text
    assert 'value="Nhà văn hóa thôn 3"' in response.text
    assert not Activity.objects.exists()


def test_an_html_file_named_jpg_is_refused(client, personas, channel):
    fake = io.BytesIO(b"<html><script>alert(1)</script></html>")
    fake.name = "anh.jpg"
    client.force_login(personas["officer_a"])
    response = client.post(reverse("activities:create"), {**_data(channel), "files": [fake]})
    assert response.status_code == 400
    assert "không khớp với tên đuôi" in response.text
    assert not Activity.objects.exists() and not Evidence.objects.exists()


def test_pdf_and_docx_are_accepted_by_content(client, personas, channel):
    from loa.core.tests.files import pdf as blank_pdf
    from loa.documents.docx import render_docx
    from loa.documents.tests.sample import sample_plan

    pdf = blank_pdf()  # a real PDF: "%PDF-" alone no longer passes
    pdf.name = "bien-ban.pdf"
    docx = io.BytesIO(render_docx(sample_plan()))
    docx.name = "ke-hoach.docx"
    client.force_login(personas["officer_a"])
    client.post(reverse("activities:create"), {**_data(channel), "files": [pdf, docx]})
    kinds = set(Evidence.objects.values_list("content_type", flat=True))
    assert kinds == {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }


def test_future_date_and_negative_quantity_are_refused(client, personas, channel):
    client.force_login(personas["officer_a"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    future = client.post(
        reverse("activities:create"), _data(channel, started_on=tomorrow.isoformat())
    )
    assert future.status_code == 400 and "không được sau hôm nay" in future.text
    negative = client.post(reverse("activities:create"), _data(channel, quantity=-5))
    assert negative.status_code == 400 and "không được âm" in negative.text
    assert not Activity.objects.exists()


def test_who_sees_and_changes_a_units_activities(client, personas, channel, photo, tree):
    client.force_login(personas["officer_a"])
    client.post(reverse("activities:create"), {**_data(channel), "files": [photo()]})
    activity, evidence = Activity.objects.get(), Evidence.objects.get()
    own = client.get(reverse("activities:detail", args=[activity.pk]))
    assert "Sửa hoạt động" in own.text  # the unit's officer may change it
    urls = [
        reverse("activities:detail", args=[activity.pk]),
        reverse("activities:evidence", args=[activity.pk, evidence.pk]),
    ]
    for persona, status in {
        "leader_a": 200,
        "supervisor_p": 200,
        "officer_c": 403,
        "supervisor_q": 403,
    }.items():
        client.force_login(personas[persona])
        for url in urls:
            assert client.get(url).status_code == status, (persona, url)
    client.force_login(personas["supervisor_p"])
    assert client.post(reverse("activities:delete", args=[activity.pk])).status_code == 403
    page = client.get(reverse("activities:detail", args=[activity.pk]))
    assert "Sửa hoạt động" not in page.text
    client.force_login(personas["officer_c"])
    assert client.get(reverse("activities:create")).status_code == 200  # for C itself
    assert Activity.objects.filter(pk=activity.pk).exists()


def test_list_filters_and_excel_export(client, personas, channel, tree):
    from loa.plans.models import Channel

    client.force_login(personas["officer_a"])
    radio = Channel.objects.get(code="radio")
    client.post(reverse("activities:create"), _data(channel, title="Tin trên cổng"))
    client.post(reverse("activities:create"), _data(radio, title="Chuyên mục đài", quantity=3))
    page = client.get(reverse("activities:index"), {"channel": radio.pk})
    assert [a.title for a in page.context["page"]] == ["Chuyên mục đài"]
    assert "3 tin, bài" in page.text
    xlsx = client.get(reverse("activities:export"), {"channel": radio.pk})
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    titles = [row[3] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert titles == ["Chuyên mục đài"]


def test_excel_export_keeps_numbers_numeric_and_formulas_as_text(client, personas, channel):
    from loa.core.tests.sheets import read_table

    client.force_login(personas["officer_a"])
    client.post(
        reverse("activities:create"),
        _data(channel, title='=HYPERLINK("http://lua.vn","Xem")', quantity=12, participants=""),
    )
    sheet = read_table(client.get(reverse("activities:export")).content, header_row=3)
    assert sheet["A1"].value.startswith("Hoạt động tuyên truyền CCHC — ")
    row = [c.value for c in sheet[4]]
    assert row[0] == 1 and row[4] == 12 and row[11] == 0  # STT, quantity, files: numbers
    assert isinstance(row[1], datetime.datetime)
    assert row[3] == '=HYPERLINK("http://lua.vn","Xem")' and sheet["D4"].data_type == "s"
    assert row[6] is None and row[10] is None  # no participants, no link: empty cells


def test_list_filters_by_period_office_channel_area_and_words(client, personas, offices):
    from loa.plans.models import Channel, ReformArea

    a = offices["A"]
    office = a.offices.first()
    radio = {"channel__code": "radio"}
    ActivityFactory(
        unit=a,
        **radio,
        title="Chuyên mục tháng 1",
        started_on=datetime.date(2026, 1, 10),
        office=office,
        reform_areas=ReformArea.objects.filter(code="procedures"),
    )
    ActivityFactory(
        unit=a,
        **radio,
        title="Chuyên mục tháng 3",
        started_on=datetime.date(2026, 3, 10),
        description="Một cửa",
    )
    ActivityFactory(
        unit=a,
        channel__code="banner",
        title="Băng rôn",
        started_on=datetime.date(2026, 2, 1),
        office=office,
        reform_areas=ReformArea.objects.filter(code__in=["procedures", "direction"]),
    )
    ActivityFactory(
        unit=offices["C"], **radio, title="Của xã khác", started_on=datetime.date(2026, 2, 1)
    )
    client.force_login(personas["officer_a"])

    def titles(**params):
        page = client.get(reverse("activities:index"), params)
        assert page.status_code == 200
        return sorted(a.title for a in page.context["page"])

    assert titles() == ["Băng rôn", "Chuyên mục tháng 1", "Chuyên mục tháng 3"]
    assert titles(start="2026-01-15", end="2026-03-01") == ["Băng rôn"]
    assert titles(office=office.pk) == ["Băng rôn", "Chuyên mục tháng 1"]
    assert titles(channel=Channel.objects.get(code="radio").pk) == [
        "Chuyên mục tháng 1",
        "Chuyên mục tháng 3",
    ]
    # an activity in two areas is listed once
    assert titles(area=ReformArea.objects.get(code="procedures").pk) == [
        "Băng rôn",
        "Chuyên mục tháng 1",
    ]
    assert titles(q="một cửa") == ["Chuyên mục tháng 3"]
    assert titles(q="tháng", office=office.pk) == ["Chuyên mục tháng 1"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"office": "99999999999999999999"}, "Lựa chọn không có trong danh sách"),
        ({"channel": "-99999999999999999999"}, "Lựa chọn không có trong danh sách"),
        ({"area": "abc"}, "Lựa chọn không có trong danh sách"),
        ({"task": "1e9"}, "Lựa chọn không có trong danh sách"),
        ({"start": "2026-13-45"}, "Ngày không hợp lệ"),
        ({"end": "99999-01-01"}, "Ngày không hợp lệ"),
    ],
)
def test_a_bad_filter_value_is_left_out_with_a_message(client, personas, offices, params, message):
    radio = {"unit": offices["A"], "channel__code": "radio"}
    ActivityFactory(**radio, title="Tin tháng 1", started_on=datetime.date(2026, 1, 10))
    ActivityFactory(**radio, title="Tin tháng 5", started_on=datetime.date(2026, 5, 10))
    client.force_login(personas["officer_a"])
    page = client.get(reverse("activities:index"), {**params, "q": "tháng 5"})
    assert [a.title for a in page.context["page"]] == ["Tin tháng 5"]  # the good filter applies
    assert page.status_code == 200 and message in page.text
    assert "bộ lọc này không được áp dụng" in page.text
    export = client.get(reverse("activities:export"), params)
    assert export.status_code == 200


def test_my_tasks_with_an_office_from_elsewhere_shows_all_offices(client, personas, offices):
    client.force_login(personas["officer_a"])
    for value in ("99999999999999999999", str(offices["C"].offices.first().pk), "abc"):
        page = client.get(reverse("activities:tasks"), {"bo_phan": value})
        assert page.status_code == 200 and page.context["shown"] == "tat-ca"
