"""Which words make a date expression: the word tables, one regex per kind of
expression, and the scan that finds them in a text.

Kept apart from resolving and anchoring so the patterns, and the tricks that
keep matching fast (a lower-case finder per pattern, a word each kind needs),
can be read and tuned on their own. Bare numbers are never dates here, so ages
("Cruise, 61,", "in her 30s") and money ("$48") cannot be mistaken for days.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

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
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "twenty-four": 24, "thirty-six": 36, "forty-eight": 48, "seventy-two": 72,  # hours ("forty-eight hours later")
    "a couple of": 2, "a couple": 2, "a few": 3, "several": 4, "a dozen": 12,
}

# ---------------------------------------------------------------- patterns

_MON = r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![^\W\d_])"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NUM = r"(?P<num>\d{1,2}|a couple of|a couple|a few|a dozen|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
_UNIT = r"(?P<unit>day|night|week|month|year|decade)s?"
# "two and a half years later", "a year and a half ago"
_HALF, _HALF2 = r"(?P<half>\s+and\s+a\s+half)?", r"(?P<half2>\s+and\s+a\s+half)?"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_PART = r"(?P<part>early|mid|late)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYPART = r"(?:\s+(?:morning|afternoon|evening|night))?"


def _holiday_rules() -> list[dict]:
    data = resources.files("gossip_timeline.resources").joinpath("holidays.json").read_text("utf-8")
    return json.loads(data)


HOLIDAYS = _holiday_rules()
_HOLIDAY_NAMES = sorted((n for h in HOLIDAYS for n in h["names"]), key=len, reverse=True)


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, branching letter by letter ("memorial day|mother's day" shares
    nothing, "mother's day|mothers day" shares "mother"), so each position of the text is tried
    once instead of once per word. Longer words still win: every ending is optional and greedy.
    An apostrophe may be curly or missing."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = ["['’]?" + emit(child) if ch == "'" else re.escape(ch) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_HOLIDAY = "(?P<hol>" + _trie_pattern(_HOLIDAY_NAMES) + ")"

_MON_ANY = _MON.replace("?P<mon>", "")
_ORD = r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_TZ = r"(?:\s*\(?(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|local time)(?:\s*[+-]\s*\d{1,2})?\)?)"
_EDGE_TARGET = (r"(?P<target>(?:the|this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+"
                r"(?:year|month|week|day|decade|century|quarter|season|spring|summer|fall|autumn|winter)"
                rf"|(?:19|20)\d\d|{_MON_ANY}(?:,?\s+(?:19|20)\d\d)?|the\s+(?:19|20)?\d0['’]?s)")

# (kind, regex) pairs; every regex is matched case-insensitively on the text.
# Overlaps are settled longest-first, so order only breaks ties. A `lead` group is
# matched but left out of the span (TimeML spans carry no leading preposition).
PATTERNS: list[tuple[str, str]] = [
    ("full", rf"{_MON}\s+{_DAYNUM},?\s+{_YEAR}"),
    ("full", rf"(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON},?\s+{_YEAR}"),
    ("full", rf"(?:{_WEEKDAY},?\s+)?{_MON}\s+{_DAYNUM},?\s+{_YEAR}"),
    ("iso", r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"),
    ("numeric", r"(?<![\d/])(?P<nm>[01]?\d)/(?P<nd>[0-3]?\d)/(?P<ny>(?:19|20)?\d\d)(?![\d/])"),
    ("part_month", rf"(?:the\s+)?{_PART}[- ](?:in\s+)?{_MON}(?:,?\s+(?:of\s+)?{_YEAR})?"),
    ("nth_weekday", rf"(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+{_WEEKDAY}\s+(?:of|in)\s+{_MON}(?:,?\s+{_YEAR})?"),
    ("month_day", rf"(?:{_WEEKDAY},?\s+)?{_MON}\s+{_DAYNUM}\b(?!,?\s+(?:19|20)\d\d)(?!\s*%)"),
    ("month_day", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON}(?!,?\s+(?:19|20)\d\d)"),
    ("month_year", rf"(?P<rel>last|this|next|past)?\s*{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|(?!(?-i:\s+[A-Z][a-z])))"),
    ("month_rel", rf"{_MON}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year"),
    ("part_year", rf"(?:the\s+)?{_PART}[- ]{_YEAR}\b(?!s)"),
    ("decade", rf"(?:the\s+)?(?:{_PART}[- ])?(?P<dec>['’]?\d0|(?:19|20)\d0)['’]?s\b"),
    ("season_year", rf"(?:the\s+)?(?:{_PART}[- ])?{_SEASON}(?:\s+of)?\s+{_YEAR}"),
    ("season_rel", rf"(?P<rel>last|this|next|past|this past|later this|earlier this)\s+{_SEASON}"),
    ("season_bare", rf"the\s+{_SEASON}\b(?!\s+of)"),
    ("season_bare", r"(?<!\bone )(?<!\ba )(?<!\bevery )(?<!\beach )(?<!another )"  # "it lasted one summer": a length
                    # (not "spring training", "the summer collection": a thing named for its season)
                    r"(?P<bare>spring|summer|autumn|winter)\b(?![-’'])(?!\s+(?:training|collections?|campaign|line|lookbook|catalog(?:ue)?|menu)\b)"),
    ("quarter", rf"(?:the\s+)?{_ORD}(?:[- ](?:fiscal|financial))?[- ](?P<qh>quarter|half)"
                rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{_YEAR}|(?P<rel>this|last|next|the\s+current|the\s+previous|the)\s+(?:fiscal\s+|financial\s+)?year))?"),
    ("quarter", rf"(?P<qn>Q[1-4])(?:\s+(?:of\s+)?{_YEAR}|(?:\s+|\s*['’])(?P<yy>\d\d)\b)?"),
    ("fiscal", rf"(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?){_YEAR}|FY['’]?(?P<yy>\d\d)\b"),
    ("holiday", rf"(?:(?P<rel>last|this|next|this past|that|the\s+previous|the\s+following)\s+|the\s+)?{_HOLIDAY}(?![^\W\d_])(?:\s+(?P<wkend>weekend))?"
                rf"{_DAYPART}(?:,?\s+{_YEAR}|,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)?"),
    # ("met on a Sunday", "on a wet Monday in November", "every Friday", "a Sunday paper": no
    # one day; "in a Wednesday media event" is one)
    ("weekday", rf"(?P<rel>last|this|next|this past)?\s*(?<!\bon a )(?<!\bevery )(?<!\beach ){_WEEKDAY}"
                rf"(?!\s+(?:paper|newspaper|tabloid|edition|supplement|school|service)s?\b){_DAYPART}"),
    ("weekend", r"(?P<rel>this|last|next|the|that|this past|the past)\s+weekend"),
    ("time", rf"(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?(?![^\W\d_]))?{_TZ}?"
             rf"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.m\.|[ap]m\b){_TZ}?"
             rf"|(?P<h4>[0-2]\d[0-5]\d)\s*(?:UTC|GMT)|noon|midnight)"
             rf"(?:\s+(?:on\s+)?(?:(?P<rel>last|this|next)\s+)?{_WEEKDAY})?"),
    ("named_day", r"(?P<named>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))"),
    ("the_day", r"(?P<lead>(?:on|for|during|in|(?:rest|end|start|middle|course)\s+of|over|throughout|end(?:ed|ing|s)?|clos(?:e|ed|ing|es)|start(?:ed|ing|s)?|open(?:ed|ing|s)?)\s+)(?:the\s+same|that|the)\s+day\b"
                r"(?!\s+(?:before|after|of|when|that|which|who|he|she|they|we|I|it|his|her|their|[a-z]+ed)\b)(?!-)"),
    ("the_day", r"(?:that|the same)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:before|after|of|when|that|which)\b)"),
    ("edge", rf"(?:the\s+)?(?:very\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+{_EDGE_TARGET}"),
    ("this_unit", rf"(?:{_PART}[- ])?(?P<rel>earlier|later)?\s*this\s+(?P<unit>week|month|year|decade|century)"),
    ("last_unit", rf"(?:{_PART}[- ](?=last|next))?(?P<rel>last|next|the past|the last|the next|the coming|the current|the previous|this past)\s+(?P<unit>week|month|year|decade|century)\b"),
    ("past_n", rf"(?P<rel>the\s+(?:past|last|next|coming|previous)|recent|the\s+recent|coming)\s+{_NUM}(?:\s+|-){_UNIT}"),
    # "ten years ago this week", "a year ago today": that week or day, so many years back
    ("ago", rf"{_NUM}{_HALF}\s+{_UNIT}{_HALF2}\s+ago(?:\s+(?P<this>this\s+(?:week|month)|today)\b)?"),
    ("shift", rf"(?<!for ){_NUM}{_HALF}(?:\s+|-){_UNIT}{_HALF2}\s+(?P<dir>later|after|afterwards?|earlier|before|prior)"),
    # "Hours earlier, the star had been seen …": the day last named
    ("hours", r"(?<!the )(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+|(?P<hours>\d{1,3}|twenty-four|thirty-six|"
              r"forty-eight|seventy-two)\s+)?hours\s+(?P<dir>later|earlier)\b"),
    # "days before Thanksgiving", "weeks later": a shift by a few of a unit, its number untold
    ("few_shift", r"(?<!for )(?<!the )(?:just\s+|only\s+|mere\s+)?(?P<unit>day|week|month)s\s+(?P<dir>later|after|earlier|before|prior|ago)\b"),
    ("following", rf"(?:the|that)\s+(?P<dir>following|next|previous|preceding|same|prior|entire|whole)\s+(?P<unit>day|night|morning|afternoon|evening|week|month|year|{_SEASON[2:-1].split('>')[1]})"),
    ("following_month", rf"(?:the|that)\s+(?P<dir>following|next|previous|preceding)\s+{_MON}(?!\s+\d)"),
    ("that_year", r"(?:that|the same)\s+(?P<unit>year|month)\b"),
    ("that_month", rf"(?:that|the\s+same)\s+(?:(?P<season>spring|summer|fall|autumn|winter)\b"
                   r"(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:in|at|on|when|as|before|after|with|and|they|he|she|the|we|I)\b)"
                   rf"|{_MON}(?!\s+\d))"),
    ("unit_around", r"the\s+(?P<unit>day|night|morning|evening|week|month|year)\s+(?P<dir>before|after|previous|earlier|prior|later)\b"),
    # "on the eve of the wedding": the day before it
    ("unit_around", r"the\s+(?P<unit>eve)\s+of(?P<dir>)(?=\s+(?:the|their|his|her|its)\s)"),
    # "the winter before their wedding": the season of that name next to a date named elsewhere
    ("season_around", r"the\s+(?P<season>spring|summer|autumn|fall|winter)\s+(?P<dir>before|after)\b(?=\s+(?:the|their|his|her|its)\s)"),
    ("same_period", rf"the\s+same\s+(?P<unit>period|month|quarter|week|day|time|season)\s+(?:of\s+|in\s+)?"
                    rf"(?:(?P<ago>(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))|{_YEAR})"),
    # "now"/"currently" + a participle ("now married") tell a state, not when it began
    ("present", r"(?P<pres>currently|at present|at the moment|right now|nowadays|these days|for the time being|"
                r"(?<![-’'])\bnow\b(?![-’']|\s+\d|\s+(?:ex|former)\b))(?!\s+\w+ed\b)"),
    ("recent", r"(?P<rec>recently|lately|(?:in\s+)?recent\s+(?P<unit>day|week|month|year|decade)s|(?:in\s+)?(?:the\s+)?past\s+few\s+(?P<unit2>day|week|month|year|decade)s)"),
    ("vague", r"(?P<lead>(?:in|for)\s+)?the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future(?![-\w])|(?:very\s+)?soon(?:er)?\b(?!\s+after|-)|"
              r"the\s+(?:near|long|short|medium)\s+term|the\s+time\s+being|the\s+past(?!\s+(?:few|\w+\s+(?:day|week|month|year)s?))\b"),
    ("apos_year", r"(?P<lead>(?:in|since|of|from|until|by|to)\s+)['’](?P<yy>\d\d)\b(?![’'\w])"),
    ("duration", rf"for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?{_NUM}(?:\s+|-){_UNIT}"),
    ("year", rf"(?<![$£€\d,.])\b{_YEAR}\b(?![\d%,.]\d|-year|\s*%|\s+(?:percent|per\s+cent))"),
]
_COMPILED = [(kind, re.compile(rf"\b(?:{rx})", re.IGNORECASE)) for kind, rx in PATTERNS]  # \b before every branch


def _lowercase_pattern(source: str) -> str:
    """`source` with its literal letters in lower case (escapes and group names kept)."""
    out, i = [], 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i:i + 2])
            i += 2
        elif source.startswith(("(?P<", "(?P="), i):
            j = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:j + 1])
            i = j + 1
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)


# The same patterns without IGNORECASE, for the text in lower case: case-folding every
# character made matching ~40% slower. They only find where a match starts; the
# IGNORECASE pattern then matches there on the real text, so groups and the casing
# checks see the text as written. (A pattern with a case-sensitive part has none.)
_FINDERS = [None if "(?-i" in rx else re.compile(rf"\b(?:{_lowercase_pattern(rx)})") for _, rx in PATTERNS]


def _matches(index: int, rx: re.Pattern, text: str, lowered: str, windows: list[tuple[int, int]]):
    """Matches of pattern `index` that start inside `windows` (character ranges), each
    matched on the whole text, so a window's end never cuts one short."""
    finder = _FINDERS[index]
    if finder is None or len(lowered) != len(text):  # (a few letters lower-case to two)
        finder, lowered = rx, text
    resume = 0
    for start, end in windows:
        for found in finder.finditer(lowered, max(start, resume), end):
            resume = found.end()
            m = rx.match(text, found.start())
            if m is not None:
                yield m


