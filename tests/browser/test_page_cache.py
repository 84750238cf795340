"""An editor publishes an edit in the admin; an anonymous visitor, served from the page cache, sees it at once."""

import pytest
from django.test import override_settings

from home.models import NewsPage
from tests.browser.test_admin_editor_csp import admin_login

pytestmark = pytest.mark.browser


def visit(page, url):
    """The page as the visitor's browser shows it (which revalidates its copy: 304 while nothing changed)."""
    response = page.goto(url)
    assert response.status == 200, url
    return page.content()


def served(page, url) -> str:
    """Whether the server answered from its page cache (asked outside the browser's own HTTP cache)."""
    return page.request.get(url).headers.get("x-page-cache")


def test_a_published_edit_reaches_cached_visitors_at_once(demo_site, browser, page, axe_check):
    news = NewsPage.objects.live().filter(locale__language_code="tr").order_by("-date").first()
    index = news.get_parent().specific
    showing = [f"{demo_site.url}/tr/", demo_site.url + index.url, demo_site.url + news.url]
    with override_settings(PAGE_CACHE_SECONDS=3600):
        visitor = browser.new_context().new_page()
        for url in showing:
            visit(visitor, url)
            assert served(visitor, url) == "hit", url
        assert news.title in visit(visitor, showing[-1])
        axe_check(visitor, "news article from the page cache")

        admin_login(page, demo_site.url)
        page.goto(f"{demo_site.url}/admin/pages/{news.pk}/edit/")
        page.locator("#id_title").fill("Haber başlığı yayında güncellendi")
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        page.locator("button[name='action-publish']").click()
        page.wait_for_url(f"{demo_site.url}/admin/pages/{index.pk}/")
        assert NewsPage.objects.get(pk=news.pk).title == "Haber başlığı yayında güncellendi"

        for url in showing[1:]:  # the news index and the article show the title (the home page shows calls)
            assert "Haber başlığı yayında güncellendi" in visit(visitor, url), url
        assert served(visitor, showing[0]) == "miss"
        # The editor, signed in, never gets the cached copy.
        assert page.goto(demo_site.url + news.url).headers.get("x-page-cache") is None
