"""Demo themes, institutions and the three programmes, in Turkish and English (idempotent)."""

from anyascii import anyascii
from django.db import transaction
from django.utils.text import slugify

from home.demo import ensure_page, key_uuid, languages, locale, stream
from home.models import HomePage
from programs import demo_content
from programs.models import Institution, ProgramIndexPage, ProgramPage, Theme

INDEX = {
    "tr": {
        "title": "Programlar",
        "slug": "programlar",
        "intro": "<p>Belediyeler arasında bilgi ve deneyim paylaşımı için yürüttüğümüz mentorluk programları. "
        "Her programın kimler için olduğunu, nasıl işlediğini ve açık çağrılarını burada bulabilirsiniz.</p>",
        "search_description": "Kurumlar arası uzman mentorluğu, tersine mentorluk ve grup mentorluğu programları.",
    },
    "en": {
        "title": "Programmes",
        "slug": "programmes",
        "intro": "<p>The mentoring programmes we run so that municipalities can share knowledge and experience. "
        "See who each programme is for, how it works and which calls are open.</p>",
        "search_description": "Inter-institutional expert mentoring, reverse mentoring and group mentoring programmes.",
    },
}


def theme_slug(name: str) -> str:
    """ASCII slugs keep filter links readable: "Katılımcılık" becomes "katilimcilik"."""
    return slugify(anyascii(name))


def ensure_themes() -> dict[str, Theme]:
    """{key: Turkish theme}; the other languages are translations with the same key."""
    themes = {}
    for item in demo_content.THEMES:
        source = None
        for code in languages():
            loc = locale(code)
            theme = Theme.objects.filter(translation_key=key_uuid(f"theme:{item['key']}"), locale=loc).first()
            if theme is None:
                if source is None:
                    theme = Theme.objects.create(
                        translation_key=key_uuid(f"theme:{item['key']}"), locale=loc, name=item[code], slug=theme_slug(item[code])
                    )
                else:
                    theme = source.copy_for_translation(loc)
                    theme.name, theme.slug = item[code], theme_slug(item[code])
                    theme.save()
            source = source or theme
        themes[item["key"]] = source
    return themes


def ensure_institutions() -> dict[str, Institution]:
    return {
        item["key"]: Institution.objects.get_or_create(
            name=item["name"], defaults={"kind": item["kind"], "city": item["city"], "is_member": True}
        )[0]
        for item in demo_content.INSTITUTIONS
    }


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
    return ensure_page(
        home,
        model,
        key,
        {
            code: {
                "title": texts[code]["title"], "slug": texts[code]["slug"], "intro": texts[code]["intro"],
                "search_description": texts[code]["search_description"], "show_in_menus": True,
            }
            for code in languages()
        },
    )


def _programme_fields(item: dict, code: str) -> dict:
    text = item[code]
    mentors, mentees = item.get("group_mentors") or (None, None), item.get("group_mentees") or (None, None)
    return {
        "title": text["title"],
        "slug": item["slug"][code],
        "summary": text["summary"],
        "objectives": text["objectives"],
        "benefits_institution": text["benefits_institution"],
        "benefits_mentor": text["benefits_mentor"],
        "benefits_mentee": text["benefits_mentee"],
        "eligibility": text["eligibility"],
        "contact": text["contact"],
        "search_description": text.get("search_description", ""),
        "steps": stream([("step", step) for step in text["steps"]]),
        "body": stream(text.get("body", [])),
        "program_type": item["program_type"],
        "format": item["format"],
        "duration_weeks": item["duration_weeks"],
        "group_mentors_min": mentors[0],
        "group_mentors_max": mentors[1],
        "group_mentees_min": mentees[0],
        "group_mentees_max": mentees[1],
    }


def programme_pages() -> dict[str, dict]:
    """{programme key: {language: page}} of what the loader created."""
    return {
        item["key"]: {
            p.locale.language_code: p
            for p in ProgramPage.objects.filter(translation_key=key_uuid(f"programme:{item['key']}")).select_related("locale")
        }
        for item in demo_content.PROGRAMMES
    }


@transaction.atomic
def load(stdout) -> None:
    home = HomePage.objects.get(translation_key=key_uuid("home"), locale=locale("tr"))
    themes = ensure_themes()
    ensure_institutions()
    index = ensure_index(ProgramIndexPage, "programmes", INDEX, home)["tr"]
    for item in demo_content.PROGRAMMES:
        ensure_page(
            index,
            ProgramPage,
            f"programme:{item['key']}",
            {code: _programme_fields(item, code) for code in languages()},
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    stdout.write(f"Programmes: {len(demo_content.PROGRAMMES)} in {len(languages())} languages.")
