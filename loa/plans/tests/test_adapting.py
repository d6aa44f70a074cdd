"""A plan made from the upper plan is localised as a commune clerk would: the city's name,
level and offices become the commune's, the tasks handed to "UBND các xã, phường, đặc
khu" get the commune's office that leads them, and the officer reviews every replacement
before anything is saved. The citation of the city's plan and the city as the recipient of
the commune's reports stay."""

import datetime
import re

import pytest
from django.urls import reverse

from conftest import member
from loa.accounts.models import Role
from loa.documents.docx import render_docx
from loa.documents.inspect import docx_text, missing_lines, pdf_text
from loa.documents.pdf import render_pdf
from loa.plans import services
from loa.plans.document import plan_document
from loa.plans.models import Channel, Plan, PlanParagraph, Task, TaskState
from loa.plans.services.adapting import Localiser, plan_adaptation
from loa.plans.tests.factories import IssuedPlanFactory
from loa.units.models import Kind, Level
from loa.units.services import offices_create_default
from loa.units.tests.factories import CommuneFactory, ProvinceFactory

CITY_TASKS = [
    ("Duy trì chuyên mục cải cách hành chính hằng tháng trên đài truyền thanh cấp xã", "radio", 12),
    ("Đăng tin, bài về cải cách hành chính trên trang thông tin điện tử cấp xã", "web_portal", 24),
    ("Tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính", "dialogue", 1),
]
CITATION = (
    "Thực hiện Kế hoạch số 01/KH-UBND ngày 26/12/2025 của UBND thành phố Hải Phòng về tuyên "
    "truyền cải cách hành chính thành phố Hải Phòng năm 2026, UBND xã Đường An xây dựng Kế "
    "hoạch tuyên truyền cải cách hành chính xã Đường An năm 2026, cụ thể như sau:"
)


@pytest.fixture
def hai_phong(db):
    """Hải Phòng and xã Đường An, with their default offices and people."""
    city = ProvinceFactory(short_name="Hải Phòng", kind=Kind.CENTRAL_CITY, level=Level.PROVINCE)
    commune = CommuneFactory(parent=city, short_name="Đường An")
    offices_create_default(units=[city, commune])
    return {
        "city": city,
        "commune": commune,
        "city_officer": member(city, Role.OFFICER),
        "city_leader": member(city, Role.LEADER, full_name="Đỗ Thanh Bình"),
        "officer": member(commune, Role.OFFICER),
    }


@pytest.fixture
def city_plan(hai_phong):
    """The city's 2026 plan as the demo makes it: Loa's template, three tasks for the
    communes, issued on 26/12/2025."""
    upper = services.plan_create_from_template(
        unit=hai_phong["city"], year=2026, by=hai_phong["city_officer"]
    )
    for order, (content, channel, quantity) in enumerate(CITY_TASKS):
        Task.objects.create(
            plan=upper,
            order=order,
            content=content,
            channel=Channel.objects.get(code=channel),
            expected_quantity=quantity,
            lead_text="UBND các xã, phường, đặc khu",
            for_lower_units=True,
        )
    services.plan_submit(plan=upper, by=hai_phong["city_officer"])
    services.plan_issue(plan=upper, by=hai_phong["city_leader"], on=datetime.date(2025, 12, 26))
    return Plan.objects.get(pk=upper.pk)


def _commune_plan(hai_phong, city_plan, **kwargs):
    return services.plan_create_from_upper(
        unit=hai_phong["commune"], upper=city_plan, by=hai_phong["officer"], **kwargs
    )


def _offices(unit) -> dict[str, object]:
    return {o.name: o for o in unit.offices.all()}


# --- the service ----------------------------------------------------------------------------


