"""Every URL of the access map, fed hostile input by the personas that may use it, answers
without a server error (issue #10: "no 500 from input").

The world, the personas and how to request each URL are test_access_table's. Each persona
the map lets through opens each URL; every <form> on the pages they see (its action,
method, fields, the values a browser would send, blanks filled in as an official would)
and every parameter the view reads that no form sends (`request.GET.get("bo_phan")`,
`year_param(request.GET)`, in the view and the helpers of its module it calls) is a
target. Each field in turn is replaced by the hostile values of its kind (numbers for
numbers and choices, dates for dates, all of them for a parameter no form shows) or left
out, the others keeping their values; each choice of a short list is sent with every date
at an end of the calendar; each object argument of a path is tried with 0 and numbers too
large to store. The personas take turns. Every request runs in a savepoint that is rolled
back: the world stays as built. About 2,500 requests, under a minute on SQLite.

    pytest -s loa/accounts/tests/test_fuzz.py   # prints "fuzz: N requests, E 5xx, …"
"""

import inspect
import logging
import re
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode, urlsplit

import lxml.html
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone

from config.access import ACCESS
from loa.accounts.access import LOGIN, PUBLIC
from loa.accounts.tests import test_access_table as access
from loa.accounts.tests.test_access_table import world  # noqa: F401 (the fixture)

HUGE = "99999999999999999999"  # beyond a 64-bit integer
MISSING = object()  # the field is not sent at all
ANY = [MISSING, ["1", "2"], "x" * 100_000, "a\x00b"]  # a list where one value is due
NUMBERS = ["0", "-1", "2147483648", HUGE, "-" + HUGE]  # 2147483648: past PostgreSQL's integer
DATES = ["2026-02-30", "0001-01-01", "9999-12-31", "31/12/99999"]
HOSTILE = {
    "number": ANY + NUMBERS,
    "date": ANY + DATES + [HUGE],
    "text": ANY + [HUGE],
    "unknown": ["", *ANY, *NUMBERS, *DATES],  # read by the view, not shown in a form
}
DATE_NAME = re.compile(r"(^|_)(date|start|end|due_on|started_on|ended_on|on|ngay)($|_)")
READS = re.compile(r"""request\.(GET|POST)(?:\.get|\.getlist)?[\[(]\s*["']([\w-]+)["']""")
READS_YEAR = re.compile(r"year_param\(\s*request\.(GET|POST)")


@dataclass
class Target:
    """One way of sending input to a URL: a form of a page, or the view's own reading."""

    method: str
    path: str
    name: str  # its URL name
    query: dict = field(default_factory=dict)  # the action's own query string
    fields: dict = field(default_factory=dict)  # name -> value a browser sends
    kinds: dict = field(default_factory=dict)  # name -> key of HOSTILE
    files: set = field(default_factory=set)  # names of file inputs
    options: dict = field(default_factory=dict)  # name of a select -> its values

    def shape(self) -> tuple:
        """Forms alike but for the object they name (a section's, a task's) are tried once."""
        fields = tuple(sorted(re.sub(r"\d+", "#", k) for k in self.fields))
        return self.name, self.method, fields


def _url_name(path: str) -> str | None:
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def _personas_allowed(name: str, table: dict) -> list[str]:
    """The personas the access map lets through to `name` (the view may still refuse)."""
    rule = ACCESS.get(name)
    if rule == PUBLIC:
        return list(access.PERSONAS)
    if rule == LOGIN:
        return [p for p in access.PERSONAS if p != "anonymous"]
    outcomes = zip(access.PERSONAS, table[name], strict=True)
    return [p for p, outcome in outcomes if outcome in ("ok", "redirect", "400")]


def _view_reads(path: str) -> dict[str, set[str]]:
    """The parameters that the view behind `path` reads, by method: in its own code and in
    the helpers of its module it calls (`_period(request)`)."""
    view = inspect.unwrap(resolve(path).func)
    module = inspect.getmodule(view)
    source = inspect.getsource(view)
    for helper in set(re.findall(r"\b(_\w+)\(", source)):
        if inspect.isfunction(getattr(module, helper, None)):
            source += inspect.getsource(getattr(module, helper))
    reads = {"GET": set(), "POST": set()}
    for method, name in READS.findall(source):
        reads[method].add(name)
    for method in READS_YEAR.findall(source):
        reads[method].add("nam")
    return reads


