"""Turkish alphabetical order and letter case, independent of the database and of Python's defaults.

SQLite compares bytes and a PostgreSQL cluster may run under the C or an
English locale, so "Çevre" would sort after "Zabıta". Lists that people read
are sorted in Python with this key instead. Python upper-cases "i" to "I",
so Django's capfirst turns "iyi uygulama" into "Iyi uygulama"; `capfirst`
here gives "İyi uygulama" when the active language is Turkish.
"""

from django.utils import translation

ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyzqwx"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}


_TURKISH_UPPER = str.maketrans({"I": "ı", "İ": "i"})


def turkish_lower(text: str) -> str:
    """Lowercase with Turkish rules: "I" -> "ı", "İ" -> "i" (Python alone gives "i" and "i̇")."""
    return text.translate(_TURKISH_UPPER).lower()


def turkish_sort_key(text: str) -> tuple:
    """Letters by their place in the Turkish alphabet; anything else after, by code point."""
    return tuple((0, _RANK[ch]) if ch in _RANK else (1, ord(ch)) for ch in turkish_lower(text))


def capfirst(text) -> str:
    """The first letter in upper case, with Turkish rules (i -> İ, ı -> I) in Turkish."""
    text = str(text)
    if not text:
        return text
    first = text[0]
    if (translation.get_language() or "").startswith("tr") and first in "iı":
        first = "İ" if first == "i" else "I"
    return first.upper() + text[1:]
