"""The public pages are cached for anonymous visitors (Redis when REDIS_URL is set, local
memory otherwise). Every cached page's key holds the public side's generation number;
any write that changes what the public sees calls `public_pages_changed()`, which moves
the number on, so every older page is simply never read again and expires by itself."""

from django.core.cache import cache

GENERATION_KEY = "portal:generation"


def generation() -> int:
    """The current generation: the number every cached public page's key carries."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return int(value)


def public_pages_changed() -> None:
    """Call after any write the public can see: an article published or withdrawn, a
    procedure imported, a contact changed, an answer published."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(GENERATION_KEY, generation() + 1, timeout=None)
