"""Who may edit a unit's public side. The public pages themselves are PUBLIC in the access
map; editing the contact details is the unit admin's, as the unit's other settings are."""

import rules

from loa.accounts.models import Role
from loa.accounts.rules import (
    DENIED,
    can_view_unit,
    is_leader,
    is_officer,
    is_unit_admin,
    unit_role,
)
from loa.documents.rules import is_draft, is_submitted
from loa.units.models import Level, Unit

from .models import ArticleStatus

rules.add_perm("portal.edit_contact", is_unit_admin)
# The radio bulletin is the unit's own work: its officers prepare and air it; whoever may
# view the unit (its members, the levels above) may read and print it.
rules.add_perm("portal.view_radio", can_view_unit)
rules.add_perm("portal.run_radio", is_officer)

DENIED.update(
    {
        "portal.edit_contact": "Chỉ quản trị đơn vị sửa được thông tin liên hệ công khai "
        "của đơn vị.",
        "portal.view_radio": "Bạn không có vai trò tại đơn vị này hoặc đơn vị cấp trên của nó.",
        "portal.run_radio": "Chỉ cán bộ, lãnh đạo của đơn vị soạn và ghi nhận được chuyên mục "
        "truyền thanh của đơn vị.",
    }
)

# --- the CCHC column (ADR 25): officers write and submit, the unit's leader publishes ------


@rules.predicate
def unit_in_force(user, obj) -> bool:
    """The unit (or the article's unit) has not ended: a former unit's column is closed."""
    unit = obj if isinstance(obj, Unit) else getattr(obj, "unit", None)
    return unit is not None and not unit.is_legacy


@rules.predicate
def article_being_written(user, article) -> bool:
    return getattr(article, "status", None) in (ArticleStatus.DRAFT, ArticleStatus.WITHDRAWN)


@rules.predicate
def article_published(user, article) -> bool:
    return getattr(article, "status", None) == ArticleStatus.PUBLISHED


# the column's list, a new article, an article's review page: the unit's officers and leaders
rules.add_perm("portal.manage_column", is_officer & unit_in_force)
# a draft by its unit's officers; a published article only by the leader (a correction)
rules.add_perm(
    "portal.change_article",
    unit_in_force & ((is_officer & article_being_written) | (is_leader & article_published)),
)
rules.add_perm("portal.submit_article", is_officer & unit_in_force & article_being_written)
rules.add_perm("portal.approve_article", is_leader & unit_in_force)
rules.add_perm("portal.withdraw_article", is_leader & unit_in_force)

DENIED.update(
    {
        "portal.manage_column": "Chỉ cán bộ, lãnh đạo của đơn vị quản lý được chuyên mục tin, "
        "bài của đơn vị.",
        "portal.change_article": "Chỉ sửa được tin, bài đang soạn hoặc đã gỡ; tin, bài đã đăng "
        "chỉ lãnh đạo đơn vị sửa được.",
        "portal.submit_article": "Chỉ cán bộ của đơn vị gửi duyệt được tin, bài đang soạn.",
        "portal.approve_article": "Chỉ lãnh đạo đơn vị duyệt đăng hoặc trả lại được tin, bài.",
        "portal.withdraw_article": "Chỉ lãnh đạo đơn vị gỡ được tin, bài đã đăng.",
    }
)

# Citizens' feedback (ADR 26): the unit's officers and leaders handle it and draft the
# answer; the leader signs it, which publishes it. Nobody else sees who sent what.

rules.add_perm("portal.handle_feedback", is_officer)
rules.add_perm("portal.view_feedbackanswer", is_officer)
rules.add_perm("portal.submit_feedbackanswer", is_officer & is_draft)
rules.add_perm("portal.sign_feedbackanswer", is_leader & is_submitted)

DENIED.update(
    {
        "portal.handle_feedback": "Chỉ công chức, lãnh đạo của đơn vị xử lý được phản ánh, "
        "kiến nghị gửi đơn vị.",
        "portal.view_feedbackanswer": "Chỉ công chức, lãnh đạo của đơn vị xem được văn bản "
        "trả lời khi chưa công khai.",
        "portal.submit_feedbackanswer": "Chỉ trình được dự thảo trả lời của đơn vị mình, khi "
        "văn bản còn là dự thảo.",
        "portal.sign_feedbackanswer": "Chỉ lãnh đạo đơn vị duyệt, ký được văn bản trả lời đã "
        "trình.",
    }
)

# Procedures (ADR 27): the unit's officers post the list at the desk and record it; whoever
# may view the unit prints it. The catalogue a province announces for its units is
# imported by that province's staff (officers, supervisors, its unit admin), never by a
# commune: the decision is the province's.


@rules.predicate
def is_province(user, unit) -> bool:
    return isinstance(unit, Unit) and unit.level == Level.PROVINCE


rules.add_perm("portal.view_procedure_desk", can_view_unit)
rules.add_perm("portal.post_procedures", is_officer & unit_in_force)
rules.add_perm(
    "portal.import_procedures",
    is_province
    & unit_in_force
    & unit_role(Role.OFFICER, Role.LEADER, Role.SUPERVISOR, Role.UNIT_ADMIN),
)

DENIED.update(
    {
        "portal.view_procedure_desk": "Bạn không có vai trò tại đơn vị này hoặc đơn vị cấp "
        "trên của nó.",
        "portal.post_procedures": "Chỉ cán bộ, lãnh đạo của đơn vị ghi nhận được việc niêm yết "
        "thủ tục hành chính của đơn vị.",
        "portal.import_procedures": "Chỉ cán bộ của tỉnh, thành phố (đơn vị làm việc là tỉnh, "
        "thành phố) nhập được danh mục thủ tục hành chính theo quyết định công bố.",
    }
)
