"""Plain records passed between the reader, the extractor, the store and the front ends."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_TYPES = (
    "dating", "engaged", "married", "separated", "divorced", "breakup",
    "birth", "death", "sighting", "met", "legal", "other",
)

PRECISIONS = ("day", "month", "season", "year", "decade", "approximate")

# How an article tells an event: as fact, as a rumour ("reportedly", "rumored"),
# or as a claim someone denies ("his rep denied they are dating").
CLAIMS = ("stated", "hedged", "denied")


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into an article's stored text."""

    start: int
    end: int


@dataclass(frozen=True)
class When:
    """An inclusive interval of days, how precise it is, and the words that gave it."""

    start: dt.date
    end: dt.date
    precision: str
    text: str | None = None

    def as_json(self) -> dict:
        out = {"start": self.start.isoformat(), "end": self.end.isoformat(),
               "precision": self.precision}
        if self.text is not None:
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class Article:
    """A decoded article: `text` is what the app stores, shows and what offsets index."""

    source: str
    text: str
    published: dt.date | None
    title: str | None
    format: str  # "seed", "text", "html" or "markdown"
    content_hash: str
    # what the source sets in italics ("*Expressen*", "<em>Love Villa</em>"): titles of
    # works and outlets as writers mark them, so no one's name
    italics: tuple[str, ...] = ()

    @property
    def parse_text(self) -> str:
        """What the language model reads: `text`, with Markdown's marks blanked out (same
        length, so offsets found in it index `text`)."""
        if self.format == "markdown":
            from .markdown_text import readable
            return readable(self.text)
        return self.text


@dataclass
class PersonFound:
    """One person of one article, all the forms it is named by merged."""

    name: str
    aliases: list[str] = field(default_factory=list)
    age: int | None = None
    mentions: list[Span] = field(default_factory=list)

    def born(self, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
        """The birth interval a stated age implies on the publication day."""
        if self.age is None or published is None:
            return None
        latest = years_back(published, self.age)
        earliest = years_back(published, self.age + 1) + dt.timedelta(days=1)
        return earliest, latest


@dataclass
class EventFound:
    type: str
    people: list[str]
    when: When | None
    evidence: Span
    attribution: str | None = None
    summary: str = ""
    claim: str = "stated"  # one of CLAIMS


@dataclass
class Extraction:
    people: list[PersonFound]
    events: list[EventFound]


def years_back(day: dt.date, years: int) -> dt.date:
    """`day` that many years earlier (later, for a negative count); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


# What the store gives back to the front ends.

@dataclass(frozen=True)
class PersonSummary:
    id: int
    name: str
    aliases: tuple[str, ...]
    event_count: int
    article_count: int
    latest: dt.date | None = None  # the newest article the person is in
    mention_count: int = 0


@dataclass(frozen=True)
class TimelineEvent:
    id: int
    type: str
    when: When | None
    summary: str
    people: tuple[str, ...]
    attribution: str | None
    article_id: int
    article_title: str
    evidence: Span
    evidence_text: str
    claim: str = "stated"


@dataclass(frozen=True)
class StoredArticle:
    id: int
    source: str
    title: str | None
    published: dt.date | None
    format: str
    text: str

    @property
    def display_title(self) -> str:
        return self.title or self.source.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    published: dt.date | None
    snippet: str
    match: Span | None  # the first match in the article text, for highlighting


@dataclass(frozen=True)
class Mention:
    """Where an article names a person, for linking the name to their timeline."""

    span: Span
    person_id: int
    name: str
