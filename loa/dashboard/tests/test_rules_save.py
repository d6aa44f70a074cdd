"""A province sets its own scoring rules for a year: each save is a new version, checked,
and the scores name the version they were computed by."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from loa.dashboard.criteria import default_rules
from loa.dashboard.models import ScoreRules, UnitScore
from loa.dashboard.scoring import rules_for, score_compute
from loa.dashboard.services import rules_save, scores_refresh

from .scoring_world import YEAR, plan_reaching, report_sent


def _generous():
    """Two points for the plan, scored in proportion from 80 % of the targets."""
    data = default_rules()
    data["plan"].update(points="2", partial_from=80)
    return data


def test_a_provinces_rules_change_its_communes_score_and_not_another_provinces(
    tree, province_officer
):
    for commune in (tree["A"], tree["D"]):
        plan_reaching(commune, 8, 10)
        report_sent(commune)
    assert score_compute(tree["A"], YEAR).parts[0].earned == 0  # 80 % < 90 %: default
    saved = rules_save(
        unit=tree["P"], year=YEAR, data=_generous(), note="QĐ 12/QĐ-UBND", by=province_officer
    )
    score = score_compute(tree["A"], YEAR)
    assert score.rules == saved and (saved.unit, saved.version) == (tree["P"], 1)
    assert score.parts[0].earned == Decimal("1.6")  # 8 ÷ 10 × 2
    assert score.possible == 3
    assert score_compute(tree["D"], YEAR).rules.unit is None  # Q keeps Loa's default
    assert rules_for(tree["A"], YEAR + 1).unit is None  # for that year only


def test_each_save_is_a_new_version_and_stored_scores_keep_theirs(tree, province_officer):
    plan_reaching(tree["A"], 8, 10)
    report_sent(tree["A"])
    first = rules_save(unit=tree["P"], year=YEAR, data=_generous(), note="", by=province_officer)
    scores_refresh(units=[tree["A"]], year=YEAR)
    stricter = _generous()
    stricter["plan"]["partial_from"] = 85
    stricter["plan"]["full_at"] = 95
    second = rules_save(unit=tree["P"], year=YEAR, data=stricter, note="", by=province_officer)
    assert second.version == 2 and rules_for(tree["A"], YEAR) == second
    first.refresh_from_db()
    assert first.data["plan"]["partial_from"] == 80  # the old version is never edited
    stored = UnitScore.objects.get(unit=tree["A"], year=YEAR)
    assert (stored.rules, stored.total) == (first, Decimal("1.6"))
    assert scores_refresh(units=[tree["A"]], year=YEAR) == 1
    stored.refresh_from_db()
    assert (stored.rules, stored.total) == (second, Decimal(0))
    assert stored.parts[0]["reason"] == "Đạt 8/10 chỉ tiêu (80 %), dưới 85 %: 0 điểm."


@pytest.mark.parametrize(
    "change, where, message",
    [
        (lambda d: d["plan"].update(points="-1"), "plan.points", "Điểm không được âm."),
        (lambda d: d["plan"].update(points="một"), "plan.points", "Điểm phải là một số"),
        (lambda d: d["plan"].update(full_at=120), "plan.full_at", "từ 0 đến 100"),
        (
            lambda d: d["plan"].update(partial_from=95, full_at=90),
            "plan.partial_from",
            "không được cao hơn ngưỡng đạt điểm tối đa",
        ),
        (
            lambda d: d["groups"][0].update(channels=["loa_phat_thanh"]),
            "groups.0.channels",
            "Không có hình thức mã loa_phat_thanh",
        ),
        (lambda d: d["groups"][1].update(points="0.125"), "groups.1.points", "hai chữ số"),
        (lambda d: d["groups"][2].update(kind="", label=""), "groups.2.label", "Nhập tên"),
    ],
)
def test_bad_rules_are_refused_in_vietnamese(tree, province_officer, change, where, message):
    data = default_rules()
    change(data)
    with pytest.raises(ValidationError) as refused:
        rules_save(unit=tree["P"], year=YEAR, data=data, note="", by=province_officer)
    assert any(message in m for m in refused.value.message_dict[where])
    assert not ScoreRules.objects.filter(unit=tree["P"]).exists()


def test_only_a_province_sets_rules(tree, personas):
    with pytest.raises(ValidationError, match="Chỉ cấp tỉnh"):
        rules_save(
            unit=tree["A"], year=YEAR, data=default_rules(), note="", by=personas["officer_a"]
        )


def test_points_are_stored_as_decimal_text_and_commas_are_read(tree, province_officer):
    data = default_rules()
    data["groups"][0]["points"] = "0,3"
    saved = rules_save(unit=tree["P"], year=YEAR, data=data, note="", by=province_officer)
    assert saved.data["groups"][0]["points"] == "0.3"
    assert rules_for(tree["C"], YEAR).data["groups"][0]["points"] == "0.3"
