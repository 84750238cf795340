"""Themes, institutions, the programmes and their calls."""

import datetime

from anyascii import anyascii
from django.utils import timezone
from django.utils.text import slugify

from demo.loader.common import data, key_uuid, languages, locale
from demo.loader.pages import ensure_index, ensure_page, find_page, home_page
from home.blocks import stream
from home.models import PrivacyNoticePage
from programs.models import CallIndexPage, CallPage, CallQuestion, Institution, ProgramIndexPage, ProgramPage, Theme

PROGRAMME_TEXTS = (
    "title", "summary", "objectives", "benefits_institution", "benefits_mentor", "benefits_mentee", "eligibility", "contact",
)
PROGRAMME_COMMON = ("program_type", "format", "duration_weeks")


def load_programmes(stdout) -> None:
    themes = ensure_themes()
    ensure_institutions()
    index = ensure_index(ProgramIndexPage, "programmes", data("programmes")["index"], home_page())["tr"]
    programmes = data("programmes")["programmes"]
    for item in programmes:
        ensure_page(
            index, ProgramPage, f"programme:{item['key']}",
            {code: _programme_fields(item, code) for code in languages()},
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    stdout.write(f"Programmes: {len(programmes)} in {len(languages())} languages.")


def load_calls(stdout) -> dict:
    """The calls under their programmes; returns {call key: {language: page}} for the applications."""
    themes = ensure_themes()
    ensure_index(CallIndexPage, "calls", data("calls")["index"], home_page())
    programmes = programme_pages()
    privacy = find_page(PrivacyNoticePage, "standard:privacy", "tr")
    return {
        item["key"]: ensure_page(
            programmes[item["programme"]]["tr"], CallPage, f"call:{item['key']}",
            {code: _call_fields(item, code, privacy) for code in languages()},
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
        for item in data("calls")["calls"]
    }


def theme_slug(name: str) -> str:
    """ASCII slugs keep filter links readable: "Katılımcılık" becomes "katilimcilik"."""
    return slugify(anyascii(name))


def ensure_themes() -> dict[str, Theme]:
    """{key: Turkish theme}; the other languages are translations with the same key."""
    themes = {}
    for item in data("taxonomy")["themes"]:
        source = None
        for code in languages():
            loc = locale(code)
            theme = Theme.objects.filter(translation_key=key_uuid(f"theme:{item['key']}"), locale=loc).first()
            if theme is None and source is None:
                theme = Theme.objects.create(
                    translation_key=key_uuid(f"theme:{item['key']}"), locale=loc, name=item[code], slug=theme_slug(item[code])
                )
            elif theme is None:
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
        for item in data("taxonomy")["institutions"]
    }


def programme_pages() -> dict[str, dict]:
    """{programme key: {language: page}} of what the loader created."""
    return {
        item["key"]: {
            page.locale.language_code: page
            for page in ProgramPage.objects.filter(translation_key=key_uuid(f"programme:{item['key']}")).select_related("locale")
        }
        for item in data("programmes")["programmes"]
    }


def _programme_fields(item: dict, code: str) -> dict:
    text = item[code]
    mentors, mentees = item.get("group_mentors") or (None, None), item.get("group_mentees") or (None, None)
    return {
        **{name: text[name] for name in PROGRAMME_TEXTS},
        "slug": item["slug"][code],
        "search_description": text.get("search_description", ""),
        "steps": stream([("step", step) for step in text["steps"]]),
        "body": stream(text.get("body", [])),
        **{name: item[name] for name in PROGRAMME_COMMON},
        "group_mentors_min": mentors[0],
        "group_mentors_max": mentors[1],
        "group_mentees_min": mentees[0],
        "group_mentees_max": mentees[1],
    }


def at_day(offset, hour=17):
    """Offset days from today, at a fixed local hour (calls close at the end of a working day)."""
    if offset is None:
        return None
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today + datetime.timedelta(days=offset), datetime.time(hour, 0)))


def _call_fields(item: dict, code: str, privacy) -> dict:
    text = item[code]
    return {
        "title": text["title"],
        "slug": item["slug"][code],
        "intro": text["intro"],
        "search_description": text.get("search_description", ""),
        "eligibility": text.get("eligibility", ""),
        "selection_criteria": text.get("selection_criteria", ""),
        "required_documents": text.get("required_documents", ""),
        "timetable": stream([("step", step) for step in text.get("timetable", [])]),
        "questions": [CallQuestion(**question) for question in text.get("questions", [])],
        "called_roles": item["roles"],
        "opens_at": at_day(item["opens_in_days"], 9),
        "closes_at": at_day(item["closes_in_days"]),
        "results_announced_at": at_day(item["results_in_days"]),
        "places": item["places"],
        "privacy_page": privacy,
    }
