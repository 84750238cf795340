"""How long the secretariat keeps personal data, per programme with a call's own rule first (KVKK Art. 4(2)(d)).

A rule names a programme or a call page; every language of that page is the same programme or call, so rules
are looked up by translation key. Without a rule, ``RETENTION_MONTHS_UNMATCHED`` / ``RETENTION_MONTHS_MATCHED``
apply.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

MONTHS = [MinValueValidator(1), MaxValueValidator(120)]


class RetentionRule(models.Model):
    programme = models.OneToOneField(
        "programs.ProgramPage", verbose_name=_("programme"), null=True, blank=True, on_delete=models.CASCADE, related_name="+",
    )
    call = models.OneToOneField(
        "programs.CallPage", verbose_name=_("call"), null=True, blank=True, on_delete=models.CASCADE, related_name="+",
        help_text=_("Choose a call to give it a rule of its own; leave empty for a rule of the whole programme."),
    )
    unmatched_months = models.PositiveSmallIntegerField(
        _("months kept for applications never matched"), validators=MONTHS,
        help_text=_("Counted from the call's closing date (for a standing call: from the final decision)."),
    )
    matched_months = models.PositiveSmallIntegerField(
        _("months kept for matched people"), validators=MONTHS,
        help_text=_("Counted from the end of the completed match."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("retention rule")
        verbose_name_plural = _("retention rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(programme__isnull=False, call__isnull=True) | models.Q(programme__isnull=True, call__isnull=False),
                name="retention_rule_for_a_programme_or_a_call",
            ),
        ]

    def __str__(self):
        return str(self.call or self.programme)

    def clean(self):
        super().clean()
        if bool(self.programme_id) == bool(self.call_id):
            raise ValidationError(_("Choose either a programme or a call."))


@dataclass(frozen=True)
class Periods:
    unmatched_months: int
    matched_months: int


def default_periods() -> Periods:
    return Periods(settings.RETENTION_MONTHS_UNMATCHED, settings.RETENTION_MONTHS_MATCHED)


class PeriodFinder:
    """The periods of each call, read once for a whole retention run (two queries, however many calls)."""

    def __init__(self):
        self.by_call, self.by_programme = {}, {}
        for rule in RetentionRule.objects.select_related("call", "programme"):
            periods = Periods(rule.unmatched_months, rule.matched_months)
            if rule.call_id:
                self.by_call[rule.call.translation_key] = periods
            else:
                self.by_programme[rule.programme.translation_key] = periods
        self._programme_keys = {}

    def for_call(self, call) -> Periods:
        if call.translation_key in self.by_call:
            return self.by_call[call.translation_key]
        if call.pk not in self._programme_keys:
            parent = call.get_parent()
            self._programme_keys[call.pk] = parent.translation_key if parent else None
        return self.by_programme.get(self._programme_keys[call.pk]) or default_periods()
