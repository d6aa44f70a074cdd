"""The address of the person at the other end, behind the proxies this deployment trusts.

Each proxy appends the address it received the request from to X-Forwarded-For, and the
last one is REMOTE_ADDR. With LOA_TRUSTED_PROXIES = n, the client is therefore the n-th
entry from the right: whatever a client wrote to the left of it is not believed. With 0
(the default, no proxy) the header is ignored altogether (ADR 20)."""

import ipaddress

from django.conf import settings


def _address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "LOA_TRUSTED_PROXIES", 0)
    if trusted <= 0:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < trusted:
        return remote  # not through every proxy: someone reached the last one directly
    return _address(forwarded[-trusted]) or remote
