from .applications import Application, ApplicationAttachment, ApplicationDraft, ApplicationEvent, ReferenceCounter
from .calls import CallIndexPage, CallPage, CallQuestion
from .matches import (
    Consent,
    ConsentMethod,
    ExcludedPair,
    Extension,
    ExtensionAgreement,
    Feedback,
    Match,
    MatchingSettings,
    MatchNotification,
    Meeting,
    MeetingFormat,
    MentoringGroup,
    Party,
)
from .pages import ProgramIndexPage, ProgramPage
from .taxonomy import Institution, Theme

__all__ = [
    "Application",
    "ApplicationAttachment",
    "ApplicationDraft",
    "ApplicationEvent",
    "CallIndexPage",
    "CallPage",
    "CallQuestion",
    "Consent",
    "ConsentMethod",
    "ExcludedPair",
    "Extension",
    "ExtensionAgreement",
    "Feedback",
    "Institution",
    "Match",
    "MatchNotification",
    "MatchingSettings",
    "Meeting",
    "MeetingFormat",
    "MentoringGroup",
    "Party",
    "ProgramIndexPage",
    "ProgramPage",
    "ReferenceCounter",
    "Theme",
]
