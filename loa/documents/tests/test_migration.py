"""Plans and reports made before the document core keep everything when they move onto it:
numbers and registers, signature blocks as they were printed, positions, the parent-body
line of reports. The data is made with the models as they were (the migration state
before), then migrated forward."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("accounts", "0002_initial"),
    ("units", "0002_vietnamese_collation"),
    ("plans", "0006_versions_of_tasks_and_targets"),
    ("reports", "0001_initial"),
]
AFTER = [
    ("accounts", "0003_position_on_membership"),
    ("units", "0003_deputy_signature_setting"),
    ("documents", "0001_initial"),
    ("plans", "0007_plan_on_document_core"),
    ("reports", "0002_report_on_document_core"),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def old_schema(transactional_db):
    """The schema before the document core; the latest one again afterwards, whatever
    the test's outcome."""
    yield _migrate(BEFORE)
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_existing_plans_and_reports_migrate_without_loss(old_schema):
    old = old_schema
    Unit, User = old.get_model("units", "Unit"), old.get_model("accounts", "User")
    Membership = old.get_model("accounts", "Membership")
    Plan, Register = old.get_model("plans", "Plan"), old.get_model("plans", "DocumentRegister")
    Report = old.get_model("reports", "Report")

    province = Unit.objects.create(
        key="new-1-99",
        code="99",
        level=1,
        kind="tinh",
        name="Tỉnh Thử",
        short_name="Thử",
        path="/new-1-99/",
    )
    district = Unit.objects.create(
        key="old-2-999",
        code="999",
        level=2,
        kind="huyen",
        name="Huyện Cũ",
        short_name="Cũ",
        path="/old-1-98/old-2-999/",
        valid_to=datetime.date(2025, 6, 30),
    )
    commune = Unit.objects.create(
        key="old-3-99999",
        code="99999",
        level=3,
        kind="xa",
        name="Xã Mẫu",
        short_name="Mẫu",
        parent=district,
        path="/old-1-98/old-2-999/old-3-99999/",
        valid_to=datetime.date(2025, 6, 30),
    )
    leader = User.objects.create(
        username="pct", full_name="Lê Quang Trung", position="Phó Chủ tịch UBND huyện"
    )
    Membership.objects.create(user=leader, unit=district, role="leader")
    common = {"status": "issued", "issued_on": datetime.date(2024, 1, 8), "recipients": "Lưu: VT."}
    plan_tm_kt = Plan.objects.create(
        unit=province,
        year=2024,
        title="KH tỉnh",
        number=3,
        signature_authority="tm_kt",
        signer_position="Phó Chủ tịch",
        signer_name="Đỗ Thanh Bình",
        **common,
    )
    plan_kt = Plan.objects.create(
        unit=district,
        year=2024,
        title="KH huyện",
        number=4,
        signature_authority="kt",
        signer_position="Phó Chủ tịch",
        signer_name="Lê Quang Trung",
        signed_by=leader,
        **common,
    )
    plan_head = Plan.objects.create(
        unit=commune,
        year=2024,
        title="KH xã",
        number=1,
        signature_authority="head",
        signer_position="Chủ tịch",
        signer_name="Phạm Văn Giang",
        show_parent_body=True,
        **common,
    )
    Register.objects.create(unit=province, year=2024, symbol="KH-UBND", last_number=3)
    report = Report.objects.create(
        unit=commune,
        kind="annual",
        year=2023,
        index=1,
        title="BC năm 2023",
        period_start=datetime.date(2022, 12, 15),
        period_end=datetime.date(2023, 12, 14),
        status="sent",
        number=1,
        issued_on=datetime.date(2023, 12, 21),
        addressee="UBND huyện Cũ",
        signature_authority="tm",
        signer_position="Chủ tịch",
        signer_name="Bùi Quang Sơn",
        sent_at=datetime.datetime(2023, 12, 21, 8, tzinfo=datetime.UTC),
        frozen={"channels": {}},
        recipients="Phòng Nội vụ huyện (báo cáo);\nLưu: VT.",
    )

    new = _migrate(AFTER)
    Plan, Report = new.get_model("plans", "Plan"), new.get_model("reports", "Report")
    Register = new.get_model("documents", "DocumentRegister")
    Membership = new.get_model("accounts", "Membership")

    def block(doc):
        return (
            doc.signature_authority,
            doc.signed_for_collective,
            doc.signer_position,
            doc.signer_name,
        )

    assert block(Plan.objects.get(pk=plan_tm_kt.pk)) == (
        "kt",
        True,
        "Phó Chủ tịch",
        "Đỗ Thanh Bình",
    )
    assert block(Plan.objects.get(pk=plan_kt.pk)) == ("kt", False, "Phó Chủ tịch", "Lê Quang Trung")
    assert block(Plan.objects.get(pk=plan_head.pk))[0] == "head"
    assert [(p.number, p.issued_on, p.status) for p in Plan.objects.order_by("pk")] == [
        (3, datetime.date(2024, 1, 8), "issued"),
        (4, datetime.date(2024, 1, 8), "issued"),
        (1, datetime.date(2024, 1, 8), "issued"),
    ]
    assert Plan.objects.get(pk=plan_kt.pk).signed_by_id == leader.pk
    assert list(Register.objects.values_list("unit_id", "year", "symbol", "last_number")) == [
        (province.pk, 2024, "KH-UBND", 3)
    ]
    migrated = Report.objects.get(pk=report.pk)
    assert (migrated.status, migrated.number, migrated.addressee, migrated.frozen) == (
        "sent",
        1,
        "UBND huyện Cũ",
        {"channels": {}},
    )
    assert migrated.show_parent_body  # reports of old-tree communes printed the district
    assert block(migrated) == ("tm", True, "Chủ tịch", "Bùi Quang Sơn")
    # the person's position moved onto their role at the unit, without the unit's name
    assert Membership.objects.get(user_id=leader.pk).position == "Phó Chủ tịch"
