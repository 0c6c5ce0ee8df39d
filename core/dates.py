"""Find date expressions in an article and resolve them to intervals of days.

dateparser handles explicit calendar dates ("March 3, 2021", "Aug. 19"); this
module owns what the words alone cannot tell: what an expression is anchored to
(the publication day for deictic words like "last Tuesday", the previous date of
the text for chained ones like "two years prior", or the date it is prior to:
"two years prior to the 2022 filing"), which way a year-less date points, and
which dates head a timeline entry. Which words form a date expression lives in
date_patterns.py, how each kind resolves and how precise it is in date_resolvers.py.

Year-less dates pick their side of the publication day from the verb they hang
on (parsed docs: "should be completed in October" ahead, "fell in October"
back), else from future wording in the sentence, else the nearer past one. A
weekday names the latest such day up to and including the publication day.
Measured on MEANTIME Wikinews with tests/timex_eval.py.
"""
from __future__ import annotations

import datetime as dt
import re

from .model import Span, When, years_back
from .bylines import BYLINE_DATES, BYLINE_REGION, FOOTER_REGION
from .date_patterns import MONTHS, _MON, _WEEKDAY, DateMatch, find_expressions
from .date_resolvers import _resolve_match, holiday_date, resolve, season_interval
from .sentences import doc_text, opens_line

# what the rest of the app and the tests import from here, wherever it is defined
__all__ = ["find_dates", "heading_scopes", "resolve", "holiday_date", "season_interval",
           "find_expressions", "DateMatch"]

D = dt.date


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return start, min(ends, default=len(text))


def _sentence_before(text: str, pos: int) -> str:
    return text[_sentence_bounds(text, pos)[0]:pos]


_FUTURE = re.compile(
    r"\b(will|['’]ll|going to|plans? to|planning|set to|scheduled|expected to|expects? to|"
    r"upcoming|hopes? to|intends? to|thinking about|considering|slated|"
    r"(?:is|are|be|been|being)\s+(?:\w+ly\s+)?planned|planned\s+for|expecting|due\s+(?:in|on|out|for|by))\b", re.IGNORECASE)
_FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo", "should", "would", "could", "may", "might", "must", "to"}
_PAST_TAGS = {"VBD"}
# verbs whose "to" complement lies ahead ("plans to marry in June", "is set to wed on Saturday")
_FUTURE_HEADS = {"plan", "set", "schedule", "slate", "expect", "go", "hope", "intend", "aim", "due",
                 "prepare", "promise", "vow", "want", "likely", "poised", "about"}


def _tense(doc, start: int, end: int) -> str | None:
    """"future" / "past" from the verb the expression attaches to (parsed docs only), else None."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(3):
        if tok.head == tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.pos_ != "ADP":
            return None  # "a June 3 hearing": the date describes a noun
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ in _PAST_TAGS or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had", "'ve") for c in aux):
        return "past"
    if any(c.lower_ in _FUTURE_AUX - {"to"} for c in aux) \
            or (tok.lower_ in ("going", "set", "due", "scheduled", "slated") and tok.tag_ != "VBD"):
        return "future"
    if any(c.lower_ == "to" for c in aux):
        # "plans to wed in June": the verb "to" hangs on says; a bare "to" (or a misparse
        # of "proposed to actress X on Saturday") is no evidence either way
        head = tok.head
        if head != tok and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.tag_ in _PAST_TAGS and head.lemma_ not in _FUTURE_HEADS:
                return "past"
            if head.lemma_ in _FUTURE_HEADS or any(c.lower_ in _FUTURE_AUX - {"to"} for c in head.children
                                                   if c.dep_ in ("aux", "auxpass")):
                return "future"
    return None


def _clause_past(doc, start: int, end: int) -> bool:
    """The verb of the expression's clause, however far up, is in the past tense."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span.root.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(c.lower_ in _FUTURE_AUX for c in aux):
                return False
            return tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux)
    return False


