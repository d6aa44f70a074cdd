"""Plans through the pages, tried by the personas that matter."""

import datetime

import pytest
from django.urls import reverse

from loa.plans import services
from loa.plans.models import Plan, PlanSection, PlanStatus, Task
from loa.plans.tests.factories import IssuedPlanFactory, PlanFactory
from loa.plans.tests.test_adapting import _review_data


def _login(client, user):
    client.force_login(user)
    return client


def test_officer_creates_plan_from_upper_plan_through_the_page(client, upper_plan, personas):
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"))
    assert "Theo kế hoạch cấp trên đã ban hành trên Loa" in page.text
    choice = {"way": "upper", "year": 2026, "upper_plan": upper_plan.pk, "title": ""}
    review = client.post(reverse("plans:create"), choice)
    # nothing is saved before the officer has seen how the upper plan is localised
    assert review.status_code == 200 and not Plan.objects.filter(upper_plan=upper_plan).exists()
    response = client.post(reverse("plans:create"), {**choice, **_review_data(review)})
    plan = Plan.objects.get(unit=personas["officer_a"].memberships.get().unit, year=2026)
    assert response.status_code == 302 and response["Location"] == reverse(
        "plans:detail", args=[plan.pk]
    )
    detail = client.get(response["Location"])
    assert "Thực hiện Kế hoạch số 01/KH-UBND ngày 26/12/2025" in detail.text
    assert "Đề xuất từ cấp trên" in detail.text


def test_create_without_choosing_the_upper_plan_is_explained(client, personas, upper_plan):
    _login(client, personas["officer_a"])
    response = client.post(
        reverse("plans:create"), {"way": "upper", "year": 2026, "title": "Giữ nguyên chữ này"}
    )
    assert response.status_code == 400
    assert "Vui lòng chọn kế hoạch cấp trên để lập theo." in response.text
    assert 'value="Giữ nguyên chữ này"' in response.text
    assert not Plan.objects.filter(title="Giữ nguyên chữ này").exists()


def test_blank_plan_needs_a_title(client, personas, offices):
    _login(client, personas["officer_a"])
    response = client.post(reverse("plans:create"), {"way": "blank", "year": 2026, "title": "   "})
    assert response.status_code == 400
    assert "Vui lòng nhập trích yếu cho kế hoạch trống." in response.text


@pytest.mark.parametrize("persona", ["supervisor_p", "admin_a"])
def test_only_officers_and_leaders_create_plans(client, personas, offices, persona):
    _login(client, personas[persona])
    assert client.get(reverse("plans:create")).status_code == 403


def test_who_reads_a_draft(client, draft, personas):
    url = reverse("plans:detail", args=[draft.pk])
    expected = {
        "officer_a": 200,
        "leader_a": 200,
        "admin_a": 200,
        "supervisor_p": 200,
        "officer_c": 403,
        "supervisor_q": 403,
    }
    for persona, status in expected.items():
        assert _login(client, personas[persona]).get(url).status_code == status, persona


def test_lower_units_read_the_issued_upper_plan_but_not_its_drafts(
    client, upper_plan, personas, province_officer, offices
):
    _login(client, personas["officer_a"])
    assert client.get(reverse("plans:detail", args=[upper_plan.pk])).status_code == 200
    upper_draft = PlanFactory(unit=offices["P"], year=2027, by=province_officer)
    assert client.get(reverse("plans:detail", args=[upper_draft.pk])).status_code == 403
    _login(client, personas["officer_c"])
    assert client.get(reverse("plans:edit", args=[upper_plan.pk])).status_code == 403


def test_empty_title_keeps_everything_typed(client, draft, personas):
    _login(client, personas["officer_a"])
    url = reverse("plans:edit", args=[draft.pk])
    form = client.get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "title": "",
            "place": "Nơi mới gõ",
            "year": 2026,
            "signer_position": "Chủ tịch",
            "signature_authority": "tm",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Vui lòng nhập trích yếu kế hoạch." in response.text
    assert 'value="Nơi mới gõ"' in response.text
    draft.refresh_from_db()
    assert draft.place != "Nơi mới gõ"


def test_concurrent_edit_of_the_header_is_caught_and_nothing_is_lost(client, draft, personas):
    _login(client, personas["officer_a"])
    url = reverse("plans:edit", args=[draft.pk])
    form = client.get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data["seen_version"] = form["seen_version"].value()
    # meanwhile a colleague saves
    Plan.objects.filter(pk=draft.pk).update(
        place="Đổi bởi người khác", updated_at=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    )
    data.update({"title": "Tiêu đề tôi vừa gõ"})
    response = client.post(url, data)
    assert response.status_code == 400
    assert "trong khi bạn đang sửa, nên Loa chưa lưu" in response.text
    assert 'value="Tiêu đề tôi vừa gõ"' in response.text
    assert Plan.objects.get(pk=draft.pk).title != "Tiêu đề tôi vừa gõ"
    # saving again, having seen the warning, goes through
    again = response.context["form"].data.copy()
    assert client.post(url, again).status_code == 302
    assert Plan.objects.get(pk=draft.pk).title == "Tiêu đề tôi vừa gõ"


