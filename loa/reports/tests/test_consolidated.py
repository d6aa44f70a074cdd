"""A consolidated report holds together: who was due, who sent (on time, late), who did
not (named); totals from the units' frozen figures; the upper level's count targets
measured against the units they are about; a table per unit; made from the roll-up."""

import datetime

from django.urls import reverse

from conftest import member
from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory
from loa.activities.tests.factories import ActivityFactory
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text
from loa.plans.models import Channel
from loa.plans.tests.factories import IssuedPlanFactory, TargetFactory
from loa.reports.document import report_document
from loa.reports.models import Report, ReportDeadline
from loa.reports.tests.factories import ReportFactory, report_send_up


def test_the_province_report_says_who_sent_and_measures_its_targets_on_the_communes(
    client, offices, personas, province_officer, province_leader
):
    province, a, c = offices["P"], offices["A"], offices["C"]
    plan = IssuedPlanFactory(
        unit=province,
        year=2025,
        by=province_officer,
        signer=province_leader,
        issued_on=datetime.date(2025, 1, 5),
    )
    radio = Channel.objects.get(code="radio")
    TargetFactory(
        plan=plan, text="Mỗi xã đăng ít nhất 02 tin, bài trên đài", target_value=2, channels=[radio]
    )
    ReportDeadline.objects.create(
        unit=province, kind="quarter", year=2025, index=3, due_on=datetime.date(2025, 9, 18)
    )
    # A sends on time with 3 radio items; C does not send
    ActivityFactory(unit=a, channel=radio, quantity=3, started_on=datetime.date(2025, 7, 1))
    ActivityFactory(unit=c, channel=radio, quantity=5, started_on=datetime.date(2025, 7, 1))
    sent = ReportFactory(unit=a, kind="quarter", year=2025, index=3, by=personas["officer_a"])
    report_send_up(
        sent,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2025, 9, 15),
        sent_at=datetime.datetime(2025, 9, 16, 8, tzinfo=datetime.UTC),
    )
    member(c, Role.OFFICER)

    # the province's officer who follows the communes, as in the demo ("tinh")
    supervisor = personas["supervisor_p"]
    MembershipFactory(user=supervisor, unit=province, role=Role.OFFICER)
    client.force_login(supervisor)
    rollup = client.get(reverse("reports:rollup"), {"loai": "quarter", "nam": 2025, "ky": 3})
    assert "Lập báo cáo tổng hợp quý III năm 2025" in rollup.text
    response = client.post(
        reverse("reports:create"),
        {"kind": "quarter", "year": 2025, "index": 3, "tong_hop": "1"},
        follow=True,
    )
    report = Report.objects.get(unit=province, is_consolidated=True)
    assert response.redirect_chain[-1][0] == reverse("reports:detail", args=[report.pk])

    flat = " ".join(docx_text(render_docx(report_document(report))).split())
    assert "Có 1/2 đơn vị đã gửi báo cáo (1 đúng hạn)" in flat
    assert f"chưa gửi: {c.name}" in flat
    # the totals are the sent reports' (C's 5 items, never sent, do not count)
    assert "phát 03 tin, bài" in flat
    # the target is about the communes: the share that met it, not the province's own log
    assert "Chỉ tiêu “Mỗi xã đăng ít nhất 02 tin, bài trên đài”: 1/2 đơn vị đạt trong kỳ." in flat
    assert "mới thực hiện được" not in flat and "0%" not in flat
    # a table per unit, in Phụ lục II
    assert "Phụ lục II KẾT QUẢ CỦA TỪNG ĐƠN VỊ" in flat
    assert f"{a.name} | 16/09/2025 | 3" in flat
    assert f"{c.name} | Chưa gửi" in flat
    assert "Kính gửi: Bộ Nội vụ" in flat
    # the roll-up now links to it instead of offering another
    again = client.get(reverse("reports:rollup"), {"loai": "quarter", "nam": 2025, "ky": 3})
    assert "Xem báo cáo tổng hợp quý III năm 2025" in again.text