_SPEECH_VERBS = {"tell", "say", "recall", "explain", "write", "joke", "gush", "add", "quip",
                 "admit", "reveal", "insist", "muse", "share", "post", "laugh", "confirm", "announce"}
# "announced their separation in January": telling of an event dates the event
_TOLD_EVENTS = {"separation", "split", "engagement", "divorce", "breakup", "pregnancy", "relationship",
                "romance", "marriage", "wedding", "death", "birth", "arrival", "retirement"}


def _telling_date(doc, start: int, end: int) -> bool:
    """The expression dates a telling, not the story ("Marisol told Lustre in 2018", "she
    said last year"): later chained words ("that summer") still count from the story."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.dep_ == "prep" and span.root.dep_ == "pobj":
        head = head.head
    if head.lemma_ in ("share", "post") and any(c.dep_ == "dobj" and c.lemma_ not in _MESSAGES for c in head.children):
        return False  # "shared a fondue on Wednesday evening": no telling
    return head.pos_ == "VERB" and head.lemma_ in _SPEECH_VERBS and head.i != span.root.i \
        and not any(c.dep_ == "dobj" and c.lemma_ in _TOLD_EVENTS for c in head.children) \
        and not (head.lemma_ in ("announce", "confirm", "reveal")
                 and any(c.dep_ == "ccomp" and c.lemma_ in _TOLD_EVENT_VERBS for c in head.children))


# "announced on January 9 that they had separated": the news is the event, dated by the telling
_TOLD_EVENT_VERBS = {"separate", "split", "divorce", "marry", "wed", "engage", "break", "welcome", "expect", "part"}


_MESSAGES = {"statement", "post", "photo", "picture", "snap", "video", "news", "message", "tribute", "update",
             "clip", "selfie", "story", "image", "note", "letter", "caption", "it", "this", "that", "something"}


def _is_future(text: str, d: DateMatch, doc=None) -> bool | None:
    """True: the context points ahead ("will wed in June"); False: back; None: no evidence either way."""
    rel = (d.group("rel") or "").lower()
    if rel in ("next", "later this", "the next", "the coming", "coming"):
        return True
    if rel in ("last", "past", "this past", "the past", "the last", "earlier this", "the previous"):
        return False
    tense = _tense(doc, d.start, d.end) if doc is not None else None
    if tense is not None:
        return tense == "future"
    if doc is not None and doc.has_annotation("DEP"):
        s, e = _sentence_bounds(text, d.start)
        later = _NEXT_CLAUSE.search(text, d.end, e)  # "engaged over Christmas, and the couple are planning"
        e = later.start() if later else e
        return True if _FUTURE.search(_unquoted(text[s:e], d.start - s)) else None
    before = _sentence_before(text, d.start)
    return True if _FUTURE.search(_unquoted(before, len(before))) else None


_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:that\s+)?(?=the\b|they\b|he\b|she\b|[A-Z])|;")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _unquoted(sentence: str, pos: int) -> str:
    """`sentence` without the quotations that do not hold position `pos`: a quote's "will"
    ("confirmed the split on Thursday, writing that they 'will always love...'") is the
    speaker's future, not the reporter's."""
    return _QUOTED.sub(lambda m: m.group(0) if m.start() <= pos < m.end() else " ", sentence)


def find_dates(doc, published: D | None) -> list[tuple[Span, When | None]]:
    """Every date expression of `doc` with its interval (None when unresolvable).

    Chained expressions ("the following year") are anchored on the closest
    earlier resolved date of the text; deictic ones on `published`. "The day",
    "that day" count from the latest single day named before; a clock time from
    the day named next to it in its sentence ("at 16:15 UTC, June 1").
    """
    text = doc_text(doc)
    out: list[tuple[Span, When | None]] = []
    previous: When | None = None
    previous_end = 0
    last_day: When | None = None
    last_day_at: tuple[When, int] | None = None  # the latest single day and where it was written
    since_at: tuple[When, int] | None = None     # the latest "since X" (X itself) and where it ends
    heading: tuple[When, int] | None = None  # the latest timeline heading and where it ends
    aside: tuple[When | None, int] | None = None  # the base before a date told in a "who …" aside, and its end
    found = find_expressions(text)
    absorbed: set[int] = set()
    for i, d in enumerate(found):
        base = previous
        if d.kind in ("the_day", "hours"):
            base = last_day
            if d.kind == "the_day" and previous is not None and last_day_at is None:
                base = previous  # "In the summer of 2021, at the Kingsgate Open … a reception that evening"
        elif d.kind in ("shift", "few_shift", "following") and (d.group("unit") or "").lower() in ("day", "night", "morning", "afternoon", "evening") \
                and last_day is not None and previous is not None and previous.start != previous.end:
            base = last_day  # "two days later" counts from the last day named, not from a season
        elif aside is not None and aside[1] == previous_end and _looks_back(d):
            base = aside[0]  # "The exes, who wed in 2008, had separated the previous autumn": the story's autumn
        elif d.kind == "time":
            base = _clock_base(text, found, i, previous, previous_end, published, doc, last_day_at)
        elif d.kind in ("shift", "few_shift", "unit_around", "season_around"):
            # "the night before the premiere": from the date the premiere was told with
            base = _forward_base(text, found, i, published, doc) or _event_noun_base(text, d, out, found, i, published) \
                or (previous if d.kind != "season_around" and (d.group("unit") or "").lower() != "eve" else None)
            if d.kind == "few_shift" and base is previous and d.group("dir").lower() in ("after", "before", "prior") \
                    and not _EVENT_NOUN_AFTER.match(text, d.end):
                base = None  # "only months after the death of …": from an event, not the last date
        if d.kind == "weekend" and (d.group("rel") or "").lower() == "the" and previous_end < _sentence_bounds(text, d.start)[0]:
            base = None  # "spotted over the weekend": the last one, unless its sentence named a day of that week
        if d.kind == "last_unit" and base is not None and re.match(r"the\s+next$", d.group("rel") or "", re.I) \
                and doc is not None and _clause_past(doc, d.start, d.end):
            # "showed off the ring ... the next week": told in the past, it follows the story's date
            d = DateMatch(d.start, d.end, "following", (("dir", "next"), ("unit", d.group("unit"))))
        invert = (d.group("dir") or "").lower() in ("after", "before", "prior") and _gerund_follows(text, d.end)
        # "… years after the couple separated": counted from a clause's event (not from "the
        # breakup", an event noun told with its own date)
        from_clause = d.kind in ("shift", "few_shift") and not invert and base is previous and previous is not None \
            and (d.group("dir") or "").lower() in ("after", "before") and _clause_follows(doc, d.end) \
            and not _EVENT_NOUN_AFTER.match(text, d.end)
        if from_clause and previous_end >= _sentence_bounds(text, d.start)[0]:
            # "finalized on Wednesday, more than two years after the couple separated": the
            # clause's event is the one two years before Wednesday
            invert = True
        elif from_clause and d.kind == "shift":
            base = None  # "married him two years after the band broke up": from that clause's day, untold here
        if d.kind in ("that_month", "that_year", "following", "following_month") and since_at is not None \
                and since_at[1] >= _sentence_bounds(text, d.start)[0]:
            # "together since 2017, first met that August": August 2017; "dating since early
            # 2019; the two met … the previous autumn": autumn 2018
            base = since_at[0]
        if d.kind in ("that_month", "that_year") and heading is not None \
                and heading[1] <= d.start < _entry_end(text, heading[1]) and previous_end <= heading[1]:
            base = heading[0]  # "- **March 2021:** … They meet at the script reading that month"
        anchor, future = published, None
        if i in absorbed:
            continue
        year_after, absorbs = _year_after(text, found, i, previous, published)
        if absorbs:
            absorbed.add(i + 1)  # "New Year's Eve the following year" is one expression
        if year_after is not None:
            # "at a Fourth of July picnic in Tulsa in 1985": the holiday of that year
            anchor, future = D(year_after, 12, 31), False
        elif heading is not None and _bare_in_entry(text, d, heading[1]):
            # "2021: ... welcomed Amara on Halloween": within the heading's year
            anchor, future = D(heading[0].end.year, 12, 31), False
        else:
            future = _is_future(text, d, doc)
            if not future and _in_told_past(text, d, previous, previous_end, published) and (
                    d.kind != "holiday" or (found[i - 1].end == previous_end and (aside is None or aside[1] != previous_end))):
                # "They were dating by that summer, and she moved in in the autumn": the first
                # one after the date the paragraph's story is at (a holiday only right after
                # its sentence's date, and not a "who met in 2015" aside's)
                anchor, future = previous.start + dt.timedelta(days=364), False
        when = _resolve_match(d, text[d.start:d.end], anchor, base, future=future, gerund_follows=invert)
        if when is not None and out and out[-1][1] is not None and _range_end(text, out[-1][0], d) \
                and when.end < out[-1][1].start:
            when = years_before(when, -1)  # "in the lull between Christmas and New Year's": the New Year after
        start = d.start
        since = None
        if when is not None:
            when_named = when
            since = re.search(r"\bsince\s+$", text[max(0, d.start - 8):d.start], re.I)
            if since and published is not None and when.start <= published:
                start = d.start - (len(text[max(0, d.start - 8):d.start]) - since.start())
                when = When(when.start, published, when.precision, text[start:d.end])
            if since:
                since_at = (when_named, d.end)  # "since 2008" opens a span; the story's own time stays
                # where it was, but "that August" in the same sentence is 2008's
            elif _DATELINE.search(text, max(0, d.start - 40), d.start) or in_byline(text, d.start, d.end):
                pass  # "Published May 2, 2024": the article's own date, not a date of its story
            elif _is_heading(text, d):
                # "2017: Two years later, ...": a timeline entry's heading labels the entry; its
                # chained words count from the entry before, whose latest date is now the base
                if heading is not None and previous_end <= heading[1]:
                    previous = heading[0]
                if previous is None or previous.start > when.end:
                    previous = when
                previous_end = d.end
                heading = (when, d.end)
            elif d.kind not in ("present", "recent"):
                if not _telling_date(doc, d.start, d.end) and not _in_heading_line(text, d.start):
                    aside = (previous, d.end) if _in_relative_aside(text, d.start, d.end) else None
                    previous, previous_end = when, d.end
                if when.start == when.end:
                    last_day = when  # "said on Tuesday ... shares rose on the day"
                    last_day_at = (when, d.end)
        out.append((Span(start, found[i + 1].end if i + 1 in absorbed else d.end), when))
    _close_since_spans(text, out)
    out.extend(_unmatched_entities(doc, out))
    out.sort(key=lambda pair: pair[0].start)
    return out


_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?:the\s+)?$", re.I)


def _close_since_spans(text: str, out: list[tuple[Span, When | None]]) -> None:
    """"had been seeing X since 2012, and that dragged on until late 2015": a span opened
    with "since" ends at the date "until" names later in its sentence, not at publication."""
    for n, (span, when) in enumerate(out):
        if when is None or not text[span.start:span.end].lower().startswith("since"):
            continue
        end = _sentence_bounds(text, span.start)[1]
        for later, until in out[n + 1:]:
            if later.start >= end:
                break
            if until is not None and until.end >= when.start \
                    and _UNTIL.search(text, max(0, later.start - 12), later.start):
                out[n] = (span, When(when.start, until.end, when.precision, when.text))
                break


_DATELINE = re.compile(r"\b(?:Published|Updated|Posted|Last\s+updated|Dateline)\b(?:\s+on)?[\s:]*(?:\w+,?\s+)?$", re.I)
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*#>]+[ \t]*)?(?:\*\*|__|\*|_)?$")
_HEADING_AFTER = re.compile(r"(?:\*\*|__|\*|_)?[ \t]*(?::|[-–—][ \t])")


def _is_heading(text: str, d: DateMatch) -> bool:
    return (d.kind in ("year", "month_year", "full", "season_year", "month_day", "part_year")
            or (d.kind in ("holiday", "part_month") and d.group("year") is not None)) and _labels_entry(text, d.start, d.end)


# "## Chapter three: the wobble (2018)", "The ring — Christmas 2018": a heading line (no
# sentence's end on it; Markdown's marks are blanked in the parsed text) that ends in its
# date, in brackets or after a colon or dash
_CLOSING_HEADING = re.compile(r"^[ \t#*_]*[A-Z][^\n.!?]{0,120}?(?:\(|(?<!\d)[:\u2013\u2014-][ \t]*)$")
_HEADING_CLOSED = re.compile(r"\)?[ \t*_]*(?:\n|$)")


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)


def _range_end(text: str, first: Span, d: DateMatch) -> bool:
    """Is `d` the second date of "between X and Y", with no year of its own?"""
    return text[first.end:d.start] == " and " and not d.group("year") \
        and _BETWEEN.search(text, max(0, first.start - 12), first.start) is not None


def years_before(when: When | None, n: int | None) -> When | None:
    """`when` moved back `n` whole years, forward for a negative `n` (None when either is unknown)."""
    if n is None or when is None:
        return None
    return When(years_back(when.start, n), years_back(when.end, n), when.precision, when.text)


_HEADING_LINE = re.compile(r"[ \t#*_]*[A-Z][^\n.!?]{0,150}\n[ \t]*(?:\n|\Z)")


_STAMPED_LINE = re.compile(r"[ \t#*_>]*(?:by|date|dated|published|posted|updated|last\s+updated|filed)\b", re.I)


def _in_heading_line(text: str, at: int) -> bool:
    """Is `at` on a heading line: short, no sentence's end, a blank line under it ("## The
    wedding and the baby (2019–2020)")? Its dates title a section; the story's chained words
    ("the following September") count from the story, not from them."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start > 0 and bool(_HEADING_LINE.match(text, line_start))


