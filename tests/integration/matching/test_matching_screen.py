"""The suggestion screen: explained proposals, the secretariat's decisions, weights, permissions."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from home import roles
from programs.matching import states as match_states
from programs.models import ExcludedPair, Match, MatchingSettings
from tests.integration.matching.matching_support import closed_call_pool, closed_call, hakan, secretariat, user_in, zeynep  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def screen_url():
    return reverse("matching:screen", args=[closed_call().pk])


def test_screen_shows_the_suggestion_with_its_reasons_and_the_gain_over_greedy(client, secretariat):
    response = client.get(screen_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Zeynep Kurgu" in html and "Hakan Deneme" in html
    assert "Social services" in html  # the shared theme, named in the reader's language
    for label in ("Total score of the proposed set", "A simple greedy pick would score", "What optimisation bought"):
        assert label in html
    assert "Gül Taslak" not in html.split("matches-heading")[0]  # already matched: not proposed again


def test_accepting_a_suggestion_creates_a_proposed_match_with_its_explanation_and_an_audit_entry(client, secretariat):
    response = client.post(screen_url(), {"action": "accept", "mentee": zeynep().pk, "mentor": hakan().pk})
    assert response.status_code == 302
    match = Match.objects.get(mentee=zeynep())
    assert match.state == match_states.PROPOSED and match.mentor == hakan() and match.created_by == secretariat
    assert match.score > 0 and {line["key"] for line in match.explanation} >= {"themes", "text", "other_institution"}
    assert ModelLogEntry.objects.for_instance(match).filter(action="programs.match_created", user=secretariat).exists()
    # The mentee is no longer proposed; accepting twice is refused.
    client.post(screen_url(), {"action": "accept", "mentee": zeynep().pk, "mentor": hakan().pk})
    assert Match.objects.filter(mentee=zeynep()).count() == 1


def test_rejecting_a_suggestion_excludes_the_pair_and_it_is_no_longer_proposed(client, secretariat):
    client.post(screen_url(), {"action": "exclude", "mentee": zeynep().pk, "mentor": hakan().pk})
    assert ExcludedPair.objects.filter(mentee=zeynep(), mentor=hakan()).exists()
    html = client.get(screen_url()).content.decode()
    assert "No suggestion" in html
    client.post(screen_url(), {"action": "accept", "mentee": zeynep().pk, "mentor": hakan().pk})
    assert not Match.objects.filter(mentee=zeynep()).exists()


def test_same_institution_pair_is_refused_even_by_hand(client, secretariat):
    mentee = zeynep()
    hakan_app = hakan()
    mentee.institution = hakan_app.institution
    mentee.save()
    response = client.post(screen_url(), {"action": "manual", "m-mentee": mentee.pk, "m-mentor": hakan_app.pk}, follow=True)
    assert "This pair is not allowed: Same institution." in response.content.decode()
    assert not Match.objects.filter(mentee=mentee).exists()


def test_manual_match_is_stored_with_its_score(client, secretariat):
    client.post(screen_url(), {"action": "manual", "m-mentee": zeynep().pk, "m-mentor": hakan().pk})
    assert Match.objects.get(mentee=zeynep()).score > 0


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("w-weight_themes", "-1", "Enter a weight from 0 to 10."),
        ("w-weight_text", "11", "Enter a weight from 0 to 10."),
        ("w-weight_language", "abc", "Enter a number."),
        ("w-mentor_capacity", "0", "Enter a number of mentees from 1 to 20."),
        ("w-mode", "lottery", "Select a valid choice."),
    ],
)
def test_bad_weights_get_a_clear_message_and_nothing_is_saved(client, secretariat, field, value, message):
    data = {"action": "weights", "w-mode": "one_to_one", "w-mentor_capacity": "1", "w-weight_themes": "0.4", "w-weight_text": "0.3",
            "w-weight_language": "0.1", "w-weight_format": "0.1", "w-weight_other_institution": "0.1", "w-require_other_institution": "on",
            field: value}
    response = client.post(screen_url(), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    settings = MatchingSettings.objects.filter(call=closed_call()).first()
    assert settings is None or (settings.weight_themes, settings.mentor_capacity, settings.mode) == (0.4, 1, "one_to_one")


def test_weights_change_the_scores(client, secretariat):
    data = {"action": "weights", "w-mode": "capacity", "w-mentor_capacity": "2", "w-weight_themes": "1", "w-weight_text": "0",
            "w-weight_language": "0", "w-weight_format": "0", "w-weight_other_institution": "0", "w-require_other_institution": "on"}
    client.post(screen_url(), data)
    settings = MatchingSettings.objects.get(call=closed_call())
    assert settings.weights().themes == 1 and settings.mentor_capacity == 2
    assert "<td>1.00</td>" in client.get(screen_url()).content.decode()  # only the shared theme counts now


@pytest.mark.parametrize("group", [roles.COMMUNICATIONS, roles.MODERATORS])
def test_only_the_secretariat_sees_matching_matches_and_meetings(client, group):
    client.force_login(user_in(group, "someone"))
    match = Match.objects.first()
    for url in (reverse("matching:index"), screen_url(), reverse("matching:match", args=[match.pk]),
                reverse("matching:letter", args=[match.pk, "expert"]), reverse("matching_dashboard:index"), "/admin/match/", "/admin/meeting/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Zeynep" not in response.content.decode()
    menu = client.get("/admin/").content.decode()
    assert "/admin/matching/" not in menu


def test_secretariat_sees_the_matching_menu_and_lists(client, secretariat):
    assert "/admin/matching/" in client.get("/admin/").content.decode()
    for url in ("/admin/match/", "/admin/meeting/", reverse("matching:index")):
        assert client.get(url).status_code == 200, url


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(screen_url())
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_matches_are_never_made_from_a_blank_admin_form(client, secretariat):
    response = client.get("/admin/match/new/")
    assert response.status_code == 302 and response["Location"] == reverse("matching:index")
