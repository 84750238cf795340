"""Serializers the models name in their `api_fields` (the public API, home/api.py); kept apart so that
models import nothing of the API's views."""

from rest_framework import serializers

from home.taxonomy import page_themes


class ThemesField(serializers.Field):
    """A page's themes as [{"slug", "name"}], in the page's language."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        # A page may point at theme rows of another language: only the rows of the page's own are shown.
        return [{"slug": theme.slug, "name": theme.name} for theme in page_themes(page, fallback=False)]
