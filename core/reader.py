"""Turn an article file into an `Article`: decoded text, title and publication date.

Formats: the seed format (the file starts with " date YYYY-MM-DD "), plain text
(published from a byline such as "Published March 3, 2021"), HTML (article text
without navigation and boilerplate, via trafilatura) and Markdown.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .bylines import BYLINE_DATES, find_byline_date, iso_day
from .decoding import DecodeError, decode
from .model import Article
from . import html_text, markdown_text

MAX_FILE_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ""}

SEED_HEADER = re.compile(r"\A\ufeff? ?date (\d{4}-\d{2}-\d{2}) ")


class ReadError(Exception):
    """The file cannot be read as an article; the message says why, for the user."""


def read_article(path: str | Path) -> Article:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except OSError as exc:
        raise ReadError(f"cannot open it ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ReadError("is a folder, not a file")
    if size > MAX_FILE_BYTES:
        raise ReadError(f"too large ({size / 1e6:.0f} MB; articles up to "
                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB are read)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read it ({exc.strerror or exc})") from None
    return parse_article(data, source=str(path), suffix=path.suffix.lower())


def parse_article(data: bytes, source: str, suffix: str = "") -> Article:
    """Decode bytes and pick the format by suffix, then by content."""
    try:
        raw = decode(data)
    except DecodeError as exc:
        raise ReadError(str(exc)) from None
    if not raw.strip():
        raise ReadError("is empty")

    seed = SEED_HEADER.match(raw)
    if seed:
        published = iso_day(seed.group(1))
        return _article(source, raw[seed.end():], published, None, "seed")
    if suffix in {".html", ".htm", ".xhtml"} or (suffix not in {".md", ".markdown"} and _looks_like_html(raw)):
        page = html_text.extract(raw)
        if not page.text.strip():
            raise ReadError("no article text found in the HTML page")
        return _article(source, page.text, page.published, page.title, "html", page.italics)
    if suffix in {".md", ".markdown"}:
        doc = markdown_text.extract(raw)
        if not doc.text.strip():
            raise ReadError("no text found in the Markdown file")
        published = doc.published or find_byline_date(doc.text)
        return _article(source, doc.text, published, doc.title, "markdown", markdown_text.italics(doc.text))
    return _article(source, raw, find_byline_date(raw), _plain_title(raw), "text")


def content_hash(text: str) -> str:
    """Same words, same hash: whitespace differences do not make a new article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _article(source: str, text: str, published, title, fmt: str, italics: tuple[str, ...] = ()) -> Article:
    return Article(source=source, text=text, published=published, title=title,
                   format=fmt, content_hash=content_hash(text), italics=italics)


def _looks_like_html(raw: str) -> bool:
    head = raw[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in raw)


def _plain_title(raw: str) -> str | None:
    """A short first line standing alone above the text reads as a headline."""
    first, _, rest = raw.strip().partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= 160 and not first.endswith((".", "!", "?", "\u201d", '"')) \
            and not any(rx.match(first) for rx in BYLINE_DATES):  # a byline is not a headline
        return first
    return None
