"""News and networking events.

Dates are relative to the day the demo is loaded (Istanbul time), so there
is always recent news and there are always upcoming and past events.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from demo.loader.common import data
from demo.loader.pages import ensure_index, ensure_page, home_page, translated_texts
from demo.loader.programmes import ensure_themes, programme_pages
from home.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

ISTANBUL = ZoneInfo("Europe/Istanbul")


def load(stdout) -> None:
    home, themes, programmes, news = home_page(), ensure_themes(), programme_pages(), data("news")
    today = timezone.localdate(timezone=ISTANBUL)
    news_index = ensure_index(NewsIndexPage, "news", news["news_index"], home)["tr"]
    event_index = ensure_index(EventIndexPage, "events", news["event_index"], home)["tr"]
    for item in news["news"]:
        ensure_page(
            news_index, NewsPage, f"news:{item['key']}", translated_texts(item, ("title", "intro")),
            common={"date": today - timedelta(days=item["days_ago"]), "programme": _programme(item, programmes)},
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    for item in news["events"]:
        starts_at, ends_at = _event_times(item, today)
        ensure_page(
            event_index, EventPage, f"event:{item['key']}",
            translated_texts(item, ("title", "summary", "location", "registration")),
            common={
                "starts_at": starts_at, "ends_at": ends_at, "online_url": item["online_url"],
                "programme": _programme(item, programmes),
            },
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    stdout.write(f"News: {len(news['news'])} articles; events: {len(news['events'])}.")


def _programme(item: dict, programmes: dict):
    return programmes.get(item["programme"] or "", {}).get("tr")


def _event_times(item: dict, today) -> tuple[datetime, datetime]:
    hour, minute = (int(part) for part in item["start_time"].split(":"))
    starts = datetime.combine(today + timedelta(days=item["starts_in_days"]), time(hour, minute), tzinfo=ISTANBUL)
    return starts, starts + timedelta(hours=item["duration_hours"])
