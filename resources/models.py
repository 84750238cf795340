"""Every model of the library, gathered here because Django loads an app's models from `<app>.models`."""

from resources.library import ResourceIndexPage
from resources.pages import (
    AttachmentBlock,
    Audience,
    Country,
    GoodPracticePage,
    LibraryItemMixin,
    MaterialLanguage,
    MaterialType,
    Scope,
    TrainingMaterialPage,
)

__all__ = [
    "AttachmentBlock",
    "Audience",
    "Country",
    "GoodPracticePage",
    "LibraryItemMixin",
    "MaterialLanguage",
    "MaterialType",
    "ResourceIndexPage",
    "Scope",
    "TrainingMaterialPage",
]
