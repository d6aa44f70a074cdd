"""The communication scores of Hải Phòng's communes (ADR 35), and the proof they rest on:
the communes that sent their third-quarter report keep a photo of one online and one
traditional activity, as an officer would attach it, so that their score pages show a
point earned down to the file."""

import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from loa.accounts.models import User
from loa.activities.models import Activity, Evidence, TargetEntry
from loa.activities.queries import count_for_target
from loa.activities.services import evidence_add
from loa.dashboard.services import scores_refresh
from loa.plans.models import ChannelKind, Plan, PlanStatus, TargetMeasure
from loa.reports.models import Report, ReportStatus
from loa.units.models import Unit


def _photo(text: str) -> SimpleUploadedFile:
    image = Image.new("RGB", (800, 500), (226, 236, 246))
    ImageDraw.Draw(image).text((40, 230), text, fill=(10, 74, 134))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile("anh-hoat-dong.jpg", buffer.getvalue(), content_type="image/jpeg")


# communes (in Vietnamese order, among those that sent their third-quarter report) that
# carried out every target of their plan by the end of May: their score gets the plan point
PLAN_DONE = 2
SPRING = [datetime.date(2026, month, 10) for month in (1, 2, 3, 4, 5)]


def hai_phong_targets_load(*, city_key: str, officer: str) -> None:
    """The spring's work of the first communes that sent a report, enough to reach each
    target of their plan: the articles and radio columns of January to May, the dialogue
    held, and the procedures posted at the desk (all of them); once."""
    sent = (
        Report.objects.filter(unit__parent__key=city_key, year=2026, status=ReportStatus.SENT)
        .values_list("unit", flat=True)
        .distinct()
    )
    communes = list(Unit.objects.filter(pk__in=sent).by_vietnamese_name()[:PLAN_DONE])
    if Activity.objects.filter(unit__in=communes, started_on__lt=SPRING[-1]).exists():
        return
    by = User.objects.get(username=officer)
    for commune in communes:
        plan = Plan.objects.get(unit=commune, year=2026, status=PlanStatus.ISSUED)
        for target in plan.targets.prefetch_related("channels"):
            if target.measure == TargetMeasure.RATIO:
                TargetEntry.objects.create(
                    target=target,
                    period_start=datetime.date(2026, 1, 1),
                    period_end=datetime.date(2026, 6, 30),
                    numerator=16,
                    denominator=16,
                )
                continue
            channel = target.channels.first()
            missing = int(target.target_value or 0) - count_for_target(target)
            if target.measure != TargetMeasure.COUNT or channel is None or missing <= 0:
                continue
            share, rest = divmod(missing, len(SPRING))
            for i, day in enumerate(SPRING):
                quantity = share + (1 if i < rest else 0)
                if quantity:
                    Activity.objects.create(
                        unit=commune,
                        channel=channel,
                        quantity=quantity,
                        title=f"{channel.name} tháng {day.month} ({commune.short_name})",
                        started_on=day,
                        created_by=by,
                    )


def hai_phong_proof_load(*, city_key: str, officer: str) -> None:
    """A photo for the latest online and traditional activity of each commune that sent a
    report in 2026; once."""
    sent = Report.objects.filter(
        unit__parent__key=city_key, year=2026, status=ReportStatus.SENT
    ).values("unit")
    if Evidence.objects.filter(activity__unit__in=sent).exists():
        return
    by = User.objects.get(username=officer)
    for kind in ChannelKind.values:
        for unit_id in sent.values_list("unit", flat=True):
            done = (
                Activity.objects.filter(unit_id=unit_id, channel__kind=kind, started_on__year=2026)
                .order_by("-started_on", "-pk")
                .first()
            )
            if done is not None:
                evidence_add(activity=done, upload=_photo(done.title), by=by)


def hai_phong_scores_load(*, city_key: str) -> None:
    """This year's and last year's stored scores of the city's communes, so that the score
    pages and rankings show numbers before the first daily run."""
    communes = Unit.objects.filter(parent__key=city_key, valid_to__isnull=True).order_by("pk")
    for year in (2025, 2026):
        scores_refresh(units=communes, year=year)