def _labels_entry(text: str, start: int, end: int) -> bool:
    """A date opening a line and followed by a colon or dash: "2015: They met...", "**2017** –";
    or closing a heading line: "## Chapter two: going public (2016)"."""
    if _HEADING_BEFORE.search(text, max(0, start - 12), start) and _HEADING_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    words = text[line_start:start]
    return start - line_start <= 160 and bool(_HEADING_CLOSED.match(text, end)) \
        and bool(_CLOSING_HEADING.match(words)) and not _STAMPED_LINE.match(words) \
        and any(c.islower() for c in words)  # ("LAS VEGAS — Friday, October 14, 2022": a dateline)


def in_byline(text: str, start: int, end: int) -> bool:
    """Is the date at `start` that of a byline or dateline near the top
    ("_Pulse Daily · Celebrity · May 18, 2021_", "LOS ANGELES, Nov. 15, 2022 —")?"""
    footer = start >= len(text) - FOOTER_REGION
    if start > BYLINE_REGION and not footer:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 120:
        return False  # a byline's date stands near its line's start
    line_end = text.find("\n", end)
    # (60 characters past the date are enough to see that the line goes on)
    line = text[line_start:min(line_end if line_end >= 0 else len(text), end + 60)]
    # (the byline's own date: "LAS VEGAS, Jan. 9, 2024 (Wire) — … married early Sunday" dates the story)
    return any(m.start("date") <= start - line_start < m.end("date") for rx in BYLINE_DATES
               for m in rx.finditer(line))


