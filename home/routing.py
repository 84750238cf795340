"""Finding the page for a URL in a fixed number of queries (issue 14).

Wagtail routes a URL one level at a time: the site's root page, its translation in the active language, then
for every path segment one query for the child and one for its specific row — ten queries for a news article
before the page renders. Every page's ``url_path`` is stored, so all pages on the way (the language's home
page, each section, the page itself) are one query by ``url_path``, and the page's specific row one more.

The result goes where Wagtail looks for it (``request._wagtail_route_for_request``), so Wagtail's serve view,
its hooks and the pages' own ``route``/``serve`` run as before. The pages on the way are kept on the request
(``pages_on_the_way``) for the breadcrumbs, the home link and the view-restriction check, each with its
translations for the language links; the same query brings the main menu (the home page's children shown in
menus, ``main_menu``).

Whenever the short way could route differently from Wagtail's — no home page in this language, a page on the
way that is not live or has its own sub-routes (``RoutablePageMixin``) — nothing is primed and Wagtail routes
as it always did.
"""

import re

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from portal import prepared
from portal.public_pages import is_restricted, site_facts

ANCESTORS = "_portal_pages_on_the_way"
MENU = "_portal_main_menu"


def site_root_paths(request) -> list:
    """Wagtail's site root paths, read once per request and kept where ``Page.get_url(request)`` finds them."""
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
    return request._wagtail_cached_site_root_paths


def find_site(request):
    """The request's Site, as ``Site.find_for_request`` finds it, without its query: chosen among all sites,
    read with Wagtail's root paths and kept until the next change (``portal.public_pages.site_facts``)."""
    if hasattr(request, "_wagtail_site") or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return Site.find_for_request(request)
    facts = site_facts()
    request._wagtail_site = _site_for_host(facts.sites, split_domain_port(request._get_raw_host())[0], request.get_port())
    request._wagtail_cached_site_root_paths = facts.root_paths
    return request._wagtail_site


def _site_for_host(sites, hostname, port):
    """Wagtail's ``get_site_for_hostname`` choice, made among rows already read."""

    def match(site):
        if site.hostname == hostname:
            return 0 if str(site.port) == str(port) else (1 if site.is_default_site else 3)
        return 2

    candidates = sorted((site for site in sites if site.hostname == hostname or site.is_default_site), key=match)
    if not candidates:
        return None
    if len(candidates) == 1 or match(candidates[0]) in (0, 1):
        return candidates[0]
    return candidates[len(candidates) == 2]  # the default, unless exactly one other site has the host name


def _home_path(request, site) -> str | None:
    language = translation.get_language()
    for root in site_root_paths(request):
        if root.site_id == site.pk and root.language_code == language:
            return root.root_path
    return None


def _chain(home_path: str, components: list[str]) -> list[Page] | None:
    """The home page and each page below it that the path names, in order; None if the home page is missing.

    The same query brings every translation of those pages (``page.portal_translations``, for the language
    links); whether a view restriction applies to each page (``portal_restricted``) comes from the remembered
    restricted paths."""
    candidates = [home_path + "".join(f"{part}/" for part in components[:n]) for n in range(len(components) + 1)]
    rows = prepared.rows(("home.routing.chain", len(candidates)), _chain_rows, _child_of(home_path), *candidates)
    found, translations = {}, {}
    for page in rows:
        page.portal_restricted = is_restricted(page)
        found[page.url_path] = page
        translations.setdefault(page.translation_key, []).append(page)
    chain = []
    for candidate in candidates:
        if candidate not in found:
            break
        chain.append(found[candidate])
        chain[-1].portal_translations = translations[chain[-1].translation_key]
    return (chain or None), _menu(rows, home_path)


def _chain_rows(menu_item_path: str, *candidates: str):
    keys = Page.objects.filter(url_path__in=candidates).values("translation_key")
    in_menu = Q(url_path__regex=menu_item_path, show_in_menus=True)
    return Page.objects.filter(Q(translation_key__in=keys) | in_menu).select_related("locale")


def _child_of(home_path: str) -> str:
    """A regular expression for the url_path of a page directly below the home page (a menu item)."""
    return "^" + re.escape(home_path) + "[^/]+/$"


def _menu(rows, home_path) -> list[Page]:
    """The main menu, as ``main_menu`` would read it: the home page's live, public children shown in menus."""
    child = re.compile(_child_of(home_path))
    menu = [page for page in rows if child.match(page.url_path) and page.show_in_menus
            and page.live and not page.portal_restricted]
    return sorted(menu, key=lambda page: page.path)


def _plainly_routed(chain: list[Page]) -> bool:
    """Wagtail's own routing would reach the last page the same way: every page before it is live (the home
    page must be, or Wagtail uses the site's root page) and none of them answers sub-paths itself."""
    return chain[0].live and not any(issubclass(page.specific_class or Page, RoutablePageMixin) for page in chain[:-1])


def _specific(page: Page) -> Page:
    """The page's specific row, with the rows its template always shows (a page model's ``routed_with``: the
    hero image, the article's picture) joined in the same query."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific
    related = getattr(model, "routed_with", ())
    shape = ("home.routing.specific", model._meta.label, related)
    found = prepared.rows(shape, lambda pk: model.objects.select_related(*related).filter(pk=pk), page.pk)
    return found[0] if found else page.specific


def prime_route(request, path: str) -> None:
    """Route ``path`` the short way when it gives Wagtail's answer; otherwise leave it to Wagtail."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = find_site(request)
    home_path = _home_path(request, site) if site else None
    components = [part for part in path.split("/") if part]
    chain, menu = _chain(home_path, components) if home_path else (None, None)
    if chain is None or not _plainly_routed(chain):
        return
    setattr(request, MENU, menu)
    page = _specific(chain[-1])
    page.portal_translations, page.locale = chain[-1].portal_translations, chain[-1].locale  # read with the chain
    if not any(ancestor.alias_of_id for ancestor in chain):  # an alias takes its source's restrictions
        page.portal_restricted = chain[-1].portal_restricted
    if len(chain) > 1:
        page._cached_parent_obj = chain[-2]  # as Wagtail's route does: get_parent() needs no query
    setattr(request, ANCESTORS, chain)
    try:
        request._wagtail_route_for_request = page.route(request, components[len(chain) - 1:])
    except Http404:
        request._wagtail_route_for_request = None


def main_menu(request) -> list[Page] | None:
    """The current language's main menu when this request was routed the short way (read with the route)."""
    return getattr(request, MENU, None)


def pages_on_the_way(request) -> list[Page] | None:
    """The home page, the sections and the page itself when this request was routed the short way."""
    return getattr(request, ANCESTORS, None)
