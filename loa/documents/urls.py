"""The workflow URLs of a kind of document, for its urls.py: one call instead of six paths
written again for every kind."""

from django.urls import path

from . import views


def workflow_paths(*, submit, send_back, issue, build, send=None, issue_path="ky") -> list:
    """Paths for submit, send back, issue (and send, for kinds that go upward) and the
    DOCX / PDF downloads, each routed to the shared view with the kind's own service or
    document builder. Names: submit, send_back, issue, send, docx, pdf."""
    paths = [
        path("<int:pk>/trinh/", views.submit, {"service": submit}, name="submit"),
        path("<int:pk>/tra-lai/", views.send_back, {"service": send_back}, name="send_back"),
        path(f"<int:pk>/{issue_path}/", views.issue, {"service": issue}, name="issue"),
        path("<int:pk>/tai-ve.docx", views.download_docx, {"build": build}, name="docx"),
        path("<int:pk>/tai-ve.pdf", views.download_pdf, {"build": build}, name="pdf"),
    ]
    if send is not None:
        paths.append(path("<int:pk>/gui/", views.send, {"service": send}, name="send"))
    return paths
