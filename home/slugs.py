"""ASCII page slugs, folded the way Turkish sites write them.

``Kent bahçeleri ığüşöç İzmir`` becomes ``kent-bahceleri-igusoc-izmir``:
ç→c, ğ→g, ı→i, İ→i, ö→o, ş→s, ü→u. Django's ``slugify`` gets every letter
right but one: "ı" has no Unicode decomposition, so it would silently drop
it ("ılık" → "lk"); Wagtail and wagtail-localize both use it. So:

* ``WAGTAIL_ALLOW_UNICODE_SLUGS = False`` (settings) makes the admin's
  title-to-slug sync transliterate with its Turkish map;
  ``SLUG_INPUT_FORMATTERS`` make the same letters survive when an editor
  types the slug by hand (the widget would strip them otherwise);
* `AsciiSlugMixin` folds the slug of every page model before Wagtail
  validates and saves it: pages created by the admin form, by code (the demo,
  the match announcement), by copying or by wagtail-localize;
* `fold_translated_slug` folds a slug typed in wagtail-localize's editor
  before wagtail-localize slugifies it;
* `fold_unicode_slugs` folds the slugs already in the database (migration
  ``home.0004`` and ``load_demo``), with a permanent redirect from every old
  address so existing links keep working.
"""

from __future__ import annotations

import re
import unicodedata

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from wagtail.coreutils import cautious_slugify

#: What a folded slug looks like.
ASCII_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
#: A slug with anything else in it, for a database query (SQLite and PostgreSQL).
NOT_ASCII_SLUG = r"[^-a-zA-Z0-9_]"

# "ı" (dotless i) has no decomposition; "İ" decomposes to "I" plus a combining dot.
_TURKISH = str.maketrans({"ı": "i", "İ": "i"})

#: (pattern, replacement) pairs for Wagtail's slug widget (``SlugInput(formatters=…)``): applied in the
#: browser before the widget strips what is not ASCII, so a hand-typed "bahçe" stays "bahce".
SLUG_INPUT_FORMATTERS = [
    ("[çÇ]", "c"), ("[ğĞ]", "g"), ("[ıİ]", "i"), ("[öÖ]", "o"), ("[şŞ]", "s"), ("[üÜ]", "u"),
    ("[âÂ]", "a"), ("[îÎ]", "i"), ("[ûÛ]", "u"),
]


def fold(text: str) -> str:
    """Turkish (and other Latin) letters to their ASCII base letters; case kept."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_TURKISH))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ascii_slug(value: str) -> str:
    """A slug of ``value`` in ASCII; a slug that already is one is returned unchanged."""
    value = str(value or "").strip()
    if not value or ASCII_SLUG.match(value):
        return value
    # Scripts with no Latin base letters (Cyrillic, Greek…) get Wagtail's escaped form rather than nothing.
    return slugify(fold(value)) or cautious_slugify(value)


class AsciiSlugMixin:
    """For page models (before ``Page`` in the bases): the slug is folded to
    ASCII before Wagtail validates and saves it (``Page.save`` cleans before it
    works out the url_path, so the url_path is built from the folded slug)."""

    def fold_slug(self) -> None:
        if self.slug:
            self.slug = ascii_slug(self.slug)
        elif self.title and self.path:
            # Wagtail would make one with Django's slugify, which drops "ı".
            from wagtail.coreutils import find_available_slug

            self.slug = find_available_slug(self.get_parent(), ascii_slug(self.title), ignore_page_id=self.pk)

    def full_clean(self, *args, **kwargs):
        self.fold_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.fold_slug()
        super().minimal_clean()


def fold_translated_slug(sender, instance, **kwargs) -> None:
    """``pre_save`` of wagtail-localize's StringTranslation: a translated slug is
    folded here, before wagtail-localize runs Django's slugify over it."""
    if instance.context_id and instance.context.path == "slug" and instance.data:
        instance.data = ascii_slug(instance.data)


# -- slugs already in the database ---------------------------------------------------


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def _site_roots(Page, Site) -> list[tuple[int, str, str]]:
    """(site id, root url_path, language) for every site's root page and its
    translations, as Wagtail resolves page URLs."""
    roots = []
    for site in Site.objects.all():
        root = Page.objects.filter(pk=site.root_page_id).first()
        if root is None:
            continue
        translations = Page.objects.filter(translation_key=root.translation_key).select_related("locale")
        if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            translations = [root]
        for page in translations:
            roots.append((site.pk, page.url_path, page.locale.language_code))
    return roots


def _public_paths(url_path: str, roots) -> dict[int, str]:
    """{site id: the path a page with this url_path is served at}."""
    paths = {}
    for site_id, root_path, language in roots:
        if url_path.startswith(root_path) and site_id not in paths:
            with translation.override(language if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else None):
                paths[site_id] = reverse("wagtail_serve", args=(url_path[len(root_path):],))
    return paths


def fold_unicode_slugs(apps=None) -> list[tuple[str, str]]:
    """Fold every non-ASCII page slug, fix the url_paths below it and add a
    permanent redirect from each live page's old address. Returns
    [(old url_path, new url_path)]. Idempotent; works on the historical
    models of a migration (``apps``) as well as on the real ones."""
    if apps is None:
        from django.apps import apps  # the live registry, when no migration's historical one is given
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    try:
        Redirect = apps.get_model("wagtailredirects", "Redirect")
    except LookupError:
        Redirect = None
    from wagtail.contrib.redirects.models import Redirect as RedirectModel  # its normalise_path only

    changed = []
    roots = None
    # Parents first: a parent's new url_path is then already in its children's rows.
    for pk in list(Page.objects.filter(depth__gt=1, slug__regex=NOT_ASCII_SLUG).order_by("depth", "path").values_list("pk", flat=True)):
        page = Page.objects.get(pk=pk)
        steplen = len(page.path) // page.depth
        siblings = Page.objects.filter(depth=page.depth, path__startswith=page.path[:-steplen]).exclude(pk=pk)
        new_slug = _unique(ascii_slug(page.slug), set(siblings.values_list("slug", flat=True)))
        old_url_path = page.url_path
        new_url_path = old_url_path[: -len(page.slug) - 1] + new_slug + "/" if old_url_path.endswith(f"/{page.slug}/") else None
        if roots is None:
            roots = _site_roots(Page, Site)
        subtree = list(Page.objects.filter(path__startswith=page.path).only("pk", "url_path", "live"))
        if new_url_path is not None:
            for row in subtree:
                moved = new_url_path + row.url_path[len(old_url_path):]
                if Redirect is not None and row.live:
                    old_paths, new_paths = _public_paths(row.url_path, roots), _public_paths(moved, roots)
                    for site_id, old_path in old_paths.items():
                        if old_path == new_paths.get(site_id):
                            continue
                        old_path = RedirectModel.normalise_path(old_path)
                        if not Redirect.objects.filter(old_path=old_path, site_id=site_id).exists():
                            Redirect.objects.create(
                                old_path=old_path, site_id=site_id, redirect_page_id=row.pk,
                                is_permanent=True, automatically_created=True,
                            )
                Page.objects.filter(pk=row.pk).update(url_path=moved)
            changed.append((old_url_path, new_url_path))
        Page.objects.filter(pk=pk).update(slug=new_slug)
    return changed
