"""Writes of the procedures catalogue: a procedure saved with its search text, a province's
announcing decision imported from its spreadsheet in one transaction, and a posting of the
list at the one-stop desk, which logs itself as an activity (ADR 24, ADR 27)."""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse

from loa.activities.models import Activity
from loa.core.mail import site_url
from loa.core.text import fold
from loa.plans.models import Channel
from loa.units.models import Unit

from ..caching import public_pages_changed
from ..models import ChangeStatus, Procedure, ProcedureChange, ProcedurePosting

PROCEDURE_POSTING = "procedure_posting"
# what an imported row may set on a procedure; an empty cell leaves the stored value
IMPORTED_FIELDS = (
    "code",
    "full_code",
    "name",
    "field",
    "agency",
    "processing_time",
    "fee",
    "legal_basis",
)


def procedure_save(*, procedure: Procedure) -> Procedure:
    """Save a procedure with its folded search text, the one column the search reads."""
    procedure.search_text = fold(
        f"{procedure.name} {procedure.field} {procedure.code} {procedure.full_code}"
    )
    procedure.save()
    public_pages_changed()
    return procedure


@dataclass(frozen=True)
class ImportedRow:
    """One checked row of an announcing decision: the procedure it names (None for a new
    one), its values and the change it announces."""

    procedure_id: int | None
    values: dict
    status: str


@transaction.atomic
def procedures_import(
    *,
    rows: list[ImportedRow],
    level: int,
    province: Unit,
    decision_number: str,
    decision_date: datetime.date,
) -> dict[str, int]:
    """Apply every row of the decision or none: each row creates or updates its procedure
    and records one ProcedureChange citing the decision; an abolished one keeps its page,
    marked with the day. Return how many rows of each status were applied."""
    counts = dict.fromkeys(ChangeStatus.values, 0)
    existing = Procedure.objects.in_bulk([r.procedure_id for r in rows if r.procedure_id])
    for row in rows:
        procedure = existing.get(row.procedure_id) or Procedure(level=level, province=province)
        for name in IMPORTED_FIELDS:
            if row.values.get(name):
                setattr(procedure, name, row.values[name])
        if row.status == ChangeStatus.ABOLISHED:
            procedure.abolished_on = decision_date
        else:
            procedure.abolished_on = None
        procedure_save(procedure=procedure)
        ProcedureChange.objects.create(
            procedure=procedure,
            status=row.status,
            decision_number=decision_number,
            decision_date=decision_date,
        )
        counts[row.status] += 1
    return counts


@transaction.atomic
def procedure_posting_record(
    *,
    unit: Unit,
    posted_on: datetime.date,
    at_desk: bool,
    on_portal: bool,
    decision_number: str = "",
    decision_date: datetime.date | None = None,
    procedures: int,
    by,
    request=None,
) -> ProcedurePosting:
    """Record that the unit posted (or updated) its list of procedures, and log it: one
    activity on the procedure-posting channel, so the next report counts it untyped."""
    posting = ProcedurePosting.objects.create(
        unit=unit,
        posted_on=posted_on,
        at_desk=at_desk,
        on_portal=on_portal,
        decision_number=decision_number,
        decision_date=decision_date,
        procedures=procedures,
        created_by=by,
    )
    cited = (
        f" theo Quyết định số {decision_number} ngày {decision_date:%d/%m/%Y}"
        if decision_number and decision_date
        else ""
    )
    link = reverse("portal:procedure_list", kwargs={"code": unit.code})
    posting.activity = Activity.objects.create(
        unit=unit,
        channel=Channel.objects.get(code=PROCEDURE_POSTING),
        title=f"Niêm yết công khai danh mục thủ tục hành chính {posting.places}"[:300],
        description=f"Niêm yết {procedures} thủ tục hành chính{cited}.",
        started_on=posted_on,
        quantity=1,
        link=site_url(link, request)[:500] if on_portal else "",
        created_by=by,
    )
    posting.save(update_fields=["activity"])
    return posting
