"""Atom feed of the open calls in the visitor's language."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from portal import site_address
from programs.calls.listing import open_calls


class OpenCallsFeed(Feed):
    feed_type = Atom1Feed
    title = _("Open calls")
    subtitle = _("Thematic calls of the mentor programme that accept applications now.")

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return site_address.absolute("/" + translation.get_language() + "/")

    def feed_url(self):
        return site_address.absolute(reverse("programs:open_calls_feed"))

    def items(self):
        return open_calls(translation.get_language())[:50]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)  # the site's address, like the sitemap

    def item_pubdate(self, item):
        return item.opens_at

    def item_updateddate(self, item):
        return item.last_published_at or timezone.now()
