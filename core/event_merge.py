"""The same event told twice in one article is one event."""
from __future__ import annotations

from .event_basics import an_arrest
from .event_context import Draft
from .model import When


def _overlap(x: When | None, y: When | None) -> bool:
    return x is None or y is None or (x.start <= y.end and y.start <= x.end)


def dedupe(events: list[Draft], headlines=()) -> list[Draft]:
    """The same event told twice is one: same type, nested people, overlapping dates. A denial
    stays apart from a statement; told once as fact and once as rumour, it is a fact; the body's
    sentence is better evidence than the headline's.

    Within each sentence first ("made their red carpet debut last October, when he was seen
    shielding his face": one outing, dated by the clause that names the date), then across."""
    by_sentence: dict[tuple[int, int], list[Draft]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence, []).append(ev)
    order = {id(ev): n for n, ev in enumerate(events)}
    merged = [ev for group in by_sentence.values() for ev in _merge(group, headlines)]
    merged.sort(key=lambda ev: order[id(ev)])
    return _merge(merged, headlines)


def _merge(events: list[Draft], headlines) -> list[Draft]:
    out: list[Draft] = []
    for ev in events:
        for kept in out:
            if kept.type == ev.type and _same_people(kept, ev) and not ev.again and not _two_outings(kept, ev) \
                    and an_arrest(kept.trigger) == an_arrest(ev.trigger) \
                    and (_overlap(kept.when, ev.when) or (ev.type == "married" and _estimate_near(kept.when, ev.when))) \
                    and (kept.claim == "denied") == (ev.claim == "denied"):
                kept.people += [p for p in ev.people if p not in kept.people]
                if kept.when is None or (ev.when is not None and (kept.implied or _estimated(kept.when))):
                    kept.when = ev.when
                elif ev.when is not None and _narrower(ev.when, kept.when):
                    kept.when = ev.when
                in_headline = any(x <= kept.sentence[0] < y for x, y in headlines)
                if (kept.implied and not ev.implied) or in_headline:
                    kept.implied, kept.trigger, kept.sentence = False, ev.trigger, ev.sentence
                    kept.attribution = kept.attribution or ev.attribution
                if ev.claim == "stated":
                    kept.claim = "stated"
                kept.parents = kept.parents or ev.parents
                break
        else:
            out.append(ev)
    return out


def _two_outings(x: Draft, y: Draft) -> bool:
    """Two dated sightings told in two sentences at two places ("on Monday night … at the
    premiere" / "earlier this month, … picking out a crib at a baby boutique")."""
    if x.type != "sighting" or x.sentence == y.sentence or x.when is None or y.when is None:
        return False
    if x.place is not None and y.place is not None:
        return x.place != y.place
    # ("kissing courtside earlier this month" / "On Sunday night … seen leaving the hotel"): a day
    # told on its own within a span told for another outing
    return x.when.text != y.when.text and (x.when.start == x.when.end) != (y.when.start == y.when.end)


def _estimated(when: When | None) -> bool:
    """A day worked out from a length ("married for 33 years"), not told."""
    return when is not None and when.precision == "approximate" and when.start == when.end \
        and any(w in (when.text or "") for w in ("year", "month"))


def _estimate_near(x: When | None, y: When | None) -> bool:
    """"married for 33 years" and "married in March 1990": one wedding, when the day worked
    out from the length falls within a year of the one told."""
    if x is None or y is None or _estimated(x) == _estimated(y):
        return False
    guess, told = (x, y) if _estimated(x) else (y, x)
    return abs((guess.start - told.start).days) <= 366 or abs((guess.start - told.end).days) <= 366


def _same_people(x: Draft, y: Draft) -> bool:
    """Nested sets of people; for a birth, a shared parent and no two different children
    ("X and her husband welcomed their first child" / "X gave birth to a daughter, Wren")."""
    a, b = set(map(id, x.people)), set(map(id, y.people))
    if a <= b or b <= a:
        return True
    if x.type != "birth":
        return False
    pa, pb = set(map(id, x.parents or x.people)), set(map(id, y.parents or y.people))
    ca, cb = a - pa, b - pb
    return bool(pa & pb) and (not ca or not cb or ca == cb)


def _narrower(x: When, y: When) -> bool:
    """x lies within y and says more ("on Saturday" within "last week")."""
    return y.start <= x.start and x.end <= y.end and (x.end - x.start) < (y.end - y.start)
