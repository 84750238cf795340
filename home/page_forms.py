"""The admin form every page type of the portal uses, and the mixin that sets it.

* Slug: folded to ASCII on the server (`home.slugs.ascii_slug`) before
  Wagtail checks that it is free, and the slug widget folds Turkish letters in
  the browser too.
* Themes: only the themes written in the page's language are offered. A
  translation made by wagtail-localize keeps pointing at the source
  language's theme rows (it copies many-to-many values as they are); in the
  editor those show as the same themes in the page's language, so nothing an
  editor chose is lost and the page still means the same themes (filters and
  listings compare ``translation_key``).
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, When
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput
from wagtail.models import PageViewRestriction

from home.slugs import SLUG_INPUT_FORMATTERS, AsciiSlugMixin, ascii_slug
from home.taxonomy import Theme, themes_in


class PortalPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self._page_locale()
        if "slug" in self.fields:
            # Keep Wagtail's widget (the title field syncs into it); add the Turkish folding and the page's language.
            self.fields["slug"].widget.attrs.update(SlugInput(formatters=SLUG_INPUT_FORMATTERS, locale=locale).attrs)
        if "themes" in self.fields and locale is not None:
            self._limit_themes(locale)

    def _page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        if self.parent_page is not None:
            return self.parent_page.locale
        return None

    def _limit_themes(self, locale) -> None:
        field = self.fields["themes"]
        offered = themes_in(locale)  # in Turkish alphabetical order
        by_key = {theme.translation_key: theme for theme in offered}
        chosen = [] if self.instance.pk is None else list(self.instance.themes.all())
        # A chosen theme with no translation in this language stays offered, so saving does not drop it.
        offered += [theme for theme in chosen if theme.locale_id != locale.pk and theme.translation_key not in by_key]
        order = Case(*[When(pk=theme.pk, then=position) for position, theme in enumerate(offered)], output_field=IntegerField())
        field.queryset = Theme.objects.filter(pk__in=[theme.pk for theme in offered]).order_by(order) if offered else Theme.objects.none()
        if chosen and not self.is_bound:
            self.initial["themes"] = [by_key.get(theme.translation_key, theme).pk for theme in chosen]

    def clean_slug(self):
        return ascii_slug(self.cleaned_data.get("slug") or "")


class PortalPageMixin(AsciiSlugMixin):
    """Mixed into every page model, before ``Page``: ASCII slugs and `PortalPageForm`."""

    base_form_class = PortalPageForm

    def get_view_restrictions(self):
        """Wagtail's restrictions on this page and its ancestors. The routing (``home.routing``) has already
        asked whether any applies: when none does, no query; aliases take Wagtail's way (their source's)."""
        if getattr(self, "portal_restricted", True) or self.alias_of_id:
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