def test_commune_plan_names_the_city_only_where_it_cites_its_plan_or_reports_to_it(
    hai_phong, city_plan
):
    text = plan_document(_commune_plan(hai_phong, city_plan)).plain_text()
    lines = text.splitlines()
    assert CITATION in lines
    assert lines.count("- Báo cáo quý gửi UBND thành phố Hải Phòng.") == 1
    assert "- UBND thành phố Hải Phòng (để b/c);" in lines  # sent to the city, for its report
    rest = text.replace(CITATION, "").replace("gửi UBND thành phố Hải Phòng", "")
    rest = rest.replace("- UBND thành phố Hải Phòng (để b/c);", "")
    assert "thành phố Hải Phòng" not in rest
    assert not re.search(r"thành phố|UBND các xã|cấp xã|Công chức Văn hóa", rest)
    for phrase in [
        "- Giúp cán bộ, công chức, viên chức và Nhân dân xã Đường An hiểu rõ mục tiêu",
        "kế hoạch cải cách hành chính năm 2026 của cấp trên và của UBND xã Đường An.",
        "doanh nghiệp, hộ kinh doanh và Nhân dân trên địa bàn xã Đường An.",
        "trang mạng xã hội của UBND xã Đường An.",
        "dự toán chi thường xuyên năm 2026 của UBND xã Đường An và các nguồn hợp pháp khác.",
        "1. Phòng Văn hóa - Xã hội\n- Chủ trì, tham mưu UBND xã Đường An triển khai Kế hoạch;",
        "Phòng Văn hóa - Xã hội tổng hợp, tham mưu báo cáo theo chế độ sau:",
    ]:
        assert phrase in text, phrase


def test_tasks_handed_down_are_led_by_the_communes_offices_by_default(hai_phong, city_plan):
    plan = _commune_plan(hai_phong, city_plan)
    tasks = list(plan.tasks.select_related("lead_office"))
    assert [t.lead_office.name for t in tasks] == [
        "Đài truyền thanh",  # the radio column
        "Phòng Văn hóa - Xã hội",  # the web portal
        "Văn phòng HĐND và UBND",  # the chairman's dialogue with citizens
    ]
    assert {t.lead_text for t in tasks} == {""}
    assert {t.lead_office.unit for t in tasks} == {hai_phong["commune"]}
    assert tasks[0].content == (
        "Duy trì chuyên mục cải cách hành chính hằng tháng trên Đài truyền thanh xã"
    )
    assert tasks[1].content == (
        "Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử xã"
    )
    assert {t.state for t in tasks} == {TaskState.PROPOSED}


def test_accepted_tasks_are_led_by_the_office_the_officer_chose(hai_phong, city_plan):
    adaptation = plan_adaptation(unit=hai_phong["commune"], upper=city_plan)
    offices = _offices(hai_phong["commune"])
    radio, portal, dialogue = adaptation.leads
    adaptation.decide(
        applied=[c.key for c in adaptation.changes] + [radio.key, dialogue.key],
        offices={dialogue.key: offices["Trung tâm Phục vụ hành chính công"]},
    )
    plan = _commune_plan(hai_phong, city_plan, adaptation=adaptation)
    for task in plan.tasks.all():
        services.task_accept(task=task)
    tasks = list(plan.tasks.select_related("lead_office").order_by("order"))
    assert [t.lead_label for t in tasks] == [
        "Đài truyền thanh",
        "UBND các xã, phường, đặc khu",  # the officer kept the city's wording for this one
        "Trung tâm Phục vụ hành chính công",
    ]
    assert {t.state for t in tasks} == {TaskState.ACCEPTED}
    appendix = plan_document(plan).appendices[0].table.rows
    assert [row[3] for row in appendix] == [t.lead_label for t in tasks]


def test_a_dropped_replacement_keeps_the_upper_plans_text(hai_phong, city_plan):
    adaptation = plan_adaptation(unit=hai_phong["commune"], upper=city_plan)
    purpose = next(c for c in adaptation.changes if c.where == "Mục I.1. Mục đích, đoạn 1")
    assert purpose.before.startswith("Giúp cán bộ, công chức, viên chức và Nhân dân thành phố")
    assert purpose.after.startswith("Giúp cán bộ, công chức, viên chức và Nhân dân xã Đường An")
    assert [p.text for p in purpose.pieces if p.changed] == ["thành phố Hải Phòng"]
    adaptation.decide(applied=[c.key for c in adaptation.changes if c is not purpose], offices={})
    text = plan_document(_commune_plan(hai_phong, city_plan, adaptation=adaptation)).plain_text()
    assert "Nhân dân thành phố Hải Phòng hiểu rõ" in text
    assert "Nhân dân trên địa bàn xã Đường An." in text


def test_the_adapted_plan_prints_its_targets_in_the_docx_and_the_pdf(hai_phong, city_plan):
    document = plan_document(_commune_plan(hai_phong, city_plan))
    targets = "\n".join(
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "3. Chỉ tiêu cụ thể",
            *(f"- {t.text}" for t in city_plan.targets.all()),
            "II. ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN",
        ]
    )
    docx, pdf = docx_text(render_docx(document)), pdf_text(render_pdf(document))
    assert missing_lines(docx, targets) == []
    assert missing_lines(pdf, targets) == []
    assert missing_lines(docx, document.plain_text()) == []
    assert missing_lines(pdf, document.plain_text()) == []