# Where a kind may match: every match contains one of its anchors, a word (found with
# `str.find`, far cheaper than a regex alternation) or, where no word will do, a small
# regex. Each kind is tried only within reach of its anchors, and not at all in a text
# without them: trying every pattern on a whole text cost 2.5 ms an article. An anchor
# may be looser than the kind ("day" for "Sunday"); that only widens where it is tried.
_REACH = 150  # date expressions are short; this leaves a wide margin on either side
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
_PART_WORDS = ("early", "mid", "late")
_MONTH_WORDS = re.compile(_lowercase_pattern(_MON_ANY.replace(r"(?![^\W\d_])", "")) + r"(?![^\W\d_])")
_ANCHORS: dict[str, tuple[str, ...] | re.Pattern] = {
    "full": _MONTH_WORDS, "month_day": _MONTH_WORDS, "nth_weekday": _MONTH_WORDS, "month_year": _MONTH_WORDS, "part_month": _PART_WORDS,
    "iso": re.compile(r"\d-\d"), "numeric": re.compile(r"\d/\d"), "year": re.compile(r"(?:19|20)\d\d"),
    "decade": ("0s", "0's", "0’s"), "apos_year": re.compile(r"['’]\d\d"),
    "season_year": _SEASONS, "season_rel": _SEASONS, "season_bare": _SEASONS, "season_around": _SEASONS,
    "quarter": ("quarter", "half", "q1", "q2", "q3", "q4"), "fiscal": ("fiscal", "financial", "fy"),
    "holiday": tuple(sorted({w.split("'")[0].lower() for w in _HOLIDAY_NAMES})),
    "weekday": ("day",), "weekend": ("weekend",),
    "time": re.compile(r"\d:\d|[ap]\.?m\b|noon|midnight|\d\d00\s*(?:utc|gmt)"),
    "named_day": ("day", "night", "this", "tomorrow"), "the_day": ("day", "morning", "afternoon", "evening", "night"),
    "edge": (" of ",), "this_unit": ("this",), "last_unit": ("week", "month", "year", "decade", "century"),
    "past_n": ("past", "last", "next", "coming", "recent", "previous"), "ago": ("ago",),
    "shift": ("later", "after", "earlier", "before", "prior"), "few_shift": ("days", "weeks", "months"), "hours": ("hours",),
    "following": ("following", "next", "previous", "preceding", "same", "prior", "entire", "whole"),
    "following_month": ("following", "next", "previous", "preceding"), "that_year": ("that", "same"),
    "that_month": ("that", "same"), "unit_around": ("before", "after", "previous", "earlier", "prior", "later", "eve of"),
    "same_period": ("same",), "present": ("now", "current", "present", "moment", "these days", "time being"),
    "recent": ("recent", "lately", "past few"), "vague": ("future", "soon", "term", "time being", "the past"),
    "duration": ("for ",), "month_rel": ("year",), "part_year": _PART_WORDS,
}


