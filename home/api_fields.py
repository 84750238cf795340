"""Serializers the models name in their `api_fields` (the public API, home/api.py); kept apart so that
models import nothing of the API's views."""

from rest_framework import serializers

from home.taxonomy import Theme


class ThemesField(serializers.Field):
    """A page's themes as [{"slug", "name"}], in the page's language."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        # A page may point at theme rows of another language: show the rows of the page's own.
        keys = [theme.translation_key for theme in page.themes.all()]
        themes = Theme.objects.filter(locale_id=page.locale_id, translation_key__in=keys).order_by("name")
        return [{"slug": theme.slug, "name": theme.name} for theme in themes]
