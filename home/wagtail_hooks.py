from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home import translation_moderation
from home.two_step import views as two_step


@hooks.register("insert_global_admin_js")
def admin_widgets_without_inline_script():
    """Wagtail's widgets and panels are initialised from this file (see home/admin_csp.py):
    the admin's CSP blocks inline scripts."""
    return format_html('<script src="{}" defer></script>', static("js/admin-csp-init.js"))


@hooks.register("before_edit_page", order=-1)  # ahead of wagtail-localize's translation editor
def submit_synced_translation_for_moderation(request, page):
    """ "Submit to <workflow>" from wagtail-localize's translation editor (home/translation_moderation.py)."""
    return translation_moderation.before_edit_page(request, page)


@hooks.register("insert_editor_js")
def editor_field_names():
    """Accessible names for Draftail text boxes and bare StreamField blocks (static/js/admin-field-names.js)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-field-names.js"))


@hooks.register("register_admin_urls")
def two_step_urls():
    """Two-step verification (home/two_step/); the middleware lets a user who still has to verify reach these."""
    return [
        path("two-step/", two_step.overview, name="two_step"),
        path("two-step/verify/", two_step.verify, name="two_step_verify"),
        path("two-step/setup/", two_step.setup, name="two_step_setup"),
        path("two-step/recovery-codes/", two_step.recovery_codes, name="two_step_recovery_codes"),
        path("two-step/remove/", two_step.remove, name="two_step_remove"),
    ]


@hooks.register("register_account_menu_item")
def two_step_account_item(request):
    """Account → More actions: every staff member may turn on a second factor."""
    return {
        "url": reverse("two_step"),
        "label": _("Two-step verification"),
        "help_text": _("A code from an app on your phone at every sign-in, with recovery codes."),
    }


@hooks.register("register_log_actions")
def register_second_factor_log_actions(actions):
    actions.register_action("home.second_factor_reset", _("Reset second factor"), _("Second factor reset"))