def _anchor_spans(anchor: tuple[str, ...] | re.Pattern, lowered: str) -> list[tuple[int, int]]:
    if isinstance(anchor, re.Pattern):
        return [m.span() for m in anchor.finditer(lowered)]
    out = []
    for word in anchor:
        at = lowered.find(word)
        while at >= 0:
            out.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    return sorted(out)


def _windows(anchor: tuple[str, ...] | re.Pattern, lowered: str) -> list[tuple[int, int]]:
    """The character ranges within reach of the anchor's places in `lowered`, merged."""
    out: list[list[int]] = []
    for start, end in _anchor_spans(anchor, lowered):
        start, end = max(0, start - _REACH), min(len(lowered), end + _REACH)
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


_CAPITALIZED = ("mon", "wd", "qn")  # groups whose word must be written with a capital


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
    lowered = text.lower()
    whole = [(0, len(text))]
    windows_of: dict[int, list[tuple[int, int]]] = {}  # by anchor: kinds share some
    for index, (kind, rx) in enumerate(_COMPILED):
        if len(lowered) != len(text):  # (a few letters lower-case to two: offsets differ)
            windows = whole
        else:
            anchor = _ANCHORS[kind]
            windows = windows_of.get(id(anchor))
            if windows is None:
                windows = windows_of[id(anchor)] = _windows(anchor, lowered)
        for m in _matches(index, rx, text, lowered, windows):
            if m.end() == m.start() or not _well_cased(m) or _is_age(m, kind) or _one_of_many(m, kind):
                continue
            groups = tuple((k, v) for k, v in m.groupdict().items() if v)
            if "lead" in rx.groupindex and m.group("lead"):
                start = m.end("lead")
            else:
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append(DateMatch(start, m.end(), kind, groups))
    found.sort(key=lambda d: (-(d.end - d.start), d.start))
    taken: list[DateMatch] = []
    for d in found:
        if all(d.end <= t.start or d.start >= t.end for t in taken):
            taken.append(d)
    return sorted(taken, key=lambda d: d.start)


