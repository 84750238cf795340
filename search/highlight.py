"""Mark the visitor's words in a result summary, Turkish-aware."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.text import normalize_text, stem

_WORD = re.compile(r"[^\W_]+")


def highlight(text: str, words: list[str]) -> SafeString:
    """Escape ``text`` and wrap in <mark> every word that a query word finds.

    A word is found when its folded F5 stem equals a query word's, the
    rule the index applies: ``egitim`` marks ``Eğitimi``.
    """
    stems = {stem(word) for word in words}
    if not stems:
        return escape(text)
    out, last = [], 0
    for match in _WORD.finditer(text):
        if stem(normalize_text(match.group())) in stems:
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))
