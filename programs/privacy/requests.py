"""Data-subject requests (KVKK Art. 11 and 13): a person asks what we hold, for a copy, or for erasure, and the
secretariat answers within thirty days."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: KVKK Art. 13(2): the controller answers "as soon as possible and within thirty days at the latest".
ANSWER_DAYS = 30


def deadline_for(received_at) -> datetime.datetime:
    return received_at + datetime.timedelta(days=ANSWER_DAYS)


class DataSubjectRequest(models.Model):
    class Kind(models.TextChoices):
        COPY = "copy", _("A copy of my data")
        ERASURE = "erasure", _("Erase my data")
        OTHER = "other", _("Another question about my data")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Answered")
        REFUSED = "refused", _("Refused")

    email = models.EmailField(_("e-mail"), max_length=254, db_index=True)
    language = models.CharField(_("language"), max_length=10, default="tr")
    kind = models.CharField(_("request"), max_length=20, choices=Kind.choices)
    message = models.TextField(_("message"), blank=True, max_length=2000)
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    due_at = models.DateTimeField(_("answer due by"), editable=False)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.OPEN)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("handled by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    outcome = models.TextField(_("outcome"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("data-subject request")
        verbose_name_plural = _("data-subject requests")
        ordering = ["status", "due_at", "pk"]
        permissions = [("handle_personal_data", _("Can find, export and erase a person's data"))]

    def __str__(self):
        return f"{self.get_kind_display()} · {timezone.localtime(self.received_at):%d.%m.%Y}"

    def save(self, *args, **kwargs):
        if not self.due_at:
            self.due_at = deadline_for(self.received_at)
        if self.status != self.Status.OPEN and self.handled_at is None:
            self.handled_at = timezone.now()  # retention counts from here
        super().save(*args, **kwargs)

    def days_left(self, now=None) -> int:
        """Whole days until the deadline; negative when overdue."""
        return (timezone.localtime(self.due_at).date() - timezone.localtime(now or timezone.now()).date()).days
