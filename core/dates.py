"""Find date expressions in an article and resolve them to intervals of days.

dateparser handles explicit calendar dates ("March 3, 2021", "Aug. 19"); this
module owns everything around it: which words form a date expression, how
precise it is, and what it is anchored to (the publication day for deictic
words like "last Tuesday", the previous date of the text for chained ones like
"two years prior", or the date it is prior to: "two years prior to the 2022
filing"). Bare numbers are never dates here, so ages ("Cruise, 61,", "in her
30s") and money ("$48") cannot be mistaken for days.

Year-less dates pick their side of the publication day from the verb they hang
on (parsed docs: "should be completed in October" ahead, "fell in October"
back), else from future wording in the sentence, else the nearer past one. A
weekday names the latest such day up to and including the publication day.
Measured on MEANTIME Wikinews with tests/timex_eval.py.
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
from .bylines import BYLINE_DATES, BYLINE_REGION
from .sentences import doc_text

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
    ("month_day", rf"(?:{_WEEKDAY},?\s+)?{_MON}\s+{_DAYNUM}\b(?!,?\s+(?:19|20)\d\d)(?!\s*%)"),
    ("month_day", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON}(?!,?\s+(?:19|20)\d\d)"),
    ("month_year", rf"(?P<rel>last|this|next|past)?\s*{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|(?!(?-i:\s+[A-Z][a-z])))"),
    ("month_rel", rf"{_MON}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year"),
    ("part_year", rf"(?:the\s+)?{_PART}[- ]{_YEAR}\b(?!s)"),
    ("decade", rf"(?:the\s+)?(?:{_PART}[- ])?(?P<dec>['’]?\d0|(?:19|20)\d0)['’]?s\b"),
    ("season_year", rf"(?:the\s+)?(?:{_PART}[- ])?{_SEASON}(?:\s+of)?\s+{_YEAR}"),
    ("season_rel", rf"(?P<rel>last|this|next|past|this past|later this|earlier this)\s+{_SEASON}"),
    ("season_bare", rf"the\s+{_SEASON}\b(?!\s+of)"),
    ("season_bare", r"(?P<bare>spring|summer|autumn|winter)\b(?![-’'])"),
    ("quarter", rf"(?:the\s+)?{_ORD}(?:[- ](?:fiscal|financial))?[- ](?P<qh>quarter|half)"
                rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{_YEAR}|(?P<rel>this|last|next|the\s+current|the\s+previous|the)\s+(?:fiscal\s+|financial\s+)?year))?"),
    ("quarter", rf"(?P<qn>Q[1-4])(?:\s+(?:of\s+)?{_YEAR}|(?:\s+|\s*['’])(?P<yy>\d\d)\b)?"),
    ("fiscal", rf"(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?){_YEAR}|FY['’]?(?P<yy>\d\d)\b"),
    ("holiday", rf"(?:(?P<rel>last|this|next|this past|that)\s+|the\s+)?{_HOLIDAY}(?![a-z])(?:\s+(?P<wkend>weekend))?"
                rf"(?:,?\s+{_YEAR}|,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)?"),
    ("weekday", rf"(?P<rel>last|this|next|this past)?\s*{_WEEKDAY}{_DAYPART}"),
    ("weekend", r"(?P<rel>this|last|next|the|that|this past|the past)\s+weekend"),
    ("time", rf"(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?(?![a-z]))?{_TZ}?"
             rf"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.m\.|[ap]m\b){_TZ}?"
             rf"|(?P<h4>[0-2]\d[0-5]\d)\s*(?:UTC|GMT)|noon|midnight)"
             rf"(?:\s+(?:on\s+)?(?:(?P<rel>last|this|next)\s+)?{_WEEKDAY})?"),
    ("named_day", r"(?P<named>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))"),
    ("the_day", r"(?P<lead>(?:on|for|during|in|of|over|throughout|end(?:ed|ing|s)?|clos(?:e|ed|ing|es)|start(?:ed|ing|s)?|open(?:ed|ing|s)?)\s+)(?:the\s+same|that|the)\s+day\b"
                r"(?!\s+(?:before|after|of|when|that|which|who|he|she|they|we|I|it|his|her|their|[a-z]+ed)\b)(?!-)"),
    ("the_day", r"(?:that|the same)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:before|after|of|when|that|which)\b)"),
    ("edge", rf"(?:the\s+)?(?:very\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+{_EDGE_TARGET}"),
    ("this_unit", r"(?P<rel>earlier|later)?\s*this\s+(?P<unit>week|month|year|decade|century)"),
    ("last_unit", r"(?P<rel>last|next|the past|the last|the next|the coming|the current|the previous|this past)\s+(?P<unit>week|month|year|decade|century)\b"),
    ("past_n", rf"(?P<rel>the\s+(?:past|last|next|coming|previous)|recent|the\s+recent|coming)\s+{_NUM}(?:\s+|-){_UNIT}"),
    ("ago", rf"{_NUM}\s+{_UNIT}\s+ago"),
    ("shift", rf"(?<!for ){_NUM}(?:\s+|-){_UNIT}\s+(?P<dir>later|after|afterwards?|earlier|before|prior)"),
    ("following", rf"(?:the|that)\s+(?P<dir>following|next|previous|preceding|same|prior|entire|whole)\s+(?P<unit>day|night|week|month|year|{_SEASON[2:-1].split('>')[1]})"),
    ("following_month", rf"(?:the|that)\s+(?P<dir>following|next|previous|preceding)\s+{_MON}(?!\s+\d)"),
    ("that_year", r"(?:that|the same)\s+(?P<unit>year|month)\b"),
    ("that_month", rf"(?:that|the\s+same)\s+(?:(?P<season>spring|summer|fall|autumn|winter)\b"
                   r"(?=\s*(?:[,.;:!?)\n]|$)|\s+(?:in|at|on|when|as|before|after|with|and|they|he|she|the|we|I)\b)"
                   rf"|{_MON}(?!\s+\d))"),
    ("unit_around", r"the\s+(?P<unit>day|night|morning|evening|week|month|year)\s+(?P<dir>before|after|previous|earlier|prior|later)\b"),
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


def _matches(index: int, rx: re.Pattern, text: str, lowered: str):
    finder = _FINDERS[index]
    if finder is None or len(lowered) != len(text):  # (a few letters lower-case to two)
        yield from rx.finditer(text)
        return
    for found in finder.finditer(lowered):
        m = rx.match(text, found.start())
        if m is not None:
            yield m

# A word every match of a kind contains: kinds whose word is absent from a text are
# not tried at all (matching costs a few milliseconds an article otherwise).
_SEASON_WORDS = r"spring|summer|fall|autumn|winter"
_REQUIRES = {kind: re.compile(rx, re.IGNORECASE) for kind, rx in {
    "iso": r"\d-\d", "numeric": r"\d/\d", "decade": r"0['’]?s\b", "season_year": _SEASON_WORDS,
    "season_rel": _SEASON_WORDS, "season_bare": _SEASON_WORDS, "quarter": r"quarter|half|\bQ[1-4]",
    "fiscal": r"fiscal|financial|\bFY", "holiday": "|".join(sorted({re.escape(w.split("'")[0]) for w in _HOLIDAY_NAMES})),
    "weekday": r"day\b", "weekend": r"weekend", "time": r"\d:\d|[ap]\.?m\b|noon|midnight|\d\d00\s*(?:UTC|GMT)",
    "named_day": r"day|tonight|night|this|tomorrow", "the_day": r"day|morning|afternoon|evening|night", "edge": r" of ",
    "this_unit": r"this", "last_unit": r"week|month|year|decade|century", "past_n": r"past|last|next|coming|recent|previous",
    "ago": r"\bago\b", "shift": r"later|after|earlier|before|prior", "following": r"following|next|previous|preceding|same|prior|entire|whole",
    "following_month": r"following|next|previous|preceding",
    "that_year": r"that|same", "that_month": r"that|same", "unit_around": r"before|after|previous|earlier|prior|later", "same_period": r"same",
    "present": r"\bnow|current|present|moment|these days|time being", "recent": r"recent|lately|past few",
    "vague": r"future|soon|term|time being|the past", "apos_year": r"['’]\d\d", "duration": r"\bfor ",
    "month_rel": r"year", "part_year": r"early|mid|late", "part_month": r"early|mid|late",
}.items()}
# the required words too, without IGNORECASE, for the lower-cased text (three times faster)
_REQUIRES_LOWER = {kind: re.compile(_lowercase_pattern(rx.pattern)) for kind, rx in _REQUIRES.items()}
_FUTURE = re.compile(
    r"\b(will|['’]ll|going to|plans? to|planning|set to|scheduled|expected to|expects? to|"
    r"upcoming|hopes? to|intends? to|thinking about|considering|slated|"
    r"(?:is|are|be|been|being)\s+(?:\w+ly\s+)?planned|planned\s+for|expecting|due\s+(?:in|on|out|for|by))\b", re.IGNORECASE)
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
    requires = _REQUIRES_LOWER if len(lowered) == len(text) else _REQUIRES
    words = lowered if requires is _REQUIRES_LOWER else text
    for index, (kind, rx) in enumerate(_COMPILED):
        needed = requires.get(kind)
        if needed is not None and not needed.search(words):
            continue
        for m in _matches(index, rx, text, lowered):
            if m.end() == m.start() or not _well_cased(m) or _is_age(m, kind):
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


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return start, min(ends, default=len(text))


def _sentence_before(text: str, pos: int) -> str:
    return text[_sentence_bounds(text, pos)[0]:pos]


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
    return head.pos_ == "VERB" and head.lemma_ in _SPEECH_VERBS and head.i != span.root.i \
        and not any(c.dep_ == "dobj" and c.lemma_ in _TOLD_EVENTS for c in head.children)


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


_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?=the\b|they\b|he\b|she\b|[A-Z])|;")
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
    heading: tuple[When, int] | None = None  # the latest timeline heading and where it ends
    found = find_expressions(text)
    for i, d in enumerate(found):
        base = previous
        if d.kind == "the_day":
            base = last_day
        elif d.kind in ("shift", "following") and (d.group("unit") or "").lower() in ("day", "night") \
                and last_day is not None and previous is not None and previous.start != previous.end:
            base = last_day  # "two days later" counts from the last day named, not from a season
        elif d.kind == "time":
            base = _clock_base(text, found, i, previous, previous_end, published, doc)
        elif d.kind in ("shift", "unit_around"):
            base = _forward_base(text, found, i, published, doc) or previous
        if d.kind == "last_unit" and base is not None and re.match(r"the\s+next$", d.group("rel") or "", re.I) \
                and doc is not None and _clause_past(doc, d.start, d.end):
            # "showed off the ring ... the next week": told in the past, it follows the story's date
            d = DateMatch(d.start, d.end, "following", (("dir", "next"), ("unit", d.group("unit"))))
        invert = (d.group("dir") or "").lower() in ("after", "before", "prior") and _gerund_follows(text, d.end)
        if d.kind == "shift" and not invert and base is previous and previous is not None \
                and (d.group("dir") or "").lower() in ("after", "before") \
                and previous_end >= _sentence_bounds(text, d.start)[0] and _clause_follows(doc, d.end):
            # "finalized on Wednesday, more than two years after the couple separated": the
            # clause's event is the one two years before Wednesday
            invert = True
        anchor, future = published, None
        if heading is not None and _bare_in_entry(text, d, heading[1]):
            # "2021: ... welcomed Amara on Halloween": within the heading's year
            anchor, future = D(heading[0].end.year, 12, 31), False
        else:
            future = _is_future(text, d, doc)
        when = _resolve_match(d, text[d.start:d.end], anchor, base, future=future, gerund_follows=invert)
        start = d.start
        since = None
        if when is not None:
            since = re.search(r"\bsince\s+$", text[max(0, d.start - 8):d.start], re.I)
            if since and published is not None and when.start <= published:
                start = d.start - (len(text[max(0, d.start - 8):d.start]) - since.start())
                when = When(when.start, published, when.precision, text[start:d.end])
            if since:
                pass  # "since 2008" opens a span; the story's own time stays where it was
            elif _DATELINE.search(text, max(0, d.start - 40), d.start) or _in_byline(text, d):
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
                if not _telling_date(doc, d.start, d.end):
                    previous, previous_end = when, d.end
                if when.start == when.end:
                    last_day = when  # "said on Tuesday ... shares rose on the day"
        out.append((Span(start, d.end), when))
    out.extend(_unmatched_entities(doc, out))
    out.sort(key=lambda pair: pair[0].start)
    return out


_DATELINE = re.compile(r"\b(?:Published|Updated|Posted|Last\s+updated|Dateline)\b(?:\s+on)?[\s:]*(?:\w+,?\s+)?$", re.I)
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*#>]+[ \t]*)?(?:\*\*|__|\*|_)?$")
_HEADING_AFTER = re.compile(r"(?:\*\*|__|\*|_)?[ \t]*(?::|[-–—][ \t])")


def _is_heading(text: str, d: DateMatch) -> bool:
    return d.kind in ("year", "month_year", "full", "season_year", "month_day") and _opens_line(text, d.start, d.end)


def _opens_line(text: str, start: int, end: int) -> bool:
    """A date opening a line and followed by a colon or dash: "2015: They met...", "**2017** –"."""
    return bool(_HEADING_BEFORE.search(text, max(0, start - 12), start)) and bool(_HEADING_AFTER.match(text, end))


def _in_byline(text: str, d: DateMatch) -> bool:
    """Is `d` the date of a byline line near the top ("_Pulse Daily · Celebrity · May 18, 2021_")?"""
    if d.start > BYLINE_REGION:
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return any(rx.search(line) for rx in BYLINE_DATES)


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


def _bare_in_entry(text: str, d: DateMatch, heading_end: int) -> bool:
    """A holiday or month with no year or "last"/"next", inside the entry of the heading
    that ends at `heading_end`: it falls in the heading's year."""
    if d.kind not in ("holiday", "month_year", "month_day") or d.group("year") or d.group("rel") or d.group("yrel"):
        return False
    return heading_end <= d.start < _entry_end(text, heading_end)


