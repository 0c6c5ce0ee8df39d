"""A person's events as files other programs read: CSV, JSON and iCalendar (RFC 5545).

Pure text, no Qt; the timeline picture (PNG, SVG) is drawn by the window's code
(gui/export_image.py). `write_atomic` puts any of them in place whole or not at all.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from .contract import timeline_event_json
from .model import PersonSummary, TimelineEvent

IMAGE_FORMATS = ("png", "svg")
FORMATS = ("png", "svg", "csv", "json", "ics")

CSV_COLUMNS = ("id", "type", "start", "end", "precision", "date_as_written", "people", "summary",
               "claim", "attribution", "article", "evidence")

ICS_LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
CLAIM_MARKS = {"hedged": "[rumour] ", "denied": "[denied] "}
CLAIM_WORDS = {"stated": "stated as fact", "hedged": "a rumour, not confirmed", "denied": "denied"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # not allowed in iCalendar text

Person = PersonSummary | str


def events_csv(person: Person, events: Iterable[TimelineEvent]) -> str:
    """One row per event under a header row; people joined with "; ". Undated events
    are kept, with empty dates. Rows end in CRLF, as the csv module writes them."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for e in events:
        when = e.when
        writer.writerow([
            e.id, e.type,
            when.start.isoformat() if when else "", when.end.isoformat() if when else "",
            when.precision if when else "", (when.text or "") if when else "",
            "; ".join(e.people), e.summary, e.claim, e.attribution or "", e.article_title,
            e.evidence_text,
        ])
    return out.getvalue()


def events_json(person: Person, events: Iterable[TimelineEvent]) -> str:
    """The shape `gossip-timeline timeline NAME --json` prints: person, aliases, events."""
    name, aliases = _name_and_aliases(person)
    data = {"person": name, "aliases": aliases, "events": [timeline_event_json(e) for e in events]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def events_ics(person: Person, events: Iterable[TimelineEvent], now: dt.datetime | None = None) -> str:
    """A VCALENDAR with one all-day VEVENT per dated event; undated events are left
    out (see `undated`). `now` is the DTSTAMP (default: the current UTC time)."""
    name, _ = _name_and_aliases(person)
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gossip Timeline//gossip-timeline//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{ics_text(f'{name} — Gossip Timeline')}"]
    for e in sorted(dated(events), key=lambda e: (e.when.start, e.when.end, e.id)):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}-{e.type}@gossip-timeline",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{e.when.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{e.when.end + dt.timedelta(days=1):%Y%m%d}",  # exclusive
            f"SUMMARY:{ics_text(CLAIM_MARKS.get(e.claim, '') + (e.summary or e.type))}",
            f"DESCRIPTION:{ics_text(_description(e))}",
            f"CATEGORIES:{ics_text(e.type)}",
            "TRANSP:TRANSPARENT",  # an anniversary, not a busy day
        ]
        if e.claim == "hedged":
            lines.append("STATUS:TENTATIVE")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold_ics_line(line) + "\r\n" for line in lines)


def dated(events: Iterable[TimelineEvent]) -> list[TimelineEvent]:
    return [e for e in events if e.when is not None]


def undated(events: Iterable[TimelineEvent]) -> list[TimelineEvent]:
    """The events an iCalendar file leaves out: they have no day to sit on."""
    return [e for e in events if e.when is None]


def ics_text(value: str) -> str:
    """An iCalendar TEXT value (RFC 5545 3.3.11): \\ ; , escaped, newlines as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold_ics_line(line: str, limit: int = ICS_LINE_OCTETS) -> str:
    """Fold a content line into lines of at most `limit` UTF-8 octets (the leading
    space of a continuation counts), never inside a character."""
    pieces: list[str] = []
    current, size, room = [], 0, limit
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > room:
            pieces.append("".join(current))
            current, size, room = [], 0, limit - 1  # continuation lines start with a space
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def write_atomic(path: str | Path, write: Callable[[Path], None]) -> None:
    """Have `write` fill a temporary file beside `path`, then move it into place:
    a failed export leaves no half file and an existing file untouched. OSError
    when the folder cannot be written to or `path` is a folder."""
    target = Path(path)
    folder = target.parent
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        write(temp)
        os.chmod(temp, _file_mode(target))  # mkstemp makes 0600; give the usual permissions
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | Path, text: str) -> None:
    """UTF-8, line endings as given (CSV and iCalendar need their CRLF)."""
    write_atomic(path, lambda temp: temp.write_bytes(text.encode("utf-8")))


def render_text(fmt: str, person: Person, events: list[TimelineEvent]) -> str:
    return {"csv": events_csv, "json": events_json, "ics": events_ics}[fmt](person, events)


def _description(e: TimelineEvent) -> str:
    lines = [f"Type: {e.type}"]
    if e.when is not None:
        span = e.when.start.isoformat() if e.when.start == e.when.end else \
            f"{e.when.start.isoformat()} to {e.when.end.isoformat()}"
        written = f"“{e.when.text}” = " if e.when.text else ""
        lines.append(f"Date: {written}{span} ({e.when.precision})")
    if e.attribution:
        lines.append(f"According to: {e.attribution}")
    lines.append(f"Claim: {CLAIM_WORDS.get(e.claim, e.claim)}")
    if e.people:
        lines.append(f"People: {', '.join(e.people)}")
    if e.evidence_text:
        lines.append(f"Evidence: {' '.join(e.evidence_text.split())}")
    lines.append(f"Source: {e.article_title}")
    return "\n".join(lines)


def _name_and_aliases(person: Person) -> tuple[str, list[str]]:
    if isinstance(person, PersonSummary):
        return person.name, list(person.aliases)
    return str(person), []


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777  # keep an overwritten file's permissions
    except OSError:
        umask = os.umask(0)  # read it back at once (a brief window where it is 0)
        os.umask(umask)
        return 0o666 & ~umask
