"""The pages `make loadtest` sends its visitors to, taken from the database: the demo
commune's public site, its CCHC column and articles, the procedure search and pages, and
the feedback lookup."""

from django.core.management.base import CommandError
from django.urls import reverse

from loa.units.models import Unit

from .models import Article, Feedback, FeedbackStatus, Procedure

DEMO_COMMUNE = "new-3-10972"  # the demo's Xã Đường An (loa/demo/services.py)
SEARCHES = ("dang ky khai sinh", "khai tu", "chung thuc", "ho tich", "ket hon", "dat dai")


def page_groups() -> dict[str, list[str]]:
    unit = Unit.objects.filter(key=DEMO_COMMUNE).first()
    if unit is None:
        raise CommandError("Chưa có dữ liệu mẫu: chạy load_units và load_demo trước.")
    code = unit.code
    procedures = list(Procedure.objects.filter(level=unit.level).values_list("pk", flat=True)[:20])
    if not procedures:
        raise CommandError("Dữ liệu mẫu chưa có thủ tục hành chính.")
    articles = [a.get_absolute_url() for a in Article.objects.visible().filter(unit=unit)[:10]]
    if not articles:
        raise CommandError("Dữ liệu mẫu chưa có tin, bài đã đăng.")
    search = reverse("portal:procedure_list", args=[code])
    lookup = reverse("portal:feedback_lookup", args=[code])
    # A citizen follows their own item: the codes of the demo's feedback, answered or not.
    codes = Feedback.objects.filter(unit=unit).values_list("code", flat=True)[:10]
    answered = Feedback.objects.filter(unit=unit, status=FeedbackStatus.ANSWERED)[:5]
    return {
        "chuyen_muc": [reverse("portal:column_home", args=[code]), *articles],
        "tim_thu_tuc": [f"{search}?q={q.replace(' ', '+')}" for q in SEARCHES]
        + [reverse("portal:procedure_detail", args=[code, pk]) for pk in procedures],
        "tra_cuu_phan_anh": [lookup, *(f"{lookup}?ma={c}" for c in codes)]
        + [reverse("portal:answer_list", args=[code])]
        + [reverse("portal:answer_detail", args=[code, f.pk]) for f in answered],
        "trang_don_vi": [reverse("portal:unit_site", args=[code])],
    }
