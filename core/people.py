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
from .sentences import headline_spans, index_of, sentence_spans

CANDIDATE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC"}
APOSTROPHES = "'’"
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
_NAME_TOKEN = re.compile(rf"^[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*[{_LOWER}][{_UPPER}{_LOWER}'’\-]*$|^[A-Z]\.?$")
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
    ents = list(doc.ents)
    in_ent = {t.i for ent in ents for t in ent}
    run: list[int] = []
    for t in list(doc) + [None]:  # "Wade Pruitt" untagged: a run of proper nouns, judged by cues
        if t is not None and t.pos_ == "PROPN" and t.i not in in_ent and _NAME_TOKEN.match(t.text) \
                and (not run or (doc[run[-1]].whitespace_ and run[-1] == t.i - 1)):
            run.append(t.i)
            continue
        if 2 <= len(run) <= 3:
            out.append((run[0], run[-1] + 1, ""))
        run = [t.i] if t is not None and t.pos_ == "PROPN" and t.i not in in_ent and _NAME_TOKEN.match(t.text) else []
    for ent in ents:
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


def _cues(doc, i: int, j: int, label: str, bylines: set[str], persons=None, text=None) -> tuple[bool, bool]:
    """(positive, negative) evidence that tokens i..j name a person."""
    lex = lexicon()
    text = doc.text if text is None else text
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
    # "the thriller Night Shift", "the restaurant Saffron & Salt": a title, not a person
    negative |= not comma_before and prev is not None and prev.pos_ == "NOUN" and prev_low in lex["work_nouns"]
    negative |= after.startswith("-")
    root = span.root
    negative |= root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.text.islower()
    appos_role = re.match(r"\s*,\s*(?:the|a|an)\s+((?:[\w’'\-]+\s+){0,4}[\w\-]+)", text[span.end_char:span.end_char + 70])
    if appos_role:  # "Wade Pruitt, the gravel-voiced country singer behind…"
        positive |= any(w in lex["person_roles"] for w in re.split(r"[\s\-]+", appos_role.group(1).lower()))
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.text in lex["person_roles"] and nxt.pos_ == "NOUN":
        return False, True  # "Denver quarterback Tyrese Whitmore": a team or town modifying a role
    appos = re.match(r"\s*,\s*(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,4}?([a-z]+)\b", text[span.end_char:span.end_char + 60])
    negative |= bool(appos and appos.group(1) in lex["venue_nouns"])
    if label == "PERSON" or positive:
        return True, negative and not positive
    if persons is None:  # `doc.ents` walks the whole doc on every access: callers pass them once
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for other in persons:  # "Dex Harlan (ORG) and Mina Okoye (PERSON)"
        if (other.start == j + 1 or other.end == i - 1) \
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
    headlines = headline_spans(text)
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    accepted: list[_Name] = []
    doubtful: list[_Name] = []
    body = _outside(text, headlines)
    for i, j, label in _candidate_spans(doc):
        if any(a <= doc[i].idx < b for a, b in headlines):
            # title case hides where a name ends ("Theo Lindqvist Say"): keep the longest
            # part the body also writes, else leave it to the body
            part = _longest_in(doc, i, j, body)
            if part is None:
                continue
            i, j = part
        if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
            continue
        span = doc[i:j]
        words, nickname = split_name(span.text)
        words = [_strip_possessive(w) for w in words]
        if len(words) > 1 and words[0] in lexicon()["titles"]:
            words = words[1:]  # "Grandpa James", "Dr. Lena Ortiz"
        if not _looks_like_name(words):
            continue
        positive, negative = _cues(doc, i, j, label, bylines, persons, text)
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
    _gender_and_roles(doc, cast)
    _link_role_epithets(doc, cast)
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


def _epithets(doc, a: int, b: int, cast: Cast, text: str) -> list[tuple[int, int, int]]:
    """(start, end, age) of 'the Grammy-nominated singer, 29,' phrases in one sentence."""
    out = []
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
    text = doc.text
    for k, (a, b) in enumerate(sentences):
        found = _epithets(doc, a, b, cast, text)
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


# ---------------------------------------------------------------- gender, roles, epithets

def word_gender(word: str) -> str | None:
    lex, low = lexicon(), word.lower()
    return "f" if low in lex["female_words"] else "m" if low in lex["male_words"] else None


def _words_before(doc, start_char: int, limit: int = 4) -> list[str]:
    """Lower-case words right before a name, back to a verb, preposition, pronoun, conjunction
    or another name: "her husband, record producer [Jonah Pike]" -> producer, record, husband."""
    span = doc.char_span(start_char, start_char, alignment_mode="expand")
    i = span.start if span is not None else None
    if i is None:
        return []
    out = []
    k = i - 1
    while k >= 0 and len(out) < limit:
        t = doc[k]
        if t.text in (",", "-", "–") or t.is_space:
            k -= 1
            continue
        if t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PROPN", "NUM") or not t.text.islower() \
                or t.is_punct or t.lower_ in _DETERMINERS:
            break
        out.append(t.lower_)
        k -= 1
    return out


