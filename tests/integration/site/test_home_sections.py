"""Issue 16: the home page's sections below the open calls — good practices, the next events, the latest news.

Communications chooses them and their order in ``HomePage.sections``; each lists live, public pages of the
home page's language and links to its full list. English is asserted under /en/ (Turkish msgids are compiled on
merge); the Turkish home is checked through its pages' titles and links.
"""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from home.blocks import stream
from home.models import EventPage, HomePage, NewsPage
from home.sections import HomeSectionsBlock, default_sections

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library", "news_and_events")]

HEADINGS = {"good_practices": "Latest good practices", "events": "Upcoming events", "news": "Latest news"}


def set_sections(home: HomePage, *sections, publish=True) -> HomePage:
    """Give ``home`` these sections: names, or (name, heading, count)."""
    blocks = [(s, "", 3) if isinstance(s, str) else s for s in sections]
    home = HomePage.objects.get(pk=home.pk)
    home.sections = stream([(name, {"heading": heading, "count": count}) for name, heading, count in blocks])
    revision = home.save_revision()
    if publish:
        revision.publish()
    return home


def html_of(client, url="/en/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def section_html(html: str, name: str) -> str:
    """The markup of one section (ids: home-events-title…), or "" when the page has none."""
    marker = f'class="home-section home-section--{name.replace("_", "-")}"'
    if marker not in html:
        return ""
    return html.split(marker, 1)[1].split("</section>", 1)[0]


def test_a_new_home_page_shows_every_section_with_three_items(site_tree):
    assert [(block.block_type, block.value.get("count")) for block in site_tree.en.sections] == [
        ("key_figures", None), ("good_practices", 3), ("events", 3), ("news", 3),
    ]
    assert [name for name, _value in default_sections()] == list(HomeSectionsBlock.base_blocks)


@pytest.mark.parametrize("order", [("news", "events", "good_practices"), ("events", "good_practices", "news")])
def test_sections_render_in_the_chosen_order_below_the_open_calls(client, site_tree, calls, order):
    set_sections(site_tree.en, *order)
    html = html_of(client)
    positions = [html.index(f"<h2 id=\"home-{name.replace('_', '-')}-title\">{HEADINGS[name]}</h2>") for name in order]
    assert positions == sorted(positions)
    assert html.index('id="open-calls-title"') < positions[0]


def test_a_section_left_out_is_not_shown(client, site_tree):
    set_sections(site_tree.en, "events")
    html = html_of(client)
    assert section_html(html, "events")
    assert not section_html(html, "news") and "Latest news" not in html and "All news" not in html
    assert not section_html(html, "good_practices") and "All good practices" not in html
    set_sections(site_tree.en)
    assert "home-section" not in html_of(client)


def test_no_sections_on_one_language_leaves_the_other_as_it_was(client, site_tree):
    set_sections(site_tree.en)
    assert "home-section" not in html_of(client, "/en/")
    # Key figures stay hidden while there is nothing to count.
    assert html_of(client, "/tr/").count('class="home-section ') == 3


def test_heading_override_and_number_of_items(client, site_tree):
    set_sections(site_tree.en, ("news", "From the programme", 2), ("events", "", 1))
    html = html_of(client)
    news = section_html(html, "news")
    assert '<h2 id="home-news-title">From the programme</h2>' in html and "Latest news" not in html
    assert news.count('<li class="card">') == 2
    assert news.index("The portal opens") < news.index("Group mentoring for care staff completes")  # newest first
    assert section_html(html, "events").count('<li class="card">') == 1


@pytest.mark.parametrize(("url", "links"), [
    ("/tr/", ['href="/tr/kutuphane/?type=good-practice"', 'href="/tr/etkinlikler/"', 'href="/tr/haberler/"']),
    ("/en/", ['href="/en/library/?type=good-practice"', 'href="/en/events/"', 'href="/en/news/"']),
])
def test_see_all_links_go_to_the_index_in_the_same_language(client, url, links):
    html = html_of(client, url)
    for name, link in zip(("good_practices", "events", "news"), links):
        assert link in section_html(html, name)


def test_see_all_labels_in_english(client):
    html = html_of(client)
    assert '<a href="/en/library/?type=good-practice">All good practices</a>' in html
    assert '<a href="/en/events/">All events</a>' in html
    assert '<a href="/en/news/">All news</a>' in html


def test_the_good_practices_link_lists_only_good_practices(client):
    html = html_of(client, "/en/library/?type=good-practice")
    assert "URBACT Transfer Networks" in html and "Feedback Form Template" not in html


def test_cards_come_from_the_home_page_language_only(client):
    english, turkish = html_of(client, "/en/"), html_of(client, "/tr/")
    assert "URBACT Transfer Networks" in section_html(english, "good_practices")
    assert "URBACT Transfer Ağları" in section_html(turkish, "good_practices")
    assert "URBACT Transfer Ağları" not in english and "Transfer Networks" not in turkish
    assert "Online mentor orientation training" in section_html(english, "events")
    assert "Çevrim içi mentor oryantasyon eğitimi" in section_html(turkish, "events")
    assert "Çevrim içi" not in english


def test_drafts_and_restricted_pages_are_not_shown(client, news_and_events):
    newest = NewsPage.objects.get(locale__language_code="en", slug="group-mentoring-completes")
    newest.unpublish()
    restricted = NewsPage.objects.get(locale__language_code="en", slug="good-practices")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    event = news_and_events["orientation"]("en")
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    html = html_of(client)
    news = section_html(html, "news")
    assert "Group mentoring for care staff completes" not in news and "Good practices in the library" not in news
    assert news.count('<li class="card">') == 3  # the three next newest take their places
    assert "Expert mentor call opens" in news
    assert "Online mentor orientation training" not in section_html(html, "events")


def test_a_restricted_index_hides_its_section(client, library):
    PageViewRestriction.objects.create(page=library["index"]("en"), restriction_type=PageViewRestriction.LOGIN)
    html = html_of(client)
    assert not section_html(html, "good_practices")
    assert section_html(html, "news") and section_html(html, "events")


def test_upcoming_events_soonest_first_without_past_ones(client, site_tree):
    set_sections(site_tree.en, ("events", "", 12))
    index = EventPage.objects.filter(locale__language_code="en").first().get_parent()
    now = timezone.now()
    in_progress = EventPage(title="Workshop in progress", slug="workshop-in-progress", summary="s", location="Hall",
                            starts_at=now - datetime.timedelta(hours=1), ends_at=now + datetime.timedelta(hours=1))
    just_over = EventPage(title="Workshop just over", slug="workshop-just-over", summary="s", location="Hall",
                          starts_at=now - datetime.timedelta(hours=3), ends_at=now - datetime.timedelta(minutes=1))
    for event in (in_progress, just_over):
        index.add_child(instance=event)
        event.save_revision().publish()
    events = section_html(html_of(client), "events")
    titles = ["Workshop in progress", "Online mentor orientation training", "Reverse Mentoring Kick-off",
              "Member municipalities networking meeting"]
    assert [events.index(title) for title in titles] == sorted(events.index(title) for title in titles)
    assert "Workshop just over" not in events
    assert "Reverse mentoring kick-off meeting" not in events  # two weeks ago


def test_no_upcoming_event_says_so_and_links_to_past_events(client, site_tree):
    EventPage.objects.filter(locale__language_code="en").update(ends_at=timezone.now() - datetime.timedelta(days=1))
    events = section_html(html_of(client), "events")
    assert "No events are planned at the moment." in events and 'href="/en/events/"' in events


def test_an_empty_news_section_is_not_shown(client, site_tree):
    for page in NewsPage.objects.filter(locale__language_code="en"):
        page.unpublish()
    html = html_of(client)
    assert not section_html(html, "news") and section_html(html, "events")


def test_the_preview_of_unsaved_sections_renders_them(site_tree):
    home = set_sections(site_tree.en, "news", publish=False)
    response = HomePage.objects.get(pk=home.pk).get_latest_revision_as_object().make_preview_request()
    html = response.render().content.decode() if hasattr(response, "render") else response.content.decode()
    assert section_html(html, "news") and not section_html(html, "events")


BAD_SECTIONS = {
    "no items": ([("news", {"heading": "", "count": 0})], "count", "greater than or equal to 1"),
    "too many items": ([("events", {"heading": "", "count": 13})], "count", "less than or equal to 12"),
    "a heading too long": ([("good_practices", {"heading": "x" * 121, "count": 3})], "heading", "at most 120 characters"),
    "a section twice": ([("news", {"heading": "", "count": 3}), ("news", {"heading": "Again", "count": 3})], None,
                        "Latest news: The maximum number of items is 1"),
}


@pytest.mark.parametrize("name", list(BAD_SECTIONS))
def test_bad_sections_are_refused_with_a_clear_message(site_tree, name):
    data, field, message = BAD_SECTIONS[name]
    block = HomePage._meta.get_field("sections").stream_block
    with translation.override("en"), pytest.raises(ValidationError) as error:
        block.clean(block.to_python([{"type": kind, "value": value} for kind, value in data]))
    errors = error.value.as_json_data()
    messages = errors["blockErrors"][0]["blockErrors"][field]["messages"] if field else errors["messages"]
    assert any(message in text for text in messages), messages
