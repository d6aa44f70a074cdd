"""The load generator behind `make loadtest` counts what it sees: pages read, and every
refusal or failure as an error."""

from urllib.parse import urlparse

from loa.portal import loadtest


def test_visitors_read_pages_and_count_every_failure(live_server):
    port = urlparse(live_server.url).port
    outcomes = loadtest.run(
        port=port,
        groups={"good": ["/suc-khoe/"], "missing": ["/khong-co-trang-nay/"]},
        visitors=4,
        seconds=1.5,
        think=(0.05, 0.1),
    )
    good, missing = outcomes["good"], outcomes["missing"]
    assert len(good.latencies_ms) >= 4
    assert good.errors == []
    assert missing.errors and all("HTTP 404" in e for e in missing.errors)
    total = loadtest.merged(outcomes)
    assert len(total.latencies_ms) == len(good.latencies_ms) + len(missing.latencies_ms)
    assert 0 < total.p(0.5) <= total.p(0.95)
