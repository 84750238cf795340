"""The site base: root, home pages in Turkish and English, the Site record, site texts; standard, news and event pages."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page, Site

from home.blocks import stream
from home.models import (
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    SiteSettings,
    SiteText,
    StandardPage,
)
from tests.factories.pages import Translations, both, locale, section, translated_page

HOME = {
    "tr": {"title": "Ana Sayfa", "hero_title": "Bildiğini paylaş, ihtiyacın olanı öğren", "hero_text": "Bilgi ve deneyim paylaşımı.",
           "intro": "<p>Kurumlar arası mentorluk programı.</p>"},
    "en": {"title": "Home", "hero_title": "Share what you know, learn what you need", "hero_text": "Sharing knowledge and experience.",
           "intro": "<p>An inter-institutional mentoring programme.</p>"},
}
NAMES = {
    "tr": ("Belediyeler Arası Mentor Programı", "Kurumlar arası bilgi paylaşımı ve mentorluk"),
    "en": ("Inter-Municipal Mentor Programme", "Sharing knowledge between institutions through mentoring"),
}


@dataclass
class SiteTree:
    home: Translations
    site: Site

    @property
    def tr(self) -> HomePage:
        return self.home["tr"]

    @property
    def en(self) -> HomePage:
        return self.home["en"]


def build_site_tree() -> SiteTree:
    """Home pages under the root in both languages, made the default site's root (like ``demo.loader.site``)."""
    tr, en = locale("tr"), locale("en")
    root = Page.get_first_root_node()
    home = HomePage(locale=tr, slug="anasayfa", **HOME["tr"])
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Mentor")
    else:
        old_root = site.root_page
        site.root_page, site.site_name = home, "Mentor"
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()  # Wagtail's "Welcome" placeholder
    english = home.copy_for_translation(en).specific
    for name, value in HOME["en"].items():
        setattr(english, name, value)
    english.save_revision().publish()
    for code in ("tr", "en"):
        SiteText.objects.create(locale=locale(code), organisation_name=NAMES[code][0], tagline=NAMES[code][1],
                                footer_text="<p>Footer</p>")
    settings = SiteSettings.for_site(site)
    settings.contact_email, settings.contact_phone = "mentor@example.org", "+90 312 000 00 00"
    settings.save()
    Site.clear_site_root_paths_cache()
    return SiteTree(home=Translations(tr=HomePage.objects.get(pk=home.pk), en=HomePage.objects.get(pk=english.pk)), site=site)


def standard_page(parent, title, slug=None, body=(), **fields) -> Translations:
    """A StandardPage in both languages; ``title``/``slug`` given once or per language."""
    texts = both(title, slug, body=stream(list(body)), **fields)
    return translated_page(parent.home["tr"] if isinstance(parent, SiteTree) else parent, StandardPage, texts)


def news_index(tree: SiteTree) -> Translations:
    return section(tree.tr, NewsIndexPage, both({"tr": "Haberler", "en": "News"}, {"tr": "haberler", "en": "news"},
                                                          show_in_menus=True))


def event_index(tree: SiteTree) -> Translations:
    return section(tree.tr, EventIndexPage, both({"tr": "Etkinlikler", "en": "Events"},
                                                           {"tr": "etkinlikler", "en": "events"}, show_in_menus=True))


def news_page(index: Translations, title, slug=None, *, days_ago=1, themes=(), **fields) -> Translations:
    texts = both(title, slug, **{"intro": "News intro.", **fields})
    common = {"date": timezone.localdate() - datetime.timedelta(days=days_ago)}
    return translated_page(index["tr"], NewsPage, texts, common, m2m={"themes": list(themes)} if themes else None)


def event_page(index: Translations, title, slug=None, *, in_days=7, starts_at=None, hours=2, themes=(), online_url="",
               **fields) -> Translations:
    """An event ``in_days`` from now (or at ``starts_at``) lasting ``hours``; a place unless given an online link only."""
    texts = both(title, slug, **{"summary": "Event summary.", "location": "" if online_url else "Kent Ağı Toplantı Salonu, Kuzeyşehir",
                                 **fields})
    start = starts_at or timezone.now().replace(microsecond=0) + datetime.timedelta(days=in_days)
    common = {"starts_at": start, "ends_at": start + datetime.timedelta(hours=hours), "online_url": online_url}
    return translated_page(index["tr"], EventPage, texts, common, m2m={"themes": list(themes)} if themes else None)


def about_page(tree: SiteTree) -> Translations:
    """The about page of the menu, /tr/hakkinda/ and /en/about/."""
    return standard_page(tree, {"tr": "Hakkında", "en": "About"}, {"tr": "hakkinda", "en": "about"}, show_in_menus=True,
                         intro="Programın amacı.", body=[("paragraph", "<p>Belediyeler arası bilgi paylaşımı.</p>")])


def privacy_notice(tree: SiteTree, paragraph="<p>Verilerinizi başvurunuzu değerlendirmek için işleriz.</p>", slug="") -> Translations:
    """The site's privacy notice (a PrivacyNoticePage) in both languages, published once: version 1 of each."""
    texts = both({"tr": "Aydınlatma Metni", "en": "Privacy Notice"}, {"tr": f"aydinlatma-metni{slug}", "en": f"privacy-notice{slug}"},
                 body=stream([["paragraph", paragraph]]))
    return translated_page(tree.tr, PrivacyNoticePage, texts)


def publish_notice(page, paragraph=None, **fields):
    """Publish ``page`` again, with a new first paragraph when given; returns the fresh page."""
    page = PrivacyNoticePage.objects.get(pk=page.pk)
    if paragraph is not None:
        page.body = stream([["paragraph", paragraph]])
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return PrivacyNoticePage.objects.get(pk=page.pk)
