"""Travel, daily-allowance and accommodation claims of assigned experts (regulation Article 8, Law 6245).

The union may pay an assigned expert's travel, daily allowance and accommodation. A `Claim` is one request
for a match, made of `ClaimLine`s with their receipts (`ClaimReceipt`, private storage); `DailyRate` holds the
year's rates the secretariat types in the admin (no rate lives in code). The rules (dates within the
assignment, caps, decisions) are in `programs.claims.rules`; these are records. Amounts are Decimals, never floats.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from programs.applications.models import private_storage

AMOUNT = {"max_digits": 12, "decimal_places": 2}
ZERO = Decimal("0.00")


class RateKind(models.TextChoices):
    DAILY_ALLOWANCE = "daily_allowance", _("Daily allowance (per day)")
    ACCOMMODATION = "accommodation", _("Accommodation ceiling (per night)")


class DailyRate(models.Model):
    """One year's rate of one kind, as the year's central government budget law sets it."""

    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("rate"), max_length=20, choices=RateKind.choices)
    amount = models.DecimalField(_("amount (TRY)"), **AMOUNT)
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("For example the law or table the rate comes from."))

    class Meta:
        verbose_name = _("daily rate")
        verbose_name_plural = _("daily rates")
        ordering = ["-year", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["year", "kind"], name="one_rate_per_year_and_kind"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="rate_amount_positive"),
        ]

    def __str__(self):
        return f"{self.year} · {self.get_kind_display()}"


class ClaimState(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    PARTLY_APPROVED = "partly_approved", _("Partly approved")
    REJECTED = "rejected", _("Rejected")


DECIDED_STATES = (ClaimState.APPROVED, ClaimState.PARTLY_APPROVED, ClaimState.REJECTED)


class Claim(models.Model):
    class Via(models.TextChoices):
        LINK = "link", _("The expert, through the private link")
        SECRETARIAT = "secretariat", _("The secretariat")

    match = models.ForeignKey("programs.Match", verbose_name=_("match"), on_delete=models.PROTECT, related_name="claims")
    claimant = models.ForeignKey(
        "programs.Application", verbose_name=_("claimant"), on_delete=models.PROTECT, related_name="claims",
        help_text=_("The assigned expert: the match's mentor, or one of its group's mentors."),
    )
    state = models.CharField(_("state"), max_length=20, choices=ClaimState.choices, default=ClaimState.SUBMITTED)
    #: The year of the first expense: the claim is counted in that year's totals.
    year = models.PositiveSmallIntegerField(_("year"))
    submitted_via = models.CharField(_("submitted by"), max_length=20, choices=Via.choices, default=Via.LINK)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_note = models.TextField(_("decision note"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("travel claim")
        verbose_name_plural = _("travel claims")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state="submitted", decided_at__isnull=True) | (~models.Q(state="submitted") & models.Q(decided_at__isnull=False)),
                name="claim_decided_when_not_submitted",
            ),
        ]

    def __str__(self):
        return _("Claim %(number)s") % {"number": self.pk}

    @property
    def is_decided(self) -> bool:
        return self.state in DECIDED_STATES

    # Sums of the (prefetched) lines, in Decimal: a list shows them without a query per claim.
    @property
    def total_claimed(self) -> Decimal:
        return sum((line.amount_claimed for line in self.lines.all()), ZERO)

    @property
    def total_approved(self) -> Decimal | None:
        """None while waiting: nothing is approved yet, not even zero."""
        if not self.is_decided:
            return None
        return sum((line.amount_approved or ZERO for line in self.lines.all()), ZERO)


class LineKind(models.TextChoices):
    TRAVEL = "travel", _("Travel")
    DAILY_ALLOWANCE = "daily_allowance", _("Daily allowance")
    ACCOMMODATION = "accommodation", _("Accommodation")
    LOCAL_TRANSPORT = "local_transport", _("Local transport")
    OTHER = "other", _("Other")


class Transport(models.TextChoices):
    BUS = "bus", _("Intercity bus")
    TRAIN = "train", _("Train")
    PLANE = "plane", _("Plane")
    SHIP = "ship", _("Ship or ferry")
    OWN_CAR = "own_car", _("Own car")
    OTHER = "other", _("Other means of transport")


class ClaimLine(models.Model):
    claim = models.ForeignKey(Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField(_("kind"), max_length=20, choices=LineKind.choices)
    date_from = models.DateField(_("date"))
    date_to = models.DateField(_("until"), null=True, blank=True, help_text=_("For several days or nights: the last day."))
    route_from = models.CharField(_("from"), max_length=150, blank=True)
    route_to = models.CharField(_("to"), max_length=150, blank=True)
    transport = models.CharField(_("means of transport"), max_length=20, choices=Transport.choices, blank=True)
    days = models.PositiveSmallIntegerField(_("days"), default=0)
    nights = models.PositiveSmallIntegerField(_("nights"), default=0)
    description = models.CharField(_("description"), max_length=300, blank=True)
    amount_claimed = models.DecimalField(_("amount claimed (TRY)"), **AMOUNT)
    amount_approved = models.DecimalField(_("amount approved (TRY)"), null=True, blank=True, **AMOUNT)
    reduction_reason = models.CharField(_("reason for approving less"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("claim line")
        verbose_name_plural = _("claim lines")
        ordering = ["date_from", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount_claimed__gt=0), name="claim_line_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(amount_approved__isnull=True)
                | (models.Q(amount_approved__gte=0) & models.Q(amount_approved__lte=models.F("amount_claimed"))),
                name="claim_line_approved_within_claimed",
            ),
            models.CheckConstraint(
                condition=models.Q(date_to__isnull=True) | models.Q(date_to__gte=models.F("date_from")), name="claim_line_dates_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.date_from:%d.%m.%Y}"

    @property
    def last_day(self):
        return self.date_to or self.date_from


class ClaimReceipt(models.Model):
    """A ticket, invoice or hotel bill: checked like an application's attachment, kept in private storage."""

    claim = models.ForeignKey(Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="receipts")
    file = models.FileField(_("file"), storage=private_storage, upload_to="claims/%Y/%m/", max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))

    class Meta:
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name
