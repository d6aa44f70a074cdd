"""The list posted at the one-stop desk: printed landscape as DOCX and PDF citing the
announcing decision; each posting recorded by an officer logs one activity, which the
unit's next report counts without anyone typing it."""

import datetime
import io

import docx
import pypdf
import pytest
from django.urls import reverse
from django.utils import timezone

from loa.activities.models import Activity
from loa.portal.models import ChangeStatus, ProcedureChange, ProcedurePosting
from loa.reports.figures import report_figures
from loa.reports.tests.factories import ReportFactory

from .factories import ProcedureFactory

pytestmark = pytest.mark.django_db


def desk(unit):
    return reverse("portal:procedure_desk", kwargs={"pk": unit.pk})


@pytest.fixture
def catalogue(tree):
    birth = ProcedureFactory(
        name="Đăng ký khai sinh", code="1.000894", processing_time="Trong ngày", fee="Miễn"
    )
    ProcedureFactory(name="Chứng thực chữ ký", field="Chứng thực", fee="10.000 đồng")
    ProcedureFactory(name="Thủ tục đã bỏ", abolished_on=datetime.date(2026, 1, 5))
    ProcedureChange.objects.create(
        procedure=birth,
        status=ChangeStatus.AMENDED,
        decision_number="1234/QĐ-UBND",
        decision_date=datetime.date(2026, 3, 15),
    )
    return birth


def test_the_printed_list_is_landscape_and_cites_the_decision(client, tree, personas, catalogue):
    client.force_login(personas["officer_a"])
    response = client.get(reverse("portal:procedure_list_docx", kwargs={"pk": tree["A"].pk}))
    assert response.status_code == 200
    word = docx.Document(io.BytesIO(response.content))
    section = word.sections[0]
    assert section.page_width > section.page_height  # landscape
    text = "\n".join(p.text for p in word.paragraphs)
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in text
    province = tree["A"].parent
    assert (
        f"Quyết định số 1234/QĐ-UBND ngày 15/03/2026 của Chủ tịch Ủy ban nhân dân "
        f"{province.kind_word} {province.short_name} công bố" in text
    )
    assert "Tổng số: 2 thủ tục hành chính" in text
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    assert "Đăng ký khai sinh" in cells and "1.000894" in cells and "10.000 đồng" in cells
    assert "Lĩnh vực" in cells and "Thủ tục đã bỏ" not in cells
    pdf = client.get(reverse("portal:procedure_list_pdf", kwargs={"pk": tree["A"].pk}))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    printed = pypdf.PdfReader(io.BytesIO(pdf.content))
    for page in printed.pages:
        assert page.mediabox.width > page.mediabox.height  # landscape, every page
    # the PDF's text runs lines together where the DOCX keeps paragraphs: compare words
    words = " ".join(" ".join(page.extract_text() for page in printed.pages).split())
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in words
    assert (
        f"Quyết định số 1234/QĐ-UBND ngày 15/03/2026 của Chủ tịch Ủy ban nhân dân "
        f"{province.kind_word} {province.short_name} công bố" in words
    )
    assert "Đăng ký khai sinh" in words and "1.000894" in words and "10.000 đồng" in words
    assert "Tổng số: 2 thủ tục hành chính" in words and "Thủ tục đã bỏ" not in words


def test_a_posting_logs_an_activity_that_the_next_report_counts(
    client, offices, personas, catalogue
):
    unit, officer = offices["A"], personas["officer_a"]
    today = timezone.localdate()
    client.force_login(officer)
    page = client.get(desk(unit)).content.decode()
    assert "Quyết định số 1234/QĐ-UBND ngày 15/03/2026" in page
    response = client.post(
        desk(unit),
        {
            "posted_on": today.isoformat(),
            "at_desk": "on",
            "on_portal": "on",
            "decision": "1234/QĐ-UBND|2026-03-15",
        },
    )
    assert response.status_code == 302
    posting = ProcedurePosting.objects.get()
    assert posting.procedures == 2 and posting.decision_number == "1234/QĐ-UBND"
    activity = posting.activity
    assert activity.channel.code == "procedure_posting" and activity.quantity == 1
    assert activity.unit == unit and activity.started_on == today
    assert "1234/QĐ-UBND" in activity.description and activity.created_by == officer
    assert activity.link.endswith(reverse("portal:procedure_list", kwargs={"code": unit.code}))
    # in the activity log, as the officer sees it
    log = client.get(reverse("activities:index")).content.decode()
    assert "Niêm yết công khai danh mục thủ tục hành chính" in log

    report = ReportFactory(
        unit=unit,
        kind="ad_hoc",
        year=today.year,
        start=today - datetime.timedelta(days=7),
        end=today,
        by=officer,
    )
    assert report_figures(report)["channels"]["procedure_posting"]["quantity"] == 1
    # an update of the list is posted again: another activity, another figure
    client.post(desk(unit), {"posted_on": today.isoformat(), "at_desk": "on", "decision": ""})
    assert Activity.objects.filter(channel__code="procedure_posting").count() == 2
    assert report_figures(report)["channels"]["procedure_posting"]["quantity"] == 2


def test_a_posting_needs_a_place_and_a_past_day_and_keeps_what_was_typed(
    client, offices, personas, catalogue
):
    client.force_login(personas["officer_a"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page = client.post(desk(offices["A"]), {"posted_on": tomorrow.isoformat(), "decision": ""})
    text = page.content.decode()
    assert page.status_code == 400
    assert "Ngày niêm yết không thể sau hôm nay." in text
    assert f'value="{tomorrow.isoformat()}"' in text
    page = client.post(desk(offices["A"]), {"posted_on": "2026-01-02", "decision": ""})
    assert "Cần chọn nơi niêm yết" in page.content.decode()
    assert not ProcedurePosting.objects.exists() and not Activity.objects.exists()


def test_the_upper_level_reads_the_desk_but_does_not_post(client, offices, personas, catalogue):
    client.force_login(personas["supervisor_p"])
    page = client.get(desk(offices["A"]))
    assert page.status_code == 200 and "Ghi nhận đã niêm yết" not in page.content.decode()
    response = client.post(desk(offices["A"]), {"posted_on": "2026-01-02", "at_desk": "on"})
    assert response.status_code == 403
    client.force_login(personas["officer_c"])
    assert client.get(desk(offices["A"])).status_code == 403


def test_the_demo_posts_once_and_marks_its_decision_as_the_demos(offices, personas):
    from loa.demo.seed_procedures import DEMO_NOTE, posting_load, procedures_load

    procedures_load()
    unit, officer = offices["A"], personas["officer_a"]
    posting = posting_load(unit_key=unit.key, officer=officer.username)
    assert posting.activity.channel.code == "procedure_posting"
    assert posting.procedures == 16 and posting.decision_number == "01/QĐ-UBND"
    assert set(ProcedureChange.objects.values_list("note", flat=True)) == {DEMO_NOTE}
    assert posting_load(unit_key=unit.key, officer=officer.username) is None
    assert ProcedurePosting.objects.count() == 1


def test_the_unit_site_leads_its_officers_to_the_desk(client, tree, personas):
    site = reverse("portal:unit_site", kwargs={"code": tree["A"].code})
    assert desk(tree["A"]) not in client.get(site).content.decode()
    client.force_login(personas["officer_a"])
    assert desk(tree["A"]) in client.get(site).content.decode()
    client.force_login(personas["supervisor_p"])
    province = reverse("portal:unit_site", kwargs={"code": tree["P"].code})
    assert reverse("portal:procedure_import") in client.get(province).content.decode()
