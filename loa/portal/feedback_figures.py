"""The feedback figures of a unit's report (loa/reports/sources.py, registered in
PortalConfig.ready): received, answered, answered on time and forwarded in the report's
period, and the sentence of the drafted results that cites them."""

from loa.reports.phrases import number

from .feedback_queries import figures

TITLE = "Tiếp nhận, trả lời phản ánh, kiến nghị"
LABELS = {
    "received": "Phản ánh, kiến nghị tiếp nhận",
    "answered": "Đã trả lời",
    "on_time": "Trong đó trả lời đúng hạn",
    "forwarded": "Chuyển cơ quan có thẩm quyền",
}


def provider(unit, start, end) -> dict:
    return figures(unit, start, end)


def sentence(values: dict, council: str) -> str:
    """ "Tiếp nhận 03 phản ánh, kiến nghị của tổ chức, cá nhân; đã trả lời 02, trong đó 02
    đúng hạn; chuyển 01 phản ánh, kiến nghị đến cơ quan có thẩm quyền." """
    received, answered = values.get("received", 0), values.get("answered", 0)
    on_time, forwarded = values.get("on_time", 0), values.get("forwarded", 0)
    if not (received or answered or forwarded):
        return ""
    parts = [
        f"Tiếp nhận {number(received) if received else 'không có'} phản ánh, kiến nghị của "
        "tổ chức, cá nhân qua trang thông tin điện tử"
    ]
    if answered:
        when = (
            "tất cả đúng hạn"
            if on_time == answered
            else f"trong đó {number(on_time)} đúng hạn"
            if on_time
            else "chưa có phản ánh nào trả lời đúng hạn"
        )
        parts.append(f"đã trả lời {number(answered)}, {when}")
    else:
        parts.append("chưa có phản ánh, kiến nghị nào được trả lời trong kỳ")
    if forwarded:
        parts.append(
            f"chuyển {number(forwarded)} phản ánh, kiến nghị đến cơ quan có thẩm quyền giải quyết"
        )
    return "; ".join(parts) + "."
