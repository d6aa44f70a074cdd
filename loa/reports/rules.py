"""Who may do what to a report. Objects: the Unit (to create) or a Report."""

import rules

from loa.accounts.rules import DENIED, is_leader, is_member, is_officer, supervises
from loa.documents.rules import is_draft, is_issued, is_sent, is_submitted
from loa.plans.models import ReportKind


@rules.predicate
def is_annual(user, report) -> bool:
    return report.kind == ReportKind.ANNUAL


# the unit reads its own reports at every stage; the upper level once they are sent
rules.add_perm("reports.view_report", is_member | (supervises & is_sent))
rules.add_perm("reports.add_report", is_officer)  # object: the Unit
rules.add_perm("reports.change_report", is_officer & is_draft)
rules.add_perm("reports.submit_report", is_officer & is_draft)
rules.add_perm("reports.sign_report", is_leader & is_submitted)
rules.add_perm("reports.send_report", is_officer & is_issued)
rules.add_perm("reports.follow_lower_reports", supervises)  # object: the Unit
# next year's plan starts from the unit's own annual report
rules.add_perm("reports.plan_next_year", is_officer & is_annual)

DENIED.update(
    {
        "reports.view_report": "Bạn không có quyền xem báo cáo này (cấp trên chỉ xem báo cáo "
        "đã gửi).",
        "reports.add_report": "Chỉ cán bộ, lãnh đạo của đơn vị lập được báo cáo.",
        "reports.change_report": "Báo cáo này không sửa được: chỉ cán bộ của đơn vị sửa dự thảo.",
        "reports.submit_report": "Chỉ cán bộ của đơn vị trình được dự thảo báo cáo.",
        "reports.sign_report": "Chỉ lãnh đạo đơn vị ký được báo cáo đã trình.",
        "reports.send_report": "Chỉ gửi được báo cáo đã ký ban hành của đơn vị mình.",
        "reports.follow_lower_reports": "Chỉ cấp trên theo dõi được báo cáo của các đơn vị trực "
        "thuộc.",
        "reports.plan_next_year": "Chỉ cán bộ, lãnh đạo của đơn vị lập được kế hoạch năm sau, "
        "từ báo cáo năm.",
    }
)
