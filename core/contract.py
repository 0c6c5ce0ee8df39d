"""The JSON shapes other programs read: `extract` output (schema gossip-timeline/extract/v1)
and the timeline and search listings."""
from __future__ import annotations

from .search_query import plain_snippet
from .model import Article, Extraction, SearchHit, Span, TimelineEvent, When

EXTRACT_SCHEMA = "gossip-timeline/extract/v1"


def extraction_json(article: Article, extraction: Extraction) -> dict:
    people = []
    for person in extraction.people:
        entry = {"name": person.name, "aliases": list(person.aliases), "age": person.age}
        born = person.born(article.published)
        if born:
            entry["born"] = {"start": born[0].isoformat(), "end": born[1].isoformat()}
        people.append(entry)
    events = [{
        "type": e.type,
        "people": list(e.people),
        "when": e.when.as_json() if e.when else None,
        "evidence": {"start": e.evidence.start, "end": e.evidence.end,
                     "text": article.text[e.evidence.start:e.evidence.end]},
        "attribution": e.attribution,
        "claim": e.claim,
        "summary": e.summary,
    } for e in extraction.events]
    return {
        "schema": EXTRACT_SCHEMA,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "text": article.text,
        "people": people,
        "events": events,
    }


def timeline_event_json(event: TimelineEvent) -> dict:
    return {
        "id": event.id,
        "type": event.type,
        "when": event.when.as_json() if event.when else None,
        "people": list(event.people),
        "summary": event.summary,
        "attribution": event.attribution,
        "claim": event.claim,
        "article": {"id": event.article_id, "title": event.article_title},
        "evidence": {"start": event.evidence.start, "end": event.evidence.end,
                     "text": event.evidence_text},
    }


def search_hit_json(hit: SearchHit) -> dict:
    return {
        "article": {"id": hit.article_id, "title": hit.title,
                    "published": hit.published.isoformat() if hit.published else None},
        "snippet": plain_snippet(hit.snippet),
        "match": {"start": hit.match.start, "end": hit.match.end} if hit.match else None,
    }


def dates_json(article: Article, found: list[tuple[Span, When | None]]) -> dict:
    """Every time expression of an article with the interval it resolves to (`dates` command)."""
    return {
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "text": article.text,
        "dates": [{"text": article.text[span.start:span.end], "span": [span.start, span.end],
                   "when": ({"start": when.start.isoformat(), "end": when.end.isoformat(),
                             "precision": when.precision} if when else None)}
                  for span, when in found],
    }
