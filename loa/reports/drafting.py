"""The report's text, drafted from its figures and its log as an experienced commune
officer would write it; the officer edits it, and `services.report_redraft` keeps their
edits when the figures change.

Sections follow seed 004: the opening that cites the plan in force; I. direction; II.1
the forms used; II.2 a sentence of results per form with its figure and topics, officials
sent to training on their own; II.3 shortcomings found in the data (targets behind,
months without a regular form, forms of the plan never used); III. directions drawn from
those gaps and from next year's upper plan."""

from loa.activities.models import Activity
from loa.plans.models import ChannelKind, Plan, TargetMeasure
from loa.plans.queries import plans_in_force
from loa.plans.services import lower_first
from loa.units.models import Unit

from .figures import channel_rows
from .periods import Period
from .phrases import (
    REGULAR,
    SENT_TO_TRAINING,
    Logged,
    form_name,
    number,
    result_sentence,
    sent_to_training_sentence,
    visuals_sentence,
)
from .sources import extra_sentences


def _logged(unit: Unit, period: Period, rows: list[dict], *, with_log: bool) -> dict[str, Logged]:
    """The figures by channel, with (`with_log`: for a unit's own report) the titles,
    topics, leaders and months of the activities behind them."""
    out = {
        r["channel"].code: Logged(
            code=r["channel"].code,
            name=r["channel"].name,
            counting_unit=r["channel"].counting_unit,
            quantity=r["quantity"],
            participants=r["participants"],
            online=r["channel"].kind == ChannelKind.ONLINE,
        )
        for r in rows
        if r["quantity"]
    }
    if not with_log:
        return out
    activities = (
        Activity.objects.filter(unit=unit, started_on__range=(period.start, period.end))
        .order_by("started_on", "pk")
        .values_list("channel__code", "title", "description", "led_by", "started_on")
    )  # plain rows: a year's log is a few hundred activities, no model needed for each
    for code, title, description, led_by, started_on in activities:
        logged = out.get(code)
        if logged is None:
            continue
        logged.titles.append(title)
        if description:
            logged.topics.append(description)
        if led_by:
            logged.leaders.append(led_by)
        logged.months.add(started_on.month)
    return out


def _months_of(period: Period) -> list[int]:
    """The months a period covers (its first half month, 15–31/12, is left out)."""
    months, day = [], period.start
    while day <= period.end:
        if not (day == period.start and day.day >= 15):
            months.append(day.month)
        day = day.replace(day=1, month=day.month % 12 + 1, year=day.year + (day.month == 12))
    return months


def _months_text(months: list[int]) -> str:
    """ "tháng 9", "các tháng 9, 10 và 12"."""
    if len(months) == 1:
        return f"tháng {months[0]}"
    names = [str(m) for m in months]
    return "các tháng " + ", ".join(names[:-1]) + " và " + names[-1]


def _who_reported(figures: dict) -> list[str]:
    """ "7/114 đơn vị đã gửi báo cáo (5 đúng hạn, 2 gửi muộn); chưa gửi: …"."""
    c = figures["counts"]
    line = f"Có {c['sent']}/{c['due']} đơn vị đã gửi báo cáo"
    if c["sent"]:
        line += f" ({c['on_time']} đúng hạn" + (f", {c['late']} gửi muộn)" if c["late"] else ")")
    missing = [u["name"] for u in figures["units"] if u["state"] not in ("on_time", "late")]
    if missing:
        named = ", ".join(missing[:8])
        more = f" và {len(missing) - 8} đơn vị khác" if len(missing) > 8 else ""
        line += f"; chưa gửi: {named}{more} (danh sách tại Phụ lục II)."
    else:
        line += "."
    lines = [line]
    for t in figures.get("targets", []):
        if t["measure"] == "units":
            lines.append(
                f"Chỉ tiêu “{t['text'].rstrip('.')}”: {t['value']}/{t['due']} đơn vị đạt trong kỳ."
            )
    return lines