_PARAGRAPH = re.compile(r"\s*[^\n]*")
_NEXT_HEADING = re.compile(r"\s*(?:#|(?:[*_]{1,2})?(?:(?:19|20)\d\d|" + "|".join(
    m.capitalize() for m in MONTHS if len(m) > 3 or m == "may") + r"|Spring|Summer|Fall|Autumn|Winter)\b)")


def _entry_end(text: str, heading_end: int) -> int:
    """Where the entry under a timeline heading ends: the heading line, then its paragraphs
    up to the next heading (a Markdown heading, a line opening with a year or month), at
    most four."""
    line_end = text.find("\n", heading_end)
    if line_end < 0:
        return len(text)
    end = _PARAGRAPH.match(text, line_end).end()
    for _ in range(3):
        if end >= len(text) or _NEXT_HEADING.match(text, end):
            break
        end = _PARAGRAPH.match(text, end).end()
    return end


_LOOKING_BACK = re.compile(r"\bhad\b|['’]d\s+(?:\w+\s+){0,2}?$|\bsince\s+$", re.I)


def _in_told_past(text: str, d: DateMatch, previous: When | None, previous_end: int, published: D | None) -> bool:
    """A season with no year ("moved in together in the autumn") in the paragraph of a story
    told at a date long past, or a holiday in its sentence ("met … in 2016, were engaged by
    Christmas"): it falls after that date, not in the year before publication. Not "had met
    in the spring" (told looking back). (A bare month is not: "met in 2016 and split in
    January" is most often the January just gone.)"""
    start = _sentence_bounds(text, d.start)[0]
    if (d.kind != "season_bare" and not (d.kind == "holiday" and previous_end >= start)) or d.group("year") \
            or d.group("rel") or d.group("yrel") or previous is None or published is None:
        return False  # ("met during the first season in 2016, were engaged by Christmas": 2016's)
    if (published - previous.end).days < 180 or "\n" in text[previous_end:d.start]:
        return False
    return not _LOOKING_BACK.search(text, start, d.start)


