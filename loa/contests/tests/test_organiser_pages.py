"""The organiser's side through the page: a contest made, edited, its bank of questions,
opened and closed, results with participants per unit and the ranking, the Excel, the
publication and its public page, the suspicious entries; and who may do it."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from docx import Document

from loa.contests import services
from loa.contests.models import (
    Attempt,
    Contest,
    ContestStatus,
    Option,
    Participant,
    Question,
    ResultsDecision,
)
from loa.documents.models import DocumentStatus

from .helpers import contest_open

pytestmark = pytest.mark.django_db


def take(contest, unit, phone, *, right, prediction, seconds, name="Người dự thi", ip="1.2.3.4"):
    participant = Participant.objects.create(
        contest=contest,
        name=name,
        phone=phone,
        place="Thôn Đông",
        age_group="18-30",
        unit=unit,
        ip_hash=services.ip_hash(ip),
    )
    attempt = services.attempt_start(participant=participant)
    picked = {}
    for n, question_id in enumerate(attempt.question_ids):
        options = Option.objects.filter(question_id=question_id)
        good = options.get(is_correct=True) if n < right else options.filter(is_correct=False)[0]
        picked[question_id] = good.pk
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=timezone.now() - datetime.timedelta(seconds=seconds)
    )
    attempt.refresh_from_db()
    return services.attempt_submit(attempt=attempt, picked=picked, prediction=prediction)


def test_an_officer_makes_a_contest_and_its_bank(client, offices, province_officer):
    province = offices["P"]
    client.force_login(province_officer)
    made = client.post(reverse("contests:create", args=[province.pk]), {"title": "Tìm hiểu CCHC"})
    contest = Contest.objects.get()
    assert made["Location"] == reverse("contests:edit", args=[contest.pk])
    added = client.post(
        reverse("contests:question_add", args=[contest.pk]),
        {
            "text": "Cơ quan nào chủ trì CCHC?",
            "a": "UBND",
            "b": "HĐND",
            "c": "",
            "d": "",
            "correct": "B",
        },
    )
    assert added.status_code == 302
    question = Question.objects.get()
    assert [(o.text, o.is_correct) for o in question.options.all()] == [
        ("UBND", False),
        ("HĐND", True),
    ]
    refused = client.post(
        reverse("contests:question_edit", args=[question.pk]),
        {"text": "Sửa lại", "a": "UBND", "b": "HĐND", "c": "", "d": "", "correct": "D"},
    )
    assert refused.status_code == 400
    assert "Phương án D đang để trống" in refused.text and "Sửa lại" in refused.text
    edit = client.get(reverse("contests:edit", args=[contest.pk]))
    assert "HĐND <strong>(đáp án đúng)</strong>" in edit.text


def test_opening_needs_enough_questions(client, offices, province_officer):
    contest = services.contest_create(unit=offices["P"], by=province_officer, title="Thi")
    services.question_save(
        question=Question(contest=contest, text="Một câu"),
        options=["A", "B"],
        correct=0,
        by=province_officer,
    )
    client.force_login(province_officer)
    page = client.post(reverse("contests:open", args=[contest.pk]), follow=True)
    assert "Mỗi lượt thi rút 10 câu hỏi nhưng bộ câu hỏi mới có 1 câu" in page.text
    contest.refresh_from_db()
    assert contest.status == ContestStatus.DRAFT


def test_the_bank_is_frozen_once_open(client, offices, province_officer):
    contest = contest_open(offices["P"], province_officer)
    client.force_login(province_officer)
    question = contest.questions.first()
    assert client.get(reverse("contests:question_edit", args=[question.pk])).status_code == 403
    assert client.post(reverse("contests:question_delete", args=[question.pk])).status_code == 403


def test_a_commune_officer_cannot_run_the_provinces_contest(
    client, offices, province_officer, personas
):
    contest = contest_open(offices["P"], province_officer)
    client.force_login(personas["officer_a"])
    assert client.get(reverse("contests:edit", args=[contest.pk])).status_code == 403
    assert client.get(reverse("contests:results", args=[contest.pk])).status_code == 403


def test_results_rank_by_score_then_prediction_then_time(client, offices, province_officer):
    contest = contest_open(offices["P"], province_officer)
    a, c = offices["A"], offices["C"]
    take(contest, a, "0900000001", right=3, prediction=10, seconds=100, name="Chậm hơn")
    take(contest, a, "0900000002", right=3, prediction=10, seconds=50, name="Nhanh hơn")
    take(contest, c, "0900000003", right=3, prediction=4, seconds=200, name="Đoán sát")
    take(contest, c, "0900000004", right=4, prediction=900, seconds=300, name="Điểm cao")
    ranking = [r.participant.name for r in services.queries.ranking(contest)]
    assert ranking == ["Điểm cao", "Đoán sát", "Nhanh hơn", "Chậm hơn"]

    client.force_login(province_officer)
    page = " ".join(client.get(reverse("contests:results", args=[contest.pk])).text.split())
    assert f'<th scope="row">{a.name}</th><td>2</td><td>2</td>' in page
    assert f'<th scope="row">{c.name}</th><td>2</td><td>2</td>' in page
    book = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("contests:xlsx", args=[contest.pk])).content)
    )
    cells = [c for row in book.active.iter_rows(values_only=True) for c in row if c is not None]
    assert a.name in cells and c.name in cells


def test_the_leader_publishes_and_the_public_sees_winners_without_phones(
    client, offices, province_officer, province_leader
):
    contest = contest_open(
        offices["P"],
        province_officer,
        first_prizes=1,
        second_prizes=1,
        third_prizes=0,
        consolation_prizes=0,
    )
    take(contest, offices["A"], "0900000001", right=4, prediction=2, seconds=60, name="Trần An")
    take(contest, offices["C"], "0900000002", right=2, prediction=2, seconds=60, name="Lê Bình")
    take(contest, offices["C"], "0900000003", right=1, prediction=2, seconds=60, name="Phạm Cúc")
    services.contest_close(contest=contest, by=province_officer)
    public = reverse("contests:public_results", args=[offices["P"].code, contest.pk])
    assert client.get(public).status_code == 404  # not before publication
    client.force_login(province_officer)
    results = reverse("contests:results", args=[contest.pk])
    early = client.post(reverse("contests:publish", args=[contest.pk]))
    assert early.status_code == 403  # the officer does not publish
    client.post(reverse("contests:decision_submit", args=[contest.pk]))
    decision = ResultsDecision.objects.get(contest=contest)
    assert decision.status == "submitted" and decision.number is None
    assert [p["name"] for p in decision.prizes] == ["Trần An", "Lê Bình"]

    client.force_login(province_leader)
    page = client.get(results).text
    assert "Ký ban hành và công bố kết quả" in page
    client.post(reverse("contests:publish", args=[contest.pk]))
    decision.refresh_from_db()
    contest.refresh_from_db()
    assert decision.status == "issued" and decision.number == 1
    assert contest.status == ContestStatus.PUBLISHED
    docx = client.get(reverse("contests:decision_file", args=[contest.pk, "docx"]))
    text = "\n".join(
        cell.text
        for table in Document(io.BytesIO(docx.content)).tables
        for row in table.rows
        for cell in row.cells
    ) + "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "QUYẾT ĐỊNH" in text and "Số: 01/QĐ-UBND" in text
    assert "Trần An" in text and "Giải Nhất" in text and "0900000001" not in text
    pdf = client.get(reverse("contests:decision_file", args=[contest.pk, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert (
        client.get(reverse("contests:decision_file", args=[contest.pk, "odt"])).status_code == 404
    )

    client.logout()
    page = " ".join(client.get(public).text.split())
    assert f"<td>Giải Nhất</td><td>Trần An</td><td>{offices['A'].name}</td>" in page
    assert "<td>Giải Nhì</td><td>Lê Bình</td>" in page
    assert "Phạm Cúc" not in page and "0900000001" not in page


def test_the_suspicious_entries(client, offices, province_officer):
    contest = contest_open(offices["P"], province_officer)
    for n in range(5):
        take(
            contest,
            offices["A"],
            f"09111111{n:02d}",
            right=1,
            prediction=1,
            seconds=120,
            ip="10.0.0.9",
        )
    take(contest, offices["C"], "0988888888", right=4, prediction=1, seconds=3, ip="10.0.0.1")
    take(contest, offices["C"], "0988888889", right=1, prediction=1, seconds=120, ip="10.0.0.2")
    client.force_login(province_officer)
    page = client.get(reverse("contests:suspicious", args=[contest.pk])).text
    assert "Nhiều người đăng ký từ một địa chỉ mạng" in page and "5 người" in page
    assert "Làm bài nhanh bất thường" in page and "4 câu trong 3 giây" in page
    assert "0988888888 và 0988888889 chỉ khác một chữ số" in page


def test_the_units_page_links_its_officers_to_the_contests(client, offices, province_officer):
    client.force_login(province_officer)
    page = client.get(reverse("portal:unit_site", args=[offices["P"].code])).text
    assert reverse("contests:list", args=[offices["P"].pk]) in page


def test_the_leader_sends_the_draft_decision_back_and_the_reason_is_kept_when_missing(
    client, offices, province_officer, province_leader
):
    contest = contest_open(offices["P"], province_officer)
    services.contest_close(contest=contest, by=province_officer)
    services.decision_submit(contest=contest, by=province_officer)
    client.force_login(province_leader)
    url = reverse("contests:decision_send_back", kwargs={"pk": contest.pk})
    refused = client.post(url, {"reason": "  "})
    assert refused.status_code == 400
    assert "lý do" in refused.content.decode().lower()
    assert ResultsDecision.objects.get(contest=contest).status == DocumentStatus.SUBMITTED
    sent = client.post(url, {"reason": "Sửa tên đơn vị của người đạt giải Nhì."})
    assert sent.status_code == 302
    decision = ResultsDecision.objects.get(contest=contest)
    assert decision.status == DocumentStatus.DRAFT
    assert decision.return_reason == "Sửa tên đơn vị của người đạt giải Nhì."
    client.force_login(province_officer)
    page = client.get(reverse("contests:results", kwargs={"pk": contest.pk})).content.decode()
    assert "Lý do trả lại: Sửa tên đơn vị của người đạt giải Nhì." in page
    assert "Trình dự thảo quyết định công nhận kết quả" in page  # submitted again from here
