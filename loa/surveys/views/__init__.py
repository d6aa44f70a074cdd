from .officers import (
    question_add,
    question_delete,
    question_edit,
    question_move,
    survey_close,
    survey_create,
    survey_edit,
    survey_list,
    survey_open,
)
from .public import survey_answer, survey_poster, survey_thanks
from .results import survey_results, survey_xlsx

__all__ = [
    "question_add",
    "question_delete",
    "question_edit",
    "question_move",
    "survey_answer",
    "survey_close",
    "survey_create",
    "survey_edit",
    "survey_list",
    "survey_open",
    "survey_poster",
    "survey_results",
    "survey_thanks",
    "survey_xlsx",
]
