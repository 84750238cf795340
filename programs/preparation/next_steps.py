"""What a person's private pages (the application status page, the participant page) say about preparation: what
they have completed, and, when their call requires preparation for their role and none is recorded, what to do
next — the training materials for their role and the upcoming training events."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from home.models import EventPage
from portal.public_pages import unrestricted
from programs.matching.models import MatchingSettings
from programs.preparation.models import KIND_FOR_ROLE, ROLES_REQUIRED, PreparationRecord, normalise_email
from resources.models import Audience, TrainingMaterialPage

#: A private page suggests a few materials, not the whole library.
MATERIALS_SHOWN = 5


@dataclass
class PreparationStatus:
    completed: list = field(default_factory=list)  # the person's PreparationRecords, newest first
    required_kind: str | None = None  # what the call requires of the person's role, if anything
    missing: bool = False
    materials: list = field(default_factory=list)
    events: list = field(default_factory=list)

    @property
    def shown(self) -> bool:
        return bool(self.completed or self.required_kind)


def upcoming_training_events(kind: str, locale: Locale) -> list:
    """Upcoming, published training events of ``kind`` (an event's kind uses the same codes as preparation) in
    ``locale``, soonest first; attending one is recorded as completed preparation when attendance is marked."""
    events = EventPage.objects.live().filter(unrestricted(), kind=kind, locale=locale, ends_at__gte=timezone.now())
    return list(events.order_by("starts_at", "pk")[:MATERIALS_SHOWN])


def training_materials(call, role: str, locale: Locale) -> list:
    """Live public materials for the role (or everyone), of the call's programme or of none, in ``locale``."""
    programme = call.get_parent()
    materials = (
        TrainingMaterialPage.objects.live().filter(unrestricted()).filter(locale=locale)
        .filter(audience__in=[role, Audience.EVERYONE])
        .filter(Q(programme__isnull=True) | Q(programme__translation_key=programme.translation_key))
    )
    return list(materials.order_by("title", "pk")[:MATERIALS_SHOWN])


def _localised(records: list, locale: Locale) -> None:
    """Each record's page in the reader's language, where it has one (records keep the first page)."""
    for record in records:
        page = record.event or record.material
        if page is not None and page.locale_id != locale.pk:
            translated = page.get_translation_or_none(locale)
            if translated is not None:
                record.page_in_locale = translated
        record.title_in_locale = getattr(record, "page_in_locale", page).title if page is not None else record.source_label


def preparation_status(application, call) -> PreparationStatus:
    """The preparation part of ``application``'s private pages; ``call`` is the application's call page."""
    locale = Locale.get_active()
    records = list(
        PreparationRecord.objects.filter(email=normalise_email(application.email))
        .select_related("event", "material").order_by("-completed_on", "-pk")
    )
    _localised(records, locale)
    rule = MatchingSettings.objects.filter(call__translation_key=call.translation_key).order_by("call_id")
    required = rule.values_list("required_preparation", flat=True).first() or "none"
    kind = KIND_FOR_ROLE.get(application.role) if application.role in ROLES_REQUIRED.get(required, frozenset()) else None
    status = PreparationStatus(completed=records, required_kind=kind)
    if kind is not None and not any(r.kind == kind for r in records):
        status.missing = True
        status.materials = training_materials(call, application.role, locale)
        status.events = upcoming_training_events(kind, locale)
    return status
