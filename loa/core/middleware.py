"""What every response shares: Loa's own Vietnamese error pages under DEBUG too, and no
copy kept anywhere of a page a signed-in user saw."""

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control

TEMPLATES = {400: "400.html", 404: "404.html", 500: "500.html"}


def own_error_pages() -> bool:
    """Under DEBUG (`make run`) Django answers with its English technical pages, the 404
    one listing every URL pattern; Loa shows its own unless LOA_DEBUG_TECHNICAL=1 asks for
    them. Without DEBUG Django already uses Loa's templates."""
    return settings.DEBUG and not settings.LOA_DEBUG_TECHNICAL


def error_page(request, status: int):
    return render(request, TEMPLATES[status], status=status)


class ErrorPagesMiddleware:
    """Loa's 404, 400 and 500 pages under DEBUG as in production (403 is Loa's already:
    Django renders 403.html whatever DEBUG says). Django turns an exception into its
    technical page wherever it is raised (resolving the URL, the access map, the view), so
    this replaces the page itself, once made; Django has already logged the traceback of a
    500 to the console. Goes after the middleware that sets the user and unit the pages
    show."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if own_error_pages() and _technical(response):
            return error_page(request, response.status_code)
        return response


def _technical(response) -> bool:
    """One of Django's technical error pages: HTML in English (Loa's pages are in
    Vietnamese), or the plain-text traceback it sends to a client that wants no HTML."""
    if response.status_code not in TEMPLATES or response.streaming:
        return False
    if response.get("Content-Type", "").startswith("text/plain"):
        return response.status_code != 404
    return b'<html lang="en">' in response.content[:300]


class PrivatePagesMiddleware:
    """`Cache-Control: private, no-store` on every response to a signed-in user: neither
    a proxy nor the browser's cache keeps a plan, a report or a list of users for whoever
    uses the computer next. Static files never reach it (WhiteNoise answers first), and a
    guest's pages are left to the defaults. Goes right after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
