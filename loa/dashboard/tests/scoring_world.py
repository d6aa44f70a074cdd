"""What a score is computed from, built for tests: an issued plan whose targets are
milestones (reached or not, as asked), a sent annual report, activities with or without a
proof file. YEAR is a year already past, so the report period (15/12/2024–14/12/2025) is
whole whatever day the suite runs."""

import datetime

from django.core.files.base import ContentFile

from loa.activities.models import Evidence, TargetEntry
from loa.activities.tests.factories import ActivityFactory
from loa.plans.models import Channel, Target, TargetMeasure
from loa.plans.tests.factories import IssuedPlanFactory
from loa.reports.tests.factories import SentReportFactory

YEAR = 2025
IN_PERIOD = datetime.date(YEAR, 5, 20)


def plan_reaching(unit, reached: int, total: int, year: int = YEAR):
    """An issued plan of `unit` with `total` milestone targets, `reached` of them ticked
    within the year's report period (the template's own targets taken out)."""
    plan = IssuedPlanFactory(unit=unit, year=year)
    plan.targets.all().delete()
    for i in range(total):
        target = Target.objects.create(
            plan=plan, order=i, text=f"Mốc số {i + 1}", measure=TargetMeasure.MILESTONE
        )
        if i < reached:
            TargetEntry.objects.create(
                target=target,
                period_start=datetime.date(year, 3, 1),
                period_end=datetime.date(year, 3, 31),
                done=True,
            )
    return plan


def report_sent(unit, year: int = YEAR):
    return SentReportFactory(unit=unit, year=year)


def activity(unit, code: str, *, proof: bool = True, on: datetime.date = IN_PERIOD, **fields):
    """An activity of `unit` on channel `code`, with a PDF proof file unless proof=False."""
    done = ActivityFactory(
        unit=unit, channel=Channel.objects.get(code=code), started_on=on, **fields
    )
    if proof:
        Evidence.objects.create(
            activity=done,
            file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="bien-ban.pdf"),
            original_name="bien-ban.pdf",
            content_type="application/pdf",
            size=16,
        )
    return done
