"""Writes of the public side."""

from loa.core.text import fold

from .models import Procedure


def procedure_save(*, procedure: Procedure) -> Procedure:
    """Save a procedure with its folded search text, the one column the search reads."""
    procedure.search_text = fold(f"{procedure.name} {procedure.field} {procedure.code}")
    procedure.save()
    return procedure
