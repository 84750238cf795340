"""The site's taxonomy: themes and institutions, and how pages show them in the visitor's language.

Pages of every app (news, events, library, programmes, calls) and the
matcher use these, so they live here, below the feature apps (search reads
them through the pages' relations and names the theme model, importing no app). The two
models keep the ``programs`` app label they were created with: their
tables, content types and migrations stay where they were.

A page in English may point at Turkish theme rows or at a Turkish programme
page: what it means is the same (same ``translation_key``), only the label
differs. ``Theme.localized`` costs a query per theme, so listings swap them
in bulk instead: two queries whatever the number of items.
"""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from portal.public_pages import cards, unrestricted
from portal.text import turkish_sort_key


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A subject area such as digital transformation.

    Pages may point at a theme of any locale; filters compare
    ``translation_key`` so a filter works in every language.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True, help_text=_("Used in filter links."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        app_label = "programs"
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")]

    def __str__(self):
        return self.name


class Institution(index.Indexed, models.Model):
    """A member municipality or another body. Names are proper nouns, so not translated."""

    class Kind(models.TextChoices):
        METROPOLITAN = "metropolitan", _("Metropolitan municipality")
        PROVINCIAL = "provincial", _("Provincial municipality")
        DISTRICT = "district", _("District municipality")
        UNION = "union", _("Union of municipalities")
        MINISTRY = "ministry", _("Ministry or public body")
        OTHER = "other", _("Other institution")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.DISTRICT)
    city = models.CharField(_("city"), max_length=100, blank=True)
    is_member = models.BooleanField(_("member of the union"), default=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("city"), FieldPanel("is_member")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("kind")]

    class Meta:
        app_label = "programs"
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.city})" if self.city else self.name


def _programme_model():
    """The programme page model, named as the foreign keys name it: programmes are pages of the programs app."""
    return apps.get_model("programs", "ProgramPage")


#: What ``attach_localized`` and the cards read of an item's programme, for listings that read only that much.
PROGRAMME_ON_CARD = ("programme__title", "programme__translation_key", "programme__url_path", "programme__locale")


def attach_localized(items, locale: Locale | None = None, themes=None, programmes=None) -> list:
    """Set ``theme_list`` and ``programme_localized`` on each item.

    Items must have ``themes`` prefetched and, when they have a
    ``programme`` foreign key, ``programme`` selected. ``themes`` and
    ``programmes``, when the caller has read them already (the library's
    filter menus), are the rows in ``locale``: only what they lack is read.
    """
    items = list(items)
    locale = locale or Locale.get_active()
    chosen_themes = [theme for item in items for theme in item.themes.all()]
    chosen_programmes = [item.programme for item in items if getattr(item, "programme", None) is not None]
    theme_map = in_locale(Theme.objects, locale, chosen_themes, themes)
    programme_map = localized_programmes(chosen_programmes, locale, programmes)
    for item in items:
        localized = [theme_map.get(t.translation_key, t) for t in item.themes.all()]
        item.theme_list = sorted(localized, key=lambda t: turkish_sort_key(t.name))
        programme = getattr(item, "programme", None)
        item.programme_localized = programme_map.get(programme.translation_key, programme) if programme else None
    return items


def localized_programmes(chosen, locale, known=None) -> dict:
    """{translation key: live programme in ``locale``} for the ``chosen`` programmes (see ``in_locale``)."""
    programmes = cards(_programme_model().objects.live().select_related("locale"))
    return in_locale(programmes, locale, chosen, known)


def in_locale(rows, locale, chosen, known=None) -> dict:
    """{translation key: row in ``locale``} for the ``chosen`` rows; ``known`` rows are used without a query."""
    found = {row.translation_key: row for row in known or ()}
    missing = {row.translation_key for row in chosen} - set(found)
    if missing:
        found.update((row.translation_key, row) for row in rows.filter(locale=locale, translation_key__in=missing))
    return found


def _chosen_theme_ids(page):
    """The page's chosen themes as a subquery, or None while they are only in memory (a preview)."""
    field = page._meta.get_field("themes")
    if page.pk is None or field.name in getattr(page, "_cluster_related_objects", {}):
        return None
    return field.remote_field.through.objects.filter(**{field.m2m_field_name(): page.pk}).values(field.m2m_reverse_field_name())


def page_themes(page, fallback=True) -> list:
    """The page's themes in the page's language, in Turkish alphabetical order, in one query (a detail page
    shows them): a translation may still point at the source language's rows. With ``fallback`` a theme not
    translated yet shows as it is; without, it is left out."""
    chosen = _chosen_theme_ids(page)
    if chosen is None:
        themes = attach_localized([page], page.locale)[0].theme_list
        return themes if fallback else [theme for theme in themes if theme.locale_id == page.locale_id]
    keys = Theme.objects.filter(pk__in=chosen).values("translation_key")
    in_language = models.Q(locale_id=page.locale_id, translation_key__in=keys)
    rows = Theme.objects.filter(in_language | models.Q(pk__in=chosen) if fallback else in_language)
    by_key = {}
    for theme in rows:
        if theme.locale_id == page.locale_id or theme.translation_key not in by_key:
            by_key[theme.translation_key] = theme
    return sorted(by_key.values(), key=lambda t: turkish_sort_key(t.name))


def themes_in(locale: Locale | None = None) -> list:
    """Themes an editor has written in this language, for filter menus, in
    Turkish alphabetical order whatever the database's collation."""
    return sorted(Theme.objects.filter(locale=locale or Locale.get_active()), key=lambda t: turkish_sort_key(t.name))


def programmes_in(locale: Locale | None = None) -> list:
    ProgramPage = _programme_model()
    pages = ProgramPage.objects.live().filter(unrestricted()).filter(locale=locale or Locale.get_active())
    return sorted(cards(pages), key=lambda p: turkish_sort_key(p.title))  # a filter menu: titles and slugs


class ThemedContent(models.Model):
    """Themes and a related programme: what news, events and library items share."""

    themes = ParentalManyToManyField("programs.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    programme = models.ForeignKey(
        "programs.ProgramPage",
        verbose_name=_("related programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The programme this is most useful for, if any."),
    )

    class Meta:
        abstract = True

    @property
    def localized_themes(self):
        """The page's themes in its own language (for detail pages)."""
        return page_themes(self)
