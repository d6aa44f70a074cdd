"""The daily run refreshes this year's and last year's scores of every current unit; a
stored score reads back as it was computed."""

import datetime

from loa.activities.reminders import daily_jobs_run
from loa.dashboard.models import UnitScore
from loa.dashboard.scoring import score_compute, score_from_stored
from loa.dashboard.services import scores_refresh
from loa.units.tests.factories import CommuneFactory

from .scoring_world import YEAR, activity, plan_reaching, report_sent


def test_the_daily_run_scores_every_current_unit_for_this_year_and_the_last(tree):
    ended = CommuneFactory(parent=tree["P"], valid_to=datetime.date(2025, 6, 30))
    lines = daily_jobs_run(datetime.date(YEAR + 1, 1, 10))
    stored = UnitScore.objects.filter(year__in=[YEAR, YEAR + 1])
    assert stored.count() == 2 * len(tree)  # two provinces and three communes, two years
    assert not stored.filter(unit=ended).exists()
    assert "Đã tính lại 10 điểm tuyên truyền của các đơn vị (năm nay và năm trước)." in lines


def test_a_stored_score_reads_back_as_computed(tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    plan_reaching(tree["A"], 9, 10)
    report_sent(tree["A"])
    activity(tree["A"], "web_portal")
    computed = score_compute(tree["A"], YEAR)
    scores_refresh(units=[tree["A"]], year=YEAR)
    read = score_from_stored(UnitScore.objects.get(unit=tree["A"], year=YEAR))
    assert read.parts == computed.parts
    assert (read.total, read.possible, read.rules) == (computed.total, 2, computed.rules)
