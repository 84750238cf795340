"""Turkish text helpers shared by every app: case, alphabetical order, ASCII folding, tokens and stems.

They sit at the bottom of the dependency graph (they import no app) because
pages, matching and search all compare and sort Turkish text the same way.

Alphabetical order: SQLite compares bytes and a PostgreSQL cluster may run
under the C or an English locale, so "Çevre" would sort after "Zabıta".
Lists that people read are sorted in Python with `turkish_sort_key` instead.
Python upper-cases "i" to "I", so Django's capfirst turns "iyi uygulama"
into "Iyi uygulama"; `capfirst` here gives "İyi uygulama" in Turkish.
"""

import re
import unicodedata

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


# --------------------------------------------------------------------------
# Folding, tokens and the F5 stemmer (matching and search compare texts alike)
# --------------------------------------------------------------------------

# Dotted/dotless I must be mapped *before* str.lower(): Python lowercases
# "I" to "i" and "İ" to "i" + combining dot, both wrong for Turkish.
# After lowercasing, fold to ASCII: people type "egitim" for "eğitim".
# "ı" has no Unicode decomposition, so it is mapped explicitly; ç ğ ö ş ü
# (and â î û) lose their marks through NFKD below.
_DOTLESS_I = str.maketrans({"ı": "i"})
_TOKEN = re.compile(r"[^\W_]+")

# Stored folded, because they are compared after normalisation.
STOP_WORDS = frozenset(
    # Turkish
    "acaba ama ancak bana bazi belki ben beni benim bir biraz birlikte biz "
    "bu bunu bunun cok da daha de degil diger en gibi hem hep her hic icin "
    "ile ise iste kadar ki kim mi mu ne neden o olan olarak olmak ve veya "
    "var ya yani sey siz su uzere "
    # English
    "a about an and are as at be been but by can do for from has have i in "
    "into is it its me my of on or our so that the their this to was we "
    "were which will with you your".split()
)
STEM_LENGTH = 5


def normalize_text(text: str) -> str:
    """Lowercase with Turkish rules, then fold diacritics to ASCII letters."""
    decomposed = unicodedata.normalize("NFKD", turkish_lower(text).translate(_DOTLESS_I))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Normalised, stop-word-free tokens stemmed to their first 5 letters.

    Fixed-prefix "F5" stemming: Can et al. (2008, "Information retrieval on
    Turkish texts", JASIST 59(3)) found that truncating words to 5
    characters does about as well as a full morphological analyser for
    Turkish retrieval, which is agglutinative ("mentorluğu",
    "mentorların" -> "mento"), and it costs nothing and needs no
    dictionary. English words are truncated the same way, harmlessly.
    """
    return [
        token[:STEM_LENGTH]
        for token in _TOKEN.findall(normalize_text(text))
        if token not in STOP_WORDS and len(token) > 1
    ]
