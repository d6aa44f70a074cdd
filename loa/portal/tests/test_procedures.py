"""The procedures catalogue of a unit's level, as an anonymous visitor searches it."""

import datetime

import pytest
from django.urls import reverse

from loa.demo.seed_procedures import PROCEDURES, procedures_load
from loa.portal.models import ChangeStatus, Procedure, ProcedureChange
from loa.units.models import Level
from loa.units.tests.factories import CommuneFactory

from .factories import ProcedureFactory

pytestmark = pytest.mark.django_db


def listing(unit):
    return reverse("portal:procedure_list", kwargs={"code": unit.code})


def detail(unit, procedure):
    return reverse("portal:procedure_detail", kwargs={"code": unit.code, "pk": procedure.pk})


def test_a_procedure_is_found_without_diacritics(client, tree):
    birth = ProcedureFactory(name="Đăng ký khai sinh", field="Hộ tịch")
    marriage = ProcedureFactory(name="Đăng ký kết hôn", field="Hộ tịch")
    page = client.get(listing(tree["A"]), {"q": "dang ky khai sinh"}).content.decode()
    assert f'href="{detail(tree["A"], birth)}"' in page
    assert detail(tree["A"], marriage) not in page


def test_the_search_finds_by_field_and_by_code(client, tree):
    copy = ProcedureFactory(name="Chứng thực bản sao từ bản chính", field="Chứng thực")
    coded = ProcedureFactory(name="Thủ tục có mã", code="1.000894")
    page = client.get(listing(tree["A"]), {"q": "CHUNG THUC"}).content.decode()
    assert detail(tree["A"], copy) in page and detail(tree["A"], coded) not in page
    page = client.get(listing(tree["A"]), {"q": "1.000894"}).content.decode()
    assert detail(tree["A"], coded) in page and detail(tree["A"], copy) not in page


def test_a_commune_lists_only_commune_level_procedures(client, tree):
    commune = ProcedureFactory(name="Đăng ký khai tử")
    province = ProcedureFactory(name="Cấp giấy phép xây dựng", level=Level.PROVINCE)
    page = client.get(listing(tree["A"])).content.decode()
    assert "Đăng ký khai tử" in page and "Cấp giấy phép xây dựng" not in page
    assert client.get(detail(tree["A"], province)).status_code == 404
    assert client.get(detail(tree["A"], commune)).status_code == 200


def test_no_match_says_so_and_keeps_the_words(client, tree):
    ProcedureFactory(name="Đăng ký khai sinh")
    page = client.get(listing(tree["A"]), {"q": "xay dung nha"}).content.decode()
    assert "Không tìm thấy thủ tục nào" in page
    assert 'value="xay dung nha"' in page


def test_a_procedures_page_shows_what_to_bring_and_its_announcements(client, tree):
    procedure = ProcedureFactory(
        name="Đăng ký khai sinh",
        processing_time="Ngay trong ngày",
        fee="Miễn lệ phí khi đăng ký đúng hạn.",
        documents="Tờ khai đăng ký khai sinh theo mẫu.\nGiấy chứng sinh.",
        steps="Nộp hồ sơ tại Bộ phận Một cửa.",
        legal_basis="Luật Hộ tịch số 60/2014/QH13",
        portal_url="https://dichvucong.gov.vn/",
    )
    ProcedureChange.objects.create(
        procedure=procedure,
        status=ChangeStatus.AMENDED,
        decision_number="12/QĐ-UBND",
        decision_date=datetime.date(2025, 7, 10),
    )
    page = client.get(detail(tree["A"], procedure)).content.decode()
    assert "<h1>Đăng ký khai sinh</h1>" in page
    for text in (
        "Giấy chứng sinh.",
        "Miễn lệ phí",
        "Nộp hồ sơ tại Bộ phận Một cửa.",
        "Luật Hộ tịch số 60/2014/QH13",
        'href="https://dichvucong.gov.vn/"',
        "Sửa đổi, bổ sung",
        "Quyết định số 12/QĐ-UBND ngày 10/07/2025",
    ):
        assert text in page, text
    assert "Chưa cập nhật" in page  # no code: never guessed


def test_a_former_unit_has_no_catalogue(client, tree):
    old = CommuneFactory(valid_to=datetime.date(2025, 6, 30))
    assert client.get(listing(old)).status_code == 404


def test_the_demo_procedures_load_once_and_carry_no_invented_code(db):
    assert procedures_load() == len(PROCEDURES)
    assert procedures_load() == 0
    assert Procedure.objects.count() == len(PROCEDURES)
    # the one code public sources give (see seed_procedures); none other is guessed
    coded = dict(Procedure.objects.exclude(code="").values_list("name", "code"))
    assert coded == {"Đăng ký khai sinh": "1.001193"}
    assert Procedure.objects.filter(search_text__contains="dang ky khai sinh").exists()


def test_the_list_narrows_to_one_field_and_refuses_an_unknown_one(client, tree):
    birth = ProcedureFactory(name="Đăng ký khai sinh", field="Hộ tịch")
    copy = ProcedureFactory(name="Chứng thực chữ ký", field="Chứng thực")
    page = client.get(listing(tree["A"]), {"linh_vuc": "Chứng thực"}).content.decode()
    assert detail(tree["A"], copy) in page and detail(tree["A"], birth) not in page
    assert '<option value="Chứng thực" selected>' in page
    response = client.get(listing(tree["A"]), {"q": "dang ky", "linh_vuc": "Đất đai"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Lĩnh vực này không có trong danh mục" in page
    assert 'value="dang ky"' in page


def test_an_abolished_procedure_keeps_its_page_marked_but_leaves_the_search(client, tree):
    gone = ProcedureFactory(
        name="Đăng ký kết hôn lưu động", abolished_on=datetime.date(2026, 3, 15)
    )
    ProcedureChange.objects.create(
        procedure=gone,
        status=ChangeStatus.ABOLISHED,
        decision_number="1234/QĐ-UBND",
        decision_date=datetime.date(2026, 3, 15),
    )
    assert (
        detail(tree["A"], gone)
        not in client.get(listing(tree["A"]), {"q": "ket hon"}).content.decode()
    )
    page = client.get(detail(tree["A"], gone)).content.decode()
    assert "Thủ tục này đã bị bãi bỏ từ ngày 15/03/2026" in page
    assert "theo Quyết định số 1234/QĐ-UBND ngày 15/03/2026" in page
