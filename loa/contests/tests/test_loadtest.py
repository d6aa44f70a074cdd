"""The contest load behind `make loadtest` counts what it sends: each sheet opened and
submitted with its CSRF token, the score read after it, and every submission found in the
database."""

from urllib.parse import urlparse

import pytest

from loa.contests import loadtest
from loa.contests.models import Attempt

pytestmark = pytest.mark.django_db(transaction=True)


def test_participants_submit_and_every_attempt_sent_is_saved(
    live_server, offices, province_officer, settings
):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")  # as behind nginx
    contest, people = loadtest.prepare(
        organiser=offices["P"], by=province_officer, participants=1, attempts_each=3
    )
    # one person, one sheet after the other: the in-memory SQLite of the tests takes one
    # writer at a time (the real load runs on PostgreSQL)
    assert len(people) == 1 and len(people[0]) == 3
    port = urlparse(live_server.url).port
    run = loadtest.run(port=port, people=people, seconds=30, think=(0.01, 0.02), arrive=0.01)
    assert run.sheets.errors == [] and run.submissions.errors == [] and run.scores.errors == []
    assert run.sent == 3 == len(run.submissions.latencies_ms) == len(run.scores.latencies_ms)
    assert loadtest.submitted(contest) == 3
    assert Attempt.objects.filter(participant__contest=contest, score__isnull=False).count() == 3
    # a second preparation replaces the first run's contest
    again, _ = loadtest.prepare(
        organiser=offices["P"], by=province_officer, participants=1, attempts_each=1
    )
    assert (
        loadtest.submitted(again) == 0 and not type(contest).objects.filter(pk=contest.pk).exists()
    )
