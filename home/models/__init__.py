from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage
from .notices import PrivacyNoticePage, PrivacyNoticeVersion
from .pages import HomePage, StandardPage
from .site import SiteSettings, SiteText

__all__ = ["EventIndexPage", "EventPage", "HomePage", "NewsIndexPage", "NewsPage", "PrivacyNoticePage", "PrivacyNoticeVersion", "StandardPage", "SiteSettings", "SiteText"]
