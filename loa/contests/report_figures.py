"""The contest figures of a unit's report (loa/reports/sources.py, registered in
ContestsConfig.ready): the contests closed in the report's period, their participants and
attempts, with the sentence of the drafted results. Counts only, so the upper level's
report sums them."""

from loa.reports.phrases import number

from .queries import figures

TITLE = "Cuộc thi tìm hiểu trực tuyến về cải cách hành chính"
LABELS = {
    "contests": "Cuộc thi đã tổ chức",
    "participants": "Người tham gia",
    "attempts": "Lượt thi",
}


def provider(unit, start, end) -> dict:
    return figures(unit, start, end)


def sentence(values: dict, council: str) -> str:
    """ "Tổ chức 01 cuộc thi tìm hiểu trực tuyến về cải cách hành chính với 03 người tham
    gia, 04 lượt thi." """
    contests = values.get("contests", 0)
    if not contests:
        return ""
    return (
        f"Tổ chức {number(contests)} cuộc thi tìm hiểu trực tuyến về cải cách hành chính với "
        f"{number(values.get('participants', 0))} người tham gia, "
        f"{number(values.get('attempts', 0))} lượt thi."
    )