def heading_scopes(text: str, dates: list[tuple[Span, When | None]]) -> list[tuple[int, int, When]]:
    """(start, end, when) of each timeline entry: a heading line that opens with a date
    ("September 2013: First outing") dates its own line and the paragraph under it."""
    out = []
    for span, when in dates:
        if when is None or not _opens_line(text, span.start, span.end):
            continue
        out.append((span.start, _entry_end(text, span.end), when))
    return out


def _forward_base(text, found, i, published, doc) -> When | None:
    """"two years prior to the 2022 filing", "the day before the 2019 wedding": the date named next."""
    d = found[i]
    if i + 1 < len(found) and re.search(r"(?:prior|before|after|earlier|later)$", text[d.start:d.end], re.I):
        nxt = found[i + 1]
        if re.fullmatch(r"\s+(?:to\s+|than\s+)?(?:(?:the|their|his|her|its|that)\s+)?", text[d.end:nxt.start], re.I):
            return _resolve_match(nxt, text[nxt.start:nxt.end], published, None, future=_is_future(text, nxt, doc))
    return None


def _clock_base(text, found, i, previous, previous_end, published, doc) -> When | None:
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
    return bool(m) and m.group(1).lower() not in _NOT_GERUNDS


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
    for ent in getattr(doc, "ents", ()):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if re.fullmatch(r"[\d\s,.'’-]+", ent.text) or _NOT_A_DATE.search(ent.text) \
                or not _TIME_WORD.search(ent.text):
            continue
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
# Memorial Day (a Monday) runs Friday to Monday, Thanksgiving (a Thursday) to Sunday,
# Easter (a Sunday) from Good Friday to Easter Monday; a midweek Fourth of July is
# ambiguous between the weekends either side, so it takes both.
_HOLIDAY_WEEKEND = {0: (-3, 0), 1: (-3, 0), 2: (-4, 4), 3: (0, 3), 4: (0, 2), 5: (-1, 1), 6: (-2, 1)}


