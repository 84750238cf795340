"""Template tags for the shared layout: language switcher, menu, breadcrumbs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.models import SiteText
from portal import site_address

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
        translations = {p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")}
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


def _home_for(request, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return None
    return site.root_page.get_translation_or_none(locale)


@register.simple_tag(takes_context=True)
def site_home(context):
    request = context["request"]
    return _home_for(request, translation.get_language())


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Children of the current language's home page with show_in_menus on."""
    home = site_home(context)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().only("id", "title", "url_path", "path", "depth", "locale_id"))


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    page = _current_page(context)
    if page is None or page.depth <= 2:
        return []
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
