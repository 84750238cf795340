"""A synced translation (wagtail-localize) goes through the "Moderators approval" workflow.

Real users in the roles' groups, through the admin URLs the screens use: "Translate this page",
the translation editor's string API and its "Submit to …" action, the dashboard's workflow action.
"""

import html
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from home import roles
from home.models import NewsPage
from tests.factories.site import news_index

pytestmark = pytest.mark.django_db

STRINGS = {"title": "Tree planting week", "slug": "tree-planting-week", "intro": "Every member municipality plants trees."}


def staff(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw", first_name=username.title())
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def communications():
    return staff("iletisim", roles.COMMUNICATIONS)


@pytest.fixture
def moderator():
    return staff("moderator", roles.MODERATORS)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def comms_client(communications):
    return logged_in(communications)


@pytest.fixture
def moderator_client(moderator):
    return logged_in(moderator)


@pytest.fixture
def turkish_news(site_tree):
    index = news_index(site_tree)("tr")
    page = NewsPage(title="Ağaç dikme haftası", slug="agac-dikme-haftasi", intro="Her üye belediye ağaç dikiyor.")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_page(comms_client, page):
    """'Translate this page' into English, as the Communications user; returns the English draft."""
    english = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = comms_client.post(url, {"locales": [english.pk]})
    translated = Page.objects.get(translation_key=page.translation_key, locale=english).specific
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[translated.pk])
    return translated


def translate_strings(client, translated, strings):
    translation = Translation.objects.get(source__object_id=translated.translation_key, target_locale=translated.locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("context"):
        if segment.context.path in strings:
            url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
            body = urlencode({"value": strings[segment.context.path]})
            response = client.put(url, body, content_type="application/x-www-form-urlencoded")
            assert response.status_code in (200, 201), response.content
    return translation


def submit(client, translated):
    return client.post(reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action-submit": "1"})


def approve(client, translated, task_state, action="approve"):
    url = reverse("wagtailadmin_pages:workflow_action", args=[translated.pk, action, task_state.pk])
    return client.post(url, {"next": reverse("wagtailadmin_home")}, follow=True)


def test_communications_submits_a_translation_and_the_moderator_approves_it(
    comms_client, moderator_client, communications, moderator, turkish_news, client
):
    english = translate_page(comms_client, turkish_news)
    assert not english.live
    editor = comms_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    text = html.unescape(editor.content.decode())
    assert "Moderatör onayı için gönder" in text  # "Submit to Moderators approval", in Turkish
    assert '"canPublish": false' in text  # the translation editor offers no "Publish in English"

    translate_strings(comms_client, english, STRINGS)
    mail.outbox.clear()
    response = submit(comms_client, english)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[english.pk])

    english.refresh_from_db()
    workflow_state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(english.pk))
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.requested_by == communications
    assert workflow_state.workflow.name == "Moderatör onayı"  # the DB row keeps its English name, shown in Turkish
    task_state = workflow_state.current_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert task_state.revision == english.latest_revision
    assert task_state.revision.content["title"] == STRINGS["title"]
    assert not english.live and english.live_revision is None
    assert client.get("/en/news/tree-planting-week/").status_code == 404  # `client` is an anonymous visitor
    # Wagtail's "submitted" e-mail tells the moderator, in Turkish; the submitter gets none
    to_moderator = [message.subject for message in mail.outbox if message.to == [moderator.email]]
    assert to_moderator == ['"Tree planting week" sayfası "Moderatör onayı" aşamasında onaya gönderildi']
    assert not [message for message in mail.outbox if communications.email in message.to]

    dashboard = html.unescape(moderator_client.get(reverse("wagtailadmin_home")).content.decode())
    awaiting_review = dashboard.partition('id="awaiting-review-content"')[2]
    assert STRINGS["title"] in awaiting_review
    moderator_editor = html.unescape(moderator_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode())
    assert "Onayla" in moderator_editor and "Değişiklik iste" in moderator_editor

    response = approve(moderator_client, english, task_state)
    assert "'Tree planting week' onaylandı ve yayımlandı." in html.unescape(response.content.decode())
    workflow_state.refresh_from_db()
    task_state.refresh_from_db()
    english.refresh_from_db()
    assert workflow_state.status == WorkflowState.STATUS_APPROVED
    assert task_state.status == TaskState.STATUS_APPROVED and task_state.finished_by == moderator
    assert english.live and english.live_revision == task_state.revision
    public = client.get("/en/news/tree-planting-week/")
    assert public.status_code == 200 and "Every member municipality plants trees." in public.content.decode()


