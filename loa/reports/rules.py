"""Who may do what to a report. Objects: the Unit (to create), a UnitPeriod (to create
for a known period) or a Report. A unit that ended in the 2025 reorganisation keeps its
reports readable; none is written for a period that begins after its end
(`within_unit_life`, loa/plans/rules.py)."""

import datetime

import rules

from loa.accounts.rules import DENIED, is_leader, is_member, is_officer, supervises
from loa.documents.rules import is_draft, is_issued, is_sent, is_submitted
from loa.plans.models import ReportKind
from loa.plans.rules import supervises_successor, within_unit_life


@rules.predicate
def is_annual(user, report) -> bool:
    return report.kind == ReportKind.ANNUAL


@rules.predicate
def next_year_within_unit_life(user, report) -> bool:
    return not report.unit.ended_before(datetime.date(report.year + 1, 1, 1))


# the unit reads its own reports at every stage; the upper level once they are sent, and
# the supervisors of the units that took over a former unit, as its history
rules.add_perm("reports.view_report", is_member | ((supervises | supervises_successor) & is_sent))
rules.add_perm("reports.add_report", is_officer & within_unit_life)  # the Unit or a UnitPeriod
rules.add_perm("reports.change_report", is_officer & is_draft & within_unit_life)
rules.add_perm("reports.submit_report", is_officer & is_draft & within_unit_life)
rules.add_perm("reports.sign_report", is_leader & is_submitted & within_unit_life)
rules.add_perm("reports.send_report", is_officer & is_issued & within_unit_life)
rules.add_perm("reports.follow_lower_reports", supervises)  # object: the Unit
# next year's plan starts from the unit's own annual report
rules.add_perm("reports.plan_next_year", is_officer & is_annual & next_year_within_unit_life)

DENIED.update(
    {
        "reports.view_report": "Bạn không có quyền xem báo cáo này (cấp trên chỉ xem báo cáo "
        "đã gửi).",
        "reports.add_report": "Chỉ cán bộ, lãnh đạo của đơn vị lập được báo cáo, cho kỳ bắt "
        "đầu khi đơn vị còn hoạt động.",
        "reports.change_report": "Báo cáo này không sửa được: chỉ cán bộ của đơn vị sửa dự thảo.",
        "reports.submit_report": "Chỉ cán bộ của đơn vị trình được dự thảo báo cáo.",
        "reports.sign_report": "Chỉ lãnh đạo đơn vị ký được báo cáo đã trình.",
        "reports.send_report": "Chỉ gửi được báo cáo đã ký ban hành của đơn vị mình.",
        "reports.follow_lower_reports": "Chỉ cấp trên theo dõi được báo cáo của các đơn vị trực "
        "thuộc.",
        "reports.plan_next_year": "Chỉ cán bộ, lãnh đạo của đơn vị lập được kế hoạch năm sau, "
        "từ báo cáo năm, khi năm sau đơn vị còn hoạt động.",
    }
)
