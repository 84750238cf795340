"""The moderation bar of wagtail-localize's translation editor (see home/translation_moderation.py)."""

from django import template
from wagtail.models import Page

from home.translation_moderation import moderation_context

register = template.Library()


@register.inclusion_tag("home/admin/translation_moderation.html", takes_context=True)
def translation_moderation(context, instance):
    request = context["request"]
    if not isinstance(instance, Page):
        return {"show": False}
    return {"show": True, "csrf_token": context.get("csrf_token"), **moderation_context(request, instance)}
