"""Suite-wide fixtures: factories registered as fixtures, the personas every view is tried
with (owner, colleague, another unit, the upper level, anonymous), and the clock.

The clock: `pytest --clock=2028-02-29` (or LOA_TEST_CLOCK=2028-02-29) runs the whole session
as if today were that date (the clock still ticks). A test that needs a particular day pins
it with `@pytest.mark.time_machine(morning(...))` or the `time_machine` fixture; every other
test computes its dates from today or tells a story on days already past (province P's 2026
plan, issued 26/12/2025), so the suite passes on any day from December 2026 on."""

import datetime
import os

import pytest
import time_machine
from pytest_factoryboy import LazyFixture, register

from loa.accounts.models import Role
from loa.accounts.tests.factories import MembershipFactory, UserFactory
from loa.activities.tests.factories import ActivityFactory
from loa.plans.tests.factories import (
    ChannelFactory,
    IssuedPlanFactory,
    PlanFactory,
    TargetFactory,
    TaskFactory,
)
from loa.reports.tests.factories import ReportFactory, SentReportFactory
from loa.units.tests.factories import (
    CommuneFactory,
    OfficeFactory,
    ProvinceFactory,
    UnitFactory,
)

# A model fixture is named after its model, and so are the fixtures that sub-factories use:
# `unit` is UnitFactory's (a commune without a province, for a test that needs any unit);
# the province and the commune in it have names of their own.
register(UnitFactory)
register(ProvinceFactory, "province")
register(CommuneFactory, "commune", parent=LazyFixture("province"))
register(OfficeFactory)
register(UserFactory)
register(MembershipFactory)
register(ChannelFactory)
register(PlanFactory)
register(IssuedPlanFactory, "issued_plan")
register(TaskFactory)
register(TargetFactory)
register(ActivityFactory)
register(ReportFactory)
register(SentReportFactory, "sent_report")

# --- the clock ----------------------------------------------------------------------------

CLOCK_HELP = (
    "run the session as if today were this date (YYYY-MM-DD, 10:00 in Vietnam) or moment "
    "(ISO 8601); default: $LOA_TEST_CLOCK, else the real clock"
)


def pytest_addoption(parser):
    parser.addoption("--clock", default=os.environ.get("LOA_TEST_CLOCK", ""), help=CLOCK_HELP)


VIETNAM = datetime.timezone(datetime.timedelta(hours=7))  # no daylight saving time


@pytest.fixture
def own_limits(settings):
    """Rate limits on, counted in a cache of this test's own: with Redis shared by the
    xdist workers, another worker's `cache.clear()` would reset the counts halfway (seen in
    CI on PostgreSQL with Redis)."""
    import uuid

    settings.CACHES = {
        **settings.CACHES,
        "limits": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"limits-{uuid.uuid4().hex}",
        },
    }
    settings.RATELIMIT_USE_CACHE = "limits"
    settings.RATELIMIT_ENABLE = True


@pytest.fixture
def still_clock(time_machine):
    """Rate limits count in windows of the clock (django-ratelimit): a test that counts
    requests up to a limit stops the clock where it is, so no window ends halfway through
    (seen once in CI, on PostgreSQL with the clock at 2027-01-10)."""
    from django.utils import timezone

    time_machine.move_to(timezone.now(), tick=False)


def morning(year: int, month: int, day: int) -> datetime.datetime:
    """10:00 on that day in Vietnam, a working morning well clear of midnight: what a test
    pins the clock to, `@pytest.mark.time_machine(morning(2026, 12, 11))`."""
    return datetime.datetime(year, month, day, 10, tzinfo=VIETNAM)


def clock_destination(value: str) -> datetime.datetime:
    """`2028-02-29` is that day's morning(); a full ISO moment is taken as given (in
    Vietnam's time if it names no offset)."""
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        moment = datetime.datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)
    return morning(day.year, day.month, day.day)


def pytest_configure(config):
    # Started here, before collection, so that module-level dates see the session's today
    # too; each xdist worker configures (and travels) on its own.
    value = config.getoption("clock")
    if value:
        try:
            destination = clock_destination(value)
        except ValueError:
            raise pytest.UsageError(f"--clock: not a date or ISO moment: {value!r}") from None
        config._loa_clock = time_machine.travel(destination, tick=True)
        config._loa_clock.start()


def pytest_unconfigure(config):
    clock = getattr(config, "_loa_clock", None)
    if clock is not None:
        clock.stop()


def pytest_terminal_summary(terminalreporter):
    """Lines a test recorded with `record_property("summary", …)` (the fuzz test's count of
    requests), printed at the end of every run, xdist workers' included."""
    lines = [
        value
        for report in terminalreporter.stats.get("passed", [])
        + terminalreporter.stats.get("failed", [])
        if report.when == "call"
        for name, value in report.user_properties
        if name == "summary"
    ]
    if lines:
        terminalreporter.section("Loa")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_report_header(config):
    value = config.getoption("clock")
    return f"clock: {clock_destination(value).isoformat()}" if value else None


