"""Turkish-aware text normalisation shared by indexing and querying.

Every backend sees the same thing: the index holds a folded, stemmed copy
of each page (`index_text`) and the visitor's words go through the same
functions (`build_query`) before ``.search()``. That is what makes
``egitim`` find ``eğitim``, ``IŞIK`` find ``ışık`` and ``mentorların`` find
``mentorluğu`` on SQLite FTS5, PostgreSQL and Elasticsearch alike, without
the view asking which backend it talks to.

The folding and the F5 stemmer live in `portal.text` (the matcher compares
texts the same way); this module re-exports them and adds what search needs.
"""

from __future__ import annotations

import html
import re

from modelsearch.query import PlainText

from portal.text import STEM_LENGTH, STOP_WORDS, normalize_text, tokenize, turkish_lower

__all__ = ["build_query", "index_text", "normalize_text", "plain_text", "query_words", "stem", "tokenize", "turkish_lower"]

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+")
#: Queries longer than this many words are cut: nobody types more, and
#: each word adds a clause to the full-text query.
MAX_QUERY_WORDS = 8


def plain_text(value) -> str:
    """Flatten what a search field returns (rich text HTML, StreamField
    content lists, dicts) into readable text."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(plain_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(plain_text(item) for item in value.values())
    text = html.unescape(_TAG.sub(" ", str(value)))
    return _SPACE.sub(" ", text).strip()


def stem(word: str) -> str:
    """F5 stem of one already-normalised word."""
    return word[:STEM_LENGTH]


def index_text(*texts: str) -> str:
    """The folded, stemmed copy of a page that the index stores."""
    return " ".join(tokenize(" ".join(texts)))


def query_words(query: str) -> list[str]:
    """The visitor's meaningful words, folded (stop words and 1-letter words dropped)."""
    words = [word for word in _WORD.findall(normalize_text(query)) if word not in STOP_WORDS and len(word) > 1]
    return list(dict.fromkeys(words))[:MAX_QUERY_WORDS]


def build_query(query: str, *, every_word: bool = True) -> PlainText | None:
    """The search query for what a visitor typed, or None if nothing is left.

    The F5 stems of the visitor's words, which the index holds for every
    page (the title's in the title field, everything's in ``search_text``).
    One plain-text query, because backends rank a single match expression
    best (SQLite's bm25() scores the whole expression, so nested And/Or
    queries would multiply its negative scores into nonsense).
    ``every_word=False`` asks for any word instead of all of them: the
    service falls back to it when all of them find nothing.
    """
    stems = list(dict.fromkeys(stem(word) for word in query_words(query)))
    if not stems:
        return None
    return PlainText(" ".join(stems), operator="and" if every_word else "or")
