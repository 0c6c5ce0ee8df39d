"""Each kind of date expression turned into an interval of days and its precision.

One handler per kind (the _HANDLERS table), given what dates.py decided: the
anchor (the publication day), the base (the date a chained expression counts
from) and the tense. They know nothing of the document, so a kind's calendar
arithmetic can be changed, or tested through `resolve`, on its own.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from .date_patterns import HOLIDAYS, MONTHS, NUMBERS, SEASONS, WEEKDAYS, DateMatch, find_expressions
from .model import When

D = dt.date
DAY = dt.timedelta(days=1)


# ---------------------------------------------------------------- resolving

def resolve(expression: str, anchor: D | None, *, base: When | None = None,
            future: bool = False) -> When | None:
    """Resolve one expression given on its own ("last fall", "the following year").

    `anchor` is the publication day (None: relative expressions resolve to None),
    `base` the date a chained expression counts from (defaults to the anchor day).
    """
    text = re.sub(r"^(?:in|on|at|during|by|from|of|over|around|for)\s+", "", expression.strip(), flags=re.I)
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
    if unit == "century":
        return _add_months(day, 1200 * n)
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
    day = _dateparser_day(f"{d.group('mon')} {d.group('day')}", anchor, bool(future))
    if day and future is None and day < anchor:
        ahead = _dateparser_day(f"{d.group('mon')} {d.group('day')}", anchor, True)
        if ahead and (ahead - anchor).days <= 31:
            day = ahead  # no tense either way: "a June 1 deadline" in late May is the coming one
    return (day, day, "day") if day else None


def _nearest_month(month: int, anchor: D, future: bool | None, rel: str = "") -> int:
    if future is None and not rel and (month - anchor.month) % 12 == 1:
        future = True  # no tense either way: next month is nearer than eleven months back
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


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _nth_weekday(d, anchor, base, future, _g):
    """"the first Saturday of December": that day of the month the month expression names."""
    got = _month_year(d, anchor, base, future, _g)
    if got is None:
        return None
    first, last, _ = got
    weekday, nth = _WEEKDAYS.index(d.group("wd").lower()), _NTH[d.group("nth").lower()]
    if nth > 0:
        day = first + ((weekday - first.weekday()) % 7 + 7 * (nth - 1)) * DAY
    else:
        day = last - ((last.weekday() - weekday) % 7) * DAY
    return (day, day, "day") if day.month == first.month else None


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
        # "last summer" in early September is last year's: the summer just ended is "this summer"
        recent = 31 if rel == "last" else 0
        for y in range(anchor.year + 1, anchor.year - 3, -1):
            s, e = season_interval(season, y)
            if (anchor - e).days > recent:
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
    season = d.group("season") or d.group("bare")
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


# A holiday's weekend, as (first, last) day offsets from the holiday by its weekday:
# Memorial Day (a Monday) runs Saturday to Monday, Thanksgiving (a Thursday) to Sunday,
# Easter (a Sunday) from Good Friday to Easter Monday; a midweek Fourth of July is
# ambiguous between the weekends either side, so it takes both.
_HOLIDAY_WEEKEND = {0: (-2, 0), 1: (-3, 0), 2: (-4, 4), 3: (0, 3), 4: (0, 2), 5: (-1, 1), 6: (-2, 1)}


def _holiday(d, anchor, base, future, _g):
    name, rel = d.group("hol"), (d.group("rel") or "").lower()
    yrel = (d.group("yrel") or "").lower()
    if d.group("year"):
        day = holiday_date(name, int(d.group("year")))
    elif yrel and anchor is not None:  # "the Fourth of July last year"
        day = holiday_date(name, anchor.year + {"last": -1, "this": 0, "next": 1}[yrel])
    elif rel == "that" and base is not None:  # "met in 2015 ... that Christmas"
        day = holiday_date(name, base.start.year)
    elif rel.startswith("the") and base is not None:  # "married in May, engaged the previous Christmas"
        if rel.endswith("previous"):
            day = holiday_date(name, base.start.year)
            day = day if day < base.start else holiday_date(name, base.start.year - 1)
        else:
            day = holiday_date(name, base.end.year)
            day = day if day > base.end else holiday_date(name, base.end.year + 1)
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
    rule = _holiday_rule(name)
    if d.group("wkend"):
        a, b = rule.get("weekend") or _HOLIDAY_WEEKEND[day.weekday()]
        return day + a * DAY, day + b * DAY, "approximate"
    if rule.get("length", 1) > 1:  # "the holidays": a stretch of days
        return day, day + (rule["length"] - 1) * DAY, "approximate"
    return day, day, "day"


def _weekday(d, anchor, base, future, _g):
    """The named day of the week nearest the anchor on the side the tense points to.

    News names the publication day itself by its weekday ("said on Monday" in a
    Monday story), so the anchor day counts; "last"/"next" exclude it.
    """
    if anchor is None:
        return None
    wd, rel = WEEKDAYS[d.group("wd").lower()], (d.group("rel") or "").lower()
    if rel == "this":  # "this Saturday" told on a Thursday: that week's, still to come
        day = anchor + (wd - anchor.weekday()) * DAY
        return day, day, "day"
    if rel == "next" or (future and rel not in ("last", "this past")):
        delta = (wd - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
        day = anchor + delta * DAY
    else:
        delta = (anchor.weekday() - wd) % 7 or (7 if rel in ("last", "this past") else 0)
        day = anchor - delta * DAY
    return day, day, "day"


def _named_day(d, anchor, base, future, _g):
    if anchor is None:
        return None
    named = d.group("named").lower()
    day = anchor + {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(named, 0) * DAY
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
    elif unit == "decade":
        first = anchor.year - anchor.year % 10
        s, e, p = D(first, 1, 1), D(first + 9, 12, 31), "decade"
    elif unit == "century":
        first = anchor.year - anchor.year % 100
        s, e, p = D(first, 1, 1), D(first + 99, 12, 31), "approximate"
    else:
        s, e, p = _year_span(anchor.year)
    if rel == "earlier":
        e = anchor
    elif rel == "later":
        s = anchor
    return _part_of(d, s, e, p)


def _last_unit(d, anchor, base, future, _g):
    if anchor is None:
        return None
    unit, rel = d.group("unit").lower(), d.group("rel").lower()
    if rel == "the current":
        return _this_unit(DateMatch(d.start, d.end, "this_unit", (("unit", unit),)), anchor, base, future, _g)
    if rel in ("the past", "the last", "this past"):
        return _shift(anchor, -1, unit), anchor, "approximate"
    if rel in ("the next", "the coming"):
        return anchor, _shift(anchor, 1, unit), "approximate"
    step = 1 if rel == "next" else -1
    if unit == "week":
        s = _week_start(anchor) + 7 * step * DAY
        return s, s + 6 * DAY, "approximate"
    if unit == "month":
        s = _add_months(anchor.replace(day=1), step)
        return _part_of(d, s, _month_end(s.year, s.month), "month")
    if unit in ("decade", "century"):
        return _shift(anchor, step, unit) if step < 0 else anchor, anchor if step < 0 else _shift(anchor, 1, unit), "approximate"
    return _part_of(d, *_year_span(anchor.year + step))


def _part_of(d, s: D, e: D, precision: str):
    """"late last year", "early this month": that part of the whole year or month."""
    part, unit = (d.group("part") or "").lower(), d.group("unit").lower()
    if not part or unit not in ("year", "month"):
        return s, e, precision
    if unit == "year":
        a, b = _PART_MONTHS[part]
        return D(s.year, a, 1), _month_end(s.year, b), "season"
    first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, _month_end(s.year, s.month).day)}[part]
    return s.replace(day=first), s.replace(day=last), precision


def _with_half(d, n: int, unit: str) -> tuple[int, str]:
    """"two and a half years" as 30 months, "a month and a half" as 45 days."""
    if not (d.group("half") or d.group("half2")):
        return n, unit
    if unit in ("year", "decade"):
        return n * (120 if unit == "decade" else 12) + (60 if unit == "decade" else 6), "month"
    if unit == "month":
        return n * 30 + 15, "day"
    if unit == "week":
        return n * 7 + 3, "day"
    return n, unit


def _ago(d, anchor, base, future, _g):
    if anchor is None:
        return None
    n, unit = _with_half(d, _num(d.group("num")), d.group("unit").lower())
    fuzzy = d.group("num").lower() in ("a few", "several", "a couple", "a couple of")
    this = (d.group("this") or "").lower()
    if this and unit in ("year", "decade") and not fuzzy:
        then = _shift(anchor, -n * (10 if unit == "decade" else 1), "year")
        if this == "today":
            return then, then, "day"
        if this.endswith("month"):
            return then.replace(day=1), _month_end(then.year, then.month), "month"
        return _week_start(then), _week_start(then) + 6 * DAY, "approximate"
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
    if unit in ("year", "decade") and base.precision != "approximate":
        if base.precision in ("month", "season"):
            end = _month_end(end.year, end.month)
        return start, end, base.precision
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
    n, unit = _with_half(d, _num(d.group("num")), d.group("unit").lower())
    sign = 1 if d.group("dir").lower().startswith(("later", "after")) else -1
    if gerund_follows:
        # "married in 1981, two weeks after meeting": the gerund's event is the shifted one
        sign = -sign
    vague = _VAGUE_COUNTS.get(re.sub(r"\s+", " ", d.group("num").lower()))
    if vague is not None:  # "a few weeks before Christmas": two to five of them
        near, far = _shifted(base, sign * vague[0], unit), _shifted(base, sign * vague[1], unit)
        return min(near[0], far[0]), max(near[1], far[1]), "approximate"
    return _shifted(base, sign * n, unit)


# how many "a few" or "several" may be: (least, most)
_VAGUE_COUNTS = {"a couple of": (2, 3), "a couple": (2, 3), "a few": (2, 5), "several": (3, 9)}


# how far "days", "weeks" or "months" before or after may reach, in units: (least, most)
_FEW = {"day": (1, 10), "week": (1, 8), "month": (1, 11)}


def _few_shift(d, anchor, base, future, gerund_follows):
    """"days before Thanksgiving": between one and ten days before it; "weeks ago": one to
    eight weeks before publication."""
    unit = d.group("unit").lower()
    least, most = _FEW[unit]
    if d.group("dir").lower() == "ago":
        return (_shift(anchor, -most, unit), _shift(anchor, -least, unit), "approximate") if anchor else None
    if base is None:
        return None
    before = not d.group("dir").lower().startswith(("later", "after"))
    if gerund_follows:
        before = not before
    if before:
        return _shift(base.start, -most, unit), _shift(base.end, -least, unit), "approximate"
    return _shift(base.start, least, unit), _shift(base.end, most, unit), "approximate"


def _following(d, anchor, base, future, _g):
    if base is None:
        return None
    unit, direction = d.group("unit").lower(), d.group("dir").lower()
    unit = "day" if unit in ("morning", "afternoon", "evening") else unit  # "the following morning"
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(direction, 0)
    if unit in SEASONS:
        if step == 0:
            s, e = season_interval(unit, base.start.year)
        else:  # the first such season after the base ("met in March; the following summer")
            years = range(base.start.year, base.start.year + 3) if step > 0 else range(base.start.year, base.start.year - 3, -1)
            s, e = next((s, e) for s, e in (season_interval(unit, y) for y in years)
                        if (s > base.end if step > 0 else e < base.start))
        return s, e, "season"
    if unit == "year":
        return _year_span(base.start.year + step)
    if unit == "month":
        s = _add_months(base.start.replace(day=1), step)
        return s, _month_end(s.year, s.month), "month"
    return _shifted(base, step, unit)


def _following_month(d, anchor, base, future, _g):
    """"the following February": the first February after the date the text last named
    ("the previous May": the last one before it)."""
    if base is None:
        return None
    month = _month(d.group("mon"))
    if d.group("dir").lower() in ("following", "next"):
        y = base.end.year if month > base.end.month else base.end.year + 1
    else:
        y = base.start.year if month < base.start.month else base.start.year - 1
    return D(y, month, 1), _month_end(y, month), "month"


def _that_year(d, anchor, base, future, _g):
    if base is None:
        return None
    if d.group("unit").lower() == "year":
        return _year_span(base.start.year)
    s = base.start.replace(day=1)
    return s, _month_end(s.year, s.month), "month"


def _that_month(d, anchor, base, future, _g):
    """"dating since that August", "that summer": the month or season in the year of the
    previous date of the text (the first one on or after it when that is later in the year)."""
    if base is None:
        return None
    if d.group("season"):
        season = d.group("season")
        # ("met in the spring of 2012 … started dating that winter": the winter that year ends in)
        y = base.start.year + (1 if SEASONS[season.lower()] == 12 and base.start.month >= 3 else 0)
        s, e = season_interval(season, y)
        return s, e, "season"
    month = _month(d.group("mon"))
    return D(base.start.year, month, 1), _month_end(base.start.year, month), "month"


def _hours(d, anchor, base, future, _g):
    """"Hours earlier": the day last named, when one was; "twenty-four hours later" the day after."""
    if base is None or base.start != base.end:
        return None
    days = _num(d.group("hours")) // 24 if d.group("hours") else 0
    day = base.start + days * DAY * (-1 if d.group("dir").lower() == "earlier" else 1)
    return day, day, "day"


def _unit_around(d, anchor, base, future, _g):
    if base is None:
        return None
    step = 1 if (d.group("dir") or "").lower() in ("after", "later") else -1
    unit = d.group("unit").lower()
    unit = "day" if unit in ("night", "morning", "evening", "eve") else unit  # "the night before the wedding"
    return _following(DateMatch(d.start, d.end, "following",
                                (("unit", unit), ("dir", "following" if step > 0 else "previous"))),
                      anchor, base, future, _g)


def _season_around(d, anchor, base, future, _g):
    """"the winter before their wedding" (1979): the last winter ending before the wedding's
    interval starts; "the summer after": the first one starting after it ends."""
    if base is None:
        return None
    season, before = d.group("season"), d.group("dir").lower() == "before"
    for y in (range(base.start.year + 1, base.start.year - 3, -1) if before else range(base.end.year - 1, base.end.year + 3)):
        s, e = season_interval(season, y)
        if (before and e < base.start) or (not before and s > base.end):
            return s, e, "season"
    return None


def _duration(d, anchor, base, future, _g):
    return None  # a length of time, not a point on the calendar


def _year(d, anchor, base, future, _g):
    return _year_span(int(d.group("year")))


def _two_digit_year(yy: str, anchor: D | None) -> int:
    two = int(yy.lstrip("'’"))
    pivot = (anchor or D.today()).year % 100 + 1
    return (1900 if two > pivot else 2000) + two


def _numeric(d, anchor, base, future, _g):
    month, day, year = int(d.group("nm")), int(d.group("nd")), d.group("ny")
    if month > 12 >= day:
        month, day = day, month  # 25/12/2019: day first
    y = int(year) if len(year) == 4 else _two_digit_year(year, anchor)
    day_ = D(y, month, day)
    return day_, day_, "day"


def _month_rel(d, anchor, base, future, _g):
    if anchor is None:
        return None
    month = _month(d.group("mon"))
    y = anchor.year + {"this": 0, "last": -1, "next": 1}[d.group("rel").lower()]
    return D(y, month, 1), _month_end(y, month), "month"


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(d, anchor, base, future, _g):
    """"the third quarter of 2009", "Q3", "the first half of this year", "the fourth quarter"."""
    if d.group("qn"):
        n, size = int(d.group("qn")[1]), 3
    else:
        size = 3 if d.group("qh").lower() == "quarter" else 6
        n = _ORDINALS.get(d.group("ord").lower())  # "final", "last": the latest one
    count = 12 // size
    rel = re.sub(r"\s+", " ", (d.group("rel") or "").lower())
    if d.group("year"):
        year = int(d.group("year"))
    elif d.group("yy"):
        year = _two_digit_year(d.group("yy"), anchor)
    elif anchor is None:
        return None
    elif rel:
        year = anchor.year + {"last": -1, "the previous": -1, "next": 1}.get(rel, 0)
    else:
        year = None
    if year is None:
        current = (anchor.month - 1) // size + 1
        if n is None:  # "the last quarter": the latest one completed
            n, year = (current - 1, anchor.year) if current > 1 else (count, anchor.year - 1)
        else:
            year = anchor.year
            if future and n < current:
                year += 1
            elif future is False and n > current:
                year -= 1
            elif future is None and n > current + 1:
                year -= 1  # no tense either way: the nearer of the two
    elif n is None:
        n = count
    start, end = D(year, size * (n - 1) + 1, 1), _month_end(year, size * n)
    return start, end, "season" if size == 3 else "approximate"


def _fiscal(d, anchor, base, future, _g):
    """Fiscal years vary by company: read as the calendar year they are named for."""
    if d.group("year"):
        return _year_span(int(d.group("year")))
    return _year_span(_two_digit_year(d.group("yy"), anchor))


def _weekend(d, anchor, base, future, _g):
    rel = (d.group("rel") or "").lower()
    if rel in ("that", "the") and base is not None and base.end - base.start <= 6 * DAY:
        ref = base.start  # "on Friday ... over the weekend": the weekend of that week
        sat = _week_start(ref) + 5 * DAY
        return sat, sat + DAY, "approximate"
    if anchor is None:
        return None
    sat = _week_start(anchor) + 5 * DAY
    on_weekend = anchor.weekday() >= 5
    if rel == "next" or (future and rel not in ("last", "this past", "the past")):
        if rel == "next" and on_weekend:
            sat += 7 * DAY
    else:
        if not on_weekend or rel == "last":
            sat -= 7 * DAY
    return sat, sat + DAY, "approximate"


def _same_day(base: When | None, anchor: D | None):
    if base is not None and base.start == base.end:
        return base.start, base.end, "day"
    if base is not None:  # one evening of a summer, a year: which one, the text does not say
        return base.start, base.end, base.precision
    if anchor is None:
        return None
    return anchor, anchor, "day"


def _time(d, anchor, base, future, g):
    """A clock time dates its day: the named weekday, the date of the sentence, or the anchor."""
    if d.group("wd"):
        return _weekday(d, anchor, base, future, g)
    if base is not None and 0 < (base.end - base.start).days <= 7:
        return base.start, base.end, "approximate"  # "earlier this week ... just after midnight"
    return _same_day(base, anchor)


def _the_day(d, anchor, base, future, _g):
    return _same_day(base, anchor)


_EDGES = {"beginning": "begin", "start": "begin", "turn": "begin", "end": "end", "close": "end",
          "middle": "middle"}


def _edge(d, anchor, base, future, _g):
    """"the end of last year", "the beginning of the month", "the middle of 2009"."""
    target, edge = d.group("target").lower(), _EDGES[d.group("edge").lower()]
    unit = re.fullmatch(r"(the|that|the same)\s+(year|month|week|day|decade|century)", target)
    if unit:
        day = base.start if base is not None and unit[1] != "the" else anchor
        if day is None:
            return None
        probe = DateMatch(0, 0, "this_unit", (("unit", unit[2]),))
        got = _same_day(None, day) if unit[2] == "day" else _this_unit(probe, day, None, False, False)
        s, e, p = got
    else:
        when = resolve(d.group("target"), anchor, base=base, future=future)
        if when is None:
            return None
        s, e, p = when.start, when.end, when.precision
    length = (e - s).days + 1
    if length <= 1:
        return s, e, "day"
    if p == "year" and s.month == 1 and e.month == 12:
        a, b = {"begin": (1, 3), "middle": (5, 8), "end": (10, 12)}[edge]
        return D(s.year, a, 1), _month_end(s.year, b), "season"
    if p == "month":
        a, b = {"begin": (1, 10), "middle": (11, 20), "end": (21, e.day)}[edge]
        return s.replace(day=a), s.replace(day=b), "month"
    if p == "decade":
        a, b = {"begin": (0, 2), "middle": (3, 6), "end": (7, 9)}[edge]
        return D(s.year + a, 1, 1), D(s.year + b, 12, 31), "decade"
    part = max(1, length // 4)
    if edge == "begin":
        return s, s + (part - 1) * DAY, "approximate"
    if edge == "end":
        return e - (part - 1) * DAY, e, "approximate"
    mid = s + (length // 2) * DAY
    return mid - (part // 2) * DAY, mid + (part // 2) * DAY, "approximate"


def _past_n(d, anchor, base, future, _g):
    """"the past nine days", "the next two years", "recent weeks": the stretch up to (from) the anchor."""
    if anchor is None:
        return None
    n, unit = _num(d.group("num")), d.group("unit").lower()
    rel = d.group("rel").lower()
    if "next" in rel or "coming" in rel:
        return anchor, _shift(anchor, n, unit), "approximate"
    return _shift(anchor, -n, unit), anchor, "approximate"


def _same_period(d, anchor, base, future, _g):
    """"the same period last year": the previous date of the text, a year earlier (or in the year named)."""
    if base is None:
        return None
    years = int(d.group("year")) - base.start.year if d.group("year") else -1
    return _shifted(base, years, "year")


def _present(d, anchor, base, future, _g):
    return (anchor, anchor, "day") if anchor is not None else None


_RECENT = {"day": (-7, "day"), "week": (-6, "week"), "month": (-6, "month"), "year": (-5, "year"),
           "decade": (-3, "decade")}


def _recent(d, anchor, base, future, _g):
    """"recently", "in recent years", "the past few months": a stretch ending at the anchor."""
    if anchor is None:
        return None
    unit = (d.group("unit") or d.group("unit2") or "").lower()
    if not unit:
        return _add_months(anchor, -3), anchor, "approximate"
    n, u = _RECENT[unit]
    if d.group("unit2"):
        n = -4
    return _shift(anchor, n, u), anchor, "approximate"


def _vague(d, anchor, base, future, _g):
    return None  # "the future", "soon", "the long term": a time expression without an interval


def _apos_year(d, anchor, base, future, _g):
    return _year_span(_two_digit_year(d.group("yy"), anchor))


_HANDLERS = {
    "full": _full, "iso": _iso, "month_day": _month_day, "month_year": _month_year,
    "part_month": _part_month, "nth_weekday": _nth_weekday, "part_year": _part_year, "decade": _decade,
    "season_year": _season_year, "season_rel": _season_rel, "season_bare": _season_bare,
    "holiday": _holiday, "weekday": _weekday, "named_day": _named_day,
    "this_unit": _this_unit, "last_unit": _last_unit, "ago": _ago, "shift": _shift_expr, "few_shift": _few_shift, "hours": _hours, "season_around": _season_around,
    "following": _following, "following_month": _following_month, "that_year": _that_year, "that_month": _that_month, "unit_around": _unit_around,
    "duration": _duration, "year": _year,
    "numeric": _numeric, "month_rel": _month_rel, "quarter": _quarter, "fiscal": _fiscal,
    "weekend": _weekend, "time": _time, "the_day": _the_day, "edge": _edge, "past_n": _past_n,
    "same_period": _same_period, "present": _present, "recent": _recent, "vague": _vague,
    "apos_year": _apos_year,
}
