"""Issue 14: every public page runs at most 12 SQL queries with a cold cache, and a listing runs as many with
40 items as with 5.

Each measurement clears Django's cache just before the counted request, so nothing the site caches (Wagtail's
site root paths, settings) helps. One request of the same URL comes first: Django keeps content types and
Wagtail its page models in per-process memory, filled by the first requests a process serves; counting those
would measure a server's start-up, not what it does for every visitor. Its effects on Django's cache are
cleared with the rest. ``SHOW_SQL=1 pytest -s …`` prints each counted query (its first 300 characters, or
``SHOW_SQL_LEN``).
"""

import datetime
import os

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.blocks import stream
from home.models import EventIndexPage, EventPage, HomePage, NewsIndexPage, NewsPage
from programs.models import CallIndexPage, CallPage, ProgramIndexPage, ProgramPage, Theme
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("calls", "library", "news_and_events", "results_pages")]

LIMIT = 12
FEW, MANY = 5, 40


def queries(client, url: str) -> int:
    """Queries of one anonymous request of ``url`` with a cold Django cache (after a first request, see above)."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    if os.environ.get("SHOW_SQL"):
        length = int(os.environ.get("SHOW_SQL_LEN", 300))
        print(f"\n== {url}: {len(ctx.captured_queries)}", *(query["sql"][:length] for query in ctx.captured_queries), sep="\n")
    return len(ctx.captured_queries)


def english(model):
    return model.objects.live().filter(locale__language_code="en").first()


PAGES = {
    "home tr": lambda: "/tr/",
    "home en": lambda: "/en/",
    "programmes": lambda: english(ProgramIndexPage).url,
    "programme": lambda: english(ProgramPage).url,
    "calls": lambda: english(CallIndexPage).url,
    "call": lambda: english(CallPage).url,
    "call in Turkish": lambda: CallPage.objects.live().filter(locale__language_code="tr").first().url,
    "library": lambda: english(ResourceIndexPage).url,
    "library filtered": lambda: english(ResourceIndexPage).url + "?type=good-practice",
    "good practice": lambda: english(GoodPracticePage).url,
    "training material": lambda: english(TrainingMaterialPage).url,
    "news": lambda: english(NewsIndexPage).url,
    "news article": lambda: english(NewsPage).url,
    "events": lambda: english(EventIndexPage).url,
    "event": lambda: english(EventPage).url,
    "event taking registrations": lambda: _taking_registrations().url,
    "sitemap": lambda: "/sitemap.xml",
    "news feed": lambda: "/en/feeds/news/",
    "news rss": lambda: "/en/feeds/news.rss",
    "open calls feed": lambda: "/en/feeds/open-calls/",
    "results": lambda: "/en/results/",
    "programme results": lambda: "/en/programmes/expert-mentor-programme/results/",
    "open data": lambda: "/en/open-data/",
    "open data file": lambda: "/en/open-data/satisfaction/csv/",
}
NOT_YET: dict[str, str] = {}  # measured on this branch; see the issue for what is left
PAGES["search"] = lambda: "/en/search/?q=mentor"


def _taking_registrations():
    """An upcoming event open for registration (both languages), with a seat taken: the page shows the seats left."""
    from programs.events.registering import register

    event = EventPage.objects.live().filter(locale__language_code="en", starts_at__gt=timezone.now()).first()
    EventPage.objects.filter(translation_key=event.translation_key).update(takes_registrations=True, capacity=3)
    event = EventPage.objects.get(pk=event.pk)
    register(event, name="Ayşe", email="query-count@example.org", role="mentor", language="en")
    return event


def test_the_registration_box_adds_at_most_two_queries_to_the_event_page(client):
    url = EventPage.objects.live().filter(locale__language_code="en", starts_at__gt=timezone.now()).first().url
    plain = queries(client, url)
    assert "seats left" in client.get(_taking_registrations().url).content.decode()
    assert queries(client, url) <= plain + 2


@pytest.fixture
def results_pages(results_page, programme_results, open_data_page, confirmed_match):
    """The results pages, with a match behind their figures."""


def _expect(name):
    if name in NOT_YET:
        return pytest.param(name, marks=pytest.mark.xfail(reason=NOT_YET[name], strict=True))
    return name


@pytest.mark.parametrize("name", [_expect(name) for name in PAGES])
def test_a_public_page_runs_at_most_twelve_queries(client, name):
    assert queries(client, PAGES[name]()) <= LIMIT


# -- listings: as many queries with 40 items as with 5 -------------------------------------------------------


def _themes():
    return list(Theme.objects.filter(locale__language_code="en")[:2])


def _add_news(start, count):
    index = english(NewsIndexPage)
    for number in range(start, start + count):
        page = NewsPage(title=f"Extra news {number}", slug=f"extra-news-{number}", intro="Short.",
                        date=timezone.localdate() - datetime.timedelta(days=number))
        page.themes = _themes()
        index.add_child(instance=page)


def _add_events(start, count):
    index, now = english(EventIndexPage), timezone.now()
    for number in range(start, start + count):
        starts = now + datetime.timedelta(days=number if number % 2 else -number - 1)  # half to come, half past
        page = EventPage(title=f"Extra event {number}", slug=f"extra-event-{number}", summary="s", location="Hall",
                         starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
        page.themes = _themes()
        index.add_child(instance=page)


def _add_library_items(start, count):
    index, programme = english(ResourceIndexPage), english(ProgramPage)
    for number in range(start, start + count):
        if number % 2:
            page = GoodPracticePage(title=f"Extra practice {number}", slug=f"extra-practice-{number}", summary="s",
                                    what_was_done="<p>w</p>", programme=programme, country="DE", scope="international")
        else:
            page = TrainingMaterialPage(title=f"Extra material {number}", slug=f"extra-material-{number}", summary="s",
                                        material_type="guide", programme=programme)
        page.themes = _themes()
        index.add_child(instance=page)


def _add_programmes(start, count):
    index = english(ProgramIndexPage)
    for number in range(start, start + count):
        page = ProgramPage(title=f"Extra programme {number}", slug=f"extra-programme-{number}", summary="s", program_type="peer")
        page.themes = _themes()
        index.add_child(instance=page)


def _add_calls(start, count):
    programme, now = english(ProgramPage), timezone.now()
    for number in range(start, start + count):
        page = CallPage(title=f"Extra call {number}", slug=f"extra-call-{number}", intro="i",
                        opens_at=now - datetime.timedelta(days=1), closes_at=now + datetime.timedelta(days=number + 1))
        page.themes = _themes()
        programme.add_child(instance=page)


def _room_for_all(monkeypatch):
    """Listings show every item on one page, so that 40 items are 40 cards, not a second page."""
    monkeypatch.setattr(NewsIndexPage, "per_page", 60, raising=False)
    monkeypatch.setattr(EventIndexPage, "past_per_page", 60)
    for index in ResourceIndexPage.objects.all():
        index.per_page = 60
        index.save(update_fields=["per_page"])


LISTINGS = {
    "news": (_add_news, lambda: english(NewsIndexPage).url),
    "events": (_add_events, lambda: english(EventIndexPage).url),
    "library": (_add_library_items, lambda: english(ResourceIndexPage).url),
    "library filtered": (_add_library_items, lambda: english(ResourceIndexPage).url + "?type=good-practice"),
    "programmes": (_add_programmes, lambda: english(ProgramIndexPage).url),
    "programme's calls": (_add_calls, lambda: english(ProgramPage).url),
    "calls": (_add_calls, lambda: english(CallIndexPage).url),
    "home's open calls": (_add_calls, lambda: "/en/"),
    "news feed": (_add_news, lambda: "/en/feeds/news/"),
    "open calls feed": (_add_calls, lambda: "/en/feeds/open-calls/"),
    "sitemap": (_add_news, lambda: "/sitemap.xml"),
}


@pytest.mark.parametrize("name", list(LISTINGS))
def test_a_listing_runs_as_many_queries_with_40_items_as_with_5(client, monkeypatch, name):
    add, url = LISTINGS[name]
    _room_for_all(monkeypatch)
    add(0, FEW)
    few = queries(client, url())
    add(FEW, MANY - FEW)
    assert queries(client, url()) == few


# -- the home page's sections: as many queries with 12 cards per section as with 1 ---------------------------


def _home_sections(count):
    for home in HomePage.objects.all():
        home.sections = stream([(name, {"heading": "", "count": count}) for name in ("good_practices", "events", "news")])
        home.save_revision().publish()


def test_the_home_page_runs_as_many_queries_with_12_items_per_section_as_with_1(client):
    _add_news(0, 12)
    _add_events(0, 24)  # half of them to come
    _add_library_items(0, 24)  # half of them good practices
    _home_sections(1)
    one = queries(client, "/en/")
    _home_sections(12)
    twelve = queries(client, "/en/")
    html = client.get("/en/").content.decode()
    for name in ("good-practices", "events", "news"):
        section = html.split(f'class="home-section home-section--{name}"')[1].split("</section>")[0]
        assert section.count('<li class="card">') == 12, name
    assert twelve == one <= LIMIT
