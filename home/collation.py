"""Turkish alphabetical order, independent of the database's collation.

SQLite compares bytes and a PostgreSQL cluster may run under the C or an
English locale, so "Çevre" would sort after "Zabıta". Lists that people read
are sorted in Python with this key instead.
"""

ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyzqwx"
_RANK = {letter: index for index, letter in enumerate(ALPHABET)}


def turkish_lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


def turkish_sort_key(text: str) -> tuple:
    """Letters by their place in the Turkish alphabet; anything else after, by code point."""
    return tuple((0, _RANK[ch]) if ch in _RANK else (1, ord(ch)) for ch in turkish_lower(text))
