"""Every URL, requested by every persona, gives the outcome written in access_table.txt.

The table is the reviewed statement of who may reach what; the access map
(config/access.py) is what enforces it. Adding a URL without a row, or changing a rule
so that a persona's outcome changes, fails this test. Each request runs in a savepoint
that is rolled back, so one persona's POST does not change what the next one sees.

To see the outcomes as they are now (after a deliberate change of a rule):
    LOA_ACCESS_TABLE=write pytest loa/accounts/tests/test_access_table.py
writes access_table.new.txt beside the table; review it line by line before copying it.
"""

import datetime
import os
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from loa.accounts.models import Membership
from loa.activities.models import Activity, Evidence
from loa.plans import services as plans
from loa.plans.models import Channel, ReportingRule, Target, Task
from loa.portal import radio
from loa.portal import services as portal
from loa.portal.models import Broadcast
from loa.portal.tests.articles_factories import ArticleFactory, photo, published
from loa.portal.tests.factories import ProcedureFactory
from loa.reports import services as reports

TABLE = Path(__file__).with_name("access_table.txt")
PERSONAS = [
    "anonymous",
    "officer",  # officer of commune A, where every object lives
    "other_officer",  # officer of commune C, in the same province
    "leader",  # leader of A (position: Chủ tịch)
    "unit_admin",  # unit admin of A
    "supervisor",  # supervisor of province P, above A
    "other_supervisor",  # supervisor of province Q
]
NAMESPACES = [
    "",
    "accounts",
    "plans",
    "activities",
    "reports",
    "dashboard",
    "portal",
    "surveys",
    "contests",
]

