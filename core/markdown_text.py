"""Markdown articles: the title, the date, and the text as written.

The text is kept as the file has it (front matter aside): Markdown is made to be
read as it stands, and an event's evidence must be the sentence exactly as the
file writes it, emphasis and links included. The parser only finds the title.
The language model reads `readable(text)`: the same text with the markup blanked
out, character for character, so every offset still holds.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_FRONT_DATE = re.compile(r"^(?:date|published)\s*:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.MULTILINE | re.IGNORECASE)
_FRONT_TITLE = re.compile(r"^title\s*:\s*['\"]?(.+?)['\"]?\s*$", re.MULTILINE | re.IGNORECASE)
_parser = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Document:
    text: str
    title: str | None
    published: dt.date | None


def extract(raw: str) -> Document:
    title = published = None
    front = _FRONT_MATTER.match(raw)
    if front:
        meta, raw = front.group(1), raw[front.end():]
        if found := _FRONT_DATE.search(meta):
            try:
                published = dt.date.fromisoformat(found.group(1))
            except ValueError:
                pass
        if found := _FRONT_TITLE.search(meta):
            title = found.group(1)
    return Document(text=raw.strip("\n"), title=title or _first_heading(raw), published=published)


_MARKUP = re.compile(
    r"(?<![\w*_])[*_]{1,3}(?=[^\s*_])"            # opening emphasis: "*Midnight", "**engaged"
    r"|(?<=[^\s*_])[*_]{1,3}(?![\w*_])"           # closing emphasis
    r"|!?\[(?=[^\]\n]*\]\([^)\n]*\))"              # a link's "[" (or an image's "![")
    r"|\]\([^)\n]*\)"                               # a link's "](url)"
    r"|^[ \t]{0,3}(?:#{1,6}|>|[-*+])[ \t]+"          # heading, quote or bullet marks
    r"|`+", re.MULTILINE)


def readable(text: str) -> str:
    """`text` with Markdown's marks turned into spaces, the same length: "her *Midnight at
    the Savoy* co-star" parses as words, and offsets into it index `text` too."""
    return _MARKUP.sub(lambda m: " " * len(m.group(0)), text)


# one star or underscore each side, not two: "**Jade Osei**" is bold, "*Love Villa*" italic
_ITALIC = re.compile(r"(?<![\w*_])([*_])(?![\s*_])([^*_\n]{1,80}?)(?<![\s*_])\1(?![\w*_])")


def italics(text: str) -> tuple[str, ...]:
    """What the text sets in italics, each once, as written."""
    return tuple(dict.fromkeys(m.group(2) for m in _ITALIC.finditer(text)))


def _first_heading(raw: str) -> str | None:
    tokens = _parser.parse(raw)
    for opening, inline in zip(tokens, tokens[1:]):
        if opening.type == "heading_open" and inline.type == "inline":
            return "".join(c.content for c in inline.children or []
                           if c.type in ("text", "code_inline")).strip() or None
    return None
