"""Keep the index to what anyone may read.

Wagtail re-indexes a page on every save but never takes one out when it
stops qualifying (`SearchableMixin.get_indexed_objects`): unpublishing,
expiry and a new view restriction must remove it, and lifting a
restriction must put the pages back.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_unpublished


def refresh_page(page: Page) -> None:
    """Index the page if it qualifies, remove it otherwise."""
    specific = page.specific
    if index.get_indexed_instance(specific) is not None:
        index.insert_or_update_object(specific)
    else:
        index.remove_object(specific)


def refresh_subtree(page: Page) -> None:
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        refresh_page(descendant)


def _on_unpublished(sender, instance, **kwargs):
    index.remove_object(instance)


def _on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None while the page itself is being deleted
        refresh_subtree(page)


def connect() -> None:
    page_unpublished.connect(_on_unpublished, dispatch_uid="search_unpublished")
    post_save.connect(_on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(_on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
