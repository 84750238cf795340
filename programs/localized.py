"""Show shared relations (themes, programme) in the visitor's language.

A page in English may point at Turkish theme rows or at a Turkish
programme page: what it means is the same (same ``translation_key``), only
the label differs. ``Theme.localized`` costs a query per theme, so listings
swap them in bulk instead: two queries whatever the number of items.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Locale

from home.collation import turkish_sort_key


def attach_localized(items, locale: Locale | None = None) -> list:
    """Set ``theme_list`` and ``programme_localized`` on each item.

    Items must have ``themes`` prefetched and, when they have a
    ``programme`` foreign key, ``programme`` selected.
    """
    from programs.models import ProgramPage, Theme

    items = list(items)
    locale = locale or Locale.get_active()
    themes = [theme for item in items for theme in item.themes.all()]
    programmes = [item.programme for item in items if getattr(item, "programme", None) is not None]
    theme_map = {
        t.translation_key: t
        for t in Theme.objects.filter(locale=locale, translation_key__in={t.translation_key for t in themes})
    } if themes else {}
    programme_map = {
        p.translation_key: p
        for p in ProgramPage.objects.live().filter(
            locale=locale, translation_key__in={p.translation_key for p in programmes}
        ).select_related("locale")
    } if programmes else {}
    for item in items:
        localized = [theme_map.get(t.translation_key, t) for t in item.themes.all()]
        item.theme_list = sorted(localized, key=lambda t: turkish_sort_key(t.name))
        programme = getattr(item, "programme", None)
        item.programme_localized = programme_map.get(programme.translation_key, programme) if programme else None
    return items


def themes_in(locale: Locale | None = None) -> list:
    """Themes an editor has written in this language, for filter menus, in
    Turkish alphabetical order whatever the database's collation."""
    from programs.models import Theme

    return sorted(Theme.objects.filter(locale=locale or Locale.get_active()), key=lambda t: turkish_sort_key(t.name))


def programmes_in(locale: Locale | None = None) -> list:
    from programs.models import ProgramPage

    pages = ProgramPage.objects.live().public().filter(locale=locale or Locale.get_active())
    return sorted(pages, key=lambda p: turkish_sort_key(p.title))


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
        return attach_localized([self], self.locale)[0].theme_list
