"""Demo applications, submitted and moved on through the same rules as real ones.

Each applicant's ``statuses`` are the allowed transitions taken after
submission, so the demo shows every stage of review.
"""

import datetime

from django.utils import timezone

from demo.loader.common import data
from demo.loader.programmes import ensure_institutions, ensure_themes
from programs.applications import states
from programs.models import Application

PERSON_FIELDS = (
    "role", "name", "email", "phone", "unit", "position", "description", "languages", "availability", "publication_consent", "language",
)


def load(stdout, calls: dict) -> int:
    """Submit the applicants not there yet; returns how many were added."""
    themes, institutions = ensure_themes(), ensure_institutions()
    created = 0
    seen: dict[str, int] = {}
    for person in data("applications")["applicants"]:
        call = calls[person["call"]].get(person["language"]) or calls[person["call"]]["tr"]
        index = seen.get(person["call"], 0)  # staggers the sending times within a call
        seen[person["call"]] = index + 1
        if Application.objects.filter(call__translation_key=call.translation_key, email=person["email"]).exists():
            continue
        sent = max(call.opens_at, timezone.now() - datetime.timedelta(days=40)) + datetime.timedelta(days=1 + index, hours=index)
        application = Application.objects.create(
            call=call, institution=institutions[person["institution"]], preferred_format=person["format"],
            data_consent=True, created_at=sent, **{name: person[name] for name in PERSON_FIELDS},
        )
        application.themes.set([themes[key] for key in person["themes"]])
        states.record_submission(application)
        for status in person["statuses"]:
            states.change_status(application, status, note="Demo", notify=False)
        created += 1
    return created
