"""`make bench`: Theo dõi's two heaviest pages on the synthetic country, server time:

    dashboard_province_page_ms: 41.0 (target ≤ 80 ms) OK
    dashboard_national_page_ms: 62.0 (target ≤ 150 ms) OK

Each page is requested through Django's test client (the whole middleware stack and the
template, no network), signed in as a supervisor of the largest province and as a national
supervisor, with DEBUG off as in production; the median of a few requests after one that
warms the caches. The scores the tables show are computed once for every current commune,
as the daily job does, and kept between runs."""

import statistics
import time

from django.contrib.auth.models import Permission
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from loa.accounts.models import Membership, Role, User
from loa.units.models import Level, Unit

from .models import UnitScore
from .services import scores_refresh

TARGETS_MS = {"dashboard_province_page_ms": 80, "dashboard_national_page_ms": 150}


def _user(username: str) -> User:
    user, _ = User.objects.get_or_create(
        username=username, defaults={"full_name": "Người đo tốc độ (dữ liệu giả lập)"}
    )
    return user


def _median_ms(client: Client, url: str, runs: int) -> float:
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url}: {response.status_code}")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def run(stdout, runs: int = 9) -> None:
    communes = Unit.objects.filter(level=Level.COMMUNE, valid_to__isnull=True)
    provinces = list(Unit.objects.filter(level=Level.PROVINCE, valid_to__isnull=True))
    if not provinces:
        stdout.write("dashboard pages: skipped (no unit loaded)\n")
        return
    year = timezone.localdate().year
    if UnitScore.objects.filter(year=year).count() < communes.count():
        stdout.write("Tính điểm của mọi xã (một lần)…\n")
        scores_refresh(units=list(communes), year=year)
    big = max(provinces, key=lambda p: p.children.count())
    officer = _user("bench.tinh")
    Membership.objects.get_or_create(user=officer, unit=big, role=Role.SUPERVISOR)
    ministry = _user("bench.bo")
    ministry.user_permissions.add(Permission.objects.get(codename="view_country"))
    with override_settings(DEBUG=False):
        client = Client()
        client.force_login(officer)
        province_ms = _median_ms(client, reverse("dashboard:unit", args=[big.key]), runs)
        client.force_login(ministry)
        national_ms = _median_ms(client, reverse("dashboard:country"), runs)
    for name, ms in (
        ("dashboard_province_page_ms", province_ms),
        ("dashboard_national_page_ms", national_ms),
    ):
        target = TARGETS_MS[name]
        verdict = "OK" if ms <= target else "MISS"
        stdout.write(f"{name}: {ms:.1f} (target ≤ {target} ms) {verdict}\n")