def test_citations_and_the_recipient_of_reports_inside_the_content_stay(hai_phong, city_plan):
    section = city_plan.sections.get(title="CHẾ ĐỘ BÁO CÁO")
    PlanParagraph.objects.create(
        section=section,
        order=5,
        text="UBND các xã, phường, đặc khu báo cáo kết quả gửi UBND thành phố (qua Sở Nội vụ) "
        "trước ngày 15/12/2026; thực hiện Quyết định số 1234/QĐ-UBND ngày 10/12/2025 của UBND "
        "thành phố Hải Phòng.",
    )
    plan = _commune_plan(hai_phong, city_plan)
    text = plan_document(plan).plain_text()
    assert (
        "- UBND xã Đường An báo cáo kết quả gửi UBND thành phố (qua Sở Nội vụ) trước ngày "
        "15/12/2026; thực hiện Quyết định số 1234/QĐ-UBND ngày 10/12/2025 của UBND thành phố "
        "Hải Phòng." in text
    )
    kept = plan_adaptation(unit=hai_phong["commune"], upper=city_plan).untouched
    assert {(k.phrase, k.reason) for k in kept} == {
        ("UBND thành phố", "nơi nhận báo cáo của đơn vị"),
        ("Sở Nội vụ", "cơ quan cấp trên nhận báo cáo của đơn vị"),
        ("thành phố Hải Phòng", "trích dẫn văn bản của cấp trên"),
    }


@pytest.mark.parametrize(
    ("city", "commune"),
    [
        (
            "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường, đặc khu "
            "triển khai Kế hoạch; tổng hợp, báo cáo UBND thành phố.",
            "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các bộ phận chuyên môn, UBND xã "
            "Đường An triển khai Kế hoạch; tổng hợp, báo cáo UBND xã.",
        ),
        (
            "Định kỳ báo cáo kết quả về UBND thành phố (qua Sở Nội vụ) để tổng hợp.",
            "Định kỳ báo cáo kết quả về UBND thành phố (qua Sở Nội vụ) để tổng hợp.",
        ),
        (
            "Sở Văn hoá, Thể thao và Du lịch chỉ đạo Báo và Phát thanh, Truyền hình Hải Phòng "
            "mở chuyên mục CCHC.",
            "Phòng Văn hóa - Xã hội chỉ đạo Đài truyền thanh mở chuyên mục CCHC.",
        ),
        (
            "Sở Tư pháp thành phố Hải Phòng phổ biến pháp luật; Văn phòng UBND thành phố theo "
            "dõi; Trung tâm Phục vụ hành chính công thành phố niêm yết thủ tục.",
            "Tư pháp - Hộ tịch phổ biến pháp luật; Văn phòng HĐND và UBND theo dõi; Trung tâm "
            "Phục vụ hành chính công niêm yết thủ tục.",
        ),
        (
            "100% xã, phường, đặc khu có chuyên mục cải cách hành chính trên trang thông tin "
            "điện tử.",
            "UBND xã Đường An có chuyên mục cải cách hành chính trên trang thông tin điện tử.",
        ),
        (
            "TRÁCH NHIỆM CỦA CÁC SỞ, BAN, NGÀNH VÀ UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU",
            "TRÁCH NHIỆM CỦA CÁC BỘ PHẬN CHUYÊN MÔN VÀ UBND XÃ ĐƯỜNG AN",
        ),
        (
            "Thành phố Hải Phòng nâng cao Chỉ số CCHC cấp thành phố; toàn thành phố, Nhân dân "
            "thành phố; Chủ tịch UBND cấp xã chịu trách nhiệm, công chức cấp xã được tập huấn.",
            "Xã Đường An nâng cao Chỉ số CCHC cấp xã; toàn xã, Nhân dân xã; Chủ tịch UBND xã "
            "Đường An chịu trách nhiệm, công chức xã được tập huấn.",
        ),
    ],
)
def test_a_city_sentence_reads_as_the_commune_writes_it(hai_phong, city, commune):
    unit = hai_phong["commune"]
    localiser = Localiser(upper=hai_phong["city"], unit=unit, offices=list(unit.offices.all()))
    pieces, _ = localiser.pieces(city)
    assert "".join(p.new if p.changed else p.text for p in pieces) == commune
    assert "".join(p.text for p in pieces) == city


