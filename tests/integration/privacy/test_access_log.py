"""Access on record: each look at personal data by staff is one row of ids; only the lead and superusers read it."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from home import roles
from programs.models import AccessRecord, Application, Match
from tests.integration.matching.matching_support import app, closed_call_pool, secretariat, user_in  # noqa: F401
from tests.integration.privacy.privacy_support import GUL, attach

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def only_record():
    (record,) = AccessRecord.objects.all()
    return record


def test_each_view_download_and_export_is_one_record_of_ids(client, secretariat):
    gul = app(GUL)
    attachment = attach(gul)
    match = Match.objects.get(mentee=gul)
    consent = match.consents.first()
    consent.document.save("consent.pdf", ContentFile(b"%PDF-1.4"))
    cases = [
        (reverse("programs_application:inspect", args=[gul.pk]), "view", "application", [gul.pk]),
        (reverse("programs_application:edit", args=[gul.pk]), "view", "application", [gul.pk]),
        (reverse("programs_attachment", args=[attachment.pk]), "download", "attachment", [attachment.pk]),
        (reverse("matching:match", args=[match.pk]), "view", "match", [match.pk]),
        (reverse("matching:consent_document", args=[match.pk, consent.pk]), "download", "consent", [consent.pk]),
        (reverse("match:index") + "?export=csv", "export", "match", [match.pk]),
        (reverse("meeting:index") + "?export=xlsx", "export", "meeting", list(match.meetings.values_list("pk", flat=True))),
    ]
    for url, action, kind, ids in cases:
        AccessRecord.objects.all().delete()
        response = client.get(url)
        assert response.status_code == 200, url
        record = only_record()
        assert (record.user, record.user_ref, record.action, record.kind, record.ids) == (secretariat, secretariat.pk, action, kind, sorted(ids)), url

    AccessRecord.objects.all().delete()
    client.get(reverse("programs_application:index") + "?export=csv")
    record = only_record()
    assert record.ids == sorted(Application.objects.values_list("pk", flat=True)) and record.count == Application.objects.count()


def test_the_log_holds_no_names_addresses_or_search_terms(client, secretariat):
    client.get(reverse("programs_application:inspect", args=[app(GUL).pk]))
    client.get(reverse("programs_application:index") + "?export=csv&q=Taslak")
    for record in AccessRecord.objects.values():
        text = " ".join(str(value) for value in record.values())
        assert "Taslak" not in text and "@" not in text and "Gül" not in text


@pytest.fixture
def people(db):
    lead = user_in(roles.SECRETARIAT, "lider")
    lead.groups.add(Group.objects.get(name=roles.SECRETARIAT_LEAD))
    return {
        "communications": user_in(roles.COMMUNICATIONS, "iletisim"),
        "moderator": user_in(roles.MODERATORS, "moderator"),
        "secretariat": user_in(roles.SECRETARIAT, "sekreter"),
        "lead": lead,
    }


@pytest.mark.parametrize("who, allowed", [
    ("anonymous", False), ("communications", False), ("moderator", False), ("secretariat", False), ("lead", True), ("superuser", True),
])
def test_only_the_lead_and_superusers_read_the_access_log(client, people, django_user_model, who, allowed):
    if who == "superuser":
        client.force_login(django_user_model.objects.create_superuser("kok", "kok@example.org", "x"))
    elif who != "anonymous":
        client.force_login(people[who])
    for url in (reverse("access_log:index"), reverse("access_log:index") + "?export=csv"):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        elif who == "anonymous":
            assert response.status_code == 302 and "/login/" in response["Location"]
        else:
            assert response.status_code in (302, 403) and "/login/" not in response.get("Location", "")


def test_nobody_adds_edits_or_deletes_a_record(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("kok", "kok@example.org", "x"))
    client.get(reverse("programs_application:inspect", args=[app(GUL).pk]))
    record = AccessRecord.objects.get()
    for url in (reverse("access_log:add"), reverse("access_log:edit", args=[record.pk]), reverse("access_log:delete", args=[record.pk])):
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, {}).status_code in (302, 403)
    assert AccessRecord.objects.get() == record


def test_the_lead_finds_who_saw_an_application_by_its_id(client, people):
    gul, other = app(GUL), app("serkan.ornekoglu@example.org")
    client.force_login(people["secretariat"])
    client.get(reverse("programs_application:inspect", args=[gul.pk]))
    client.get(reverse("programs_application:inspect", args=[other.pk]))
    client.get(reverse("programs_application:index") + "?export=csv")
    client.force_login(people["lead"])
    with translation.override("en"):
        html = client.get(reverse("access_log:index") + f"?record={gul.pk}&action=view").content.decode()
    assert html.count("sekreter</td>") + html.count(">sekreter<") >= 1
    listing = client.get(reverse("access_log:index") + f"?record={gul.pk}")
    shown = {row.pk for row in listing.context["object_list"]}
    expected = {r.pk for r in AccessRecord.objects.all() if gul.pk in r.ids and r.kind == "application"}
    assert shown == expected and len(shown) == 2  # the inspect view and the export
    exported = client.get(reverse("access_log:index") + "?export=csv")
    assert exported.status_code == 200 and AccessRecord.objects.filter(kind="access_log", action="export", user=people["lead"]).count() == 1


def test_recording_is_one_insert_however_many_records_are_touched(client, secretariat):
    """An export of every application costs one INSERT into the log, not one per row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for url in (reverse("programs_application:inspect", args=[app(GUL).pk]), reverse("programs_application:index") + "?export=csv"):
        with CaptureQueriesContext(connection) as queries:
            b"".join(client.get(url).streaming_content) if "export" in url else client.get(url)
        inserts = [q["sql"] for q in queries.captured_queries if q["sql"].upper().startswith("INSERT") and "access" in q["sql"].lower()]
        assert len(inserts) == 1, url
    assert AccessRecord.objects.count() == 2 and AccessRecord.objects.last().count >= 1


def test_listings_and_the_matching_screen_record_every_person_they_show(client, secretariat):
    """A list names people too: the rows on the page are on record, and so is everyone on the matching screen."""
    gul = app(GUL)
    call = gul.call.specific.original
    AccessRecord.objects.all().delete()
    listing = client.get(reverse("programs_application:index"))
    assert listing.status_code == 200
    record = only_record()
    shown = [row.pk for row in listing.context["object_list"]]
    assert (record.action, record.kind, record.ids) == ("view", "application", sorted(shown)) and gul.pk in record.ids

    AccessRecord.objects.all().delete()
    screen = client.get(reverse("matching:screen", args=[call.pk]))
    assert screen.status_code == 200
    record = only_record()
    body = screen.content.decode()
    named = [a.pk for a in Application.objects.filter(call__translation_key=call.translation_key) if a.name in body]
    assert (record.action, record.kind) == ("view", "application")
    assert set(named) <= set(record.ids) and gul.pk in record.ids
