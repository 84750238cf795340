from .pages import HomePage, StandardPage
from .site import SiteSettings, SiteText

__all__ = ["HomePage", "StandardPage", "SiteSettings", "SiteText"]
