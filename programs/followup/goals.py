"""A match's development plan: its goals, the progress noted at meetings and how far each got at feedback time.

Records only: the rules (2–5 goals, which states may change the plan, that a goal belongs to the meeting's or
the feedback's match) are in `programs.followup.plans`, called by every screen. In group mentoring each mentee
has their own match, so their own plan.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.cleaning import clean_texts, validate_texts

#: The longest goal title and description a person may write.
TITLE_MAX = 150
DESCRIPTION_MAX = 1000
NOTE_MAX = 1000


class GoalStatus(models.TextChoices):
    NOT_STARTED = "not_started", pgettext_lazy("goal", "Not started")
    IN_PROGRESS = "in_progress", pgettext_lazy("goal", "In progress")
    REACHED = "reached", pgettext_lazy("goal", "Reached")
    DROPPED = "dropped", pgettext_lazy("goal", "Dropped")


class Goal(models.Model):
    """One goal of a match's plan. A goal with progress notes or feedback answers is never deleted: taking it
    out of the plan marks it dropped, so the meetings and feedback that mention it still make sense."""

    class CreatedBy(models.TextChoices):
        MENTEE = "mentee", _("Mentee")
        SECRETARIAT = "secretariat", _("Secretariat")

    match = models.ForeignKey("programs.Match", on_delete=models.CASCADE, related_name="goals", verbose_name=_("match"))
    title = models.CharField(_("goal"), max_length=TITLE_MAX)
    description = models.TextField(_("what success looks like"), blank=True, max_length=DESCRIPTION_MAX)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    created_by = models.CharField(_("written by"), max_length=20, choices=CreatedBy.choices)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    status = models.CharField(_("progress"), max_length=20, choices=GoalStatus.choices, default=GoalStatus.NOT_STARTED)
    status_updated_at = models.DateTimeField(_("progress updated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("development goal")
        verbose_name_plural = _("development goals")
        ordering = ["match_id", "order", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        validate_texts(self, single_line=["title"], multi_line=["description"])

    def save(self, *args, **kwargs):
        clean_texts(self, ["title"], ["description"])
        super().save(*args, **kwargs)


class GoalProgress(models.Model):
    """What a meeting moved on one goal: a short note and the goal's status after the meeting."""

    meeting = models.ForeignKey("programs.Meeting", on_delete=models.CASCADE, related_name="goal_progress", verbose_name=_("meeting"))
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="progress", verbose_name=_("development goal"))
    note = models.TextField(_("progress note"), blank=True, max_length=NOTE_MAX)
    status = models.CharField(_("status after the meeting"), max_length=20, choices=GoalStatus.choices)
    created_at = models.DateTimeField(_("noted at"), default=timezone.now)

    class Meta:
        verbose_name = _("progress on a goal")
        verbose_name_plural = _("progress on goals")
        ordering = ["meeting__held_on", "meeting_id", "pk"]
        constraints = [models.UniqueConstraint(fields=["meeting", "goal"], name="one_progress_per_goal_and_meeting")]

    def save(self, *args, **kwargs):
        clean_texts(self, multi_line=["note"])
        super().save(*args, **kwargs)


class GoalRating(models.Model):
    """One feedback answer's view of one goal: how far it got."""

    class Level(models.TextChoices):
        NOT_STARTED = "not_started", pgettext_lazy("goal", "Not started")
        SOME = "some", _("Some progress")
        MOSTLY = "mostly", _("Mostly reached")
        REACHED = "reached", pgettext_lazy("goal", "Reached")

    feedback = models.ForeignKey("programs.Feedback", on_delete=models.CASCADE, related_name="goal_ratings", verbose_name=_("feedback"))
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="ratings", verbose_name=_("development goal"))
    level = models.CharField(_("how far it got"), max_length=20, choices=Level.choices)

    class Meta:
        verbose_name = _("goal in feedback")
        verbose_name_plural = _("goals in feedback")
        ordering = ["feedback_id", "goal__order", "goal_id"]
        constraints = [models.UniqueConstraint(fields=["feedback", "goal"], name="one_rating_per_goal_and_feedback")]