def _target_gap(t: dict) -> str | None:
    """ "Chỉ tiêu “…” mới thực hiện được 20/24 tin, bài." for a target behind."""
    if not t["applies"] or t["reached"] or t["measure"] == "units":
        return None
    text = t["text"].rstrip(".")
    if t["measure"] == TargetMeasure.COUNT and t["goal"]:
        unit = f" {t['counting_unit']}" if t["counting_unit"] else ""
        return f"Chỉ tiêu “{text}” mới thực hiện được {t['value']}/{t['goal']}{unit}."
    if t["measure"] == TargetMeasure.RATIO:
        return f"Chỉ tiêu “{text}” mới đạt {t['value']}% so với yêu cầu {t['goal']}%."
    return f"Chỉ tiêu “{text}” chưa hoàn thành."


def _next_upper_plan(unit: Unit, year: int) -> Plan | None:
    if unit.parent_id is None:
        return None
    return plans_in_force(unit=unit.parent, years=[year]).order_by("-issued_on").first()


def draft(
    *,
    unit: Unit,
    period: Period,
    plan: Plan | None,
    figures: dict,
    last_year: dict,
    consolidated: bool = False,
) -> dict:
    council, council_full = unit.council_name, unit.council_full_name
    place = f"{unit.kind_word} {unit.short_name}" if not consolidated else "các đơn vị"
    annual = period.kind == "annual"
    next_label = f"năm {period.year + 1}" if annual else "kỳ tới"
    period_label = period.label + (f" và phương hướng, nhiệm vụ {next_label}" if annual else "")
    rows = channel_rows(figures, last_year)
    logged = _logged(unit, period, rows, with_log=not consolidated)
    forms_used = [x for code, x in logged.items() if code != SENT_TO_TRAINING]

    # Opening and I. direction
    if plan is not None:
        intro = (
            f"Thực hiện {plan.reference} của {plan.unit.council_name} về "
            f"{lower_first(plan.title)}, {council_full} báo cáo kết quả công tác tuyên truyền "
            f"cải cách hành chính {period_label}, cụ thể như sau:"
        )
        offices = [name for name in figures.get("offices", {}) if name != "Không ghi bộ phận"]
        direction = [
            "Xác định công tác tuyên truyền có vai trò quan trọng trong việc nâng cao nhận "
            "thức, trách nhiệm của cán bộ, công chức và nhân dân đối với cải cách hành chính, "
            f"ngay từ đầu năm {council} đã ban hành {plan.reference} về "
            f"{lower_first(plan.title)}, giao nhiệm vụ cụ thể cho từng bộ phận."
        ]
        if offices:
            direction.append(
                f"{council} chỉ đạo {', '.join(offices[:5])} phối hợp triển khai các nội dung "
                "tuyên truyền; thường xuyên theo dõi, đôn đốc việc thực hiện."
            )
    else:
        intro = (
            f"{council_full} báo cáo kết quả công tác tuyên truyền cải cách hành chính "
            f"{period_label}, cụ thể như sau:"
        )
        direction = [
            f"{council} chỉ đạo các bộ phận chuyên môn lồng ghép tuyên truyền cải cách hành "
            "chính trong hoạt động chuyên môn, thường xuyên theo dõi, đôn đốc việc thực hiện."
        ]
    if consolidated:
        direction = [
            f"{council} theo dõi, đôn đốc các đơn vị trực thuộc triển khai kế hoạch tuyên "
            "truyền cải cách hành chính và gửi báo cáo đúng hạn; số liệu dưới đây được tổng "
            "hợp từ báo cáo đã gửi của các đơn vị."
        ]

    # II.1 forms
    forms = []
    traditional = [x for x in forms_used if not x.online]
    online = [x for x in forms_used if x.online]
    if forms_used:
        forms.append(
            "Công tác tuyên truyền cải cách hành chính được thực hiện với nhiều hình thức đa "
            "dạng, phong phú:"
        )
    if traditional:
        forms.append(
            "Hình thức truyền thống: "
            + "; ".join(form_name(x.code, x.name) for x in traditional)
            + "."
        )
    if online:
        forms.append(
            "Hình thức trực tuyến, ứng dụng công nghệ thông tin: "
            + "; ".join(form_name(x.code, x.name) for x in online)
            + "."
        )
    if not forms_used:
        forms.append("Trong kỳ chưa triển khai hoạt động tuyên truyền cải cách hành chính nào.")

    # II.2 results: who reported (a consolidated report), then one sentence per form,
    # banners and panels together
    results = _who_reported(figures) if consolidated else []
    said_visuals = False
    for x in forms_used:
        if x.code in ("banner", "panel_poster"):
            if not said_visuals:
                results.append(visuals_sentence(logged.get("banner"), logged.get("panel_poster")))
                said_visuals = True
            continue
        results.append(result_sentence(x, place=place, council=place if consolidated else council))
    if SENT_TO_TRAINING in logged:
        results.append(
            sent_to_training_sentence(
                logged[SENT_TO_TRAINING], council=council, period_label=period.label
            )
        )
    results.extend(extra_sentences(figures, council if not consolidated else place))
    targets = figures.get("targets", [])
    applying = [t for t in targets if t["applies"] and t["measure"] != "units"]
    if applying:
        reached = sum(1 for t in applying if t["reached"])
        results.append(
            f"Đến hết kỳ báo cáo, đã hoàn thành cả {number(reached)} chỉ tiêu của kế hoạch."
            if reached == len(applying)
            else f"Đến hết kỳ báo cáo, đã hoàn thành {reached}/{len(applying)} chỉ tiêu của kế "
            "hoạch."
        )
    growth = _compared(rows) if last_year.get("channels") else ""
    if growth:
        results.append(growth)

    # II.3 shortcomings, from the data
    shortcomings = [gap for gap in (_target_gap(t) for t in targets) if gap]
    if consolidated and figures["counts"]["not_sent"]:
        shortcomings.append(
            f"Còn {number(figures['counts']['not_sent'])} đơn vị chưa gửi báo cáo đúng quy định; "
            f"{number(figures['counts']['late'])} đơn vị gửi muộn."
            if figures["counts"]["late"]
            else f"Còn {number(figures['counts']['not_sent'])} đơn vị chưa gửi báo cáo đúng quy "
            "định."
        )
    months = _months_of(period)
    missing_months: dict[str, list[int]] = {}
    if len(months) >= 6:
        for code, what in REGULAR.items():
            x = logged.get(code)
            if x and len(x.months) >= len(months) // 2:
                empty = [m for m in months if m not in x.months]
                if empty:
                    missing_months[code] = empty
                    shortcomings.append(
                        f"Việc cập nhật {what} chưa đều: {_months_text(empty)} chưa có "
                        f"{what.split(' trên ')[0].split(' mới')[0]} nào."
                    )
    unused = _plan_forms_unused(plan, logged) if plan is not None else []
    for code, name in unused:
        shortcomings.append(
            f"Hình thức {form_name(code, name)} đề ra trong kế hoạch chưa được triển khai trong kỳ."
        )
    if not online and forms_used:
        shortcomings.append(
            "Hình thức tuyên truyền trực tuyến, ứng dụng công nghệ thông tin chưa được sử dụng."
        )
    if not shortcomings:
        shortcomings.append(
            "Nội dung tuyên truyền có lúc chưa phong phú; việc cập nhật kết quả kèm tài liệu "
            "kiểm chứng ở một số bộ phận còn chậm."
        )

    # III. directions, from the same data
    steps = _directions(
        logged=logged,
        targets=targets,
        missing_months=missing_months,
        unused=unused,
        online=bool(online),
        place=place,
        next_label=next_label,
    )
    if consolidated and figures["counts"]["not_sent"]:
        steps.insert(
            1,
            "Đôn đốc các đơn vị chưa gửi, gửi muộn báo cáo thực hiện đúng chế độ báo cáo; "
            "theo dõi, tổng hợp kết quả của từng đơn vị.",
        )
    if annual:
        upper = _next_upper_plan(unit, period.year + 1)
        if upper is not None:
            steps.insert(
                0,
                f"Triển khai kịp thời {upper.reference} của {upper.unit.council_name} về "
                f"{lower_first(upper.title)}; xây dựng, ban hành kế hoạch tuyên truyền cải cách "
                f"hành chính {next_label} của {place}.",
            )
            for task in upper.tasks.filter(for_lower_units=True).order_by("order")[:3]:
                steps.append(f"Thực hiện nhiệm vụ cấp trên giao: {lower_first(task.content)}.")
    closing = (
        f"Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính {period_label} "
        f"của {council_full}./."
    )
    return {
        "intro": intro,
        "direction": "\n".join(direction),
        "forms_text": "\n".join(forms),
        "results_text": "\n".join(results),
        "shortcomings": "\n".join(shortcomings),
        "next_steps": "\n".join(dict.fromkeys(steps)),
        "closing": closing,
    }


