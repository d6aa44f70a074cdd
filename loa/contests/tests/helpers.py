"""Shared by the contests tests: a contest of province P with a bank of questions whose
right option is known, opened; registering through the public page as a browser would."""

from django.urls import reverse

from loa.contests import services
from loa.contests.models import Question
from loa.portal import challenge

RIGHT = "Đúng"


def contest_open(unit, officer, *, questions=6, per_attempt=4, **fields):
    contest = services.contest_create(unit=unit, by=officer, title="Tìm hiểu CCHC năm 2026")
    for n in range(1, questions + 1):
        services.question_save(
            question=Question(contest=contest, text=f"Câu hỏi số {n} về cải cách hành chính?"),
            options=[f"Phương án sai {n}a", RIGHT + f" {n}", f"Phương án sai {n}b"],
            correct=1,
            by=officer,
        )
    contest.questions_per_attempt = per_attempt
    for name, value in fields.items():
        setattr(contest, name, value)
    contest.save()
    return services.contest_open(contest=contest, by=officer)


def registration(unit, **overrides) -> dict:
    token = challenge.issue().token
    data = {
        "name": "Nguyễn Thị Hoa",
        "phone": "0912 345 678",
        "place": "Trường THCS An Lạc",
        "age_group": "31-45",
        "unit": unit.pk,
        "challenge": token,
        "pow_nonce": challenge.solve(token),
        "answer": "",
    }
    data.update(overrides)
    return data


def public_url(contest) -> str:
    return reverse("contests:public", kwargs={"code": contest.unit.code, "pk": contest.pk})


def register(client, contest, unit, **overrides):
    return client.post(public_url(contest), registration(unit, **overrides))


def sheet(attempt, *, right: int, prediction: int = 3) -> dict:
    """The POST of the attempt's sheet with `right` questions answered right, the rest wrong."""
    from loa.contests.models import Option

    data = {"prediction": prediction}
    for n, question_id in enumerate(attempt.question_ids):
        options = Option.objects.filter(question_id=question_id)
        pick = options.get(is_correct=True) if n < right else options.filter(is_correct=False)[0]
        data[f"q{question_id}"] = pick.pk
    return data
