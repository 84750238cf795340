"""A sitemap with every live page in every language, each linked to its translations.

Wagtail's own sitemap lists the tree under the site's root page, which is
only the Turkish home: English pages live under its translation. Pages are
grouped by ``translation_key`` so each entry carries hreflang alternates.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    limit = 5000

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path)
        return (
            Page.objects.live().public().filter(in_site).select_related("locale").order_by("path")
            .only("id", "path", "depth", "url_path", "translation_key", "locale", "last_published_at", "latest_revision_created_at")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        by_key: dict = {}
        for item in pages:
            item.sitemap_url = item.get_full_url(self.request)
            by_key.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in pages:
            if not item.sitemap_url:
                continue
            siblings = [p for p in by_key[item.translation_key] if p.sitemap_url]
            urls.append({
                "item": item,
                "location": item.sitemap_url,
                "lastmod": self.lastmod(item),
                "alternates": [
                    {"lang_code": p.locale.language_code, "location": p.sitemap_url} for p in siblings
                ] if len(siblings) > 1 else [],
            })
        return urls
