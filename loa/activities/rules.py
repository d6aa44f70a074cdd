"""Who may log and read activities. Objects: the Unit (to log, to list), a UnitPeriod (to
log on a known day), an Activity, or the Plan of a task or target. A unit that ended in the
2025 reorganisation keeps its log readable; nothing is logged after its end
(`within_unit_life`, loa/plans/rules.py)."""

import rules

from loa.accounts.rules import DENIED, can_view_unit, is_officer
from loa.plans.rules import within_unit_life

rules.add_perm("activities.view_activity", can_view_unit)  # members and supervisors read
# officers and leaders log, for the days their unit existed
rules.add_perm("activities.add_activity", is_officer & within_unit_life)
rules.add_perm("activities.change_activity", is_officer & within_unit_life)
rules.add_perm("activities.track_unit", can_view_unit)  # task and target progress pages
rules.add_perm("activities.enter_target_value", is_officer & within_unit_life)

DENIED.update(
    {
        "activities.view_activity": "Bạn không có quyền xem hoạt động của đơn vị này.",
        "activities.add_activity": "Chỉ cán bộ, lãnh đạo của đơn vị ghi nhận được hoạt động.",
        "activities.change_activity": "Chỉ cán bộ, lãnh đạo của đơn vị sửa được hoạt động này.",
        "activities.track_unit": "Bạn không có vai trò tại đơn vị này.",
        "activities.enter_target_value": "Chỉ cán bộ, lãnh đạo của đơn vị nhập được số liệu "
        "chỉ tiêu.",
    }
)
