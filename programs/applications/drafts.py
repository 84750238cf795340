"""What a draft may hold: only the form's own fields, each within the form's limits, the whole bounded.

A draft skips the form's full validation (it is half-filled), so without these rules any POST could
store invented fields and values of any size under a private link.
"""

import json

from django import forms
from django.core.exceptions import ValidationError

from portal.cleaning import clean_text

#: The largest draft kept, in bytes of JSON; values that would pass it are dropped.
DRAFT_MAX_BYTES = 32 * 1024
#: Fields a draft never keeps: the token, the honeypot, files, the notice version (a column of its own).
NOT_KEPT = frozenset({"website", "attachments", "privacy_notice_version", "email"})
TRUE_VALUES = ("on", "true", "1", "True")


def _accepted(field, value: str) -> bool:
    if isinstance(field, (forms.ModelChoiceField, forms.ModelMultipleChoiceField)):
        return value.isdigit() and field.queryset.filter(pk=int(value)).exists()
    if isinstance(field, forms.ChoiceField):
        return field.valid_value(value)
    if isinstance(field, forms.CharField):
        return field.max_length is None or len(value) <= field.max_length
    try:
        field.clean(value)
    except ValidationError:
        return False
    return True


def _values(field, raw: list[str]) -> list[str]:
    if isinstance(field, forms.BooleanField):
        return ["on"] if raw and raw[0] in TRUE_VALUES else []
    multiple = isinstance(field, (forms.MultipleChoiceField, forms.ModelMultipleChoiceField))
    values = [clean_text(v) for v in (raw if multiple else raw[:1])]
    kept = [v for v in values if v and _accepted(field, v)]
    return list(dict.fromkeys(kept))


def bounded_data(form_fields: dict, data) -> dict:
    """The draft's data from a POST: ``{field name: [values]}`` for the form's fields only."""
    result, size = {}, 2
    for name, field in form_fields.items():
        if name in NOT_KEPT or name not in data:
            continue
        values = _values(field, data.getlist(name))
        if not values:
            continue
        entry = len(json.dumps({name: values}, ensure_ascii=False).encode())
        if size + entry > DRAFT_MAX_BYTES:
            continue
        result[name] = values
        size += entry
    return result
