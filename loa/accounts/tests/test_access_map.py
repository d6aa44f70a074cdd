"""Every URL has an entry in config/access.py, and the middleware enforces it."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from loa.accounts.access import LOGIN, PUBLIC, STAFF, On, OnUnit, access_map, rule_for


def _patterns(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, ns)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}{entry.name}" if entry.name else f"{namespace}<unnamed>"
            yield name, entry


def _view_names():
    return (name for name, _ in _patterns())


def test_every_url_has_an_access_rule():
    missing = sorted(name for name in set(_view_names()) if rule_for(name) is None)
    assert missing == [], f"URLs without an entry in config/access.py: {missing}"


def test_every_rule_is_a_known_kind_or_a_registered_permission():
    import rules

    for name, rule in access_map().items():
        if rule in (PUBLIC, LOGIN, STAFF):
            continue
        assert isinstance(rule, On | OnUnit), (name, rule)
        assert rules.perm_exists(rule.perm), (name, rule.perm)
        assert not rule.write_perm or rules.perm_exists(rule.write_perm), (name, rule)


def test_the_map_names_no_url_that_does_not_exist():
    names = set(_view_names())
    stale = [n for n in access_map() if not n.endswith(":*") and n not in names]
    assert stale == []


def _sample_url(name, pattern):
    """A URL for `name`: 1 for every integer argument, "len" for every other one."""
    from django.urls.converters import IntConverter

    converters = getattr(pattern.pattern, "converters", {})
    kwargs = {
        key: 1 if isinstance(conv, IntConverter) else "len" for key, conv in converters.items()
    }
    return reverse(name, kwargs=kwargs)


@pytest.mark.django_db
def test_anonymous_is_sent_to_login_for_every_non_public_url(client):
    for name, pattern in sorted(dict(_patterns()).items()):
        rule = rule_for(name)
        if rule in (PUBLIC, STAFF) or name.startswith("admin:"):
            continue
        url = _sample_url(name, pattern)
        response = client.get(url)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("accounts:login")), name


@pytest.mark.django_db
def test_a_url_missing_from_the_map_is_refused(client, settings, personas):
    settings.ACCESS_MAP = "loa.accounts.tests.test_access_map.PARTIAL_MAP"
    client.force_login(personas["officer_a"])
    assert client.get(reverse("plans:index")).status_code == 403
    assert client.get(reverse("home")).status_code == 200


PARTIAL_MAP = {"home": LOGIN}
