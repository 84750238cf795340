"""The record that an e-mail has gone out, so that a task run again after a crash sends nothing new.

`programs.mail.send_once` claims the key (a committed row) before sending and
stamps ``sent_at`` after; see there for why that means "at most once".
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SentEmail(models.Model):
    key = models.CharField(_("key"), max_length=200, unique=True)
    recipient = models.CharField(_("recipient"), max_length=254)
    subject = models.CharField(_("subject"), max_length=255)
    claimed_at = models.DateTimeField(_("claimed at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("sent e-mail")
        verbose_name_plural = _("sent e-mails")

    def __str__(self) -> str:
        return f"{self.key} → {self.recipient}"
