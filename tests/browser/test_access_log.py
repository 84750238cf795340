"""Access on record in Chromium: a Secretariat member opens an application and downloads its file; the
Secretariat lead filters the access log by the ids and finds both rows. axe-core checks the log screen."""

import pytest
from django.urls import reverse

from home import roles
from programs.models import AccessRecord, Application
from tests.browser.test_matching_flow import secretariat_login
from tests.integration.privacy.privacy_support import attach

pytestmark = pytest.mark.browser


def test_the_lead_finds_a_secretariat_view_and_download_in_the_log(demo_site, page, axe_check):
    application = Application.objects.order_by("pk").first()
    attachment = attach(application)
    clerk = secretariat_login(page, demo_site.url, "sekreter", [roles.SECRETARIAT])
    page.goto(demo_site.url + reverse("programs_application:inspect", args=[application.pk]))
    with page.expect_download():
        page.get_by_role("link", name="cv.pdf").click()
    assert list(AccessRecord.objects.filter(user=clerk).order_by("pk").values_list("action", "kind", "object_id")) == [
        ("view", "application", application.pk), ("download", "attachment", attachment.pk)]

    secretariat_login(page, demo_site.url, "lider", [roles.SECRETARIAT, roles.SECRETARIAT_LEAD])
    page.goto(f"{demo_site.url}/admin/personal-data/access-log/?user={clerk.pk}&record={application.pk}&kind=application")
    rows = page.locator("table.listing tbody tr")
    assert rows.count() == 1 and "Application" in rows.first.inner_text()
    page.goto(f"{demo_site.url}/admin/personal-data/access-log/?user={clerk.pk}&record={attachment.pk}&kind=attachment")
    assert page.locator("table.listing tbody tr").count() == 1
    page.goto(f"{demo_site.url}/admin/personal-data/access-log/?user={clerk.pk}")
    assert page.locator("table.listing tbody tr").count() == 2
    axe_check(page, "access log filtered by user")