# For each URL: the method a user sends it with, and the objects its arguments name.
# "draft", "submitted", "issued" are plans of commune A; "r_draft" … "r_sent" its reports.
GET, POST = "get", "post"
SPECS = {
    "home": (GET, {}),
    "healthz": (GET, {}),
    "accounts:login": (GET, {}),
    "accounts:logout": (POST, {}),
    "accounts:password_reset": (GET, {}),
    "accounts:password_reset_done": (GET, {}),
    "accounts:password_reset_confirm": (GET, {"uidb64": "MQ", "token": "sai-ma"}),
    "accounts:password_reset_complete": (GET, {}),
    "accounts:password_change": (GET, {}),
    "accounts:password_change_done": (GET, {}),
    "accounts:switch_unit": (POST, {}),
    "accounts:unit_detail": (GET, {"pk": "unit"}),
    "accounts:unit_settings": (GET, {"pk": "unit"}),
    "accounts:member_list": (GET, {"unit_pk": "unit"}),
    "accounts:member_edit": (GET, {"pk": "membership"}),
    "accounts:member_deactivate": (POST, {"pk": "membership"}),
    "accounts:office_list": (GET, {"unit_pk": "unit"}),
    "accounts:office_edit": (GET, {"pk": "office"}),
    "plans:index": (GET, {}),
    "plans:create": (GET, {}),
    "plans:lower": (GET, {}),
    "plans:lower_xlsx": (GET, {}),
    "plans:detail": (GET, {"pk": "draft"}),
    "plans:docx": (GET, {"pk": "issued"}),
    "plans:pdf": (GET, {"pk": "issued"}),
    "plans:edit": (GET, {"pk": "draft"}),
    "plans:sections": (GET, {"pk": "draft"}),
    "plans:section_add": (POST, {"pk": "draft"}),
    "plans:section_save": (POST, {"pk": "draft", "section_pk": "section"}),
    "plans:section_delete": (POST, {"pk": "draft", "section_pk": "section"}),
    "plans:section_move": (POST, {"pk": "draft", "section_pk": "section", "direction": "len"}),
    "plans:schedule_save": (POST, {"pk": "draft"}),
    "plans:reporting_add": (POST, {"pk": "draft"}),
    "plans:reporting_delete": (POST, {"pk": "draft", "rule_pk": "reporting_rule"}),
    "plans:tasks": (GET, {"pk": "draft"}),
    "plans:task_add": (POST, {"pk": "draft"}),
    "plans:task_edit": (GET, {"pk": "draft", "task_pk": "task"}),
    "plans:task_row": (GET, {"pk": "draft", "task_pk": "task"}),
    "plans:task_delete": (POST, {"pk": "draft", "task_pk": "task"}),
    "plans:task_accept": (POST, {"pk": "draft", "task_pk": "task"}),
    "plans:task_move": (POST, {"pk": "draft", "task_pk": "task", "direction": "len"}),
    "plans:targets": (GET, {"pk": "draft"}),
    "plans:target_edit": (GET, {"pk": "draft", "target_pk": "target"}),
    "plans:target_delete": (POST, {"pk": "draft", "target_pk": "target"}),
    "plans:submit": (POST, {"pk": "draft"}),
    "plans:send_back": (GET, {"pk": "submitted"}),
    "plans:issue": (GET, {"pk": "submitted"}),
    "plans:amend": (POST, {"pk": "issued_alone"}),
    "plans:delete_draft": (POST, {"pk": "draft"}),
    "activities:index": (GET, {}),
    "activities:create": (GET, {}),
    "activities:export": (GET, {}),
    "activities:import": (GET, {}),
    "activities:import_template": (GET, {}),
    "activities:import_confirm": (POST, {}),
    "activities:tasks": (GET, {}),
    "activities:task_manual_progress": (POST, {"task_pk": "issued_task"}),
    "activities:targets": (GET, {}),
    "activities:target_entry": (GET, {"target_pk": "issued_target"}),
    "activities:detail": (GET, {"pk": "activity"}),
    "activities:delete": (POST, {"pk": "activity"}),
    "activities:evidence": (GET, {"pk": "activity", "evidence_pk": "evidence"}),
    "activities:evidence_thumb": (GET, {"pk": "activity", "evidence_pk": "evidence"}),
    "activities:evidence_delete": (POST, {"pk": "activity", "evidence_pk": "evidence"}),
    "reports:index": (GET, {}),
    "reports:create": (POST, {}),
    "reports:rollup": (GET, {}),
    "reports:remind": (POST, {}),
    "reports:former": (GET, {}),
    "reports:deadline_set": (POST, {}),
    "reports:detail": (GET, {"pk": "r_sent"}),
    "reports:docx": (GET, {"pk": "r_sent"}),
    "reports:pdf": (GET, {"pk": "r_draft"}),
    "reports:xlsx": (GET, {"pk": "r_sent"}),
    "reports:edit": (GET, {"pk": "r_draft"}),
    "reports:redraft": (POST, {"pk": "r_draft"}),
    "reports:correction_add": (POST, {"pk": "r_draft"}),
    "reports:correction_withdraw": (POST, {"pk": "r_draft", "correction_pk": "correction"}),
    "reports:submit": (POST, {"pk": "r_draft"}),
    "reports:send_back": (POST, {"pk": "r_submitted"}),
    "reports:issue": (GET, {"pk": "r_submitted"}),
    "reports:send": (POST, {"pk": "r_issued"}),
    "reports:next_year_plan": (POST, {"pk": "r_sent"}),
    "dashboard:index": (GET, {}),
    "dashboard:country": (GET, {}),
    "dashboard:country_xlsx": (GET, {}),
    "dashboard:unit": (GET, {"key": "unit_key"}),
    "dashboard:unit_pdf": (GET, {"key": "unit_key"}),
    "dashboard:unit_xlsx": (GET, {"key": "province_key"}),
    # a unit's score and its province's scoring rules, this year (ADR 35)
    "dashboard:score": (GET, {"key": "unit_key", "year": "this_year"}),
    "dashboard:rules": (GET, {"key": "province_key", "year": "this_year"}),
    "portal:index": (GET, {}),
    "portal:unit_site": (GET, {"code": "unit_code"}),
    "portal:procedure_list": (GET, {"code": "unit_code"}),
    "portal:procedure_detail": (GET, {"code": "unit_code", "pk": "procedure"}),
    "portal:contact_edit": (GET, {"pk": "unit"}),
    "portal:procedure_desk": (GET, {"pk": "unit"}),
    "portal:procedure_list_docx": (GET, {"pk": "unit"}),
    "portal:procedure_list_pdf": (GET, {"pk": "unit"}),
    "portal:procedure_import": (GET, {}),
    "portal:procedure_import_template": (GET, {}),
    "portal:procedure_import_confirm": (POST, {}),
    "portal:radio_list": (GET, {"pk": "unit"}),
    "portal:radio_detail": (GET, {"pk": "bulletin"}),
    "portal:radio_recompile": (POST, {"pk": "bulletin"}),
    "portal:radio_slot_add": (POST, {"pk": "bulletin"}),
    "portal:radio_print": (GET, {"pk": "bulletin"}),
    "portal:radio_text": (GET, {"pk": "bulletin"}),
    "portal:radio_slot_done": (POST, {"pk": "broadcast"}),
    "portal:radio_slot_undo": (POST, {"pk": "broadcast"}),
    "portal:radio_slot_delete": (POST, {"pk": "broadcast"}),
    # the CCHC column: a_draft, a_submitted, a_published are articles of commune A
    "portal:column_home": (GET, {"code": "unit_code"}),
    "portal:column_area": (GET, {"code": "unit_code", "area": "area_code"}),
    "portal:article_detail": (GET, {"code": "unit_code", "pk": "a_published", "slug": "a_slug"}),
    "portal:article_print": (GET, {"code": "unit_code", "pk": "a_published"}),
    "portal:article_feed": (GET, {"code": "unit_code"}),
    "portal:article_cover": (GET, {"code": "unit_code", "pk": "a_published"}),
    "portal:article_thumbnail": (GET, {"code": "unit_code", "pk": "a_draft"}),
    "portal:column_admin": (GET, {"pk": "unit"}),
    "portal:article_create": (GET, {"pk": "unit"}),
    "portal:article_review": (GET, {"pk": "a_submitted"}),
    "portal:article_edit": (GET, {"pk": "a_draft"}),
    "portal:article_submit": (POST, {"pk": "a_draft"}),
    "portal:article_publish": (POST, {"pk": "a_submitted"}),
    "portal:article_send_back": (POST, {"pk": "a_submitted"}),
    "portal:article_withdraw": (POST, {"pk": "a_published"}),
    "sitemap": (GET, {}),
    "portal:feedback_form": (GET, {"code": "unit_code"}),
    "portal:feedback_sent": (GET, {"code": "unit_code", "receipt": "feedback_code"}),
    "portal:feedback_lookup": (GET, {"code": "unit_code"}),
    "portal:answer_list": (GET, {"code": "unit_code"}),
    "portal:answer_detail": (GET, {"code": "unit_code", "pk": "fb_answered"}),
    "portal:answer_docx": (GET, {"code": "unit_code", "pk": "fb_answered"}),
    "portal:answer_pdf": (GET, {"code": "unit_code", "pk": "fb_answered"}),
    "portal:feedback_desk": (GET, {"pk": "unit"}),
    "portal:feedback_desk_item": (GET, {"pk": "fb_received"}),
    "portal:feedback_accept": (POST, {"pk": "fb_received"}),
    "portal:feedback_reject": (POST, {"pk": "fb_received"}),
    "portal:feedback_forward": (POST, {"pk": "fb_received"}),
    "portal:feedback_answer_edit": (POST, {"pk": "fb_accepted"}),
    "portal:feedback_attachment": (GET, {"pk": "fb_received", "attachment_pk": "fb_file"}),
    "portal:feedback_answer_submit": (POST, {"pk": "fb_draft_answer"}),
    "portal:feedback_answer_send_back": (POST, {"pk": "fb_submitted_answer"}),
    "portal:feedback_answer_issue": (POST, {"pk": "fb_submitted_answer"}),
    "portal:feedback_answer_docx": (GET, {"pk": "fb_draft_answer"}),
    "portal:feedback_answer_pdf": (GET, {"pk": "fb_draft_answer"}),
    # satisfaction surveys (ADR 31): s_draft is being written, s_open takes answers
    "surveys:list": (GET, {"pk": "unit"}),
    "surveys:create": (GET, {"pk": "unit"}),
    "surveys:edit": (GET, {"pk": "s_open"}),
    "surveys:question_add": (GET, {"pk": "s_draft"}),
    "surveys:open": (POST, {"pk": "s_draft"}),
    "surveys:close": (POST, {"pk": "s_open"}),
    "surveys:results": (GET, {"pk": "s_open"}),
    "surveys:xlsx": (GET, {"pk": "s_open"}),
    "surveys:poster": (GET, {"pk": "s_open"}),
    "surveys:question_edit": (GET, {"pk": "s_question"}),
    "surveys:question_delete": (POST, {"pk": "s_question"}),
    "surveys:question_move": (POST, {"pk": "s_question"}),
    "surveys:public": (GET, {"code": "unit_code", "pk": "s_open"}),
    "surveys:thanks": (GET, {"code": "unit_code", "pk": "s_open"}),
    # online contests (ADR 32): c_draft is being written, c_open takes attempts, c_closed
    # awaits its decision, c_submitted the leader's signature; c_published shows winners
    "contests:list": (GET, {"pk": "unit"}),
    "contests:create": (GET, {"pk": "unit"}),
    "contests:edit": (GET, {"pk": "c_open"}),
    "contests:question_add": (GET, {"pk": "c_draft"}),
    "contests:question_import": (GET, {"pk": "c_draft"}),
    "contests:open": (POST, {"pk": "c_draft"}),
    "contests:close": (POST, {"pk": "c_open"}),
    "contests:results": (GET, {"pk": "c_open"}),
    "contests:xlsx": (GET, {"pk": "c_open"}),
    "contests:decision_submit": (POST, {"pk": "c_closed"}),
    "contests:decision_file": (GET, {"pk": "c_published", "kind": "docx"}),
    "contests:publish": (POST, {"pk": "c_submitted"}),
    "contests:decision_send_back": (POST, {"pk": "c_submitted"}),
    "contests:suspicious": (GET, {"pk": "c_open"}),
    "contests:question_edit": (GET, {"pk": "c_question"}),
    "contests:question_delete": (POST, {"pk": "c_question"}),
    "contests:public": (GET, {"code": "unit_code", "pk": "c_open"}),
    "contests:attempt": (GET, {"code": "unit_code", "pk": "c_open", "token": "c_token"}),
    "contests:public_results": (GET, {"code": "unit_code", "pk": "c_published"}),
}


