"""Themes and institutions: shared by programmes, resources, calls and applications."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


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
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.city})" if self.city else self.name
