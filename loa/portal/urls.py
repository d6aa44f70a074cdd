from django.urls import path

from . import views

app_name = "portal"

urlpatterns = [
    path("", views.index, name="index"),
    path("quan-tri/<int:pk>/lien-he/", views.contact_edit, name="contact_edit"),
    path("<slug:code>/", views.unit_site, name="unit_site"),
    path("<slug:code>/thu-tuc/", views.procedure_list, name="procedure_list"),
    path("<slug:code>/thu-tuc/<int:pk>/", views.procedure_detail, name="procedure_detail"),
]
