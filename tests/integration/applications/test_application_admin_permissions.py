"""Only the Secretariat (and superusers) see applications: every admin view and the attachment view."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import reverse

from home import roles
from programs.models import Application, ApplicationAttachment
from tests.factories.applications import PDF, ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def submitted(open_call):
    """Three submitted applications, in Turkish and English."""
    return [ApplicationFactory(call=open_call(language)) for language in ("tr", "en", "tr")]

USERS = ["secretariat", "superuser", "communications", "moderator", "anonymous"]
ALLOWED = {"secretariat", "superuser"}


def make_user(kind):
    User = get_user_model()
    if kind == "anonymous":
        return None
    if kind == "superuser":
        return User.objects.create_superuser(f"su_{kind}", "su@example.org", "pw")
    user = User.objects.create_user(f"u_{kind}", f"{kind}@example.org", "pw")
    group = {"secretariat": roles.SECRETARIAT, "communications": roles.COMMUNICATIONS, "moderator": roles.MODERATORS}[kind]
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def application():
    application = Application.objects.filter(status="submitted").first()
    attachment = ApplicationAttachment(application=application, original_name="cv.pdf", content_type="application/pdf", size=len(PDF))
    attachment.file.save("perm-test.pdf", ContentFile(PDF), save=True)
    yield application
    attachment.file.delete(save=False)


def views(application):
    pk = application.pk
    attachment = application.attachments.first()
    return {
        "index": ("get", reverse("programs_application:index"), {}),
        "export csv": ("get", reverse("programs_application:index") + "?export=csv", {}),
        "export xlsx": ("get", reverse("programs_application:index") + "?export=xlsx", {}),
        "inspect": ("get", reverse("programs_application:inspect", args=[pk]), {}),
        "edit": ("get", reverse("programs_application:edit", args=[pk]), {}),
        "add": ("get", reverse("programs_application:add"), {}),
        "delete": ("get", reverse("programs_application:delete", args=[pk]), {}),
        "history": ("get", reverse("programs_application:history", args=[pk]), {}),
        "status change": ("post", reverse("programs_application_status_change", args=[pk]), {"to_status": "under_review"}),
        "attachment": ("get", reverse("programs_attachment", args=[attachment.pk]), {}),
    }


VIEW_NAMES = ["index", "export csv", "export xlsx", "inspect", "edit", "add", "delete", "history", "status change", "attachment"]


@pytest.mark.parametrize("kind", USERS)
def test_permission_matrix(client, application, kind):
    """One test per kind of user, every view inside (each view is a request; the table keeps the suite fast)."""
    user = make_user(kind)
    if user:
        client.force_login(user)
    for view in VIEW_NAMES:
        method, url, data = views(application)[view]
        response = getattr(client, method)(url, data)
        if kind in ALLOWED:
            assert response.status_code in (200, 302), (view, kind, response.status_code)
            if view == "status change":
                application.refresh_from_db()
                assert application.status == "under_review"
            if view == "attachment":
                assert b"".join(response.streaming_content) == PDF
                assert "attachment" in response["Content-Disposition"]
            if view == "index":
                assert application.reference in response.content.decode()
        else:
            assert response.status_code in (302, 403), (view, kind, response.status_code)
            if response.status_code == 302:
                assert "/login/" in response.url or response.url.startswith("/admin/"), (view, kind)
            content = "" if getattr(response, "streaming", False) else response.content.decode()
            assert application.reference not in content and application.email not in content, (view, kind)
            application.refresh_from_db()
            assert application.status == "submitted", (view, kind)


def test_applications_are_not_in_site_search_nor_admin_search_for_communications(client):
    application = Application.objects.first()
    for query in (application.reference, application.description.split()[0] + " " + application.description.split()[1]):
        page = client.get("/en/search/", {"q": query}).content.decode()
        assert application.name not in page and application.email not in page
    client.force_login(make_user("communications"))
    response = client.get("/admin/", follow=True).content.decode()
    assert reverse("programs_application:index") not in response


def test_applicant_holding_the_token_gets_their_file_and_nobody_else(client, application):
    attachment = application.attachments.first()
    token = application.status_token()
    response = client.get(f"/en/applications/{token}/files/{attachment.pk}/")
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    other = Application.objects.exclude(pk=application.pk).first().status_token()
    assert client.get(f"/en/applications/{other}/files/{attachment.pk}/").status_code == 404
    assert client.get(f"/en/applications/bad/files/{attachment.pk}/").status_code == 404


def test_secretariat_exports_csv_and_xlsx(client):
    client.force_login(make_user("secretariat"))
    csv = client.get(reverse("programs_application:index") + "?export=csv")
    raw = b"".join(csv.streaming_content) if csv.streaming else csv.content
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark that makes Excel read UTF-8
    body = raw.decode("utf-8-sig")
    assert body.splitlines()[0].split(",")[0] in ("Reference", "Başvuru numarası") and "MP-" in body
    xlsx = client.get(reverse("programs_application:index") + "?export=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_secretariat_filters_by_status_and_bulk_changes_status(client):
    client.force_login(make_user("secretariat"))
    shortlisted = ApplicationFactory(call=Application.objects.first().call, statuses=["under_review", "eligible", "shortlisted"])
    submitted = list(Application.objects.filter(status="submitted").values_list("pk", flat=True)[:2])
    listing = BeautifulSoup(client.get(reverse("programs_application:index"), {"status": "submitted"}).content, "html.parser")
    rows = listing.select("table tbody tr")
    shown = " ".join(row.get_text() for row in rows)
    assert len(rows) == Application.objects.filter(status="submitted").count() == 3
    assert all(Application.objects.get(pk=pk).reference in shown for pk in submitted)
    assert shortlisted.reference not in shown
    url = reverse("wagtail_bulk_action", args=["programs", "application", "change_status"])
    query = "&".join(f"id={pk}" for pk in submitted)
    response = client.post(f"{url}?{query}", {"to_status": "under_review", "note": "batch"})
    assert response.status_code == 302
    assert set(Application.objects.filter(pk__in=submitted).values_list("status", flat=True)) == {"under_review"}
    assert Application.objects.get(pk=submitted[0]).events.last().note == "batch"


def test_communications_cannot_bulk_change(client):
    client.force_login(make_user("communications"))
    pk = Application.objects.filter(status="submitted").first().pk
    url = reverse("wagtail_bulk_action", args=["programs", "application", "change_status"])
    response = client.post(f"{url}?id={pk}", {"to_status": "under_review"})
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))  # Wagtail's answer to PermissionDenied
    told = [str(message) for message in get_messages(response.wsgi_request)]
    assert len(told) == 1 and "erişim yetkiniz yok" in told[0], told
    assert Application.objects.get(pk=pk).status == "submitted"
    assert Application.objects.get(pk=pk).events.count() == 1


def test_secretariat_adds_a_late_application_by_hand(calls, client):
    client.force_login(make_user("secretariat"))
    call = calls["group_care_staff"]("tr")  # closed
    data = {
        "call": call.pk, "role": "mentee", "name": "Mektupla Gelen", "email": "mektup@example.org", "phone": "+90 312 000 00 00",
        "institution": "", "institution_other": "Örnek Kurum", "unit": "", "position": "", "description": "Posta ile geldi",
        "preferred_format": "either", "availability": "", "data_consent": "on", "language": "tr",
    }
    response = client.post(reverse("programs_application:add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    application = Application.objects.get(email="mektup@example.org")
    assert application.is_manual and application.reference.startswith("MP-")
    event = application.events.get()
    assert event.user.username == "u_secretariat"
    assert event.note in ("Sekretarya tarafından elle eklendi.", "Added by hand by the secretariat.")
