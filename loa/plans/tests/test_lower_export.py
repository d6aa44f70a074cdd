"""The upper level's Excel table of the plans below, read back as a spreadsheet program."""

import datetime

from django.urls import reverse

from loa.core.tests.sheets import read_table
from loa.plans.tests.factories import IssuedPlanFactory


def test_lower_plans_excel_is_one_loa_table(client, upper_plan, offices, personas):
    IssuedPlanFactory(
        unit=offices["A"],
        upper=upper_plan,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 1, 20),
    )
    client.force_login(personas["supervisor_p"])
    content = client.get(reverse("plans:lower_xlsx"), {"nam": 2026}).content
    sheet = read_table(content, header_row=4)
    assert sheet["A2"].value == "Hạn ban hành: 31/01/2026"
    rows = {r[2]: r for r in sheet.iter_rows(min_row=5, values_only=True)}
    issued, missing = rows["Xã An Lạc"], rows["Xã Cẩm Khê"]
    assert issued[0] == 1 and issued[5] == datetime.datetime(2026, 1, 20)
    assert issued[6] == "Đúng hạn"
    assert missing[3] == "Chưa có kế hoạch" and missing[4:7] == (None, None, None)