def _compared(rows: list[dict]) -> str:
    """One sentence on the forms that grew or shrank against the same period last year."""
    changes = []
    for r in rows:
        before, now = r["last_year"], r["quantity"]
        if before and now and before != now and r["channel"].code != SENT_TO_TRAINING:
            word = "tăng" if now > before else "giảm"
            changes.append(
                f"{lower_first(r['channel'].name)} {word} từ {number(before)} lên {number(now)}"
                if word == "tăng"
                else f"{lower_first(r['channel'].name)} {word} từ {number(before)} xuống "
                f"{number(now)}"
            )
    if not changes:
        return ""
    return "So với cùng kỳ năm trước: " + "; ".join(changes[:4]) + "."


def _plan_forms_unused(plan: Plan, logged: dict) -> list[tuple[str, str]]:
    """Channels the plan's tasks name that the period's log never used."""
    seen, out = set(logged), []
    for task in plan.tasks.select_related("channel").exclude(channel=None).order_by("order"):
        code = task.channel.code
        if code not in seen and code != SENT_TO_TRAINING:
            seen.add(code)
            out.append((code, task.channel.name))
    return out


def _directions(*, logged, targets, missing_months, unused, online, place, next_label) -> list:
    steps = [
        "Tiếp tục tuyên truyền sâu rộng để cán bộ, công chức, viên chức và người dân hiểu rõ, "
        "đầy đủ mục tiêu, nhiệm vụ cải cách hành chính; nâng cao vai trò, trách nhiệm của người "
        "đứng đầu trong công tác tuyên truyền."
    ]
    if "radio" in logged:
        steps.append(
            f"Duy trì và nâng cao chất lượng chuyên mục cải cách hành chính hằng tháng trên Đài "
            f"truyền thanh {place}."
        )
    if "web_portal" in logged or "web_portal" in missing_months:
        steps.append(
            f"Thường xuyên cập nhật, đăng tải tin, bài và văn bản chỉ đạo về cải cách hành chính "
            f"lên trang thông tin điện tử của {place}"
            + (", bảo đảm có tin, bài mới hằng tháng." if "web_portal" in missing_months else ".")
        )
    for t in targets:
        if t["applies"] and not t["reached"]:
            steps.append(
                f"Phấn đấu hoàn thành chỉ tiêu “{t['text'].rstrip('.')}” trong {next_label}."
            )
    for code, name in unused:
        steps.append(f"Triển khai hình thức {form_name(code, name)} theo kế hoạch.")
    if not online:
        steps.append(
            "Đẩy mạnh tuyên truyền trên trang thông tin điện tử, Fanpage, nhóm Zalo; hướng dẫn "
            "người dân thực hiện dịch vụ công trực tuyến."
        )
    elif "social_media" in logged:
        steps.append(
            "Tiếp tục hướng dẫn người dân, doanh nghiệp thực hiện thủ tục hành chính trực tuyến "
            "trên Cổng Dịch vụ công quốc gia qua Fanpage, nhóm Zalo."
        )
    if "dialogue" in logged:
        steps.append(
            "Duy trì tiếp xúc, đối thoại giữa lãnh đạo với người dân, doanh nghiệp để kịp thời "
            "giải đáp, tháo gỡ vướng mắc về thủ tục hành chính."
        )
    if "procedure_posting" in logged or "dialogue" in logged:
        steps.append(
            "Kịp thời cập nhật, niêm yết công khai thủ tục hành chính khi có Quyết định công bố "
            "mới, sửa đổi, bổ sung, bãi bỏ."
        )
    if SENT_TO_TRAINING in logged or "training" in logged:
        steps.append(
            "Cán bộ, công chức nâng cao tinh thần trách nhiệm, tham gia đầy đủ các lớp tập huấn "
            "nhằm nâng cao nghiệp vụ chuyên môn."
        )
    if "banner" in logged or "panel_poster" in logged:
        steps.append(
            "Đổi mới nội dung băng rôn, khẩu hiệu, pano, áp phích phù hợp với từng thời điểm "
            "tuyên truyền."
        )
    return steps