def _gender_and_roles(doc, cast: Cast) -> None:
    """What the text says of each person: kin and role words before a name ("his wife, Doris"),
    an epithet's head ("the actress, 29"), and pronouns in sentences about one person."""
    lex = lexicon()
    text = doc.text
    votes: dict[int, list[int]] = {}   # id -> [female, male]

    def vote(person, g, weight):
        v = votes.setdefault(id(person), [0, 0])
        v[0 if g == "f" else 1] += weight

    for r in cast.refs:
        if r.kind == "epithet":
            words = [w.lower() for w in re.findall(r"[A-Za-z\-]+", text[r.start:r.end])[-1:]]
        else:
            words = _words_before(doc, r.start)
        for w in words:
            if w in lex["person_roles"] or word_gender(w):
                cast.roles.setdefault(id(r.person), set()).add(w)
            if word_gender(w):
                vote(r.person, word_gender(w), 3)
    sentences = sentence_spans(doc)
    for k, (a, b) in enumerate(sentences):
        refs = cast.in_range(a, b)
        who = {id(r.person): r.person for r in refs}
        if len(who) != 1:
            continue
        person = next(iter(who.values()))
        tail = text[refs[0].end:b]
        if k + 1 < len(sentences) and not cast.in_range(*sentences[k + 1]):
            tail += " " + text[slice(*sentences[k + 1])][:40]
        fem = len(re.findall(r"\b(?:she|her|hers|herself)\b", tail, re.I))
        mas = len(re.findall(r"\b(?:he|him|his|himself)\b", tail, re.I))
        if fem and not mas:
            vote(person, "f", 1)
        elif mas and not fem:
            vote(person, "m", 1)
    for pid, (f, m) in votes.items():
        if f != m:
            cast.gender[pid] = "f" if f > m else "m"


def _link_role_epithets(doc, cast: Cast) -> None:
    """'The Top Gun: Maverick star and Khayrova met': a role noun under 'the', naming nobody
    itself, is the person last named before the sentence whom it fits, when only one fits."""
    lex = lexicon()
    roles = lex["person_roles"] | {w for w in lex["female_words"] | lex["male_words"]
                                   if w not in lex["kin"] or w in ("bride", "groom", "widow", "widower")}
    sentences = sentence_spans(doc)
    added = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lower_ not in roles or t.tag_ in ("NNS", "NNPS"):
            continue
        det = _leading_the(doc, t)
        if det is None or cast.person_at(t.idx, t.idx + len(t.text)) is not None:
            continue
        nxt = t.nbor(1) if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in ("of", "who") or nxt.text in ",("):
            continue  # "the actor Dorian Kestrel", "the star of", "the singer, 29," (paired by age)
        start = det.idx
        if cast.in_range(start, t.idx + len(t.text)):
            continue
        k = index_of(sentences, t.idx)
        here = {id(r.person) for r in cast.in_range(*sentences[k])}
        earlier = [r for r in cast.refs if r.end <= sentences[k][0] and id(r.person) not in here]
        if not earlier:
            continue
        g = word_gender(t.lower_)
        fits = [p for p in cast.people if id(p) not in here and t.lower_ in cast.roles.get(id(p), ())]
        if len(fits) > 1:
            continue
        if not fits:
            last_k = index_of(sentences, earlier[-1].start)
            recent = {id(r.person): r.person for r in earlier if index_of(sentences, r.start) == last_k}
            fits = [p for p in recent.values() if g is None or cast.gender_of(p) in (None, g)]
            if len(fits) != 1:
                continue
        added.append(Ref(start, t.idx + len(t.text), fits[0], kind="epithet"))
    if added:
        cast.refs.extend(added)
        cast.refs.sort(key=lambda r: r.start)


def _leading_the(doc, t):
    """The 'the' that opens the noun phrase ending in `t` ("The Top Gun: Maverick star"), if any."""
    k = t.i - 1
    while k >= max(0, t.i - 8):
        w = doc[k]
        if w.lower_ == "the":
            return w
        if w.is_sent_start or not (w.pos_ in ("PROPN", "ADJ", "NUM") or w.dep_ in ("compound", "amod")
                                   or w.text in (":", "-", "“", "”", "\"", "’s", "'s")):
            return None
        k -= 1
    return None


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the given spans blanked out (offsets kept)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _longest_in(doc, i: int, j: int, body: str) -> tuple[int, int] | None:
    """The longest run of two or more of tokens i..j that `body` also writes as a whole."""
    for size in range(j - i, 1, -1):
        for a in range(i, j - size + 1):
            if re.search(r"(?<![\w'’])" + re.escape(doc[a:a + size].text) + r"(?![\w])", body):
                return a, a + size
    return None
