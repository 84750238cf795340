"""Site-wide views that are not Wagtail pages."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.defaults import page_not_found as django_page_not_found
from wagtail import views as wagtail_views
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from home.routing import prime_route
from home.sitemaps import MultilingualSitemap
from portal import site_address


def serve(request, path):
    """Wagtail's page view, with the route found in two queries instead of two per level (``home.routing``)."""
    prime_route(request, path)
    return wagtail_views.serve(request, path)


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    """Render without context processors: the database may be what failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())


@cache_control(max_age=3600)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})


@cache_control(max_age=86400)
def robots_txt(request):
    sitemap_url = site_address.absolute("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")
