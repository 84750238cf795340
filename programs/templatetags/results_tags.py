"""The home page's key figures: the whole programme's numbers and a link to its results page."""

from django import template
from django.utils import translation

from portal.public_pages import unrestricted
from programs.results import figures
from programs.results.pages import HOME_DEPTH, ResultsPage

register = template.Library()


@register.inclusion_tag("programs/results/key_figures_section.html", takes_context=True)
def key_figures_section(context, heading=""):
    """Two queries at most with a cold cache (the figures' one, the results page), whatever the numbers."""
    language = translation.get_language()
    results = ResultsPage.objects.live().filter(unrestricted(), depth=HOME_DEPTH + 1, locale__language_code=language).first()
    return {"figures": figures.headline(), "results": results, "heading": heading, "request": context.get("request")}
