"""How the timeline names, colours and labels things: shared by the canvas, the
event table and image export, so they always agree."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor

from gossip_timeline.core.model import TimelineEvent
from gossip_timeline.core.timeline import Marker

EVENT_COLORS = {
    "dating": "#e8588a", "engaged": "#b05be0", "married": "#7b3fd1",
    "separated": "#f08c3a", "divorced": "#d9482b", "breakup": "#e86f51",
    "birth": "#3fae5a", "death": "#5c5c66", "sighting": "#2f8fd8",
    "met": "#20a7a0", "legal": "#b8860b", "other": "#8a8a8a",
}


def event_color(kind: str) -> QColor:
    return QColor(EVENT_COLORS.get(kind, EVENT_COLORS["other"]))


def when_label(event: TimelineEvent) -> str:
    when = event.when
    if when is None:
        return "undated"
    if when.start == when.end:
        day = when.start.strftime("%d %b %Y").lstrip("0")
    else:
        day = f"{when.start.isoformat()} – {when.end.isoformat()}"
    written = f" (“{when.text}”)" if when.text else ""
    return f"{day}{written}"


def event_tooltip(event: TimelineEvent) -> str:
    lines = [event.summary or event.type, f"{event.type} · {when_label(event)}"]
    if event.claim != "stated":
        lines.append("a rumour" if event.claim == "hedged" else "denied")
    if event.attribution:
        lines.append(f"according to {event.attribution}")
    lines.append(f"source: {event.article_title}")
    return "\n".join(lines)


def marker_label(marker: Marker) -> str:
    first = marker.events[0]
    text = f"{marker.type}: {first.summary}" if first.summary else marker.type
    if len(text) > 60:
        text = text[:58] + "…"
    if marker.count > 1:
        text += f"  ×{marker.count}"
    if marker.disputed:
        text += "  (dates disagree)"
    return text


def marker_tooltip(marker: Marker) -> str:
    """The summary, the date as written and as resolved, who claims it, and the sources."""
    first = marker.events[0]
    lines = [first.summary or marker.type, f"{marker.type} · {when_label(first)}"]
    if marker.claim != "stated":
        lines.append("a rumour, not confirmed" if marker.claim == "hedged" else "denied")
    if marker.attributions:
        lines.append("according to " + "; ".join(marker.attributions))
    if marker.disputed:
        lines.append("other articles give this a different date")
    titles = sorted({e.article_title for e in marker.events})
    lines.append(("source: " if len(titles) == 1 else f"told by {marker.count} tellings in: ")
                 + "; ".join(titles))
    return "\n".join(lines)


def legend_html(kinds: set[str]) -> str:
    """Coloured keys for the event types shown, in the order of a relationship."""
    return "&nbsp;&nbsp;".join(
        f'<span style="color:{EVENT_COLORS[k]}">&#9679;</span>&nbsp;{k}'
        for k in EVENT_COLORS if k in kinds)


@dataclass(frozen=True)
class Tick:
    day: dt.date
    label: str


# (unit, step, days it spans, room its label needs in pixels), finest first
TICK_UNITS = [("day", 1, 1, 84), ("day", 7, 7, 84), ("month", 1, 30.4, 70), ("month", 3, 91.3, 70),
              ("year", 1, 365.25, 44), ("year", 5, 1826, 44), ("year", 10, 3652, 44),
              ("year", 50, 18262, 44)]


def axis_ticks(first: dt.date, last: dt.date, px_per_day: float) -> list[Tick]:
    """Ticks from decades down to days: the finest unit whose labels fit."""
    unit, step = "year", 50
    for name, count, days, room in TICK_UNITS:
        if days * px_per_day >= room:
            unit, step = name, count
            break
    ticks: list[Tick] = []
    if unit == "day":
        day = first
        while day <= last:
            ticks.append(Tick(day, day.strftime("%d %b %Y").lstrip("0")))
            day += dt.timedelta(days=step)
    elif unit == "month":
        year, month = first.year, first.month
        month -= (month - 1) % step
        while dt.date(year, month, 1) <= last:
            day = dt.date(year, month, 1)
            if day >= first:
                ticks.append(Tick(day, day.strftime("%b %Y")))
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    else:
        year = first.year - first.year % step
        while dt.date(year, 1, 1) <= last:
            if dt.date(year, 1, 1) >= first:
                ticks.append(Tick(dt.date(year, 1, 1), str(year)))
            year += step
    return ticks
