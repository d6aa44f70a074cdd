from django.urls import path

from loa.documents.urls import workflow_paths

from . import services
from .document import plan_document
from .views import lower, plans, sections, targets, tasks, workflow

app_name = "plans"

urlpatterns = [
    path("", plans.index, name="index"),
    path("lap-moi/", plans.create, name="create"),
    path("cap-duoi/", lower.lower_plans, name="lower"),
    path("cap-duoi/excel/", lower.lower_plans_xlsx, name="lower_xlsx"),
    path("<int:pk>/", plans.detail, name="detail"),
    path("<int:pk>/thong-tin-chung/", plans.edit, name="edit"),
    path("<int:pk>/noi-dung/", sections.sections, name="sections"),
    path("<int:pk>/noi-dung/them/", sections.section_add, name="section_add"),
    path("<int:pk>/noi-dung/<int:section_pk>/", sections.section_save, name="section_save"),
    path("<int:pk>/noi-dung/<int:section_pk>/xoa/", sections.section_delete, name="section_delete"),
    path(
        "<int:pk>/noi-dung/<int:section_pk>/<str:direction>/",
        sections.section_move,
        name="section_move",
    ),
    path("<int:pk>/tien-do-quy/", sections.schedule_save, name="schedule_save"),
    path("<int:pk>/che-do-bao-cao/", sections.reporting_add, name="reporting_add"),
    path(
        "<int:pk>/che-do-bao-cao/<int:rule_pk>/xoa/",
        sections.reporting_delete,
        name="reporting_delete",
    ),
    path("<int:pk>/nhiem-vu/", tasks.tasks, name="tasks"),
    path("<int:pk>/nhiem-vu/them/", tasks.task_add, name="task_add"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/", tasks.task_edit, name="task_edit"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/dong/", tasks.task_row, name="task_row"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/xoa/", tasks.task_delete, name="task_delete"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/nhan/", tasks.task_accept, name="task_accept"),
    path("<int:pk>/nhiem-vu/<int:task_pk>/<str:direction>/", tasks.task_move, name="task_move"),
    path("<int:pk>/chi-tieu/", targets.targets, name="targets"),
    path("<int:pk>/chi-tieu/<int:target_pk>/", targets.target_edit, name="target_edit"),
    path("<int:pk>/chi-tieu/<int:target_pk>/xoa/", targets.target_delete, name="target_delete"),
    path("<int:pk>/sua-doi/", workflow.amend, name="amend"),
    path("<int:pk>/xoa-du-thao/", workflow.delete_draft, name="delete_draft"),
    *workflow_paths(
        submit=services.plan_submit,
        send_back=services.plan_send_back,
        issue=services.plan_issue,
        build=plan_document,
        issue_path="ban-hanh",
    ),
]
