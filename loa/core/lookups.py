"""`__in` on an integer column with a number the database cannot store.

Django answers `filter(pk=99999999999999999999)` with nothing (ticket #27397) but sends the
same number inside `filter(pk__in=[…])` to the database, where SQLite raises OverflowError
and PostgreSQL "out of range": a server error from any multiple choice of a form
(`reform_areas=99999999999999999999`). Such a number can match no row, so it is left out
of the list, as the exact lookup does; a list left empty matches nothing.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import IntegerField
from django.db.models.lookups import In


@IntegerField.register_lookup
class IntegerFieldIn(In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = connection.ops.integer_field_range(
                self.lhs.output_field.get_internal_type()
            )
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
            if not self.rhs:
                raise EmptyResultSet
        return super().process_rhs(compiler, connection)
