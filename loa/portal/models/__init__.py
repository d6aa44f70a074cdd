"""The public side of a unit, one module per part of it."""

from .articles import Article, ArticleStatus
from .contact import UnitContact
from .feedback import (
    Feedback,
    FeedbackAnswer,
    FeedbackAttachment,
    FeedbackStatus,
    FeedbackUpload,
)
from .procedures import ChangeStatus, Procedure, ProcedureChange, ProcedurePosting
from .radio import Broadcast, RadioBulletin

__all__ = [
    "Article",
    "ArticleStatus",
    "Broadcast",
    "ChangeStatus",
    "Feedback",
    "FeedbackAnswer",
    "FeedbackAttachment",
    "FeedbackStatus",
    "FeedbackUpload",
    "Procedure",
    "ProcedureChange",
    "ProcedurePosting",
    "RadioBulletin",
    "UnitContact",
]
