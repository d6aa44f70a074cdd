from django.urls import path

from .views import picture, score

app_name = "dashboard"

# a unit by its stable key ("new-3-10972"), as the unit's other pages in Theo dõi
urlpatterns = [
    path("", picture.index, name="index"),
    path("ca-nuoc/", picture.country, name="country"),
    path("ca-nuoc/excel/", picture.country_xlsx, name="country_xlsx"),
    path("<slug:key>/", picture.unit, name="unit"),
    path("<slug:key>/excel/", picture.unit_xlsx, name="unit_xlsx"),
    path("<slug:key>/tom-tat.pdf", picture.unit_pdf, name="unit_pdf"),
    path("<slug:key>/diem/<int:year>/", score.score, name="score"),
    path("<slug:key>/tieu-chi/<int:year>/", score.rules, name="rules"),
]
