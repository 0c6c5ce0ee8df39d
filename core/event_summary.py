"""A one-line summary of an event for the timeline ("X and Y got engaged in Paris")."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from .event_context import Draft
from .model import PersonFound
from .people import Cast


def _names(people: list[PersonFound]) -> str:
    names = [p.name for p in people]
    if len(names) <= 1:
        return "".join(names) or "Someone"
    return ", ".join(names[:-1]) + " and " + names[-1]


def place_of(trig: SpacySpan, cast: Cast, ents) -> str | None:
    sent = trig.sent
    for ent in (e for e in ents if sent.start <= e.start < sent.end):
        if ent.start >= trig.start and ent.label_ in ("GPE", "FAC", "LOC", "ORG") \
                and cast.person_at(ent.start_char, ent.end_char) is None:
            prev = ent.doc[ent.start - 1] if ent.start else None
            if prev is not None and prev.lower_ in ("in", "at", "outside"):
                return f"{prev.lower_} {ent.text}"
    return None


def summarize(ev: Draft) -> str:
    who = _names(ev.people)
    verb = {
        "dating": "dating", "engaged": "got engaged", "married": "married",
        "separated": "separated", "divorced": "divorced", "breakup": "split",
        "met": "met", "death": "died", "sighting": "spotted together", "legal": "in a legal dispute",
    }.get(ev.type, ev.type)
    if ev.type == "birth":
        parents = ev.parents or ev.people
        children = [p for p in ev.people if p not in parents]
        text = f"{_names(parents)} welcomed {_names(children)}" if children else f"{_names(parents)} welcomed a baby"
    elif ev.type == "sighting":
        text = f"{who} spotted" + (" together" if len(ev.people) > 1 else "")
    elif ev.type == "legal" and ev.trigger.root.lemma_ == "sue" and len(ev.people) == 2:
        text = f"{ev.people[0].name} sued {ev.people[1].name}"
    elif ev.type == "divorced" and "file" in ev.trigger.text.lower() and len(ev.people) == 2:
        text = f"{ev.people[0].name} filed for divorce from {ev.people[1].name}"
    elif ev.type == "dating":
        text = f"{who} {'are' if len(ev.people) > 1 else 'is'} dating"
    else:
        text = f"{who} {verb}"
    if ev.place and ev.type in ("sighting", "married", "met", "engaged"):
        text += f" {ev.place}"
    if ev.implied:
        text += f" (implied by “{ev.trigger.text}”)"
    return text
