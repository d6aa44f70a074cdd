"""The online contests of Hải Phòng (ADR 32): last month's, closed, logged for the city and
for the communes whose people took part, its results decision signed and the winners
published; and this month's, open, with its first attempts, for a visitor to take part in.
The questions hold only what loa's FACTS notes source. Run again, adds nothing twice."""

import datetime
import random

from django.db.models import F
from django.utils import timezone

from loa.accounts.models import User
from loa.contests import services
from loa.contests.models import Attempt, Option, Participant, Question
from loa.units.models import Unit

BANK = [
    (
        "Từ ngày 01/7/2025, chính quyền địa phương được tổ chức mấy cấp?",
        ["Hai cấp", "Ba cấp", "Bốn cấp"],
        0,
    ),
    (
        "Sau sắp xếp năm 2025, cả nước có bao nhiêu đơn vị hành chính cấp tỉnh?",
        ["28", "34", "63"],
        1,
    ),
    (
        "Sau sắp xếp năm 2025, cả nước có bao nhiêu đơn vị hành chính cấp xã?",
        ["3.321", "5.000", "10.035"],
        0,
    ),
    (
        "Nghị định nào quy định việc thực hiện thủ tục hành chính theo cơ chế một cửa, một "
        "cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia từ năm 2025?",
        ["Nghị định số 09/2019/NĐ-CP", "Nghị định số 30/2020/NĐ-CP", "Nghị định số 118/2025/NĐ-CP"],
        2,
    ),
    (
        "Ở cấp xã, từ ngày 01/7/2025, người dân nộp hồ sơ thủ tục hành chính trực tiếp tại đâu?",
        [
            "Trung tâm Phục vụ hành chính công cấp xã",
            "Phòng Nội vụ cấp huyện",
            "Văn phòng Hội đồng nhân dân xã",
        ],
        0,
    ),
    (
        "Chỉ số SIPAS đo lường điều gì?",
        [
            "Năng lực cạnh tranh cấp tỉnh",
            "Sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
            "Mức độ chuyển đổi số của địa phương",
        ],
        1,
    ),
    ("Chỉ số SIPAS đo lường sự hài lòng theo bao nhiêu yếu tố?", ["Ba", "Năm", "Bảy"], 1),
    (
        "Địa chỉ của Cổng Dịch vụ công quốc gia là gì?",
        ["dichvucong.gov.vn", "chinhphu.vn", "baochinhphu.vn"],
        0,
    ),
    (
        "Nghị quyết số 30c/NQ-CP đặt mục tiêu đến năm 2020 mức độ hài lòng của người dân, "
        "doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt trên bao nhiêu phần trăm?",
        ["50 %", "80 %", "95 %"],
        1,
    ),
    (
        "Văn bản hành chính của cơ quan nhà nước được trình bày theo quy định của văn bản nào?",
        [
            "Nghị định số 30/2020/NĐ-CP về công tác văn thư",
            "Nghị định số 20/2008/NĐ-CP",
            "Nghị định số 118/2025/NĐ-CP",
        ],
        0,
    ),
    (
        "Nghị định số 09/2019/NĐ-CP quy định về nội dung gì?",
        [
            "Chế độ báo cáo của cơ quan hành chính nhà nước",
            "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính",
            "Công tác văn thư",
        ],
        0,
    ),
    (
        "Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính "
        "được quy định tại văn bản nào?",
        ["Nghị định số 20/2008/NĐ-CP", "Nghị định số 09/2019/NĐ-CP", "Nghị định số 30/2020/NĐ-CP"],
        0,
    ),
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
GIVEN = [
    "Văn An",
    "Thị Bình",
    "Minh Châu",
    "Thị Dung",
    "Quốc Hùng",
    "Thu Hà",
    "Đức Long",
    "Thị Mai",
]
PLACES = ["Thôn Đông", "Thôn Tây", "Trường Tiểu học", "Trạm Y tế xã", "Hợp tác xã nông nghiệp"]
AGES = ["18-30", "31-45", "31-45", "46-60", "60+"]


def _contest(unit, by, *, title: str, opens_at, rules: str):
    contest = services.contest_create(unit=unit, by=by, title=title)
    contest.rules, contest.opens_at = rules, opens_at
    contest.questions_per_attempt, contest.seconds_per_attempt = 5, 600
    contest.attempts_per_person = 2
    contest.first_prizes, contest.second_prizes, contest.third_prizes = 1, 2, 3
    contest.consolation_prizes = 4
    contest.save()
    for text, options, right in BANK:
        services.question_save(
            question=Question(contest=contest, text=text), options=options, correct=right, by=by
        )
    return services.contest_open(contest=contest, by=by)


def _take(contest, units, n: int, rng: random.Random) -> None:
    """`n` people of the communes answer once each, most of the questions right."""
    for i in range(n):
        participant = Participant.objects.create(
            contest=contest,
            name=f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}",
            phone=f"09{contest.pk % 10}{i:07d}",
            place=rng.choice(PLACES),
            age_group=rng.choice(AGES),
            unit=units[0] if rng.random() < 0.6 else rng.choice(units),
        )
        attempt = services.attempt_start(participant=participant)
        Attempt.objects.filter(pk=attempt.pk).update(
            started_at=F("started_at") - datetime.timedelta(seconds=rng.randint(90, 540))
        )
        picked = {}
        for question_id in attempt.question_ids:
            options = list(Option.objects.filter(question_id=question_id))
            good = next(o for o in options if o.is_correct)
            picked[question_id] = good.pk if rng.random() < 0.8 else rng.choice(options).pk
        services.attempt_submit(
            attempt=attempt, picked=picked, prediction=rng.randint(max(1, n - 15), n + 15)
        )


def contests_load(*, unit_key: str, communes: list[str], officer: str, leader: str) -> int:
    """Two contests of the province `unit_key`; returns how many were added."""
    unit = Unit.objects.get(key=unit_key)
    if unit.contests.exists():
        return 0
    by, chair = User.objects.get(username=officer), User.objects.get(username=leader)
    units = list(Unit.objects.filter(key__in=communes)) + list(
        Unit.objects.below(unit).current().exclude(key__in=communes)[:4]
    )
    rng = random.Random(32)
    now = timezone.now()
    rules = (
        "Cuộc thi dành cho mọi người dân, cán bộ, công chức, viên chức đang sinh sống, làm "
        "việc trên địa bàn thành phố. Mỗi người dự thi bằng một số điện thoại."
    )
    last = _contest(
        unit,
        by,
        title="Cuộc thi trực tuyến tìm hiểu về cải cách hành chính, đợt 1",
        opens_at=now - datetime.timedelta(days=30),
        rules=rules,
    )
    _take(last, units, 36, rng)
    services.contest_close(contest=last, by=by)
    services.decision_submit(contest=last, by=by)
    services.contest_publish(contest=last, by=chair)
    current = _contest(
        unit,
        by,
        title="Cuộc thi trực tuyến tìm hiểu về cải cách hành chính, đợt 2",
        opens_at=now - datetime.timedelta(days=2),
        rules=rules,
    )
    current.closes_at = now + datetime.timedelta(days=28)
    current.save(update_fields=["closes_at"])
    _take(current, units, 9, rng)
    return 2
