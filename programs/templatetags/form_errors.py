"""The error summary above the public forms: one line per error, in the order the fields appear on the page."""

from django import forms, template

register = template.Library()

#: A label that already ends a question or exclamation is followed by the message after a space;
#: one ending in a full stop, colon, semicolon or ellipsis loses it before ": ".
_KEEP = ("?", "!", "؟")
_DROP = ".:;…"


def label_with_message(label, message) -> str:
    """ "Label: message", without doubled punctuation ("…haberdardır.: …", "…istersiniz?: …")."""
    label = str(label or "").strip()
    message = str(message)
    if not label:
        return message
    if label.endswith(_KEEP):
        return f"{label} {message}"
    label = label.rstrip(_DROP).rstrip()
    return f"{label}: {message}" if label else message


def field_anchor(bound_field) -> str:
    """The id of the first thing to focus in the field: a radio or checkbox group's first option, or the input itself."""
    widget = bound_field.field.widget
    id_ = widget.attrs.get("id") or bound_field.auto_id
    if not id_:
        return ""
    if isinstance(widget, forms.RadioSelect):  # also CheckboxSelectMultiple
        return widget.id_for_label(id_, "0")
    return widget.id_for_label(id_) or id_


def fields_in_page_order(form) -> list:
    """Bound fields as the page shows them: a form with ``sections()`` (the application form) follows its
    sections, anything not in them (the honeypot) comes last; other forms are rendered in their own order."""
    if not hasattr(form, "sections"):
        return list(form)
    ordered = [field for _legend, fields in form.sections() for field in fields]
    shown = {field.name for field in ordered}
    return ordered + [field for field in form if field.name not in shown]


@register.simple_tag
def error_summary_items(form) -> list[dict]:
    """[{"anchor": "id_…" or "", "text": "…"}]: non-field errors first, then the fields' errors in page order."""
    items = [{"anchor": "", "text": str(error)} for error in form.non_field_errors()]
    for field in fields_in_page_order(form):
        for error in field.errors:
            items.append({"anchor": field_anchor(field), "text": label_with_message(field.label, error)})
    return items
