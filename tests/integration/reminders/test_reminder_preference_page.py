"""The page behind "stop these reminders": private, a 404 for a bad or revoked link, off and on by a real POST."""

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from programs.models import ReminderPreference
from programs.privacy.subjects import export_data, records_for
from programs.reminders.preferences import make_token, wants_optional

pytestmark = pytest.mark.django_db

EMAIL = "Kisi@Example.org"


def url(token, language="en"):
    with translation.override(language):
        return reverse("programs:reminder_preference", args=[token])


def test_the_page_is_private_and_shows_the_choice(client, site_tree):
    response = client.get(url(make_token(EMAIL)))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert "kisi@example.org" in response.content.decode()
    assert "You now receive optional reminders." in response.content.decode()


# Signed tokens carry the time they were made: made in the test, not at collection, so that every xdist worker
# collects the same test ids.
BAD_TOKENS = {
    "nonsense": lambda: "nonsense",
    "another salt": lambda: signing.dumps("kisi@example.org", salt="another.salt"),
    "forged signature": lambda: make_token(EMAIL)[:-2] + "xx",
}


@pytest.mark.parametrize("kind", BAD_TOKENS)
def test_a_bad_token_is_a_404(client, site_tree, kind):
    assert client.get(url(BAD_TOKENS[kind]())).status_code == 404


def test_a_revoked_link_is_a_404_and_a_newer_one_works(client, site_tree):
    old = make_token(EMAIL)
    ReminderPreference.objects.create(email=EMAIL, links_revoked_at=timezone.now() + timezone.timedelta(seconds=1))
    assert client.get(url(old)).status_code == 404


def test_off_and_on_again_by_post(client, site_tree):
    token = make_token(EMAIL)
    response = client.post(url(token), {"optional_reminders": "off"})
    assert response.status_code == 302
    assert not wants_optional("kisi@example.org")
    page = client.get(response["Location"]).content.decode()
    assert "Saved: you will receive no more optional reminders." in page
    client.post(url(token), {"optional_reminders": "on"})
    assert wants_optional(EMAIL)
    assert ReminderPreference.objects.get().email == "kisi@example.org"


@pytest.mark.parametrize(("data", "message"), [
    ({}, "Choose whether to receive optional reminders."),
    ({"optional_reminders": "maybe"}, "Choose one of the two options."),
    ({"optional_reminders": ""}, "Choose whether to receive optional reminders."),
])
def test_bad_inputs_get_a_clear_message_and_save_nothing(client, site_tree, data, message):
    response = client.post(url(make_token(EMAIL)), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ReminderPreference.objects.exists()


def test_the_choice_is_in_the_persons_data_export(site_tree):
    ReminderPreference.objects.create(email=EMAIL, optional_reminders=False)
    rows = export_data(records_for("KISI@example.org"))["reminder_preferences"]
    assert rows == [{"optional_reminders": False, "changed_at": rows[0]["changed_at"]}]