def test_communications_cannot_publish_a_translation_directly(
    comms_client, communications, turkish_news, django_capture_on_commit_callbacks
):
    english = translate_page(comms_client, turkish_news)
    translation = translate_strings(comms_client, english, STRINGS)
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])

    # wagtail-localize publishes on commit: run those callbacks, or a publish would go unseen
    with django_capture_on_commit_callbacks(execute=True):
        response = comms_client.post(edit_url, {"action": "publish"})  # the translation editor's "Publish in English"
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")  # refused
    english.refresh_from_db()
    assert not english.live and english.live_revision is None

    # "Sync translated pages" offers them no "Publish immediately", and ignores it when posted
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    sync_form = html.unescape(comms_client.get(sync_url).content.decode())
    assert 'type="checkbox" name="publish_translations"' not in sync_form and "Hemen yayınla" not in sync_form
    with django_capture_on_commit_callbacks(execute=True):
        response = comms_client.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert not english.live and english.live_revision is None

    # nor approve their own submission through the workflow action
    submit(comms_client, english)
    task_state = TaskState.objects.get(workflow_state__object_id=str(english.pk), status=TaskState.STATUS_IN_PROGRESS)
    approve(comms_client, english, task_state)
    task_state.refresh_from_db()
    english.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert not english.live


def test_moderators_keep_publish_immediately_on_sync(
    moderator_client, comms_client, turkish_news, django_capture_on_commit_callbacks
):
    english = translate_page(comms_client, turkish_news)
    translate_strings(comms_client, english, STRINGS)
    translation = Translation.objects.get(source__object_id=english.translation_key, target_locale=english.locale)
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    sync_form = html.unescape(moderator_client.get(sync_url).content.decode())
    assert 'type="checkbox" name="publish_translations"' in sync_form and "Hemen yayınla" in sync_form
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(sync_url, {"publish_translations": "on"})
    english.refresh_from_db()
    assert english.live and english.title == STRINGS["title"]


def test_a_change_to_a_live_translation_stays_off_the_site_until_approved(
    comms_client, moderator_client, turkish_news, client
):
    english = translate_page(comms_client, turkish_news)
    translate_strings(comms_client, english, STRINGS)
    submit(comms_client, english)
    approve(moderator_client, english, TaskState.objects.get(workflow_state__object_id=str(english.pk)))
    english.refresh_from_db()
    assert english.live

    translate_strings(comms_client, english, {"intro": "Every member municipality plants a hundred trees."})
    submit(comms_client, english)
    english.refresh_from_db()
    task_state = TaskState.objects.get(workflow_state__object_id=str(english.pk), status=TaskState.STATUS_IN_PROGRESS)
    assert task_state.revision.content["intro"] == "Every member municipality plants a hundred trees."
    assert english.intro == "Every member municipality plants trees."  # the page row is what visitors get
    assert english.has_unpublished_changes
    assert "a hundred trees" not in client.get("/en/news/tree-planting-week/").content.decode()

    approve(moderator_client, english, task_state)
    assert "a hundred trees" in client.get("/en/news/tree-planting-week/").content.decode()


def test_changes_requested_then_resubmitted(comms_client, moderator_client, turkish_news):
    english = translate_page(comms_client, turkish_news)
    translate_strings(comms_client, english, STRINGS)
    submit(comms_client, english)
    first = TaskState.objects.get(workflow_state__object_id=str(english.pk))
    response = approve(moderator_client, english, first, action="reject")
    assert "'Tree planting week' için değişiklik istendi." in html.unescape(response.content.decode())
    first.refresh_from_db()
    assert first.status == TaskState.STATUS_REJECTED
    assert first.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    editor = html.unescape(comms_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode())
    assert "Moderatör onayı için yeniden gönder" in editor  # "Resubmit to Moderators approval"
    translate_strings(comms_client, english, {"intro": "Every member municipality plants trees in March."})
    submit(comms_client, english)
    second = TaskState.objects.get(workflow_state=first.workflow_state, status=TaskState.STATUS_IN_PROGRESS)
    assert second.revision.content["intro"] == "Every member municipality plants trees in March."
    english.refresh_from_db()
    assert not english.live
