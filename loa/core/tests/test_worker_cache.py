"""Each xdist worker counts in a Redis database of its own (conftest.py `_worker_cache`):
one worker's cache.clear() must not reset another's rate-limit counters."""

import os

import pytest
from django.conf import settings

from conftest import worker_redis_location


def test_each_worker_gets_the_next_database_down():
    assert worker_redis_location("redis://127.0.0.1:6379/15", "gw0") == "redis://127.0.0.1:6379/15"
    assert worker_redis_location("redis://127.0.0.1:6379/15", "gw1") == "redis://127.0.0.1:6379/14"
    assert worker_redis_location("redis://h:1/3", "gw3") == "redis://h:1/0"
    with pytest.raises(pytest.UsageError):
        worker_redis_location("redis://h:1/1", "gw2")


def test_this_worker_uses_its_own_database():
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    location = settings.CACHES["default"].get("LOCATION", "")
    if not worker or not settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        pytest.skip("only with Redis under pytest-xdist")
    base = os.environ["REDIS_URL"]
    assert location == worker_redis_location(base, worker)
