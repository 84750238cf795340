"""Calls on other pages: the home page's open calls and a programme's calls."""

from django import template
from django.utils import timezone, translation

from home.sections import section_index
from portal.public_pages import cards, listing
from programs.calls.listing import calls_for_programme, open_calls
from programs.models import CallIndexPage

register = template.Library()


@register.inclusion_tag("programs/includes/home_open_calls.html", takes_context=True)
def open_calls_section(context, limit=6):
    language = translation.get_language()
    # Among the home page's children, which the menu or the other sections read anyway (no query of its own).
    index = section_index(context.get("page"), CallIndexPage, context.get("request"))
    # Deadline first: the call closing soonest is the most urgent; standing calls last.
    calls = listing("programs.open_calls", _open_call_cards, language, timezone.now())
    calls = sorted(calls, key=lambda call: (call.closes_at is None, call.closes_at or call.opens_at))
    return {"calls": calls[:limit], "index": index, "request": context.get("request")}


def _open_call_cards(language, now):
    return cards(open_calls(language, now), "opens_at", "closes_at", "results_announced_at", "intro")


@register.simple_tag
def programme_calls(programme):
    """Open and upcoming calls first, then the rest, newest first."""
    order = {"open": 0, "upcoming": 1, "closed": 2, "announced": 3}
    return sorted(calls_for_programme(programme), key=lambda call: (order[call.state()], -call.opens_at.timestamp()))


@register.filter
def join_if_list(value):
    """Answers to multiple-choice questions are lists; show them as one line."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    return value
