"""Who may edit a unit's public side. The public pages themselves are PUBLIC in the access
map; editing the contact details is the unit admin's, as the unit's other settings are."""

import rules

from loa.accounts.rules import DENIED, is_unit_admin

rules.add_perm("portal.edit_contact", is_unit_admin)

DENIED.update(
    {
        "portal.edit_contact": "Chỉ quản trị đơn vị sửa được thông tin liên hệ công khai "
        "của đơn vị.",
    }
)
