"""An issued document is rendered once for all who download it, and again as soon as what it
says changes (issue #10, finding 4: every viewer of an issued plan triggered a render)."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from loa.documents import docx as docx_writer
from loa.documents import pdf as pdf_writer
from loa.documents.inspect import docx_text, pdf_text
from loa.plans.models import Plan


@pytest.fixture
def renders(monkeypatch):
    """How many times each writer ran."""
    cache.clear()
    counts = {"docx": 0, "pdf": 0}
    new_word, build = docx_writer.new_word_document, pdf_writer.BaseDocTemplate.build

    def counting_word(*args, **kwargs):
        counts["docx"] += 1
        return new_word(*args, **kwargs)

    def counting_build(self, *args, **kwargs):
        counts["pdf"] += 1
        return build(self, *args, **kwargs)

    monkeypatch.setattr(docx_writer, "new_word_document", counting_word)
    monkeypatch.setattr(pdf_writer.BaseDocTemplate, "build", counting_build)
    yield counts
    cache.clear()


def test_issued_plan_is_rendered_once_for_every_viewer(
    client, upper_plan, province_officer, personas, renders
):
    for viewer in (province_officer, personas["supervisor_p"], province_officer):
        client.force_login(viewer)
        for kind in ("docx", "pdf"):
            response = client.get(reverse(f"plans:{kind}", args=[upper_plan.pk]))
            assert response.status_code == 200
            assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    assert renders == {"docx": 1, "pdf": 1}


def test_rendering_kept_for_an_issued_plan_follows_what_it_says(
    client, upper_plan, province_officer, renders
):
    client.force_login(province_officer)
    docx_url = reverse("plans:docx", args=[upper_plan.pk])
    pdf_url = reverse("plans:pdf", args=[upper_plan.pk])
    client.get(docx_url), client.get(pdf_url)
    Plan.objects.filter(pk=upper_plan.pk).update(title="Tuyên truyền chuyển đổi số năm 2026")
    assert "Tuyên truyền chuyển đổi số năm 2026" in docx_text(client.get(docx_url).content)
    assert "Tuyên truyền chuyển đổi số năm 2026" in pdf_text(client.get(pdf_url).content)
    assert renders == {"docx": 2, "pdf": 2}


def test_draft_is_rendered_at_each_download(client, draft, personas, renders):
    client.force_login(personas["officer_a"])
    for _ in range(2):
        assert client.get(reverse("plans:pdf", args=[draft.pk])).status_code == 200
    assert renders["pdf"] == 2
