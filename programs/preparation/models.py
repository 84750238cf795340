"""Who completed the preparation that comes before matching: mentor training ("Mentorluk Becerileri") and the
mentees' preparation. People are known by e-mail, as their applications are, so one record counts for every call
the person applies to. Rules are in `programs.preparation.records`; this is the record.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.cleaning import check_date_window, clean_texts, validate_email_domain, validate_texts


class PreparationKind(models.TextChoices):
    #: The same codes as the training events' kinds (EventPage.kind, added on another branch).
    MENTOR_TRAINING = "mentor_training", _("Mentor training")
    MENTEE_PREPARATION = "mentee_preparation", _("Mentee preparation")


#: What each role must have completed, when a call asks for it.
KIND_FOR_ROLE = {"mentor": PreparationKind.MENTOR_TRAINING, "mentee": PreparationKind.MENTEE_PREPARATION}


class RequiredPreparation(models.TextChoices):
    """A call's rule: whose preparation must be complete before they can be matched."""

    NONE = "none", _("No preparation required")
    MENTORS = "mentors", _("Mentors: mentor training")
    MENTEES = "mentees", _("Mentees: mentee preparation")
    BOTH = "both", _("Mentors and mentees")


ROLES_REQUIRED = {
    RequiredPreparation.NONE: frozenset(),
    RequiredPreparation.MENTORS: frozenset({"mentor"}),
    RequiredPreparation.MENTEES: frozenset({"mentee"}),
    RequiredPreparation.BOTH: frozenset({"mentor", "mentee"}),
}


def normalise_email(value: str) -> str:
    """Lower case without surrounding spaces, as applications store it."""
    return (value or "").strip().lower()


def first_translation(page):
    """One record per training whichever language's page was chosen: the first page of its translation group
    (as a call's matching hangs on its first page)."""
    if page is None:
        return None
    return type(page).objects.filter(translation_key=page.translation_key).order_by("pk").first() or page


class PreparationRecord(models.Model):
    class Source(models.TextChoices):
        EVENT = "event", _("Attended a training event")
        MATERIAL = "material", _("Completed a training material")
        OTHER = "other", _("Other (see the note)")

    #: Dates of completion: at most five years back (no year 1), and never in the future (checked in `clean`).
    DATE_WINDOW = {"years_back": 5, "years_ahead": None}

    email = models.EmailField(_("e-mail"), max_length=254)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("preparation"), max_length=30, choices=PreparationKind.choices)
    source = models.CharField(_("how"), max_length=20, choices=Source.choices)
    event = models.ForeignKey(
        "home.EventPage", verbose_name=_("training event"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    material = models.ForeignKey(
        "resources.TrainingMaterialPage", verbose_name=_("training material"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("Required when the preparation was completed another way."))
    completed_on = models.DateField(_("completed on"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    #: Set when retention or an erasure request removed the person's name, address and note (programs.privacy).
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("preparation record")
        verbose_name_plural = _("preparation records")
        ordering = ["-completed_on", "-pk"]
        indexes = [models.Index(fields=["email", "kind"], name="preparation_email_kind")]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "event"], condition=models.Q(event__isnull=False), name="one_preparation_per_event",
                violation_error_message=_("This person's completion of this training event is already recorded."),
            ),
            models.UniqueConstraint(
                fields=["email", "kind", "material"], condition=models.Q(material__isnull=False), name="one_preparation_per_material",
                violation_error_message=_("This person's completion of this training material is already recorded."),
            ),
            models.UniqueConstraint(
                fields=["email", "kind", "note"], condition=models.Q(source="other"), name="one_other_preparation_per_note",
                violation_error_message=_("This completion is already recorded with the same note."),
            ),
            # The page may be deleted later (its link becomes empty), but a record never points at the wrong kind of source.
            models.CheckConstraint(condition=models.Q(event__isnull=True) | models.Q(source="event"), name="preparation_event_is_its_source"),
            models.CheckConstraint(
                condition=models.Q(material__isnull=True) | models.Q(source="material"), name="preparation_material_is_its_source",
            ),
        ]

    def __str__(self):
        return f"{self.name} · {self.get_kind_display()}"

    @property
    def source_label(self) -> str:
        """What was completed, in words: the page's title, or the note."""
        page = self.event if self.source == self.Source.EVENT else self.material if self.source == self.Source.MATERIAL else None
        if page is not None:
            return page.title
        return self.note or str(self.get_source_display())

    def clean(self):
        """The rules of every path that writes a record (the admin's forms, `records.record_completion`)."""
        super().clean()
        self.email = normalise_email(self.email)
        if self.event_id:
            self.event = first_translation(self.event)
        if self.material_id:
            self.material = first_translation(self.material)
        errors = {}
        try:
            if self.email:
                validate_email_domain(self.email)
        except ValidationError as error:
            errors["email"] = error.messages
        errors.update(self.source_errors())
        try:
            check_date_window(self.completed_on, **self.DATE_WINDOW)
            if self.completed_on and self.completed_on > timezone.localdate():
                raise ValidationError(_("The date cannot be in the future."))
        except ValidationError as error:
            errors["completed_on"] = error.messages
        validate_texts(self, ("name", "note"), (), errors)

    def source_errors(self) -> dict:
        Source = self.Source
        if self.source == Source.EVENT and not self.event_id:
            return {"event": _("Choose the training event the person attended.")}
        if self.source == Source.MATERIAL and not self.material_id:
            return {"material": _("Choose the training material the person completed.")}
        if self.source == Source.OTHER and not self.note.strip():
            return {"note": _("Say how the preparation was completed.")}
        errors = {}
        if self.source != Source.EVENT and self.event_id:
            errors["event"] = _("Leave the training event empty unless the person attended one.")
        if self.source != Source.MATERIAL and self.material_id:
            errors["material"] = _("Leave the training material empty unless the person completed one.")
        return errors

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        clean_texts(self, ("name", "note"))
        super().save(*args, **kwargs)