_ASIDE_OPEN = re.compile(r",\s*(?:who|whom|which)\b[^,;]*$", re.I)
_ASIDE_CLOSE = re.compile(r"[^,;.!?]{0,40},")


def _in_relative_aside(text: str, start: int, end: int) -> bool:
    """A date inside a relative clause set off by commas ("The exes, who wed in 2008, …")."""
    # (the closing comma first: asked of every date, it is the cheap part)
    return bool(_ASIDE_CLOSE.match(text, end)) and bool(_ASIDE_OPEN.search(text, _sentence_bounds(text, start)[0], start))


def _looks_back(d: DateMatch) -> bool:
    """"the previous autumn", "the year before", "two years earlier": counted back from a base."""
    direction = (d.group("dir") or d.group("rel") or "").lower()
    return direction.endswith(("previous", "preceding", "before", "earlier", "prior"))


def _bare_in_entry(text: str, d: DateMatch, heading_end: int) -> bool:
    """A holiday, month or season with no year or "last"/"next" ("in late April", "by
    spring"), inside the entry of the heading that ends at `heading_end`: it falls in the
    heading's year."""
    if d.kind not in ("holiday", "month_year", "month_day", "part_month", "season_bare") \
            or d.group("year") or d.group("rel") or d.group("yrel"):
        return False
    return heading_end <= d.start < _entry_end(text, heading_end)