# "on a wet Monday in November": one Monday of many, no day of its own
_WEATHER_DAY = re.compile(r"\bon an? (?:wet|cold|hot|warm|rainy|sunny|snowy|grey|gray|quiet|lazy|windy|freezing|"
                          r"balmy|chilly|stormy|muggy|foggy|icy|crisp|bright) $", re.I)


def _one_of_many(m: re.Match, kind: str) -> bool:
    return kind == "weekday" and bool(_WEATHER_DAY.search(m.string, max(0, m.start("wd") - 20), m.start("wd")))


_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our|its|one's)\s+(?:(?:early|mid|late)[- ]?)?$", re.I)


def _is_age(m: re.Match, kind: str) -> bool:
    """ "in her 30s", "in his late twenties": an age, not a decade."""
    return kind == "decade" and bool(_POSSESSIVE_BEFORE.search(m.string[max(0, m.start() - 20):m.start()]))


_SEASON_LEAD = re.compile(r"(?:^|[.!?,;:\n(]|\b(?:in|during|by|until|till|since|over|through|throughout|before|after|"
                          r"and|but|or|each|every|all|this|that|next|last|early|late|mid|a|one)\b)\s*$", re.I)


def _bare_season_ok(m: re.Match) -> bool:
    """A bare season word is a date unless it is a name ("Ariel Winter", "Summer Walker", "Summer, 25")
    or another word ("to spring into action")."""
    word, before, after = m.group("bare"), m.string[max(0, m.start() - 30):m.start()], m.string[m.end():m.end() + 30]
    if word[0].isupper():
        prev_word = re.search(r"(\S+)\s*$", before)
        if prev_word and prev_word.group(1)[0].isupper() and not re.search(r"[.!?:\"“]$", prev_word.group(1)):
            return False
        return not re.match(r"\s+[A-Z]|,\s*\d", after)
    return bool(_SEASON_LEAD.search(before))


