"""One call in every language: the Turkish and English pages of a call share one pool of applications.

Each test failed before the call owned its applications across languages (issue 12): a second application
under /en/, a pool seeing one language, a matching screen per language.
"""

from importlib import import_module

import pytest
from django.apps import apps
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from programs.matching import announcements, suggestions
from programs.matching import workflow as match_workflow
from programs.models import Application, ApplicationEvent, ExcludedPair, Match, MatchingSettings, MentoringGroup
from tests.factories.applications import ApplicationFactory, apply_url, valid_data

pytestmark = pytest.mark.django_db

SHORTLISTED = ["under_review", "eligible", "shortlisted"]


def test_one_email_applies_once_whatever_the_language(open_call, client):
    cache.clear()
    assert client.post(apply_url(open_call("tr")), valid_data(open_call("tr"), email="iki.dil@example.org")).status_code == 302
    with translation.override("en"):
        response = client.post(apply_url(open_call("en")), valid_data(open_call("en"), email="Iki.Dil@Example.org"))
    assert response.status_code == 302  # the same answer as a first application: the page says nothing of the first
    assert response.url == apply_url(open_call("en")) + "sent/"
    assert Application.objects.filter(email="iki.dil@example.org").count() == 1
    first = Application.objects.get(email="iki.dil@example.org")
    assert len(mail.outbox) == 2  # the first confirmation, then the notice to the address
    with translation.override("tr"):  # the notice goes in the first application's language
        assert gettext("Your reference number") in mail.outbox[1].body
    assert first.reference in mail.outbox[1].body and "/applications/" in mail.outbox[1].body


def test_the_database_refuses_a_second_application_in_the_other_language(open_call, applicant):
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(call=open_call("en"), email=applicant.email.upper())
    assert Application.objects.filter(email=applicant.email).count() == 1


def test_applications_of_both_languages_are_one_pool_and_can_be_matched_together(open_call, institutions, themes):
    mentee = ApplicationFactory(call=open_call("tr"), role="mentee", language="tr", institution=institutions["kuzeysehir_bb"],
                                themes=[themes["digital"]], statuses=SHORTLISTED)
    mentor = ApplicationFactory(call=open_call("en"), role="mentor", language="en", institution=institutions["yaylakent"],
                                themes=[themes["digital"]], statuses=SHORTLISTED)
    assert mentee.call_key == mentor.call_key == open_call("tr").translation_key
    for page in (open_call("tr"), open_call("en")):
        mentees, mentors = suggestions.pool(page)
        assert (mentees, mentors) == ([mentee], [mentor])
        assert suggestions.matching_settings(page).call_id == open_call("tr").pk
    [row] = suggestions.for_call(open_call("en")).rows
    assert (row[0], row[1]) == (mentee, mentor)

    match = match_workflow.create_match(open_call("en"), mentee, mentor=mentor)
    assert match.call_id == open_call("tr").pk  # the call's first page holds its matching
    assert list(suggestions.live_matches(open_call("en"))) == [match]


def test_close_matching_and_the_announcement_see_every_language(open_call, institutions):
    waiting = [ApplicationFactory(call=open_call(code), role="mentee", language=code, institution=institutions["yaylakent"],
                                  statuses=SHORTLISTED) for code in ("tr", "en")]
    decided = match_workflow.close_matching(open_call("en"), Application.Status.WAITLISTED)
    assert set(decided) == set(waiting)
    assert {a.status for a in Application.objects.filter(pk__in=[a.pk for a in waiting])} == {"waitlisted"}
    mentor = ApplicationFactory(call=open_call("en"), role="mentor", language="en", institution=institutions["kuzeysehir_bb"])
    agreed = Match.objects.create(call=open_call("tr"), mentee=waiting[1], mentor=mentor, state="confirmed")
    assert list(announcements.announced_matches(open_call("en"))) == [agreed]


