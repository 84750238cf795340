"""Issue 14: every public page runs at most 12 SQL queries with a cold cache, and a listing's count does not grow
with its items.

Each measurement clears Django's cache first, so nothing the site caches itself (menus, settings) helps. One
warm-up request of the same URL comes before the count: Wagtail keeps the Site root paths and Django the content
types in per-process memory, filled by the first request a process serves; counting that request would measure
a server's start-up, not what it does for every visitor. The warm-up's effects on Django's cache are then
cleared, so only the per-process state survives.
"""

import os

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from programs.models import CallIndexPage, CallPage, ProgramIndexPage, ProgramPage
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("calls", "library", "news_and_events")]

LIMIT = 12


WHERE = []


def _where(execute, sql, params, many, context):
    import traceback
    if os.environ.get("SHOW_SQL"):
        frames = [f for f in traceback.extract_stack() if "/work/wt-queries/" in f.filename and ".venv" not in f.filename and "test_query_counts" not in f.filename]
        tpl = [f.locals for f in []]
        import inspect
        names = []
        for fi in inspect.stack()[2:60]:
            t = fi.frame.f_locals.get("self")
            if t is not None and type(t).__name__ in ("Template",) and getattr(t, "name", None):
                names.append(t.name)
            if fi.function == "render" and type(t).__name__.endswith("Node") and hasattr(t, "token"):
                names.append(str(getattr(t, "token", ""))[:60])
        WHERE.append(" | ".join(f"{f.filename.split('wt-queries/')[1]}:{f.lineno}:{f.name}" for f in frames[-3:]) + " || " + " < ".join(names[:4]))
    return execute(sql, params, many, context)


def queries(client, url: str) -> int:
    """Queries of one anonymous request of ``url`` with a cold Django cache (after a warm-up, see above)."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as ctx, connection.execute_wrapper(_where):
        response = client.get(url)
    assert response.status_code == 200, url
    if os.environ.get("SHOW_SQL"):  # SHOW_SQL=1 pytest -s … prints each query, to see where they come from
        print(f"\n== {url}: {len(ctx.captured_queries)}")
        for number, query in enumerate(ctx.captured_queries, 1):
            print(number, query["sql"][:160], "\n    ", WHERE[number - 1] if number <= len(WHERE) else "")
    WHERE.clear()
    return len(ctx.captured_queries)


def first_url(model, language="en") -> str:
    return model.objects.live().filter(locale__language_code=language).first().url


PAGES = {
    "home tr": lambda: "/tr/",
    "home en": lambda: "/en/",
    "programmes": lambda: first_url(ProgramIndexPage),
    "programme": lambda: first_url(ProgramPage),
    "calls": lambda: first_url(CallIndexPage),
    "call": lambda: first_url(CallPage),
    "library": lambda: first_url(ResourceIndexPage),
    "library filtered": lambda: first_url(ResourceIndexPage) + "?type=good-practice",
    "good practice": lambda: first_url(GoodPracticePage),
    "training material": lambda: first_url(TrainingMaterialPage),
    "news": lambda: first_url(NewsIndexPage),
    "news article": lambda: first_url(NewsPage),
    "events": lambda: first_url(EventIndexPage),
    "event": lambda: first_url(EventPage),
    "search": lambda: "/en/search/?q=mentor",
    "search tr": lambda: "/tr/search/?q=mentor",
    "sitemap": lambda: "/sitemap.xml",
    "news feed": lambda: "/en/feeds/news/",
    "news rss": lambda: "/en/feeds/news.rss",
    "open calls feed": lambda: "/en/feeds/open-calls/",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_public_page_runs_at_most_twelve_queries(client, name):
    assert queries(client, PAGES[name]()) <= LIMIT
