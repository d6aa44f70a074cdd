"""`__in` with integers the database cannot store matches what the others match."""

import pytest

from loa.plans.models import Channel

HUGE = 99999999999999999999


@pytest.mark.django_db
def test_a_number_too_large_to_store_in_a_list_matches_nothing_and_the_rest_still_match():
    radio = Channel.objects.get(code="radio")
    assert list(Channel.objects.filter(pk__in=[HUGE, -HUGE, radio.pk])) == [radio]
    assert list(Channel.objects.filter(pk__in=[str(HUGE)])) == []
    assert list(Channel.objects.exclude(pk__in=[HUGE]).filter(pk=radio.pk)) == [radio]