def _url_names(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            if ns != "admin:":  # the Django admin checks staff itself (test_access_map)
                yield from _url_names(entry, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}"


def _table() -> dict[str, list[str]]:
    rows = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, *outcomes = line.split()
            rows[name] = outcomes
    return rows


def _outcome(response) -> str:
    code = response.status_code
    if code in (301, 302, 303):
        login = reverse("accounts:login")
        return "login" if response["Location"].startswith(login) else "redirect"
    return str(code) if code >= 300 else "ok"


@pytest.fixture
def world(offices, personas, tmp_path, settings):
    """Commune A with a plan at each stage, tasks, targets, an activity with a file, and a
    report at each stage; the personas of conftest.py around it."""
    settings.MEDIA_ROOT = tmp_path
    unit, officer = offices["A"], personas["officer_a"]
    leader = personas["leader_a"]
    year = timezone.localdate().year
    today = timezone.localdate()

    issued = plans.plan_create_from_template(unit=unit, year=year, by=officer)
    Task.objects.create(plan=issued, order=90, content="Chuyên mục trên đài truyền thanh xã")
    Target.objects.create(plan=issued, order=90, text="100% tin bài được đăng tải")
    plans.plan_submit(plan=issued, by=officer)
    plans.plan_issue(plan=issued, by=leader, on=today)
    issued_alone = plans.plan_create_from_template(unit=unit, year=year + 1, by=officer)
    plans.plan_submit(plan=issued_alone, by=officer)
    plans.plan_issue(plan=issued_alone, by=leader, on=today)
    draft = plans.plan_amend(plan=issued, by=officer)
    submitted = plans.plan_create_from_template(unit=unit, year=year - 1, by=officer)
    plans.plan_submit(plan=submitted, by=officer)
    reporting_rule = ReportingRule.objects.create(plan=draft, kind="annual", recipient="UBND tỉnh")

    activity = Activity.objects.create(
        unit=unit,
        channel=Channel.objects.get(code="radio"),
        title="Chuyên mục CCHC tháng này",
        started_on=today,
        quantity=1,
        created_by=officer,
    )
    evidence = Evidence.objects.create(
        activity=activity,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="bien-ban.pdf"),
        original_name="bien-ban.pdf",
        content_type="application/pdf",
        size=16,
        uploaded_by=officer,
    )

    def report(kind, index, *steps):
        made = reports.report_create(unit=unit, kind=kind, year=year - 1, index=index, by=officer)
        for step in steps:
            step(made)
        return made

    def submit(r):
        reports.report_submit(report=r, by=officer)

    def issue(r):
        reports.report_issue(report=r, by=leader, on=today)

    def send(r):
        reports.report_send(report=r, by=officer)

    r_draft = report("quarter", 1)
    correction = reports.correction_add(
        report=r_draft,
        by=officer,
        channel=Channel.objects.get(code="radio"),
        quantity_delta=2,
        participants_delta=0,
        reason="Bổ sung hai tin chưa ghi nhận",
    )
    a_published = published(
        unit=unit, officer=officer, leader=leader, cover=photo(size=(300, 200)), cover_alt="Ảnh"
    )
    a_draft = ArticleFactory(unit=unit, by=officer, cover=photo(size=(300, 200)), cover_alt="Ảnh")
    a_submitted = portal.article_submit(article=ArticleFactory(unit=unit, by=officer), by=officer)
    feedback = _feedback_world(unit, officer, leader)
    return {
        **feedback,
        "unit": unit,
        "unit_code": unit.code,
        "unit_key": unit.key,
        "province_key": unit.parent.key,
        "this_year": year,
        "a_draft": a_draft,
        "a_submitted": a_submitted,
        "a_published": a_published,
        "a_slug": a_published.slug,
        "area_code": a_published.reform_area.code,
        "procedure": ProcedureFactory(name="Đăng ký khai sinh"),
        "membership": Membership.objects.get(user=officer, unit=unit),
        "office": unit.offices.first(),
        "draft": draft,
        "submitted": submitted,
        "issued": issued,
        "issued_alone": issued_alone,
        "section": draft.sections.first(),
        "task": draft.tasks.get(content__startswith="Chuyên mục trên đài"),
        "target": draft.targets.get(text__startswith="100% tin bài"),
        "reporting_rule": reporting_rule,
        "issued_task": issued.tasks.get(order=90),
        "issued_target": issued.targets.get(order=90),
        "activity": activity,
        "evidence": evidence,
        "r_draft": r_draft,
        "correction": correction,
        "r_submitted": report("quarter", 2, submit),
        "r_issued": report("quarter", 3, submit, issue),
        "r_sent": report("annual", 1, submit, issue, send),
        **_radio(unit, officer),
        **_surveys(unit, officer),
        **_contests(unit, officer, leader),
    }


