"""Each demo commune's score, worked out by hand from what its score page shows (issue #13).

The test reads the page as a province officer would check it with a pencil: the targets it
lists as reached or not, whether it names the plan and a report sent up, and for each group
of channels the activities it lists with or without a proof file. It applies the published
criterion (FACTS.md c) to those facts, and checks the groups against the log itself: an
activity of the group in the year's report period with a file. Then the total must be the
one the page prints, the one the province's table prints, and the rank must follow from
every commune's total."""

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal

from django.core.management import call_command
from django.urls import reverse
from lxml import html

from loa.accounts.models import User
from loa.activities.models import Activity
from loa.plans.models import Channel, ChannelKind
from loa.reports.models import Report, ReportStatus
from loa.units.models import Unit

YEAR = 2026
PERIOD = (datetime.date(YEAR - 1, 12, 15), datetime.date(YEAR, 12, 14))
CITY = "new-1-31"
# the published criterion: the plan 1 point, screens 0.25, web and social media 0.25,
# traditional forms 0.5 (channel codes as Loa's catalogue names them)
GROUPS = {
    "online_screens": (Decimal("0.25"), {"e_board"}),
    "online_web": (Decimal("0.25"), {"web_portal", "social_media", "online_contest"}),
    "traditional": (Decimal("0.5"), None),
}


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _fraction(text: str) -> tuple[Decimal, Decimal]:
    earned, possible = re.search(r"([\d,]+)/([\d,]+)", text).groups()
    return _number(earned), _number(possible)


def _section(page, code: str):
    (section,) = page.xpath(f"//section[@aria-labelledby='{code}']")
    return section


def _by_hand(page) -> tuple[Decimal, dict]:
    """The total the criterion gives for what the page shows, and each group's points."""
    plan = _section(page, "plan")
    documents = [p.text_content().strip() for p in plan.xpath("./p[a]")]
    has_plan = any(d.startswith("Kế hoạch:") for d in documents)
    has_report = any(d.startswith("Báo cáo:") for d in documents)
    rows = [td.text_content().strip() for td in plan.xpath(".//table//tbody//td")]
    counted = [r for r in rows if not r.endswith("không tính vào tỷ lệ.")]
    reached = sum(1 for r in counted if re.search(r": đạt \(", r))
    points = Decimal(0)
    if has_plan and has_report and counted:
        share = Decimal(reached) / len(counted)
        if share >= 1:
            points = Decimal(1)
        elif share >= Decimal("0.9"):
            points = share.quantize(Decimal("0.01"), ROUND_HALF_UP)
    groups = {}
    for code, (worth, _) in GROUPS.items():
        section = _section(page, code)
        items = [li.text_content() for li in section.xpath(".//ul/li")]
        reported = any(
            p.text_content().strip().startswith("Báo cáo:") for p in section.xpath("./p[a]")
        )
        proven = any("tài liệu kiểm chứng" in i and "chưa có" not in i for i in items)
        groups[code] = worth if (reported and proven) else Decimal(0)
    return points + sum(groups.values()), groups


def _from_the_log(unit: Unit) -> dict:
    """Each group's points from the log alone: a report of the year sent up, and one
    activity of the group in the period with a file."""
    sent = Report.objects.filter(unit=unit, year=YEAR, status=ReportStatus.SENT).exists()
    traditional = set(
        Channel.objects.filter(kind=ChannelKind.TRADITIONAL).values_list("code", flat=True)
    )
    out = {}
    for code, (worth, channels) in GROUPS.items():
        proven = Activity.objects.filter(
            unit=unit,
            started_on__range=PERIOD,
            channel__code__in=channels or traditional,
            evidence__isnull=False,
        ).exists()
        out[code] = worth if (sent and proven) else Decimal(0)
    return out


def test_every_demo_communes_score_can_be_worked_out_from_its_page(client, db):
    call_command("load_units")
    call_command("load_demo")
    client.force_login(User.objects.get(username="tinh"))
    communes = list(Unit.objects.filter(parent__key=CITY, valid_to__isnull=True))
    assert len(communes) == 114

    table = html.fromstring(
        client.get(reverse("dashboard:unit", args=[CITY]), {"nam": YEAR, "sap-xep": "ten"}).content
    )
    listed = {}
    for row in table.xpath("//table[contains(@class,'dashboard-table')]/tbody/tr"):
        name = row.xpath("./th/a")[0].text_content().strip()
        listed[name] = row.xpath("./td")[6].text_content().strip()

    totals, ranks, earning = {}, {}, 0
    for unit in communes:
        response = client.get(reverse("dashboard:score", args=[unit.key, YEAR]))
        assert response.status_code == 200, unit.name
        page = html.fromstring(response.content)
        total, groups = _by_hand(page)
        assert groups == _from_the_log(unit), unit.name
        shown, possible = _fraction(page.xpath("//p[@class='lead']/strong")[0].text_content())
        assert (shown, possible) == (total, Decimal(2)), unit.name
        assert _number(listed[unit.name]) == total, unit.name
        (rank_cell,) = page.xpath(
            "//table[starts-with(caption, 'Thứ hạng')]//tr[th='Thành phố Hải Phòng']/td[1]"
        )
        ranks[unit.name] = int(re.search(r"hạng (\d+)/114", rank_cell.text_content()).group(1))
        totals[unit.name] = total
        earning += total > 0

    for name, total in totals.items():  # equal scores share a rank
        assert ranks[name] == 1 + sum(1 for t in totals.values() if t > total), name
    # the demo tells a story: the communes that reported earn points, two the plan's too
    assert earning == 7
    assert sorted(totals.values(), reverse=True)[:2] == [Decimal(2), Decimal(2)]
    assert len(set(totals.values())) >= 3
