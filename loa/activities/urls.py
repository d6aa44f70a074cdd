from django.urls import path

from loa.core.views import module_placeholder

app_name = "activities"

urlpatterns = [
    path("", module_placeholder, {"module": "activities"}, name="index"),
]
