"""Matching scores are shown rounded to two decimals in the reader's number format: "0,64" in the
Turkish admin, "0.64" in the English one; never the stored float ("0,6369846535886928")."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from programs.models import Match
from programs.templatetags.scores import percent
from tests.integration.matching.matching_support import closed_call_pool, closed_call, proposed_match, secretariat  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]

RAW = 0.6369846535886928


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def match():
    match = proposed_match()
    Match.objects.filter(pk=match.pk).update(score=RAW)
    return match


@pytest.mark.parametrize(("language", "shown"), [("tr", "0,64"), ("en", "0.64")])
def test_the_match_list_shows_the_rounded_score(client, secretariat, match, language, shown):
    speak(secretariat, language)
    html = client.get(reverse("match:index")).content.decode()
    row = next(row for row in re.findall(r"<tr.*?</tr>", html, re.S) if "Zeynep Kurgu" in row)
    assert f">{shown}<" in re.sub(r"\s+", "", row)
    assert "6369846535886928" not in html and "0,637" not in html and "0.637" not in html


@pytest.mark.parametrize(("language", "shown"), [("tr", "0,64"), ("en", "0.64")])
def test_the_match_page_shows_the_rounded_score(client, secretariat, match, language, shown):
    speak(secretariat, language)
    html = client.get(reverse("matching:match", args=[match.pk])).content.decode()
    facts = html.split('id="match-facts"')[1].split("</dl>")[0]
    assert f"<dd>{shown}</dd>" in facts


def test_the_suggestion_screen_rounds_every_score_to_two_decimals(client, secretariat):
    speak(secretariat, "tr")
    html = client.get(reverse("matching:screen", args=[closed_call().pk])).content.decode()
    totals = html.split('id="matching-totals"')[1].split("</dl>")[0]
    numbers = re.findall(r"<dd>\+?([\d.,]+)", totals)[:3]  # total, greedy, gain
    suggestion = html.split("matching-suggestions")[1].split("</table>")[0]
    numbers += re.findall(r"<td>([\d.,]+)</td>", suggestion)
    assert len(numbers) >= 4
    assert all(re.fullmatch(r"\d+,\d\d", number) for number in numbers), numbers


def test_percentages_follow_the_language():
    with translation.override("tr"):
        assert percent(12.34) == "%12,3"
    with translation.override("en"):
        assert percent(12.34) == "12.3%"