def test_a_ward_gets_its_own_words(hai_phong, city_plan):
    ward = CommuneFactory(parent=hai_phong["city"], short_name="Lê Chân", kind=Kind.WARD)
    offices_create_default(units=[ward])
    plan = services.plan_create_from_upper(
        unit=ward, upper=city_plan, by=member(ward, Role.OFFICER)
    )
    text = plan_document(plan).plain_text()
    assert "Nhân dân trên địa bàn phường Lê Chân." in text
    assert "trên Đài truyền thanh phường" in text
    assert "xã Đường An" not in text


# --- the review on the page -----------------------------------------------------------------


def _login(client, user):
    client.force_login(user)
    return client


def _review_data(page) -> dict:
    """What the browser sends back from the review as shown: ticked boxes and selections."""
    form = page.context["review"]
    data = {"reviewed_plan": form.initial["reviewed_plan"]}
    for name in form.fields:
        value = form[name].value()
        if name.startswith("keep_") and value:
            data[name] = "on"
        elif name.startswith("office_") and value:
            data[name] = getattr(value, "pk", value)
    return data


def _create(upper, **extra) -> dict:
    return {"way": "upper", "year": upper.year, "upper_plan": upper.pk, "title": "", **extra}


def test_choosing_the_upper_plan_shows_every_replacement_and_saves_nothing(
    client, upper_plan, personas, offices
):
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    assert page.status_code == 200
    html = page.text
    assert "Điều chỉnh kế hoạch cấp trên cho UBND xã An Lạc" in html
    assert "Mục I.1. Mục đích, đoạn 1" in html
    assert "<del>tỉnh Phú Thọ</del>" in html and "<ins>xã An Lạc</ins>" in html
    review = page.context["review"]
    assert all(review[name].value() for name in review.fields if name.startswith("keep_"))
    radio, dialogue = review.adaptation.leads
    assert (radio.before, radio.default.name) == ("UBND các xã", "Đài truyền thanh")
    assert dialogue.default.name == "Văn phòng HĐND và UBND"
    assert f'value="{radio.default.pk}" selected' in html
    assert "Phần mở đầu: trích dẫn Kế hoạch số 01/KH-UBND" in html
    assert not Plan.objects.filter(unit=offices["A"]).exists()


def test_confirming_the_review_makes_the_localised_draft(client, upper_plan, personas, offices):
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    data = _review_data(page)
    radio, dialogue = page.context["review"].adaptation.leads
    tu_phap = offices["A"].offices.get(name="Tư pháp - Hộ tịch")
    data[f"office_{dialogue.key}"] = tu_phap.pk
    response = client.post(reverse("plans:create"), {**_create(upper_plan), **data})
    plan = Plan.objects.get(unit=offices["A"], year=2026)
    assert response.status_code == 302
    assert response["Location"] == reverse("plans:detail", args=[plan.pk])
    text = plan_document(plan).plain_text()
    assert "Nhân dân trên địa bàn xã An Lạc." in text and "tỉnh Phú Thọ năm 2026," in text
    assert [t.lead_office for t in plan.tasks.order_by("order")] == [radio.default, tu_phap]
    detail = client.get(response["Location"])
    assert "Đã tạo dự thảo kế hoạch. Đã điều chỉnh" in detail.text


def test_an_unticked_replacement_is_not_made(client, upper_plan, personas, offices):
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    data = _review_data(page)
    audience = next(
        c for c in page.context["review"].adaptation.changes if c.where.startswith("Mục II.1.")
    )
    del data[f"keep_{audience.key}"]
    client.post(reverse("plans:create"), {**_create(upper_plan), **data})
    text = plan_document(Plan.objects.get(unit=offices["A"])).plain_text()
    assert "Nhân dân trên địa bàn tỉnh Phú Thọ." in text
    assert "Nhân dân tỉnh Phú Thọ" not in text  # the other replacements were made


