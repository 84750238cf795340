from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_widgets_without_inline_script():
    """Wagtail's widgets and panels are initialised from this file (see home/admin_csp.py):
    the admin's CSP blocks inline scripts."""
    return format_html('<script src="{}" defer></script>', static("js/admin-csp-init.js"))
