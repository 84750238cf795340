"""Admin URLs that replace a Wagtail or wagtail-localize view with a subclass (see home/translation_moderation.py).

Included before Wagtail's admin URLs in portal/urls.py, at the same paths, so every link Wagtail and
wagtail-localize reverse (``wagtailadmin_pages:workflow_action``, ``wagtail_localize:update_translations``)
reaches these views. Wrapped like Wagtail's own admin URLs.
"""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access

from home.translation_moderation import ModeratedUpdateTranslationsView, WorkflowActionWithMessageView


def admin_view(view):
    return never_cache(require_admin_access(view))


urlpatterns = [
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        admin_view(WorkflowActionWithMessageView.as_view()),
        name="portal_workflow_action",
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        admin_view(ModeratedUpdateTranslationsView.as_view()),
        name="portal_update_translations",
    ),
]
