"""Template tags for the shared layout: language switcher, menu, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from home.models import SiteText
from home.routing import find_site, pages_on_the_way, site_root_paths
from home.routing import main_menu as routed_menu
from portal import page_cache, site_address
from portal.public_pages import unrestricted

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language, to this page's translation when it exists.

    Pages use their translations; other views (search, forms) translate the
    URL pattern. A page with no translation links to that language's home.
    """
    request = context["request"]
    page = _current_page(context)
    current = translation.get_language()
    links = []
    translations = {}
    if page is not None and page.pk:
        translations = {p.locale.language_code: p for p in _translations(page) if p.live}
    for code, name in settings.LANGUAGES:
        if page is not None:
            target = translations.get(code)
            if target is None:
                home = _home_for(request, code)
                url = home.get_url(request) if home else f"/{code}/"
            else:
                url = target.get_url(request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "is_current": code == current, "exists": page is None or code in translations})
    return links


def _translations(page):
    """The page and its translations: the routing read them with the page (``home.routing``)."""
    if hasattr(page, "portal_translations"):
        return page.portal_translations
    return page.get_translations(inclusive=True).select_related("locale")


def _home_for(request, language_code):
    """The site's home page in ``language_code``, read once per request: the routing read the home page with its
    translations (``home.routing``); otherwise one query by the path Wagtail's site root paths give."""
    homes = request.__dict__.setdefault("_portal_homes", {})
    if language_code not in homes:
        routed = pages_on_the_way(request)
        homes_read = routed[0].portal_translations if routed else []
        in_language = [home for home in homes_read if home.locale.language_code == language_code]
        if in_language:
            homes[language_code] = in_language[0]
        else:
            homes[language_code] = _find_home(request, language_code)
    return homes[language_code]


def _find_home(request, language_code):
    site = find_site(request)
    roots = site_root_paths(request) if site else []
    paths = [root.root_path for root in roots if root.site_id == site.pk and root.language_code == language_code]
    if not paths:
        return None
    # Kept until the next change to the site's content, as the menu below: pages outside the routing (search,
    # forms) read neither on every visit.
    return page_cache.remembered(f"home:{paths[0]}", lambda: Page.objects.filter(url_path=paths[0]).first())


@register.simple_tag(takes_context=True)
def site_home(context):
    request = context["request"]
    return _home_for(request, translation.get_language())


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Children of the current language's home page with show_in_menus on (read with the route, if it was)."""
    routed = routed_menu(context["request"])
    if routed is not None:
        return routed
    home = site_home(context)
    if home is None:
        return []
    def read():
        children = home.get_children().live().filter(unrestricted()).in_menu()
        return list(children.only("id", "title", "url_path", "path", "depth", "locale_id"))

    return page_cache.remembered(f"main-menu:{home.pk}", read)


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    page = _current_page(context)
    if page is None or page.depth <= 2:
        return []
    routed = pages_on_the_way(context["request"])
    if routed and routed[-1].pk == page.pk:  # the routing read them already
        return [ancestor for ancestor in routed[:-1] if ancestor.live]
    return list(page.get_ancestors().filter(depth__gte=2).live())


@register.simple_tag
def site_text():
    return SiteText.for_current_language()


@register.filter
def is_section_of(menu_page, page):
    """True when ``page`` is ``menu_page`` or below it (for aria-current)."""
    return isinstance(page, Page) and page.path.startswith(menu_page.path)


@register.simple_tag(takes_context=True)
def absolute_url(context, page):
    """The page's full URL on the site's address (the Site record, kept equal to WAGTAILADMIN_BASE_URL),
    the same as in the sitemap and e-mails, whatever host the visitor typed."""
    return page.get_full_url(context["request"])


@register.simple_tag
def site_url(path):
    """``path`` (e.g. a media or translated URL) on the site's configured address; absolute URLs pass through."""
    if path.startswith(("http://", "https://")):
        return path
    return site_address.absolute(path)