def _holiday(d, anchor, base, future, _g):
    name, rel = d.group("hol"), (d.group("rel") or "").lower()
    yrel = (d.group("yrel") or "").lower()
    if d.group("year"):
        day = holiday_date(name, int(d.group("year")))
    elif yrel and anchor is not None:  # "the Fourth of July last year"
        day = holiday_date(name, anchor.year + {"last": -1, "this": 0, "next": 1}[yrel])
    elif rel == "that" and base is not None:  # "met in 2015 ... that Christmas"
        day = holiday_date(name, base.start.year)
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
    return s, e, p


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
        return s, _month_end(s.year, s.month), "month"
    if unit in ("decade", "century"):
        return _shift(anchor, step, unit) if step < 0 else anchor, anchor if step < 0 else _shift(anchor, 1, unit), "approximate"
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
        y = base.start.year + (1 if SEASONS[season.lower()] == 12 and base.start.month == 12 else 0)
        s, e = season_interval(season, y)
        return s, e, "season"
    month = _month(d.group("mon"))
    return D(base.start.year, month, 1), _month_end(base.start.year, month), "month"


def _unit_around(d, anchor, base, future, _g):
    if base is None:
        return None
    step = 1 if d.group("dir").lower() in ("after", "later") else -1
    unit = d.group("unit").lower()
    unit = "day" if unit in ("night", "morning", "evening") else unit  # "the night before the wedding"
    return _following(DateMatch(d.start, d.end, "following",
                                (("unit", unit), ("dir", "following" if step > 0 else "previous"))),
                      anchor, base, future, _g)


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
    "part_month": _part_month, "part_year": _part_year, "decade": _decade,
    "season_year": _season_year, "season_rel": _season_rel, "season_bare": _season_bare,
    "holiday": _holiday, "weekday": _weekday, "named_day": _named_day,
    "this_unit": _this_unit, "last_unit": _last_unit, "ago": _ago, "shift": _shift_expr,
    "following": _following, "following_month": _following_month, "that_year": _that_year, "that_month": _that_month, "unit_around": _unit_around,
    "duration": _duration, "year": _year,
    "numeric": _numeric, "month_rel": _month_rel, "quarter": _quarter, "fiscal": _fiscal,
    "weekend": _weekend, "time": _time, "the_day": _the_day, "edge": _edge, "past_n": _past_n,
    "same_period": _same_period, "present": _present, "recent": _recent, "vague": _vague,
    "apos_year": _apos_year,
}