def test_section_is_edited_in_place_with_htmx(client, draft, personas):
    _login(client, personas["officer_a"])
    section = draft.sections.get(title="Mục đích")
    url = reverse("plans:section_save", args=[draft.pk, section.pk])
    form = client.get(reverse("plans:sections", args=[draft.pk])).context["rows"][1][3]
    assert form.instance == section
    prefix = f"s{section.pk}"
    response = client.post(
        url,
        {
            f"{prefix}-title": "Mục đích",
            f"{prefix}-kind": "purposes",
            f"{prefix}-office": "",
            f"{prefix}-text": "- Thứ nhất.\na) Điểm một.\nĐoạn thường.",
            f"{prefix}-seen_version": form["seen_version"].value(),
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert "Đã lưu mục." in response.text and "<html" not in response.text
    assert [(p.style, p.text) for p in section.paragraphs.all()] == [
        ("dash", "Thứ nhất."),
        ("point", "Điểm một."),
        ("plain", "Đoạn thường."),
    ]


def test_sections_are_added_moved_and_deleted(client, draft, personas):
    _login(client, personas["officer_a"])
    top = list(draft.sections.filter(parent=None).order_by("order"))
    client.post(
        reverse("plans:section_add", args=[draft.pk]),
        {"title": "KHEN THƯỞNG", "kind": "text"},
    )
    new = draft.sections.get(title="KHEN THƯỞNG")
    assert list(draft.sections.filter(parent=None).order_by("order"))[-1] == new
    client.post(reverse("plans:section_move", args=[draft.pk, new.pk, "len"]))
    order = list(draft.sections.filter(parent=None).order_by("order", "pk"))
    assert order[-2] == new and order[-1] == top[-1]
    client.post(reverse("plans:section_delete", args=[draft.pk, top[0].pk]))
    assert not PlanSection.objects.filter(pk=top[0].pk).exists()
    assert not PlanSection.objects.filter(parent_id=top[0].pk).exists()


def _task_data(prefix, **values):
    data = {
        "content": "Treo băng rôn tại trụ sở",
        "product": "Băng rôn",
        "channel": "",
        "reform_area": "",
        "lead_office": "",
        "lead_text": "Văn hóa - Xã hội",
        "coordinating_text": "",
        "due_quarter": "",
        "due_date": "",
        "expected_quantity": "5",
        "budget_amount": "",
    }
    data.update(values)
    return {f"{prefix}-{k}": v for k, v in data.items()}


def test_task_rows_are_added_edited_and_reordered_without_reload(client, draft, personas):
    _login(client, personas["officer_a"])
    add = reverse("plans:task_add", args=[draft.pk])
    response = client.post(add, _task_data("new"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and 'hx-swap-oob="true"' in response.text
    client.post(add, _task_data("new", content="Pano tại chợ"), HTTP_HX_REQUEST="true")
    first, second = draft.tasks.order_by("order")
    edit = reverse("plans:task_edit", args=[draft.pk, first.pk])
    row = client.get(edit, HTTP_HX_REQUEST="true")
    assert "Lưu dòng" in row.text
    data = _task_data(f"t{first.pk}", content="Băng rôn đã sửa")
    data[f"t{first.pk}-seen_version"] = row.context["form"]["seen_version"].value()
    saved = client.post(edit, data, HTTP_HX_REQUEST="true")
    assert "Băng rôn đã sửa" in saved.text and "<tr" in saved.text
    client.post(
        reverse("plans:task_move", args=[draft.pk, second.pk, "len"]), HTTP_HX_REQUEST="true"
    )
    assert [t.content for t in draft.tasks.order_by("order")] == ["Pano tại chợ", "Băng rôn đã sửa"]
    client.post(reverse("plans:task_delete", args=[draft.pk, second.pk]), HTTP_HX_REQUEST="true")
    assert list(draft.tasks.values_list("content", flat=True)) == ["Băng rôn đã sửa"]


def test_due_date_outside_the_plan_year_is_refused(client, draft, personas):
    _login(client, personas["officer_a"])
    response = client.post(
        reverse("plans:task_add", args=[draft.pk]), _task_data("new", due_date="2027-01-15")
    )
    assert response.status_code == 400
    assert "Hạn hoàn thành phải trong năm kế hoạch 2026." in response.text
    assert "Treo băng rôn tại trụ sở" in response.text
    assert not Task.objects.filter(plan=draft).exists()


def test_negative_quantity_and_missing_lead_are_refused(client, draft, personas):
    _login(client, personas["officer_a"])
    response = client.post(
        reverse("plans:task_add", args=[draft.pk]),
        _task_data("new", expected_quantity="-3", lead_text=""),
    )
    assert response.status_code == 400
    # both problems are named, each linked to its field
    assert "Chưa lưu được: có 2 chỗ cần sửa." in response.text
    assert (
        '<a href="#id_new-lead_office">Chủ trì: '
        "Vui lòng chọn bộ phận chủ trì hoặc ghi bên chủ trì.</a>" in response.text
    )
    assert '<a href="#id_new-expected_quantity">Số lượng dự kiến: ' in response.text
    assert not Task.objects.filter(plan=draft).exists()


def test_workflow_through_the_pages(client, draft, personas):
    _login(client, personas["officer_a"])
    # an officer cannot issue
    assert (
        client.post(
            reverse("plans:issue", args=[draft.pk]), {"issued_on": "2026-01-05"}
        ).status_code
        == 403
    )
    client.post(reverse("plans:submit", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == PlanStatus.SUBMITTED
    assert client.get(reverse("plans:edit", args=[draft.pk])).status_code == 403
    _login(client, personas["leader_a"])
    future = client.post(reverse("plans:issue", args=[draft.pk]), {"issued_on": "2099-01-01"})
    assert future.status_code == 400 and "không được sau hôm nay" in future.text
    response = client.post(
        reverse("plans:issue", args=[draft.pk]), {"issued_on": "2026-01-05"}, follow=True
    )
    assert "Đã ban hành Kế hoạch số 01/KH-UBND ngày 05/01/2026." in response.text
    # a second issue is refused and changes nothing
    again = client.post(reverse("plans:issue", args=[draft.pk]), {"issued_on": "2026-01-06"})
    assert again.status_code == 403
    draft.refresh_from_db()
    assert draft.issued_on == datetime.date(2026, 1, 5) and draft.number == 1


def test_leader_sends_back_with_a_reason(client, draft, personas):
    services.plan_submit(plan=draft, by=personas["officer_a"])
    _login(client, personas["leader_a"])
    empty = client.post(reverse("plans:send_back", args=[draft.pk]), {"reason": ""})
    assert empty.status_code == 400 and "Vui lòng ghi lý do trả lại" in empty.text
    client.post(reverse("plans:send_back", args=[draft.pk]), {"reason": "Thiếu kinh phí."})
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:detail", args=[draft.pk]))
    assert "Lãnh đạo trả lại dự thảo:" in page.text and "Thiếu kinh phí." in page.text


def test_supervisor_follows_lower_plans_and_exports_them(client, upper_plan, offices, personas):
    issued = IssuedPlanFactory(
        unit=offices["A"],
        upper=upper_plan,
        by=personas["officer_a"],
        signer=personas["leader_a"],
        issued_on=datetime.date(2026, 2, 3),
    )
    PlanFactory(unit=offices["C"], upper=upper_plan, by=personas["officer_c"])
    _login(client, personas["supervisor_p"])
    page = client.get(reverse("plans:lower"), {"nam": 2026})
    rows = {r.unit.short_name: r for r in page.context["rows"]}
    assert rows["An Lạc"].plan == issued and rows["An Lạc"].on_time is False
    assert rows["Cẩm Khê"].plan.status == PlanStatus.DRAFT
    assert "Sau hạn" in page.text
    late = client.get(reverse("plans:lower"), {"nam": 2026, "loc": "late"})
    assert [r.unit.short_name for r in late.context["rows"]] == ["An Lạc"]
    xlsx = client.get(reverse("plans:lower_xlsx"), {"nam": 2026})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    assert [values[0][2], values[0][3], values[0][4]] == ["Xã An Lạc", "Đã ban hành", "01/KH-UBND"]
    assert values[0][6] == "Sau hạn"
    _login(client, personas["officer_a"])
    assert client.get(reverse("plans:lower")).status_code == 403


def test_reporting_regime_is_structured_and_printed(client, draft, personas):
    from loa.plans.document import plan_document

    rules = [str(r) for r in draft.reporting_rules.all()]
    assert rules[0].startswith("Báo cáo quý gửi UBND tỉnh")
    _login(client, personas["officer_a"])
    bad = client.post(
        reverse("plans:reporting_add", args=[draft.pk]),
        {"rule-kind": "ad_hoc", "rule-recipient": ""},
    )
    assert bad.status_code == 400 and "Vui lòng ghi nơi nhận báo cáo." in bad.text
    client.post(
        reverse("plans:reporting_add", args=[draft.pk]),
        {"rule-kind": "nine_months", "rule-recipient": "Sở Nội vụ"},
    )
    text = plan_document(draft).plain_text()
    assert "- Báo cáo 9 tháng gửi Sở Nội vụ." in text
    assert text.index("CHẾ ĐỘ BÁO CÁO") < text.index("- Báo cáo quý gửi")
