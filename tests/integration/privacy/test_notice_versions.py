"""The privacy notice has numbered versions; applications, drafts and consents keep the one agreed to, and when."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from home import roles
from home.models import PrivacyNoticeVersion
from home.notices import RECENT_DAYS
from programs.matching import workflow as match_workflow
from programs.matching.forms import ConsentForm
from programs.models import Application, ApplicationDraft, ConsentMethod, Party
from tests.factories.applications import ApplicationFactory, apply_url, valid_data
from tests.factories.matching import match
from tests.factories.site import privacy_notice, publish_notice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def notice(site_tree):
    return privacy_notice(site_tree)


def versions(page):
    return list(PrivacyNoticeVersion.objects.filter(translation_key=page.translation_key, locale_id=page.locale_id)
                .order_by("number").values_list("number", flat=True))


def test_each_language_of_a_notice_starts_at_version_one_with_its_revision_and_text_fingerprint(notice):
    for code in ("tr", "en"):
        version = notice[code].current_version
        assert (version.number, version.page_id) == (1, notice[code].pk)
        assert version.revision_id == notice[code].live_revision_id
        assert version.text_hash == notice[code].text_hash() and len(version.text_hash) == 64


def test_publishing_changed_text_makes_the_next_version_and_unchanged_text_does_not(notice):
    page = notice["tr"]
    publish_notice(page)  # same text
    publish_notice(page, search_description="Yalnızca arama açıklaması değişti")  # not part of the text
    assert versions(page) == [1]
    page = publish_notice(page, "<p>Verilerinizi iki yıl saklarız.</p>")
    assert versions(page) == [1, 2]
    publish_notice(page, title="Kişisel Verilerin Korunması Aydınlatma Metni")
    assert versions(page) == [1, 2, 3]
    assert versions(notice["en"]) == [1]  # the English text did not change


def test_the_notice_page_shows_its_current_version_and_date(notice, client):
    page = publish_notice(notice["en"], "<p>We keep your data for two years.</p>")
    with translation.override("en"):
        response = client.get(page.url)
    today = timezone.localdate().strftime("%d.%m.%Y")
    assert response.status_code == 200
    assert f"Version 2, published {today}" in response.content.decode()


def test_a_call_without_a_notice_links_the_sites_notice_in_its_language(notice, open_call):
    assert open_call("tr").privacy_notice() == notice["tr"]
    assert open_call("en").privacy_url() == notice["en"].url


def test_a_submitted_application_stores_the_version_on_the_form_and_when(notice, open_call, client):
    call = open_call("tr")
    form_page = client.get(apply_url(call)).content.decode()
    version = notice["tr"].current_version
    assert f'name="privacy_notice_version" value="{version.pk}"' in form_page
    before = timezone.now()
    response = client.post(apply_url(call), valid_data(call, privacy_notice_version=str(version.pk)))
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.privacy_notice == version and before <= application.privacy_agreed_at <= timezone.now()


def test_a_notice_changed_while_the_form_was_open_keeps_the_version_the_applicant_saw(notice, open_call, client):
    call = open_call("tr")
    seen = notice["tr"].current_version
    publish_notice(notice["tr"], "<p>Yeni metin.</p>")
    response = client.post(apply_url(call), valid_data(call, privacy_notice_version=str(seen.pk)))
    assert response.status_code == 302
    assert Application.objects.get().privacy_notice == seen


@pytest.mark.parametrize("sent", ["", "abc", "999999", "old", "other_language"])
def test_a_missing_forged_or_long_replaced_version_is_refused_and_nothing_is_saved(notice, open_call, client, sent):
    call = open_call("tr")
    value = {"old": str(notice["tr"].current_version.pk), "other_language": str(notice["en"].current_version.pk)}.get(sent, sent)
    page = publish_notice(notice["tr"], "<p>Yeni metin.</p>")
    PrivacyNoticeVersion.objects.filter(page=page, number=2).update(
        published_at=timezone.now() - datetime.timedelta(days=RECENT_DAYS + 1)
    )
    with translation.override("en"):
        response = client.post(apply_url(call), valid_data(call, privacy_notice_version=value))
    assert response.status_code == 400
    content = response.content.decode()
    with translation.override("tr"):  # the Turkish call's form answers in Turkish
        assert gettext("The privacy notice has changed since this form was opened. Please read it again and send the form.") in content
    current = page.current_version
    assert f'name="privacy_notice_version" value="{current.pk}"' in content  # the form shown again offers the current one
    assert not Application.objects.exists()


def test_a_saved_draft_stores_the_version_and_when(notice, open_call, client):
    call = open_call("tr")
    version = notice["tr"].current_version
    data = {"name": "Ayşe", "email": "ayse@example.org", "save_draft": "1", "privacy_notice_version": str(version.pk)}
    assert client.post(apply_url(call), data).status_code == 200
    draft = ApplicationDraft.objects.get()
    assert draft.privacy_notice == version and draft.privacy_agreed_at is not None
    assert len(mail.outbox) == 1


def test_a_consent_records_the_chosen_version_defaulting_to_the_current_one(notice, match_pair):
    mentee, mentor = match_pair
    proposed = match(mentee, mentor)
    form = ConsentForm(prefix="c", match=proposed)
    current = notice["tr"].current_version
    assert form.fields["privacy_notice"].initial == current.pk
    assert set(form.fields["privacy_notice"].queryset) == {current, notice["en"].current_version}
    consent = match_workflow.record_consent(proposed, Party.MENTEE_INSTITUTION, timezone.localdate(), ConsentMethod.LETTER,
                                            privacy_notice=notice["en"].current_version)
    consent.refresh_from_db()
    assert consent.privacy_notice == notice["en"].current_version and consent.privacy_agreed_at is not None


def test_a_consent_without_a_version_says_it_was_recorded_before_versions_were_kept(match_pair):
    mentee, mentor = match_pair
    consent = match_workflow.record_consent(match(mentee, mentor), Party.MENTEE_INSTITUTION, timezone.localdate(), ConsentMethod.LETTER)
    assert consent.privacy_notice is None and consent.privacy_agreed_at is None


def secretariat_client(client, superuser=False):
    user = get_user_model().objects.create_user("sekreter", "sekreter@example.org", "a-long-staff-passphrase-2026",
                                                is_superuser=superuser)
    user.groups.add(Group.objects.get(name=roles.SECRETARIAT))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def test_the_editor_shows_the_live_version(notice, client):
    page = publish_notice(notice["en"], "<p>We keep your data for two years.</p>")
    response = secretariat_client(client, superuser=True).get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    content = response.content.decode()
    assert f"Version 2, published {timezone.localdate():%d.%m.%Y}" in content
    assert "Publishing a changed title, introduction or body makes the next version" in content


def test_the_secretariat_sees_each_applications_notice_version_in_the_list_and_the_record(notice, open_call, client):
    version = notice["tr"].current_version
    with_version = ApplicationFactory(call=open_call("tr"), privacy_notice=version, privacy_agreed_at=timezone.now())
    before = ApplicationFactory(call=open_call("tr"))
    client = secretariat_client(client)
    listing = client.get(reverse("programs_application:index")).content.decode()
    with translation.override("en"):  # the secretariat user reads the English admin
        label = version.label()
    assert listing.count(label) == 1 and listing.count("before versions were kept") == 1
    record = client.get(reverse("programs_application:inspect", args=[with_version.pk])).content.decode()
    assert "Privacy notice agreed to" in record and label in record
    old = client.get(reverse("programs_application:inspect", args=[before.pk])).content.decode()
    assert "before versions were kept" in old


def test_the_match_page_shows_each_consents_notice_version(notice, match_pair, client):
    mentee, mentor = match_pair
    proposed = match(mentee, mentor)
    match_workflow.record_consent(proposed, Party.MENTEE_INSTITUTION, timezone.localdate(), ConsentMethod.LETTER,
                                  privacy_notice=notice["tr"].current_version)
    match_workflow.record_consent(proposed, Party.MENTOR_INSTITUTION, timezone.localdate(), ConsentMethod.LETTER)
    content = secretariat_client(client).get(reverse("matching:match", args=[proposed.pk])).content.decode()
    with translation.override("en"):  # the secretariat user reads the English admin
        label = notice["tr"].current_version.label()
    assert f"Privacy notice: {label} (" in content
    assert "Privacy notice: before versions were kept" in content


def test_a_call_naming_its_own_notice_links_that_notice_in_the_calls_language(notice, open_call, site_tree):
    own = privacy_notice(site_tree, "<p>Bu çağrıya özel metin.</p>", slug="-cagri")
    call = open_call("tr")
    call.privacy_page = own["tr"]
    call.save()
    english = open_call("en")
    english.privacy_page = own["tr"]  # an editor may pick the Turkish page: the English call shows its translation
    english.save()
    assert call.privacy_notice() == own["tr"] and english.privacy_notice() == own["en"]


def test_the_consent_form_on_the_match_page_records_the_version_chosen(notice, match_pair, client):
    mentee, mentor = match_pair
    proposed = match(mentee, mentor)
    chosen = notice["en"].current_version
    response = secretariat_client(client).post(reverse("matching:match", args=[proposed.pk]), {
        "action": "consent", "c-party": Party.EXPERT, "c-given_on": timezone.localdate().isoformat(), "c-method": "letter",
        "c-privacy_notice": str(chosen.pk),
    })
    assert response.status_code == 302
    consent = proposed.consents.get()
    assert consent.privacy_notice == chosen and consent.privacy_agreed_at is not None


def test_the_consent_form_refuses_a_version_of_another_notice(notice, match_pair, client, site_tree):
    mentee, mentor = match_pair
    proposed = match(mentee, mentor)
    other = privacy_notice(site_tree, "<p>Başka bir metin.</p>", slug="-baska")["tr"].current_version
    with translation.override("en"):
        response = secretariat_client(client).post(reverse("matching:match", args=[proposed.pk]), {
            "action": "consent", "c-party": Party.EXPERT, "c-given_on": timezone.localdate().isoformat(), "c-method": "letter",
            "c-privacy_notice": str(other.pk),
        })
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not proposed.consents.exists()


def test_a_call_refuses_a_privacy_page_that_is_not_a_notice(notice, open_call, about):
    call = open_call("tr")
    call.privacy_page = about["tr"]
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            call.full_clean()
        assert refused.value.message_dict["privacy_page"] == [
            "Choose a privacy notice page: only its versions are recorded with applications."
        ]
    call.privacy_page = notice["tr"]
    call.full_clean()
