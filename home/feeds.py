"""News feeds, one per language (the URL carries the language prefix)."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.models import NewsIndexPage, NewsPage, SiteText
from portal import site_address
from portal.public_pages import public_children

ISTANBUL = ZoneInfo("Europe/Istanbul")
FEED_LENGTH = 20


class NewsFeed(Feed):
    """Links on the site's address (the Site record), like the sitemap, not on the host the reader typed."""

    feed_type = Atom1Feed
    url_name = "news_feed"

    def get_object(self, request, *args, **kwargs):
        return NewsIndexPage.objects.live().filter(locale=Locale.get_active()).first()

    def title(self, index):
        site_text = SiteText.for_current_language()
        name = site_text.organisation_name if site_text else ""
        return f"{index.title} · {name}" if index and name else (index.title if index else _("News"))

    def link(self, index):
        return index.full_url if index else site_address.absolute("/")

    def feed_url(self, index):
        return site_address.absolute(reverse(self.url_name))

    def subtitle(self, index):
        return _("Announcements from the mentor programme")

    description = subtitle

    def items(self, index):
        if index is None:
            return NewsPage.objects.none()
        news = public_children(NewsPage, index).select_related("locale")
        return news.order_by("-date", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.full_url

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}:{item.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(9, 0), tzinfo=ISTANBUL)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class NewsRssFeed(NewsFeed):
    feed_type = Rss201rev2Feed
    url_name = "news_rss_feed"
