"""The library on other pages: the home page's latest good practices (the block lives in ``home.sections``)."""

from django import template

from home.sections import section_index
from resources.library import GOOD_PRACTICE, LibraryFilters, ResourceIndexPage, latest_good_practices

register = template.Library()


@register.simple_tag(takes_context=True)
def home_good_practices(context, count):
    """The newest good practices of the home page's library and the query that filters the library to them;
    None when the home page has no live, public library."""
    index = section_index(context.get("page"), ResourceIndexPage, context.get("request"))
    if index is None:
        return None
    return {"index": index, "items": latest_good_practices(index, count), "query": LibraryFilters(type=GOOD_PRACTICE).querystring()}
