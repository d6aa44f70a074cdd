"""The public CCHC column of a unit: its home page (newest first, searchable, by reform
area), each article with its Open Graph tags, a print view and an Atom feed."""

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from loa.accounts.rules import may
from loa.core.mail import site_url
from loa.plans.models import ReformArea

from .. import queries
from ..forms import SearchForm
from ..models import Article

PAGE_SIZE = 10
FEED_SIZE = 20


def _current_unit(code):
    unit = queries.unit_by_code(code)
    if unit.is_legacy:
        raise Http404(unit.end_notice())
    return unit


def _column(request, unit, *, area=None):
    form = SearchForm(request.GET)
    search = form.cleaned_data["q"].strip() if form.is_valid() else ""
    found = queries.articles_for(unit, search=search, area=area)
    context = {
        "unit": unit,
        "ancestors": unit.ancestors(),
        "form": form,
        "search": search,
        "area": area,
        "areas": queries.article_areas(unit),
        "page": Paginator(found, PAGE_SIZE).get_page(request.GET.get("trang")),
        "feed_url": reverse("portal:article_feed", kwargs={"code": unit.code}),
    }
    status = 400 if form.errors else 200
    return render(request, "portal/column.html", context, status=status)


def column_home(request, code):
    return _column(request, _current_unit(code))


def column_area(request, code, area):
    unit = _current_unit(code)
    return _column(request, unit, area=get_object_or_404(ReformArea, code=area))


def _visible_article(code, pk) -> Article:
    unit = _current_unit(code)
    return get_object_or_404(queries.articles_for(unit), pk=pk)


def _cover_url(article, request) -> str:
    path = reverse("portal:article_cover", kwargs={"code": article.unit.code, "pk": article.pk})
    return site_url(f"{path}?v={int(article.updated_at.timestamp())}", request)


def article_detail(request, code, pk, slug):
    article = _visible_article(code, pk)
    if slug != article.slug:  # an old or mistyped title: the one address search engines keep
        return redirect(article.get_absolute_url(), permanent=True)
    context = {
        "unit": article.unit,
        "ancestors": article.unit.ancestors(),
        "article": article,
        "canonical": site_url(article.get_absolute_url(), request),
        "og_image": _cover_url(article, request) if article.cover else "",
        "more": queries.articles_for(article.unit).exclude(pk=article.pk)[:3],
    }
    return render(request, "portal/article_detail.html", context)


def article_print(request, code, pk):
    article = _visible_article(code, pk)
    context = {
        "unit": article.unit,
        "article": article,
        "canonical": site_url(article.get_absolute_url(), request),
    }
    return render(request, "portal/article_print.html", context)


def article_feed(request, code):
    unit = _current_unit(code)
    home = site_url(reverse("portal:column_home", kwargs={"code": unit.code}), request)
    feed = Atom1Feed(
        title=f"Tin, bài cải cách hành chính — {unit.name}",
        link=home,
        description=f"Chuyên mục cải cách hành chính của {unit.name}",
        language="vi",
        feed_url=site_url(request.path, request),
        feed_guid=home,
    )
    for article in queries.articles_for(unit)[:FEED_SIZE]:
        link = site_url(article.get_absolute_url(), request)
        feed.add_item(
            title=article.title,
            link=link,
            description=article.lead,
            unique_id=link,
            pubdate=article.published_at,
            updateddate=article.published_at,
            author_name=article.office.name if article.office else unit.name,
            categories=[article.reform_area.name],
        )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def _picture(request, code, pk, field):
    """The cover or its thumbnail: to anyone once the article is public, before that only to
    its unit's officers and leaders (the review page shows it)."""
    unit = _current_unit(code)
    article = get_object_or_404(Article.objects.filter(unit=unit), pk=pk)
    public = article.is_visible
    if not public and not may(request.user, "portal.manage_column", article):
        raise Http404("Không tìm thấy ảnh.")
    picture = getattr(article, field)
    if not picture:
        raise Http404("Tin, bài này không có ảnh.")
    try:
        response = FileResponse(picture.open("rb"), content_type="image/jpeg")
    except FileNotFoundError:
        raise Http404("Không tìm thấy ảnh.") from None
    # the stored name changes with every new picture: a public one may be kept a long time
    response["Cache-Control"] = "public, max-age=2592000" if public else "private, no-store"
    return response


def article_cover(request, code, pk):
    return _picture(request, code, pk, "cover")


def article_thumbnail(request, code, pk):
    return _picture(request, code, pk, "thumbnail")
