"""Plan forms: starting a plan (starting.py) and editing a draft (editing.py)."""

from .editing import (
    MAX_BUDGET,
    PlanHeaderForm,
    ReportingRuleForm,
    ScheduleForm,
    SectionAddForm,
    SectionForm,
    TargetForm,
    TaskForm,
    budget_field,
    clean_budget,
    paragraphs_from_text,
    paragraphs_to_text,
)
from .starting import PlanAdaptationForm, PlanCreateForm, in_force_refusal_html

__all__ = [
    "MAX_BUDGET",
    "PlanAdaptationForm",
    "PlanCreateForm",
    "PlanHeaderForm",
    "ReportingRuleForm",
    "ScheduleForm",
    "SectionAddForm",
    "SectionForm",
    "TargetForm",
    "TaskForm",
    "budget_field",
    "clean_budget",
    "in_force_refusal_html",
    "paragraphs_from_text",
    "paragraphs_to_text",
]
