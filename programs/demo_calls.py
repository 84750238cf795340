"""Demo calls (open, upcoming, closed, standing) and a few applications (idempotent).

Dates are offsets in days from the day the demo is loaded, so the open call
is always open and the closed one always closed.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from home.demo import ensure_page, key_uuid, languages, locale
from home.models import HomePage
from programs import demo_content
from programs.applications import states
from programs.demo import ensure_index, ensure_institutions, ensure_themes, programme_pages
from programs.models import Application, CallIndexPage, CallPage, CallQuestion

INDEX = {
    "tr": {
        "title": "Çağrılar",
        "slug": "cagrilar",
        "intro": "<p>Mentor ve menti başvurusu alan tematik çağrılar ile kurumların ihtiyaç ve uzmanlıklarını "
        "her zaman bildirebildiği sürekli çağrı.</p>",
        "search_description": "Mentor programının açık, yaklaşan ve kapanmış çağrıları.",
    },
    "en": {
        "title": "Calls",
        "slug": "calls",
        "intro": "<p>Thematic calls for mentors and mentees, and the standing call through which institutions can "
        "state a need or offer expertise at any time.</p>",
        "search_description": "Open, upcoming and closed calls of the mentor programme.",
    },
}

# Where each demo application has got to (via allowed transitions only).
PATHS = {
    "group_care_staff": [
        ["under_review", "eligible", "shortlisted", "matched"],
        ["under_review", "eligible", "shortlisted", "waitlisted"],
        ["under_review", "eligible", "shortlisted", "matched"],
        ["under_review", "ineligible"],
        ["under_review", "eligible", "shortlisted"],
    ],
    "expert_digital": [["under_review"], [], ["under_review", "eligible"], [], [], ["under_review"], [], []],
    "expert_standing": [["under_review", "eligible"], ["under_review", "eligible"]],
}


def at_day(offset, hour=17):
    """Offset days from today, at a fixed Istanbul hour (calls close at the end of a working day)."""
    if offset is None:
        return None
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today + datetime.timedelta(days=offset), datetime.time(hour, 0)))


def _questions(items):
    return [
        CallQuestion(label=q["label"], field_type=q["field_type"], required=q["required"], choices=q["choices"], help_text=q["help_text"])
        for q in items
    ]


def _call_fields(item, code, privacy):
    text = item[code]
    from home.demo import stream

    return {
        "title": text["title"],
        "slug": item["slug"][code],
        "intro": text["intro"],
        "search_description": text.get("search_description", ""),
        "eligibility": text.get("eligibility", ""),
        "selection_criteria": text.get("selection_criteria", ""),
        "required_documents": text.get("required_documents", ""),
        "timetable": stream([("step", step) for step in text.get("timetable", [])]),
        "questions": _questions(text.get("questions", [])),
        "called_roles": item["roles"],
        "opens_at": at_day(item["opens_in_days"], 9),
        "closes_at": at_day(item["closes_in_days"]),
        "results_announced_at": at_day(item["results_in_days"]),
        "places": item["places"],
        "privacy_page": privacy,
    }


def _privacy_page():
    from home.models import StandardPage

    return StandardPage.objects.filter(translation_key=key_uuid("standard:privacy"), locale=locale("tr")).first()


def ensure_calls(themes) -> dict:
    programmes = programme_pages()
    privacy = _privacy_page()
    calls = {}
    for item in demo_content.CALLS:
        parent = programmes[item["programme"]]["tr"]
        calls[item["key"]] = ensure_page(
            parent,
            CallPage,
            f"call:{item['key']}",
            {code: _call_fields(item, code, privacy) for code in languages()},
            m2m={"themes": [themes[key] for key in item["themes"]]},
        )
    return calls


def ensure_applications(calls, themes, institutions) -> int:
    created = 0
    seen: dict[str, int] = {}
    for person in demo_content.APPLICANTS:
        call = calls[person["call"]].get(person["language"]) or calls[person["call"]]["tr"]
        index = seen.get(person["call"], 0)
        seen[person["call"]] = index + 1
        if Application.objects.filter(call__translation_key=call.translation_key, email=person["email"]).exists():
            continue
        sent = max(call.opens_at, timezone.now() - datetime.timedelta(days=40)) + datetime.timedelta(days=1 + index, hours=index)
        application = Application.objects.create(
            call=call, role=person["role"], name=person["name"], email=person["email"], phone=person["phone"],
            institution=institutions[person["institution"]], unit=person["unit"], position=person["position"],
            description=person["description"], preferred_format=person["format"], languages=person["languages"],
            availability=person["availability"], data_consent=True, publication_consent=person["publication_consent"],
            language=person["language"], created_at=sent,
        )
        application.themes.set([themes[key] for key in person["themes"]])
        states.record_submission(application)
        paths = PATHS.get(person["call"], [])
        for status in paths[index] if index < len(paths) else []:
            states.change_status(application, status, note="Demo", notify=False)
        created += 1
    return created


@transaction.atomic
def load(stdout) -> None:
    home = HomePage.objects.get(translation_key=key_uuid("home"), locale=locale("tr"))
    themes = ensure_themes()
    institutions = ensure_institutions()
    ensure_index(CallIndexPage, "calls", INDEX, home)
    calls = ensure_calls(themes)
    created = ensure_applications(calls, themes, institutions)
    stdout.write(f"Calls: {len(calls)} in {len(languages())} languages; {created} new demo applications.")
