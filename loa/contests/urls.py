from django.urls import path

from . import views

app_name = "contests"

urlpatterns = [
    # the organiser's side (ADR 32)
    path("quan-tri/<int:pk>/cuoc-thi/", views.contest_list, name="list"),
    path("quan-tri/<int:pk>/cuoc-thi/tao-moi/", views.contest_create, name="create"),
    path("quan-tri/cuoc-thi/<int:pk>/", views.contest_edit, name="edit"),
    path("quan-tri/cuoc-thi/<int:pk>/cau-hoi/them/", views.question_add, name="question_add"),
    path("quan-tri/cuoc-thi/<int:pk>/cau-hoi/nhap/", views.question_import, name="question_import"),
    path("quan-tri/cuoc-thi/<int:pk>/mo/", views.contest_open, name="open"),
    path("quan-tri/cuoc-thi/<int:pk>/dong/", views.contest_close, name="close"),
    path("quan-tri/cuoc-thi/<int:pk>/ket-qua/", views.contest_results, name="results"),
    path("quan-tri/cuoc-thi/<int:pk>/ket-qua.xlsx", views.contest_xlsx, name="xlsx"),
    path(
        "quan-tri/cuoc-thi/<int:pk>/quyet-dinh/trinh/",
        views.decision_submit,
        name="decision_submit",
    ),
    path(
        "quan-tri/cuoc-thi/<int:pk>/quyet-dinh.<str:kind>",
        views.decision_file,
        name="decision_file",
    ),
    path("quan-tri/cuoc-thi/<int:pk>/cong-bo/", views.contest_publish, name="publish"),
    path(
        "quan-tri/cuoc-thi/<int:pk>/quyet-dinh/tra-lai/",
        views.decision_send_back,
        name="decision_send_back",
    ),
    path("quan-tri/cuoc-thi/<int:pk>/bat-thuong/", views.contest_suspicious, name="suspicious"),
    path("quan-tri/cau-hoi-thi/<int:pk>/", views.question_edit, name="question_edit"),
    path("quan-tri/cau-hoi-thi/<int:pk>/xoa/", views.question_delete, name="question_delete"),
    # the participant's side
    path("<slug:code>/cuoc-thi/<int:pk>/", views.contest_public, name="public"),
    path("<slug:code>/cuoc-thi/<int:pk>/bai-thi/<str:token>/", views.attempt_page, name="attempt"),
    path("<slug:code>/cuoc-thi/<int:pk>/ket-qua/", views.public_results, name="public_results"),
]
