from django.urls import path

from loa.core.views import module_placeholder

app_name = "dashboard"

urlpatterns = [
    path("", module_placeholder, {"module": "dashboard"}, name="index"),
]
