"""Extraction entry points: one parsed article in, people and dated events out."""
from __future__ import annotations

import datetime as dt

from . import nlp
from .dates import find_dates
from .events import find_events
from .model import Article, Extraction
from .people import find_cast
from .sentences import release


def extract_doc(doc, published: dt.date | None, italics: tuple[str, ...] = ()) -> Extraction:
    """People and events of a doc parsed by `nlp.english()` (e.g. from `nlp.pipe`);
    `italics` are the titles the source set in italics (`Article.italics`)."""
    try:
        cast = find_cast(doc, italics)
        dates = find_dates(doc, published)
        events = find_events(doc, cast, dates, published)
    finally:
        release(doc)
    return Extraction(people=cast.people, events=events)


def extract_text(text: str, published: dt.date | None) -> Extraction:
    """Parse `text` with the English model and extract from it."""
    return extract_doc(nlp.english()(text), published)


def extract_article(article: Article, doc=None) -> Extraction:
    """People and events of an article; `doc` is its `parse_text` already parsed, if it is."""
    doc = nlp.english()(article.parse_text) if doc is None else doc
    return extract_doc(doc, article.published, article.italics)
