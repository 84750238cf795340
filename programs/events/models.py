"""Who registered for an event, in which place (confirmed or waiting) and whether they came."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from programs.applications.models import new_secret


class EventRegistration(models.Model):
    class Role(models.TextChoices):
        MENTOR = "mentor", _("Mentor")
        MENTEE = "mentee", _("Mentee")
        INSTITUTION_CONTACT = "institution_contact", _("Institution contact")
        OTHER = "other", pgettext_lazy("registrant's role", "Other")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    class Attended(models.TextChoices):
        UNKNOWN = "unknown", _("Not recorded")
        YES = "yes", _("Attended")
        NO = "no", _("Did not attend")

    #: The page the person registered on (its language); ``event_key`` joins its translations into one event.
    event = models.ForeignKey("home.EventPage", verbose_name=_("event"), on_delete=models.PROTECT, related_name="registrations")
    event_key = models.UUIDField(_("event (every language)"), editable=False, db_index=True)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"), max_length=254)
    institution = models.ForeignKey(
        "programs.Institution", verbose_name=_("institution"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    institution_other = models.CharField(_("other institution"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    accessibility = models.TextField(_("accessibility needs"), max_length=1000, blank=True)
    privacy_notice = models.ForeignKey(
        "home.PrivacyNoticeVersion", verbose_name=_("privacy notice version"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    privacy_agreed_at = models.DateTimeField(_("privacy notice agreed at"), null=True, blank=True)
    language = models.CharField(_("registrant's language"), max_length=10, default="tr")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED, db_index=True)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.CharField(_("attendance"), max_length=10, choices=Attended.choices, default=Attended.UNKNOWN)
    secret = models.CharField(max_length=64, default=new_secret, editable=False)

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One active registration per address per event, whichever language page it was made on.
            models.UniqueConstraint(
                "event_key", models.functions.Lower("email"), condition=~Q(status="cancelled"), name="one_active_registration_per_email",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event.title}"

    def waiting_position(self) -> int | None:
        """1 for the first on the waiting list (every language of the event); None when not waiting."""
        if self.status != self.Status.WAITING:
            return None
        waiting = EventRegistration.objects.filter(event_key=self.event_key, status=self.Status.WAITING)
        return waiting.filter(Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lte=self.pk)).count()

    def institution_label(self) -> str:
        return self.institution.name if self.institution_id else self.institution_other

    institution_label.short_description = _("institution")
