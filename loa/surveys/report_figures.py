"""The survey figures of a unit's report (loa/reports/sources.py, registered in
SurveysConfig.ready): the waves that ended in the report's period, their sheets, and the
answers behind the satisfaction index, with the sentence of the drafted results. Counts
only, so the upper level's report sums them and the share is computed from the sums."""

from loa.reports.phrases import number

from .queries import figures, vn_number
from .services import surveys_close_ended

TITLE = "Khảo sát mức độ hài lòng của người dân, tổ chức"
LABELS = {
    "waves": "Đợt khảo sát đã kết thúc",
    "responses": "Phiếu khảo sát thu về",
    "satisfied": "Câu trả lời “hài lòng”, “rất hài lòng”",
    "answers": "Tổng số câu trả lời về sự hài lòng",
}


def provider(unit, start, end) -> dict:
    # a wave past its end date that nobody closed (nor the daily run yet) is closed and
    # logged first, so the report cites it
    surveys_close_ended(unit=unit)
    got = figures(unit, start, end)
    return {key: got[key] for key in LABELS}


def sentence(values: dict, council: str) -> str:
    """ "Tổ chức 01 đợt khảo sát mức độ hài lòng của người dân, tổ chức với 64 phiếu;
    86,5 % ý kiến hài lòng, rất hài lòng." """
    waves, responses = values.get("waves", 0), values.get("responses", 0)
    if not waves:
        return ""
    line = (
        f"Tổ chức {number(waves)} đợt khảo sát mức độ hài lòng của người dân, tổ chức đối "
        f"với sự phục vụ của cơ quan hành chính với {number(responses)} phiếu"
    )
    answers = values.get("answers", 0)
    if answers:
        share = vn_number(round(100 * values.get("satisfied", 0) / answers, 1))
        line += f"; {share} % ý kiến hài lòng, rất hài lòng"
    return line + "."
