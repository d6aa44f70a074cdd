"""The published commune-level criterion (FACTS.md c) as Loa's default: each case of its
rules, computed from the log, with the sentence a clerk checks it by."""

import datetime
from decimal import Decimal

import pytest

from loa.dashboard.scoring import rules_for, score_compute

from .scoring_world import YEAR, activity, plan_reaching, report_sent


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _part(score, code):
    return next(p for p in score.parts if p.code == code)


def test_default_rules_are_the_published_criterion_worth_two_points(tree):
    rules = rules_for(tree["A"], YEAR)
    assert rules.unit is None and rules.version == 1
    score = score_compute(tree["A"], YEAR)
    assert score.possible == Decimal(2)
    assert [p.possible for p in score.parts] == [
        1,
        Decimal("0.25"),
        Decimal("0.25"),
        Decimal("0.5"),
    ]
    assert rules_for(tree["C"], YEAR) == rules  # made once, then read


def test_every_target_reached_with_a_report_earns_the_full_point(tree):
    plan_reaching(tree["A"], 10, 10)
    report_sent(tree["A"])
    part = _part(score_compute(tree["A"], YEAR), "plan")
    assert part.earned == 1
    assert part.reason == "Đạt 10/10 chỉ tiêu (100 %): 1 điểm theo quy tắc đạt từ 100 % chỉ tiêu."
    kinds = [s.kind for s in part.sources]
    assert kinds.count("target") == 10 and "plan" in kinds and "report" in kinds


def test_nine_of_ten_targets_earn_nine_tenths(tree):
    plan_reaching(tree["A"], 9, 10)
    report_sent(tree["A"])
    part = _part(score_compute(tree["A"], YEAR), "plan")
    assert part.earned == Decimal("0.9")
    assert part.reason.startswith("Đạt 9/10 chỉ tiêu (90 %): 9 ÷ 10 × 1 = 0,9 điểm theo quy tắc")
    assert "từ 90 % đến dưới 100 %" in part.reason


def test_eighty_nine_percent_earns_nothing(tree):
    plan_reaching(tree["A"], 89, 100)
    report_sent(tree["A"])
    part = _part(score_compute(tree["A"], YEAR), "plan")
    assert part.earned == 0
    assert part.reason == "Đạt 89/100 chỉ tiêu (89 %), dưới 90 %: 0 điểm."


def test_no_plan_earns_nothing_for_the_plan(tree):
    report_sent(tree["A"])
    part = _part(score_compute(tree["A"], YEAR), "plan")
    assert part.earned == 0 and part.sources == []
    assert part.reason == f"Chưa có kế hoạch tuyên truyền CCHC năm {YEAR} đã ban hành: 0 điểm."


def test_a_plan_of_another_year_does_not_count(tree):
    plan_reaching(tree["A"], 3, 3, year=YEAR - 1)
    report_sent(tree["A"])
    assert _part(score_compute(tree["A"], YEAR), "plan").earned == 0


def test_every_target_reached_without_a_sent_report_earns_nothing(tree):
    plan_reaching(tree["A"], 4, 4)
    part = _part(score_compute(tree["A"], YEAR), "plan")
    assert part.earned == 0
    assert "chưa có báo cáo năm 2025 đã gửi cấp trên" in part.reason


def test_each_group_of_channels_earns_its_points_with_a_proof_file(tree, media):
    report_sent(tree["A"])
    activity(tree["A"], "e_board")
    activity(tree["A"], "social_media")
    activity(tree["A"], "banner", title="Treo băng rôn tại trụ sở")
    score = score_compute(tree["A"], YEAR)
    assert [p.earned for p in score.parts[1:]] == [Decimal("0.25"), Decimal("0.25"), Decimal("0.5")]
    traditional = _part(score, "traditional")
    assert traditional.reason == (
        "Có 1 hoạt động thuộc nhóm “Hình thức truyền thống” kèm tài liệu kiểm chứng: 0,5 điểm."
    )
    (source,) = traditional.activities
    assert "Treo băng rôn tại trụ sở" in source.label
    assert source.files[0][0] == "bien-ban.pdf"
    assert score.total == 1  # no plan: only the diversity point


def test_activities_without_proof_earn_nothing(tree, media):
    report_sent(tree["A"])
    activity(tree["A"], "e_board", proof=False)
    part = _part(score_compute(tree["A"], YEAR), "online_screens")
    assert part.earned == 0
    assert part.reason == (
        "Có 1 hoạt động thuộc nhóm “Bảng tin điện tử, màn hình” nhưng chưa hoạt động nào "
        "kèm tài liệu kiểm chứng: 0 điểm."
    )


def test_a_group_without_activities_says_so(tree, media):
    report_sent(tree["A"])
    activity(tree["A"], "radio")
    part = _part(score_compute(tree["A"], YEAR), "online_screens")
    assert part.earned == 0 and part.sources == []
    assert part.reason.startswith(
        "Chưa có hoạt động thuộc nhóm “Bảng tin điện tử, màn hình” kèm tài liệu kiểm chứng"
    )


def test_diversity_without_a_sent_report_earns_nothing(tree, media):
    activity(tree["A"], "radio")
    part = _part(score_compute(tree["A"], YEAR), "traditional")
    assert part.earned == 0 and "chưa có báo cáo năm 2025" in part.reason


def test_only_the_annual_report_period_counts(tree, media):
    """15/12 of the year before to 14/12: an activity of 15/12/2025 is next year's."""
    report_sent(tree["A"])
    activity(tree["A"], "e_board", on=datetime.date(YEAR, 12, 15))
    activity(tree["A"], "radio", on=datetime.date(YEAR - 1, 12, 15))
    score = score_compute(tree["A"], YEAR)
    assert _part(score, "online_screens").earned == 0
    assert _part(score, "traditional").earned == Decimal("0.5")


def test_another_units_activities_do_not_count(tree, media):
    report_sent(tree["A"])
    activity(tree["C"], "radio")
    assert score_compute(tree["A"], YEAR).total == 0
