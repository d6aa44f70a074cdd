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
from .plan import Plan, PlanStatus, SignatureAuthority
from .register import DocumentRegister

__all__ = [
    "QUARTERS",
    "ReportKind",
    "ReportingRule",
    "Audience",
    "Channel",
    "ChannelKind",
    "DocumentRegister",
    "ParagraphStyle",
    "Plan",
    "PlanParagraph",
    "PlanSection",
    "PlanStatus",
    "ReformArea",
    "ScheduleEntry",
    "SectionKind",
    "SignatureAuthority",
    "Target",
    "TargetMeasure",
    "Task",
    "TaskState",
]
