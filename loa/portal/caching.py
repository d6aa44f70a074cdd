"""The public pages are cached for anonymous visitors (Redis when REDIS_URL is set, local
memory otherwise). Every cached page's key holds the public side's generation number;
any write that changes what the public sees calls `public_pages_changed()`, which moves
the number on once the write is committed, so every older page is simply never read
again and expires by itself (ADR 28)."""

from django.core.cache import cache
from django.db import connection, transaction

GENERATION_KEY = "portal:generation"


def generation() -> int:
    """The current generation: the number every cached public page's key carries."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return int(value)


def _next_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(GENERATION_KEY, generation() + 1, timeout=None)


def public_pages_changed() -> None:
    """Call in any write the public can see: an article published or withdrawn, a
    procedure imported, a contact changed, a citizen's feedback handled or answered.

    Inside a transaction the generation moves on when it commits, not before: a guest
    reading in between would otherwise store the page as it was before the write under
    the new generation, and be served it for ten minutes. Outside one it moves at once.
    Called again in the same (save)point of a transaction, as an import does for every
    row, it is not scheduled twice: both calls commit or roll back together."""
    if connection.in_atomic_block:
        here = set(connection.savepoint_ids)
        if any(
            func is _next_generation and sids == here for sids, func, *_ in connection.run_on_commit
        ):
            return
    # robust: a cache that does not answer must not turn a committed write into an error
    transaction.on_commit(_next_generation, robust=True)


def keep_for(default: int, now=None) -> int:
    """How long a page stored now may be kept: `default` seconds, or less when a scheduled
    article comes out sooner (no write happens at its time to move the generation on, so
    the page must expire by then). One query per page stored, none per page served."""
    from django.db.models import Min
    from django.utils import timezone

    from .models import Article, ArticleStatus

    now = now or timezone.now()
    due = Article.objects.filter(status=ArticleStatus.PUBLISHED, published_at__gt=now).aggregate(
        first=Min("published_at")
    )["first"]
    if due is None:
        return default
    return max(1, min(default, int((due - now).total_seconds()) + 1))
