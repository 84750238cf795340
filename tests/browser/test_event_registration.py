"""A visitor registers for the demo's networking breakfast in Chromium (English), gets the confirmation e-mail,
cancels through its private link, and the first person on the waiting list moves up."""

import re

import pytest
from django.core import mail
from django.db import transaction

from home.models import EventPage
from programs.events import registering
from programs.events.models import EventRegistration

pytestmark = pytest.mark.browser
EMAIL = "leyla.ornek@example.org"


def breakfast_with_one_seat_left():
    """The demo breakfast (3 seats, 2 waiting) given 6 seats: the two waiting move up, one seat stays free."""
    event = EventPage.objects.get(slug="digital-transformation-networking-breakfast")
    EventPage.objects.filter(translation_key=event.translation_key).update(capacity=6)
    with transaction.atomic():
        registering.fill_free_seats(EventPage.objects.get(pk=event.pk))
    return EventPage.objects.get(pk=event.pk)


def test_a_visitor_registers_then_cancels_and_the_waiting_person_moves_up(demo_site, page, axe_check):
    event = breakfast_with_one_seat_left()
    mail.outbox.clear()
    assert page.goto(demo_site.url + event.url).status == 200
    assert "1 seat left." in page.locator(".event-registration").inner_text()
    page.get_by_role("link", name="Register").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Register for the event"
    axe_check(page, "registration form (en)")

    with page.expect_response(lambda r: r.request.method == "POST") as posted:  # nothing filled in: refused
        page.get_by_role("button", name="Register").click()
    assert posted.value.status == 400
    page.wait_for_load_state()
    assert "This field is required." in page.locator(".error-summary").inner_text()
    axe_check(page, "registration form with errors (en)")

    page.get_by_label("Full name").fill("Leyla Örnek")
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Institution not in the list").fill("Kıyıkent Belediyesi")
    page.get_by_label("Mentee").check()
    page.get_by_label("Accessibility needs").fill("Step-free access, please.")
    page.get_by_label("I agree to the processing of my personal data for this event.").check()
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Register").click()
    assert posted.value.status == 302
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Your place is confirmed"
    axe_check(page, "registration confirmed (en)")

    mine = EventRegistration.objects.get(email=EMAIL)
    assert (mine.status, mine.language, mine.accessibility) == ("confirmed", "en", "Step-free access, please.")
    latecomer = registering.register(event, name="Can Sonra", email="can.sonra@example.org", role="mentor", language="tr")
    assert latecomer.status == "waiting"

    (confirmation,) = [m for m in mail.outbox if m.to == [EMAIL]]
    assert confirmation.attachments[0][0].endswith(".ics")
    link = re.search(r"https?://\S+/events/registrations/\S+/", confirmation.body).group(0)
    assert page.goto(demo_site.url + link[link.index("/en/"):]).status == 200
    axe_check(page, "private registration page (en)")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Cancel my registration").click()
    assert posted.value.status == 302
    page.wait_for_load_state()
    assert "Your registration is cancelled" in page.get_by_role("status").inner_text()
    axe_check(page, "registration cancelled (en)")

    mine.refresh_from_db(), latecomer.refresh_from_db()
    assert (mine.status, latecomer.status) == ("cancelled", "confirmed")
    assert any(m.to == ["can.sonra@example.org"] and m.attachments for m in mail.outbox)
