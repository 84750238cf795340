"""Typed text, dates and e-mail addresses made safe to keep: the rules every form and model of the portal shares.

Text arrives from browsers, pasted documents and crafted requests. Control
characters (NUL, ESC, BEL, DEL, the C1 range) have no meaning in a name or a
description, and PostgreSQL refuses NUL outright; bidirectional overrides turn
"Ayşe" into text that reads differently from what is stored (a "Trojan Source"
name in a list or an export). They are removed, not refused: a name pasted with
a stray line break should still go through. What remains must be visible: a
name of zero-width spaces is empty to the reader, so it is refused like an
empty one.

Nothing here imports an app, so models, forms and middleware may all use it.
"""

import datetime
import ipaddress
import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the byte-order mark:
#: never needed inside a field, and they make stored text read differently from what it is.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")

#: Characters that draw nothing but are not Unicode "format" characters (category Cf, also invisible):
#: Hangul fillers, the braille blank, the combining grapheme joiner and variation selectors.
INVISIBLE_EXTRA = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f" + "".join(chr(c) for c in range(0xFE00, 0xFE10)))

_LINE_BREAKS = re.compile(r"\r\n?|[\n\v\f\x1c-\x1e\x85\u2028\u2029]")

VISIBLE_MESSAGE = _("Enter visible text: this holds only spaces or invisible characters.")
EMAIL_DOMAIN_MESSAGE = _("Enter an e-mail address at a real domain name, for example ayse.yilmaz@belediye.gov.tr.")

#: Domains that never receive mail from the Internet (RFC 2606, RFC 6761, mDNS).
LOCAL_DOMAINS = ("localhost", "localdomain", "local", "invalid", "internal")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" or ch in BIDI_CONTROLS


def has_controls(value: str) -> bool:
    return any(_is_control(ch) for ch in value)


def without_controls(value: str) -> str:
    """One line: line breaks and tabs become spaces, every other control character goes."""
    value = _LINE_BREAKS.sub(" ", value).replace("\t", " ")
    return "".join(ch for ch in value if not _is_control(ch))


def clean_line(value: str) -> str:
    """A single-line value: `without_controls`, then no spaces around it."""
    return without_controls(value).strip()


def clean_text(value: str) -> str:
    """A multi-line value: line breaks become "\\n" (from CR LF, CR, U+2028…), tabs stay, other controls go."""
    value = _LINE_BREAKS.sub("\n", value)
    return "".join(ch for ch in value if ch in "\n\t" or not _is_control(ch)).strip()


def is_invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp") or ch in INVISIBLE_EXTRA


def is_blank(value: str) -> bool:
    """True when nothing of ``value`` would be seen: only spaces, zero-width, bidi or other invisible characters."""
    return all(is_invisible(ch) for ch in value)


def validate_visible(value) -> None:
    """Refuse a non-empty value that shows nothing (Django skips validators for empty values)."""
    if isinstance(value, str) and value and is_blank(value):
        raise ValidationError(VISIBLE_MESSAGE, code="invisible")


def validate_email_domain(value: str) -> None:
    """The domain must look like one on the Internet: a dot, letters in its last label, no IP literal, not local.

    Django's EmailValidator accepts "ayse@localhost", "ayse@[127.0.0.1]" and "ayse@10.0.0.10";
    mail to them reaches the server itself or a private network, never the applicant.
    """
    domain = (value or "").rpartition("@")[2].strip().rstrip(".").lower()
    if not domain:
        return  # the format check says what is missing
    literal = domain[1:-1] if domain.startswith("[") and domain.endswith("]") else domain
    try:
        ipaddress.ip_address(literal.removeprefix("ipv6:"))
        is_ip = True
    except ValueError:
        is_ip = False
    last = domain.rsplit(".", 1)[-1]
    if is_ip or domain.startswith("[") or "." not in domain or not any(c.isalpha() for c in last) or last in LOCAL_DOMAINS:
        raise ValidationError(EMAIL_DOMAIN_MESSAGE, code="email_domain")


# -- dates ---------------------------------------------------------------------------

def years_from(day: datetime.date, years: int) -> datetime.date:
    """``day`` moved by whole years (29 February becomes the 28th where needed)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_date_window(value, *, years_back: int | None, years_ahead: int | None, today=None) -> None:
    """Refuse a date outside [today - years_back, today + years_ahead]; None leaves that side open.

    Year 1 and year 9999 parse as dates, but no meeting or assignment happens then, and arithmetic on
    them (an end date plus a few days) overflows.
    """
    if value is None:
        return
    today = today or timezone.localdate()
    if years_back is not None and value < years_from(today, -years_back):
        raise ValidationError(
            _("Enter a date less than %(years)d years ago.") % {"years": years_back}, code="date_too_early"
        )
    if years_ahead is not None and value > years_from(today, years_ahead):
        raise ValidationError(
            _("Enter a date less than %(years)d years from today.") % {"years": years_ahead}, code="date_too_late"
        )


def date_window_error(value, **window):
    """`check_date_window`'s message for ``value``, or None: for rules that gather one message per field."""
    try:
        check_date_window(value, **window)
    except ValidationError as error:
        return error.messages[0]
    return None


# -- form fields ---------------------------------------------------------------------

class LineField(forms.CharField):
    """A one-line text: controls removed, refused when nothing visible remains."""

    default_validators = [validate_visible]

    def to_python(self, value):
        value = super().to_python(value)
        return clean_line(value) if value else value


class TextField(forms.CharField):
    """A multi-line text (a Textarea): line breaks and tabs kept, other controls removed, visible text required."""

    default_validators = [validate_visible]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.Textarea)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return clean_text(value) if value else value


class RealEmailField(forms.EmailField):
    """An e-mail address at a real-looking domain; pasted controls and spaces removed first.

    The domain is judged only once the address is well-formed, so one mistake gets one message."""

    def to_python(self, value):
        value = super().to_python(value)
        return "".join(clean_line(value).split()) if value else value

    def clean(self, value):
        value = super().clean(value)
        if value:
            validate_email_domain(value)
        return value


def clean_texts(instance, single_line=(), multi_line=()) -> None:
    """Tidy a model's text attributes before saving: the same rules as the form fields, for any path."""
    for name in single_line:
        value = getattr(instance, name)
        if isinstance(value, str):
            setattr(instance, name, clean_line(value))
    for name in multi_line:
        value = getattr(instance, name)
        if isinstance(value, str):
            setattr(instance, name, clean_text(value))


def invisible_errors(instance, names) -> dict:
    """{field: message} for the attributes that are non-empty but show nothing (for a model's clean())."""
    errors = {}
    for name in names:
        value = getattr(instance, name)
        if isinstance(value, str) and value and is_blank(value):
            errors[name] = VISIBLE_MESSAGE
    return errors


def validate_texts(instance, single_line=(), multi_line=(), errors=None) -> None:
    """A model's ``clean()`` for typed texts: tidy them, then raise ValidationError for those that show
    nothing, together with any ``errors`` the model found itself."""
    clean_texts(instance, single_line, multi_line)
    errors = {**invisible_errors(instance, [*single_line, *multi_line]), **(errors or {})}
    if errors:
        raise ValidationError(errors)
