"""The knowledge library: its index and good-practice / training-material pages, in both languages."""

from home.blocks import stream
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage
from tests.factories.pages import Translations, both, section, translated_page


def library_index(tree) -> Translations:
    return section(tree.tr, ResourceIndexPage, both({"tr": "Bilgi kütüphanesi", "en": "Knowledge library"},
                                                             {"tr": "kutuphane", "en": "library"}, show_in_menus=True))


def good_practice(index: Translations, title, slug=None, *, themes=(), programme: Translations | None = None, **fields) -> Translations:
    """``programme`` (both languages) is linked in each language's page."""
    texts = both(title, slug, summary=fields.pop("summary", "A good practice."), what_was_done="<p>What was done.</p>",
                 body=stream(list(fields.pop("body", ()))), **fields)
    for code in texts if programme else ():
        texts[code]["programme"] = programme[code]
    return translated_page(index["tr"], GoodPracticePage, texts, m2m={"themes": list(themes)})


def training_material(index: Translations, title, slug=None, *, themes=(), material_type="guide",
                      programme: Translations | None = None, **fields) -> Translations:
    texts = both(title, slug, summary=fields.pop("summary", "A training material."), body=stream(list(fields.pop("body", ()))),
                 **fields)
    for code in texts if programme else ():
        texts[code]["programme"] = programme[code]
    return translated_page(index["tr"], TrainingMaterialPage, texts, {"material_type": material_type},
                           m2m={"themes": list(themes)})
