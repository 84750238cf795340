"""The programme year's e-mails (event registration, reminders, travel claims) link only to the configured site
address, and every link opens its page: the same guarantee as the application and match e-mails."""

import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from home import roles
from programs.events import registering
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Match
from tests.factories.applications import ApplicationFactory
from tests.factories.matching import match as propose
from tests.integration.events.event_support import registration_event, sign_up
from tests.integration.matching.matching_support import user_in
from tests.integration.reminders.support import draft
from tests.integration.security.test_admin_role_walk import travel_claim
from tests.integration.site.test_site_address import ADDRESS, PROGRAMME_YEAR_BODIES, rendered_templates  # noqa: F401

URL = re.compile(r"https?://[^\s<>\"'»”)]+")


def remind(on: datetime.date) -> None:
    call_command("send_reminders", "--date", on.isoformat(), stdout=io.StringIO())


@pytest.mark.django_db
def test_programme_year_emails_link_only_to_the_configured_address(open_call, site_tree, confirmed_match, client, rendered_templates):
    cache.clear()
    secretary = user_in(roles.SECRETARIAT, "sekreter")
    mail.outbox.clear()  # the fixture's match confirmation went out before the address was set
    rendered_templates.clear()
    with override_settings(WAGTAILADMIN_BASE_URL=ADDRESS):
        event = registration_event(site_tree, capacity=1, in_days=7)
        first = sign_up(event["tr"], "ilk.kayit@example.org")
        sign_up(event["en"], "second.place@example.org", name="Jane Second", language="en")  # waiting list
        registering.cancel(first)  # the waiting person moves up
        draft(open_call("en"), email="jane.draft@example.org", language="en")
        match = confirmed_match
        start = match.start_date
        claim, _rate = travel_claim(match)
        type(claim).objects.filter(pk=claim.pk).update(created_at=timezone.now() - datetime.timedelta(days=30))
        shortlisted = ["under_review", "eligible", "shortlisted"]
        pair = [ApplicationFactory(call=open_call("tr"), role=role, email=f"{role}.bekleyen@example.org", statuses=shortlisted)
                for role in ("mentee", "mentor")]
        waiting = match_workflow.transition(propose(*pair), match_states.AWAITING_CONSENT)
        Match.objects.filter(pk=waiting.pk).update(created_at=timezone.now() - datetime.timedelta(days=30))
        for on in (
            timezone.localdate(event["tr"].starts_at) - datetime.timedelta(days=1),  # the event tomorrow
            timezone.localdate(open_call("en").closes_at) - datetime.timedelta(days=1),  # a draft before the call closes
            start + datetime.timedelta(weeks=5),  # no meeting logged
            match.end_date - datetime.timedelta(days=7),  # the assignment ends soon
        ):
            remind(on)

    sent = {name.rsplit("/", 1)[-1] for name in rendered_templates if name.startswith("programs/emails/") and name.endswith("_body.txt")}
    assert sent >= PROGRAMME_YEAR_BODIES, PROGRAMME_YEAR_BODIES - sent
    links = [(message.subject, link) for message in mail.outbox for link in URL.findall(message.subject + "\n" + message.body)]
    assert len(links) >= len(PROGRAMME_YEAR_BODIES)
    assert [(subject, link) for subject, link in links if not link.startswith(ADDRESS + "/")] == []
    client.force_login(secretary)  # the secretariat's digests link to the admin; the others are private links
    for subject, link in links:
        response = client.get(urlsplit(link).path)
        assert response.status_code == 200, (subject, link, response.status_code)