def test_a_bad_submission_saves_nothing_and_keeps_every_choice(
    client, upper_plan, personas, offices
):
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    data = _review_data(page)
    review = page.context["review"]
    radio, dialogue = review.adaptation.leads
    dropped = review.adaptation.changes[0]
    del data[f"keep_{dropped.key}"]
    data[f"office_{radio.key}"] = ""  # ticked, but no office chosen
    ttpv = offices["A"].offices.get(name="Trung tâm Phục vụ hành chính công")
    data[f"office_{dialogue.key}"] = ttpv.pk
    response = client.post(
        reverse("plans:create"), {**_create(upper_plan, title="Kế hoạch riêng của xã"), **data}
    )
    assert response.status_code == 400
    assert not Plan.objects.filter(unit=offices["A"]).exists()
    html = response.text
    assert "Vui lòng chọn bộ phận chủ trì, hoặc bỏ chọn ô “Áp dụng”" in html
    assert 'value="Kế hoạch riêng của xã"' in html
    kept = response.context["review"]
    assert kept[f"keep_{dropped.key}"].value() is False
    assert f'name="keep_{dropped.key}" id="id_keep_{dropped.key}">' in html  # not checked
    assert str(kept[f"office_{dialogue.key}"].value()) == str(ttpv.pk)
    assert f'value="{ttpv.pk}" selected' in html
    # corrected, it goes through with the other choices as they were
    data[f"office_{radio.key}"] = offices["A"].offices.get(name="Đài truyền thanh").pk
    again = client.post(
        reverse("plans:create"), {**_create(upper_plan, title="Kế hoạch riêng của xã"), **data}
    )
    assert again.status_code == 302
    plan = Plan.objects.get(unit=offices["A"])
    assert plan.title == "Kế hoạch riêng của xã"
    assert plan.tasks.get(content="Đối thoại với doanh nghiệp").lead_office == ttpv


def test_an_upper_plan_sent_without_its_review_is_reviewed_first(
    client, upper_plan, personas, offices
):
    _login(client, personas["officer_a"])
    response = client.post(reverse("plans:create"), _create(upper_plan))
    assert response.status_code == 200
    assert "Vui lòng xem lại các thay thế dưới đây rồi bấm “Tạo dự thảo”." in response.text
    assert not Plan.objects.filter(unit=offices["A"]).exists()
    # a review of another plan does not confirm this one
    stale = {**_review_data(response), "reviewed_plan": upper_plan.pk + 1000}
    again = client.post(reverse("plans:create"), {**_create(upper_plan), **stale})
    assert again.status_code == 200 and not Plan.objects.filter(unit=offices["A"]).exists()


def test_another_commune_reviews_its_own_localisation(client, upper_plan, personas, offices):
    _login(client, personas["officer_c"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    assert "<ins>xã Cẩm Khê</ins>" in page.text and "An Lạc" not in page.text
    offices_of_c = set(offices["C"].offices.values_list("pk", flat=True))
    assert {x.default.pk for x in page.context["review"].adaptation.leads} <= offices_of_c


def test_an_office_of_another_unit_is_refused(client, upper_plan, personas, offices):
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    data = _review_data(page)
    radio = page.context["review"].adaptation.leads[0]
    data[f"office_{radio.key}"] = offices["C"].offices.first().pk
    response = client.post(reverse("plans:create"), {**_create(upper_plan), **data})
    assert response.status_code == 400 and "Bộ phận này không thuộc đơn vị." in response.text
    assert not Plan.objects.filter(unit=offices["A"]).exists()


def test_choosing_the_plan_in_the_list_brings_its_review(client, upper_plan, personas):
    """The list of upper plans asks for the review fragment (htmx) by the plan's number."""
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"))
    assert f'hx-get="{reverse("plans:create")}"' in page.text and 'id="adaptation"' in page.text
    fragment = client.get(reverse("plans:create"), {"upper_plan": upper_plan.pk})
    assert "Điều chỉnh kế hoạch cấp trên cho UBND xã An Lạc" in fragment.text


@pytest.mark.parametrize("persona", ["supervisor_p", "admin_a"])
def test_only_those_who_make_plans_see_the_review(client, upper_plan, personas, persona):
    _login(client, personas[persona])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": upper_plan.pk})
    assert page.status_code == 403


def test_a_plan_of_another_province_is_not_offered_for_review(
    client, upper_plan, personas, offices
):
    other = IssuedPlanFactory(unit=offices["Q"], year=2026, issued_on=datetime.date(2026, 1, 2))
    _login(client, personas["officer_a"])
    page = client.get(reverse("plans:create"), {"cach": "upper", "cap_tren": other.pk})
    assert page.status_code == 200 and page.context["review"] is None
