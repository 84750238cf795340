"""Pages anyone may read, in the same query as the listing (issue 14).

Wagtail's ``PageQuerySet.public()`` first reads every view restriction (one query each time it is called), then
excludes each restricted page's subtree. A listing, the menu and a feed on one page each paid that query. This
condition says the same inside the listing's own query: no view restriction on the page or on any ancestor,
an ancestor being a page whose ``path`` starts this page's ``path`` (Wagtail's tree).
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def unrestricted() -> Exists:
    """``pages.filter(unrestricted())`` is ``pages.public()`` without the query before it."""
    on_page_or_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return ~Exists(on_page_or_above)
