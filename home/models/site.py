"""Site-wide settings editors change without a developer."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Locale, TranslatableMixin

from portal import page_cache


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Language-neutral facts: contact details and social links."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")], _("Contact")),
        MultiFieldPanel(
            [FieldPanel(name) for name in ("facebook_url", "x_url", "instagram_url", "linkedin_url", "youtube_url")],
            _("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """Read on every page (the footer): kept until the next change to the site's content."""
        return page_cache.remembered(f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site))

    def social_links(self):
        names = {"facebook_url": "Facebook", "x_url": "X", "instagram_url": "Instagram", "linkedin_url": "LinkedIn", "youtube_url": "YouTube"}
        return [(label, getattr(self, field)) for field, label in names.items() if getattr(self, field)]


class SiteText(TranslatableMixin, models.Model):
    """Words that appear on every page: translated like any content."""

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=250, blank=True)
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])

    panels = [FieldPanel("organisation_name"), FieldPanel("tagline"), FieldPanel("footer_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return self.organisation_name

    @classmethod
    def for_current_language(cls):
        """The active language's text, else the default language's: read on every page, so kept until the next
        change to the site's content."""
        language = translation.get_language()
        return page_cache.remembered(f"site-text:{language}", lambda: cls._for_language(language))

    @classmethod
    def _for_language(cls, language):
        texts = cls.objects.filter(locale__language_code=language).order_by("pk")
        return texts.first() or cls.objects.filter(locale=Locale.get_default()).first()
