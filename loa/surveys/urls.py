from django.urls import path

from . import views

app_name = "surveys"

urlpatterns = [
    # the officers' side (ADR 31)
    path("quan-tri/<int:pk>/khao-sat/", views.survey_list, name="list"),
    path("quan-tri/<int:pk>/khao-sat/tao-moi/", views.survey_create, name="create"),
    path("quan-tri/khao-sat/<int:pk>/", views.survey_edit, name="edit"),
    path("quan-tri/khao-sat/<int:pk>/cau-hoi/them/", views.question_add, name="question_add"),
    path("quan-tri/khao-sat/<int:pk>/mo/", views.survey_open, name="open"),
    path("quan-tri/khao-sat/<int:pk>/dong/", views.survey_close, name="close"),
    path("quan-tri/khao-sat/<int:pk>/ket-qua/", views.survey_results, name="results"),
    path("quan-tri/khao-sat/<int:pk>/ket-qua.xlsx", views.survey_xlsx, name="xlsx"),
    path("quan-tri/khao-sat/<int:pk>/ap-phich/", views.survey_poster, name="poster"),
    path("quan-tri/cau-hoi/<int:pk>/", views.question_edit, name="question_edit"),
    path("quan-tri/cau-hoi/<int:pk>/xoa/", views.question_delete, name="question_delete"),
    path("quan-tri/cau-hoi/<int:pk>/chuyen/", views.question_move, name="question_move"),
    # the citizen's side
    path("<slug:code>/khao-sat/<int:pk>/", views.survey_answer, name="public"),
    path("<slug:code>/khao-sat/<int:pk>/cam-on/", views.survey_thanks, name="thanks"),
]