# --- settings every test shares -------------------------------------------------------------


def worker_redis_location(location: str, worker: str) -> str:
    """The Redis URL for xdist worker `worker` ("gw0", "gw1", …): database N of the URL for
    gw0, N-1 for gw1, and so on. Django's RedisCache.clear() flushes the whole database, so
    workers sharing one would reset each other's counters halfway through a test (seen in
    CI: a login slowed on gw0 was let through after gw1 cleared the cache)."""
    from urllib.parse import urlsplit, urlunsplit

    index = int(worker.removeprefix("gw") or 0)
    parts = urlsplit(location)
    base = int(parts.path.strip("/") or 0)
    if index > base:
        raise pytest.UsageError(f"REDIS_URL {location}: not enough databases for {worker}")
    return urlunsplit(parts._replace(path=f"/{base - index}"))


@pytest.fixture(scope="session", autouse=True)
def _worker_cache():
    from django.conf import settings
    from django.test.utils import override_settings

    default = settings.CACHES["default"]
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker or not default["BACKEND"].endswith("RedisCache"):
        yield
        return
    own = {**default, "LOCATION": worker_redis_location(default["LOCATION"], worker)}
    with override_settings(CACHES={**settings.CACHES, "default": own}):
        yield


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Rate limits count in the shared cache (Redis in CI): only the test about them turns
    # them on, so that other tests and workers do not trip each other's counters.
    settings.RATELIMIT_ENABLE = False
    # Likewise the guests' page cache: a page kept by one test would be shown to the next.
    settings.LOA_PUBLIC_PAGE_CACHE = False


@pytest.fixture(autouse=True)
def _catalogues(request):
    """Transactional tests flush the tables, data migrations included: put the built-in
    catalogues back for them."""
    if "transactional_db" in request.fixturenames or "live_server" in request.fixturenames:
        request.getfixturevalue("transactional_db")
        from loa.plans.data.catalogues import load
        from loa.plans.models import Audience, Channel, ReformArea

        load(Channel, ReformArea, Audience)


@pytest.fixture
def tree(db):
    """Two provinces; P has communes A and C, Q has commune D."""
    p = ProvinceFactory(short_name="Phú Thọ")
    q = ProvinceFactory(short_name="Quảng Ninh")
    a = CommuneFactory(parent=p, short_name="An Lạc")
    c = CommuneFactory(parent=p, short_name="Cẩm Khê")
    d = CommuneFactory(parent=q, short_name="Đông Mai")
    return {"P": p, "Q": q, "A": a, "C": c, "D": d}


def member(unit, role, **user_fields):
    return MembershipFactory(unit=unit, role=role, user=UserFactory(**user_fields)).user


@pytest.fixture
def personas(tree):
    """A user for each role that matters, named by what they are to commune A."""
    return {
        "officer_a": member(tree["A"], Role.OFFICER),
        "leader_a": member(tree["A"], Role.LEADER),
        "admin_a": member(tree["A"], Role.UNIT_ADMIN),
        "officer_c": member(tree["C"], Role.OFFICER),
        "supervisor_p": member(tree["P"], Role.SUPERVISOR),
        "supervisor_q": member(tree["Q"], Role.SUPERVISOR),
    }


# --- plans: a province plan issued for the communes, and a commune draft ------------------


@pytest.fixture
def offices(tree):
    from loa.units.services import offices_create_default

    offices_create_default(units=list(tree.values()))
    return tree


@pytest.fixture
def province_leader(tree):
    return member(tree["P"], Role.LEADER, full_name="Đỗ Thanh Bình")


@pytest.fixture
def province_officer(tree):
    return member(tree["P"], Role.OFFICER)


@pytest.fixture
def upper_plan(offices, province_officer, province_leader):
    """Province P's issued 2026 plan, with two tasks for the communes and one of its own."""
    from loa.plans.models import Channel

    return IssuedPlanFactory(
        unit=offices["P"],
        year=2026,
        by=province_officer,
        signer=province_leader,
        issued_on=datetime.date(2025, 12, 26),
        lower_plan_deadline=datetime.date(2026, 1, 31),
        tasks=[
            {
                "order": 1,
                "content": "Chuyên mục CCHC trên đài truyền thanh xã",
                "channel": Channel.objects.get(code="radio"),
                "expected_quantity": 12,
                "lead_text": "UBND các xã",
                "for_lower_units": True,
                "due_date": datetime.date(2026, 12, 15),
            },
            {
                "order": 2,
                "content": "Đối thoại với doanh nghiệp",
                "lead_text": "UBND các xã",
                "for_lower_units": True,
                "due_quarter": 3,
            },
            {
                "order": 3,
                "content": "Tập huấn cho công chức cấp xã",
                "lead_text": "",
                "lead_office": offices["P"].offices.first(),
            },
        ],
    )


@pytest.fixture
def draft(offices, personas):
    """Commune A's draft 2026 plan from the template."""
    return PlanFactory(unit=offices["A"], year=2026, by=personas["officer_a"])
