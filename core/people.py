"""The people of one article: who they are, every mention of them, their stated ages.

The small English model often labels surnames as GPE/ORG ("Khayrova", "Connor"),
so a name is accepted on evidence (PERSON label, an age apposition, a role word
like "rapper X") and, once known, every later form of it counts whatever its
label. Word lists live in resources/lexicon.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .model import PersonFound, Span

CANDIDATE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC"}
APOSTROPHES = "'’"
_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'’.\-]*[a-z][A-Za-z'’\-]*$|^[A-Z]\.?$")
_AGE_AFTER = re.compile(r"^\s*,\s*(\d{1,3})\s*(?=,|\.|;|\)|\band\b|$)|^\s*\((\d{1,3})\)")
_DEAD_AT = re.compile(r"^\s+(?:is\s+)?(?:dead|dies|died)\s+at\s+(?:age\s+|the age of\s+)?(\d{1,3})\b", re.I)
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z\-]+\s+){0,2}$")
_STATED_AGE = re.compile(r"^(?:He|She) (?:was|is) (\d{1,3})\.?$")
_EPITHET_AGE = re.compile(r",\s*(\d{1,3})\s*(?=,|\.|;|\band\b)")
_BYLINE = re.compile(r"(?m)^\s*By\s+((?:[A-Z][\w'’.\-]+\s?){1,4})")
_DETERMINERS = {"the", "a", "an"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    raw = resources.files("gossip_timeline.resources").joinpath("lexicon.json").read_text("utf-8")
    return {k: frozenset(v) for k, v in json.loads(raw).items()}


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

    def person_at(self, start: int, end: int) -> PersonFound | None:
        for r in self.refs:
            if r.start < end and start < r.end:
                return r.person
        return None

    def in_range(self, start: int, end: int) -> list[Ref]:
        return [r for r in self.refs if start <= r.start and r.end <= end]


# ---------------------------------------------------------------- sentences

def sentence_spans(doc) -> list[tuple[int, int]]:
    """Sentences as stripped (start, end) character offsets; a line break always ends one."""
    text = doc.text
    if doc.has_annotation("SENT_START"):
        rough = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        rough = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+[”\"’)]*|$)", text)]
    out = []
    for start, end in rough:
        for m in re.finditer(r"[^\n]+", text[start:end]):
            a, b = start + m.start(), start + m.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
    return out


# ---------------------------------------------------------------- names

@dataclass
class _Name:
    start: int
    end: int
    tokens: list[str]          # the name's words, nickname removed
    nickname: str | None
    surface: str               # as written (possessive stripped)


def split_name(surface: str) -> tuple[list[str], str | None]:
    """'Harold “Hal” Bristow' -> (['Harold', 'Bristow'], 'Hal')."""
    nick = re.search(r"[“\"‘']([A-Z][\w.\-]*)[”\"’']", surface)
    rest = surface
    if nick:
        rest = surface[:nick.start()] + " " + surface[nick.end():]
    return rest.split(), (nick.group(1) if nick else None)


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


def _candidate_spans(doc) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of entity spans trimmed to their name words."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        i, j = ent.start, ent.end
        has_det = False
        while i < j and not _NAME_TOKEN.match(doc[i].text) and doc[i].text not in "“\"":
            has_det = has_det or doc[i].lower_ in _DETERMINERS
            i += 1
        while j > i and (doc[j - 1].text in ("'s", "’s", "'", "’") or doc[j - 1].is_punct):
            j -= 1
        if has_det or i >= j:
            continue
        while j < len(doc) and j - i == 1 and _NAME_TOKEN.match(doc[j].text) and doc[j].ent_type_ == "" \
                and doc[j - 1].whitespace_ and doc[j].pos_ in ("PROPN", "NOUN"):
            j += 1  # "Maeve" ORG + "O’Donnell" untagged
        if j - i == 1 and i > 0 and _NAME_TOKEN.match(doc[i - 1].text) and doc[i - 1].ent_type_ == "" \
                and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].is_sent_start and doc[i - 1].whitespace_:
            i -= 1  # "Ivy" untagged + "Marlowe" PERSON
        out.append((i, j, ent.label_))
    return out


def _prev_word(doc, i: int):
    k = i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in "-":
        k -= 1
    return doc[k] if k >= 0 else None


_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}


def _looks_like_name(words: list[str]) -> bool:
    lex = lexicon()
    if not (0 < len(words) <= 4 and all(_NAME_TOKEN.match(w) for w in words)):
        return False
    checked = words[1:] if len(words) > 1 and words[0] in _MONTH_NAMES else words  # "June Whitley"
    return not any(_strip_possessive(w) in lex["not_name_words"] for w in checked)


def _cues(doc, i: int, j: int, label: str, bylines: set[str]) -> tuple[bool, bool]:
    """(positive, negative) evidence that tokens i..j name a person."""
    lex = lexicon()
    text = doc.text
    span = doc[i:j]
    after = text[span.end_char:span.end_char + 12]
    prev = _prev_word(doc, i)
    prev_low = prev.lower_ if prev is not None else ""
    comma_before = i > 0 and doc[i - 1].text == ","
    positive = bool(_AGE_AFTER.match(after)) or bool(_DEAD_AT.match(text[span.end_char:span.end_char + 30]))
    positive |= prev_low in lex["person_roles"] or prev_low in lex["kin"]
    positive |= bool(_YEAR_OLD.search(text[max(0, span.start_char - 40):span.start_char]))
    negative = span.text in bylines
    negative |= prev_low in lex["place_preps"] and not comma_before
    negative |= comma_before and prev_low in lex["venue_nouns"]
    negative |= after.startswith("-")
    root = span.root
    negative |= root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.text.islower()
    appos = re.match(r"\s*,\s*(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,4}?([a-z]+)\b", text[span.end_char:span.end_char + 60])
    negative |= bool(appos and appos.group(1) in lex["venue_nouns"])
    if label == "PERSON" or positive:
        return True, negative and not positive
    for other in doc.ents:  # "Dex Harlan (ORG) and Mina Okoye (PERSON)"
        if other.label_ == "PERSON" and (other.start == j + 1 or other.end == i - 1) \
                and doc[min(j, other.end)].lower_ in ("and", "&"):
            return True, negative
    return False, negative


class _Registry:
    """Persons under construction, keyed by their name forms."""

    def __init__(self):
        self.people: list[PersonFound] = []
        self.tokens: dict[int, list[str]] = {}    # id(person) -> name words
        self.nick: dict[int, str | None] = {}

    def find(self, words: list[str], nickname: str | None = None) -> PersonFound | None:
        key = [_norm(w) for w in words]
        for p in self.people:
            mine = [_norm(w) for w in self.tokens[id(p)]]
            nick = _norm(self.nick[id(p)] or "")
            if len(key) >= 2 and len(mine) >= 2:
                same_first = key[0] == mine[0] or key[0] == nick or (nickname and _norm(nickname) == mine[0])
                if key[-1] == mine[-1] and same_first:
                    return p
            elif len(key) == 1:
                if key[0] in (mine[0], nick) or (len(mine) > 1 and key[0] == mine[-1]):
                    return p
        return None

    def add(self, words: list[str], nickname: str | None) -> PersonFound:
        p = PersonFound(name=" ".join(words))
        self.people.append(p)
        self.tokens[id(p)] = words
        self.nick[id(p)] = nickname
        return p


def _norm(word: str) -> str:
    return _strip_possessive(word).replace("’", "'").casefold()


def find_cast(doc) -> Cast:
    """People of `doc` (needs the full model's entities) with every reference to them."""
    text = doc.text
    bylines = {m.group(1).strip() for m in _BYLINE.finditer(text)}
    accepted: list[_Name] = []
    doubtful: list[_Name] = []
    for i, j, label in _candidate_spans(doc):
        if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
            continue
        span = doc[i:j]
        words, nickname = split_name(span.text)
        words = [_strip_possessive(w) for w in words]
        if not _looks_like_name(words):
            continue
        positive, negative = _cues(doc, i, j, label, bylines)
        name = _Name(span.start_char, span.end_char, words, nickname, span.text)
        if positive and not negative:
            accepted.append(name)
        elif not negative and len(words) >= 2:
            doubtful.append(name)
    # "Leila Farouk" (ORG) is a person once "Leila" is; "Maeve O'Donnell" once an O'Donnell is
    singles = {_norm(n.tokens[0]) for n in accepted if len(n.tokens) == 1}
    surnames = {_norm(n.tokens[-1]) for n in accepted if len(n.tokens) >= 2}
    accepted += [n for n in doubtful if _norm(n.tokens[0]) in singles or _norm(n.tokens[-1]) in surnames]
    registry = _Registry()
    for name in sorted(accepted, key=lambda n: (len(n.tokens) < 2, n.start)):
        person = registry.find(name.tokens, name.nickname)
        if person is None:
            person = registry.add(name.tokens, name.nickname)
        elif name.nickname and not registry.nick[id(person)]:
            registry.nick[id(person)] = name.nickname
            registry.tokens[id(person)] = name.tokens
            person.name = " ".join(name.tokens)
    registry.people.sort(key=lambda p: _first_offset(text, registry.tokens[id(p)]))
    refs = _scan_mentions(text, registry, bylines)
    cast = Cast(people=[p for p in registry.people if any(r.person is p for r in refs)], refs=refs)
    for p in cast.people:
        forms = []
        for r in cast.refs:
            form = _strip_possessive(text[r.start:r.end])
            if r.person is p and form != p.name and form not in forms:
                forms.append(form)
        p.aliases = forms
        p.mentions = [Span(r.start, r.end) for r in cast.refs if r.person is p]
    _assign_ages(doc, cast)
    return cast


def find_people(doc) -> list[PersonFound]:
    return find_cast(doc).people


def _first_offset(text: str, words: list[str]) -> int:
    m = re.search(r"\b" + re.escape(words[0]), text)
    return m.start() if m else len(text)


def _alias_forms(registry: _Registry) -> list[tuple[str, PersonFound]]:
    """Every written form that names a person; a shared surname or first name goes to the
    person introduced first (usually the one the article is about)."""
    forms: dict[str, PersonFound] = {}
    for p in registry.people:
        words, nick = registry.tokens[id(p)], registry.nick[id(p)]
        full = [" ".join(words)]
        if nick:
            full += [f"{nick} {words[-1]}", f"{words[0]} “{nick}” {words[-1]}", f"{words[0]} \"{nick}\" {words[-1]}"]
        for f in full:
            forms[f] = p
    for p in registry.people:
        words, nick = registry.tokens[id(p)], registry.nick[id(p)]
        for single in {words[0], words[-1], nick} - {None}:
            forms.setdefault(single, p)
    return sorted(forms.items(), key=lambda kv: -len(kv[0]))


def _scan_mentions(text: str, registry: _Registry, bylines: set[str]) -> list[Ref]:
    taken: list[Ref] = []
    blocked = [(m.start(1), m.end(1)) for m in _BYLINE.finditer(text)]
    for form, person in _alias_forms(registry):
        variants = {form, form.replace("'", "’"), form.replace("’", "'")}
        for v in variants:
            for m in re.finditer(r"(?<![\w'’])" + re.escape(v) + r"(?![\w])", text):
                s, e = m.start(), m.end()
                if any(s < r.end and r.start < e for r in taken) or any(a <= s < b for a, b in blocked):
                    continue
                if " " not in v and re.search(r"[A-Z][\w'’]*\s$", text[max(0, s - 25):s]) \
                        and not re.search(r"(?:^|[.!?”\"\n]\s*)[A-Z][\w'’]*\s$", text[max(0, s - 25):s]):
                    continue  # part of a longer capitalised name ("Hollis Park")
                if re.match(r"[-]\w", text[e:e + 2]):
                    continue
                taken.append(Ref(s, e, person))
    return sorted(taken, key=lambda r: r.start)


# ---------------------------------------------------------------- ages

def age_after(text: str) -> int | None:
    """The age an apposition right after a name states: ', 61,' / ' (61)' / ' dead at 79'."""
    m = _AGE_AFTER.match(text) or _DEAD_AT.match(text)
    if not m:
        return None
    value = int(next(g for g in m.groups() if g))
    return value if 0 < value < 120 else None


def _assign_ages(doc, cast: Cast) -> None:
    text = doc.text
    for r in cast.refs:
        if r.person.age is None:
            age = age_after(text[r.end:r.end + 30])
            if age is None:
                m = _YEAR_OLD.search(text[max(0, r.start - 40):r.start])
                age = int(m.group(1)) if m else None
            r.person.age = age
    sentences = sentence_spans(doc)
    people_in = [[r.person for r in cast.in_range(a, b)] for a, b in sentences]
    for k, (a, b) in enumerate(sentences):  # "He was 79." after an obituary's first sentence
        m = _STATED_AGE.match(text[a:b])
        if m and k and people_in[k - 1] and people_in[k - 1][0].age is None:
            people_in[k - 1][0].age = int(m.group(1))
    _pair_epithets(doc, cast, sentences, people_in)


def _epithets(doc, a: int, b: int, cast: Cast) -> list[tuple[int, int, int]]:
    """(start, end, age) of 'the Grammy-nominated singer, 29,' phrases in one sentence."""
    text, out = doc.text, []
    for m in _EPITHET_AGE.finditer(text, a, b):
        if cast.person_at(m.start() - 1, m.start()) is not None:
            continue
        head = re.search(r"(?:^|\s)((?:[Tt]he|[Aa]n?)\s+[^,;]{0,60}?\b([a-z][a-z\-]+))\s*$", text[a:m.start()])
        if not head or cast.in_range(a + head.start(1), m.start()):
            continue
        out.append((a + head.start(1), m.start(), int(m.group(1))))
    return out


def _pair_epithets(doc, cast: Cast, sentences, people_in) -> None:
    """Order-preserving pairing of epithets with the people named just before."""
    for k, (a, b) in enumerate(sentences):
        found = _epithets(doc, a, b, cast)
        if not found:
            continue
        named_here = set(map(id, people_in[k]))
        candidates: list[PersonFound] = []
        for back in range(k - 1, max(-1, k - 4), -1):
            for p in people_in[back]:
                if id(p) not in named_here and p.age is None and p not in candidates:
                    candidates.append(p)
            if len(candidates) >= len(found):
                break
        if len(candidates) != len(found):
            continue
        for (s, e, age), person in zip(found, candidates):
            person.age = age
            cast.refs.append(Ref(s, e, person, kind="epithet"))
    cast.refs.sort(key=lambda r: r.start)