def test_the_matching_screen_of_the_english_page_is_the_call_s_one_screen(open_call, applicant, admin_client):
    response = admin_client.get(reverse("matching:screen", args=[open_call("en").pk]))
    assert response.status_code == 302 and response.url == reverse("matching:screen", args=[open_call("tr").pk])
    calls = admin_client.get(reverse("matching:index")).context["calls"]
    assert [c.pk for c in calls] == [open_call("tr").pk]


def test_the_admin_filter_by_call_lists_each_call_once_and_finds_both_languages(open_call, institutions, admin_client):
    ApplicationFactory(call=open_call("tr"), name="Türkçe Başvuran", institution=institutions["yaylakent"])
    ApplicationFactory(call=open_call("en"), name="English Applicant", language="en", institution=institutions["yaylakent"])
    response = admin_client.get(reverse("programs_application:index"), {"call": open_call("tr").pk})
    body = response.content.decode()
    assert "Türkçe Başvuran" in body and "English Applicant" in body
    choices = [c.pk for c in response.context["filters"].form.fields["call"].queryset]
    assert choices == [open_call("tr").pk]


def test_the_migration_joins_the_languages_without_losing_a_row(open_call, institutions):
    """Rows written before the change (no call key, matching on the English page) are moved; a duplicate
    e-mail across languages is withdrawn with a history line, not deleted."""
    tr, en = open_call("tr"), open_call("en")
    first = ApplicationFactory(call=tr, role="mentee", email="ayni@example.org", institution=institutions["yaylakent"], statuses=SHORTLISTED)
    mentor = ApplicationFactory(call=en, role="mentor", language="en", institution=institutions["kuzeysehir_bb"], statuses=SHORTLISTED)
    Application.objects.update(call_key=None)  # as before migration 0008
    later = ApplicationFactory(call=en, role="mentee", email="ayni@example.org", language="en", institution=institutions["yaylakent"])
    Application.objects.filter(pk=later.pk).update(call_key=None)
    match = Match.objects.create(call=en, mentee=first, mentor=mentor)
    group = MentoringGroup.objects.create(call=en, name="Grup")
    english_settings = MatchingSettings.objects.create(call=en)
    ExcludedPair.objects.create(settings=english_settings, mentee=later, mentor=mentor)
    MatchingSettings.objects.create(call=tr)

    import_module("programs.migrations.0008_one_call_in_every_language").join_languages(apps, None)

    assert Application.objects.count() == 3
    first.refresh_from_db(), mentor.refresh_from_db(), later.refresh_from_db()
    assert first.call_key == mentor.call_key == tr.translation_key
    assert later.call_key is None and later.status == "withdrawn"
    assert "another language" in ApplicationEvent.objects.filter(application=later).last().note
    match.refresh_from_db(), group.refresh_from_db()
    assert (match.call_id, group.call_id) == (tr.pk, tr.pk)
    assert list(MatchingSettings.objects.values_list("call_id", flat=True)) == [tr.pk]
    assert ExcludedPair.objects.get().settings.call_id == tr.pk


def test_a_group_takes_only_mentors_of_the_call_still_in_the_running(open_call, institutions):
    mentors = [ApplicationFactory(call=open_call(code), role="mentor", language=code, institution=institutions["yaylakent"],
                                  statuses=SHORTLISTED) for code in ("tr", "en")]
    group = match_workflow.create_group(open_call("en"), name="Karma grup", capacity=4, mentors=mentors)
    assert group.call_id == open_call("tr").pk and set(group.mentors.all()) == set(mentors)
    submitted = ApplicationFactory(call=open_call("tr"), role="mentor", institution=institutions["yaylakent"])
    with translation.override("en"), pytest.raises(ValidationError, match="cannot be matched"):
        match_workflow.create_group(open_call("tr"), name="Erken", capacity=4, mentors=[mentors[0], submitted])
    assert MentoringGroup.objects.count() == 1
