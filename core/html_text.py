"""The readable article inside an HTML page: text, title and publication date.

trafilatura drops navigation, asides and footers; the page's own metadata
(`article:published_time`, then `<time datetime>`) gives the date.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

import lxml.html
import trafilatura

from .bylines import BYLINE_REGION, find_byline_date


_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: dt.date | None
    italics: tuple[str, ...] = ()


def extract(raw: str) -> Page:
    tree = _parse(raw)
    text = trafilatura.extract(raw, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False) or ""
    if not text.strip() and tree is not None:
        text = _fallback_text(tree)
    # trafilatura puts one block per line; a blank line between blocks keeps
    # headlines and paragraphs apart as sentences and reads better.
    blocks = as_on_page([line.strip() for line in text.splitlines() if line.strip()], raw)
    text = "\n\n".join(blocks)
    published = _published(tree) or find_byline_date(text) or _byline_above(tree, blocks)
    return Page(text=text, title=_title(tree), published=published, italics=_italics(tree))


def page_text(raw: str) -> str:
    """The page's words as a reader of the source sees them: every tag a space,
    entities decoded, runs of white space one space."""
    return " ".join(html.unescape(_TAG.sub(" ", raw)).split())


def as_on_page(blocks: list[str], raw: str) -> list[str]:
    """Each block exactly as `page_text` writes it, so a sentence quoted from the
    stored text can be found in the page ("<i>Pine Hollow</i>," reads "Pine Hollow ,").
    A block that cannot be found is kept as extracted."""
    plain = page_text(raw)
    places = [i for i, char in enumerate(plain) if char != " "]
    dense = plain.replace(" ", "")
    out, cursor = [], 0
    for block in blocks:
        key = "".join(block.split())
        if _LIST_MARK.match(block) and key not in dense:
            # (the extractor writes a list item as "- item"; the page has no such dash)
            block = _LIST_MARK.sub("", block)
            key = "".join(block.split())
        found = dense.find(key, cursor) if key else -1
        if found < 0 and key:
            found = dense.find(key)
        if found < 0:
            out.append(block)
            continue
        out.append(plain[places[found]:places[found + len(key) - 1] + 1])
        cursor = found + len(key)
    return out


_LIST_MARK = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")


def _parse(raw: str):
    try:
        return lxml.html.document_fromstring(raw.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None


def _first(tree, xpath: str) -> str | None:
    if tree is None:
        return None
    for value in tree.xpath(xpath):
        value = (value if isinstance(value, str) else value.text_content()).strip()
        if value:
            return value
    return None


def _title(tree) -> str | None:
    return (_first(tree, "//meta[@property='og:title']/@content")
            or _first(tree, "//h1")
            or _first(tree, "//title"))


_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _published(tree) -> dt.date | None:
    """The page's publication day from its metadata: Open Graph, schema.org (as a meta tag or
    JSON-LD), a dated `<time>`."""
    ld = " ".join(tree.xpath("//script[@type='application/ld+json']/text()"))
    for xpath in ("//meta[@property='article:published_time']/@content",
                  "//meta[@name='article:published_time']/@content",
                  "//meta[@itemprop='datePublished']/@content",
                  "json-ld",
                  "//time[@datetime]/@datetime"):
        value = _LD_PUBLISHED.search(ld) if xpath == "json-ld" else None
        value = value.group(1) if value else (None if xpath == "json-ld" else _first(tree, xpath))
        match = re.match(r"(\d{4}-\d{2}-\d{2})", value or "")
        if match:
            try:
                return dt.date.fromisoformat(match.group(1))
            except ValueError:
                continue
    return None


def _italics(tree) -> tuple[str, ...]:
    """The page's <em>, <i> and <cite> texts, each once, white space as `page_text` writes it."""
    if tree is None:
        return ()
    found = (" ".join(el.text_content().split()) for el in tree.iter("em", "i", "cite"))
    return tuple(dict.fromkeys(t for t in found if t))


_BLOCKS = {"p", "div", "section", "header", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
           "ul", "ol", "time", "address", "figure", "figcaption", "blockquote", "dl", "dt", "dd", "table",
           "tr", "td", "br"}
_UNREAD = {"script", "style", "nav", "aside", "footer", "form", "noscript", "template"}


_PROSE_END = re.compile(r"[.!?][\"”’')]*\s*$")


def _byline_above(tree, blocks: list[str]) -> dt.date | None:
    """The date of a byline the extractor left out with the page's header ("By Jonas
    Eckhardt-Mbeki • BERLIN, Tuesday 21 February 2023" above the first paragraph), read
    within the article element, so a dated link in a sidebar is never taken for it."""
    if tree is None or not blocks:
        return None
    scope = next(iter(tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body")), None)
    if scope is None:
        return None
    lines = "\n".join(" ".join(line.split()) for line in "".join(_block_text(scope)).splitlines())
    # the first paragraph of prose: a kicker ("EXCLUSIVE PHOTOS") or headline may come first
    first = next((b for b in blocks[:4] if _PROSE_END.search(b)), blocks[0])
    opening = " ".join(first.split())[:40]
    at = lines.find(opening)
    if at <= 0:
        return None
    head = lines[:at]
    if len(head) > BYLINE_REGION:
        cut = head.find("\n", len(head) - BYLINE_REGION)
        head = head[cut + 1:] if cut >= 0 else ""
    return find_byline_date(head)


def _block_text(el):
    """The element's text with a line break around every block, as a browser lays it out."""
    if not isinstance(el.tag, str) or el.tag in _UNREAD:
        return
    block = el.tag in _BLOCKS
    if block:
        yield "\n"
    yield el.text or ""
    for child in el:
        yield from _block_text(child)
        yield child.tail or ""
    if block:
        yield "\n"


def _fallback_text(tree) -> str:
    for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside"):
        bad.drop_tree()
    body = tree.find("body")
    return (body if body is not None else tree).text_content()
