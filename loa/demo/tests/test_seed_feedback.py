"""The demo's feedback: every state a desk sees, through the services, twice without
doubling; the published answers are public, the overdue one is flagged on the desk."""

import pytest
from django.urls import reverse
from django.utils import timezone

from loa.portal import feedback_queries
from loa.portal.models import Feedback, FeedbackStatus

from ..seed_feedback import ITEMS, feedback_load

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_feedback_covers_every_state_and_loads_once(client, offices, personas):
    unit = offices["A"]
    load = {"unit": unit, "officer": personas["officer_a"], "leader": personas["leader_a"]}
    assert feedback_load(**load) == len(ITEMS)
    assert feedback_load(**load) == 0
    states = sorted(Feedback.objects.filter(unit=unit).values_list("status", flat=True))
    assert states == sorted(
        [
            FeedbackStatus.ANSWERED,
            FeedbackStatus.ANSWERED,
            FeedbackStatus.ACCEPTED,  # its answer awaits the leader
            FeedbackStatus.ACCEPTED,  # overdue
            FeedbackStatus.FORWARDED,
            FeedbackStatus.REJECTED,
            FeedbackStatus.RECEIVED,
        ]
    )
    answered = Feedback.objects.filter(unit=unit, status=FeedbackStatus.ANSWERED)
    assert all(f.answered_on_time for f in answered)
    assert sorted(f.answer.number for f in answered) == [1, 2]
    [late] = feedback_queries.overdue_only(Feedback.objects.filter(unit=unit), timezone.localdate())
    assert late.title == "Chậm trả kết quả chứng nhận quyền sử dụng đất"
    waiting = Feedback.objects.get(unit=unit, title__startswith="Đèn chiếu sáng")
    assert waiting.answer.status == "submitted" and not waiting.is_overdue

    public = client.get(reverse("portal:answer_list", kwargs={"code": unit.code})).text
    assert "Thời gian chờ tại Bộ phận Một cửa buổi sáng" in public
    assert "Hỏi về đăng ký khai sinh" in public
    assert "Vay tiền nhanh" not in public and "0901 000" not in public
    client.force_login(personas["officer_a"])
    desk = reverse("portal:feedback_desk", kwargs={"pk": unit.pk})
    flagged = client.get(desk, {"qua_han": "on"}).text
    assert "Chậm trả kết quả" in flagged and "Quá hạn" in flagged
    assert "Đèn chiếu sáng" not in flagged
