"""The match announcement draft: a title naming the call, counts in proper singular and plural in both
languages, the secretariat's message in Turkish, and the draft found at once by the admin's page search."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from home.models import NewsIndexPage
from home.slugs import ascii_slug
from programs.matching import announcements
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from search import service
from tests.integration.matching.matching_support import closed_call_pool, closed_call, proposed_match, secretariat, with_consents  # noqa: F401
from tests.integration.matching.test_match_scores import speak

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def confirmed_second_match():
    """The demo's closed call has one active match (Gül with Aylin); this confirms Zeynep with Hakan."""
    match_workflow.transition(with_consents(proposed_match()), match_states.CONFIRMED)


def test_the_title_names_the_call_in_each_language():
    pages = announcements.create_announcement(closed_call())
    english_call = closed_call().get_translation(Locale.objects.get(language_code="en"))
    assert pages["tr"].title == f"{closed_call().title}: eşleşme sonuçları"
    assert pages["en"].title == f"{english_call.title}: matching results"
    # ASCII slugs from the titles ("…-cagrisi-mentorluk-…", not "…-çağrısı-…").
    assert pages["tr"].slug.startswith(ascii_slug(closed_call().title)) and pages["tr"].slug.isascii()
    assert pages["en"].slug.startswith(ascii_slug(english_call.title)) and pages["en"].slug.isascii()


def test_one_match_is_told_in_the_singular():
    pages = announcements.create_announcement(closed_call())
    assert "has matched 1 mentee with an expert of another institution," in pages["en"].intro
    assert "1 menti ile başka bir kurumdan bir uzmanı eşleştirdi" in pages["tr"].intro


def test_two_matches_are_told_in_the_plural():
    confirmed_second_match()
    pages = announcements.create_announcement(closed_call())
    assert "has matched 2 mentees with experts of other institutions," in pages["en"].intro
    assert "2 menti ile başka kurumlardan uzmanları eşleştirdi" in pages["tr"].intro


def test_the_secretariat_reads_the_message_in_turkish(client, secretariat):
    speak(secretariat, "tr")
    response = client.post(reverse("matching:screen", args=[closed_call().pk]), {"action": "announce"}, follow=True)
    html = response.content.decode()
    title = f"{closed_call().title}: eşleşme sonuçları"
    assert f"“{title}” duyuru taslağı 2 dilde oluşturuldu. İletişim ekibi düzenleyip yayımlar." in html
    assert "Draft announcement" not in html


def test_one_language_is_told_in_the_singular(client, secretariat):
    NewsIndexPage.objects.get(locale__language_code="en").delete()  # no English news section: Turkish only
    response = client.post(reverse("matching:screen", args=[closed_call().pk]), {"action": "announce"}, follow=True)
    assert re.search(r"Draft announcement “[^”]+” created in 1 language\. ", response.content.decode())


def admin_search(client, query):
    return client.get("/admin/pages/search/", {"q": query})


def edit_links(response) -> set[int]:
    return {int(pk) for pk in re.findall(r'href="/admin/pages/(\d+)/edit/"', response.content.decode())}


def test_the_draft_is_found_by_the_admin_page_search_at_once(admin_client):
    pages = announcements.create_announcement(closed_call())
    call_words = " ".join(closed_call().title.split()[:2])
    for query, language in ((f"{call_words} eslesme", "tr"), ("sonuclari", "tr"), ("matching results", "en")):
        response = admin_search(admin_client, query)
        assert pages[language].pk in edit_links(response), query
        # The count above the list includes it.
        assert response.context["all_pages"].count() == response.context["paginator"].count >= 1


def test_the_draft_is_found_by_the_search_of_the_results_listing(admin_client):
    pages = announcements.create_announcement(closed_call())
    response = admin_client.get("/admin/pages/search/results/", {"q": "sonuçları"})
    assert pages["tr"].pk in edit_links(response)


def test_the_draft_still_never_reaches_the_site_search():
    pages = announcements.create_announcement(closed_call())
    tr = Locale.objects.get(language_code="tr")
    found = [hit.pk for hit in service.search(pages["tr"].title, tr).results]
    assert pages["tr"].pk not in found


def test_every_word_must_match(admin_client):
    announcements.create_announcement(closed_call())
    response = admin_search(admin_client, "zzyzx sonuclari")
    assert list(response.context["object_list"]) == []
