"""The score page and the rules page, tried by the personas: owner, colleague, another
unit, the upper level, anonymous; and the rules form's bad input."""

import pytest
from django.urls import reverse

from loa.dashboard.models import ScoreRules, UnitScore

from .scoring_world import YEAR, activity, plan_reaching, report_sent


def _score_url(unit, year=YEAR):
    return reverse("dashboard:score", args=[unit.key, year])


def _rules_url(province, year=YEAR):
    return reverse("dashboard:rules", args=[province.key, year])


@pytest.fixture
def scored(tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    plan_reaching(tree["A"], 9, 10)
    report_sent(tree["A"])
    activity(tree["A"], "radio", title="Chuyên mục CCHC trên đài xã")
    return tree["A"]


def test_the_officer_sees_each_point_down_to_the_files_and_the_score_is_stored(
    client, personas, scored
):
    client.force_login(personas["officer_a"])
    response = client.get(_score_url(scored))
    assert response.status_code == 200
    text = response.text
    assert "1,4/2 điểm" in text  # 0,9 + 0,5
    assert "Đạt 9/10 chỉ tiêu (90 %): 9 ÷ 10 × 1 = 0,9 điểm" in text
    assert "Theo bộ tiêu chí của Loa (tiêu chí công bố mặc định) năm 2025, phiên bản 1" in text
    assert "Chuyên mục CCHC trên đài xã" in text and "bien-ban.pdf" in text
    assert "<caption>Điểm từng tiêu chí</caption>" in text
    stored = UnitScore.objects.get(unit=scored, year=YEAR)
    assert str(stored.total) == "1.40"
    assert UnitScore.objects.filter(unit=scored, year=YEAR - 1).exists()  # the year before


def test_the_rank_within_the_province_and_the_country_is_shown(client, personas, scored, tree):
    client.force_login(personas["supervisor_p"])
    client.get(_score_url(scored))  # A stored with 1,4 points
    text = client.get(_score_url(tree["C"])).text  # C with none
    # second within Phú Thọ and among the country's communes; the year before, both had 0
    assert text.count("hạng 2/2") == 2 and text.count("hạng 1/2") == 2


def test_a_stored_score_is_rewritten_only_when_it_changed(client, personas, scored):
    client.force_login(personas["officer_a"])
    client.get(_score_url(scored))
    first = UnitScore.objects.get(unit=scored, year=YEAR).computed_at
    client.get(_score_url(scored))
    assert UnitScore.objects.get(unit=scored, year=YEAR).computed_at == first
    activity(scored, "e_board")
    client.get(_score_url(scored))
    stored = UnitScore.objects.get(unit=scored, year=YEAR)
    assert stored.computed_at > first and str(stored.total) == "1.65"


@pytest.mark.parametrize(
    "who, status",
    [
        ("officer_a", 200),
        ("leader_a", 200),
        ("officer_c", 403),
        ("supervisor_p", 200),
        ("supervisor_q", 403),
    ],
)
def test_who_sees_a_units_score(client, personas, tree, who, status):
    client.force_login(personas[who])
    assert client.get(_score_url(tree["A"])).status_code == status


def test_anonymous_is_sent_to_sign_in(client, tree):
    response = client.get(_score_url(tree["A"]))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    response = client.get(_rules_url(tree["P"]))
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]


def _form(**changes):
    """The rules form as the page fills it from Loa's default, with `changes`."""
    data = {
        "plan_points": "1",
        "plan_full_at": "100",
        "plan_partial_from": "90",
        "plan_needs_report": "on",
        "groups_need_report": "on",
        "needs_proof": "on",
        "note": "Quyết định số 15/QĐ-UBND",
        "nhom-TOTAL_FORMS": "4",
        "nhom-INITIAL_FORMS": "3",
        "nhom-MIN_NUM_FORMS": "0",
        "nhom-MAX_NUM_FORMS": "12",
        "nhom-0-code": "online_screens",
        "nhom-0-label": "Bảng tin điện tử, màn hình",
        "nhom-0-points": "0,25",
        "nhom-0-channels": ["e_board"],
        "nhom-1-code": "online_web",
        "nhom-1-label": "Trang, cổng thông tin điện tử, mạng xã hội",
        "nhom-1-points": "0,25",
        "nhom-1-channels": ["web_portal", "social_media", "online_contest"],
        "nhom-2-code": "traditional",
        "nhom-2-label": "Hình thức truyền thống",
        "nhom-2-points": "0,5",
        "nhom-2-kind": "traditional",
    }
    data.update(changes)
    return data


