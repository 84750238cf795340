"""One site address: e-mails, the Site record, the sitemap, calendar files, feeds and canonical links agree.

The address is WAGTAILADMIN_BASE_URL (portal/site_address.py); in development it
follows `make run HOST=… PORT=…`.
"""

import datetime
import io
import os
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.signals import template_rendered
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar
from wagtail.models import Locale, Site

from demo.loader.common import key_uuid
from home import roles
from home.models import EventPage
from portal import site_address
from programs.applications import states
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import Application
from tests.factories.applications import apply_url, valid_data
from tests.integration.matching.matching_support import (  # noqa: F401
    TODAY,
    app,
    closed_call_pool,
    proposed_match,
    user_in,
    with_consents,
    zeynep,
)

ROOT = Path(__file__).resolve().parents[3]
ADDRESS = "http://portal.example.test:8300"
URL = re.compile(r"https?://[^\s<>\"'»”)]+")
EMAIL_TEMPLATES = ROOT / "programs" / "templates" / "programs" / "emails"
#: E-mails of the programme's year (events, reminders, claims): exercised in test_site_address_programme_year.py,
#: which checks that it sends exactly these; every other template is sent by the test below.
PROGRAMME_YEAR_BODIES = {
    "claims_waiting_body.txt", "event_confirmed_body.txt", "event_moved_up_body.txt", "event_reminder_body.txt",
    "event_waiting_body.txt", "reminder_assignment_ending_body.txt", "reminder_consents_pending_body.txt",
    "reminder_draft_before_close_body.txt", "reminder_no_meeting_logged_body.txt",
}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def rendered_templates():
    names = []

    def record(sender, template, context, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    yield names
    template_rendered.disconnect(record)


@pytest.fixture
def site_root_paths_cache():
    """Wagtail caches the Site records' addresses; a rolled-back change must not outlive the test."""
    Site.clear_site_root_paths_cache()
    yield
    Site.clear_site_root_paths_cache()


@pytest.fixture
def configured_address(site_root_paths_cache):
    """The operator sets the variable and runs `manage.py set_site_address`."""
    with override_settings(WAGTAILADMIN_BASE_URL=ADDRESS):
        out = io.StringIO()
        call_command("set_site_address", stdout=out)
        assert f"Default site address set to {ADDRESS} (was http://testserver)" in out.getvalue()
        yield ADDRESS


@pytest.mark.django_db
@pytest.mark.usefixtures("closed_call_pool")
def test_every_email_links_only_to_the_configured_address_and_the_links_work(open_call, client, rendered_templates):
    cache.clear()  # the per-address application rate limit
    with override_settings(WAGTAILADMIN_BASE_URL=ADDRESS):
        call = open_call("tr")
        assert client.post("/tr" + apply_url(call)[3:], valid_data(call, email="adres.testi@example.org")).status_code == 302
        assert client.post(apply_url(open_call()), valid_data(open_call(), email="taslak.testi@example.org", save_draft="1")).status_code == 200
        application = Application.objects.get(email="adres.testi@example.org")
        # The same address applies again (the notice goes to the address), asks for fresh links and for its data.
        assert client.post("/tr" + apply_url(call)[3:], valid_data(call, email="adres.testi@example.org")).status_code == 302
        assert client.post(reverse("programs:fresh_link"), {"email": "adres.testi@example.org"}).status_code == 200
        states.change_status(application, Application.Status.UNDER_REVIEW)
        states.change_status(application, Application.Status.INELIGIBLE)
        # A mentor withdraws from a proposed match: the match is cancelled and the secretariat told.
        secretary = user_in(roles.SECRETARIAT, "sekreter")
        with translation.override("tr"):
            asked = reverse("programs:application_data_request", args=[application.status_token()])
        assert client.post(asked, {"kind": "copy"}).status_code == 200  # the secretariat is told
        states.change_status(proposed_match().mentor, Application.Status.WITHDRAWN)
        start = TODAY() + datetime.timedelta(days=1)
        mentee = zeynep()
        match = with_consents(match_workflow.create_match(
            mentee.call.specific, mentee, mentor=app("aylin.kurgusal@example.org"), start_date=start, end_date=start + datetime.timedelta(days=90)
        ))
        match_workflow.transition(match, match_states.CONFIRMED)
        call_command("send_due_feedback_requests", "--date", start.isoformat(), stdout=io.StringIO())
        midpoint = match.start_date + (match.end_date - match.start_date) / 2
        call_command("send_due_feedback_requests", "--date", midpoint.isoformat(), stdout=io.StringIO())

    sent_bodies = {name.rsplit("/", 1)[-1] for name in rendered_templates if name.startswith("programs/emails/") and name.endswith("_body.txt")}
    every_body = {path.name for path in EMAIL_TEMPLATES.glob("*_body.txt")} - PROGRAMME_YEAR_BODIES
    assert every_body == sent_bodies, "an e-mail template was not exercised here: add its flow to this test"
    assert len(every_body) >= 5

    links = [(message.subject, link) for message in mail.outbox for link in URL.findall(message.subject + "\n" + message.body)]
    assert len(links) >= len(mail.outbox) >= 6
    assert [(subject, link) for subject, link in links if not link.startswith(ADDRESS + "/")] == []
    assert any(message.to == [secretary.email] and "/admin/matching/match/" in message.body for message in mail.outbox)
    client.force_login(secretary)  # the secretariat's e-mail links to the admin; the others are private links
    for subject, link in links:  # each one opens its page (here on the test client's host)
        response = client.get(urlsplit(link).path)
        assert response.status_code == 200, (subject, link, response.status_code)


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")  # the whole demo: a sitemap of realistic size, an event, the home page's image, both feeds
def test_sitemap_calendar_feeds_robots_and_canonical_links_use_the_configured_address(client, configured_address):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [u.find(f"{SITEMAP}loc").text for u in root.findall(f"{SITEMAP}url")]
    alternates = [link.get("href") for link in root.iter(f"{XHTML}link")]
    assert len(locations) > 20 and len(alternates) > 20
    assert [url for url in locations + alternates if not url.startswith(ADDRESS + "/")] == []
    assert f"{ADDRESS}/en/library/" in locations

    event = EventPage.objects.get(translation_key=key_uuid("event:member-networking-meeting"), locale__language_code="en")
    vevent = Calendar.from_ical(client.get(event.url + "calendar/").content).walk("VEVENT")[0]
    assert str(vevent["url"]) == f"{ADDRESS}{event.url}"
    assert str(vevent["uid"]).endswith("@portal.example.test")

    html = client.get(event.url).content.decode()
    assert f'<link rel="canonical" href="{ADDRESS}{event.url}">' in html
    assert f'<meta property="og:url" content="{ADDRESS}{event.url}">' in html
    turkish = event.get_translation(Locale.objects.get(language_code="tr"))
    head_alternates = set(re.findall(r'<link rel="alternate" hreflang="\w+" href="([^"]+)">', html))
    assert head_alternates == {f"{ADDRESS}{event.url}", f"{ADDRESS}{turkish.url}"}
    home = client.get("/en/").content.decode()
    assert re.search(r'<meta property="og:image" content="' + re.escape(ADDRESS) + r'/media/images/[^"]+\.png">', home)

    for feed in ("/en/feeds/news/", "/tr/feeds/open-calls/"):
        atom = ET.fromstring(client.get(feed).content)
        hrefs = [link.get("href") for link in atom.iter(f"{ATOM}link")]
        assert len(hrefs) > 2 and [href for href in hrefs if not href.startswith(ADDRESS + "/")] == [], feed
        assert f"{ADDRESS}{feed}" in hrefs

    assert f"Sitemap: {ADDRESS}/sitemap.xml" in client.get("/robots.txt").content.decode()


@pytest.mark.django_db
@pytest.mark.usefixtures("site_tree")
def test_check_warns_when_the_site_record_differs_from_the_configured_address(site_root_paths_cache):
    def warnings(*args):
        err = io.StringIO()
        call_command("check", *args, stdout=io.StringIO(), stderr=err)
        return err.getvalue()

    with override_settings(WAGTAILADMIN_BASE_URL=ADDRESS, ALLOWED_HOSTS=["testserver", "portal.example.test"]):
        output = warnings("--database", "default")
        assert "portal.W002" in output and f"({ADDRESS})" in output and "(http://testserver)" in output
        assert "manage.py set_site_address" in output
        assert "portal.W002" not in warnings()  # no database named: the record is not read
        call_command("set_site_address", stdout=io.StringIO())
        assert "portal.W002" not in warnings("--database", "default")
        site = Site.objects.get(is_default_site=True)
        assert (site.hostname, site.port, site.root_url) == ("portal.example.test", 8300, ADDRESS)

    with override_settings(WAGTAILADMIN_BASE_URL=ADDRESS, ALLOWED_HOSTS=["testserver"]):
        output = warnings()
        assert "portal.W001" in output and "portal.example.test" in output


@pytest.mark.django_db
@pytest.mark.usefixtures("site_tree")
def test_migrate_writes_the_configured_address_to_the_default_site(site_root_paths_cache):
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://testserver"  # the test database was migrated with WAGTAILADMIN_BASE_URL=http://testserver
    with override_settings(WAGTAILADMIN_BASE_URL="https://mentor.example.org"):
        out = io.StringIO()
        site_address.sync_after_migrate(using="default", verbosity=1, stdout=out)
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("mentor.example.org", 443, "https://mentor.example.org")
    assert "Default site address set to https://mentor.example.org (was http://testserver)" in out.getvalue()


# `make run PORT=8300`: the Makefile's migrate and demo steps, then a mailing command, in development settings.


def database_url(settings_dict) -> str:
    user = quote(settings_dict["USER"] or "", safe="")
    password = quote(settings_dict["PASSWORD"] or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    return f"postgres://{auth}{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"


def default_site_in(url: str) -> tuple[str, int]:
    query = "SELECT hostname, port FROM wagtailcore_site WHERE is_default_site"
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute(query).fetchone()
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
        return db.execute(query).fetchone()


@pytest.fixture
def demo_database_copy(demo, django_db_blocker, tmp_path):
    """The test database (demo loaded) copied for another process: loading the demo from scratch takes minutes."""
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            target = tmp_path / "demo.sqlite3"
            copy = sqlite3.connect(target)
            connection.connection.backup(copy)
            copy.close()
            yield f"sqlite:///{target}"
            return
        suffix = f"make_run_{os.getpid()}"
        connection.creation.clone_test_db(suffix=suffix, verbosity=0)
        try:
            yield database_url(connection.creation.get_test_db_clone_settings(suffix))
        finally:
            connection.creation.destroy_test_db(verbosity=0, suffix=suffix)


def test_make_run_on_another_port_prints_and_mails_links_to_that_port(demo_database_copy):
    env = {k: v for k, v in os.environ.items() if not k.endswith("_URL") and k not in ("DJANGO_SETTINGS_MODULE", "HOST", "PORT")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev", DATABASE_URL=demo_database_copy,
        MEDIA_ROOT=str(settings.MEDIA_ROOT), PRIVATE_MEDIA_ROOT=str(settings.STORAGES["private"]["OPTIONS"]["location"]),
    )
    # `make run PORT=8300` = venv translations migrate demo serve; -o skips the (slow, online) venv step.
    make = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", "demo", "PORT=8300", f"PY={sys.executable}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert make.returncode == 0, make.stdout + make.stderr
    lines = make.stdout.rstrip().splitlines()
    assert "Default site address set to http://127.0.0.1:8300 (was http://testserver)" in make.stdout  # migrate
    assert lines[-1] == "Demo admin: http://127.0.0.1:8300/admin/  user: admin  password: mentor-demo-2026"
    assert default_site_in(demo_database_copy) == ("127.0.0.1", 8300)  # so the sitemap and .ics say :8300 too

    # The Makefile exports PORT to every manage.py it runs; a mailing command in that environment:
    far_enough = (datetime.date.today() + datetime.timedelta(days=100)).isoformat()
    mailed = subprocess.run(
        [sys.executable, "manage.py", "send_due_feedback_requests", "--date", far_enough],
        cwd=ROOT, env={**env, "HOST": "127.0.0.1", "PORT": "8300"}, capture_output=True, text=True, timeout=300,
    )
    assert mailed.returncode == 0, mailed.stdout + mailed.stderr
    assert re.search(r"[1-9]\d* feedback request\(s\) sent", mailed.stdout), mailed.stdout
    links = URL.findall(mailed.stdout)
    assert links and all(link.startswith("http://127.0.0.1:8300/tr/matches/") or link.startswith("http://127.0.0.1:8300/en/matches/") for link in links), links
