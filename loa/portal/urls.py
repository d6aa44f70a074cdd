from django.urls import path

from . import views
from .views import feedback_desk as desk

app_name = "portal"

urlpatterns = [
    path("", views.index, name="index"),
    path("quan-tri/<int:pk>/lien-he/", views.contact_edit, name="contact_edit"),
    path("quan-tri/<int:pk>/truyen-thanh/", views.radio_list, name="radio_list"),
    path("quan-tri/truyen-thanh/<int:pk>/", views.radio_detail, name="radio_detail"),
    path("quan-tri/truyen-thanh/<int:pk>/soan-lai/", views.radio_recompile, name="radio_recompile"),
    path("quan-tri/truyen-thanh/<int:pk>/luot-phat/", views.radio_slot_add, name="radio_slot_add"),
    path("quan-tri/truyen-thanh/<int:pk>/in/", views.radio_print, name="radio_print"),
    path("quan-tri/truyen-thanh/<int:pk>/van-ban.txt", views.radio_text, name="radio_text"),
    path("quan-tri/luot-phat/<int:pk>/da-phat/", views.radio_slot_done, name="radio_slot_done"),
    path("quan-tri/luot-phat/<int:pk>/bo-danh-dau/", views.radio_slot_undo, name="radio_slot_undo"),
    path("quan-tri/luot-phat/<int:pk>/xoa/", views.radio_slot_delete, name="radio_slot_delete"),
    # procedures (ADR 27): a unit's desk list and postings, a province's import
    path("quan-tri/<int:pk>/thu-tuc/", views.procedure_desk, name="procedure_desk"),
    path(
        "quan-tri/<int:pk>/thu-tuc/danh-muc.docx",
        views.procedure_list_file,
        {"kind": "docx"},
        name="procedure_list_docx",
    ),
    path(
        "quan-tri/<int:pk>/thu-tuc/danh-muc.pdf",
        views.procedure_list_file,
        {"kind": "pdf"},
        name="procedure_list_pdf",
    ),
    path("quan-tri/thu-tuc/nhap-excel/", views.import_upload, name="procedure_import"),
    path(
        "quan-tri/thu-tuc/nhap-excel/mau.xlsx",
        views.import_template,
        name="procedure_import_template",
    ),
    path("quan-tri/thu-tuc/nhap-excel/luu/", views.import_confirm, name="procedure_import_confirm"),
    # the CCHC column (ADR 25): the officers' side, then the public pages
    path("quan-tri/<int:pk>/tin-bai/", views.column_admin, name="column_admin"),
    path("quan-tri/<int:pk>/tin-bai/viet-moi/", views.article_create, name="article_create"),
    path("quan-tri/tin-bai/<int:pk>/", views.article_review, name="article_review"),
    path("quan-tri/tin-bai/<int:pk>/sua/", views.article_edit, name="article_edit"),
    path("quan-tri/tin-bai/<int:pk>/gui-duyet/", views.article_submit, name="article_submit"),
    path("quan-tri/tin-bai/<int:pk>/dang/", views.article_publish, name="article_publish"),
    path("quan-tri/tin-bai/<int:pk>/tra-lai/", views.article_send_back, name="article_send_back"),
    path("quan-tri/tin-bai/<int:pk>/go/", views.article_withdraw, name="article_withdraw"),
    path("<slug:code>/tin-bai/", views.column_home, name="column_home"),
    path("<slug:code>/tin-bai/feed.atom", views.article_feed, name="article_feed"),
    path("<slug:code>/tin-bai/linh-vuc/<slug:area>/", views.column_area, name="column_area"),
    path(
        "<slug:code>/tin-bai/<int:pk>-<slug:slug>/",
        views.article_detail,
        name="article_detail",
    ),
    path("<slug:code>/tin-bai/<int:pk>/in/", views.article_print, name="article_print"),
    path("<slug:code>/tin-bai/<int:pk>/anh.jpg", views.article_cover, name="article_cover"),
    path(
        "<slug:code>/tin-bai/<int:pk>/anh-nho.jpg",
        views.article_thumbnail,
        name="article_thumbnail",
    ),
    # citizens' feedback: the officers' desk (ADR 26)
    path("quan-tri/<int:pk>/phan-anh/", desk.inbox, name="feedback_desk"),
    path("quan-tri/phan-anh/<int:pk>/", desk.item, name="feedback_desk_item"),
    path("quan-tri/phan-anh/<int:pk>/tiep-nhan/", desk.accept, name="feedback_accept"),
    path("quan-tri/phan-anh/<int:pk>/khong-tiep-nhan/", desk.reject, name="feedback_reject"),
    path("quan-tri/phan-anh/<int:pk>/chuyen/", desk.forward, name="feedback_forward"),
    path("quan-tri/phan-anh/<int:pk>/tra-loi/", desk.answer_edit, name="feedback_answer_edit"),
    path(
        "quan-tri/phan-anh/<int:pk>/tep/<int:attachment_pk>/",
        desk.attachment,
        name="feedback_attachment",
    ),
    path("quan-tri/tra-loi/<int:pk>/trinh/", desk.answer_submit, name="feedback_answer_submit"),
    path(
        "quan-tri/tra-loi/<int:pk>/tra-lai/",
        desk.answer_send_back,
        name="feedback_answer_send_back",
    ),
    path("quan-tri/tra-loi/<int:pk>/ky/", desk.answer_issue, name="feedback_answer_issue"),
    path(
        "quan-tri/tra-loi/<int:pk>/tai-ve.docx",
        desk.answer_file,
        {"kind": "docx"},
        name="feedback_answer_docx",
    ),
    path(
        "quan-tri/tra-loi/<int:pk>/tai-ve.pdf",
        desk.answer_file,
        {"kind": "pdf"},
        name="feedback_answer_pdf",
    ),
    path("<slug:code>/", views.unit_site, name="unit_site"),
    path("<slug:code>/thu-tuc/", views.procedure_list, name="procedure_list"),
    path("<slug:code>/thu-tuc/<int:pk>/", views.procedure_detail, name="procedure_detail"),
    # citizens' feedback: the public side (ADR 26)
    path("<slug:code>/phan-anh/", views.feedback_form, name="feedback_form"),
    path("<slug:code>/phan-anh/da-gui/<str:receipt>/", views.feedback_sent, name="feedback_sent"),
    path("<slug:code>/tra-cuu/", views.feedback_lookup, name="feedback_lookup"),
    path("<slug:code>/tra-loi/", views.answer_list, name="answer_list"),
    path("<slug:code>/tra-loi/<int:pk>/", views.answer_detail, name="answer_detail"),
    path(
        "<slug:code>/tra-loi/<int:pk>/tra-loi.docx",
        views.answer_public_file,
        {"kind": "docx"},
        name="answer_docx",
    ),
    path(
        "<slug:code>/tra-loi/<int:pk>/tra-loi.pdf",
        views.answer_public_file,
        {"kind": "pdf"},
        name="answer_pdf",
    ),
]
