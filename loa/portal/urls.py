from django.urls import path

from loa.core.views import module_placeholder

app_name = "portal"

urlpatterns = [
    path("", module_placeholder, {"module": "portal"}, name="index"),
]
