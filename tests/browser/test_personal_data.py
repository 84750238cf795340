"""Personal data end to end in Chromium (issue 13): an applicant asks for erasure on the status page, the
secretariat opens the request, finds the person's records, downloads them and erases them with a reason, and
the Secretariat lead reads who looked at them in the access log. axe-core checks every screen."""

import io
import json
import zipfile

import pytest

from home import roles
from programs.models import AccessRecord, Application, DataSubjectRequest
from tests.browser.test_matching_flow import secretariat_login
from tests.browser.test_private_links import send
from tests.integration.privacy.privacy_support import where_found

pytestmark = pytest.mark.browser

GUL = "gul.taslak@example.org"


def test_an_erasure_request_from_the_status_page_to_the_erased_records(demo_site, page, axe_check):
    gul = Application.objects.get(email=GUL)
    name, reference = gul.name, gul.reference
    page.goto(f"{demo_site.url}/en/applications/{gul.status_token()}/")
    axe_check(page, "status page with the data request form")
    page.get_by_label("Erase my data").check()
    page.get_by_label("Anything we should know (optional)").fill("Please erase everything.")
    send(page, page.get_by_role("button", name="Send my request"), demo_site)
    assert page.get_by_role("status").filter(has_text="We have your request").is_visible()
    axe_check(page, "status page after the request")
    item = DataSubjectRequest.objects.get()
    assert (item.email, item.kind, item.status) == (GUL, "erasure", "open")

    lead = secretariat_login(page, demo_site.url, "lider", groups=(roles.SECRETARIAT, roles.SECRETARIAT_LEAD))
    page.goto(f"{demo_site.url}/admin/personal-data/requests/")
    assert page.get_by_text("30 days left").is_visible()
    axe_check(page, "request queue")
    page.get_by_role("link", name="Open the person's records").click()
    assert page.get_by_label("E-mail address").input_value() == GUL
    send(page, page.get_by_role("button", name="Find records"), demo_site)
    assert page.get_by_role("link", name=reference).is_visible()
    axe_check(page, "a person's records")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as ZIP").click()
    with zipfile.ZipFile(io.BytesIO(open(download.value.path(), "rb").read())) as archive:
        applications = json.loads(archive.read("applications.json"))
    assert [a["reference"] for a in applications] == [reference]

    send(page, page.get_by_role("button", name="Erase or anonymise…"), demo_site)
    send(page, page.get_by_role("button", name="Erase now"), demo_site)  # no reason, no confirmation
    assert page.get_by_role("alert").is_visible() and Application.objects.filter(email=GUL).exists()
    axe_check(page, "erasure refused without a reason")
    page.get_by_label("Reason for erasure").fill("The applicant's request from the status page.")
    page.get_by_label("I understand that this cannot be undone.").check()
    send(page, page.get_by_role("button", name="Erase now"), demo_site)
    assert page.get_by_text("The person's records are anonymised.").is_visible()
    axe_check(page, "after erasure")
    assert not Application.objects.filter(email=GUL).exists()
    assert where_found(name, GUL) == []
    item.refresh_from_db()
    assert (item.status, item.handled_by) == ("done", lead)

    page.goto(f"{demo_site.url}/admin/personal-data/access-log/?record={gul.pk}")
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == AccessRecord.objects.filter(object_ids__contains=f",{gul.pk},").count() == 4  # found, exported, shown again to confirm, erased
    axe_check(page, "access log")