_TITLE_WORD = re.compile(r"(?:Midnight|Noon|Now|Today|Tonight|Tomorrow|Yesterday)\b")
# "her *Midnight at…*", "The “Midnight Ferry” singer": a title; a quote opening a sentence is not
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n|#-]|\s[-–—]|(?:^|[.!?:\n]\s*)[\"“‘(])[\s*_]*$")
_NAME_AFTER = re.compile(r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|UTC|GMT|ET|PT)\b)[A-Z][a-z]")


def _in_name(m: re.Match) -> bool:
    """A date word that is part of a title or a name: "The Midnight Run actor", "told Cosmo
    Now", "the tabloid The Sunday Prowler", "the Sunday Times"."""
    word = m.group(0)
    lead = m.groupdict().get("lead")
    if lead:
        word = word[len(lead):]
    word = word.lstrip()
    start = m.end() - len(word)
    before = m.string[max(0, start - 40):start]
    if _TITLE_WORD.match(word) and not _SENTENCE_START.search(before):
        return True  # capitalized mid-sentence: a title ("Midnight in Marrakesh")
    if m.groupdict().get("wd") and not m.groupdict().get("rel") and word[:1].isupper() \
            and re.search(r"\b[Tt]he\s+$", before) and _NAME_AFTER.match(m.string, m.end()):
        return True  # "the Sunday Prowler": a weekday opening a name
    return False


def _well_cased(m: re.Match) -> bool:
    if m.groupdict().get("bare") and not _bare_season_ok(m):
        return False
    if _in_name(m):
        return False
    for g in _CAPITALIZED:
        v = m.groupdict().get(g)
        if v and not v[0].isupper():
            return False
    if m.groupdict().get("mon") == "May" and m.group(0).strip() == "May":
        # a lone "May" opening a sentence is usually the verb
        before = m.string[max(0, m.start() - 3):m.start()]
        if not before.strip() or before.strip()[-1:] in ".!?\"“":
            return False
    if m.groupdict().get("mon") and m.group(0).strip() == m.group("mon") and _AGED.match(m.string, m.end()) \
            and not _MONTH_LEAD.search(m.string, max(0, m.start() - 12), m.start()):
        return False  # "Daisy, 9, and May, 4": a child with her age
    return True


_AGED = re.compile(r",\s*\d{1,2}\s*(?:,|[—–)]|and\b|$)")
_MONTH_LEAD = re.compile(r"\b(?:in|on|by|since|until|till|of|from|to|through|last|this|next|early|late|mid|that|each|every|during)\s+$", re.I)
