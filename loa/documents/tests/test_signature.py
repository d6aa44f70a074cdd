"""Who signs, and how the block reads (Decree 30/2020, Phụ lục I, II.7): the authority
comes from the signer's position at the unit and the kind of document, and the rendered
DOCX and PDF print the signer's real position and name."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from conftest import member
from loa.accounts.models import Membership, Role
from loa.core.tests.pages import form_data
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, pdf_text
from loa.documents.models import SignatureAuthority
from loa.documents.pdf import render_pdf
from loa.documents.signature import authority_for, signature_block, signer_fields
from loa.plans import services as plans
from loa.plans.document import plan_document
from loa.reports import services as reports
from loa.reports.document import report_document


@pytest.mark.parametrize(
    ("position", "delegation", "expected"),
    [
        ("Chủ tịch", "", SignatureAuthority.TM),
        ("Chủ tịch UBND xã", "", SignatureAuthority.TM),
        ("Phó Chủ tịch", "", SignatureAuthority.KT),
        ("phó  chủ tịch", "", SignatureAuthority.KT),
        ("Phó Chủ tịch", "acting", SignatureAuthority.Q),
        ("Chánh Văn phòng", "", SignatureAuthority.TL),
        ("Chánh Văn phòng", "authorised", SignatureAuthority.TUQ),
    ],
)
def test_authority_follows_position_and_delegation(position, delegation, expected):
    assert authority_for(position=position, delegation=delegation) == expected


@pytest.mark.parametrize(
    ("authority", "for_collective", "lines"),
    [
        ("tm", True, ["TM. ỦY BAN NHÂN DÂN"]),
        ("kt", True, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]),
        ("kt", False, ["KT. CHỦ TỊCH"]),
        ("q", True, ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"]),
        ("tl", True, ["TL. CHỦ TỊCH"]),
        ("tuq", True, ["TUQ. CHỦ TỊCH"]),
        ("head", True, []),
    ],
)
def test_signature_block_lines(authority, for_collective, lines):
    block = signature_block(
        authority=authority,
        position="Phó Chủ tịch",
        name="Lê Quang Trung",
        for_collective=for_collective,
    )
    assert block.authority_lines == lines
    assert (block.position, block.name) == ("PHÓ CHỦ TỊCH", "Lê Quang Trung")


def test_plans_and_reports_are_not_signed_by_order_or_without_a_position():
    with pytest.raises(ValidationError, match="Chủ tịch, Phó Chủ tịch"):
        signer_fields(name="Lê Thị Thu", position="Chánh Văn phòng", noun="kế hoạch")
    with pytest.raises(ValidationError, match="chưa có chức vụ"):
        signer_fields(name="Lê Thị Thu", position="  ")


def _lines_in_order(text: str, lines: list[str]) -> bool:
    flat, at = " ".join(text.split()), 0
    for line in lines:
        at = flat.find(line, at)
        if at < 0:
            return False
        at += len(line)
    return True


def _rendered(document) -> dict[str, str]:
    return {
        "docx": docx_text(render_docx(document)),
        "pdf": pdf_text(render_pdf(document)).replace("\f", "\n"),
    }


def _submitted_plan(unit, officer):
    plan = plans.plan_create_from_template(unit=unit, year=timezone.localdate().year, by=officer)
    return plans.plan_submit(plan=plan, by=officer)


def _issued_plan(unit, officer, signer):
    plan = _submitted_plan(unit, officer)
    return plans.plan_issue(plan=plan, by=signer, on=timezone.localdate())


def _issued_report(unit, officer, signer):
    year = timezone.localdate().year - 1
    report = reports.report_create(unit=unit, kind="annual", year=year, by=officer)
    reports.report_submit(report=report, by=officer)
    return reports.report_issue(report=report, by=signer, on=timezone.localdate())


@pytest.mark.parametrize("kind", ["plan", "report"])
def test_a_deputy_signs_kt_chu_tich_with_their_own_name(offices, personas, kind):
    unit = offices["A"]
    deputy = member(unit, Role.LEADER, full_name="Lê Quang Trung")
    Membership.objects.filter(user=deputy).update(position="Phó Chủ tịch")
    unit.deputy_signs_under_collective = False
    unit.save(update_fields=["deputy_signs_under_collective"])
    if kind == "plan":
        document = plan_document(_issued_plan(unit, personas["officer_a"], deputy))
    else:
        document = report_document(_issued_report(unit, personas["officer_a"], deputy))
    for name, text in _rendered(document).items():
        assert _lines_in_order(text, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Quang Trung"]), name
        assert "TM. ỦY BAN NHÂN DÂN" not in text, name


@pytest.mark.parametrize("kind", ["plan", "report"])
def test_a_deputy_under_the_collective_line_when_the_unit_wants_it(offices, personas, kind):
    unit = offices["A"]  # the default: "TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH"
    deputy = member(unit, Role.LEADER, full_name="Trần Văn Minh")
    Membership.objects.filter(user=deputy).update(position="Phó Chủ tịch")
    if kind == "plan":
        document = plan_document(_issued_plan(unit, personas["officer_a"], deputy))
    else:
        document = report_document(_issued_report(unit, personas["officer_a"], deputy))
    expected = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Minh"]
    for name, text in _rendered(document).items():
        assert _lines_in_order(text, expected), name


@pytest.mark.parametrize("kind", ["plan", "report"])
def test_the_head_signs_tm_uy_ban_nhan_dan_chu_tich(offices, personas, kind):
    unit = offices["A"]
    head = member(unit, Role.LEADER, full_name="Bùi Quang Sơn")  # position: Chủ tịch
    if kind == "plan":
        document = plan_document(_issued_plan(unit, personas["officer_a"], head))
    else:
        document = report_document(_issued_report(unit, personas["officer_a"], head))
    for name, text in _rendered(document).items():
        assert _lines_in_order(text, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Quang Sơn"]), name
        assert "KT." not in text, name


def test_issue_page_shows_the_block_that_will_be_printed(client, offices, personas):
    deputy = member(offices["A"], Role.LEADER, full_name="Trần Văn Minh")
    Membership.objects.filter(user=deputy).update(position="Phó Chủ tịch")
    draft = _submitted_plan(offices["A"], personas["officer_a"])
    client.force_login(deputy)
    page = client.get(reverse("plans:issue", args=[draft.pk]))
    assert page.status_code == 200
    assert "KT. CHỦ TỊCH" in page.text and "PHÓ CHỦ TỊCH" in page.text
    assert "Trần Văn Minh" in page.text


def test_a_leader_without_a_position_is_told_why_and_nothing_is_issued(client, offices, personas):
    leader = member(offices["A"], Role.LEADER)
    Membership.objects.filter(user=leader).update(position="")
    draft = _submitted_plan(offices["A"], personas["officer_a"])
    client.force_login(leader)
    page = client.get(reverse("plans:issue", args=[draft.pk]))
    assert "chưa có chức vụ tại đơn vị này" in page.text
    response = client.post(
        reverse("plans:issue", args=[draft.pk]),
        {"issued_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 400
    assert "chưa có chức vụ tại đơn vị này" in response.text
    draft.refresh_from_db()
    assert draft.number is None and draft.status == "submitted"


def test_unit_admin_sets_position_and_deputy_setting_through_the_pages(client, offices, personas):
    unit = offices["A"]
    deputy = member(unit, Role.LEADER, full_name="Trần Văn Minh")
    membership = Membership.objects.get(user=deputy)
    # a leader's position is set by the unit admin above (ADR 17), the setting by the unit's
    client.force_login(member(offices["P"], Role.UNIT_ADMIN))
    url = reverse("accounts:member_edit", args=[membership.pk])
    seen = form_data(client.get(url).text, "seen_version")["seen_version"]
    response = client.post(
        url,
        {
            "role": Role.LEADER,
            "position": "Phó Chủ tịch",
            "delegation": "",
            "is_active": "on",
            "seen_version": seen,
        },
    )
    assert response.status_code == 302
    client.force_login(personas["admin_a"])
    response = client.post(reverse("accounts:unit_settings", args=[unit.pk]), {})
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.deputy_signs_under_collective is False

    draft = _submitted_plan(unit, personas["officer_a"])
    client.force_login(deputy)
    client.post(
        reverse("plans:issue", args=[draft.pk]), {"issued_on": timezone.localdate().isoformat()}
    )
    draft.refresh_from_db()
    assert draft.signature_authority == SignatureAuthority.KT
    assert not draft.signed_for_collective
    assert (draft.signer_position, draft.signer_name) == ("Phó Chủ tịch", "Trần Văn Minh")
