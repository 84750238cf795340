from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from home import translation_moderation


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
