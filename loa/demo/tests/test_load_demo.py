"""`make run`'s data: the real hierarchy and a user for every role, who can all sign in."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from loa.accounts.models import Membership, Role
from loa.demo.services import DEMO_PASSWORD, USERS


def test_demo_users_sign_in_and_land_on_their_home(client, db, capsys):
    call_command("load_units")
    call_command("load_demo")
    call_command("load_demo")  # twice: nothing doubles
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out and "canbo" in out

    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == set(Role.values)
    demo_logins = Membership.objects.filter(user__username__in=[u.username for u in USERS])
    assert demo_logins.count() == sum(len(u.grants) for u in USERS)
    # the seeds' pre-2025 units have their offices too
    thuc_khang = Membership.objects.filter(unit__key="old-3-10969").first().unit
    assert thuc_khang.offices.filter(name="Văn hóa - Xã hội").exists()

    for demo in USERS:
        client.logout()
        response = client.post(
            reverse("accounts:login"),
            {"username": demo.username, "password": DEMO_PASSWORD},
            follow=True,
        )
        assert response.redirect_chain[-1][0] == reverse("home"), demo.username
        assert "Vai trò của bạn tại đơn vị" in response.text, demo.username


def test_demo_refuses_to_run_in_production(settings, db):
    settings.PRODUCTION = True
    with pytest.raises(CommandError):
        call_command("load_demo")


def test_demo_needs_the_hierarchy_first(db):
    with pytest.raises(CommandError, match="load_units"):
        call_command("load_demo")


def test_demo_documents_are_signed_as_the_seeds_are(db):
    """Seed 004's report block and seed 001's plan block come out of the demo data."""
    from loa.documents.docx import render_docx
    from loa.documents.inspect import docx_text, pdf_text
    from loa.documents.pdf import render_pdf
    from loa.plans.document import plan_document
    from loa.plans.models import Plan
    from loa.reports.document import report_document
    from loa.reports.models import Report

    call_command("load_units")
    call_command("load_demo")
    report = Report.objects.get(unit__key="old-3-10969", kind="annual", year=2023)
    plan = Plan.objects.get(unit__key="old-2-397", year=2021)
    for document, lines, absent in (
        (report_document(report), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Quang Sơn"], "KT."),
        (plan_document(plan), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Quang Trung"], "TM."),
    ):
        for text in (docx_text(render_docx(document)), pdf_text(render_pdf(document))):
            flat, at = " ".join(text.split()), 0
            signature = flat[flat.index("Nơi nhận:") :]
            for line in lines:
                at = signature.find(line, at)
                assert at >= 0, (line, signature[:300])
            assert absent not in signature


def test_demo_consolidated_third_quarter_of_hai_phong_holds_together(db):
    """Hải Phòng's consolidated Q3/2026 report, made from the demo: who sent (of 114), a
    table per unit, and targets measured on the communes, never against the city's log."""
    from loa.accounts.models import User
    from loa.documents.docx import render_docx
    from loa.documents.inspect import docx_text
    from loa.reports import services
    from loa.reports.document import report_document
    from loa.units.models import Unit

    call_command("load_units")
    call_command("load_demo")
    city = Unit.objects.get(key="new-1-31")
    report = services.report_create(
        unit=city,
        kind="quarter",
        year=2026,
        index=3,
        by=User.objects.get(username="tinh"),
        consolidated=True,
    )
    flat = " ".join(docx_text(render_docx(report_document(report))).split())
    assert "Có 7/114 đơn vị đã gửi báo cáo (6 đúng hạn, 1 gửi muộn)" in flat
    assert "Phụ lục II KẾT QUẢ CỦA TỪNG ĐƠN VỊ" in flat
    assert "đơn vị đạt trong kỳ" in flat
    assert "mới đạt" not in flat and "0%" not in flat and "Đạt 0/" not in flat


def test_demo_shows_who_appoints_a_communes_leader(client, db):
    """The commune's admin manages its officers; its leader is appointed from the city."""
    call_command("load_units")
    call_command("load_demo")
    leader = Membership.objects.get(user__username="lanhdao", role=Role.LEADER)
    edit = reverse("accounts:member_edit", args=[leader.pk])
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    client.force_login(users.get(username="quantri"))
    assert client.get(edit).status_code == 403
    client.force_login(users.get(username="tinh.quantri"))
    people = client.get(reverse("accounts:member_list", args=[leader.unit_id]))
    assert people.status_code == 200 and edit in people.text
    assert client.get(edit).status_code == 200


def test_demo_scores_hai_phongs_communes_for_this_year_and_the_last(client, db):
    from loa.dashboard.models import UnitScore
    from loa.units.models import Unit

    call_command("load_units")
    call_command("load_demo")
    for year in (2025, 2026):
        assert UnitScore.objects.filter(unit__parent__key="new-1-31", year=year).count() == 114
    assert UnitScore.objects.filter(year=2026, total__gt=0).exists()
    duong_an = Unit.objects.get(key="new-3-10972")
    client.post(reverse("accounts:login"), {"username": "tinh", "password": DEMO_PASSWORD})
    response = client.get(reverse("dashboard:score", args=[duong_an.key, 2026]))
    assert response.status_code == 200
    assert "Điểm tuyên truyền CCHC năm 2026: Xã Đường An" in response.text
    assert "/114" in response.text  # ranked among the city's communes
