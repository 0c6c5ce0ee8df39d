"""What the parts of event extraction share: the event types by kind, the word lists
(resources/lexicon.json, resources/events.json), number words and duration patterns,
and the one walk up the parse they all take (the verb a word hangs on)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from .people import lexicon

PAIR_TYPES = {"dating", "engaged", "married", "separated", "divorced", "breakup", "met"}

STATE_TYPES = {"dating", "married", "engaged", "separated"}   # what "now" / "have been" can date

ENDING_TYPES = {"married", "engaged", "breakup", "divorced", "separated", "death"}

DURATION_TYPES = {"dating", "married", "separated"}

ENDINGS = {"breakup", "divorced", "separated"}  # what ends a couple; one family of told events

GROUP_WORDS = {"they", "them", "their", "theirs", "couple", "pair", "two", "exes", "newlyweds",
               "duo", "lovebirds", "both", "spouses"}

SINGLE_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}

RELATIVE = {"who", "that", "which", "whom"}

VERBS = {"VERB", "AUX"}

QUOTES = ("\u201c", "\u201d", '"')

# nouns that name a couple's bond ("that marriage", "his second marriage, to X", "the prince's
# romance"), with the event each one tells of
UNION_TYPES = {"marriage": "married", "union": "married", "engagement": "engaged", "romance": "dating",
               "relationship": "dating"}
UNION_NOUNS = frozenset(UNION_TYPES)

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "several": 4, "a few": 3, "a couple of": 2, "a couple": 2}

NUM = ("(" + "|".join([r"\d{1,2}", "a couple of", "a couple", "a few", "several", "an?"]
                     + sorted((w for w in NUMBER_WORDS if w[0] != "a" and w != "several"), key=len, reverse=True))
       + ")")

DURATION = re.compile(
    r"\b(?:(?:almost|nearly|about|around|roughly|some|over|more than|just over|just under|barely|only|just|"
    r"less than|under|well over|a little over)\s+)?" + NUM
    + r"(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?P<unit>year|month|week|decade)s?\b(?P<half2>[\s-]+and[\s-]+a[\s-]+half)?"
    r"(?![\s-]+(?:ago|old)\b)(?P<chained>[\s-]+(?:later|earlier|after|before|prior)\b)?", re.I)

CHAIN = re.compile(r"^(?:(?:almost|nearly|about|around|roughly|some|just|only|more than|over)\s+)?" + NUM
                + r"[\s-]+(?P<unit>day|night|week|month|year|decade)s?\s+(?P<dir>after|before)$", re.I)


def lex_words(key: str) -> frozenset[str]:
    return lexicon()[key]


@lru_cache(maxsize=1)
def _event_lexicon() -> dict:
    raw = resources.files("gossip_timeline.resources").joinpath("events.json").read_text("utf-8")
    return {k: frozenset(v) for k, v in json.loads(raw).items()}


def event_words(key: str) -> frozenset[str]:
    """Word lists of event extraction (resources/events.json)."""
    return _event_lexicon()[key]


def nearest_verb(tok):
    if tok.pos_ in VERBS:
        return tok
    for anc in tok.ancestors:
        if anc.pos_ in VERBS:
            return anc
    return None


def an_arrest(trig) -> bool:
    """An arrest is one person's legal event: it has no other side and is no step of a case
    told beside it."""
    return trig.root.lemma_ == "arrest"
