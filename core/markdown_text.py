"""Plain text from Markdown: what a reader sees, without the markup."""
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

    blocks: list[str] = []
    heading = False
    for token in _parser.parse(raw):
        if token.type == "heading_open":
            heading = True
        elif token.type == "inline":
            text = _inline_text(token)
            if heading and title is None:
                title = text
            if text.strip():
                blocks.append(text.strip())
            heading = False
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip())
    return Document(text="\n\n".join(blocks), title=title, published=published)


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" " if child.type == "softbreak" else "\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)
