"""Pages in both languages, as the demo loader builds them (``demo.loader.pages.ensure_page``)."""

import uuid

from wagtail.models import Locale, Page

from demo.loader.pages import ensure_page

LANGUAGES = ("tr", "en")


class Translations(dict):
    """{language: page}; calling it gives one language (English by default), freshly read."""

    def __call__(self, language: str = "en"):
        page = self[language]
        return type(page).objects.get(pk=page.pk)


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def translated_page(parent: Page, model, texts: dict, common: dict | None = None, m2m: dict | None = None) -> Translations:
    """Create ``model`` under ``parent`` in Turkish, then its English translation; publish both.

    ``texts`` maps a language to that language's fields; ``common`` holds
    language-neutral fields and ``m2m`` parental many-to-many values.
    """
    # The demo loader's page builder, under a fresh key: each call makes new pages.
    built = ensure_page(parent, model, str(uuid.uuid4()), texts, common, m2m)
    pages = Translations()
    for code in LANGUAGES:
        built[code].refresh_from_db()
        pages[code] = built[code]
    return pages


def both(title: dict | str, slug: dict | str | None = None, **fields) -> dict:
    """Per-language texts from a title (and slug) given once or per language."""
    titles = title if isinstance(title, dict) else {code: title for code in LANGUAGES}
    slugs = slug if isinstance(slug, dict) else ({code: slug for code in LANGUAGES} if slug else {})
    out = {}
    for code in LANGUAGES:
        out[code] = {"title": titles[code], **fields}
        if code in slugs:
            out[code]["slug"] = slugs[code]
    return out


def section(home: Page, model, texts: dict) -> Translations:
    """A section index under the Turkish home page (and its translation), built once: a second call finds it."""
    existing = model.objects.child_of(home).filter(locale__language_code="tr").first()
    if existing is None:
        return translated_page(home, model, texts)
    return Translations({page.locale.language_code: page for page in model.objects.filter(translation_key=existing.translation_key)})
