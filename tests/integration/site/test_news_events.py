"""News and events: listings, detail pages, validation, .ics files and query counts."""

from datetime import timedelta

import pytest
from django.utils import translation
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from home.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from tests.integration.resources.library_support import count_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("news_and_events")]


@pytest.mark.parametrize(("url", "first", "last"), [
    ("/en/news/", "Group mentoring for care staff completes", "The mentor portal is live"),
    ("/tr/haberler/", "Bakım personeli", "Mentor portalı yayında"),
])
def test_news_index_lists_newest_first(client, url, first, last):
    html = client.get(url).content.decode()
    assert html.count('<li class="card">') == NewsPage.objects.live().filter(locale__language_code=url[1:3]).count() >= 5
    assert html.index(first) < html.index(last)


def test_news_page_renders_with_date_and_themes(client):
    html = client.get("/en/news/reverse-mentoring-programme-launched/").content.decode()
    assert "<time datetime=" in html
    assert "Digital transformation" in html
    assert 'property="og:type" content="article"' in html


def _news_index():
    return NewsIndexPage.objects.get(locale__language_code="en")


def test_news_listing_queries_are_constant_for_5_or_50_items(client, monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "per_page", 50)
    few = count_queries(client, "/en/news/")
    index = _news_index()
    for number in range(50 - NewsPage.objects.child_of(index).count()):
        index.add_child(instance=NewsPage(title=f"Extra news {number}", slug=f"extra-news-{number}", intro="Short."))
    assert client.get("/en/news/").content.decode().count('<li class="card">') == 50
    assert count_queries(client, "/en/news/") == few


def test_events_are_split_into_upcoming_and_past(client):
    html = client.get("/en/events/").content.decode()
    upcoming, past = html.split('id="past-title"')
    assert "Online mentor orientation training" in upcoming
    assert "Member municipalities networking meeting" in upcoming
    assert upcoming.index("Online mentor orientation") < upcoming.index("Member municipalities networking")
    assert "Reverse mentoring kick-off meeting" in past


def test_event_in_progress_is_still_upcoming():
    index = EventIndexPage.objects.get(locale__language_code="en")
    now = timezone.now()
    event = EventPage(title="Now", slug="now", summary="s", location="Hall", starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1))
    index.add_child(instance=event)
    assert event in list(index.upcoming(now))
    assert event not in list(index.past(now))


def test_event_page_shows_istanbul_time_and_calendar_link(client, news_and_events):
    event = news_and_events["networking"]("en")
    html = client.get(event.url).content.decode()
    assert "10:00" in html and "15:00" in html
    assert f'href="{event.url}calendar/"' in html


def test_ics_file_carries_the_event_in_istanbul_time(client, news_and_events):
    event = news_and_events["networking"]("tr")
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    vevent = Calendar.from_ical(response.content).walk("VEVENT")[0]
    start = vevent.decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Istanbul"
    assert (start.hour, start.minute) == (10, 0)
    assert vevent.decoded("dtend") - start == timedelta(hours=5)
    assert str(vevent.get("summary")) == event.title


def test_online_event_ics_has_the_link_as_location(client, news_and_events):
    event = news_and_events["orientation"]("en")
    vevent = Calendar.from_ical(client.get(event.url + "calendar/").content).walk("VEVENT")[0]
    assert "https://meet.example.org/mentor-oryantasyon" in str(vevent.get("location"))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_at_offset": -1}, "ends_at", "The event must end after it starts."),
        ({"ends_at_offset": 0}, "ends_at", "The event must end after it starts."),
        ({"location": "", "online_url": ""}, "location", "Give a place, an online meeting link, or both."),
    ],
)
def test_event_validation(changes, field, message):
    start = timezone.now() + timedelta(days=3)
    event = EventPage(
        title="E", slug="e", summary="s", location=changes.get("location", "Hall"), online_url=changes.get("online_url", ""),
        starts_at=start, ends_at=start + timedelta(hours=changes.get("ends_at_offset", 2)),
    )
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert error.value.message_dict[field] == [message]


def test_news_image_needs_alternative_text():
    page = NewsPage(title="N", slug="n", intro="i", image_id=1, image_alt=" ")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "image_alt" in error.value.message_dict


def test_events_listing_queries_do_not_grow(client):
    few = count_queries(client, "/en/events/")
    index = EventIndexPage.objects.get(locale__language_code="en")
    start = timezone.now() + timedelta(days=40)
    for number in range(8):
        index.add_child(instance=EventPage(title=f"Extra {number}", slug=f"extra-{number}", summary="s", location="Hall",
                                           starts_at=start, ends_at=start + timedelta(hours=1)))
    assert count_queries(client, "/en/events/") == few


def test_page_tree_rules():
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert not NewsPage.allowed_subpage_models() and not EventPage.allowed_subpage_models()
