"""The report's text, pre-drafted from its figures in plain Vietnamese; the officer edits it."""

from loa.activities.queries import plan_completion, target_progress, task_progress
from loa.plans.models import ChannelKind, Plan
from loa.plans.services import lower_first

from .figures import channel_rows
from .periods import Period


def _number(n: int) -> str:
    return f"{n:02d}" if 0 < n < 10 else str(n)


def results_lines(rows: list[dict]) -> list[str]:
    lines = []
    for row in rows:
        if not row["quantity"]:
            continue
        channel = row["channel"]
        text = f"{channel.name}: {_number(row['quantity'])} {channel.counting_unit}"
        if row["participants"]:
            text += f", {row['participants']} lượt người tham dự"
        if row["last_year"]:
            text += f" (cùng kỳ năm trước: {row['last_year']})"
        lines.append(text + ";")
    if lines:
        lines[-1] = lines[-1][:-1] + "."
    return lines


def draft(
    *,
    unit,
    period: Period,
    plan: Plan | None,
    figures: dict,
    last_year: dict,
    consolidated: bool = False,
) -> dict:
    council = unit.council_name
    rows = channel_rows(figures, last_year)
    used = [r["channel"] for r in rows if r["quantity"]]
    online = [lower_first(c.name) for c in used if c.kind == ChannelKind.ONLINE]
    traditional = [lower_first(c.name) for c in used if c.kind == ChannelKind.TRADITIONAL]

    if plan is not None:
        intro = (
            f"Thực hiện {plan.reference} của {plan.unit.council_name} về "
            f"{lower_first(plan.title)}, {council} báo cáo kết quả công tác tuyên truyền "
            f"cải cách hành chính {period.label} như sau:"
        )
        direction = (
            f"{council} đã ban hành {plan.reference} về {lower_first(plan.title)}; "
            "giao nhiệm vụ cụ thể cho các bộ phận, thường xuyên theo dõi, đôn đốc "
            "việc thực hiện và tổng hợp kết quả."
        )
    else:
        intro = (
            f"{council} báo cáo kết quả công tác tuyên truyền cải cách hành chính "
            f"{period.label} như sau:"
        )
        direction = (
            f"{council} chỉ đạo các bộ phận lồng ghép tuyên truyền cải cách hành "
            "chính trong hoạt động chuyên môn, cập nhật kết quả kèm tài liệu kiểm chứng."
        )
    if consolidated:
        direction = (
            f"{council} theo dõi, đôn đốc các đơn vị trực thuộc triển khai kế hoạch "
            "tuyên truyền cải cách hành chính và gửi báo cáo đúng hạn; số liệu dưới "
            "đây tổng hợp từ báo cáo đã gửi của các đơn vị."
        )

    forms = []
    if traditional:
        forms.append("Hình thức truyền thống: " + "; ".join(traditional) + ".")
    if online:
        forms.append(
            "Hình thức trực tuyến, ứng dụng công nghệ thông tin: " + "; ".join(online) + "."
        )
    if not forms:
        forms.append("Trong kỳ chưa ghi nhận hoạt động tuyên truyền nào.")

    results = results_lines(rows)
    standout = figures.get("standout") if not consolidated else None
    if standout:
        results.append(
            f"Hoạt động thu hút đông người tham dự nhất: {standout['title']} "
            f"({standout['participants']} lượt người)."
        )
    new = [
        lower_first(r["channel"].name)
        for r in rows
        if r["quantity"] and not r["last_year"] and last_year.get("channels")
    ]
    if new:
        results.append("Hình thức mới so với cùng kỳ năm trước: " + "; ".join(new) + ".")

    shortcomings, next_steps = [], []
    if plan is not None:
        progress = target_progress(plan)
        reached, applying = plan_completion(progress)
        if applying:
            results.append(f"Đạt {reached}/{applying} chỉ tiêu của kế hoạch.")
        for p in progress:
            if p.applies and not p.reached:
                shortcomings.append(f"Chỉ tiêu “{p.target.text.rstrip('.')}” mới đạt {p.percent}%.")
        for row in task_progress(plan.tasks.all(), today=period.end):
            if row.status in ("Quá hạn", "Đang thực hiện", "Chưa thực hiện"):
                next_steps.append(
                    f"Tiếp tục thực hiện nhiệm vụ: {lower_first(row.task.content)}"
                    f" ({row.percent}%)."
                )
    if not shortcomings:
        shortcomings.append(
            "Một số nội dung tuyên truyền chưa được cập nhật kịp thời; cần "
            "tăng cường ghi nhận kết quả kèm tài liệu kiểm chứng."
        )
    next_steps += [
        "Duy trì chuyên mục cải cách hành chính trên đài truyền thanh và trang thông tin "
        "điện tử; nâng cao chất lượng tin, bài.",
        "Tăng cường hướng dẫn người dân, doanh nghiệp thực hiện thủ tục hành chính trực tuyến.",
    ]
    return {
        "intro": intro,
        "direction": direction,
        "forms_text": "\n".join(forms),
        "results_text": "\n".join(results),
        "shortcomings": "\n".join(shortcomings),
        "next_steps": "\n".join(next_steps),
        "closing": f"Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính "
        f"{period.label} của {council}./.",
    }
