"""Plan services: starting a plan, editing a draft, and the workflow."""

from .editing import (
    PlanNotEditable,
    items_reorder,
    next_order,
    plan_touch,
    schedule_replace,
    section_paragraphs_replace,
    task_accept,
)
from .starting import (
    lower_first,
    plan_content_copy,
    plan_create_blank,
    plan_create_from_previous,
    plan_create_from_template,
    plan_create_from_upper,
    plan_in_force_refusal,
    sections_create,
    unit_phrase,
)
from .workflow import (
    plan_amend,
    plan_delete_draft,
    plan_issue,
    plan_send_back,
    plan_submit,
    plan_submit_problems,
)

__all__ = [
    "PlanNotEditable",
    "items_reorder",
    "lower_first",
    "next_order",
    "plan_amend",
    "plan_content_copy",
    "plan_create_blank",
    "plan_create_from_previous",
    "plan_create_from_template",
    "plan_create_from_upper",
    "plan_delete_draft",
    "plan_in_force_refusal",
    "plan_issue",
    "plan_send_back",
    "plan_submit",
    "plan_submit_problems",
    "plan_touch",
    "schedule_replace",
    "section_paragraphs_replace",
    "sections_create",
    "task_accept",
    "unit_phrase",
]