def test_the_form_shows_the_rules_in_force(client, province_officer, tree):
    client.force_login(province_officer)
    text = client.get(_rules_url(tree["P"])).text
    assert 'value="0,25"' in text and "Ban hành phiên bản mới" in text
    assert "đang áp dụng tiêu chí mặc định của Loa" in text
    assert "thuộc một trong các hình thức: Khẩu hiệu trên bảng điện tử, màn hình LED" in text


def test_a_province_officer_saves_a_version_and_the_communes_are_rescored(
    client, province_officer, scored, tree
):
    client.force_login(province_officer)
    response = client.post(
        _rules_url(tree["P"]),
        _form(
            **{
                "plan_partial_from": "80",
                "nhom-3-label": "Đối thoại",
                "nhom-3-points": "0,5",
                "nhom-3-channels": ["dialogue"],
                "nhom-0-DELETE": "on",
            }
        ),
    )
    assert response.status_code == 302
    saved = ScoreRules.objects.get(unit=tree["P"], year=YEAR)
    assert saved.version == 1 and saved.note == "Quyết định số 15/QĐ-UBND"
    assert [g["code"] for g in saved.data["groups"]] == ["online_web", "traditional", "group_3"]
    stored = UnitScore.objects.get(unit=scored, year=YEAR)
    assert stored.rules == saved and str(stored.total) == "1.40"
    assert UnitScore.objects.filter(unit=tree["C"], year=YEAR, rules=saved).exists()
    page = client.get(_rules_url(tree["P"])).text
    assert "phiên bản 1" in page and "Quyết định số 15/QĐ-UBND" in page


def test_bad_input_is_refused_in_vietnamese_and_kept_as_typed(client, province_officer, tree):
    client.force_login(province_officer)
    response = client.post(
        _rules_url(tree["P"]),
        _form(
            plan_points="một điểm",
            plan_partial_from="95",
            plan_full_at="90",
            **{"nhom-1-points": "-0,25"},
        ),
    )
    assert response.status_code == 400
    text = response.text
    assert "Chưa lưu được" in text
    assert "Điểm phải là một số, ví dụ 0,25." in text
    assert "không được cao hơn ngưỡng đạt điểm tối đa" in text
    assert "Điểm không được âm." in text
    assert 'value="một điểm"' in text and 'value="-0,25"' in text
    assert (
        'value="Quyết định số 15/QĐ-UBND"' in text or "Quyết định số 15/QĐ-UBND</textarea>" in text
    )
    assert not ScoreRules.objects.filter(unit=tree["P"]).exists()


@pytest.mark.parametrize("who", ["officer_a", "officer_c", "supervisor_p"])
def test_communes_and_supervisors_read_the_rules_but_cannot_change_them(
    client, personas, tree, who
):
    client.force_login(personas[who])
    response = client.get(_rules_url(tree["P"]))
    assert response.status_code == 200 and "Ban hành phiên bản mới" not in response.text
    assert client.post(_rules_url(tree["P"]), _form()).status_code == 403
    assert not ScoreRules.objects.filter(unit=tree["P"]).exists()


def test_another_province_cannot_read_the_rules_and_a_commune_has_none(client, personas, tree):
    client.force_login(personas["supervisor_q"])
    assert client.get(_rules_url(tree["P"])).status_code == 403
    client.force_login(personas["officer_a"])
    assert client.get(_rules_url(tree["A"])).status_code == 403