def heading_scopes(text: str, dates: list[tuple[Span, When | None]]) -> list[tuple[int, int, When]]:
    """(start, end, when) of each timeline entry: a heading line that opens with a date
    ("September 2013: First outing") dates its own line and the paragraph under it."""
    out = []
    for span, when in dates:
        if when is None or not _labels_entry(text, span.start, span.end):
            continue
        out.append((span.start, _entry_end(text, span.end), when))
    return out


_YEAR_LATER_IN_CLAUSE = re.compile(r"[^,.;:!?\n“”\"]{0,40}?\bin\s+$")


def _year_after(text: str, found, i: int, previous: When | None, published: D | None) -> tuple[int | None, bool]:
    """The year a yearless day, month or holiday is given a few words later in its clause
    ("a Fourth of July picnic in Tulsa in 1985") or right after it ("on New Year's Eve the
    following year", which then is part of it)."""
    d = found[i]
    if d.kind not in ("holiday", "month_day", "month_year") or re.search(r"\d{4}|['’]\d\d", text[d.start:d.end]) \
            or i + 1 >= len(found):
        return None, False
    nxt, between = found[i + 1], text[d.end:found[i + 1].start]
    if nxt.kind in ("following", "that_year") and (nxt.group("unit") or "").lower() == "year" \
            and re.fullmatch(r"\s+(?:of\s+)?", between) and previous is not None:
        told = _resolve_match(nxt, text[nxt.start:nxt.end], published, previous, future=None)
        if told is None or told.start.year != told.end.year:
            return None, False
        return told.start.year, True
    if nxt.kind != "year" or not _YEAR_LATER_IN_CLAUSE.fullmatch(between) \
            or re.search(r"\b(?:and|but|then|until|before|after)\b", between):
        return None, False
    return int(re.search(r"\d{4}", text[nxt.start:nxt.end]).group()), False


