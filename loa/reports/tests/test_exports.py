"""The report's appendix in Excel, read back as a spreadsheet program."""

import datetime

from django.urls import reverse

from loa.activities.tests.factories import ActivityFactory
from loa.core.tests.sheets import read_table
from loa.reports.tests.factories import ReportFactory


def test_appendix_excel_has_numbers_empty_cells_and_a_total(client, tree, personas):
    day = {"unit": tree["A"], "started_on": datetime.date(2026, 2, 3)}
    ActivityFactory(**day, channel__code="radio", quantity=3)
    ActivityFactory(**day, channel__code="conference", quantity=2, participants=120)
    ActivityFactory(**day, channel__code="training", quantity=1, participants=45)
    a_year_before = {"unit": tree["A"], "started_on": datetime.date(2025, 2, 3)}
    ActivityFactory(**a_year_before, channel__code="radio", quantity=2)
    report = ReportFactory(unit=tree["A"], kind="quarter", year=2026, by=personas["officer_a"])
    client.force_login(personas["officer_a"])
    sheet = read_table(client.get(reverse("reports:xlsx", args=[report.pk])).content, header_row=5)
    # headed as the appendix of a document: "Phụ lục", its title, the report it goes with
    assert sheet["A1"].value == "Phụ lục" and sheet["A1"].font.b
    assert sheet["A2"].value.startswith("KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH")
    assert sheet["A3"].value.startswith("(Kèm theo Báo cáo số")
    assert "ngày" in sheet["A3"].value and "của UBND xã An Lạc" in sheet["A3"].value
    rows = list(sheet.iter_rows(min_row=6, values_only=True))
    by_channel = {r[1]: r for r in rows[:-1]}
    radio = by_channel["Tin, bài, chuyên mục CCHC trên đài truyền thanh"]
    assert radio[0] == 1 and radio[3] == 3 and radio[4] is None  # no people: an empty cell
    assert radio[5] == 2  # the same quarter of last year
    assert by_channel["Hội nghị, cuộc họp lồng ghép nội dung CCHC"][4] == 120
    assert rows[-1][0] == "Tổng cộng" and rows[-1][4] == 165
