"""What follows a confirmed match: logged meetings and feedback answers (regulation, Article 7).

Rules for a meeting are in `programs.followup.meetings`, feedback scheduling in
`programs.followup.feedback`; these are records.
"""

from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from portal.cleaning import clean_texts, validate_texts
from programs.followup.meetings import check_meeting
from programs.matching.models import MeetingFormat


class Meeting(models.Model):
    class LoggedBy(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        MENTOR = "mentor", _("Mentor")
        MENTEE = "mentee", _("Mentee")

    match = models.ForeignKey("programs.Match", on_delete=models.CASCADE, related_name="meetings", verbose_name=_("match"))
    held_on = models.DateField(_("date"))
    format = models.CharField(_("format"), max_length=20, choices=MeetingFormat.choices)
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"))
    topic = models.CharField(_("topic"), max_length=200)
    notes = models.TextField(_("short notes"), blank=True, max_length=2000)
    logged_by = models.CharField(_("logged by"), max_length=20, choices=LoggedBy.choices, default=LoggedBy.SECRETARIAT)
    created_at = models.DateTimeField(_("logged at"), default=timezone.now)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"{self.held_on:%d.%m.%Y} · {self.topic}"

    def clean(self):
        """The same rules as the match page and the private link, also for the Meetings admin. A meeting moved
        to another match is checked as if logged there: the generic edit view offers the match."""
        match = self.match if self.match_id else None
        clean_texts(self, ["topic"], ["notes"])
        moved = not self._state.adding and Meeting.objects.filter(pk=self.pk).exclude(match_id=self.match_id).exists()
        check_meeting(match, self.held_on, self.duration_minutes, adding=self._state.adding or moved, topic=self.topic or None)

    def save(self, *args, **kwargs):
        clean_texts(self, ["topic"], ["notes"])  # typed through a private link: no control characters kept
        super().save(*args, **kwargs)


class Feedback(models.Model):
    """A feedback request (midpoint or final) and, once answered, the answer.

    One row per match, respondent and stage: the unique constraint is what
    makes the scheduled command send each request once only.
    """

    class Respondent(models.TextChoices):
        MENTOR = "mentor", _("Mentor")
        MENTEE = "mentee", _("Mentee")

    class Stage(models.TextChoices):
        MIDPOINT = "midpoint", _("Midpoint")
        FINAL = "final", _("Final")

    match = models.ForeignKey("programs.Match", on_delete=models.CASCADE, related_name="feedback", verbose_name=_("match"))
    respondent = models.CharField(_("respondent"), max_length=10, choices=Respondent.choices)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    sent_at = models.DateTimeField(_("requested at"), default=timezone.now)
    submitted_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(_("overall rating (1-5)"), null=True, blank=True)
    went_well = models.TextField(_("what went well"), blank=True, max_length=3000)
    to_improve = models.TextField(_("what could be better"), blank=True, max_length=3000)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-sent_at"]
        constraints = [models.UniqueConstraint(fields=["match", "respondent", "stage"], name="one_feedback_per_stage")]

    def clean(self):
        validate_texts(self, multi_line=["went_well", "to_improve"])

    def save(self, *args, **kwargs):
        clean_texts(self, multi_line=["went_well", "to_improve"])
        super().save(*args, **kwargs)


class GoodPracticeProposal(models.Model):
    """What a participant of a completed match proposed as a good practice, and the draft page made of it.

    One per match and side (the unique constraint); the rules are in `programs.followup.proposals`. The
    draft page belongs to the editors from then on: it is reviewed and published through the moderation
    workflow, or deleted (the link then becomes empty), and never changes this record.
    """

    match = models.ForeignKey("programs.Match", on_delete=models.CASCADE, related_name="good_practice_proposals", verbose_name=_("match"))
    respondent = models.CharField(_("proposed by"), max_length=10, choices=Feedback.Respondent.choices)
    problem = models.TextField(_("the problem"), max_length=600)
    what_was_done = models.TextField(_("what was done"), max_length=3000)
    result = models.TextField(_("the result"), max_length=3000)
    to_repeat = models.TextField(_("what another municipality needs to repeat it"), max_length=2000)
    consent_to_be_named = models.BooleanField(_("may be named with their institution"))
    language = models.CharField(_("language"), max_length=10)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("draft page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)

    TEXTS = ("problem", "what_was_done", "result", "to_repeat")

    class Meta:
        verbose_name = _("good-practice proposal")
        verbose_name_plural = _("good-practice proposals")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["match", "respondent"], name="one_good_practice_proposal_per_side")]

    def __str__(self):
        return Truncator(self.problem).chars(80) or f"#{self.pk}"

    def clean(self):
        validate_texts(self, multi_line=list(self.TEXTS))

    def save(self, *args, **kwargs):
        clean_texts(self, multi_line=list(self.TEXTS))
        super().save(*args, **kwargs)
