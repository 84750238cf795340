"""The programme dashboard: counts the secretariat relies on, and their export."""

import pytest
from django.urls import reverse

from programs.followup.dashboard import dashboard_data
from programs.matching import states as match_states
from programs.models import Meeting
from tests.integration.matching.matching_support import closed_call_pool, proposed_match, secretariat, with_consents  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def test_dashboard_counts_matches_pending_consents_and_meetings(client, secretariat):
    match = with_consents(proposed_match(), ["expert"])
    data = dashboard_data()
    states = {value: count for value, _label, count in data["states"]}
    assert states[match_states.ACTIVE] == 1 and states[match_states.AWAITING_CONSENT] == 1
    (row,) = data["pending"]
    assert row["match"] == match and len(row["missing"]) == 2 and row["age"] == 0
    assert data["meetings"] == Meeting.objects.count() == 2
    html = client.get(reverse("matching_dashboard:index")).content.decode()
    assert "Consents pending" in html and str(match) in html


def test_dashboard_exports_csv(client, secretariat):
    response = client.get(reverse("matching_dashboard:index") + "?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert "Matches,Active,1" in text and "Meetings,held,2" in text
