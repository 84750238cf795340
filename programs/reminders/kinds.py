"""Imports every module that registers a reminder kind, so the registry is full once the app is ready."""

from programs.applications import reminders as application_reminders  # noqa: F401  draft_before_close
from programs.claims import reminders as claim_reminders  # noqa: F401  claims_waiting
from programs.events import reminders as event_reminders  # noqa: F401  event_day_before
from programs.followup import reminders as followup_reminders  # noqa: F401  no_meeting_logged
from programs.matching import reminders as matching_reminders  # noqa: F401  consents_pending, assignment_ending
