"""Idempotent page building: create once in every language, never overwrite.

Editors' changes survive a re-run because a page found by its key is left as it is.
"""

from wagtail.models import Page

from demo.loader.common import key_uuid, languages, locale
from home.blocks import stream
from home.models import HomePage


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
            parent.get_translation(loc).add_child(instance=page)
        else:
            page = source.copy_for_translation(loc).specific
            for name, value in fields.items():
                setattr(page, name, value)
        page.save_revision().publish()
        source = source or page
        pages[code] = page
    return pages


def home_page(code: str = "tr") -> HomePage:
    return HomePage.objects.get(translation_key=key_uuid("home"), locale=locale(code))


def find_page(model, key: str, code: str):
    """A demo page in one language, or None if an editor deleted it."""
    return model.objects.filter(translation_key=key_uuid(key), locale=locale(code)).first()


def translated_texts(item: dict, fields: tuple[str, ...], streams: tuple[str, ...] = ("body",)) -> dict:
    """ensure_page's per-language values from a demo item: slug, plain fields, StreamField bodies."""
    return {
        code: {
            "slug": item["slug"][code],
            "search_description": item[code].get("search_description", ""),
            **{name: item[code][name] for name in fields},
            **{name: stream(item[code].get(name, [])) for name in streams},
        }
        for code in languages()
    }


def ensure_index(model, key: str, texts: dict, home: HomePage) -> dict:
    """A menu-visible index page under the home page, in every language."""
    names = ("title", "slug", "intro", "search_description")
    return ensure_page(
        home, model, key, {code: {**{name: texts[code][name] for name in names}, "show_in_menus": True} for code in languages()}
    )
