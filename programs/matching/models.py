"""Matches and what the regulation attaches to them (Articles 5(2)-(6), 6).

A `Match` pairs a mentee application with a mentor application (or places a
mentee in a `MentoringGroup`); it needs three written `Consent` records
before it can be confirmed and may be extended (`Extension`); follow-up
records (meetings, feedback) are in `programs.followup.models`. Rules live in
`programs.matching.states` and `programs.matching.workflow`; these are records.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.cleaning import check_date_window
from programs.applications.models import new_secret, private_storage
from programs.matching import states as match_states
from programs.matching.scoring import Weights
from programs.preparation.models import RequiredPreparation


class Party(models.TextChoices):
    """Whose written consent the regulation requires."""

    EXPERT = "expert", _("Expert (mentor)")
    MENTOR_INSTITUTION = "mentor_institution", _("Mentor's institution")
    MENTEE_INSTITUTION = "mentee_institution", _("Mentee's institution")


INSTITUTION_PARTIES = (Party.MENTOR_INSTITUTION, Party.MENTEE_INSTITUTION)


class ConsentMethod(models.TextChoices):
    LETTER = "letter", _("Official letter")
    EMAIL = "email", _("E-mail")
    SIGNED_FORM = "signed_form", _("Signed form")


class MeetingFormat(models.TextChoices):
    FACE_TO_FACE = "face_to_face", _("Face-to-face")
    ONLINE = "online", _("Online")


class MatchingSettings(models.Model):
    """The secretariat's weights and rules for one call, shown on the matching screen."""

    class Mode(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one")
        CAPACITY = "capacity", _("Mentors take several mentees")
        GROUP = "group", _("Group mentoring (teams of mentors)")

    call = models.OneToOneField("programs.CallPage", on_delete=models.CASCADE, related_name="matching_settings")
    mode = models.CharField(_("mode"), max_length=20, choices=Mode.choices, default=Mode.ONE_TO_ONE)
    mentor_capacity = models.PositiveSmallIntegerField(_("mentees per mentor"), default=1)
    weight_themes = models.FloatField(_("weight: shared themes"), default=Weights.themes)
    weight_text = models.FloatField(_("weight: need fits expertise (text)"), default=Weights.text)
    weight_language = models.FloatField(_("weight: common language"), default=Weights.language)
    weight_format = models.FloatField(_("weight: compatible format"), default=Weights.format)
    weight_other_institution = models.FloatField(_("weight: different institutions"), default=Weights.other_institution)
    require_other_institution = models.BooleanField(_("mentor must be from another institution"), default=True)
    required_preparation = models.CharField(
        _("preparation required before matching"), max_length=20, choices=RequiredPreparation.choices,
        default=RequiredPreparation.NONE,
        help_text=_("Mentor training for mentors, mentee preparation for mentees: who lacks it is not proposed and cannot be matched."),
    )
    matching_closed_at = models.DateTimeField(_("matching closed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("matching settings")
        verbose_name_plural = _("matching settings")

    def __str__(self):
        return str(self.call)

    def weights(self) -> Weights:
        return Weights(
            themes=self.weight_themes,
            text=self.weight_text,
            language=self.weight_language,
            format=self.weight_format,
            other_institution=self.weight_other_institution,
            require_other_institution=self.require_other_institution,
        )


class ExcludedPair(models.Model):
    """A secretariat rule: never propose this mentee with this mentor."""

    settings = models.ForeignKey(MatchingSettings, on_delete=models.CASCADE, related_name="excluded_pairs", verbose_name=_("matching settings"))
    mentee = models.ForeignKey("programs.Application", verbose_name=_("mentee"), on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey("programs.Application", verbose_name=_("mentor"), on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("excluded pair")
        verbose_name_plural = _("excluded pairs")
        constraints = [models.UniqueConstraint(fields=["settings", "mentee", "mentor"], name="unique_excluded_pair")]


class MentoringGroup(models.Model):
    """A team of 2-3 mentors that the optimiser fills with mentees (group mentoring)."""

    call = models.ForeignKey("programs.CallPage", verbose_name=_("call"), on_delete=models.PROTECT, related_name="mentoring_groups")
    name = models.CharField(_("name"), max_length=150)
    mentors = models.ManyToManyField("programs.Application", verbose_name=_("mentors"), related_name="mentor_groups")
    capacity = models.PositiveSmallIntegerField(_("mentees, at most"), default=6)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("mentoring group")
        verbose_name_plural = _("mentoring groups")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Match(models.Model):
    call = models.ForeignKey("programs.CallPage", verbose_name=_("call"), on_delete=models.PROTECT, related_name="matches")
    mentee = models.ForeignKey("programs.Application", verbose_name=_("mentee"), on_delete=models.PROTECT, related_name="mentee_matches")
    mentor = models.ForeignKey(
        "programs.Application", verbose_name=_("mentor"), on_delete=models.PROTECT, related_name="mentor_matches", null=True, blank=True
    )
    group = models.ForeignKey(
        MentoringGroup, verbose_name=_("group"), on_delete=models.PROTECT, related_name="matches", null=True, blank=True
    )
    state = models.CharField(_("state"), max_length=20, choices=match_states.STATE_CHOICES, default=match_states.PROPOSED)
    score = models.FloatField(_("score"), null=True, blank=True, help_text=_("Empty for a manual match."))
    explanation = models.JSONField(_("why suggested"), default=list, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    format = models.CharField(_("format"), max_length=20, choices=MeetingFormat.choices + [("either", _("Either"))], default="either")
    conditions = models.TextField(_("conditions"), blank=True, help_text=_("What is expected of each party (Article 6)."))
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    #: Set when retention or an erasure request removed what the people wrote (programs.privacy.anonymise).
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # A mentee application belongs to one call, so this is "one live match per mentee per call".
            models.UniqueConstraint(fields=["mentee"], condition=~models.Q(state="cancelled"), name="one_live_match_per_mentee"),
            models.CheckConstraint(
                condition=models.Q(start_date__isnull=True) | models.Q(end_date__isnull=True) | models.Q(end_date__gt=models.F("start_date")),
                name="match_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=(models.Q(mentor__isnull=False) & models.Q(group__isnull=True))
                | (models.Q(mentor__isnull=True) & models.Q(group__isnull=False)),
                name="match_has_a_mentor_or_a_group",
            ),
        ]

    def __str__(self):
        other = self.mentor.name if self.mentor_id else (self.group.name if self.group_id else "?")
        return f"{self.mentee.name} ↔ {other}"

    @property
    def state_label(self):
        return match_states.STATE_LABELS[self.state]

    #: States in which the secretariat may still change the assignment (dates, format, conditions).
    EDITABLE_STATES = (match_states.PROPOSED, match_states.AWAITING_CONSENT)
    #: An assignment's dates, when set or changed: from a year ago to three years ahead (no year 1 or 9999,
    #: whose arithmetic overflows when feedback dates are worked out).
    DATE_WINDOW = {"years_back": 1, "years_ahead": 3}

    def clean(self):
        """Checked by every form that edits a match, whichever screen it is on: the assignment is what the
        parties consent to, so once agreed it changes only through an extension (or a withdrawn consent)."""
        super().clean()
        stored = {} if self._state.adding else (
            Match.objects.filter(pk=self.pk).values("start_date", "end_date", "format", "conditions").first() or {}
        )
        errors = {}
        for name in ("start_date", "end_date"):
            value = getattr(self, name)
            if value is not None and value != stored.get(name):
                try:
                    check_date_window(value, **self.DATE_WINDOW)
                except ValidationError as error:
                    errors[name] = error.messages
        if errors:
            raise ValidationError(errors)
        if self.start_date and self.end_date and self.end_date <= self.start_date:
            raise ValidationError({"end_date": _("The end date must be after the start date.")})
        if self._state.adding or self.state in self.EDITABLE_STATES:
            return
        if any(getattr(self, name) != value for name, value in stored.items()):
            raise ValidationError(_("After confirmation the dates change only through an extension."))

    def current_consents(self) -> dict:
        """{party: the consent in force}; withdrawn consents do not count."""
        return {c.party: c for c in self.consents.all() if c.withdrawn_on is None}

    def missing_parties(self) -> list[str]:
        given = self.current_consents()
        return [party for party in Party.values if party not in given]


class WrittenAgreement(models.Model):
    """Who agreed, when, how, with the signed paper if there is one (private storage)."""

    given_on = models.DateField(_("date given"))
    method = models.CharField(_("method"), max_length=20, choices=ConsentMethod.choices)
    document = models.FileField(_("document"), storage=private_storage, upload_to="consents/%Y/%m/", max_length=255, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("recorded by"), null=True, on_delete=models.SET_NULL, related_name="+")
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        abstract = True


class Consent(WrittenAgreement):
    """One written consent; kept after withdrawal so the history stays complete."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="consents", verbose_name=_("match"))
    party = models.CharField(_("party"), max_length=30, choices=Party.choices)
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    privacy_notice = models.ForeignKey(
        "home.PrivacyNoticeVersion", verbose_name=_("privacy notice version"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+", help_text=_("Empty: agreed before notice versions were kept."),
    )
    privacy_agreed_at = models.DateTimeField(_("privacy notice agreed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["recorded_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["match", "party"], condition=models.Q(withdrawn_on__isnull=True), name="one_current_consent_per_party"
            ),
        ]

    def __str__(self):
        return f"{self.get_party_display()} · {self.given_on:%d.%m.%Y}"


class Extension(models.Model):
    """A longer assignment; applied only once both institutions have agreed."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="extensions", verbose_name=_("match"))
    previous_end_date = models.DateField(_("previous end date"))
    new_end_date = models.DateField(_("new end date"))
    reason = models.TextField(_("reason"))
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("requested by"))
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)

    class Meta:
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")
        ordering = ["requested_at", "pk"]

    def __str__(self):
        return f"{self.previous_end_date:%d.%m.%Y} → {self.new_end_date:%d.%m.%Y}"


class ExtensionAgreement(WrittenAgreement):
    extension = models.ForeignKey(Extension, on_delete=models.CASCADE, related_name="agreements", verbose_name=_("extension"))
    party = models.CharField(_("party"), max_length=30, choices=[(p.value, p.label) for p in INSTITUTION_PARTIES])

    class Meta:
        verbose_name = _("extension agreement")
        verbose_name_plural = _("extension agreements")
        constraints = [models.UniqueConstraint(fields=["extension", "party"], name="one_agreement_per_party")]


class MatchNotification(models.Model):
    """An e-mail already sent about a match; its uniqueness prevents a second one."""

    match = models.ForeignKey(Match, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("match"))
    kind = models.CharField(max_length=40)
    recipient = models.EmailField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("match e-mail")
        verbose_name_plural = _("match e-mails")
        constraints = [models.UniqueConstraint(fields=["match", "kind", "recipient"], name="one_match_email")]
