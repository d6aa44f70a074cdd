"""The radio column of Xã Đường An (ADR 29): last month's bulletin aired twice (each
airing logged as a radio activity) and this month's compiled from what the unit published,
with its slots still to air. Run again, adds nothing twice."""

import datetime

from django.utils import timezone

from loa.accounts.models import User
from loa.portal import radio
from loa.portal.models import Broadcast
from loa.units.models import Unit

# The commune's loudspeakers air the column on the first and third Saturday evening.
AIRING_TIME = datetime.time(17, 30)


def _saturdays(year: int, month: int) -> list[datetime.date]:
    start, end = radio.month_bounds(year, month)
    days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    saturdays = [d for d in days if d.weekday() == 5]
    return [saturdays[0], saturdays[2]]


def radio_load(*, unit_key: str, officer: str) -> int:
    """Last month's and this month's bulletins of the unit; returns how many were added."""
    unit = Unit.objects.get(key=unit_key)
    by = User.objects.get(username=officer)
    today = timezone.localdate()
    last = today.replace(day=1) - datetime.timedelta(days=1)
    added = 0
    for year, month in ((last.year, last.month), (today.year, today.month)):
        if unit.radio_bulletins.filter(year=year, month=month).exists():
            continue
        bulletin = radio.bulletin_create(unit=unit, year=year, month=month, by=by)
        added += 1
        for day in _saturdays(year, month):
            slot = Broadcast.objects.create(bulletin=bulletin, on=day, at=AIRING_TIME)
            if day < today:
                radio.broadcast_done(broadcast=slot, by=by)
    return added
