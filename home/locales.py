"""Wagtail locales follow the settings' languages."""

from django.conf import settings
from wagtail.models import Locale


def ensure_locales(**kwargs):
    """One Wagtail locale per configured language (after every migrate), so adding a language is
    configuration plus translation files only."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
