"""Turn an article file into an `Article`: decoded text, title and publication date.

Formats: the seed format (the file starts with " date YYYY-MM-DD "), plain text
(published from a byline such as "Published March 3, 2021"), HTML (article text
without navigation and boilerplate, via trafilatura) and Markdown.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from .decoding import DecodeError, decode
from .model import Article
from . import html_text, markdown_text

MAX_FILE_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ""}

SEED_HEADER = re.compile(r"\A\ufeff? ?date (\d{4}-\d{2}-\d{2}) ")
_MONTHS = ("January February March April May June July August September October "
           "November December").split()
_MONTH_ALT = "|".join(m + "|" + m[:3] + r"\.?" for m in _MONTHS) + r"|Sept\.?"
_DATE = (r"(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
         r"(?P<month>" + _MONTH_ALT + r")\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4}))")
_STAMP = r"(?:Published|Posted|Updated|Date)\s*(?:on\s*)?:?\s*"
# Bylines: a stamped date at a line start or after a separator ("By Jane Doe | Published
# ..."), a "By" line ending in a date ("By Jane Doe, June 4, 2025"), a line that is only
# a date ("*June 3, 2022*"), or a date between a byline's separators. "was updated on
# March 3, 2021" in a sentence is none of them.
BYLINE_DATES = tuple(re.compile(rx, re.IGNORECASE | re.MULTILINE) for rx in (
    r"(?:^|[|\u00b7\u2022\u2013\u2014]|\s-\s)[ \t*_>#]*" + _STAMP + _DATE,
    r"^[ \t*_>]*By\s[^\n]{1,80}?(?:,|\s[|\u00b7\u2022\u2013\u2014-])\s*(?:" + _STAMP + r")?" + _DATE,
    r"^[ \t*_]*" + _DATE + r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?[ \t*_.]*$",
    # "_Pulse Daily · Celebrity · May 18, 2021 · 4 min read_": a date between a byline's separators
    r"^[^\n]{0,80}[|\u00b7\u2022][ \t]*" + _DATE + r"[ \t]*(?:[|\u00b7\u2022][^\n]{0,40})?[ \t*_]*$",
))
BYLINE_REGION = 600  # a byline sits near the top of the article


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
        published = _iso_day(seed.group(1))
        return _article(source, raw[seed.end():], published, None, "seed")
    if suffix in {".html", ".htm", ".xhtml"} or (suffix not in {".md", ".markdown"} and _looks_like_html(raw)):
        page = html_text.extract(raw)
        if not page.text.strip():
            raise ReadError("no article text found in the HTML page")
        published = page.published or find_byline_date(page.text)
        return _article(source, page.text, published, page.title, "html")
    if suffix in {".md", ".markdown"}:
        doc = markdown_text.extract(raw)
        if not doc.text.strip():
            raise ReadError("no text found in the Markdown file")
        published = doc.published or find_byline_date(doc.text)
        return _article(source, doc.text, published, doc.title, "markdown")
    return _article(source, raw, find_byline_date(raw), _plain_title(raw), "text")


def find_byline_date(text: str) -> dt.date | None:
    """The date of a byline like "Published March 3, 2021" near the top, if any."""
    head = text[:BYLINE_REGION]
    found = [m for m in (rx.search(head) for rx in BYLINE_DATES) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    if match.group("iso"):
        return _iso_day(match.group("iso"))
    month_word = match.group("month").rstrip(".").lower()[:3]
    month = [m.lower()[:3] for m in _MONTHS].index(month_word) + 1
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None


def content_hash(text: str) -> str:
    """Same words, same hash: whitespace differences do not make a new article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _article(source: str, text: str, published, title, fmt: str) -> Article:
    return Article(source=source, text=text, published=published, title=title,
                   format=fmt, content_hash=content_hash(text))


def _iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


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
