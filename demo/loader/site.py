"""The site base: home page, site texts and settings, standard pages and the menu order."""

from wagtail.models import Page, Site

from demo.loader.common import data, key_uuid, languages, locale
from demo.loader.pages import ensure_page, find_page, home_page
from home.blocks import stream
from home.models import HomePage, PrivacyNoticePage, SiteSettings, SiteText, StandardPage
from portal import site_address

HOME_FIELDS = ("title", "hero_title", "hero_text", "intro")


def load(stdout) -> None:
    home = _home_pages()
    _site_text()
    for item in data("site")["standard_pages"]:
        key, model = f"standard:{item['key']}", page_model(item)
        # A demo loaded before the notice had its own page type holds it as a StandardPage: replace it.
        Page.objects.filter(translation_key=key_uuid(key)).not_type(model).delete()
        ensure_page(home, model, key, {code: _standard_fields(item, code) for code in languages()})
    _site_settings()


def page_model(item: dict):
    """site.json's standard pages are StandardPages except the privacy notice, which has versions."""
    return PrivacyNoticePage if item.get("page_type") == "privacy_notice" else StandardPage


def order_menu() -> None:
    """Put the programme sections first and about/contact last in every language.

    Runs after all other steps, once: a page already in place is not moved.
    """
    for code in languages():
        home = home_page(code)
        for item in data("site")["standard_pages"]:
            page = find_page(page_model(item), f"standard:{item['key']}", code)
            if page is not None and page.get_next_siblings().not_type(StandardPage, PrivacyNoticePage).exists():
                page.move(home, pos="last-child")


def _home_pages() -> HomePage:
    tr, texts = locale("tr"), data("site")["home"]
    home = HomePage.objects.filter(translation_key=key_uuid("home"), locale=tr).first()
    if home is None:
        home = HomePage(translation_key=key_uuid("home"), locale=tr, slug=data("site")["home_slug"], **_pick(texts["tr"]))
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    _make_site_root(home)
    for code in languages():
        if code == "tr" or HomePage.objects.filter(translation_key=key_uuid("home"), locale=locale(code)).exists():
            continue
        translated = home.copy_for_translation(locale(code)).specific
        for name, value in _pick(texts[code]).items():
            setattr(translated, name, value)
        translated.save_revision().publish()
    return home


def _pick(texts: dict) -> dict:
    return {name: texts[name] for name in HOME_FIELDS}


def _make_site_root(home: HomePage) -> None:
    """The default site serves the demo home page; Wagtail's "Welcome" placeholder goes."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        address = site_address.configured()
        Site.objects.create(
            hostname=address.hostname, port=address.port, root_page=home, is_default_site=True, site_name=data("site")["site_name"]
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()


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
    for code in languages():
        loc = locale(code)
        if not SiteText.objects.filter(translation_key=key_uuid("sitetext"), locale=loc).exists():
            SiteText.objects.create(translation_key=key_uuid("sitetext"), locale=loc, **data("site")["site_text"][code])


def _site_settings() -> None:
    values = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not values.contact_email:
        for name, value in data("site")["site_settings"].items():
            setattr(values, name, value)
        values.save()
