"""The matching screen names applicants who attended the call's networking event, with one query for all of them."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.events.models import EventRegistration
from tests.factories.site import event_index, event_page
from tests.integration.matching.matching_support import closed_call, closed_call_pool, hakan, secretariat, zeynep  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool", "secretariat")]
LABEL = "met at the networking event"


def attend(event, email, attended="yes"):
    return EventRegistration.objects.create(
        event=event, event_key=event.translation_key or uuid.uuid4(), name="X", email=email.upper(), role="mentee", attended=attended,
    )


def networking_event(site_tree, call):
    return event_page(event_index(site_tree), "Ağ", "ag", in_days=-10, call=call)


def screen(client):
    return client.get(reverse("matching:screen", args=[closed_call().pk])).content.decode()


def test_an_applicant_who_attended_the_calls_event_is_labelled(client, site_tree):
    event = networking_event(site_tree, closed_call())
    attend(event["en"], zeynep().email)
    attend(event["tr"], hakan().email, attended="no")
    html = screen(client)
    row = html.split("Zeynep Kurgu", 1)[1].split("</td>", 1)[0]
    assert LABEL in row and html.count(LABEL) == 1


def test_an_event_of_another_call_gives_no_label(client, site_tree):
    event = networking_event(site_tree, None)
    attend(event["tr"], zeynep().email)
    assert LABEL not in screen(client)


def test_the_label_costs_one_query_whatever_the_number_of_attendees(client, site_tree):
    event = networking_event(site_tree, closed_call())
    screen(client)  # warm
    with CaptureQueriesContext(connection) as before:
        screen(client)
    attend(event["tr"], zeynep().email)
    attend(event["tr"], hakan().email)
    with CaptureQueriesContext(connection) as after:
        html = screen(client)
    assert html.count(LABEL) == 2
    assert len(after) == len(before)
