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


class CountingCache:
    """The page cache's backend, noting each key it is asked for."""

    def __init__(self, real):
        self.real, self.reads = real, []

    def __getattr__(self, name):
        method = getattr(self.real, name)
        if name not in ("get", "get_many"):
            return method
        return lambda keys, *args, **kwargs: self.reads.append(keys) or method(keys, *args, **kwargs)


@pytest.fixture
def counting(monkeypatch):
    cache = CountingCache(page_cache._cache())
    page_cache.generation()  # the count exists, as on any site after its first request
    monkeypatch.setattr(page_cache, "_cache", lambda: cache)
    monkeypatch.setattr(page_cache, "_process_copies", {})
    return cache


def _request(*steps):
    page_cache._request_started()
    try:
        return [step() for step in steps]
    finally:
        page_cache._request_finished()


def test_within_one_request_a_remembered_value_is_read_from_the_cache_once(counting):
    def first():
        assert page_cache.remembered("answer", lambda: 42) == 42
        assert page_cache.remembered("answer", lambda: 43) == 42
        assert counting.reads == [page_cache.GENERATION_KEY, "page-cache:data:answer"]
        page_cache.clear()  # a change made by the request itself is seen by the rest of it
        assert page_cache.remembered("answer", lambda: 43) == 43

    _request(first)
    assert page_cache.remembered("answer", lambda: 44) == 43  # outside a request: the cache decides each time


def test_the_next_request_reads_only_the_generation_and_gets_a_fresh_copy(counting):
    _request(lambda: page_cache.remembered("menu", lambda: {"items": ["a"]})["items"].append("changed in the request"))
    counting.reads.clear()
    assert _request(lambda: page_cache.remembered("menu", lambda: {"items": ["built again"]})) == [{"items": ["a"]}]
    assert counting.reads == [page_cache.GENERATION_KEY]  # one round trip, whatever the number of values


def test_a_change_in_another_process_is_seen_by_the_next_request(counting):
    _request(lambda: page_cache.remembered("answer", lambda: 1))
    counting.real.incr(page_cache.GENERATION_KEY)  # what clear() does in another worker
    assert _request(lambda: page_cache.remembered("answer", lambda: 2)) == [2]


def test_a_cache_that_lost_its_count_never_gives_back_an_older_copy(counting):
    _request(lambda: page_cache.remembered("answer", lambda: 1))
    counting.real.clear()  # emptied, evicted or restarted: the generation starts again, from a number not seen
    assert _request(lambda: page_cache.remembered("answer", lambda: 2)) == [2]
