"""The public registration flow: the event page's box, the form's rules, the result page and the private cancel page."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from home.models import PrivacyNoticePage
from programs.applications.applying import RATE_LIMIT, count_attempt
from programs.events.emails import registration_path
from programs.events.models import EventRegistration
from tests.factories.site import privacy_notice
from tests.integration.events.event_support import hours_from_now, registration_event, sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event(site_tree):
    privacy_notice(site_tree)
    return registration_event(site_tree, capacity=1)


def valid_data(event, **overrides):
    page = PrivacyNoticePage.for_locale(event.locale)
    data = {
        "name": "Ayşe Yılmaz", "email": "ayse@example.org", "institution": "", "institution_other": "Kuzeyşehir Belediyesi",
        "role": "mentor", "accessibility": "", "data_consent": "on", "website": "",
        "privacy_notice_version": page.current_version.pk if page else "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def register_url(event):
    return event.url + event.reverse_subpage("register")


def test_the_event_page_shows_seats_and_links_to_the_form_without_a_form_of_its_own(client, event):
    response = client.get(event["en"].url)
    html = response.content.decode()
    assert "1 seat left." in html and register_url(event["en"]) in html
    assert "csrfmiddlewaretoken" not in html
    sign_up(event["tr"], "a@example.org")
    html = client.get(event["en"].url).content.decode()
    assert "All seats are taken: you can join the waiting list." in html


def test_the_form_page_is_never_cached(client, event):
    response = client.get(register_url(event["en"]))
    assert response.status_code == 200 and "csrfmiddlewaretoken" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_registering_shows_the_place_and_e_mails_the_cancel_link(client, event):
    response = client.post(register_url(event["en"]), valid_data(event["en"]), follow=True)
    assert response.status_code == 200 and "Your place is confirmed" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    registration = EventRegistration.objects.get()
    assert (registration.language, registration.status, registration.privacy_notice_id is not None) == ("en", "confirmed", True)
    link = re.search(r"https?://\S+/events/registrations/\S+/", mail.outbox[0].body).group(0)
    page = client.get(link[link.index("/en/"):])
    assert "Cancel my registration" in page.content.decode()


def test_waiting_list_page_names_the_position(client, event):
    sign_up(event["tr"], "a@example.org")
    response = client.post(register_url(event["en"]), valid_data(event["en"]), follow=True)
    assert "you are number 1 on the waiting list" in response.content.decode()


def test_cancel_page_cancels_and_moves_the_next_person_up(client, event):
    first = sign_up(event["tr"], "a@example.org")
    waiting = sign_up(event["tr"], "b@example.org")
    path = registration_path(first)
    response = client.post(path, {"cancel": "1"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    page = client.get(response.url).content.decode()  # the registrant's language: Turkish here
    assert "Kaydınız iptal edildi" in page


def test_a_forged_link_is_not_found(client, event):
    assert client.get("/en/events/registrations/forged/").status_code == 404


def test_the_same_address_again_gets_its_link_by_e_mail_only(client, event):
    sign_up(event["tr"], "ayse@example.org")
    mail.outbox.clear()
    response = client.post(register_url(event["en"]), valid_data(event["en"]))
    assert response.status_code == 200 and "already has a place" in response.content.decode()
    assert EventRegistration.objects.count() == 1 and [m.to for m in mail.outbox] == [["ayse@example.org"]]


def _rate_limited(event):
    for _ in range(RATE_LIMIT[0]):
        count_attempt("127.0.0.1")


def _close(event):
    type(event).objects.filter(translation_key=event.translation_key).update(registration_closes_at=hours_from_now(-1))


BAD_INPUTS = [
    ("missing name", {"name": ""}, None, "This field is required.", 400),
    ("bad e-mail", {"email": "ayse@"}, None, "Enter a valid email address.", 400),
    ("unknown role", {"role": "boss"}, None, "Select a valid choice. boss is not one of the available choices.", 400),
    ("unknown institution", {"institution": "999999"}, None, "Select a valid choice.", 400),
    ("no consent", {"data_consent": None}, None, "This field is required.", 400),
    ("accessibility too long", {"accessibility": "x" * 2000}, None, "Ensure this value has at most 1000 characters", 400),
    ("honeypot filled", {"website": "http://spam.example"}, None, "Leave this field empty.", 400),
    ("stale notice version", {"privacy_notice_version": "999999"}, None, "The privacy notice has changed", 400),
    ("rate limited", {}, _rate_limited, "Too many attempts from your network", 429),
    ("registration closed", {}, _close, "Registration is closed", 403),
]


@pytest.mark.parametrize("case,overrides,setup,message,status", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_written(client, event, case, overrides, setup, message, status):
    page = event["en"]
    if setup:
        setup(page)
    response = client.post(register_url(page), valid_data(page, **overrides))
    assert response.status_code == status
    assert message in response.content.decode()
    if status == 400:
        assert "Please correct the following" in response.content.decode()
    assert not EventRegistration.objects.exists() and not mail.outbox
