"""Proof files for the Hải Phòng communes' logged work, unevenly, so that Theo dõi has
something to tell: some communes prove nearly everything, some little, one nothing; four
also show CCHC slogans on their electronic boards. Photos are drawn here (a few shapes),
never downloaded."""

import datetime
import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

from loa.accounts.models import User
from loa.activities.models import Activity
from loa.activities.services import evidence_add
from loa.plans.models import Channel, PlanStatus
from loa.units.models import Unit

# the share of a commune's activities with a photo, commune by commune (Vietnamese order)
SHARES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.1, 0.0)
BOARDS = 4  # the first communes also log a slogan on the electronic board, with a photo


def _photo(seed: int) -> SimpleUploadedFile:
    rng = random.Random(seed)
    image = Image.new("RGB", (640, 480), (rng.randint(150, 230), rng.randint(150, 230), 200))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randint(0, 560), rng.randint(0, 400)
        colour = (rng.randint(0, 200), rng.randint(0, 120), rng.randint(0, 120))
        draw.rectangle([x, y, x + rng.randint(40, 200), y + rng.randint(30, 120)], fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70)
    return SimpleUploadedFile(f"anh-hoat-dong-{seed}.jpg", out.getvalue(), "image/jpeg")


def dashboard_load(*, city_key: str, commune_key: str, officer: str) -> None:
    city = Unit.objects.get(key=city_key)
    board = Channel.objects.get(code="e_board")
    if Activity.objects.filter(unit__parent=city, channel=board).exists():
        return  # loaded before
    clerk = User.objects.get(username="xa.khac")
    communes = list(
        city.children.filter(plans__year=2026, plans__status=PlanStatus.ISSUED)
        .distinct()
        .by_vietnamese_name()
    )
    seed = 0
    for i, commune in enumerate(communes):
        if i < BOARDS:
            Activity.objects.create(
                unit=commune,
                channel=board,
                quantity=2,
                title=f"Khẩu hiệu tuyên truyền CCHC trên bảng điện tử ({commune.short_name})",
                started_on=datetime.date(2026, 9, 2) + datetime.timedelta(days=i),
                created_by=clerk,
            )
        activities = list(commune.activities.order_by("started_on", "pk"))
        share = SHARES[i % len(SHARES)]
        for activity in activities[: round(share * len(activities))]:
            seed += 1
            evidence_add(activity=activity, upload=_photo(seed), by=clerk)
    # the demo commune proves its articles and its radio column
    own = Unit.objects.get(key=commune_key)
    by = User.objects.get(username=officer)
    for activity in own.activities.filter(channel__code__in=["web_portal", "radio"]).order_by(
        "-started_on"
    )[:5]:
        seed += 1
        evidence_add(activity=activity, upload=_photo(seed), by=by)
