"""The text Loa drafts from the activity log stays within the limit of a report's text
field however long the log is (issue #10, finding 4): it names at most a few leaders and
topics per channel, each cut to a sentence's length."""

import datetime

from loa.activities.tests.factories import ActivityFactory
from loa.core.limits import TEXT_MAX_CHARS
from loa.plans.models import Channel
from loa.reports.tests.factories import ReportFactory


def test_drafted_results_stay_within_the_limit_of_a_text_field(tree, personas):
    dialogue = Channel.objects.get(code="dialogue")
    web = Channel.objects.get(code="web_portal")
    for i in range(120):
        ActivityFactory(
            unit=tree["A"],
            channel=dialogue if i % 2 else web,
            started_on=datetime.date(2025, 3, 1 + i % 28),
            led_by=f"Đồng chí Nguyễn Văn {i}, Phó Chủ tịch UBND xã phụ trách khối văn hóa - xã hội",
            description=f"Chủ đề {i}: " + "giải quyết thủ tục hành chính trực tuyến " * 600,
        )
    report = ReportFactory(unit=tree["A"], by=personas["officer_a"], year=2025)
    assert len(report.results_text) <= TEXT_MAX_CHARS
    assert "chủ trì" in report.results_text and "Nguyễn Văn 1," in report.results_text
