"""Smoke suite on the real demo (``load_demo``): it loads, and its pages render in both languages.

Everything else in tests/integration builds its own data with tests/factories; these
tests are the ones that look at the bilingual demo as a whole.
"""

import pytest
from django.utils import timezone
from wagtail.models import Page

from home.models import EventPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

SECTIONS = {  # the menu's sections: Turkish and English addresses
    "home": ("/tr/", "/en/"),
    "programmes": ("/tr/programlar/", "/en/programmes/"),
    "calls": ("/tr/cagrilar/", "/en/calls/"),
    "library": ("/tr/kutuphane/", "/en/library/"),
    "about": ("/tr/hakkinda/", "/en/about/"),
    "contact": ("/tr/iletisim/", "/en/contact/"),
    "results": ("/tr/sonuclar/", "/en/results/"),
    "open data": ("/tr/acik-veri/", "/en/open-data/"),
    "search": ("/tr/search/?q=mentor", "/en/search/?q=mentor"),
}


def live_pages(language):
    return [page for page in Page.objects.live().public().filter(depth__gt=1, locale__language_code=language).specific()]


def test_the_demo_has_every_page_type_in_both_languages():
    for language in ("tr", "en"):
        types = {type(page).__name__ for page in live_pages(language)}
        assert {"HomePage", "StandardPage", "ProgramIndexPage", "ProgramPage", "CallIndexPage", "CallPage", "NewsIndexPage",
                "NewsPage", "EventIndexPage", "EventPage", "ResourceIndexPage", "GoodPracticePage", "TrainingMaterialPage", "ResultsPage", "OpenDataPage"} <= types
    turkish = {page.translation_key for page in live_pages("tr")}
    english = {page.translation_key for page in live_pages("en")}
    assert turkish == english  # every page has its translation


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("language", ["tr", "en"])
def test_the_main_sections_render(client, section, language):
    url = SECTIONS[section][0 if language == "tr" else 1]
    response = client.get(url)
    assert response.status_code == 200, url
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.parametrize("language", ["tr", "en"])
def test_every_live_demo_page_renders(client, language):
    failures = []
    for page in live_pages(language):
        response = client.get(page.url)
        if response.status_code != 200 or page.title not in response.content.decode().replace("&#x27;", "'").replace("&amp;", "&"):
            failures.append((page.url, response.status_code))
    assert failures == []


@pytest.mark.parametrize(("url", "links"), [
    ("/tr/", ["/tr/kutuphane/?type=good-practice", "/tr/etkinlikler/", "/tr/haberler/"]),
    ("/en/", ["/en/library/?type=good-practice", "/en/events/", "/en/news/"]),
])
def test_the_demo_home_page_shows_good_practices_events_and_news(client, url, links):
    html = client.get(url).content.decode()
    names = ["good-practices", "events", "news"]
    positions = [html.index(f'class="home-section home-section--{name}"') for name in names]
    assert positions == sorted(positions) and html.index('id="open-calls-title"') < positions[0]
    for name, link in zip(names, links):
        section = html.split(f'class="home-section home-section--{name}"')[1].split("</section>")[0]
        expected = 3 if name != "events" else min(3, _upcoming_events(url[1:3]))  # the demo has two events to come
        assert section.count('<li class="card">') == expected > 0 and f'href="{link}"' in section, name


def _upcoming_events(language):
    return EventPage.objects.live().filter(locale__language_code=language, ends_at__gte=timezone.now()).count()
