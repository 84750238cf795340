"""A match's dates stay within a window around today when they are set or changed (Match.clean)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from programs.matching.forms import AssignmentForm
from tests.factories.matching import match

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("start,end", [("0001-01-01", None), (None, "9999-12-31")], ids=["year 1 start", "year 9999 end"])
def test_an_assignment_with_far_dates_is_refused_and_the_stored_dates_stay(match_pair, start, end):
    proposed = match(*match_pair)
    stored = (proposed.start_date, proposed.end_date)
    data = {"a-start_date": start or stored[0].isoformat(), "a-end_date": end or stored[1].isoformat(), "a-format": "online", "a-conditions": ""}
    with translation.override("en"):
        form = AssignmentForm(data, instance=proposed, prefix="a")
        assert not form.is_valid()
        assert "years" in str(form.errors)
    proposed.refresh_from_db()
    assert (proposed.start_date, proposed.end_date) == stored


def test_an_unchanged_old_date_is_not_judged_again(match_pair):
    proposed = match(*match_pair)
    old = timezone.localdate() - datetime.timedelta(days=800)
    type(proposed).objects.filter(pk=proposed.pk).update(start_date=old)
    proposed.refresh_from_db()
    proposed.full_clean()  # the window applies to dates being set, not to the ones already stored
    proposed.start_date = datetime.date(1, 1, 1)
    with pytest.raises(ValidationError):
        proposed.full_clean()
