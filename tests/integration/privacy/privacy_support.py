"""A programme year to retire: the closed group call's pool with its match completed and everything people wrote,
plus an open call, a standing call and drafts; and a search of every text column for what a person typed."""

import datetime

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone
from wagtail.models import ModelLogEntry

from programs.followup.feedback import submit_feedback
from programs.matching import states as match_states
from programs.matching import workflow as match_workflow
from programs.models import ApplicationAttachment, ApplicationDraft, Feedback, Match
from tests.factories.applications import ApplicationFactory
from tests.integration.matching.matching_support import app

GUL, AYLIN, SERKAN = "gul.taslak@example.org", "aylin.kurgusal@example.org", "serkan.ornekoglu@example.org"


def attach(application, name="cv.pdf"):
    attachment = ApplicationAttachment(application=application, original_name=name, content_type="application/pdf", size=8)
    attachment.file.save(name, ContentFile(b"%PDF-1.4"), save=False)
    attachment.save()
    return attachment


def completed_year(calls_open, standing):
    """Complete Gül and Aylin's match (with a consent letter, feedback, notes) and add what else retention meets."""
    match = Match.objects.get(mentee=app(GUL))
    consent = match.consents.first()
    consent.document.save("consent.pdf", ContentFile(b"%PDF-1.4 signed"), save=True)
    feedback = Feedback.objects.create(match=match, respondent="mentee", stage="final")
    submit_feedback(feedback, rating=5, went_well="Aylin Hanım çok yardımcı oldu.", to_improve="Daha sık görüşmek.")
    match_workflow.transition(match, match_states.COMPLETED)
    attach(app(GUL))
    attach(app(SERKAN))
    closed = app(GUL).call
    ApplicationDraft.objects.create(call=closed, email="taslak.kapali@example.org", data={"name": "Kapalı Taslak"})
    ApplicationDraft.objects.create(call=calls_open, email="taslak.acik@example.org", data={"name": "Açık Taslak"})
    stale = ApplicationDraft.objects.create(call=standing, email="taslak.eski@example.org", data={"name": "Eski Taslak"})
    ApplicationDraft.objects.filter(pk=stale.pk).update(updated_at=timezone.now() - datetime.timedelta(days=31))
    ApplicationDraft.objects.create(call=standing, email="taslak.yeni@example.org", data={"name": "Yeni Taslak"})
    ApplicationFactory(call=calls_open, name="Açık Çağrı Başvuranı", email="acik@example.org")
    ApplicationFactory(call=standing, name="Sürekli Bekleyen", email="surekli.bekleyen@example.org")
    ApplicationFactory(call=standing, name="Sürekli Çekilen", email="surekli.cekilen@example.org",
                       statuses=["withdrawn"])
    return Match.objects.get(pk=match.pk)


def text_columns():
    """(model, field name) of every text-like column the programs app and Wagtail's audit log keep."""
    columns = []
    for model in [*apps.get_app_config("programs").get_models(), ModelLogEntry]:
        for field in model._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField, models.JSONField, models.FileField)):
                columns.append((model, field.name))
    return columns


def where_found(*needles) -> list[str]:
    """Every "model.field" whose stored text contains one of ``needles`` (case-insensitive)."""
    found = []
    for model, name in text_columns():
        for value in model.objects.values_list(name, flat=True):
            text = str(value).casefold()
            if any(needle.casefold() in text for needle in needles):
                found.append(f"{model._meta.label}.{name}")
                break
    return found
