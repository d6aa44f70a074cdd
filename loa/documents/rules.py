"""Predicates on an official document's state, for the kinds' rules.py to build on
("plans.sign_plan" = is_leader & is_submitted)."""

import rules

from .models import DocumentStatus


@rules.predicate
def is_draft(user, document) -> bool:
    return document.status == DocumentStatus.DRAFT


@rules.predicate
def is_submitted(user, document) -> bool:
    return document.status == DocumentStatus.SUBMITTED


@rules.predicate
def is_issued(user, document) -> bool:
    return document.status == DocumentStatus.ISSUED


@rules.predicate
def is_sent(user, document) -> bool:
    return document.status == DocumentStatus.SENT


@rules.predicate
def is_issued_or_superseded(user, document) -> bool:
    return document.status in (DocumentStatus.ISSUED, DocumentStatus.SUPERSEDED)
