from django.urls import path

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
    path("<int:pk>/trinh/", workflow.submit, name="submit"),
    path("<int:pk>/tra-lai/", workflow.send_back, name="send_back"),
    path("<int:pk>/ky/", workflow.issue, name="issue"),
    path("<int:pk>/gui/", workflow.send, name="send"),
    path("<int:pk>/ke-hoach-nam-sau/", workflow.next_year_plan, name="next_year_plan"),
    path("<int:pk>/tai-ve.docx", workflow.download_docx, name="docx"),
    path("<int:pk>/tai-ve.pdf", workflow.download_pdf, name="pdf"),
    path("<int:pk>/phu-luc.xlsx", workflow.download_xlsx, name="xlsx"),
]
