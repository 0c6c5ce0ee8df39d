"""Extraction entry points: one parsed article in, people and dated events out."""
from __future__ import annotations

import datetime as dt

from . import nlp
from .dates import find_dates
from .events import find_events
from .model import Extraction
from .people import find_cast


def extract_doc(doc, published: dt.date | None) -> Extraction:
    """People and events of a doc parsed by `nlp.english()` (e.g. from `nlp.pipe`)."""
    cast = find_cast(doc)
    dates = find_dates(doc, published)
    events = find_events(doc, cast, dates, published)
    return Extraction(people=cast.people, events=events)


def extract_text(text: str, published: dt.date | None) -> Extraction:
    """Parse `text` with the English model and extract from it."""
    return extract_doc(nlp.english()(text), published)
