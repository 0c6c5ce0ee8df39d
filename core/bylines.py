"""Bylines: the date a plain-text or Markdown article gives itself near its top
("By Jane Doe | Published March 3, 2021", "*June 3, 2022*"), which the reader takes as
the publication date and the date layer never counts from."""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = ("January February March April May June July August September October "
           "November December").split()
_MONTH_ALT = "|".join(m + "|" + m[:3] + r"\.?" for m in _MONTHS) + r"|Sept\.?"
_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"  # "Sun, 09 Feb 2025"
_DATE = (r"(?P<date>(?P<iso>\d{4}-\d{2}-\d{2})|" + _WEEKDAY +
         r"(?:(?P<month>" + _MONTH_ALT + r")\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
         r"|(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTH_ALT + r"),?\s+(?P<year2>\d{4})"  # "Thursday 9 February 2023"
         r"|(?P<num1>\d{1,2})/(?P<num2>\d{1,2})/(?P<year3>\d{4})\b))")  # "11/08/2023"
# a clock time after a byline's date: ", 4:12 p.m. PT", " at 11:40 AM ET", " – 6:45am"
_CLOCK = r"(?:(?:,|[ \t]+[\u2013\u2014\u00b7|-])?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)?"
# (a clock time may come first: "Updated 3:15 p.m. EDT, May 2, 2023")
_STAMP = (r"(?:Published|Posted|(?:Last\s+)?Updated|Date)\s*(?:by\s[^\n|]{1,60}?\s+on\s+|on\s*)?:?\s*"  # "Posted by Gemma Trowbridge on 3 November 2024"
          r"(?:\d{1,2}:\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?,?[ \t]+)?")
# Bylines: a stamped date at a line start or after a separator ("By Jane Doe | Published
# ..."), a "By" line ending in a date ("By Jane Doe, June 4, 2025"), a line that is only
# a date ("*June 3, 2022*"), or a date between a byline's separators. "was updated on
# March 3, 2021" in a sentence is none of them.
BYLINE_DATES = tuple(re.compile(rx, re.IGNORECASE | re.MULTILINE) for rx in (
    r"(?:^|[|\u00b7\u2022\u2013\u2014]|\s-\s)[ \t*_>#]*" + _STAMP + _DATE,
    r"^[ \t*_>]*By\s[^\n]{1,80}?(?:,|\s[|\u00b7\u2022\u2013\u2014-])\s*(?:" + _STAMP + r")?" + _DATE,
    # (with a separator and a little more after it: "24 June 2024 · 6 min read")
    r"^[ \t*_]*" + _DATE + _CLOCK + r"(?:[ \t]*[|\u00b7\u2022][^\n|\u00b7\u2022]{0,40})?[ \t*_.]*$",
    # "_Pulse Daily · Celebrity · May 18, 2021 · 4 min read_": a date between a byline's separators
    r"^[^\n]{0,80}[|\u00b7\u2022][ \t]*" + _DATE + _CLOCK + r"[ \t]*(?:[|\u00b7\u2022][^\n]{0,40})?[ \t*_]*$",
    # a dateline: "NASHVILLE, June 6, 2018 —", "FRANKLIN, Tenn., 9 May 2021 -", "SYDNEY, Tuesday 16 August 2022"
    # (and "LAS VEGAS, Jan. 9, 2024 (Glitter Wire) —", "LAS VEGAS — Friday, October 14, 2022")
    r"^[ \t*_]*(?-i:[A-Z][A-Z.'\- ]{1,30})(?:,[ \t]*[A-Za-z.][A-Za-z. ]{1,20})?(?:,|[ \t]+[\u2014\u2013-])[ \t]*" + _DATE
    + r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?:[\u2014\u2013-]|[*_]*$)",
    # the date in brackets after the place: "LOS ANGELES (March 11, 2022) —"
    r"^[ \t*_]*(?-i:[A-Z][A-Z.'\- ]{1,30})(?:,[ \t]*[A-Za-z.][A-Za-z. ]{1,20})?[ \t]*\([ \t]*" + _DATE
    + r"[ \t]*\)[ \t]*[\u2014\u2013-]",
))
BYLINE_REGION = 600  # a byline sits near the top of the article
FOOTER_REGION = 400  # … or, stamped "Posted …", at its foot


def find_byline_date(text: str) -> dt.date | None:
    """The date of a byline like "Published March 3, 2021" near the top, else of a stamped
    line at the foot ("Posted Thursday, April 7, 2016 at 11:40 AM ET | By Staff"), if any."""
    head = text[:BYLINE_REGION]
    found = [m for m in (rx.search(head) for rx in BYLINE_DATES) if m]
    if not found:
        found = list(BYLINE_DATES[0].finditer(text, max(0, len(text) - FOOTER_REGION)))[-1:]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    if match.group("iso"):
        return iso_day(match.group("iso"))
    if match.group("year3"):
        return _numeric_day(int(match.group("num1")), int(match.group("num2")), int(match.group("year3")))
    month_word = (match.group("month") or match.group("month2")).rstrip(".").lower()[:3]
    month = [m.lower()[:3] for m in _MONTHS].index(month_word) + 1
    try:
        return dt.date(int(match.group("year") or match.group("year2")), month,
                       int(match.group("day") or match.group("day2")))
    except ValueError:
        return None


def _numeric_day(first: int, second: int, year: int) -> dt.date | None:
    """"11/08/2023": month first, as most English-language outlets write it, unless the
    first number cannot be a month ("23/08/2023")."""
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_day(value: str) -> dt.date | None:
    """A YYYY-MM-DD day, or None when it is no real day."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
