"""Matching scores as the secretariat reads them: two decimals in the admin's
number format ("0,64" in Turkish, "0.64" in English), everywhere a score is shown."""

from django import template
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

register = template.Library()

#: Scores lie in 0..1 with the default weights; a call's own weights may take a pair above 1,
#: so they are shown as numbers, not as percentages.
SCORE_DECIMALS = 2


def format_score(value) -> str:
    """A score (or a sum of scores) rounded and localised; "" for none."""
    if value is None or value == "":
        return ""
    return floatformat(value, SCORE_DECIMALS)


@register.filter
def score(value):
    return format_score(value)


@register.filter
def percent(value, decimals=1):
    """A percentage in the language's order: "%2,2" in Turkish, "2.2%" in English."""
    if value is None or value == "":
        return ""
    return _("%(value)s%%") % {"value": floatformat(value, decimals)}
