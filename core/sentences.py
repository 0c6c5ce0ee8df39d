"""Sentences, quotations and headlines of an article, as character offsets.

Shared by people (ages, epithets) and events (evidence, attribution): an event's
evidence is one of these sentences, so both must cut the text the same way.
Nothing here needs the statistical model; a parsed doc only gives better breaks.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_QUOTE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
_SHORT_WORDS = 4  # title-case test: every word this long or longer is capitalised


def doc_text(doc) -> str:
    """`doc.text`, joined once per doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("gossip_timeline.text")
    if text is None:
        text = doc.user_data["gossip_timeline.text"] = doc.text
    return text


_ENTS, _TOKENS = "gossip_timeline.ents", "gossip_timeline.tokens"  # caches that point back at the doc


def doc_ents(doc) -> tuple:
    """`doc.ents`, built once per doc: spaCy makes every entity span anew on each access."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def doc_tokens(doc) -> list:
    """The doc's tokens as a list, made once per doc: `doc[i]` builds a new token object
    on every call, which the name scans do hundreds of thousands of times."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def release(doc) -> None:
    """Drop the caches that hold the doc's own tokens and spans. They point back at the doc,
    so once extraction is done they would keep every parsed doc of an import alive until the
    cycle collector runs: more memory, and time spent collecting."""
    for key in (_TOKENS, _ENTS):
        doc.user_data.pop(key, None)


def sentence_spans(doc) -> list[tuple[int, int]]:
    """Sentences as stripped (start, end) character offsets; a line break always ends one.

    Worked out once per doc (people, dates and events all ask) and kept in its user_data.
    """
    cached = doc.user_data.get("gossip_timeline.sentences")
    if cached is None:
        cached = doc.user_data["gossip_timeline.sentences"] = _sentence_spans(doc)
    return list(cached)


def _sentence_spans(doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    if doc.has_annotation("SENT_START"):
        rough = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        rough = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+[”\"’)]*|$)", text)]
    out = []
    for start, end in rough:
        for m in re.finditer(r"[^\n]+", text[start:end]):
            a, b = start + m.start(), start + m.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a and out and not any(c.isalnum() for c in text[a:b]) and "\n" not in text[out[-1][1]:a]:
                out[-1] = (out[-1][0], b)  # "child.**": closing markup stays with its sentence
            elif b > a:
                out.append((a, b))
    return _join_labels(text, out)


_LABEL = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,2}:$")


def _join_labels(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A short label ending in a colon ("2015:", "Spring 2019:") that the parser cut off is one
    sentence with what follows it on the same line: the timeline heading dates that line."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _LABEL.match(text[out[-1][0]:out[-1][1]]) and "\n" not in text[out[-1][1]:a]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def index_of(spans: list[tuple[int, int]], char: int) -> int:
    """The index of the span that holds `char` (or the last one starting before it)."""
    return max(0, bisect_right([a for a, _ in spans], char) - 1)


def quotations(text: str) -> list[tuple[int, int]]:
    """Quoted stretches (quote marks included). A quotation never crosses a line break:
    a paragraph left open is closed at its end, as in multi-paragraph quotes."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def opens_line(text: str, char: int) -> bool:
    """Does `char` start its line, but for spaces ("10:40 p.m. — …" opening a live-blog entry)?"""
    return not text[text.rfind("\n", 0, char) + 1:char].strip()


def paragraph_of(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, (len(text) if end < 0 else end)


def is_headline(line: str) -> bool:
    """A title-cased line ("Vance and Lindqvist Say “I Do” in Big Sur"): every word of
    four letters or more capitalised, and no sentence-final full stop."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", line)
    long = [w for w in words if len(w) >= _SHORT_WORDS]
    if len(words) < 4 or len(long) < 3 or line.rstrip().endswith("."):
        return False
    return all(w[0].isupper() for w in long)


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Title-cased lines (headlines, section titles), as (start, end) offsets."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if is_headline(m.group()):
            out.append((m.start(), m.end()))
    return out
