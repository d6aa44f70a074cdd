from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

# Parts of the cycle that later work fills in; their pages say so plainly.
MODULES = {
    "plans": (
        "Kế hoạch",
        "Soạn kế hoạch tuyên truyền cải cách hành chính năm, nhận kế hoạch "
        "cấp trên, giao nhiệm vụ cho các bộ phận và ban hành văn bản.",
    ),
    "activities": (
        "Hoạt động",
        "Ghi nhận tin bài, băng rôn, hội nghị… kèm tài liệu kiểm chứng, "
        "và theo dõi tiến độ nhiệm vụ, chỉ tiêu.",
    ),
    "reports": (
        "Báo cáo",
        "Lập báo cáo quý, 6 tháng, 9 tháng, năm từ số liệu hoạt động và gửi cấp trên.",
    ),
    "dashboard": (
        "Theo dõi",
        "Theo dõi các đơn vị trực thuộc: đã ban hành kế hoạch, đã gửi báo "
        "cáo, chậm hạn, tổng hợp số liệu.",
    ),
}


def module_placeholder(request, module):
    title, purpose = MODULES[module]
    return render(request, "core/placeholder.html", {"title": title, "purpose": purpose})


def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
