"""The shape of a set of scoring rules, Loa's default (the published commune-level
criterion, FACTS.md c), and the check every new version passes.

    {"plan": {"points": "1", "full_at": 100, "partial_from": 90, "needs_report": true},
     "groups": [{"code": "online_screens", "label": "…", "channels": ["e_board"],
                 "points": "0.25"},
                {"code": "traditional", "label": "…", "kind": "traditional",
                 "points": "0.5"}],
     "groups_need_report": true,
     "needs_proof": true}

A group counts the activities of its `channels` (codes of plans.Channel) or, when it names
a `kind` instead, of every channel of that kind. Points are strings: Decimal, never float.
"""

import copy
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from loa.plans.models import Channel, ChannelKind

DEFAULT_RULES = {
    # 4.1 Mức độ thực hiện kế hoạch tuyên truyền: 1 điểm
    "plan": {"points": "1", "full_at": 100, "partial_from": 90, "needs_report": True},
    # 4.2 Mức độ đa dạng trong tuyên truyền CCHC: 1 điểm
    "groups": [
        {
            "code": "online_screens",
            "label": "Bảng tin điện tử, màn hình",
            "channels": ["e_board"],
            "points": "0.25",
        },
        {
            "code": "online_web",
            "label": "Trang, cổng thông tin điện tử, mạng xã hội",
            "channels": ["web_portal", "social_media", "online_contest"],
            "points": "0.25",
        },
        {
            "code": "traditional",
            "label": "Hình thức truyền thống",
            "kind": ChannelKind.TRADITIONAL.value,
            "points": "0.5",
        },
    ],
    "groups_need_report": True,
    "needs_proof": True,
}

MAX_GROUPS = 12
HUNDREDTH = Decimal("0.01")


def default_rules() -> dict:
    return copy.deepcopy(DEFAULT_RULES)


def vn_decimal(value: Decimal | int | str | None, places: int = 2) -> str:
    """Decimal("0.90") → "0,9", Decimal("1.00") → "1", "0.25" → "0,25": the decimal comma
    of Vietnamese documents, trailing zeros dropped."""
    if value is None:
        return "—"
    number = Decimal(value).quantize(Decimal(1).scaleb(-places))
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _decimal(value) -> Decimal | None:
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def rules_validate(data: dict) -> dict:
    """The rules in their stored form (points as "0.25", thresholds as numbers), or a
    ValidationError whose keys name the place of each fault ("plan.points",
    "groups.1.channels") and whose messages are in Vietnamese."""
    errors: dict[str, list[str]] = {}

    def fault(where: str, message: str) -> None:
        errors.setdefault(where, []).append(message)

    def points(where: str, value) -> str:
        number = _decimal(value)
        if number is None:
            fault(where, "Điểm phải là một số, ví dụ 0,25.")
            return "0"
        if number < 0:
            fault(where, "Điểm không được âm.")
        elif number > 100:
            fault(where, "Điểm không được quá 100.")
        elif number != number.quantize(HUNDREDTH):
            fault(where, "Điểm ghi tối đa hai chữ số thập phân, ví dụ 0,25.")
        return f"{number.normalize():f}"

    def percent(where: str, value) -> Decimal:
        number = _decimal(value)
        if number is None:
            fault(where, "Ngưỡng phải là một số phần trăm từ 0 đến 100.")
            return Decimal(0)
        if not 0 <= number <= 100:
            fault(where, "Ngưỡng phải từ 0 đến 100 %.")
        return number

    plan = data.get("plan") or {}
    full_at = percent("plan.full_at", plan.get("full_at"))
    partial_from = percent("plan.partial_from", plan.get("partial_from"))
    if partial_from > full_at:
        fault(
            "plan.partial_from",
            "Ngưỡng tính điểm theo tỷ lệ không được cao hơn ngưỡng đạt điểm tối đa.",
        )
    clean = {
        "plan": {
            "points": points("plan.points", plan.get("points")),
            "full_at": _number(full_at),
            "partial_from": _number(partial_from),
            "needs_report": bool(plan.get("needs_report")),
        },
        "groups": [],
        "groups_need_report": bool(data.get("groups_need_report")),
        "needs_proof": bool(data.get("needs_proof")),
    }
    known = set(Channel.objects.values_list("code", flat=True))
    groups = data.get("groups") or []
    if len(groups) > MAX_GROUPS:
        fault("groups", f"Tối đa {MAX_GROUPS} nhóm hình thức.")
    codes = set()
    for i, group in enumerate(groups[:MAX_GROUPS]):
        label = str(group.get("label") or "").strip()
        code = str(group.get("code") or "").strip() or f"group_{i + 1}"
        channels = [str(c) for c in group.get("channels") or []]
        kind = str(group.get("kind") or "")
        if not label:
            fault(f"groups.{i}.label", "Nhập tên nhóm hình thức.")
        if code in codes:
            code = f"{code}_{i + 1}"
        codes.add(code)
        unknown = [c for c in channels if c not in known]
        if unknown:
            fault(
                f"groups.{i}.channels",
                f"Không có hình thức mã {', '.join(unknown)} trong danh mục.",
            )
        if kind and kind not in ChannelKind.values:
            fault(f"groups.{i}.kind", "Loại hình thức chỉ là trực tuyến hoặc truyền thống.")
        if not channels and not kind:
            fault(f"groups.{i}.channels", "Chọn ít nhất một hình thức, hoặc một loại hình thức.")
        entry = {
            "code": code,
            "label": label,
            "points": points(f"groups.{i}.points", group.get("points")),
        }
        if kind:
            entry["kind"] = kind
        if channels:
            entry["channels"] = channels
        clean["groups"].append(entry)
    if errors:
        raise ValidationError({where: messages for where, messages in errors.items()})
    return clean


def _number(value: Decimal) -> int | str:
    """A threshold as stored: 90, or "92.5" when it is not whole."""
    return int(value) if value == value.to_integral_value() else f"{value.normalize():f}"


def rules_possible(data: dict) -> Decimal:
    """The most a unit can earn under these rules."""
    return Decimal(data["plan"]["points"]) + sum(
        (Decimal(g["points"]) for g in data["groups"]), Decimal(0)
    )
