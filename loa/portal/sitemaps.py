"""/sitemap.xml: every current unit's public site and its procedure catalogue, the column of
each unit that has articles, and every article the public sees (ADR 25). A procedure's page
is not listed once per unit: the same text under 3,300 addresses is what search engines
call duplicate content; the catalogue page of each unit is."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from loa.units.models import Unit

from .models import Article
from .queries import PUBLIC_LEVELS


class UnitSites(Sitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Unit.objects.current()
            .filter(level__in=PUBLIC_LEVELS)
            .order_by("pk")
            .values_list("code", flat=True)
        )

    def location(self, code):
        return reverse("portal:unit_site", kwargs={"code": code})


class ProcedureCatalogues(UnitSites):
    def location(self, code):
        return reverse("portal:procedure_list", kwargs={"code": code})


class Columns(Sitemap):
    changefreq = "daily"

    def items(self):
        codes = Article.objects.visible().filter(unit__valid_to__isnull=True)
        return sorted(set(codes.values_list("unit__code", flat=True)))

    def location(self, code):
        return reverse("portal:column_home", kwargs={"code": code})


class Articles(Sitemap):
    changefreq = "weekly"

    def items(self):
        return (
            Article.objects.visible()
            .filter(unit__valid_to__isnull=True)
            .select_related("unit")
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, article):
        return article.updated_at


SITEMAPS = {
    "don-vi": UnitSites,
    "thu-tuc": ProcedureCatalogues,
    "chuyen-muc": Columns,
    "tin-bai": Articles,
}
