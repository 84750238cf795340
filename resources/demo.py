"""Demo knowledge library: good practices and training materials in both languages (idempotent)."""

from django.db import transaction

from home.demo import ensure_page, key_uuid, locale
from home.models import HomePage
from programs.demo import ensure_index, ensure_themes, programme_pages, translated_texts
from programs.models import Institution
from resources import demo_content
from resources.models import GoodPracticePage, ResourceIndexPage, TrainingMaterialPage

INDEX = {
    "tr": {
        "title": "Bilgi kütüphanesi",
        "slug": "kutuphane",
        "intro": "<p>Ulusal ve uluslararası iyi uygulamalar ile mentorlar, mentiler ve Sekretarya için eğitim "
        "materyalleri. Aradığınızı tema, tür, hedef kitle, kapsam ya da programa göre süzebilirsiniz.</p>",
        "search_description": "Belediyeler için iyi uygulamalar ve mentorluk eğitim materyalleri.",
    },
    "en": {
        "title": "Knowledge library",
        "slug": "library",
        "intro": "<p>National and international good practices, and training materials for mentors, mentees and "
        "the Secretariat. Narrow the list by theme, type, audience, scope or programme.</p>",
        "search_description": "Good practices for municipalities and training materials on mentoring.",
    },
}

# Bodies that are not member municipalities, by how the source describes them.
INSTITUTION_KINDS = {"İBB": "metropolitan", "Bakanlığı": "ministry"}


def _institution(item: dict) -> Institution:
    kind = next((k for word, k in INSTITUTION_KINDS.items() if word in item["institution"]), "other")
    return Institution.objects.get_or_create(
        name=item["institution"], defaults={"kind": kind, "city": item["city"], "is_member": False}
    )[0]


def _common(item: dict, programmes: dict) -> dict:
    programme = programmes.get(item.get("programme") or "", {}).get("tr")
    return {"programme": programme}


@transaction.atomic
def load(stdout) -> None:
    home = HomePage.objects.get(translation_key=key_uuid("home"), locale=locale("tr"))
    themes = ensure_themes()
    programmes = programme_pages()
    index = ensure_index(ResourceIndexPage, "library", INDEX, home)["tr"]
    for item in demo_content.GOOD_PRACTICES:
        ensure_page(
            index,
            GoodPracticePage,
            f"good-practice:{item['key']}",
            translated_texts(item, ("title", "summary", "what_was_done", "results"), streams=()),
            common={
                **_common(item, programmes), "institution": _institution(item), "city": item["city"],
                "country": item["country"], "scope": item["scope"], "year": item["year"], "source_url": item["source_url"],
            },
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    for item in demo_content.TRAINING_MATERIALS:
        ensure_page(
            index,
            TrainingMaterialPage,
            f"training-material:{item['key']}",
            translated_texts(item, ("title", "summary")),
            common={
                **_common(item, programmes), "audience": item["audience"], "material_type": item["material_type"],
                "minutes": item["minutes"], "material_language": item["material_language"], "video_url": item["video_url"],
            },
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    stdout.write(
        f"Library: {len(demo_content.GOOD_PRACTICES)} good practices, {len(demo_content.TRAINING_MATERIALS)} training materials."
    )
