from django.urls import path

from loa.core.views import module_placeholder

app_name = "plans"

urlpatterns = [
    path("", module_placeholder, {"module": "plans"}, name="index"),
]
