"""Who may run a unit's surveys: its officers and leaders, while the unit is in force.
The public page is PUBLIC in the access map; the results are the unit's."""

import rules

from loa.accounts.rules import DENIED, is_officer
from loa.portal.rules import unit_in_force

from .models import SurveyStatus


@rules.predicate
def survey_draft(user, survey) -> bool:
    return getattr(survey, "status", None) == SurveyStatus.DRAFT


rules.add_perm("surveys.manage_survey", is_officer & unit_in_force)
rules.add_perm("surveys.run_survey", is_officer & unit_in_force)
# questions change only before the survey opens: answers already given stay true
rules.add_perm("surveys.edit_questions", is_officer & unit_in_force & survey_draft)

DENIED.update(
    {
        "surveys.manage_survey": "Chỉ cán bộ, lãnh đạo của đơn vị quản lý được các cuộc khảo "
        "sát của đơn vị.",
        "surveys.run_survey": "Chỉ cán bộ, lãnh đạo của đơn vị mở, đóng được cuộc khảo sát.",
        "surveys.edit_questions": "Chỉ sửa được câu hỏi khi cuộc khảo sát còn đang soạn, "
        "chưa mở nhận phiếu.",
    }
)
