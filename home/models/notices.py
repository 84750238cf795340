"""The privacy notice as a page with numbered versions, so every consent can say which text it agreed to."""

import hashlib
import json

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.page_forms import PortalPageMixin
from search.indexing import SearchableMixin


class NoticeVersionPanel(HelpPanel):
    """The editor sees which version is live and that publishing changed text makes the next one."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            version = PrivacyNoticeVersion.current(self.instance) if self.instance.pk else None
            current = version.label() if version else gettext("Not published yet: publishing makes version 1.")
            self.content = format_html(
                "<p><strong>{}</strong></p><p>{}</p>", current,
                gettext("Publishing a changed title, introduction or body makes the next version; applications and "
                        "consents keep the version they agreed to."),
            )


class PrivacyNoticePage(PortalPageMixin, SearchableMixin, Page):
    """The KVKK notice (aydınlatma metni); its title and body are the text that gets a version."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        NoticeVersionPanel(heading=_("Version")), FieldPanel("intro"), FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")

    def text_hash(self) -> str:
        """A fingerprint of what the reader agrees to: block ids and other page fields do not count."""
        text = {"title": self.title, "intro": self.intro, "body": _without_ids(self.body.get_prep_value())}
        return hashlib.sha256(json.dumps(text, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    @property
    def current_version(self):
        return PrivacyNoticeVersion.current(self)

    @classmethod
    def for_locale(cls, locale):
        """The site's notice in a language: the first live one (used when a call names none)."""
        return cls.objects.live().filter(locale=locale).order_by("path").first()


def _without_ids(value):
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


class PrivacyNoticeVersion(models.Model):
    """One published text of a notice in one language. Never deleted: applications and consents point here.

    Kept in `home` beside the page type because `home` cannot import `programs` and the
    publishing signal that creates versions belongs to the page.
    """

    translation_key = models.UUIDField(_("notice"), db_index=True)
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+", verbose_name=_("language"))
    number = models.PositiveIntegerField(_("version"))
    page = models.ForeignKey(
        PrivacyNoticePage, null=True, blank=True, on_delete=models.SET_NULL, related_name="versions", verbose_name=_("page")
    )
    revision_id = models.PositiveIntegerField(_("revision"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"))
    text_hash = models.CharField(_("text fingerprint"), max_length=64)

    class Meta:
        verbose_name = _("privacy notice version")
        verbose_name_plural = _("privacy notice versions")
        ordering = ["translation_key", "locale", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "locale", "number"], name="home_notice_version_unique_number"),
        ]

    def __str__(self):
        return self.label()

    def label(self) -> str:
        return gettext("Version %(number)d, published %(date)s") % {
            "number": self.number, "date": date_format(timezone.localtime(self.published_at), "d.m.Y"),
        }

    @classmethod
    def current(cls, page) -> "PrivacyNoticeVersion | None":
        return cls.objects.filter(translation_key=page.translation_key, locale_id=page.locale_id).order_by("-number").first()
