"""The real hierarchy, loaded from vietnam-provinces: one test, since a load takes seconds."""

import datetime

from django.core.management import call_command

from loa.units.models import Kind, Level, Office, Unit, UnitSuccession


def _current():
    return Unit.objects.filter(valid_to__isnull=True)


def _legacy():
    return Unit.objects.filter(valid_to__isnull=False)


def test_load_units_builds_both_trees_and_a_second_run_changes_nothing(db, capsys):
    call_command("load_units")
    out = capsys.readouterr().out
    assert "34 tỉnh, thành phố; 3321 xã, phường, đặc khu" in out

    # After 1 July 2025: 34 provinces, 3,321 communes (2,621 xã, 687 phường, 13 đặc khu).
    assert _current().filter(level=Level.PROVINCE).count() == 34
    communes = _current().filter(level=Level.COMMUNE)
    assert communes.count() == 3321
    assert communes.filter(kind=Kind.COMMUNE).count() == 2621
    assert communes.filter(kind=Kind.WARD).count() == 687
    assert communes.filter(kind=Kind.SPECIAL_ZONE).count() == 13
    assert not _current().filter(level=Level.DISTRICT).exists()
    assert set(_current().values_list("valid_from", flat=True)) == {datetime.date(2025, 7, 1)}

    # Before: 63 provinces, their districts and communes, valid until 30 June 2025.
    assert _legacy().filter(level=Level.PROVINCE).count() == 63
    assert _legacy().filter(level=Level.DISTRICT).count() == 696
    assert _legacy().filter(level=Level.COMMUNE).count() == 10051

    # Official codes, zero-padded; full official names.
    hanoi = _current().get(level=Level.PROVINCE, code="01")
    assert hanoi.name == "Thành phố Hà Nội" and hanoi.kind == Kind.CENTRAL_CITY
    dinh_bien = _legacy().get(level=Level.COMMUNE, code="05575")
    assert dinh_bien.name == "Xã Định Biên" and dinh_bien.short_name == "Định Biên"

    # The seeds' units sit under their real districts.
    seeds = {
        "Thọ Lộc": ("Huyện Thọ Xuân", "Tỉnh Thanh Hóa"),
        "Long Xuyên": ("Thị xã Kinh Môn", "Tỉnh Hải Dương"),
        "Định Biên": ("Huyện Định Hóa", "Tỉnh Thái Nguyên"),
        "Thúc Kháng": ("Huyện Bình Giang", "Tỉnh Hải Dương"),
    }
    for name, (district, province) in seeds.items():
        unit = _legacy().get(level=Level.COMMUNE, short_name=name, parent__name=district)
        assert unit.parent.parent.name == province
        assert [a.name for a in unit.ancestors()] == [district, province]
        assert unit.path.startswith(unit.parent.parent.path)
    assert _legacy().get(level=Level.DISTRICT, name="Huyện Triệu Sơn").parent.name == (
        "Tỉnh Thanh Hóa"
    )

    # Old → new links: xã Thúc Kháng became part of Hải Phòng's Đường An and Thượng Hồng.
    thuc_khang = _legacy().get(level=Level.COMMUNE, short_name="Thúc Kháng")
    successors = {u.name: u.parent.name for u in thuc_khang.successors.all()}
    assert successors == {
        "Xã Đường An": "Thành phố Hải Phòng",
        "Xã Thượng Hồng": "Thành phố Hải Phòng",
    }
    hai_duong = _legacy().get(level=Level.PROVINCE, name="Tỉnh Hải Dương")
    assert [u.name for u in hai_duong.successors.all()] == ["Thành phố Hải Phòng"]

    # Every current unit has its default offices; a ward gets the urban economic office.
    assert not _current().filter(offices__isnull=True).exists()
    duong_an = _current().get(level=Level.COMMUNE, short_name="Đường An")
    assert "Phòng Văn hóa - Xã hội" in set(duong_an.offices.values_list("name", flat=True))
    ward = _current().filter(kind=Kind.WARD).first()
    assert ward.offices.filter(name="Phòng Kinh tế, Hạ tầng và Đô thị").exists()
    assert _current().get(code="31", level=Level.PROVINCE).offices.filter(name="Sở Nội vụ").exists()

    # A second run changes nothing.
    counts = (Unit.objects.count(), UnitSuccession.objects.count(), Office.objects.count())
    snapshot = set(Unit.objects.values_list("key", "name", "parent_id", "path"))
    call_command("load_units")
    assert "thêm 0, cập nhật 0, liên kết sáp nhập mới 0, cơ quan mặc định mới 0" in (
        capsys.readouterr().out
    )
    assert (Unit.objects.count(), UnitSuccession.objects.count(), Office.objects.count()) == counts
    assert set(Unit.objects.values_list("key", "name", "parent_id", "path")) == snapshot

    # A unit whose name drifted from the source is corrected, not duplicated.
    Unit.objects.filter(key="new-1-31").update(name="Tên cũ")
    call_command("load_units")
    assert "thêm 0, cập nhật 1," in capsys.readouterr().out
    assert Unit.objects.get(key="new-1-31").name == "Thành phố Hải Phòng"
    assert Unit.objects.count() == counts[0]
