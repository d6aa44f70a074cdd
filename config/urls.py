from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from loa.core.views import healthz
from loa.dashboard.views import home
from loa.portal.sitemaps import SITEMAPS

admin.site.site_header = "Loa — quản trị hệ thống"
admin.site.site_title = "Loa"
admin.site.index_title = "Quản trị hệ thống"

urlpatterns = [
    path("", home, name="home"),
    path("suc-khoe/", healthz, name="healthz"),
    path("tai-khoan/", include("loa.accounts.urls")),
    path("ke-hoach/", include("loa.plans.urls")),
    path("hoat-dong/", include("loa.activities.urls")),
    path("bao-cao/", include("loa.reports.urls")),
    path("theo-doi/", include("loa.dashboard.urls")),
    path("cong-cong-khai/", include("loa.surveys.urls")),
    path("cong-cong-khai/", include("loa.contests.urls")),
    path("cong-cong-khai/", include("loa.portal.urls")),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": SITEMAPS, "template_name": "portal/sitemap.xml"},
        name="sitemap",
    ),
    path("quan-tri-he-thong/", admin.site.urls),
]
