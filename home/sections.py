"""The home page's sections below the open calls: key figures, the latest good practices, the next events, the latest news.

Communications chooses in the admin which sections the home page shows and in which order (``HomePage.sections``,
one block per section, each at most once); a section left out is not shown. A section lists the newest live,
public items of its index page, the home page's child in the same language, and links to that index.

Queries stay fixed whatever the number of cards: one per section for its items, and the index pages read once
per request (none when they are in the main menu the routing already read, ``home.routing``). Cards show no
image: no listing of these pages on the site shows one.

Adding a section is one line in ``HomeSectionsBlock`` (with its block class and template). Good practices
belong to ``resources``, which ``home`` does not import: their block only names a template of that app, which
reads its cards through the ``resources_tags`` library (as the open calls come from ``programs_tags``).
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Page

from home.models.events import EventIndexPage, EventPage
from home.models.news import NewsIndexPage, NewsPage
from home.routing import main_menu
from portal.public_pages import cards, children_at, listing, unrestricted

DEFAULT_COUNT = 3
MAX_COUNT = 12
CHILDREN = "_portal_section_indexes"


class SectionBlock(blocks.StructBlock):
    """What every section has: an optional heading of the editor's own and how many cards to show."""

    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=120, help_text=_("Leave empty to use the usual heading.")
    )
    count = blocks.IntegerBlock(label=_("Number of items"), default=DEFAULT_COUNT, min_value=1, max_value=MAX_COUNT)

    #: The heading when the editor gives none.
    default_heading = ""

    class Meta:
        icon = "list-ul"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["heading"] = value["heading"] or self.default_heading
        return context


class HomeListingBlock(SectionBlock):
    """A section of pages of this app: ``items`` under the home page's ``index_model`` child."""

    index_model: type[Page] = Page

    def items(self, index, count: int) -> list:
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        index = section_index(context.get("page"), self.index_model, context.get("request"))
        context.update(index=index, items=self.items(index, value["count"]) if index else [])
        return context


class KeyFiguresBlock(blocks.StructBlock):
    """The whole programme's key figures, from the results data (``programs.results``, which ``home`` does not
    import: its template reads them through the ``results_tags`` library), with a link to the results page."""

    heading = blocks.CharBlock(
        label=_("Heading"), required=False, max_length=120, help_text=_("Leave empty to use the usual heading.")
    )

    class Meta:
        label = _("The programme in figures")
        icon = "table"
        template = "programs/results/home_key_figures.html"


class GoodPracticesBlock(SectionBlock):
    default_heading = _("Latest good practices")

    class Meta:
        label = _("Latest good practices")
        icon = "doc-full"
        template = "resources/blocks/home_good_practices.html"


class EventsBlock(HomeListingBlock):
    default_heading = _("Upcoming events")
    index_model = EventIndexPage

    class Meta:
        label = _("Upcoming events")
        icon = "date"
        template = "home/blocks/home_events.html"

    def items(self, index, count):
        return upcoming_events(index, count)


class NewsBlock(HomeListingBlock):
    default_heading = _("Latest news")
    index_model = NewsIndexPage

    class Meta:
        label = _("Latest news")
        icon = "info-circle"
        template = "home/blocks/home_news.html"

    def items(self, index, count):
        return latest_news(index, count)


class HomeSectionsBlock(blocks.StreamBlock):
    """The sections, one line each; the order of the blocks on a page is the order of its sections."""

    key_figures = KeyFiguresBlock()
    good_practices = GoodPracticesBlock()
    events = EventsBlock()
    news = NewsBlock()

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(local_blocks, **kwargs)
        self.meta.block_counts = {name: {"max_num": 1} for name in self.child_blocks}  # each section once


def default_sections() -> list:
    """A new home page shows every section, in the order they are declared, with the usual number of cards."""
    return [
        (name, {"heading": ""} if name == "key_figures" else {"heading": "", "count": DEFAULT_COUNT})
        for name in HomeSectionsBlock.base_blocks
    ]


def section_index(home, model, request=None):
    """``model``'s live, public page among ``home``'s children (so in its language), or None."""
    if not isinstance(home, Page) or not home.pk:
        return None
    wanted = ContentType.objects.get_for_model(model).pk
    menu = main_menu(request) if request is not None else None
    candidates = [page for page in menu or () if page.path.startswith(home.path) and page.depth == home.depth + 1]
    found = next((page for page in candidates if page.content_type_id == wanted), None)
    if found is None:
        if not hasattr(home, CHILDREN):  # one query for every section of the page
            setattr(home, CHILDREN, list(home.get_children().live().filter(unrestricted()).select_related("locale")))
        found = next((page for page in getattr(home, CHILDREN) if page.content_type_id == wanted), None)
    return found


def upcoming_events(index, count: int, now=None) -> list:
    """Events not yet over, soonest first: an event in progress is still coming (as ``EventIndexPage.upcoming``)."""

    def build(path, depth, locale_id, now):
        events = children_at(EventPage, path, depth).filter(locale_id=locale_id, ends_at__gte=now)
        return cards(events, "starts_at", "ends_at", "location", "summary").order_by("starts_at", "pk")[:count]

    return listing(f"home.upcoming_events.{count}", build, index.path, index.depth + 1, index.locale_id, now or timezone.now())


def latest_news(index, count: int) -> list:
    def build(path, depth, locale_id):
        news = children_at(NewsPage, path, depth).filter(locale_id=locale_id)
        return cards(news, "date", "intro").order_by("-date", "-pk")[:count]

    return listing(f"home.latest_news.{count}", build, index.path, index.depth + 1, index.locale_id)
