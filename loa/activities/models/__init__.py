from .activity import Activity, Evidence
from .progress import TargetEntry
from .tally import AreaTally, Tally

__all__ = ["Activity", "AreaTally", "Evidence", "Tally", "TargetEntry"]
