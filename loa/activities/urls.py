from django.urls import path

from .views import imports, log, progress

app_name = "activities"

urlpatterns = [
    path("", log.index, name="index"),
    path("ghi-nhan/", log.create, name="create"),
    path("excel/", log.export, name="export"),
    path("nhap-excel/", imports.upload, name="import"),
    path("nhap-excel/mau.xlsx", imports.template, name="import_template"),
    path("nhap-excel/luu/", imports.confirm, name="import_confirm"),
    path("viec-cua-toi/", progress.my_tasks, name="tasks"),
    path(
        "nhiem-vu/<int:task_pk>/tien-do/",
        progress.task_manual_progress,
        name="task_manual_progress",
    ),
    path("chi-tieu/", progress.targets, name="targets"),
    path("chi-tieu/<int:target_pk>/so-lieu/", progress.target_entry, name="target_entry"),
    path("<int:pk>/", log.detail, name="detail"),
    path("<int:pk>/xoa/", log.delete, name="delete"),
    path("<int:pk>/tep/<int:evidence_pk>/", log.evidence_file, name="evidence"),
    path(
        "<int:pk>/tep/<int:evidence_pk>/thu-nho/",
        log.evidence_file,
        {"variant": "thu-nho"},
        name="evidence_thumb",
    ),
    path("<int:pk>/tep/<int:evidence_pk>/xoa/", log.evidence_delete, name="evidence_delete"),
]
