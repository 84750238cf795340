"""The match announcement: draft pages in both languages, names only with consent, only agreed matches."""

import pytest
from django.urls import reverse

from home.models import NewsPage
from programs.matching import announcements, states as match_states, workflow as match_workflow
from tests.integration.matching.matching_support import closed_call_pool, closed_call, proposed_match, secretariat, with_consents  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("closed_call_pool")]


def body_text(page):
    return " ".join(str(block.value) for block in page.body)


def test_draft_in_both_languages_names_only_those_who_consented():
    match = with_consents(proposed_match())  # Zeynep and Hakan gave no publication consent
    match_workflow.transition(match, match_states.CONFIRMED)
    pages = announcements.create_announcement(closed_call())
    assert set(pages) == {"tr", "en"}
    assert all(not page.live for page in pages.values())
    assert pages["en"].translation_key == pages["tr"].translation_key
    tr, en = body_text(pages["tr"]), body_text(pages["en"])
    # The demo's active match: Gül (no consent) with Aylin (consent).
    assert "Aylin Kurgusal" in tr and "Aylin Kurgusal" in en
    for hidden in ("Gül Taslak", "Zeynep Kurgu", "Hakan Deneme"):
        assert hidden not in tr and hidden not in en
    assert "Bakım Personeli (Yaylakent Belediyesi)" in tr  # role and institution instead of the name
    assert "Psikolog (Kuzeyşehir Büyükşehir Belediyesi)" in tr
    english_call = closed_call().get_translation(pages["en"].locale)
    assert pages["tr"].title == f"{closed_call().title}: eşleşme sonuçları"
    assert pages["en"].title == f"{english_call.title}: matching results"
    assert NewsPage.objects.get(pk=pages["en"].pk).title == pages["en"].title  # stored, not only in the revision


def test_proposed_and_cancelled_matches_never_appear():
    match = proposed_match()
    text = body_text(announcements.create_announcement(closed_call())["tr"])
    assert "Yaylakent" not in text  # Zeynep's match is only proposed
    match_workflow.transition(match, match_states.CANCELLED, reason="Vazgeçildi")
    assert match not in announcements.announced_matches(closed_call())


def test_announce_action_drafts_the_page_for_communications(client, secretariat):
    screen = reverse("matching:screen", args=[closed_call().pk])
    response = client.post(screen, {"action": "announce"}, follow=True)
    page = NewsPage.objects.filter(live=False, locale__language_code="tr").latest("pk")
    assert response.redirect_chain[-1][0] == screen  # the secretariat may not edit pages: back to matching
    assert f"Draft announcement “{page.title}” created in 2 languages" in response.content.decode()


def test_an_editor_who_may_edit_pages_lands_in_the_draft(admin_client):
    response = admin_client.post(reverse("matching:screen", args=[closed_call().pk]), {"action": "announce"})
    page = NewsPage.objects.filter(live=False, locale__language_code="tr").latest("pk")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_the_demo_shows_one_published_match_announcement(client):
    published = NewsPage.objects.live().filter(title__endswith=": eşleşme sonuçları")
    assert published.count() == 1
    html = client.get(published.get().url).content.decode()
    assert "Aylin Kurgusal" in html and "Gül Taslak" not in html
