"""Who may run a unit's contests: its officers and leaders, while the unit is in force;
the results are published by the leader. The public pages are PUBLIC in the access map."""

import rules

from loa.accounts.rules import DENIED, is_leader, is_officer
from loa.documents.rules import is_draft, is_submitted
from loa.portal.rules import unit_in_force

from .models import ContestStatus


@rules.predicate
def contest_draft(user, contest) -> bool:
    return getattr(contest, "status", None) == ContestStatus.DRAFT


rules.add_perm("contests.manage_contest", is_officer & unit_in_force)
rules.add_perm("contests.run_contest", is_officer & unit_in_force)
# the bank changes only before the contest opens: attempts already drawn stay fair
rules.add_perm("contests.edit_questions", is_officer & unit_in_force & contest_draft)
rules.add_perm("contests.publish_results", is_leader & unit_in_force)

DENIED.update(
    {
        "contests.manage_contest": "Chỉ cán bộ, lãnh đạo của đơn vị tổ chức quản lý được cuộc thi.",
        "contests.run_contest": "Chỉ cán bộ, lãnh đạo của đơn vị tổ chức mở, đóng được cuộc thi.",
        "contests.edit_questions": "Chỉ sửa được bộ câu hỏi khi cuộc thi còn đang soạn, chưa mở.",
        "contests.publish_results": "Chỉ lãnh đạo của đơn vị tổ chức công bố được kết quả "
        "cuộc thi.",
    }
)

# the results decision, a document of the core: officers draft and submit, the leader signs
rules.add_perm("contests.submit_resultsdecision", is_officer & is_draft)
rules.add_perm("contests.sign_resultsdecision", is_leader & is_submitted)
DENIED.update(
    {
        "contests.submit_resultsdecision": "Chỉ cán bộ của đơn vị tổ chức trình được dự thảo "
        "quyết định công nhận kết quả.",
        "contests.sign_resultsdecision": "Chỉ lãnh đạo của đơn vị tổ chức ký được quyết định "
        "công nhận kết quả đã trình.",
    }
)
