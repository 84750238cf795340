"""What every public page needs to know about the site, and pages anyone may read (issue 14).

Wagtail reads the request's site on every request, its root paths when they are not cached, and, in
``PageQuerySet.public()``, every view restriction (one query each time it is called) before it excludes each
restricted page's subtree. Here the sites, Wagtail's root paths and the restricted pages' paths are read together
(two queries) and kept until the next change to the site's content (``page_cache.remembered``: saving a site, a
locale, a page or a view restriction starts a new generation). Each listing then excludes restricted subtrees
in its own query: ``path`` not starting with a restricted page's ``path`` (Wagtail's tree). Most sites restrict
nothing, and then a listing carries no condition at all.
"""

from typing import NamedTuple

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION, SiteRootPath

from portal import page_cache, prepared


class SiteFacts(NamedTuple):
    sites: list  # every Site with its root page and locale, in Wagtail's order for choosing one by host name
    root_paths: list  # Wagtail's ``Site.get_site_root_paths()``
    restricted_paths: tuple  # the ``path`` of every page with a view restriction (its subtree is restricted too)


def site_facts() -> SiteFacts:
    return page_cache.remembered("site-facts", _read_site_facts)


def _read_site_facts() -> SiteFacts:
    sites = Site.objects.select_related("root_page", "root_page__locale")
    sites = list(sites.order_by("-root_page__url_path", "-is_default_site", "hostname"))  # Wagtail's order
    keys = {site.root_page.translation_key for site in sites}
    # One query for the root pages' translations and the restricted pages.
    pages = Page.objects.annotate(portal_has_restriction=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))))
    pages = list(pages.filter(Q(translation_key__in=keys) | Q(portal_has_restriction=True)).select_related("locale"))
    translations = {}
    for page in pages:
        if page.translation_key in keys:
            translations.setdefault(page.translation_key, []).append(page)
    root_paths = [
        SiteRootPath(site.id, page.url_path, site.root_url, page.locale.language_code)
        for site in sites for page in translations[site.root_page.translation_key]
    ]
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, root_paths, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)  # for Wagtail too
    return SiteFacts(sites, root_paths, tuple(sorted(page.path for page in pages if page.portal_has_restriction)))


def restricted_paths() -> tuple[str, ...]:
    return site_facts().restricted_paths


def unrestricted() -> Q:
    """``pages.filter(unrestricted())`` is ``pages.public()`` without the query before it."""
    condition = Q()
    for path in restricted_paths():
        condition &= ~Q(path__startswith=path)
    return condition


def is_restricted(page) -> bool:
    """Whether a view restriction applies to ``page`` (on it or above it), from the same remembered paths."""
    return page.path.startswith(restricted_paths())  # a tuple: any of them; none when it is empty


def public_children(model, parent):
    """Live pages of ``model`` anyone may read, directly below ``parent``. Wagtail's ``child_of(parent).live()``
    says the same in five conditions (a path prefix, a depth range, not the parent, the depth, live), and every
    condition is compiled again on each request: here it is three."""
    return children_at(model, parent.path, parent.depth + 1)


def children_at(model, path: str, depth: int):
    """``public_children`` of the page at ``path``, whose children are at ``depth`` (for ``listing``)."""
    return model.objects.filter(path__startswith=path, depth=depth, live=True).filter(unrestricted())


def listing(name: str, build, *values) -> list:
    """``list(build(*values))``, its SQL compiled once per process (``portal.prepared``); the restricted paths
    are part of its shape, as ``unrestricted`` writes them into the SQL."""
    return prepared.rows((name, restricted_paths()), build, *values)


#: What every card needs of its page: the link (``pageurl`` reads ``url_path``), title, language and tree place.
CARD_PAGE_FIELDS = ("id", "title", "slug", "url_path", "path", "depth", "locale", "live", "content_type", "translation_key",
                    "first_published_at", "alias_of")


def cards(pages, *fields: str):
    """``pages`` reading only what their cards show (``fields``) and what every page link needs: fewer columns
    to compile, fetch and turn into objects. A field left out costs a query per card when a card reads it;
    the query-count tests (one against twelve cards, five against forty) catch that."""
    return pages.only(*CARD_PAGE_FIELDS, *fields)


def unrestricted_in_sql() -> Exists:
    """The same condition as a subquery, for search (search/conditions.py): the restrictions are read by the
    page query itself, so a search index that holds only public pages never sees a path filter."""
    on_page_or_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(on_page_or_above)