def _radio(unit, officer) -> dict:
    bulletin = radio.bulletin_create(unit=unit, year=2026, month=5, by=officer)
    broadcast = Broadcast.objects.create(
        bulletin=bulletin, on=timezone.localdate(), at=datetime.time(17, 0)
    )
    return {"bulletin": bulletin, "broadcast": broadcast}


def _surveys(unit, officer) -> dict:
    """A survey of commune A being drafted, and one open (ADR 31)."""
    from loa.surveys import services as surveys

    s_draft = surveys.survey_from_sipas(unit=unit, by=officer, title="Đang soạn")
    s_open = surveys.survey_open(
        survey=surveys.survey_from_sipas(unit=unit, by=officer, title="Đang mở"), by=officer
    )
    return {"s_draft": s_draft, "s_open": s_open, "s_question": s_draft.questions.first()}


def _contests(unit, officer, leader) -> dict:
    """Contests of commune A at each stage, and an attempt of the open one (ADR 32)."""
    from loa.contests import services as contests
    from loa.contests.models import Participant, Question

    def made(title, *steps):
        contest = contests.contest_create(unit=unit, by=officer, title=title)
        contest.questions_per_attempt = 1
        contest.save(update_fields=["questions_per_attempt"])
        contests.question_save(
            question=Question(contest=contest, text="Câu hỏi?"),
            options=["Sai", "Đúng"],
            correct=1,
            by=officer,
        )
        for step in steps:
            step(contest=contest)
        return contest

    def opened(contest):
        contests.contest_open(contest=contest, by=officer)

    def closed(contest):
        contests.contest_close(contest=contest, by=officer)

    def decided(contest):
        contests.decision_submit(contest=contest, by=officer)

    def published(contest):
        contests.contest_publish(contest=contest, by=leader)

    c_draft = made("Đang soạn")
    c_open = made("Đang mở", opened)
    participant = Participant.objects.create(
        contest=c_open,
        name="Nguyễn Văn An",
        phone="0912345678",
        place="Thôn Đông",
        age_group="18-30",
        unit=unit,
    )
    return {
        "c_draft": c_draft,
        "c_question": c_draft.questions.first(),
        "c_open": c_open,
        "c_token": contests.attempt_start(participant=participant).token,
        "c_closed": made("Đã đóng", opened, closed),
        "c_submitted": made("Đã trình quyết định", opened, closed, decided),
        "c_published": made("Đã công bố", opened, closed, decided, published),
    }


