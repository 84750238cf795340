"""Communications translates a page into English and submits it; a moderator approves it from the dashboard.

Both work in the Turkish admin. The English page is not live until the moderator approves it.
"""

from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.users.models import UserProfile

from home import roles
from demo.loader.common import key_uuid
from home.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.browser

PASSWORD = "guclu-parola-2026"


def staff(username, group):
    """A staff member whose admin is in Turkish (whatever the test browser's language)."""
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "tr"
    profile.save()
    return user


def log_in(page, base_url, username):
    page.context.clear_cookies()
    page.goto(f"{base_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{base_url}/admin/")


def test_translation_goes_through_moderation(demo_site, page, axe_check):
    base = demo_site.url
    communications = staff("iletisim", roles.COMMUNICATIONS)
    moderator = staff("moderator", roles.MODERATORS)
    index = NewsIndexPage.objects.get(translation_key=key_uuid("news"), locale__language_code="tr")
    source = NewsPage(title="Fidan dikim şenliği", slug="fidan-dikim-senligi", intro="Üye belediyeler fidan dikiyor.")
    index.add_child(instance=source)
    source.save_revision().publish()
    csp_errors = []
    page.on("console", lambda message: csp_errors.append(message.text) if "Content Security Policy" in message.text else None)

    # Communications: "Translate this page" into English, then translate the title in the translation editor
    log_in(page, base, "iletisim")
    page.goto(f"{base}/admin/localize/submit/page/{source.pk}/")
    page.get_by_label("English").check()
    page.get_by_role("button", name="Gönder", exact=True).click()
    english = Page.objects.get(translation_key=source.translation_key, locale__language_code="en")
    page.wait_for_url(f"{base}/admin/pages/{english.pk}/edit/")
    csp_errors.clear()  # wagtail-localize's "Translate page" form keeps an inline script (its unused "select all")
    page.get_by_role("button", name="Çevir", exact=True).first.click()
    page.locator("textarea").first.fill("Sapling festival")
    page.get_by_role("button", name="Kaydet", exact=True).click()
    page.get_by_text("elle çevrildi").first.wait_for()
    assert page.get_by_role("button", name="Yayınla: English").count() == 0  # no "Publish in English" for them
    axe_check(page, "translation editor (Communications)")

    page.get_by_role("button", name="Moderatör onayı için gönder").click()
    page.get_by_text("'Sapling festival' çevirisi (İngilizce) Moderatör onayı için gönderildi.").wait_for()
    page.get_by_text("Bu çeviri").first.wait_for()  # the bar now says it awaits review
    axe_check(page, "translation editor after submitting")
    workflow_state = WorkflowState.objects.get(object_id=str(english.pk))
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS and workflow_state.requested_by == communications
    english.refresh_from_db()
    assert not english.live and english.get_latest_revision().content["title"] == "Sapling festival"
    public_path = urlparse(english.full_url).path
    assert page.goto(base + public_path).status == 404  # not on the site until approved

    # The moderator finds it under "Awaiting your review" and approves it
    log_in(page, base, "moderator")
    review = page.locator("#awaiting-review-content")
    row = review.locator("tr", has_text="Sapling festival")
    row.wait_for()
    axe_check(page, "dashboard awaiting review")
    page.goto(f"{base}/admin/pages/{english.pk}/edit/")  # the translation editor shows them the review actions too
    page.locator(".portal-translation-moderation").get_by_role("button", name="Onayla", exact=True).wait_for()
    axe_check(page, "translation editor (Moderator)")
    page.goto(f"{base}/admin/")
    row.get_by_role("button", name="Eylemler").click()
    row.get_by_role("button", name="Onayla", exact=True).click()
    page.get_by_text("'Sapling festival' onaylandı ve yayımlandı.").wait_for()
    axe_check(page, "dashboard after approving")

    workflow_state.refresh_from_db()
    task_state = TaskState.objects.get(workflow_state=workflow_state)
    english.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    assert task_state.status == TaskState.STATUS_APPROVED and task_state.finished_by == moderator
    assert english.live and english.title == "Sapling festival"
    assert page.goto(base + public_path).status == 200
    assert page.get_by_role("heading", level=1).inner_text() == "Sapling festival"
    assert csp_errors == []  # the translation editor's inline script is gone (static/js/translation-editor.js)
