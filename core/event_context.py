"""What event extraction knows about one article while it reads it: the draft events
told so far, the sentences, dates, headings and quotations, and the people in each sentence."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Span as SpacySpan

from .dates import heading_scopes
from .event_basics import event_words
from .model import PersonFound, When
from .people import Cast, lexicon
from .sentences import doc_ents, doc_text, headline_spans, index_of, quotations, sentence_spans


@dataclass
class Draft:
    """An event as read so far: later passes may still add people, a date or merge it."""

    type: str
    people: list[PersonFound]
    when: When | None
    sentence: tuple[int, int]
    attribution: str | None
    trigger: SpacySpan
    implied: bool = False
    place: str | None = None
    parents: list[PersonFound] = field(default_factory=list)
    claim: str = "stated"
    again: bool = False   # "they were also photographed": another occasion, never merged
    own_birth: bool = False  # "X was born in 1936": the person's own birth, parents as named


_KICKER = re.compile(r"(?m)^[ \t*_]*[A-Z][A-Z’'&\- ]{2,30}[*_]*:[ \t]")


@lru_cache(maxsize=32)
def _word_pattern(words: frozenset[str]) -> re.Pattern:
    return re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")(?![\w\-])", re.IGNORECASE)


class EventContext:
    """What event extraction needs to know about one article."""

    def __init__(self, doc, cast: Cast, dates, published: dt.date | None = None):
        self.doc, self.cast, self.published = doc, cast, published
        self.sentences = sentence_spans(doc)
        self.all_dates = [(doc.char_span(s.start, s.end, alignment_mode="expand"), w) for s, w in dates]
        self.dates = [(sp, w) for sp, w in self.all_dates if w]
        self.text = doc_text(doc)
        self.headings = heading_scopes(self.text, dates)
        self.headlines = headline_spans(self.text)
        self.ents = doc_ents(doc)
        self.quotes = quotations(self.text)
        self.events: list[Draft] = []
        self.current_type: str | None = None  # the type of the event being read
        self.current_rule: str | None = None  # and the pattern that found it
        self.current_when: When | None = None  # and its date
        self.speakers: dict[tuple[int, int], PersonFound | None] = {}  # who speaks in a quote or answer
        # the writer of a memoir the article runs and where the extract starts, once sought (speakers)
        self.narrator: tuple[PersonFound, int] | None = None
        self.narrator_sought = False
        self.told_spouses: list | None = None  # "her husband, X", found once (referents.spouses)
        self.told_partners: list | None = None  # "his fiancée, X", found once (referents.told_partners)
        self.person_sections: dict = {}  # heading -> the one person it names (referents.person_section)
        # a couple's event told with one side only ("his wife … filing for divorce"): (type, sentence, person)
        self.one_side: tuple[str, int, PersonFound] | None = None
        self._word_tokens: dict[frozenset[str], list] = {}

    @cached_property
    def lead_couple(self) -> list[PersonFound]:
        """The two people the article opens with, named as a pair ("X and Y are engaged"), if
        any: who "the pair" is before any couple has been told."""
        spouse = "|".join(sorted(event_words("spouse_nouns") | event_words("partner_nouns"), key=len, reverse=True))
        joined = re.compile(r"(?:['’]s)?(?:,\s*\d{1,3},)?\s+(?:and|&)\s+"  # "X and Y", "X and her husband, outfielder Y"
                            rf"(?:(?:his|her)\s+(?:[^.;!?\n]{{0,40}}?\s)?(?:{spouse})\b[^.;!?\n]{{0,60}}?"
                            r"|[^.;!?\n,]{0,50}\s)?")  # "X, 46, and The Glass Orchard star Y"
        blood = lexicon()["blood_kin"]
        for k in range(min(3, len(self.sentences))):
            refs = [r for r in self.refs_in(k) if r.kind == "name"]
            for first, second in zip(refs, refs[1:]):
                between = self.text[first.end:second.start]
                # not "her grandparents, X and Y", nor "their children, Ada, 7, and Sol, 4"
                kin = any(self.cast.roles.get(id(p), set()) & blood or self.has_child_role(p)
                          or (p.age is not None and p.age < 16) for p in (first.person, second.person))
                if first.person is not second.person and joined.fullmatch(between) and not kin \
                        and not set(re.findall(r"[a-z]+", between)) & blood:
                    return [first.person, second.person]
        return []

    @cached_property
    def main_person(self) -> PersonFound | None:
        """The person the article names most often."""
        return max(self.cast.people, key=lambda p: len(p.mentions), default=None)

    @cached_property
    def section_headings(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _SECTION_HEADING.finditer(self.text)]

    @cached_property
    def item_starts(self) -> list[int]:
        """Where each item of a roundup starts: a paragraph opening with a kicker in capitals
        ("SPLIT: It's over for …", "BABY JOY: …"). Items are separate stories."""
        return [m.start() for m in _KICKER.finditer(self.text)]

    def item_start(self, at: int) -> int | None:
        starts = [s for s in self.item_starts if s <= at]
        return starts[-1] if starts else None

    def word_tokens(self, words: frozenset[str]) -> list:
        """The tokens that are one of `words` (any case), found by a regex over the text:
        walking every token of a long article in Python is what costs time."""
        found = self._word_tokens.get(words)
        if found is None:
            pattern = _word_pattern(words)
            found = []
            for m in pattern.finditer(self.text):
                span = self.doc.char_span(m.start(), m.end())
                if span is not None and len(span) == 1 and span[0].lower_ in words:
                    found.append(span[0])
            self._word_tokens[words] = found
        return found

    def has_child_role(self, person: PersonFound) -> bool:
        """The text calls this person someone's son, daughter, baby …"""
        return bool(self.cast.roles.get(id(person), set()) & event_words("child_nouns"))

    def sentence_of(self, char: int) -> int:
        return index_of(self.sentences, char)

    def sent(self, k: int):
        return self.doc.char_span(*self.sentences[k], alignment_mode="expand")

    def refs_in(self, k: int):
        a, b = self.sentences[k]
        return self.cast.in_range(a, b)

    def person(self, tok) -> PersonFound | None:
        return self.cast.person_at(tok.idx, tok.idx + len(tok.text))


def pair_key(ev: Draft) -> tuple[int, ...]:
    """Who a couple's event is about, in any order: the same key for "X and Y" and "Y and X"."""
    return tuple(sorted(map(id, ev.parents or ev.people)))


# a section heading: a short line standing alone between blank lines, with no sentence end
# (Markdown's "##" is blanked out of the text the parser reads)
_SECTION_HEADING = re.compile(r"(?m)(?<=\n\n)[ \t]*[^\s][^\n]{0,78}[^\s.!?\"”:;,][ \t]*(?=\n\n)")  # ("**…**" blanked too)