def _forward_base(text, found, i, published, doc) -> When | None:
    """"two years prior to the 2022 filing", "the day before the 2019 wedding": the date named next."""
    d = found[i]
    if i + 1 < len(found) and re.search(r"(?:prior|before|after|earlier|later)$", text[d.start:d.end], re.I):
        nxt = found[i + 1]
        if re.fullmatch(r"\s+(?:to\s+|than\s+)?(?:(?:the|their|his|her|its|that)\s+)?", text[d.end:nxt.start], re.I):
            return _resolve_match(nxt, text[nxt.start:nxt.end], published, None, future=_is_future(text, nxt, doc))
    return None


# the events a chain may count from, by the nouns and verbs that tell them
_EVENT_NOUNS = ({"wedding", "ceremony", "nuptials", "married", "wed"}, {"premiere"}, {"taping", "filming", "shoot"},
                {"opening"}, {"funeral", "memorial"}, {"split", "breakup"}, {"divorce"}, {"proposal", "engagement"},
                {"party", "gala", "bash"}, {"finale"})
_TELLING_VERBS = {"married", "wed"}  # what tells a wedding without its noun
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:the|their|his|her|its)\s+(?:[\w’'\-]+\s+){0,2}?("
                               + "|".join(sorted(set().union(*_EVENT_NOUNS) - _TELLING_VERBS)) + r")\b", re.I)


def anchoring_noun_end(text: str, end: int) -> int | None:
    """Where the event noun a date is told relative to ends ("the eve of the wedding", "the
    night before the premiere"), or None when no such noun follows the date."""
    m = _EVENT_NOUN_AFTER.match(text, end)
    return m.end() if m else None


def _event_noun_base(text, d, out, found, i, published) -> When | None:
    """"The day before the ceremony", "the night after the taping": the date the text told that
    event with: in the same sentence ("called off their wedding in 2017, just weeks before the
    ceremony"; "the winter before their wedding, and they married … in 1979"), else in an
    earlier sentence naming it ("wed on Saturday evening")."""
    m = _EVENT_NOUN_AFTER.match(text, d.end)
    if m is None:
        return None
    group = next(g for g in _EVENT_NOUNS if m.group(1).lower() in g)
    words = re.compile(r"\b(?:" + "|".join(group) + r")\b", re.I)
    a, b = _sentence_bounds(text, d.start)
    # (not a date told relative to such an event itself: "on the eve of the wedding")
    told = [(span, when) for span, when in out if when is not None and when.precision != "approximate"
            and not _EVENT_NOUN_AFTER.match(text, span.end)]
    for span, when in reversed(told):
        if a <= span.start and words.search(text, a, span.start):
            return when
    for nxt in found[i + 1:]:
        if nxt.start >= b:
            break
        if words.search(text, m.end(), nxt.start):
            got = _resolve_match(nxt, text[nxt.start:nxt.end], published, None, future=False)
            if got is not None:
                return got
    # "the night before the wedding" counts from a wedding told to the day, if one was
    day_scale = (d.group("unit") or "").lower() in DAY_UNITS
    for precise in ((True, False) if day_scale else (False,)):
        for span, when in reversed(told):
            sa, sb = _sentence_bounds(text, span.start)
            if sb <= a and words.search(text, sa, sb) and (not precise or when.precision == "day"):
                return when
    return None


DAY_UNITS = ("day", "night", "morning", "afternoon", "evening")


def _clock_base(text, found, i, previous, previous_end, published, doc, last_day=None) -> When | None:
    """The day a clock time belongs to: a date right after it, else the sentence's previous date."""
    d = found[i]
    if i + 1 < len(found):
        nxt = found[i + 1]
        if re.fullmatch(r",?\s*(?:on\s+)?", text[d.end:nxt.start]) and nxt.kind not in ("time",):
            got = _resolve_match(nxt, text[nxt.start:nxt.end], published, previous,
                                 future=_is_future(text, nxt, doc))
            if got is not None:
                return got
    if previous is not None and _sentence_bounds(text, d.start)[0] <= previous_end:
        return previous
    stamp = opens_line(text, d.start)  # "10:40 p.m. — …" opening a live-blog entry
    if last_day is not None and ((d.start - last_day[1] < 400 and not stamp) or (
            last_day[0].start >= (published or last_day[0].start) - dt.timedelta(days=7) and d.start - last_day[1] < 3000)):
        # "on Saturday night … (who died in 2019) … arriving shortly after 9pm"; "proposed on New
        # Year's Eve. He popped the question as the midnight fireworks lit up the bridge"
        return last_day[0]
    return None


def _clause_follows(doc, end: int) -> bool:
    """A finite clause right after "two years after": "... after the couple quietly separated"."""
    if doc is None or not doc.has_annotation("TAG"):
        return False
    hinge = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if hinge is not None and hinge[-1].dep_ == "mark":
        return True  # "after" subordinating a clause
    span = doc.char_span(end, min(len(doc_text(doc)), end + 80), alignment_mode="contract")
    if span is None:
        return False
    for tok in span:
        if tok.is_punct:
            return False
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


_NOT_GERUNDS = {"during", "including", "according", "regarding", "concerning", "following", "pending",
                "surrounding", "morning", "evening", "wedding", "spring", "something", "nothing", "anything",
                "everything", "thing", "king", "ring", "string", "building", "ceiling", "outing", "bring"}


def _gerund_follows(text: str, end: int) -> bool:
    """"two years before marrying": the gerund's event is the one that far from the date
    (not "two years prior during a trip")."""
    m = re.match(r"\s+(?:to\s+)?(\w+ing)\b", text[end:end + 30])
    return bool(m) and m.group(1).islower() and m.group(1) not in _NOT_GERUNDS  # not "before Thanksgiving"


_TIME_WORD = re.compile(
    r"\b(?:day|week|weekend|month|year|decade|century|quarter|morning|afternoon|evening|night|season|"
    r"spring|summer|autumn|fall|winter|era|period|times?)s?\b|"
    + _MON + "|" + _WEEKDAY, re.I)
_NOT_A_DATE = re.compile(
    r"\b(?:age|aged|ages|old|hours?|minutes?|seconds?|annual|annually|daily|weekly|monthly|yearly|nightly)\b|"
    r"^(?:about\s+|nearly\s+|almost\s+)?an?\s+quarter\b", re.I)


def _unmatched_entities(doc, found) -> list[tuple[Span, When | None]]:
    """spaCy DATE/TIME entities our patterns do not cover, kept unresolved.

    Only those that name a unit of calendar time: never bare numbers (ages,
    counts), ages ("the age of 56"), clock durations ("75 hours") or adverbs ("annual").
    """
    extra = []
    for ent in doc.ents:  # (once a doc; the cached entities are for extraction, which releases them)
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if re.fullmatch(r"[\d\s,.'’-]+", ent.text) or _NOT_A_DATE.search(ent.text) \
                or not _TIME_WORD.search(ent.text):
            continue
        if any(not (ent.end_char <= s.start or ent.start_char >= s.end) for s, _ in found):
            continue
        extra.append((Span(ent.start_char, ent.end_char), None))
    return extra
