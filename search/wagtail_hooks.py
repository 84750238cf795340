from wagtail import hooks

from search.admin_search import PortalPageViewSet


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """Replaces Wagtail's default page viewset (registered with order -1) for every page type."""
    return PortalPageViewSet()