def _kind(element) -> str:
    kind = (element.get("type") or element.tag).lower()
    name = element.get("name") or ""
    if kind == "date" or DATE_NAME.search(name):
        return "date"
    if kind == "hidden":  # an id, or a token or version that is text
        return "number" if (element.get("value") or "").isdigit() else "text"
    if kind in ("number", "select", "checkbox", "radio"):
        return "number"
    return "text"


def _forms(html: str, page: str) -> list[Target]:
    """The forms of a page, each with the values a browser would send as it stands."""
    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # an empty body
        return []
    found = []
    for form in tree.forms:
        action = urlsplit(form.get("action") or page)
        path = action.path or urlsplit(page).path
        name = _url_name(path)
        if name is None or name.startswith("admin:"):
            continue
        method = (form.get("method") or "get").lower()
        target = Target(method, path, name, query=dict(parse_qsl(action.query)))
        for element in form.inputs:
            key = element.get("name")
            if not key or key == "csrfmiddlewaretoken":
                continue
            kind = (element.get("type") or "").lower()
            target.kinds[key] = _kind(element)
            if kind == "file":
                target.files.add(key)
            elif kind in ("checkbox", "radio"):
                if element.checked:
                    target.fields[key] = element.get("value", "on")
                else:
                    target.fields.setdefault(key, MISSING)
            elif element.tag == "select":
                values = [o.get("value", o.text or "") for o in element.xpath(".//option")]
                chosen = [
                    o.get("value", o.text or "") for o in element.xpath(".//option[@selected]")
                ]
                target.fields[key] = (chosen or values or [""])[0]
                target.options[key] = values
            elif element.tag == "textarea":
                target.fields[key] = element.text or ""
            else:
                target.fields[key] = element.get("value", "")
        found.append(_filled(target))
    return found


def _filled(target: Target) -> Target:
    """The form as an official fills it in before sending: what is blank gets a plausible
    value, so that hostile values reach the work done after the form is valid."""
    today = timezone.localdate()
    for key, value in target.fields.items():
        if value != "":
            continue
        kind, options = target.kinds.get(key), [o for o in target.options.get(key, []) if o]
        if options:
            target.fields[key] = options[0]
        elif kind == "date":
            target.fields[key] = today.isoformat()
        elif kind == "number":
            target.fields[key] = str(today.year) if re.search(r"year|nam", key) else "1"
        elif kind == "text":
            target.fields[key] = "Nội dung thử"
    return target


def _get(client, path: str):
    with transaction.atomic():
        response = client.get(path)
        transaction.set_rollback(True)
    return response


def _targets(world, clients, table) -> tuple[list[Target], int]:  # noqa: F811
    """Every form on the pages the personas may open, one per shape, and the parameters
    each view reads that none of its forms sends; with the number of pages opened."""
    forms: dict[tuple, Target] = {}
    reads: list[Target] = []
    pages = 0
    for name, (method, args) in sorted(access.SPECS.items()):
        path = reverse(name, kwargs={k: access.url_argument(world, v) for k, v in args.items()})
        for persona in _personas_allowed(name, table):
            response = _get(clients[persona], path)
            pages += 1
            if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                for form in _forms(response.text, path):
                    known = forms.setdefault(form.shape(), form)
                    if known is not form:
                        known.kinds.update(form.kinds)
                        known.files |= form.files
        wanted = "post" if method == access.POST else "get"
        own, read = Target(wanted, path, name), _view_reads(path)
        own.fields = dict.fromkeys(read["POST" if wanted == "post" else "GET"], MISSING)
        if wanted == "post":  # a POST view may read its query string too
            own.query = dict.fromkeys(read["GET"], MISSING)
        reads.append(own)
    for own in reads:
        sent = set()
        for form in forms.values():
            if (form.name, form.method) == (own.name, own.method):
                sent |= set(form.fields) | set(form.query)
        own.fields = {k: v for k, v in own.fields.items() if k not in sent}
        own.query = {k: v for k, v in own.query.items() if k not in sent}
    return [*forms.values(), *(t for t in reads if t.fields or t.query)], pages