def _feedback_world(unit, officer, leader) -> dict:
    """Citizens' feedback of commune A at each stage (ADR 26)."""
    from loa.portal import feedback_services as fb
    from loa.portal.models import FeedbackAttachment

    def received(title):
        return fb.feedback_receive(
            unit=unit,
            data={
                "sender_name": "Nguyễn Văn An",
                "sender_address": "Thôn Đông",
                "sender_phone": "0912345678",
                "title": title,
                "content": "Nội dung phản ánh.",
                "consent": True,
            },
        )

    def drafted(title):
        item = received(title)
        fb.feedback_accept(feedback=item, by=officer, about_procedure=False, field="Hộ tịch")
        return item, fb.answer_save(
            feedback=item, by=officer, body="Trả lời.", public_title=title, public_content="N"
        )

    fb_received = received("Chờ xử lý")
    fb_file = FeedbackAttachment(
        feedback=fb_received, original_name="don.pdf", content_type="application/pdf", size=9
    )
    fb_file.file.save("don.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    fb_accepted, fb_draft_answer = drafted("Đang soạn trả lời")
    _, fb_submitted_answer = drafted("Đã trình")
    fb.answer_submit(feedbackanswer=fb_submitted_answer, by=officer)
    fb_answered, answer = drafted("Đã trả lời")
    fb.answer_submit(feedbackanswer=answer, by=officer)
    fb.answer_issue(feedbackanswer=answer, by=leader)
    return {
        "feedback_code": fb_received.code,
        "fb_received": fb_received,
        "fb_file": fb_file,
        "fb_accepted": fb_accepted,
        "fb_draft_answer": fb_draft_answer,
        "fb_submitted_answer": fb_submitted_answer,
        "fb_answered": fb_answered,
    }


def url_argument(world, name):
    """A URL argument: the pk of the world's object, or a value the world holds (a unit's
    code), or the name itself."""
    value = world.get(name, name)
    return getattr(value, "pk", value)


def _users(personas):
    return {
        "officer": personas["officer_a"],
        "other_officer": personas["officer_c"],
        "leader": personas["leader_a"],
        "unit_admin": personas["admin_a"],
        "supervisor": personas["supervisor_p"],
        "other_supervisor": personas["supervisor_q"],
    }


def _request(user, method: str, url: str):
    """One request, signed in afresh, whose effects are undone (a logout included): the
    next persona finds the world as it was."""
    with transaction.atomic():
        client = Client()
        if user is not None:
            client.force_login(user)
        response = getattr(client, method)(url)
        transaction.set_rollback(True)
    return response


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_every_url_gives_each_persona_the_outcome_in_the_table(namespace, world, tree, personas):
    names = sorted(
        n for n in _url_names() if (n.rsplit(":", 1)[0] if ":" in n else "") == namespace
    )
    assert names, namespace
    without_spec = [n for n in names if n not in SPECS]
    assert without_spec == [], f"say how to request these URLs in SPECS: {without_spec}"
    table = _table()
    users = _users(personas)
    seen, wrong, missing = {}, [], []
    for name in names:
        method, args = SPECS[name]
        url = reverse(name, kwargs={k: url_argument(world, v) for k, v in args.items()})
        seen[name] = [_outcome(_request(users.get(p), method, url)) for p in PERSONAS]
        if name not in table:
            missing.append(name)
        elif table[name] != seen[name]:
            wrong.append(f"{name}: table {table[name]}, got {seen[name]}")
    if os.environ.get("LOA_ACCESS_TABLE") == "write":
        out = TABLE.with_name(f"access_table.new.{namespace or 'root'}.txt")
        out.write_text("".join(f"{n} {' '.join(o)}\n" for n, o in seen.items()), encoding="utf-8")
    assert missing == [], f"URLs without a row in {TABLE.name} (personas {PERSONAS}): {missing}"
    assert wrong == [], "\n".join(wrong)


def test_the_table_names_no_url_that_does_not_exist():
    names = set(_url_names())
    assert [n for n in _table() if n not in names] == []
    assert set(SPECS) == names


def test_each_row_has_one_outcome_per_persona():
    assert all(len(outcomes) == len(PERSONAS) for outcomes in _table().values())


@pytest.mark.django_db
def test_removing_a_rule_from_the_map_refuses_the_url_to_everyone(settings, personas):
    """The middleware, not the view, decides: with `plans:index` gone from the map even its
    owner is refused."""
    from config.access import ACCESS

    settings.ACCESS_MAP = "loa.accounts.tests.test_access_table.MAP_WITHOUT_PLANS_INDEX"
    global MAP_WITHOUT_PLANS_INDEX
    MAP_WITHOUT_PLANS_INDEX = {k: v for k, v in ACCESS.items() if k != "plans:index"}
    client = Client()
    client.force_login(personas["officer_a"])
    assert client.get(reverse("plans:index")).status_code == 403
    assert client.get(reverse("home")).status_code == 200


MAP_WITHOUT_PLANS_INDEX: dict = {}
