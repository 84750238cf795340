from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, StandardPage
from .site import SiteSettings, SiteText

__all__ = ["EventIndexPage", "EventPage", "HomePage", "NewsIndexPage", "NewsPage", "StandardPage", "SiteSettings", "SiteText"]