def _path_variants(world) -> list[tuple[str, str, str]]:  # noqa: F811
    """Each URL with each object argument replaced by 0 and by numbers too large to store."""
    variants = []
    for name, (method, args) in sorted(access.SPECS.items()):
        kwargs = {k: access.url_argument(world, v) for k, v in args.items()}
        for arg, value in args.items():
            if hasattr(world.get(value), "pk"):
                for hostile in ("0", "2147483648", HUGE):
                    variants.append((name, method, reverse(name, kwargs={**kwargs, arg: hostile})))
    return variants


def _with(values: dict, key: str | None = None, value=None) -> dict:
    """The values to send: `values` with `key` set to `value` (or left out)."""
    data = {k: v for k, v in values.items() if v is not MISSING}
    if key is not None:
        data.pop(key, None)
        if value is not MISSING:
            data[key] = value
    return data


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:30]}… ({len(text)} chars)"


def _requests(targets, table):
    """(persona, method, path, data, what) for each hostile value of each field of each
    target, the personas taking turns."""
    for target in targets:
        allowed = _personas_allowed(target.name, table)
        turn = 0
        for where, keys in (("query", target.query), ("field", target.fields)):
            for key in [*keys, *(target.files if where == "field" else ())]:
                kind = "file" if key in target.files else target.kinds.get(key, "unknown")
                for value in [MISSING, b"\x00" * 64] if kind == "file" else HOSTILE[kind]:
                    persona = allowed[turn % len(allowed)]
                    turn += 1
                    query, data = _with(target.query), _with(target.fields)
                    if where == "query":
                        query = _with(target.query, key, value)
                    elif kind == "file" and value is not MISSING:
                        data[key] = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4\n" + value)
                    else:
                        data = _with(target.fields, key, value)
                    path = f"{target.path}?{urlencode(query, doseq=True)}" if query else target.path
                    yield persona, target.method, path, data, f"{key}={_short(value)}"
        # each choice of a short list with every date at an end of the calendar: a kind of
        # report, say, whose period is computed from them
        dates = [k for k, kind in target.kinds.items() if kind == "date" and k in target.fields]
        for key, values in target.options.items() if dates else ():
            for value in values[:8]:
                for day in ("0001-01-01", "9999-12-31"):
                    data = {**_with(target.fields, key, value), **dict.fromkeys(dates, day)}
                    persona = allowed[turn % len(allowed)]
                    turn += 1
                    yield persona, target.method, target.path, data, f"{key}={value!r}, {day}"


def test_no_hostile_input_to_any_url_is_a_server_error(
    world,  # noqa: F811
    personas,
    record_property,
):
    started = time.monotonic()
    users = access._users(personas)
    table = access._table()
    clients = {}
    for persona in access.PERSONAS:
        clients[persona] = Client(raise_request_exception=False)
        if users.get(persona) is not None:
            clients[persona].force_login(users[persona])
    cookies = {p: SimpleCookie(c.cookies) for p, c in clients.items()}
    requests, errors = 0, []
    # 404s, 400s and failed sign-ins by the thousand
    quiet = [logging.getLogger(name) for name in ("django.request", "axes")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.CRITICAL)
    try:
        targets, requests = _targets(world, clients, table)
        hostile = list(_requests(targets, table))
        for name, method, path in _path_variants(world):
            for persona in _personas_allowed(name, table)[:1]:
                hostile.append((persona, method, path, {}, "path"))
        for persona, method, path, data, what in hostile:
            client = clients[persona]
            client.cookies = SimpleCookie(cookies[persona])  # as signed in, whatever came since
            requests += 1
            try:
                with transaction.atomic():
                    status = getattr(client, method)(path, data).status_code
                    transaction.set_rollback(True)
            except Exception as error:  # what the server would answer with a 500
                status = f"500 ({type(error).__name__}: {str(error)[:80]})"
            if str(status).startswith("5"):
                errors.append(f"{persona} {method.upper()} {path} {what} → {status}")
    finally:
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)
    elapsed = time.monotonic() - started
    line = f"fuzz: {requests} requests, {len(errors)} 5xx, {len(targets)} forms, {elapsed:.0f} s"
    print(line)
    record_property("summary", line)  # printed at the end of the run (conftest.py)
    assert errors == [], "\n".join(errors)
