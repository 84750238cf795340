"""Wagtail admin choosers without inline <script>, for the admin's CSP.

Wagtail 8.0.1's ``BaseChooser.render`` appends ``<script>new PageChooser(id, opts)</script>``
to every chooser widget, which ``script-src 'self'`` blocks. We render the same call as
data attributes instead; static/js/admin-csp-init.js performs it. Re-check this (and the
overridden templates in templates/wagtailadmin/) on every Wagtail upgrade.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

_wagtail_render = BaseChooser.render


def render_without_inline_script(self, name, value, attrs=None, renderer=None):
    """Same markup as Wagtail's, the initialiser call moved into a hidden span."""
    if type(self).render_js_init is BaseChooser.render_js_init:
        kind, initialiser = "data-portal-chooser", self.js_constructor  # called with `new`
    elif isinstance(self, AdminTaskChooser):
        kind, initialiser = "data-portal-chooser-factory", "createTaskChooser"  # a plain function
    else:  # an unknown initialiser: keep Wagtail's (the admin scan test reports it)
        return _wagtail_render(self, name, value, attrs, renderer)
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    options = json.dumps(self.get_js_init_options(id_, name, value_data))
    span = format_html(
        '<span hidden {}="{}" data-chooser-id="{}" data-config="{}"></span>', mark_safe(kind), initialiser, id_, options
    )
    return mark_safe(widget_html + span)  # noqa: S308 - widget_html is Wagtail's rendered template


def install():
    """Called once from HomeConfig.ready()."""
    BaseChooser.render = render_without_inline_script
