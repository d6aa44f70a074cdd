from .catalogues import Audience, Channel, ChannelKind, ReformArea
from .content import (
    QUARTERS,
    ParagraphStyle,
    PlanParagraph,
    PlanSection,
    ReportingRule,
    ReportKind,
    ScheduleEntry,
    SectionKind,
    Target,
    TargetMeasure,
    Task,
    TaskState,
)
from .plan import Plan, PlanStatus

__all__ = [
    "QUARTERS",
    "ReportKind",
    "ReportingRule",
    "Audience",
    "Channel",
    "ChannelKind",
    "ParagraphStyle",
    "Plan",
    "PlanParagraph",
    "PlanSection",
    "PlanStatus",
    "ReformArea",
    "ScheduleEntry",
    "SectionKind",
    "Target",
    "TargetMeasure",
    "Task",
    "TaskState",
]
