"""Access on record: which staff member opened, downloaded or exported whose personal data, and when.

The record holds ids only (user, records) — no names, addresses, search terms or IP addresses — so the log
itself needs no retention of its own beyond the programme's. Rows are written by `record_access`, called by
each admin view that shows personal data; nothing edits or deletes them through the admin.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccessRecord(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        DOWNLOAD = "download", _("Downloaded a file")
        EXPORT = "export", _("Exported")
        ERASE = "erase", _("Erased")

    class Kind(models.TextChoices):
        APPLICATION = "application", _("Application")
        MATCH = "match", _("Match")
        ATTACHMENT = "attachment", _("Application file")
        CONSENT = "consent", _("Consent document")
        MEETING = "meeting", _("Meeting")
        DASHBOARD = "dashboard", _("Dashboard")
        PERSON = "person", _("A person's records")
        ACCESS_LOG = "access_log", _("Access log")
        PREPARATION = "preparation", _("Preparation record")
        CLAIM = "claim", _("Travel claim")
        RECEIPT = "claim_receipt", _("Claim receipt")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True, on_delete=models.SET_NULL, related_name="+")
    #: The user's id, kept when the account is deleted.
    user_ref = models.PositiveIntegerField(_("user id"), null=True, db_index=True)
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    kind = models.CharField(_("record type"), max_length=20, choices=Kind.choices)
    #: ",4,8,15," — commas at both ends so that `ids_containing(8)` is one LIKE on every database.
    object_ids = models.TextField(_("record ids"), default="", blank=True)
    #: The record id when there is one, indexed, so "who saw application 42" is one lookup.
    object_id = models.PositiveIntegerField(_("record id"), null=True, db_index=True)
    count = models.PositiveIntegerField(_("records"), default=1)
    view = models.CharField(_("screen"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("access record")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["kind", "object_id"], name="access_kind_object")]

    def __str__(self):
        return f"{self.get_action_display()} · {self.get_kind_display()} {self.object_id or ''}".strip()

    @property
    def ids(self) -> list[int]:
        return [int(pk) for pk in self.object_ids.strip(",").split(",") if pk]

    @admin.display(description=_("Record ids"))
    def ids_label(self) -> str:
        ids = self.ids
        return ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")


def ids_containing(pk: int) -> models.Q:
    return models.Q(object_id=pk) | models.Q(object_ids__contains=f",{int(pk)},")


def record_access(request, action: str, kind: str, ids) -> AccessRecord | None:
    """One row for one look at personal data (an export's ids in one row). Staff only: people following their
    own private link are the data subject and are not logged."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    ids = sorted({int(pk) for pk in ids})
    match = getattr(request, "resolver_match", None)
    return AccessRecord.objects.create(
        user=user, user_ref=user.pk, action=action, kind=kind, object_ids=f",{','.join(map(str, ids))}," if ids else "",
        object_id=ids[0] if len(ids) == 1 else None, count=len(ids), view=(match.view_name if match else "")[:100],
    )
