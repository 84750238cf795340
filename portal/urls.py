from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from home import feeds as home_feeds
from home import views as home_views
from home.api import api_router
from search import views as search_views

urlpatterns = [
    path("admin/", include("home.admin_urls")),  # a few admin views with moderation fixes, same paths
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),  # the public, read-only API (home/api.py)
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    urlpatterns += [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_static, {"document_root": settings.MEDIA_ROOT})]

# Every public page carries its language prefix; "/" is redirected by
# LocaleMiddleware to the visitor's preferred language (Turkish by default).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("feeds/news/", home_feeds.NewsFeed(), name="news_feed"),
    path("feeds/news.rss", home_feeds.NewsRssFeed(), name="news_rss_feed"),
    path("", include("programs.urls")),
    path("", include("programs.followup.urls")),
    path("", include("programs.claims.urls")),
    path("", include("programs.events.urls")),
    re_path(serve_pattern, home_views.serve, name="wagtail_serve"),  # before Wagtail's own, same pattern and name
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
