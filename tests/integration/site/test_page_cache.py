"""Anonymous visitors get public pages from the cache; nothing private is cached; nothing cached is ever stale."""

import datetime
import time

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from home.models import SiteSettings
from tests.factories.applications import apply_url

pytestmark = [pytest.mark.django_db]


@pytest.fixture(autouse=True)
def page_cache():
    with override_settings(PAGE_CACHE_SECONDS=3600):
        cache.clear()
        yield
        cache.clear()


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, response.content.decode()


def warm(client, *urls):
    """Fill the cache for ``urls``; each second visit must be a hit, answered without a query."""
    for url in urls:
        first = client.get(url)
        assert first.status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            second = client.get(url)
        assert second["X-Page-Cache"] == "hit", url
        assert len(queries) == 0, (url, [q["sql"] for q in queries])
        assert second.content == first.content


def test_a_second_visit_is_a_hit_with_no_query_and_the_same_page(client, library):
    warm(client, "/en/", "/tr/", library["news_index"]("en").url, library["news"]("en").url, library["index"]("tr").url,
         library["good_practice"]("en").url, library["event"]("tr").url, "/sitemap.xml", "/en/feeds/news/", "/robots.txt")


def test_keys_hold_the_language_and_the_query_string(client, library):
    english, _ = get(client, "/en/search/?q=URBACT")
    turkish, _ = get(client, "/tr/search/?q=URBACT")
    other, other_body = get(client, "/en/search/?q=Feedback")
    again, again_body = get(client, "/en/search/?q=Feedback")
    assert english["Content-Language"] == "en" and turkish["Content-Language"] == "tr"
    assert [r["X-Page-Cache"] for r in (english, turkish, other, again)] == ["miss", "miss", "miss", "hit"]
    assert "Feedback Form Template" in again_body and "URBACT Transfer Networks" not in again_body


def test_publishing_an_edit_shows_at_once_on_every_page_that_shows_the_page(client, library):
    news = library["news"]("en")
    showing = ["/en/", library["news_index"]("en").url, news.url, "/en/feeds/news/", "/en/search/?q=portal", "/sitemap.xml"]
    warm(client, *showing)
    news.title = "The portal opens its doors"
    news.save_revision().publish()
    for url in showing:
        response, body = get(client, url)
        assert response["X-Page-Cache"] == "miss", url
        if url not in ("/en/", "/sitemap.xml"):  # the home page lists calls; the sitemap, addresses
            assert "The portal opens its doors" in body, url


def test_unpublishing_moving_and_deleting_clear_the_pages_that_listed_it(client, library):
    index, news = library["news_index"]("en"), library["news"]("en")
    warm(client, index.url, news.url)
    news.unpublish()
    assert "The portal opens" not in get(client, index.url)[1]
    assert client.get(news.url).status_code == 404

    practice = library["good_practice"]("en")
    warm(client, library["index"]("en").url)
    practice.move(library["news_index"]("en"), pos="last-child")
    assert "URBACT Transfer Networks" not in get(client, library["index"]("en").url)[1]

    event, events = library["event"]("en"), library["events_index"]("en")
    warm(client, events.url)
    event.delete()
    assert "Reverse Mentoring Kick-off" not in get(client, events.url)[1]


def test_editing_a_theme_site_settings_or_a_search_promotion_clears_what_shows_them(client, library, themes):
    practice = library["good_practice"]("tr")
    warm(client, practice.url, "/en/", "/en/search/?q=mentoring")
    theme = themes["urban_planning"]
    assert theme.name in get(client, practice.url)[1]
    theme.name = "Kent ve Planlama"
    theme.save()
    assert "Kent ve Planlama" in get(client, practice.url)[1]

    settings = SiteSettings.for_site(library["index"]("en").get_site())
    settings.contact_email = "yeni.iletisim@example.org"
    settings.save()
    assert "yeni.iletisim@example.org" in get(client, "/en/")[1]

    query = Query.get("mentoring")
    SearchPromotion.objects.create(query=query, page=library["good_practice"]("en"), description="Start here")
    response, body = get(client, "/en/search/?q=mentoring")
    assert response["X-Page-Cache"] == "miss" and "Start here" in body


def test_a_call_page_lives_no_longer_than_the_calls_next_change(client, open_call):
    call = open_call("en")
    call.closes_at = timezone.now() + datetime.timedelta(seconds=2)
    call.save_revision().publish()
    first, body = get(client, call.url)
    assert first["X-Page-Cache"] == "miss" and "Apply now" in body
    assert get(client, call.url)[0]["X-Page-Cache"] == "hit"
    time.sleep(2.2)  # the call closes: the cached copy ended with it
    later, body = get(client, call.url)
    assert later["X-Page-Cache"] == "miss" and "Apply now" not in body


