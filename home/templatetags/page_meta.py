"""Meta description and link-preview image for any page type, without per-template blocks."""

from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator

register = template.Library()

DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_text")


@register.simple_tag
def page_description(page):
    """The editor's search description, else the page's own summary or introduction."""
    for name in DESCRIPTION_FIELDS:
        text = strip_tags(str(getattr(page, name, "") or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(300)
    return ""


@register.simple_tag
def social_image(page):
    return getattr(page, "social_image", None) or getattr(page, "hero_image", None)
