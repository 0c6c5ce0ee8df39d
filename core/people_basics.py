"""What finding people and giving them ages share: the word lists
(resources/lexicon.json), the words that tell a gender, and the Cast that find_cast
builds and the age steps fill in.

Kept apart so ages.py and name_candidates.py can use them without importing
people.py, which calls both.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .model import PersonFound


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Each list of the lexicon as a frozenset; a table of lists (``trade_families``) as a dict of them."""
    raw = resources.files("gossip_timeline.resources").joinpath("lexicon.json").read_text("utf-8")
    return {k: ({name: frozenset(words) for name, words in v.items()} if isinstance(v, dict) else frozenset(v))
            for k, v in json.loads(raw).items()}


@dataclass
class Ref:
    """A stretch of text that refers to a person: a name form or an epithet ("the singer, 29")."""

    start: int
    end: int
    person: PersonFound
    kind: str = "name"


@dataclass
class Cast:
    """Everyone of one article and every place they are referred to, in text order."""

    people: list[PersonFound]
    refs: list[Ref] = field(default_factory=list)
    gender: dict[int, str] = field(default_factory=dict)      # id(person) -> "f" | "m", when told
    roles: dict[int, set[str]] = field(default_factory=dict)  # id(person) -> {"actress", "chef"}

    def gender_of(self, person: PersonFound) -> str | None:
        return self.gender.get(id(person))

    def person_at(self, start: int, end: int) -> PersonFound | None:
        for r in self.refs:
            if r.start < end and start < r.end:
                return r.person
        return None

    def in_range(self, start: int, end: int) -> list[Ref]:
        return [r for r in self.refs if start <= r.start and r.end <= end]


def word_gender(word: str) -> str | None:
    lex, low = lexicon(), word.lower()
    return "f" if low in lex["female_words"] else "m" if low in lex["male_words"] else None


def same_trade(word: str, role: str) -> bool:
    """Whether an epithet word names this trade, or a wider one ("the musician" for a guitarist)."""
    return word == role or word == "star" or any(word in t and role in t for t in lexicon()["trade_families"].values())


def trade_told(tok) -> frozenset[str] | None:
    """The trade an epithet's modifiers tell ("the soccer star": sport), as its family's words."""
    lex = lexicon()
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            for family, words in lex["trade_modifiers"].items():
                if c.lower_ in words:
                    return lex["trade_families"].get(family, frozenset())
    return None


def introduced_as(text: str, refs, word: str, before: int) -> list[Ref]:
    """Name references ending before offset `before` that the text wrote just after `word`
    ("Norwegian skier Kristof Halvorsen" for "Norwegian"): who "the Norwegian" can be."""
    marked = re.compile(rf"\b{re.escape(word)}\b")
    return [r for r in refs if r.kind == "name" and r.end <= before and marked.search(text, max(0, r.start - 40), r.start)]
