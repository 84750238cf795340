from .applications import Application, ApplicationAttachment, ApplicationDraft, ApplicationEvent, ReferenceCounter
from .calls import CallIndexPage, CallPage, CallQuestion
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
    "Institution",
    "ProgramIndexPage",
    "ProgramPage",
    "ReferenceCounter",
    "Theme",
]
