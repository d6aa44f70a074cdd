"""Slowing down guessing of one user name from many addresses, without locking its owner.

django-axes locks a (name, address) pair after AXES_FAILURE_LIMIT failures: a stranger
locks only themselves. A name failed from many addresses (more than NAME_FREE_FAILURES in
the cool-off window) is slowed instead: after each further failure, the next try of that
name from an address the owner has never signed in from must wait a few seconds (doubling
up to MAX_WAIT). The wait is a refusal with a message, not a sleep in the worker, so an
attacker cannot tie up the server with it; an address the owner signed in from in the last
KNOWN_FOR is never slowed (ADR 20). Counters live in the shared cache."""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache

NAME_FREE_FAILURES = 10
MAX_WAIT = 60  # seconds
KNOWN_FOR = 60 * 60 * 24 * 30  # seconds


def _key(*parts: str) -> str:
    digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]
    return f"loa:login:{digest}"


def _name(username: str) -> str:
    return (username or "").strip().casefold()


def _window() -> int:
    return int(settings.AXES_COOLOFF_TIME * 3600)


def wait_seconds(username: str, address: str) -> int:
    """How long this name must wait before it may be tried from `address` (0: now)."""
    name = _name(username)
    if not name or cache.get(_key("known", name, address)):
        return 0
    state = cache.get(_key("failures", name))
    if not state or state["count"] <= NAME_FREE_FAILURES:
        return 0
    delay = min(MAX_WAIT, 2 ** (state["count"] - NAME_FREE_FAILURES))
    return max(0, math.ceil(state["last"] + delay - time.time()))


def failed(username: str) -> None:
    name = _name(username)
    if not name:
        return
    key = _key("failures", name)
    state = cache.get(key) or {"count": 0}
    state = {"count": state["count"] + 1, "last": time.time()}
    cache.set(key, state, _window())


def succeeded(username: str, address: str) -> None:
    """The owner signed in from `address`: it is theirs, never slowed from now on."""
    cache.set(_key("known", _name(username), address), True, KNOWN_FOR)
