"""Activities for tests: one row of a unit's log, as if the officer had entered it.
Registered as fixtures in the root conftest.py (`activity_factory`).

    ActivityFactory(unit=a, channel__code="radio", quantity=3, started_on=date(2026, 2, 1))
"""

import factory
from django.utils import timezone

from loa.activities.models import Activity
from loa.plans.tests.factories import ChannelFactory
from loa.units.tests.factories import CommuneFactory


class ActivityFactory(factory.django.DjangoModelFactory):
    """Done today unless `started_on` says otherwise; on the web portal unless
    `channel__code` (a code of the built-in catalogue) or `channel` says otherwise;
    `reform_areas`: the areas it is filed under."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    unit = factory.SubFactory(CommuneFactory)
    channel = factory.SubFactory(ChannelFactory)
    title = factory.Sequence(lambda n: f"Hoạt động tuyên truyền số {n}")
    started_on = factory.LazyFunction(timezone.localdate)
    quantity = 1

    @factory.post_generation
    def reform_areas(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.reform_areas.set(extracted)
