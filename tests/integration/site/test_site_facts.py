"""With the page cache off, the rows every page reads (the site, Wagtail's root paths, the view restrictions,
the site's texts and settings) are read once and kept until the next change: never a stale footer or listing."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import SiteSettings, SiteText
from portal import page_cache
from portal.public_pages import restricted_paths

pytestmark = [pytest.mark.django_db]
EVERY_PAGE_TABLES = ("wagtailcore_site", "wagtailcore_pageviewrestriction", "home_sitetext", "home_sitesettings")


@pytest.fixture(autouse=True)
def cold():
    cache.clear()
    yield
    cache.clear()


def tables_read(client, url) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and "X-Page-Cache" not in response  # the page cache is off in tests
    return response.content.decode(), [table for table in EVERY_PAGE_TABLES if any(table in q["sql"] for q in queries)]


def test_the_rows_every_page_reads_are_read_once_then_kept(client, library):
    url = library["news"]("en").url
    _, first = tables_read(client, url)
    assert set(first) == {"wagtailcore_site", "wagtailcore_pageviewrestriction", "home_sitesettings"} | (
        {"home_sitetext"} if SiteText.objects.exists() else set())
    _, second = tables_read(client, library["good_practice"]("en").url)
    assert second == []


def test_a_change_to_the_texts_or_settings_shows_on_the_next_page(client, library, site_tree):
    url = library["news_index"]("tr").url
    tables_read(client, url)
    settings = SiteSettings.for_site(library["news_index"]("tr").get_site())
    settings.contact_email = "yeni.adres@example.org"
    settings.save()
    text = SiteText.objects.filter(locale__language_code="tr").first() or SiteText.objects.create(
        locale=library["news_index"]("tr").locale, organisation_name="Birlik")
    text.organisation_name = "Belediyeler Birliği Mentorluk"
    text.save()
    body, _ = tables_read(client, url)
    assert "yeni.adres@example.org" in body and "Belediyeler Birliği Mentorluk" in body


def test_restricted_paths_follow_every_restriction_at_once(library):
    news = library["news"]("en")
    assert news.path not in restricted_paths()
    restriction = PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert restricted_paths() == (news.path,)
    restriction.delete()
    assert restricted_paths() == ()


def test_within_one_request_a_remembered_value_is_read_from_the_cache_once(monkeypatch):
    calls = []
    monkeypatch.setattr(page_cache, "lookup", lambda key: calls.append(key) or (1, None))
    page_cache._request_started()
    try:
        assert page_cache.remembered("answer", lambda: 42) == 42
        assert page_cache.remembered("answer", lambda: 43) == 42
        assert calls == ["page-cache:data:answer"]
        page_cache.clear()  # a change made by the request itself is seen by the rest of it
        assert page_cache.remembered("answer", lambda: 43) == 43
    finally:
        page_cache._request_finished()
    assert page_cache.remembered("answer", lambda: 44) == 44  # outside a request: the cache decides each time
