from django.urls import path

from loa.documents.urls import workflow_paths

from . import services
from .document import report_document
from .views import reports, rollup, workflow

app_name = "reports"

urlpatterns = [
    path("", reports.index, name="index"),
    path("lap/", reports.create, name="create"),
    path("cap-duoi/", rollup.rollup, name="rollup"),
    path("cap-duoi/nhac/", rollup.remind, name="remind"),
    path("cap-duoi/truoc-sap-xep/", rollup.former, name="former"),
    path("cap-duoi/han/", rollup.deadline_set, name="deadline_set"),
    path("<int:pk>/", reports.detail, name="detail"),
    path("<int:pk>/loi-van/", reports.edit, name="edit"),
    path("<int:pk>/soan-lai/", reports.redraft, name="redraft"),
    path("<int:pk>/dieu-chinh/", reports.correction_add, name="correction_add"),
    path(
        "<int:pk>/dieu-chinh/<int:correction_pk>/thu-hoi/",
        reports.correction_withdraw,
        name="correction_withdraw",
    ),
    path("<int:pk>/ke-hoach-nam-sau/", workflow.next_year_plan, name="next_year_plan"),
    *workflow_paths(
        submit=services.report_submit,
        send_back=services.report_send_back,
        issue=services.report_issue,
        send=services.report_send,
        build=report_document,
    ),
    path("<int:pk>/phu-luc.xlsx", workflow.download_xlsx, name="xlsx"),
]
