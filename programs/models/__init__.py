from .pages import ProgramIndexPage, ProgramPage
from .taxonomy import Institution, Theme

__all__ = ["Institution", "ProgramIndexPage", "ProgramPage", "Theme"]
