from django.urls import path

from loa.documents import views as documents

from . import services
from .document import report_document
from .views import reports, rollup, workflow

app_name = "reports"

urlpatterns = [
    path("", reports.index, name="index"),
    path("lap/", reports.create, name="create"),
    path("cap-duoi/", rollup.rollup, name="rollup"),
    path("cap-duoi/nhac/", rollup.remind, name="remind"),
    path("cap-duoi/han/", rollup.deadline_set, name="deadline_set"),
    path("<int:pk>/", reports.detail, name="detail"),
    path("<int:pk>/loi-van/", reports.edit, name="edit"),
    path("<int:pk>/dieu-chinh/", reports.correction_add, name="correction_add"),
    path("<int:pk>/trinh/", documents.submit, {"service": services.report_submit}, name="submit"),
    path(
        "<int:pk>/tra-lai/",
        documents.send_back,
        {"service": services.report_send_back},
        name="send_back",
    ),
    path("<int:pk>/ky/", documents.issue, {"service": services.report_issue}, name="issue"),
    path("<int:pk>/gui/", documents.send, {"service": services.report_send}, name="send"),
    path("<int:pk>/ke-hoach-nam-sau/", workflow.next_year_plan, name="next_year_plan"),
    path("<int:pk>/tai-ve.docx", documents.download_docx, {"build": report_document}, name="docx"),
    path("<int:pk>/tai-ve.pdf", documents.download_pdf, {"build": report_document}, name="pdf"),
    path("<int:pk>/phu-luc.xlsx", workflow.download_xlsx, name="xlsx"),
]
