"""What one person chose about optional reminders, by e-mail address (people here have no accounts)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def normalise(email: str) -> str:
    """One row per address, whatever case the applicant typed it in."""
    return (email or "").strip().lower()


class ReminderPreference(models.Model):
    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    optional_reminders = models.BooleanField(
        _("optional reminders"), default=True,
        help_text=_("Off: no optional reminders (drafts, meetings, the end of an assignment). Notices the programme must send still go."),
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    links_revoked_at = models.DateTimeField(
        _("links revoked at"), null=True, blank=True,
        help_text=_("Links to the reminder settings page sent before this time no longer work."),
    )

    class Meta:
        verbose_name = _("reminder preference")
        verbose_name_plural = _("reminder preferences")
        ordering = ["email"]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise(self.email)
        super().save(*args, **kwargs)
