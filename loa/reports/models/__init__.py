from .reminder import ReportReminder
from .report import Report, ReportCorrection, ReportDeadline, ReportStatus

__all__ = ["Report", "ReportCorrection", "ReportDeadline", "ReportReminder", "ReportStatus"]
