"""Every model of the `programs` app, gathered here because Django loads an app's models from `<app>.models`.

Each domain package owns its records: `programs.calls` (programme and call
pages), `programs.applications`, `programs.matching`, `programs.followup` (meetings, feedback, development plans in
`followup.goals`), `programs.events` (event registration), `programs.preparation` (preparation before matching), `programs.claims` (travel claims),
`programs.results` (results and open-data pages);
themes and institutions are in `home.taxonomy` (pages of every app use them)
but keep the `programs` app label, so tables and migrations are unchanged.
"""

from home.taxonomy import Institution, Theme
from programs.applications.models import Application, ApplicationAttachment, ApplicationDraft, ApplicationEvent, ReferenceCounter
from programs.calls.listing import CallIndexPage
from programs.calls.models import CallPage, CallQuestion
from programs.calls.programmes import ProgramIndexPage, ProgramPage
from programs.claims.models import Claim, ClaimLine, ClaimReceipt, DailyRate
from programs.events.models import EventRegistration
from programs.followup.goals import Goal, GoalProgress, GoalRating
from programs.followup.models import Feedback, GoodPracticeProposal, Meeting
from programs.matching.models import (
    Consent,
    ConsentMethod,
    ExcludedPair,
    Extension,
    ExtensionAgreement,
    Match,
    MatchingSettings,
    MatchNotification,
    MeetingFormat,
    MentoringGroup,
    Party,
)
from programs.preparation.models import PreparationRecord
from programs.privacy.access_log import AccessRecord
from programs.privacy.requests import DataSubjectRequest
from programs.privacy.rules import RetentionRule
from programs.reminders.models import ReminderPreference
from programs.results.pages import OpenDataPage, ResultsPage
from programs.sent_email import SentEmail

__all__ = [
    "AccessRecord",
    "Application",
    "ApplicationAttachment",
    "ApplicationDraft",
    "ApplicationEvent",
    "CallIndexPage",
    "CallPage",
    "CallQuestion",
    "Claim",
    "ClaimLine",
    "ClaimReceipt",
    "Consent",
    "DataSubjectRequest",
    "EventRegistration",
    "ConsentMethod",
    "DailyRate",
    "ExcludedPair",
    "Extension",
    "ExtensionAgreement",
    "Feedback",
    "Goal",
    "GoalProgress",
    "GoalRating",
    "GoodPracticeProposal",
    "Institution",
    "Match",
    "MatchNotification",
    "MatchingSettings",
    "Meeting",
    "MeetingFormat",
    "MentoringGroup",
    "OpenDataPage",
    "Party",
    "PreparationRecord",
    "ProgramIndexPage",
    "ReminderPreference",
    "ProgramPage",
    "ReferenceCounter",
    "ResultsPage",
    "RetentionRule",
    "SentEmail",
    "Theme",
]
