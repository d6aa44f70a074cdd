"""Anonymous visitors' public pages come from the cache (ADR 28).

A guest — no session cookie, no pending message — asking for a public page
(`/cong-cong-khai/…`, not the officers' `quan-tri/` pages) gets the copy stored under the
public side's current generation (`caching.generation()`), or the page is made and stored.
It goes right after WhiteNoise: a hit costs no session, CSRF, user or access-map work.
A response is stored only when it is a 200 that sets no cookie (a page holding a form
with a CSRF token sets one, so forms are never shared) and says nothing against it.

`GuestPageGZipMiddleware`, just outside it, gzips the same kind of page, the one a phone
reads first: the HTML (or feed) a guest is sent that is the same for every guest. A page
that carries a CSRF token, a session or anything private is sent as it is (BREACH, ADR 28).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.middleware.gzip import GZipMiddleware

from .caching import generation, keep_for

PREFIX = "/cong-cong-khai/"
NEVER = ("/cong-cong-khai/quan-tri/",)
TIMEOUT = 600
MAX_QUERY = 200  # a longer query string is someone's experiment, not a page to keep
HEADER = "X-Loa-Cache"


def _guest(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _guest_public(request) -> bool:
    path = request.path
    return path.startswith(PREFIX) and not path.startswith(NEVER) and _guest(request)


def cacheable_request(request) -> bool:
    return (
        settings.LOA_PUBLIC_PAGE_CACHE
        and request.method == "GET"
        and _guest_public(request)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY
        and not request.headers.get("HX-Request")
    )


def cache_key(request) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    digest = hashlib.blake2b(f"{request.path}?{query}".encode(), digest_size=16).hexdigest()
    return f"portal:page:{generation()}:{digest}"


def _same_for_every_guest(response) -> bool:
    """Sets no cookie (so holds no CSRF token: Django sets the cookie with every page that
    uses one) and is not marked private or not to be kept."""
    control = response.get("Cache-Control", "")
    return (
        not response.streaming
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
        and not getattr(response, "portal_no_cache", False)
    )


def _storable(response) -> bool:
    return response.status_code == 200 and _same_for_every_guest(response)


COMPRESSED_TYPES = ("text/html", "application/atom+xml", "application/xml", "text/plain")


class GuestPageGZipMiddleware(GZipMiddleware):
    """Django's gzip (with its random bytes in the header against length guessing), for
    guests' public text pages that are the same for every guest, and nothing else."""

    def process_response(self, request, response):
        if (
            request.method in ("GET", "HEAD")
            and _guest_public(request)
            and _same_for_every_guest(response)
            and response.get("Content-Type", "").startswith(COMPRESSED_TYPES)
        ):
            return super().process_response(request, response)
        return response


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            stored[HEADER] = "hit"
            return stored
        response = self.get_response(request)
        if _storable(response):
            response[HEADER] = "miss"
            cache.set(key, response, keep_for(TIMEOUT))
        return response
