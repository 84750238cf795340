"""Call states come from dates; lists filter by state, programme and theme; home and feed show open calls."""

import datetime

import pytest
from django.utils import timezone

from programs.calls.models import CallState
from tests.factories.applications import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_call(calls):
    """The calls by their demo keys: open, standing, upcoming and closed (three applications to the closed one)."""
    for n in range(3):
        ApplicationFactory(call=calls["group_care_staff"]["tr"], email=f"grup{n}@example.org")
    return lambda key, language="en": calls[key](language)


def test_state_is_derived_from_dates(demo_call):
    call = demo_call("expert_digital")
    now = timezone.now()
    call.opens_at, call.closes_at, call.results_announced_at = now, now + datetime.timedelta(days=2), now + datetime.timedelta(days=5)
    assert call.state(now - datetime.timedelta(seconds=1)) == CallState.UPCOMING
    assert call.state(now) == CallState.OPEN and call.is_open(now)
    assert call.state(now + datetime.timedelta(days=2)) == CallState.CLOSED
    assert call.state(now + datetime.timedelta(days=5)) == CallState.ANNOUNCED
    assert call.days_left(now) == 2


def test_a_standing_call_never_closes(demo_call):
    call = demo_call("expert_standing")
    assert call.closes_at is None and call.state(timezone.now() + datetime.timedelta(days=3650)) == CallState.OPEN


def test_demo_has_open_upcoming_and_closed_calls(demo_call):
    assert demo_call("expert_digital").state() == "open"
    assert demo_call("reverse_young_mentor").state() == "upcoming"
    assert demo_call("group_care_staff").state() in ("closed", "announced")
    assert demo_call("group_care_staff", "tr").applications.count() >= 3


@pytest.mark.parametrize(
    "query,present,absent",
    [
        ({"state": "open"}, ["expert_digital", "expert_standing"], ["reverse_young_mentor", "group_care_staff"]),
        ({"state": "upcoming"}, ["reverse_young_mentor"], ["expert_digital"]),
        ({"programme": "group-mentoring-for-care-staff"}, ["group_care_staff"], ["expert_digital"]),
        ({"theme": "leadership-and-management"}, ["reverse_young_mentor"], ["expert_digital", "group_care_staff"]),
        ({"state": "nonsense"}, ["expert_digital", "group_care_staff"], []),
    ],
)
def test_call_index_filters(demo_call, client, query, present, absent):
    html = client.get("/en/calls/", query).content.decode()
    for key in present:
        assert demo_call(key).title in html, key
    for key in absent:
        assert demo_call(key).title not in html, key


def test_call_page_shows_state_and_apply_button_only_when_open(demo_call, client):
    open_html = client.get(demo_call("expert_digital").url).content.decode()
    assert "Apply now" in open_html and "days left" in open_html
    closed_html = client.get(demo_call("group_care_staff").url).content.decode()
    assert "Apply now" not in closed_html and "closed to applications" in closed_html


def test_programme_page_lists_its_calls(demo_call, client):
    call = demo_call("expert_digital")
    html = client.get(call.get_parent().url).content.decode()
    assert call.title in html and demo_call("expert_standing").title in html


def test_home_page_shows_open_calls_with_days_left(demo_call, client):
    html = client.get("/tr/").content.decode()
    assert demo_call("expert_digital", "tr").title in html and "gün kaldı" in html
    assert demo_call("group_care_staff", "tr").title not in html


@pytest.mark.parametrize("language", ["tr", "en"])
def test_feed_of_open_calls_per_language(demo_call, client, language):
    response = client.get(f"/{language}/feeds/open-calls/")
    body = response.content.decode()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert demo_call("expert_digital", language).title in body
    assert demo_call("group_care_staff", language).title not in body


def test_apply_form_fixes_the_role_when_the_call_does(demo_call, client):
    call = demo_call("expert_digital")
    call.called_roles = "mentee"
    call.save()
    html = client.get(call.url + "apply/").content.decode()
    assert 'value="mentee"' in html and 'value="mentor"' not in html
