"""Pre-aggregated counts of the activity log, kept exact by database triggers (ADR 0033).

For an activity of unit U there is a row of U at distance 0, of U's parent at distance 1
and of its grandparent at distance 2, in the half-month bucket of its start date: a unit's
whole subtree is then its own rows, whatever the depth. Nothing in Python writes these
tables but `tallies_rebuild`; the triggers of migration 0003 do, in the same transaction
as the write."""

from django.db import models

from loa.plans.models import Channel, ReformArea
from loa.units.models import Unit


class Tally(models.Model):
    # the unique constraint's index starts with the unit: no index of its own
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+", db_index=False)
    distance = models.PositiveSmallIntegerField()
    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="+")
    bucket = models.DateField()
    rows = models.IntegerField(default=0)
    quantity = models.BigIntegerField(default=0)
    participants = models.BigIntegerField(default=0)
    # activities with at least one evidence file
    proven = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "distance", "channel", "bucket"], name="unique_tally"
            )
        ]
        # the table of a province's communes reads every count of 168 units for a year: on
        # PostgreSQL from the index alone (the rows lie scattered in the heap, in the order
        # the activities were logged: 200 ms through the heap on the bench)
        indexes = [
            models.Index(
                fields=["unit", "bucket"],
                include=["distance", "channel", "rows", "quantity", "participants", "proven"],
                name="tally_unit_bucket_cover",
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.distance}/{self.channel_id}/{self.bucket}"


class AreaTally(models.Model):
    """The same through the activity ↔ reform-area links: one activity filed under two
    areas counts in both."""

    # the unique constraint's index starts with the unit: no index of its own
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+", db_index=False)
    distance = models.PositiveSmallIntegerField()
    area = models.ForeignKey(ReformArea, on_delete=models.CASCADE, related_name="+")
    bucket = models.DateField()
    rows = models.IntegerField(default=0)
    quantity = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "distance", "area", "bucket"], name="unique_area_tally"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.distance}/{self.area_id}/{self.bucket}"
