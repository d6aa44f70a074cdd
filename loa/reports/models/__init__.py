from .reminder import ReportReminder
from .report import Report, ReportCorrection, ReportDeadline, ReportStatus
from .sums import ReportSum

__all__ = [
    "Report",
    "ReportCorrection",
    "ReportDeadline",
    "ReportReminder",
    "ReportStatus",
    "ReportSum",
]
