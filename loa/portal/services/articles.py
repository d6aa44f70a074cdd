"""The CCHC column's workflow: an officer writes and submits, the unit's leader publishes
(now or at a set time), sends back with a note, or withdraws with a reason (ADR 25).

Every publication logs itself as an activity on the web-portal channel with the article's
address as its link, so the next report counts it without anyone typing it; withdrawing
removes that activity, publishing again logs a new one."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from loa.accounts.rules import denied_message, may
from loa.activities.models import Activity
from loa.activities.services import activity_delete
from loa.core.mail import site_url
from loa.core.text import fold
from loa.plans.models import Channel

from ..caching import public_pages_changed
from ..covers import cover_made
from ..models import Article, ArticleStatus
from ..sanitize import body_html, text_of

WEB_PORTAL = "web_portal"


def _require(user, perm: str, article) -> None:
    if not may(user, perm, article):
        raise PermissionDenied(denied_message(perm))


@transaction.atomic
def article_save(*, article: Article, by, cover=None) -> Article:
    """Save what the officer wrote: the body sanitised, the folded search text, the cover
    and its thumbnail made from `cover` (an upload) when one is given."""
    if article.pk is None:
        article.created_by = by
    article.body = body_html(article.body)
    article.search_text = fold(f"{article.title} {article.lead} {text_of(article.body)}")
    old_files = []
    if cover is not None:
        made = cover_made(cover)
        old_files = [f.name for f in (article.cover, article.thumbnail) if f]
        article.cover.save("anh.jpg", made.image, save=False)
        article.thumbnail.save("anh.jpg", made.thumbnail, save=False)
    article.save()
    storage = Article.cover.field.storage
    for name in old_files:
        transaction.on_commit(lambda name=name: storage.delete(name))
    if article.status == ArticleStatus.PUBLISHED:
        if article.activity_id:
            Activity.objects.filter(pk=article.activity_id).update(title=article.title[:300])
        public_pages_changed()
    return article


@transaction.atomic
def article_submit(*, article: Article, by) -> Article:
    _require(by, "portal.submit_article", article)
    article.submit()
    article.save()
    return article


@transaction.atomic
def article_send_back(*, article: Article, note: str, by) -> Article:
    _require(by, "portal.approve_article", article)
    if not note.strip():
        raise ValidationError("Cần ghi rõ nội dung cần sửa để cán bộ biết.")
    article.send_back(note=note.strip())
    article.save()
    return article


@transaction.atomic
def article_publish(
    *, article: Article, by, at: datetime.datetime | None = None, request=None
) -> Article:
    """Publish now, or at `at` (then the public sees it from that moment: the public
    queries compare with the clock, no job runs). The activity is logged now, dated the
    day of publication."""
    _require(by, "portal.approve_article", article)
    now = timezone.now()
    at = max(at or now, now)
    article.publish(at=at, by=by)
    article.save()
    article.activity = _activity_log(article, by=by, request=request)
    article.save(update_fields=["activity"])
    public_pages_changed()
    return article


def _activity_log(article: Article, *, by, request) -> Activity:
    activity = Activity.objects.create(
        unit=article.unit,
        office=article.office,
        channel=Channel.objects.get(code=WEB_PORTAL),
        title=article.title[:300],
        description=article.lead,
        started_on=timezone.localdate(article.published_at),
        quantity=1,
        link=site_url(article.get_absolute_url(), request)[:500],
        created_by=by,
    )
    activity.reform_areas.set([article.reform_area])
    return activity


@transaction.atomic
def article_withdraw(*, article: Article, reason: str, by) -> Article:
    """Take a published article off the public site; its activity goes with it."""
    _require(by, "portal.withdraw_article", article)
    if not reason.strip():
        raise ValidationError("Cần ghi lý do gỡ tin, bài.")
    activity = article.activity
    article.withdraw(reason=reason.strip())
    article.activity = None
    article.save()
    if activity is not None:
        activity_delete(activity=activity)
    public_pages_changed()
    return article
