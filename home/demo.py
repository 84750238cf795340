"""Building blocks for idempotent demo content, and the site base itself.

Every demo object gets a stable ``translation_key`` derived from its key, so
a second run finds what the first created and changes nothing. Content is
only created, never overwritten: editors' changes survive a re-run.
"""

import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from home import demo_content
from home.blocks import stream  # noqa: F401  (the demo loaders import it from here)
from home.models import HomePage, SiteSettings, SiteText, StandardPage
from portal import site_address

NAMESPACE = uuid.UUID("6f1c7e3a-9d7e-4f55-9a53-2b8f0c6f0a11")
DEMO_ADMIN = {"username": "admin", "password": "mentor-demo-2026", "email": "admin@example.org"}


def key_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, key)


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def languages() -> list[str]:
    """Languages with demo text: the configured ones we wrote content for."""
    return [code for code, _ in settings.LANGUAGES if code in ("tr", "en")]


def ensure_page(parent: Page, model, key: str, texts: dict, common: dict | None = None, m2m: dict | None = None) -> dict:
    """Create ``model`` under ``parent`` in every language unless it exists.

    ``texts`` maps a language to that language's field values (``slug`` may
    be given there); ``common`` holds language-neutral fields and ``m2m``
    parental many-to-many values. Returns {language: page}.
    """
    common, m2m = common or {}, m2m or {}
    pages = {}
    source = None
    for code in languages():
        loc = locale(code)
        existing = model.objects.filter(translation_key=key_uuid(key), locale=loc).first()
        if existing is not None:
            source = source or existing
            pages[code] = existing
            continue
        fields = {**common, **texts[code]}
        if source is None:
            page = model(translation_key=key_uuid(key), locale=loc, **fields)
            for name, values in m2m.items():
                setattr(page, name, values)
            parent_in_locale = parent.get_translation(loc)
            parent_in_locale.add_child(instance=page)
        else:
            page = source.copy_for_translation(loc).specific
            for name, value in fields.items():
                setattr(page, name, value)
        page.save_revision().publish()
        source = source or page
        pages[code] = page
    return pages


@transaction.atomic
def load(stdout) -> None:
    tr = locale("tr")
    home = _home_pages(tr)
    _site_text()
    for item in demo_content.STANDARD_PAGES:
        ensure_page(
            home,
            StandardPage,
            f"standard:{item['key']}",
            {code: _standard_fields(item, code) for code in languages()},
        )
    _site_settings()
    _admin_user()


def order_menu() -> None:
    """Put the programme sections first and about/contact last in every language.

    Runs after all loaders (see load_demo), once: a page already in place is not moved.
    """
    for code in languages():
        home = HomePage.objects.get(translation_key=key_uuid("home"), locale=locale(code))
        for item in demo_content.STANDARD_PAGES:
            page = StandardPage.objects.filter(translation_key=key_uuid(f"standard:{item['key']}"), locale=locale(code)).first()
            if page is not None and page.get_next_siblings().not_type(StandardPage).exists():
                page.move(home, pos="last-child")


def _home_pages(tr: Locale) -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(translation_key=key_uuid("home"), locale=tr).first()
    if home is None:
        root = Page.get_first_root_node()
        content = demo_content.HOME["tr"]
        home = HomePage(
            translation_key=key_uuid("home"), locale=tr, slug="anasayfa",
            title=content["title"], hero_title=content["hero_title"], hero_text=content["hero_text"], intro=content["intro"],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    if site is None:
        address = site_address.configured()
        site = Site.objects.create(
            hostname=address.hostname, port=address.port, root_page=home, is_default_site=True, site_name="Mentor",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()  # Wagtail's "Welcome" placeholder
    for code in languages():
        if code == "tr":
            continue
        loc = locale(code)
        if HomePage.objects.filter(translation_key=key_uuid("home"), locale=loc).exists():
            continue
        translated = home.copy_for_translation(loc).specific
        content = demo_content.HOME[code]
        translated.title, translated.hero_title = content["title"], content["hero_title"]
        translated.hero_text, translated.intro = content["hero_text"], content["intro"]
        translated.save_revision().publish()
    return home


def _standard_fields(item: dict, code: str) -> dict:
    text = item[code]
    return {
        "title": text["title"],
        "slug": item["slug"][code],
        "intro": text.get("intro", ""),
        "search_description": text.get("search_description", ""),
        "show_in_menus": item.get("show_in_menus", False),
        "body": stream(text.get("body", [])),
    }


def _site_text() -> None:
    names = {
        "tr": ("Belediyeler Arası Mentor Programı", "Kurumlar arası bilgi paylaşımı ve mentorluk"),
        "en": ("Inter-Municipal Mentor Programme", "Sharing knowledge between institutions through mentoring"),
    }
    footer = {
        "tr": "<p>Bu portal, üye belediyeler arasında bilgi ve deneyim paylaşımını desteklemek için hazırlanmıştır.</p>",
        "en": "<p>This portal supports the sharing of knowledge and experience between member municipalities.</p>",
    }
    for code in languages():
        loc = locale(code)
        text = SiteText.objects.filter(translation_key=key_uuid("sitetext"), locale=loc).first()
        if text is None:
            text = SiteText.objects.create(
                translation_key=key_uuid("sitetext"), locale=loc,
                organisation_name=names[code][0], tagline=names[code][1], footer_text=footer[code],
            )


def _site_settings() -> None:
    site = Site.objects.get(is_default_site=True)
    values = SiteSettings.for_site(site)
    if not values.contact_email:
        values.contact_email = "mentor@example.org"
        values.contact_phone = "+90 312 000 00 00"
        values.address = "Örnek Mahallesi, Birlik Caddesi No: 1\nÇankaya / Ankara"
        values.save()


def _admin_user() -> None:
    User = get_user_model()
    if not User.objects.filter(username=DEMO_ADMIN["username"]).exists():
        user = User.objects.create_superuser(**DEMO_ADMIN)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "tr"  # editors work in Turkish first
        profile.save()


def admin_login() -> str:
    """The line `make run` ends with, so that it is not lost above the demo's e-mails: on the configured address."""
    admin = site_address.absolute("/admin/")
    return f"Demo admin: {admin}  user: {DEMO_ADMIN['username']}  password: {DEMO_ADMIN['password']}"
