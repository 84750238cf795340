"""Demo preparation before matching: the people of the demo matches have completed it (mentors their mentor
training, mentees their preparation), and the open digital call requires it of both sides, so its matching screen
shows one applicant with preparation (Arda Kurgulu) and one still without (Elif Örnek)."""

import datetime

from django.utils import timezone

from demo.loader.common import data, key_uuid, locale
from programs.matching.suggestions import matching_settings
from programs.models import Application, CallPage
from programs.preparation.records import record_completion
from resources.models import TrainingMaterialPage


def load(stdout) -> None:
    spec = data("preparation")
    for rule in spec["rules"]:
        call = CallPage.objects.filter(translation_key=key_uuid(f"call:{rule['call']}"), locale=locale("tr")).first()
        if call is not None:
            settings = matching_settings(call)
            if settings.required_preparation != rule["required"]:
                settings.required_preparation = rule["required"]
                settings.save(update_fields=["required_preparation"])
    added = sum(_ensure(item) for item in spec["records"])
    stdout.write(f"Preparation: {added} completions recorded." if added else "Preparation: nothing to add.")


def _ensure(item: dict) -> bool:
    """Recorded through the portal's own function (which finds a record already there); True when new."""
    application = Application.objects.filter(email=item["email"]).order_by("pk").first()
    if application is None:
        return False
    material = None
    if item.get("material"):
        material = TrainingMaterialPage.objects.filter(translation_key=key_uuid(f"training-material:{item['material']}")).order_by("pk").first()
        if material is None:  # an editor deleted it: nothing to point at
            return False
    _record, created = record_completion(
        email=application.email, name=application.name, kind=item["kind"], material=material, note=item.get("note", ""),
        completed_on=timezone.localdate() - datetime.timedelta(days=item["days_ago"]),
    )
    return created
