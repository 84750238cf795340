"""Feeds and the sitemap are valid XML with the right content; pages carry meta and Open Graph tags."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

from home.models import NewsPage
from tests.factories.resources import training_material

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("news_and_events", "guide")]


@pytest.fixture
def guide(library):
    """A training material in the library with its own search description."""
    return training_material(library["index"], {"tr": "Mentor rehberi: ilk görüşme", "en": "Mentor guide: the first meeting"},
                             {"tr": "mentor-rehberi-ilk-gorusme", "en": "mentor-guide-first-meeting"},
                             search_description="How to prepare the first meeting with your mentee.")

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.parametrize(("language", "title"), [("tr", "Mentor portalı yayında"), ("en", "The mentor portal is live")])
def test_atom_feed_per_language(client, language, title):
    response = client.get(f"/{language}/feeds/news/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == NewsPage.objects.live().filter(locale__language_code=language).count() >= 5
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert title in titles
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert all(link.startswith(f"http://testserver/{language}/") for link in links)


def test_rss_feed_is_valid_xml(client):
    root = ET.fromstring(client.get("/en/feeds/news.rss").content)
    assert root.tag == "rss"
    assert len(root.findall("./channel/item")) == NewsPage.objects.live().filter(locale__language_code="en").count()


def test_news_index_announces_its_feed(client):
    html = client.get("/en/news/").content.decode()
    assert 'type="application/atom+xml"' in html and 'href="/en/feeds/news/"' in html


def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SITEMAP}url")
    locations = {u.find(f"{SITEMAP}loc").text for u in urls}
    live = Page.objects.live().public().filter(depth__gte=2)
    assert len(locations) == live.count()
    # on the configured address (WAGTAILADMIN_BASE_URL, http://testserver in tests), which migrate wrote to the Site record
    assert "http://testserver/tr/kutuphane/" in locations and "http://testserver/en/library/" in locations
    entry = next(u for u in urls if u.find(f"{SITEMAP}loc").text == "http://testserver/en/library/")
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall(f"{XHTML}link")}
    assert alternates == {"tr": "http://testserver/tr/kutuphane/", "en": "http://testserver/en/library/"}


def test_pages_carry_description_canonical_and_open_graph(client):
    html = client.get("/en/library/mentor-guide-first-meeting/").content.decode()
    assert '<meta name="description" content="' in html
    assert '<link rel="canonical" href="http://testserver/en/library/mentor-guide-first-meeting/">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:locale" content="en_GB">' in html


def test_description_falls_back_to_the_summary(client):
    page = NewsPage.objects.live().filter(locale__language_code="en").first()
    page.search_description = ""
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f'<meta name="description" content="{page.intro[:50]}' in html
