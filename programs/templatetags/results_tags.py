"""The home page's key figures: the whole programme's numbers and a link to its results page."""

from django import template

from home.sections import section_index
from programs.results import figures
from programs.results.pages import ResultsPage

register = template.Library()


@register.inclusion_tag("programs/results/key_figures_section.html", takes_context=True)
def key_figures_section(context, heading=""):
    """One query with a cold cache (the figures'); the results page is found among the home page's children,
    which the menu or another section has read already (``home.sections.section_index``)."""
    request = context.get("request")
    results = section_index(context.get("page"), ResultsPage, request)
    found = figures.headline()
    # Nothing to show on a new site; a suppressed figure (None) means there is something.
    shown = any(figure.value != 0 for figure in found)
    return {"figures": found, "shown": shown, "results": results, "heading": heading, "request": request}
