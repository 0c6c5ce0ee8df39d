"""Turn whatever a user types into a valid FTS5 query.

Quoted parts stay phrases; every other word becomes a quoted term, so quotes,
dashes, brackets or words like NOT and OR never reach FTS5 as syntax.
"""
from __future__ import annotations

import re
import unicodedata

from .model import Span

# Around each match in a search snippet: control characters, which no article
# text contains, unlike brackets ("[sic]").
MATCH_START, MATCH_END = "\x02", "\x03"

_WORD = re.compile(r"\w+")
_PHRASE = re.compile(r'"([^"]*)"?')


def terms(query: str) -> list[list[str]]:
    """The query as a list of phrases, each a list of words."""
    out: list[list[str]] = []
    position = 0
    for found in _PHRASE.finditer(query):
        out.extend([w] for w in _WORD.findall(query[position:found.start()]))
        words = _WORD.findall(found.group(1))
        if words:
            out.append(words)
        position = found.end()
    out.extend([w] for w in _WORD.findall(query[position:]))
    return out


def fts_query(query: str, prefix: bool = False) -> str | None:
    """An FTS5 MATCH expression, or None when the query holds no words at all."""
    parts = []
    for phrase in terms(query):
        quoted = '"' + " ".join(phrase) + '"'
        parts.append(quoted + "*" if prefix else quoted)
    return " ".join(parts) or None


def first_match(text: str, query: str) -> Span | None:
    """Where the first searched word or phrase stands in the text, for highlighting.

    Accents are ignored as the full-text index ignores them ("cafe" finds "café").
    """
    folded = fold(text)
    best: Span | None = None
    for phrase in terms(query):
        pattern = r"\b" + r"\W+".join(re.escape(fold(w)) for w in phrase) + r"\b"
        found = re.search(pattern, folded, re.IGNORECASE)
        if found and (best is None or found.start() < best.start):
            best = Span(found.start(), found.end())
    return best


def fold(text: str) -> str:
    """The text with accents dropped, one character for one, so offsets still hold."""
    return "".join(_base_letter(c) for c in text)


def _base_letter(char: str) -> str:
    if char.isascii():
        return char
    base = unicodedata.normalize("NFKD", char)[0]
    return base if len(base) == 1 and not unicodedata.combining(base) else char


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its match marks written as text, for printing."""
    return snippet.replace(MATCH_START, start).replace(MATCH_END, end)
