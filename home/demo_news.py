"""Demo news and networking events in both languages (idempotent).

Dates are relative to the day the demo is loaded (Istanbul time), so there
is always recent news and there are always upcoming and past events.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from home import news_content
from home.demo import ensure_page, key_uuid, locale
from home.models import EventIndexPage, EventPage, HomePage, NewsIndexPage, NewsPage
from programs.demo import ensure_index, ensure_themes, programme_pages, translated_texts

ISTANBUL = ZoneInfo("Europe/Istanbul")

NEWS_INDEX = {
    "tr": {
        "title": "Haberler", "slug": "haberler",
        "intro": "<p>Programlardan duyurular, çağrılar ve eşleşme haberleri.</p>",
        "search_description": "Mentor programından duyurular ve haberler.",
    },
    "en": {
        "title": "News", "slug": "news",
        "intro": "<p>Announcements, calls and match news from the programmes.</p>",
        "search_description": "Announcements and news from the mentor programme.",
    },
}
EVENT_INDEX = {
    "tr": {
        "title": "Etkinlikler", "slug": "etkinlikler",
        "intro": "<p>Üye belediyeleri bir araya getiren ağ kurma buluşmaları ve eğitimler.</p>",
        "search_description": "Ağ kurma buluşmaları ve mentorluk eğitimleri.",
    },
    "en": {
        "title": "Events", "slug": "events",
        "intro": "<p>Networking meetings and training sessions that bring member municipalities together.</p>",
        "search_description": "Networking meetings and mentoring training sessions.",
    },
}


def _event_times(item: dict, today) -> tuple[datetime, datetime]:
    hour, minute = (int(part) for part in item["start_time"].split(":"))
    starts = datetime.combine(today + timedelta(days=item["starts_in_days"]), time(hour, minute), tzinfo=ISTANBUL)
    return starts, starts + timedelta(hours=item["duration_hours"])


@transaction.atomic
def load(stdout) -> None:
    home = HomePage.objects.get(translation_key=key_uuid("home"), locale=locale("tr"))
    themes = ensure_themes()
    programmes = programme_pages()
    today = timezone.localdate(timezone=ISTANBUL)
    news_index = ensure_index(NewsIndexPage, "news", NEWS_INDEX, home)["tr"]
    event_index = ensure_index(EventIndexPage, "events", EVENT_INDEX, home)["tr"]
    for item in news_content.NEWS:
        ensure_page(
            news_index,
            NewsPage,
            f"news:{item['key']}",
            translated_texts(item, ("title", "intro")),
            common={
                "date": today - timedelta(days=item["days_ago"]),
                "programme": programmes.get(item["programme"] or "", {}).get("tr"),
            },
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    for item in news_content.EVENTS:
        starts_at, ends_at = _event_times(item, today)
        ensure_page(
            event_index,
            EventPage,
            f"event:{item['key']}",
            translated_texts(item, ("title", "summary", "location", "registration")),
            common={
                "starts_at": starts_at, "ends_at": ends_at, "online_url": item["online_url"],
                "programme": programmes.get(item["programme"] or "", {}).get("tr"),
            },
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    stdout.write(f"News: {len(news_content.NEWS)} articles; events: {len(news_content.EVENTS)}.")