def test_nothing_private_or_personal_is_cached(client, library, open_call, applicant, django_user_model):
    # A form with a CSRF token, a private link, a POST, the admin.
    for url in (apply_url(open_call("en")), reverse("programs:fresh_link"), f"/en/applications/{applicant.status_token()}/"):
        for _ in range(2):
            response = client.get(url)
            assert "X-Page-Cache" not in response, url
    assert "X-Page-Cache" not in client.post("/en/search/", {"q": "x"})

    # An editor signed in sees the live page, never the cached copy, and does not fill the cache.
    warm(client, "/en/")
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)
    response = client.get("/en/")
    assert "X-Page-Cache" not in response and response.status_code == 200
    client.logout()


def test_a_returning_browser_gets_304_not_modified(client, library):
    index = library["news_index"]("en").url
    first = client.get(index)
    assert first["Cache-Control"] == "public, max-age=0, must-revalidate"  # ask again each time; only we keep a copy
    etag = first["ETag"]
    assert client.get(index, HTTP_IF_NONE_MATCH=etag).status_code == 304  # answered from the cache
    news = library["news"]("en")
    news.title = "The portal opens, revised"
    news.save_revision().publish()
    changed = client.get(index, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and "The portal opens, revised" in changed.content.decode()


def test_the_documented_front_cache_setting_purges_a_page_on_publish(library, monkeypatch):
    """README, *Page cache*: with WAGTAILFRONTENDCACHE set, Wagtail's frontend cache app sends the page's URLs."""
    from wagtail.contrib.frontend_cache import signal_handlers
    from wagtail.contrib.frontend_cache.backends import HTTPBackend
    from wagtail.signals import page_published, page_unpublished

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: purged.append(url))
    varnish = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://varnish:8000"}}
    signal_handlers.register_signal_handlers()
    try:
        with override_settings(WAGTAILFRONTENDCACHE=varnish, WAGTAILFRONTENDCACHE_LANGUAGES=[]):
            news = library["news"]("en")
            news.save_revision().publish()
    finally:
        for model in [m for m in apps.get_models() if issubclass(m, Page)]:
            page_published.disconnect(signal_handlers.page_published_signal_handler, sender=model)
            page_unpublished.disconnect(signal_handlers.page_unpublished_signal_handler, sender=model)
    # Each translation is a page with a slug of its own, published on its own: Wagtail's default of purging the
    # same path under every language prefix would purge /tr/news/portal-opens/, which does not exist.
    assert purged == ["http://testserver" + news.url]


def test_a_search_served_from_the_cache_still_counts_for_the_editors_report(client, library):
    from wagtail.contrib.search_promotions.models import QueryDailyHits

    def hits():
        return QueryDailyHits.objects.get(query=Query.get("URBACT")).hits

    assert client.get("/en/search/?q=URBACT")["X-Page-Cache"] == "miss" and hits() == 1  # rendered: counted at once
    for _ in range(5):
        assert client.get("/en/search/?q=URBACT")["X-Page-Cache"] == "hit"
    assert hits() == 1  # the cached visits wait in the cache...
    client.get("/en/search/?q=urbact")  # ...until the same words make a page again (here another address)
    assert hits() == 1 + 5 + 1
    library["news"]("en").save_revision().publish()  # or the cached page ends
    client.get("/en/search/?q=URBACT")
    assert hits() == 8


def test_cached_searches_reach_the_shared_counter_in_batches(client, library):
    """Each worker counts its cached searches and adds them to the cache's counter ten at a time."""
    from search import service

    key = service._pending_key("urbact")
    service._LOCAL_HITS.pop(key, None)  # the count of another test in this process
    client.get("/en/search/?q=URBACT")  # made afresh: counted in the database at once
    for _ in range(service.LOCAL_BATCH - 1):
        client.get("/en/search/?q=URBACT")
    assert cache.get(key) is None and service._LOCAL_HITS[key] == service.LOCAL_BATCH - 1
    client.get("/en/search/?q=URBACT")
    assert cache.get(key) == service.LOCAL_BATCH and key not in service._LOCAL_HITS


def test_a_page_made_private_leaves_the_cache_and_every_listing_at_once(client, library):
    """A view restriction is set in its own dialog, with no page save: it must clear the cache all the same."""
    from wagtail.models import PageViewRestriction

    index, news = library["news_index"]("en"), library["news"]("en")
    warm(client, index.url, news.url, "/en/feeds/news/")
    restriction = PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    response, body = get(client, news.url)
    assert response.get("X-Page-Cache") != "hit" and "password" in body.lower()
    assert news.title not in get(client, index.url)[1] and news.title not in get(client, "/en/feeds/news/")[1]
    restriction.delete()
    assert news.title in get(client, index.url)[1]
