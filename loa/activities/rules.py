"""Who may log and read activities. Objects: the Unit (to log, to list) or an Activity."""

import rules

from loa.accounts.rules import DENIED, can_view_unit, is_officer

rules.add_perm("activities.view_activity", can_view_unit)  # members and supervisors read
rules.add_perm("activities.add_activity", is_officer)  # officers and leaders log
rules.add_perm("activities.change_activity", is_officer)
rules.add_perm("activities.track_unit", can_view_unit)  # task and target progress pages
rules.add_perm("activities.enter_target_value", is_officer)

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
