"""Find date expressions in an article and resolve them to intervals of days.

dateparser handles explicit calendar dates ("March 3, 2021", "Aug. 19"); this
module owns everything around it: which words form a date expression, how
precise it is, and what it is anchored to (the publication day for deictic
words like "last Tuesday", the previous date of the text for chained ones like
"two years prior"). Bare numbers are never dates here, so ages ("Cruise, 61,")
and money ("$48") cannot be mistaken for days.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import Span, When

D = dt.date
DAY = dt.timedelta(days=1)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
            "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20,
    "a couple of": 2, "a couple": 2, "a few": 3, "several": 4, "a dozen": 12,
}
UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}

# ---------------------------------------------------------------- patterns

_MON = r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NUM = r"(?P<num>\d{1,2}|a couple of|a couple|a few|a dozen|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)"
_UNIT = r"(?P<unit>day|night|week|month|year|decade)s?"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_PART = r"(?P<part>early|mid|late)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYPART = r"(?:\s+(?:morning|afternoon|evening|night))?"


def _holiday_rules() -> list[dict]:
    data = resources.files("gossip_timeline.resources").joinpath("holidays.json").read_text("utf-8")
    return json.loads(data)


HOLIDAYS = _holiday_rules()
_HOLIDAY_NAMES = sorted((n for h in HOLIDAYS for n in h["names"]), key=len, reverse=True)
_HOLIDAY = "(?P<hol>" + "|".join(re.escape(n).replace("'", "['’]?") for n in _HOLIDAY_NAMES) + ")"

# (kind, regex) pairs; every regex is matched case-insensitively on the text.
# Overlaps are settled longest-first, so order only breaks ties.
PATTERNS: list[tuple[str, str]] = [
    ("full", rf"{_MON}\s+{_DAYNUM},?\s+{_YEAR}"),
    ("full", rf"{_DAYNUM}\s+{_MON},?\s+{_YEAR}"),
    ("iso", r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"),
    ("part_month", rf"(?:the\s+)?{_PART}[- ](?:in\s+)?{_MON}(?:,?\s+(?:of\s+)?{_YEAR})?"),
    ("month_day", rf"{_MON}\s+{_DAYNUM}\b(?!,?\s+(?:19|20)\d\d)"),
    ("month_year", rf"(?P<rel>last|this|next|past)?\s*{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|(?!\s+[A-Z][a-z]))"),
    ("part_year", rf"(?:the\s+)?{_PART}[- ]{_YEAR}\b(?!s)"),
    ("decade", rf"(?:the\s+)?(?:{_PART}[- ])?(?P<dec>['’]?\d0|(?:19|20)\d0)['’]?s\b"),
    ("season_year", rf"(?:the\s+)?(?:{_PART}[- ])?{_SEASON}(?:\s+of)?\s+{_YEAR}"),
    ("season_rel", rf"(?P<rel>last|this|next|past|this past|later this|earlier this)\s+{_SEASON}"),
    ("season_bare", rf"the\s+{_SEASON}\b(?!\s+of)"),
    ("holiday", rf"(?P<rel>last|this|next|this past)?\s*{_HOLIDAY}(?:\s+(?P<wkend>weekend))?(?:\s+{_YEAR})?"),
    ("weekday", rf"(?P<rel>last|this|next|this past)?\s*{_WEEKDAY}{_DAYPART}"),
    ("named_day", r"(?P<named>yesterday|today|tonight|last night|this (?:morning|afternoon|evening))"),
    ("this_unit", r"(?P<rel>earlier|later)?\s*this\s+(?P<unit>week|month|year)"),
    ("last_unit", r"(?P<rel>last|next|the past|the last)\s+(?P<unit>week|month|year)\b"),
    ("ago", rf"{_NUM}\s+{_UNIT}\s+ago"),
    ("shift", rf"(?<!for ){_NUM}(?:\s+|-){_UNIT}\s+(?P<dir>later|after|afterwards?|earlier|before|prior)"),
    ("following", rf"(?:the|that)\s+(?P<dir>following|next|previous|preceding|same|prior)\s+(?P<unit>day|night|week|month|year|{_SEASON[2:-1].split('>')[1]})"),
    ("that_year", r"(?:that|the same)\s+(?P<unit>year|month)\b"),
    ("unit_around", r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)\b"),
    ("duration", rf"for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?{_NUM}(?:\s+|-){_UNIT}"),
    ("year", rf"(?<![$£€\d,.])\b{_YEAR}\b(?![\d%,.]\d|-year|\s*%)"),
]
_COMPILED = [(kind, re.compile(rf"\b{rx}", re.IGNORECASE)) for kind, rx in PATTERNS]
_FUTURE = re.compile(
    r"\b(will|['’]ll|going to|plans? to|planning|set to|scheduled|expected to|expects? to|"
    r"upcoming|hopes? to|intends? to|thinking about|considering|slated)\b", re.IGNORECASE)
_CAPITALIZED = ("mon", "wd")  # groups whose word must be written with a capital


@dataclass(frozen=True)
class DateMatch:
    """One date expression: where it is, what kind it is and its regex groups."""

    start: int
    end: int
    kind: str
    groups: tuple[tuple[str, str], ...]

    def group(self, name: str) -> str | None:
        return dict(self.groups).get(name)


# ---------------------------------------------------------------- finding

def find_expressions(text: str) -> list[DateMatch]:
    """Every date expression in `text`, longest-first, without overlaps, in text order."""
    found: list[DateMatch] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            if m.end() == m.start() or not _well_cased(m):
                continue
            groups = tuple((k, v) for k, v in m.groupdict().items() if v)
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append(DateMatch(start, m.end(), kind, groups))
    found.sort(key=lambda d: (-(d.end - d.start), d.start))
    taken: list[DateMatch] = []
    for d in found:
        if all(d.end <= t.start or d.start >= t.end for t in taken):
            taken.append(d)
    return sorted(taken, key=lambda d: d.start)


def _well_cased(m: re.Match) -> bool:
    for g in _CAPITALIZED:
        v = m.groupdict().get(g)
        if v and not v[0].isupper():
            return False
    if m.groupdict().get("mon") == "May" and m.group(0).strip() == "May":
        # a lone "May" opening a sentence is usually the verb
        before = m.string[max(0, m.start() - 3):m.start()]
        if not before.strip() or before.strip()[-1:] in ".!?\"“":
            return False
    return True


def _sentence_before(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n")
    return text[start + 1:pos]


def _is_future(text: str, d: DateMatch) -> bool:
    if (d.group("rel") or "").lower() in ("next", "later this"):
        return True
    return bool(_FUTURE.search(_sentence_before(text, d.start)))


def find_dates(doc, published: D | None) -> list[tuple[Span, When | None]]:
    """Every date expression of `doc` with its interval (None when unresolvable).

    Chained expressions ("the following year") are anchored on the closest
    earlier resolved date of the text; deictic ones on `published`.
    """
    text = doc.text
    out: list[tuple[Span, When | None]] = []
    previous: When | None = None
    for d in find_expressions(text):
        when = _resolve_match(d, text[d.start:d.end], published, previous,
                              future=_is_future(text, d),
                              gerund_follows=_gerund_follows(text, d.end))
        start = d.start
        if when is not None:
            since = re.search(r"\bsince\s+$", text[max(0, d.start - 8):d.start], re.I)
            if since and published is not None and when.start <= published:
                start = d.start - (len(text[max(0, d.start - 8):d.start]) - since.start())
                when = When(when.start, published, when.precision, text[start:d.end])
            previous = when
        out.append((Span(start, d.end), when))
    out.extend(_unmatched_entities(doc, out))
    out.sort(key=lambda pair: pair[0].start)
    return out


def _gerund_follows(text: str, end: int) -> bool:
    return bool(re.match(r"\s+\w+ing\b", text[end:end + 30]))


def _unmatched_entities(doc, found) -> list[tuple[Span, When | None]]:
    """spaCy DATE/TIME entities our patterns do not cover, kept unresolved (not bare numbers)."""
    extra = []
    for ent in getattr(doc, "ents", ()):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if re.fullmatch(r"[\d\s,.'’-]+", ent.text):
            continue  # ages and counts, never dates
        if any(not (ent.end_char <= s.start or ent.start_char >= s.end) for s, _ in found):
            continue
        extra.append((Span(ent.start_char, ent.end_char), None))
    return extra


# ---------------------------------------------------------------- resolving

def resolve(expression: str, anchor: D | None, *, base: When | None = None,
            future: bool = False) -> When | None:
    """Resolve one expression given on its own ("last fall", "the following year").

    `anchor` is the publication day (None: relative expressions resolve to None),
    `base` the date a chained expression counts from (defaults to the anchor day).
    """
    text = re.sub(r"^(?:in|on|at|during|by|from|of)\s+", "", expression.strip(), flags=re.I)
    since = re.match(r"since\s+", text, re.I)
    text = text[since.end():] if since else text
    for d in find_expressions(text):
        if d.start == 0 and d.end == len(text):
            when = _resolve_match(d, text, anchor, base, future=future)
            if when and since and anchor is not None and when.start <= anchor:
                when = When(when.start, anchor, when.precision, expression.strip())
            return when
    return None


def _resolve_match(d: DateMatch, text: str, anchor: D | None, base: When | None,
                   *, future: bool, gerund_follows: bool = False) -> When | None:
    handler = _HANDLERS[d.kind]
    try:
        interval = handler(d, anchor, base, future, gerund_follows)
    except (ValueError, OverflowError):
        return None
    if interval is None:
        return None
    start, end, precision = interval
    return When(start, end, precision, text)


def _month(m: str | None) -> int:
    return MONTHS[m.lower().rstrip(".")[:3] if m.lower().rstrip(".") not in MONTHS else m.lower().rstrip(".")]


def _month_end(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def _year_span(y: int):
    return D(y, 1, 1), D(y, 12, 31), "year"


def _num(value: str) -> int:
    v = value.lower()
    return int(v) if v.isdigit() else NUMBERS[v]


def _add_months(day: D, n: int) -> D:
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return D(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _shift(day: D, n: int, unit: str) -> D:
    if unit in ("day", "night"):
        return day + n * DAY
    if unit == "week":
        return day + 7 * n * DAY
    if unit == "month":
        return _add_months(day, n)
    if unit == "year":
        return _add_months(day, 12 * n)
    return _add_months(day, 120 * n)


@lru_cache(maxsize=512)
def _dateparser_day(expression: str, anchor: D | None, future: bool) -> D | None:
    import dateparser  # imported lazily: it costs about half a second

    settings = {"PREFER_DATES_FROM": "future" if future else "past",
                "REQUIRE_PARTS": ["day", "month"], "PREFER_DAY_OF_MONTH": "first"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
    got = dateparser.parse(expression, languages=["en"], settings=settings)
    return got.date() if got else None


def _full(d, anchor, base, future, _g):
    day = _dateparser_day(f"{d.group('mon')} {d.group('day')} {d.group('year')}", None, False)
    return (day, day, "day") if day else None


def _iso(d, anchor, base, future, _g):
    day = D.fromisoformat(d.group("iso"))
    return day, day, "day"


def _month_day(d, anchor, base, future, _g):
    if anchor is None:
        return None
    day = _dateparser_day(f"{d.group('mon')} {d.group('day')}", anchor, future)
    return (day, day, "day") if day else None


def _nearest_month(month: int, anchor: D, future: bool, rel: str = "") -> int:
    if rel == "next" or (future and rel != "last"):
        return anchor.year if month >= anchor.month else anchor.year + 1
    if rel == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "this":
        return anchor.year
    return anchor.year if month <= anchor.month else anchor.year - 1


def _month_year(d, anchor, base, future, _g):
    month = _month(d.group("mon"))
    if d.group("year"):
        y = int(d.group("year"))
    elif anchor is None:
        return None
    else:
        y = _nearest_month(month, anchor, future, (d.group("rel") or "").lower())
    return D(y, month, 1), _month_end(y, month), "month"


def _part_month(d, anchor, base, future, _g):
    got = _month_year(d, anchor, base, future, _g)
    if got is None:
        return None
    first, last, _ = got
    part = d.group("part").lower()
    if part == "early":
        return first, first.replace(day=10), "month"
    if part == "mid":
        return first.replace(day=11), first.replace(day=20), "month"
    return first.replace(day=21), last, "month"


_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _part_year(d, anchor, base, future, _g):
    y = int(d.group("year"))
    a, b = _PART_MONTHS[d.group("part").lower()]
    return D(y, a, 1), _month_end(y, b), "season"


def _decade(d, anchor, base, future, _g):
    raw = d.group("dec").lstrip("'’")
    if len(raw) == 2:
        two = int(raw)
        pivot = (anchor or D.today()).year % 100
        raw = str((1900 if two > pivot else 2000) + two)
    first = int(raw)
    part = (d.group("part") or "").lower()
    lo, hi = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(part, (0, 9))
    return D(first + lo, 1, 1), D(first + hi, 12, 31), "decade"


def season_interval(season: str, year: int) -> tuple[D, D]:
    """Northern-hemisphere season; the winter of `year` runs December (year - 1) to February."""
    m = SEASONS[season.lower()]
    if m == 12:
        return D(year - 1, 12, 1), _month_end(year, 2)
    return D(year, m, 1), _month_end(year, m + 2)


def _season_year(d, anchor, base, future, _g):
    start, end = season_interval(d.group("season"), int(d.group("year")))
    part = (d.group("part") or "").lower()
    if part == "early":
        end = _month_end(start.year, start.month)
    elif part == "late":
        last = _add_months(start, 2)
        start = last
    return start, end, "season"


def _season_rel(d, anchor, base, future, _g):
    if anchor is None:
        return None
    season, rel = d.group("season"), (d.group("rel") or "").lower()
    this_year = anchor.year + 1 if (SEASONS[season.lower()] == 12 and anchor.month == 12) else anchor.year
    if rel in ("last", "past", "this past"):
        for y in range(anchor.year + 1, anchor.year - 3, -1):
            s, e = season_interval(season, y)
            if e < anchor and not (rel == "last" and s <= anchor <= e):
                return s, e, "season"
        return None
    if rel == "next":
        for y in range(anchor.year, anchor.year + 3):
            s, e = season_interval(season, y)
            if s > anchor:
                return s, e, "season"
    s, e = season_interval(season, this_year)
    if rel == "later this":
        s = max(s, anchor)
    elif rel == "earlier this":
        e = min(e, anchor)
    return (s, e, "season") if s <= e else None


def _season_bare(d, anchor, base, future, _g):
    if anchor is None:
        return None
    season = d.group("season")
    years = range(anchor.year, anchor.year + 3) if future else range(anchor.year + 1, anchor.year - 3, -1)
    for y in years:
        s, e = season_interval(season, y)
        if (future and e >= anchor) or (not future and s <= anchor):
            return s, e, "season"
    return None


def _holiday_rule(name: str) -> dict:
    key = name.lower().replace("’", "'")
    for rule in HOLIDAYS:
        if key in rule["names"] or key.replace("'", "") in [n.replace("'", "") for n in rule["names"]]:
            return rule
    raise ValueError(name)


def _easter(year: int) -> D:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return D(year, month, (h + l - 7 * m + 114) % 31 + 1)


def holiday_date(name: str, year: int) -> D:
    """The day a named holiday falls on in `year` (US calendar for Mother's Day, Thanksgiving...)."""
    rule = _holiday_rule(name)
    if "easter" in rule:
        return _easter(year) + rule["easter"] * DAY
    if "day" in rule:
        return D(year, rule["month"], rule["day"])
    month, weekday, nth = rule["month"], rule["weekday"], rule["nth"]
    if nth > 0:
        first = D(year, month, 1)
        return first + ((weekday - first.weekday()) % 7 + 7 * (nth - 1)) * DAY
    last = _month_end(year, month)
    return last - ((last.weekday() - weekday) % 7) * DAY


def _holiday(d, anchor, base, future, _g):
    name, rel = d.group("hol"), (d.group("rel") or "").lower()
    if d.group("year"):
        day = holiday_date(name, int(d.group("year")))
    elif anchor is None:
        return None
    elif rel == "next" or (future and rel != "last"):
        day = holiday_date(name, anchor.year)
        if day < anchor:
            day = holiday_date(name, anchor.year + 1)
    else:
        day = holiday_date(name, anchor.year)
        if day > anchor or (rel == "last" and day == anchor):
            day = holiday_date(name, anchor.year - 1)
    if d.group("wkend"):
        return day, day + 3 * DAY, "approximate"
    return day, day, "day"


def _weekday(d, anchor, base, future, _g):
    if anchor is None:
        return None
    wd, rel = WEEKDAYS[d.group("wd").lower()], (d.group("rel") or "").lower()
    if rel == "next" or (future and rel not in ("last", "this past")):
        delta = (wd - anchor.weekday()) % 7 or 7
        day = anchor + delta * DAY
    else:
        delta = (anchor.weekday() - wd) % 7 or 7
        day = anchor - delta * DAY
    return day, day, "day"


def _named_day(d, anchor, base, future, _g):
    if anchor is None:
        return None
    named = d.group("named").lower()
    day = anchor - DAY if named in ("yesterday", "last night") else anchor
    return day, day, "day"


def _week_start(day: D) -> D:
    return day - day.weekday() * DAY


def _this_unit(d, anchor, base, future, _g):
    if anchor is None:
        return None
    unit, rel = d.group("unit").lower(), (d.group("rel") or "").lower()
    if unit == "week":
        s, e, p = _week_start(anchor), _week_start(anchor) + 6 * DAY, "approximate"
    elif unit == "month":
        s, e, p = anchor.replace(day=1), _month_end(anchor.year, anchor.month), "month"
    else:
        s, e, p = _year_span(anchor.year)
    if rel == "earlier":
        e = anchor
    elif rel == "later":
        s = anchor
    return s, e, p


def _last_unit(d, anchor, base, future, _g):
    if anchor is None:
        return None
    unit, rel = d.group("unit").lower(), d.group("rel").lower()
    if rel in ("the past", "the last"):
        return _shift(anchor, -1, unit), anchor, "approximate"
    step = 1 if rel == "next" else -1
    if unit == "week":
        s = _week_start(anchor) + 7 * step * DAY
        return s, s + 6 * DAY, "approximate"
    if unit == "month":
        s = _add_months(anchor.replace(day=1), step)
        return s, _month_end(s.year, s.month), "month"
    return _year_span(anchor.year + step)


def _ago(d, anchor, base, future, _g):
    if anchor is None:
        return None
    n, unit = _num(d.group("num")), d.group("unit").lower()
    fuzzy = d.group("num").lower() in ("a few", "several", "a couple", "a couple of")
    if unit in ("year", "decade"):
        years = n * (10 if unit == "decade" else 1)
        tol = 0 if years <= 3 and not fuzzy else max(1, years // 10) * (2 if unit == "decade" and n > 1 else 1)
        y = anchor.year - years
        return D(y - tol, 1, 1), D(y + tol, 12, 31), "year" if tol == 0 else "approximate"
    center = _shift(anchor, -n, unit)
    tol = {"day": 0, "night": 0, "week": 3, "month": 15}[unit] * (2 if fuzzy else 1)
    if tol == 0:
        return center, center, "day"
    return center - tol * DAY, min(anchor, center + tol * DAY), "approximate"


def _shifted(base: When, n: int, unit: str):
    start, end = _shift(base.start, n, unit), _shift(base.end, n, unit)
    if unit == "year" and base.precision == "year":
        return _year_span(start.year)
    if unit == "month" and base.precision == "month":
        return start.replace(day=1), _month_end(end.year, end.month), "month"
    if unit in ("day", "night") and base.precision == "day":
        return start, end, "day"
    return start, end, "approximate"


def _shift_expr(d, anchor, base, future, gerund_follows):
    if base is None:
        return None
    n, unit = _num(d.group("num")), d.group("unit").lower()
    sign = 1 if d.group("dir").lower().startswith(("later", "after")) else -1
    if gerund_follows:
        # "married in 1981, two weeks after meeting": the gerund's event is the shifted one
        sign = -sign
    return _shifted(base, sign * n, unit)


def _following(d, anchor, base, future, _g):
    if base is None:
        return None
    unit, direction = d.group("unit").lower(), d.group("dir").lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(direction, 0)
    if unit in SEASONS:
        s, e = season_interval(unit, base.start.year + (1 if step > 0 else 0) if step else base.start.year)
        return s, e, "season"
    if unit == "year":
        return _year_span(base.start.year + step)
    if unit == "month":
        s = _add_months(base.start.replace(day=1), step)
        return s, _month_end(s.year, s.month), "month"
    return _shifted(base, step, unit)


def _that_year(d, anchor, base, future, _g):
    if base is None:
        return None
    if d.group("unit").lower() == "year":
        return _year_span(base.start.year)
    s = base.start.replace(day=1)
    return s, _month_end(s.year, s.month), "month"


def _unit_around(d, anchor, base, future, _g):
    if base is None:
        return None
    step = 1 if d.group("dir").lower() == "after" else -1
    return _following(DateMatch(d.start, d.end, "following",
                                (("unit", d.group("unit")), ("dir", "following" if step > 0 else "previous"))),
                      anchor, base, future, _g)


def _duration(d, anchor, base, future, _g):
    return None  # a length of time, not a point on the calendar


def _year(d, anchor, base, future, _g):
    return _year_span(int(d.group("year")))


_HANDLERS = {
    "full": _full, "iso": _iso, "month_day": _month_day, "month_year": _month_year,
    "part_month": _part_month, "part_year": _part_year, "decade": _decade,
    "season_year": _season_year, "season_rel": _season_rel, "season_bare": _season_bare,
    "holiday": _holiday, "weekday": _weekday, "named_day": _named_day,
    "this_unit": _this_unit, "last_unit": _last_unit, "ago": _ago, "shift": _shift_expr,
    "following": _following, "that_year": _that_year, "unit_around": _unit_around,
    "duration": _duration, "year": _year,
}
