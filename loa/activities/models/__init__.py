from .activity import Activity, Evidence
from .progress import TargetEntry

__all__ = ["Activity", "Evidence", "TargetEntry"]
