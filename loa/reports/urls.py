from django.urls import path

from loa.core.views import module_placeholder

app_name = "reports"

urlpatterns = [
    path("", module_placeholder, {"module": "reports"}, name="index"),
]
