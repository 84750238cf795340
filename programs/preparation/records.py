"""Recording completed preparation and asking who has it.

The admin, the matching rules and (after the merge) attendance at training events all call these functions, so
a completion is recorded and read one way: by the person's normalised e-mail, one record per e-mail, kind and
source.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy

from portal.cleaning import clean_line
from programs.preparation.models import (
    KIND_FOR_ROLE,
    ROLES_REQUIRED,
    PreparationKind,
    PreparationRecord,
    first_translation,
    normalise_email,
)

__all__ = ["check_prepared", "completed_preparation", "missing_preparation", "record_completion"]


def _existing(record: PreparationRecord) -> PreparationRecord | None:
    same = PreparationRecord.objects.filter(email=record.email, kind=record.kind)
    if record.event_id:
        return same.filter(event_id=record.event_id).first()
    if record.material_id:
        return same.filter(material_id=record.material_id).first()
    return same.filter(source=PreparationRecord.Source.OTHER, note=clean_line(record.note)).first()


@transaction.atomic
def record_completion(
    *, email: str, name: str, kind: str, completed_on: datetime.date, event=None, material=None, note: str = "",
    recorded_by=None,
) -> tuple[PreparationRecord, bool]:
    """Record that ``email`` completed ``kind`` by attending ``event``, completing ``material`` or (neither given)
    as ``note`` says. Idempotent: the record already there is returned with False, so marking attendance twice
    records it once. Raises ValidationError for anything the model's rules refuse."""
    Source = PreparationRecord.Source
    source = Source.EVENT if event is not None else Source.MATERIAL if material is not None else Source.OTHER
    record = PreparationRecord(
        email=normalise_email(email), name=name, kind=kind, source=source, event=first_translation(event),
        material=first_translation(material), note=note or "", completed_on=completed_on, recorded_by=recorded_by,
    )
    existing = _existing(record)
    if existing is not None:
        return existing, False
    record.full_clean()
    try:
        with transaction.atomic():
            record.save()
    except IntegrityError:  # the same completion recorded by a concurrent request
        existing = _existing(record)
        if existing is None:
            raise
        return existing, False
    return record, True


def completed_preparation(emails: Iterable[str]) -> dict[str, set[str]]:
    """{normalised e-mail: the kinds of preparation completed} for every address given, in one query."""
    wanted = {normalise_email(email) for email in emails if email}
    done: dict[str, set[str]] = {email: set() for email in wanted}
    if wanted:
        rows = PreparationRecord.objects.filter(email__in=wanted).values_list("email", "kind").distinct()
        for email, kind in rows:
            done[email].add(kind)
    return done


def missing_preparation(applications, required: str, done: dict[str, set[str]] | None = None) -> list:
    """The ``applications`` whose role needs preparation (by the call's ``required`` rule) that is not recorded;
    ``done`` is `completed_preparation`'s answer when the caller has read it already."""
    roles = ROLES_REQUIRED.get(required, frozenset())
    concerned = [a for a in applications if a.role in roles]
    if not concerned:
        return []
    if done is None:
        done = completed_preparation(a.email for a in concerned)
    return [a for a in concerned if KIND_FOR_ROLE[a.role] not in done.get(normalise_email(a.email), set())]


MISSING_MESSAGES = {
    PreparationKind.MENTOR_TRAINING: gettext_lazy(
        "%(name)s cannot be matched: this call requires mentor training, and none is recorded for this person."
    ),
    PreparationKind.MENTEE_PREPARATION: gettext_lazy(
        "%(name)s cannot be matched: this call requires mentee preparation, and none is recorded for this person."
    ),
}


def missing_messages(missing) -> list[str]:
    return [str(MISSING_MESSAGES[KIND_FOR_ROLE[a.role]]) % {"name": a.name} for a in missing]


def check_prepared(applications, required: str) -> None:
    """Raise ValidationError naming everyone of ``applications`` who lacks the preparation the call requires."""
    missing = missing_preparation(applications, required)
    if missing:
        raise ValidationError(missing_messages(missing), code="preparation_missing")
