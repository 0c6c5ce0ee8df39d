"""A person's story, arranged for drawing: markers, lanes and relationship periods.

Pure data, no Qt: the window draws what this module decides.
- The same event told by several articles (same type, same people, dates that
  overlap) is one `Marker` with every telling; when articles disagree about
  its date, each reading is its own marker, flagged `disputed`.
- Each related person (a partner, an ex, a child) gets a lane; the person's
  other events stay in their own lane, first.
- A relationship is a `Period` per partner, from its first to its last event,
  open-ended while nothing has ended it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .model import TimelineEvent, When

ROMANCE = ("dating", "engaged", "married", "separated", "divorced", "breakup")
ENDINGS = {"divorced", "breakup"}
CLAIM_STRENGTH = {"stated": 0, "hedged": 1, "denied": 2}


@dataclass
class Marker:
    type: str
    people: tuple[str, ...]
    when: When | None
    events: list[TimelineEvent] = field(default_factory=list)
    disputed: bool = False  # another marker gives the same event a different date

    @property
    def count(self) -> int:
        """How many tellings (articles or sentences) this marker stands for."""
        return len(self.events)

    @property
    def claim(self) -> str:
        """The firmest way any telling puts it: one plain statement makes it stated."""
        return min((e.claim for e in self.events), key=CLAIM_STRENGTH.__getitem__)

    @property
    def attributions(self) -> list[str]:
        return sorted({e.attribution for e in self.events if e.attribution})

    @property
    def ids(self) -> list[int]:
        return [e.id for e in self.events]


@dataclass
class Period:
    partner: str
    start: dt.date
    end: dt.date | None  # None: still going
    stages: list[tuple[str, dt.date]]  # (event type, when it starts), in order


@dataclass
class Lane:
    title: str
    person: str | None  # the related person, or None for the person's own lane
    markers: list[Marker] = field(default_factory=list)
    period: Period | None = None


@dataclass
class Story:
    person: str
    lanes: list[Lane]
    undated: list[Marker]

    @property
    def markers(self) -> list[Marker]:
        """Every dated marker in time order: the order Left/Right steps through."""
        found = [m for lane in self.lanes for m in lane.markers]
        return sorted(found, key=lambda m: (m.when.start, m.when.end, m.type, m.ids[0]))


def build_story(person: str, events: list[TimelineEvent], today: dt.date | None = None) -> Story:
    markers = merge_tellings(events)
    partners = _partners(person, markers)
    lanes = {name: Lane(title=name, person=name) for name in partners}
    own = Lane(title=person, person=None)
    undated: list[Marker] = []
    for marker in markers:
        if marker.when is None:
            undated.append(marker)
            continue
        others = [p for p in marker.people if p != person]
        lane = next((lanes[p] for p in partners if p in others), own)
        lane.markers.append(marker)
    for name, lane in lanes.items():
        lane.period = relationship_period(name, lane.markers)
    ordered = [own] + [lanes[name] for name in partners]
    for lane in ordered:
        lane.markers.sort(key=lambda m: (m.when.start, m.when.end, m.type))
    return Story(person=person, lanes=[lane for lane in ordered if lane.markers or lane is own],
                 undated=undated)


def merge_tellings(events: list[TimelineEvent]) -> list[Marker]:
    """One marker per told event; disagreeing dates stay apart, flagged disputed."""
    groups: dict[tuple, list[TimelineEvent]] = {}
    for event in events:
        groups.setdefault((event.type, frozenset(event.people)), []).append(event)
    markers: list[Marker] = []
    for (kind, _people), told in groups.items():
        dated = sorted((e for e in told if e.when), key=lambda e: (e.when.start, e.when.end))
        readings: list[Marker] = []
        for event in dated:
            same = next((m for m in readings if _overlap(m.when, event.when)), None)
            if same is None:
                readings.append(Marker(kind, tuple(sorted(event.people)), event.when, [event]))
            else:
                same.events.append(event)
                same.when = _narrower(same.when, event.when)
        undated = [e for e in told if e.when is None]
        if readings:
            readings[0].events.extend(undated)  # a telling with no date agrees with any
        else:
            readings.append(Marker(kind, tuple(sorted(undated[0].people)), None, undated))
        if len(readings) > 1:
            for marker in readings:
                marker.disputed = True
        markers.extend(readings)
    return markers


def relationship_period(partner: str, markers: list[Marker]) -> Period | None:
    stages = sorted((m for m in markers if m.type in ROMANCE and m.when and m.claim != "denied"),
                    key=lambda m: m.when.start)
    if not stages:
        return None
    last = stages[-1]
    end = last.when.end if last.type in ENDINGS else None
    return Period(partner=partner, start=stages[0].when.start, end=end,
                  stages=[(m.type, m.when.start) for m in stages])


def _partners(person: str, markers: list[Marker]) -> list[str]:
    """Related people, the earliest relationship first; kin from births after them."""
    first_seen: dict[str, tuple[int, dt.date]] = {}
    for marker in markers:
        related = marker.type in ROMANCE or marker.type == "birth"
        if not related:
            continue
        rank = 0 if marker.type in ROMANCE else 1
        day = marker.when.start if marker.when else dt.date.max
        for other in marker.people:
            if other != person:
                first_seen[other] = min(first_seen.get(other, (rank, day)), (rank, day))
    return sorted(first_seen, key=lambda name: (first_seen[name], name))


def _overlap(a: When, b: When) -> bool:
    return a.start <= b.end and b.start <= a.end


def _narrower(a: When, b: When) -> When:
    return a if (a.end - a.start) <= (b.end - b.start) else b
