"""For Wagtail's sign-in page (templates/wagtailadmin/login.html)."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def second_factor_relaxed() -> bool:
    """Development settings let every account sign in with its password alone; the page says so."""
    return not settings.STAFF_SECOND_FACTOR_REQUIRED
