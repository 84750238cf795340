"""The knowledge library: good practices and training materials."""

from demo.loader.common import data
from demo.loader.pages import ensure_index, ensure_page, home_page, translated_texts
from demo.loader.programmes import ensure_themes, programme_pages
from programs.models import Institution
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage

PRACTICE_COMMON = ("city", "country", "scope", "year", "source_url")
MATERIAL_COMMON = ("audience", "material_type", "minutes", "material_language", "video_url")


def load(stdout) -> None:
    themes, programmes, library = ensure_themes(), programme_pages(), data("library")
    index = ensure_index(ResourceIndexPage, "library", library["index"], home_page())["tr"]
    for item in library["good_practices"]:
        ensure_page(
            index, GoodPracticePage, f"good-practice:{item['key']}",
            translated_texts(item, ("title", "summary", "what_was_done", "results"), streams=()),
            common={**_common(item, programmes, PRACTICE_COMMON), "institution": _institution(item)},
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    for item in library["training_materials"]:
        ensure_page(
            index, TrainingMaterialPage, f"training-material:{item['key']}",
            translated_texts(item, ("title", "summary")),
            common=_common(item, programmes, MATERIAL_COMMON),
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    stdout.write(f"Library: {len(library['good_practices'])} good practices, {len(library['training_materials'])} training materials.")


def _common(item: dict, programmes: dict, names: tuple[str, ...]) -> dict:
    return {"programme": programmes.get(item.get("programme") or "", {}).get("tr"), **{name: item[name] for name in names}}


def _institution(item: dict) -> Institution:
    """The body behind a practice, added as a non-member; its kind is read from its name."""
    kinds = data("library")["institution_kinds"]
    kind = next((k for word, k in kinds.items() if word in item["institution"]), "other")
    return Institution.objects.get_or_create(
        name=item["institution"], defaults={"kind": kind, "city": item["city"], "is_member": False}
    )[0]
