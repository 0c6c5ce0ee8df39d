"""Relationship events: trigger patterns (resources/triggers.jsonl) matched over the parse.

Participants come from the syntax around the trigger (subject, objects, "with X",
possessives); pronouns and "the couple" are resolved against what came before,
respecting the gender the text gives people. The date is the resolved expression
of the sentence closest to the trigger in the dependency tree; chained ones ("two
weeks after meeting") date the subordinate event, and durations ("dated for five
years before marrying in 2011") turn into start dates.

How the article tells each event is its claim: "stated", "hedged" ("reportedly",
"is rumored to", "amid reports that") or "denied" ("his rep denied they are
dating", credited to the denier). Negated, planned and hypothetical events ("plan
to marry this fall", "will wed in June", "did not marry") are dropped: a planned
wedding is not an event of the timeline yet. Cue words live in resources/lexicon.json.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan

from .dates import heading_scopes, resolve
from .model import EventFound, PersonFound, Span, When
from .people import PRONOUN_GENDER, Cast, lexicon, word_gender
from .sentences import doc_text, headline_spans, index_of, paragraph_of, quotations, sentence_spans
from .triggers import Trigger, match_triggers

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
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "several": 4, "a few": 3, "a couple of": 2, "a couple": 2}
_NUM = r"(\d{1,2}|a couple of|a couple|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_DURATION = re.compile(
    r"\b(?:(?:almost|nearly|about|around|roughly|some|over|more than|just over|just under)\s+)?" + _NUM
    + r"(?P<half>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?P<unit>year|month|week|decade)s?\b(?P<half2>[\s-]+and[\s-]+a[\s-]+half)?"
    r"(?![\s-]+(?:ago|old)\b)(?P<chained>[\s-]+(?:later|earlier|after|before|prior)\b)?", re.I)
_CHAIN = re.compile(r"^(?:(?:almost|nearly|about|around|roughly|some|just|only|more than|over)\s+)?" + _NUM
                    + r"[\s-]+(?P<unit>day|night|week|month|year|decade)s?\s+(?P<dir>after|before)$", re.I)


def _words(key: str) -> frozenset[str]:
    return lexicon()[key]


@lru_cache(maxsize=1)
def _event_lexicon() -> dict:
    raw = resources.files("gossip_timeline.resources").joinpath("events.json").read_text("utf-8")
    return {k: frozenset(v) for k, v in json.loads(raw).items()}


def _ev_words(key: str) -> frozenset[str]:
    """Word lists of event extraction (resources/events.json)."""
    return _event_lexicon()[key]


@dataclass
class _Event:
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


class _Context:
    """What event extraction needs to know about one article."""

    def __init__(self, doc, cast: Cast, dates, published: dt.date | None = None):
        self.doc, self.cast, self.published = doc, cast, published
        self.sentences = sentence_spans(doc)
        self.all_dates = [(doc.char_span(s.start, s.end, alignment_mode="expand"), w) for s, w in dates]
        self.dates = [(sp, w) for sp, w in self.all_dates if w]
        self.text = doc_text(doc)
        self.headings = heading_scopes(self.text, dates)
        self.headlines = headline_spans(self.text)
        self.ents = list(doc.ents)  # `doc.ents` walks the whole doc on every access
        self.quotes = quotations(self.text)
        self.events: list[_Event] = []
        self.current_type: str | None = None  # the type of the event being read
        self.current_when: When | None = None  # and its date

    def sentence_of(self, char: int) -> int:
        return index_of(self.sentences, char)

    def sent(self, k: int):
        return self.doc.char_span(*self.sentences[k], alignment_mode="expand")

    def refs_in(self, k: int):
        a, b = self.sentences[k]
        return self.cast.in_range(a, b)

    def person(self, tok) -> PersonFound | None:
        return self.cast.person_at(tok.idx, tok.idx + len(tok.text))


# ---------------------------------------------------------------- resolution

def _fits(ctx: _Context, person: PersonFound, gender: str | None) -> bool:
    return gender is None or ctx.cast.gender_of(person) in (None, gender)


def _resolve_single(ctx: _Context, tok, k: int, exclude=()) -> list[PersonFound]:
    """he/she/his/her: the subject of the clause if a person of that gender, else the first
    fitting person named before it in the sentence, else in the sentences before. An object
    pronoun is never the clause's own subject ("his former manager, X, sued him"), nor anyone
    in `exclude` (the people the event already has)."""
    gender = PRONOUN_GENDER.get(tok.lower_)
    is_object = tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ in ("him", "her")
    not_me = {id(p) for p in exclude} if is_object else set()
    for anc in tok.ancestors:
        if anc.pos_ in VERBS:
            for ch in anc.children:
                if ch.dep_ in ("nsubj", "nsubjpass") and ch.i != tok.i:
                    for x in _expand(ch):
                        p = ctx.person(x)
                        if p and is_object:
                            not_me.add(id(p))  # "Moreau sued her": her is not Moreau
                        elif p and _fits(ctx, p, gender) and x is ch:
                            return [p]
            break
    before = [r.person for r in ctx.refs_in(k) if r.end <= tok.idx and _fits(ctx, r.person, gender)
              and id(r.person) not in not_me]
    if before:
        return [before[0]]
    if gender:  # someone the text has shown to be of that gender beats someone of unknown gender
        for back in range(k - 1, max(-1, k - 4), -1):
            known = [r.person for r in ctx.refs_in(back) if ctx.cast.gender_of(r.person) == gender
                     and id(r.person) not in not_me]
            unknown = [r for r in ctx.refs_in(back) if ctx.cast.gender_of(r.person) is None]
            if known:
                if not unknown or len({id(p) for p in known}) == 1:
                    return [known[0]]
                break
    for back in range(k - 1, max(-1, k - 4), -1):
        refs = [r for r in ctx.refs_in(back) if _fits(ctx, r.person, gender)]
        span = ctx.sent(back)
        pron = [t for t in span if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj")
                and PRONOUN_GENDER[t.lower_] == (gender or PRONOUN_GENDER[t.lower_])] if span else []
        refs = [r for r in refs if id(r.person) not in not_me]
        if pron and (not refs or pron[0].idx < refs[0].start):
            found = _resolve_single(ctx, pron[0], back)
            if found and id(found[0]) not in not_me:
                return found
        if refs:
            return [refs[0].person]
    return []


def _resolve_group(ctx: _Context, tok, k: int, exclude=()) -> list[PersonFound]:
    """they/the couple/the pair: two people named earlier in the sentence, else the last couple."""
    a = ctx.sentences[k][0]
    before: list[PersonFound] = []
    span = ctx.doc.char_span(*ctx.sentences[k], alignment_mode="expand")
    # "X was seen with the couple": an object group never holds the clause's own subject
    is_object = tok.dep_ in ("pobj", "dobj", "dative")
    for t in span if span is not None and not is_object else []:
        if t.i >= tok.i:
            break
        if t.dep_ == "poss":
            continue  # "Flanagan's mother and the couple": Flanagan is not one of the pair
        found = [ctx.person(t)] if ctx.person(t) else (
            _resolve_single(ctx, t, k) if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj") else [])
        for p in found:
            if p and p not in before:
                before.append(p)
    if len(before) >= 2:
        return before[-2:]
    # the last couple told; for a legal event, the sides of the last legal one ("the two settled")
    told = [ev for ev in ctx.events if ev.sentence[0] <= a and not set(map(id, ev.parents or ev.people)) & set(map(id, exclude))]
    if ctx.current_type == "legal":
        legal = [ev for ev in told if ev.type == "legal" and len(ev.parents or ev.people) == 2]
        told = legal or told
    couples = _couples_told(told)
    if couples:
        return list(_likely_couple(ctx, tok, couples))
    lead = _lead_couple(ctx)
    if lead and not set(map(id, lead)) & set(map(id, exclude)) and ctx.current_type in TOGETHER | ENDINGS:
        return lead  # "Yasmin Haddad and Felix Oberhauser …" … "The pair first met in 2019"
    recent: list[PersonFound] = []
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx]):
        if r.person not in recent and all(r.person is not x for x in exclude):
            recent.append(r.person)
        if len(recent) == 2:
            return recent[::-1]
    return recent


TOGETHER = {"dating", "engaged", "married", "sighting", "birth", "met"}


def _lead_couple(ctx: _Context) -> list[PersonFound]:
    """The two people the article opens with, named as a pair ("X and Y are engaged"), if any:
    who "the pair" is before any couple has been told."""
    for k in range(min(3, len(ctx.sentences))):
        refs = [r for r in ctx.refs_in(k) if r.kind == "name"]
        for first, second in zip(refs, refs[1:]):
            if first.person is not second.person and re.fullmatch(
                    r"(?:['’]s)?\s+(?:and|&)\s+", ctx.text[first.end:second.start]):
                return [first.person, second.person]
    return []


def _couples_told(told: list[_Event]) -> list[tuple[tuple[PersonFound, PersonFound], list[_Event]]]:
    """Couples of the events told so far, the most recently told first, each with its events."""
    out: dict[tuple[int, int], tuple[tuple[PersonFound, PersonFound], list[_Event]]] = {}
    for ev in told:
        group = ev.parents or ev.people
        if len(group) == 2:
            key = tuple(sorted(map(id, group)))
            pair, events = out.pop(key, (tuple(group), []))
            out[key] = (pair, events + [ev])
    return list(reversed(out.values()))


def _likely_couple(ctx: _Context, tok, couples) -> tuple[PersonFound, PersonFound]:
    """The couple "the couple" / "the newlyweds" means: the last one told, unless what is
    told now cannot be theirs. "Achebe and Voss split that December. The pair were
    photographed holding hands …" is a couple still together, and "the newlyweds" are a
    couple who married."""
    newlyweds = tok.lower_ in ("newlyweds", "newlywed")
    together = ctx.current_type in TOGETHER
    for pair, events in couples:
        if newlyweds and not any(ev.type == "married" for ev in events):
            continue
        last = events[-1]
        if (together or newlyweds) and not last.implied and last.type in ENDINGS and not _before(ctx.current_when, last.when):
            continue  # ("The pair, who wed in 2019," after their divorce: told looking back)
        return pair
    return couples[0][0]


def _before(when: When | None, other: When | None) -> bool:
    return when is not None and other is not None and when.end <= other.start


def _resolve_role(ctx: _Context, tok, have: list[PersonFound]) -> list[PersonFound]:
    """'the reality star': the most recently named person not already in the event whom the
    text has not given another role ("Annika's attorney, Ramona Greer" is not "the singer")
    or the other gender ("the singer ... with his backup singer")."""
    gender = _clause_gender(tok) or word_gender(tok.lower_)
    if tok.lower_ in _WEDDING_ROLES:  # "the bride-to-be": the one last told engaged or married
        for ev in reversed(ctx.events):
            if ev.type in ("engaged", "married"):
                fits = [p for p in ev.people if p not in have and ctx.cast.gender_of(p) in (None, gender)]
                if fits:
                    known = [p for p in fits if gender and ctx.cast.gender_of(p) == gender]
                    return (known or fits)[:1]
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx and r.kind == "epithet"]):
        if r.person not in have and ctx.text[r.start:r.end].lower().endswith(tok.lower_) \
                and (not gender or ctx.cast.gender_of(r.person) in (None, gender)):
            return [r.person]  # "the singer" already stood for someone
    fallback = None
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx]):
        p = r.person
        if p in have:
            continue
        fallback = fallback or p
        roles = ctx.cast.roles.get(id(p), set()) & lexicon()["person_roles"]  # trades, not "sister"
        if roles and tok.lower_ not in roles:
            continue
        if gender and ctx.cast.gender_of(p) not in (None, gender):
            continue
        return [p]
    return [fallback] if fallback else []


def _clause_gender(tok) -> str | None:
    """The gender a possessive in the rest of its clause gives the subject `tok`
    ("the singer was photographed getting cozy with his backup singer")."""
    verb = _nearest_verb(tok)
    if verb is None or not tok.dep_.startswith("nsubj"):
        return None
    for t in verb.subtree:
        if t.i > tok.i and t.lower_ in ("his", "her") and t.dep_ == "poss":
            return PRONOUN_GENDER[t.lower_]
    return None


def _people_of(ctx: _Context, tok, k: int, have: list[PersonFound], attrib: set[int]) -> list[PersonFound]:
    if tok.i in attrib:
        return []
    p = ctx.person(tok)
    if p:
        return [p]
    low = tok.lower_
    if low in SINGLE_PRONOUNS:
        return _resolve_single(ctx, tok, k)
    if low in GROUP_WORDS or (tok.lemma_ in GROUP_WORDS and any(c.lower_ == "the" for c in tok.children)):
        exclude = have if tok.dep_ in ("pobj", "dobj", "dative") else ()
        return _resolve_group(ctx, tok, k, exclude)
    if tok.pos_ == "NOUN" and (low in lexicon()["person_roles"] or low in _WEDDING_ROLES) \
            and any(c.lower_ == "the" for c in tok.children):
        return _resolve_role(ctx, tok, have)
    if tok.pos_ == "NOUN" and low in _ev_words("spouse_nouns") | _ev_words("partner_nouns"):
        return _unnamed_partner(ctx, tok, k)
    if low == "old":
        return _person_of_age(ctx, tok)
    return []


_WEDDING_ROLES = {"bride", "groom", "newlywed", "widow", "widower", "birthday"}  # "the bride-to-be"


def _person_of_age(ctx: _Context, tok) -> list[PersonFound]:
    """"The 31-year-old split from …": the one person named before with that age."""
    doc = ctx.doc
    i = tok.i
    if i < 4 or doc[i - 2].lower_ != "year" or not doc[i - 4].like_num or not doc[i - 4].text.isdigit():
        return []
    age = int(doc[i - 4].text)
    named = {id(r.person): r.person for r in ctx.cast.refs if r.end <= tok.idx and r.person.age == age}
    return list(named.values()) if len(named) == 1 else []


def _unnamed_partner(ctx: _Context, tok, k: int) -> list[PersonFound]:
    """"Wade Hollister's wife has filed for divorce." … "Annika Hollister, 39, filed the
    papers": the partner named next who shares the surname, else the first person the
    next sentence names, when the noun's owner is named and nobody is set beside it."""
    if any(c.dep_ == "appos" for c in tok.children):
        return []
    owner = next((ctx.person(c) for c in tok.children if c.dep_ == "poss" and ctx.person(c)), None)
    if owner is None:
        return []
    surname = owner.name.split()[-1]
    later = [r.person for j in range(k, min(len(ctx.sentences), k + 3)) for r in ctx.refs_in(j)
             if r.start > tok.idx and r.person is not owner]
    same = [p for p in later if p.name.split()[-1] == surname and len(p.name.split()) > 1]
    if same:
        return [same[0]]
    nxt = [r.person for r in ctx.refs_in(k + 1) if r.person is not owner] if k + 1 < len(ctx.sentences) else []
    return nxt[:1]


def _expand(tok):
    """A token, its conjuncts and appositions ("the singer and her husband, Jonah Pike")."""
    out = [tok]
    for t in list(tok.conjuncts):
        out.append(t)
    for t in list(out):
        out.extend(c for c in t.children if c.dep_ == "appos")
    return out


def _nearest_verb(tok):
    if tok.pos_ in VERBS:
        return tok
    for anc in tok.ancestors:
        if anc.pos_ in VERBS:
            return anc
    return None


def _subjects(verb):
    """Subject tokens of `verb`, inherited through conjunctions and clauses that lack one."""
    cur = verb
    for _ in range(5):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE and cur.dep_ == "relcl":
                return [cur.head]
            return [s]
        if cur.dep_ == "relcl":
            return [cur.head]
        if cur.dep_ == "acl" and cur.head.lower_ in GROUP_WORDS:
            return [cur.head]  # "The pair divorced in 2014 …" parsed as a noun phrase
        if cur.head is cur or cur.dep_ in ("ccomp",) and any(
                c.dep_ == "nsubj" and c.lemma_ in _words("speech_verbs") for c in cur.head.children):
            break
        nxt = cur.head if cur.head.pos_ in VERBS else _nearest_verb(cur.head)
        if nxt is None or nxt is cur or not (verb.sent.start <= nxt.i < verb.sent.end):
            break
        cur = nxt
    return []


def _objects(head):
    out = []
    for c in head.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            out.append(c)
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "from", "between", "by", "against"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "agent":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _participants(ctx: _Context, trig: SpacySpan, ttype: str, k: int, attrib: set[int],
                  sibling_roots=()) -> list[PersonFound]:
    root = trig.root
    tokens = []
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("ROOT",):
        poss = [c for c in root.children if c.dep_ == "poss"]
        if not poss and root.dep_ == "pobj" and root.head.lower_ == "of":
            poss = [c for c in root.head.head.children if c.dep_ == "poss"]  # "their date of separation"
        tokens += poss + _objects(root)
        verb = _nearest_verb(root)
        if not poss:
            if verb is not None:
                tokens += _subjects(verb) + [t for t in _objects(verb) if t is not root]
        elif verb is not None and root.dep_ in ("dobj", "nsubjpass"):
            # "finalized his divorce from X": the parser hangs "from X" on the verb
            tokens += [t for t in _objects(verb) if t is not root and t.head.lower_ in ("from", "with", "to")]
    else:
        verb = root if root.pos_ in VERBS else (_nearest_verb(root) or root)
        for t in trig:
            if t.pos_ in VERBS:
                verb = t
        tokens += _subjects(verb) + _objects(verb) + _objects(root)
        for x in verb.children:  # "seen leaving a steakhouse with X", "spotted kissing X"
            if x.dep_ in ("xcomp", "advcl") and x.tag_ == "VBG":
                tokens += _objects(x)
        if ttype == "sighting":  # "spotted grabbing coffee with X", "seen with Y and the kids"
            tokens += _companions(verb)
    doc = trig.doc
    for i in range(max(trig.sent.start, trig.start - 2), trig.start):  # "…, and the two were photographed"
        if doc[i].lower_ in GROUP_WORDS and doc[i].pos_ in ("NUM", "NOUN", "PRON") and doc[i].dep_ != "poss":
            tokens.append(doc[i])
    if root.pos_ == "NOUN":  # "the two split" parsed as a noun: its group word is the subject
        tokens += [c for c in root.children if c.lower_ in GROUP_WORDS and c.dep_ in ("nummod", "det", "compound")]
        tokens += [c for c in root.children if c.lower_ == "old" and c.dep_ == "amod"]  # "The 31-year-old split"
    people: list[PersonFound] = []
    seen: set[int] = set()
    for t in tokens:
        for x in _expand(t):
            if x.i in seen:
                continue
            seen.add(x.i)
            for p in _people_of(ctx, x, k, people, attrib):
                if p not in people:
                    people.append(p)
    verb_trigger = root.pos_ != "NOUN" or trig[-1].pos_ in VERBS or len(trig) > 1
    near_verb = _nearest_verb(root)
    # "split from X after a three-year romance": the romance is the split's couple's
    verb_trigger |= near_verb is not None and near_verb.i in sibling_roots
    sentence_people = [r.person for r in ctx.refs_in(k) if not any(t in attrib for t in _tokens_of(ctx, r))]
    if ttype == "birth":
        people += [p for p in sentence_people if p not in people]
    elif ttype in PAIR_TYPES and len(people) < 2 and verb_trigger:
        def distance(p):
            gaps = [m.start - trig.end_char if m.start >= trig.end_char else 1000 + trig.start_char - m.start
                    for m in p.mentions if ctx.sentences[k][0] <= m.start < ctx.sentences[k][1]]
            return min(gaps or [10_000])
        near = sorted(sentence_people, key=distance)
        people += [p for p in near if p not in people][: 2 - len(people)]
        if len(people) < 2:  # a parse gone wrong ("She later married producer X" as a noun phrase)
            for t in trig.sent:
                if t.lower_ in ("he", "she") and t.i < trig.start and (t.dep_.startswith("nsubj") or t.dep_ == "ROOT"):
                    people += [p for p in _resolve_single(ctx, t, k) if p not in people][: 2 - len(people)]
    elif not people and ttype in ("sighting", "death", "legal"):
        people = sentence_people[:1] if ttype == "death" else sentence_people
    return people


def _companions(verb) -> list:
    """Who is "with" the people seen: objects of "with" anywhere in the sighting's own clause
    (not in a clause of its own with another subject, nor a possessor: "at X's restaurant")."""
    out = []
    stack = [c for c in verb.children if not _own_clause(c) and c.dep_ not in ("nsubj", "nsubjpass")]
    while stack:
        t = stack.pop()
        if t.dep_ == "prep" and t.lower_ in ("with", "alongside", "beside"):
            out.extend(g for g in t.children if g.dep_ == "pobj")
            # "with Lulu perched on his shoulders"
            out.extend(s for g in t.children if g.dep_ == "pcomp" for s in g.children if s.dep_ == "nsubj")
        stack.extend(c for c in t.children if not _own_clause(c) and c.dep_ != "poss")
    return sorted(out, key=lambda t: t.i)


def _own_clause(tok) -> bool:
    return tok.dep_ in ("relcl", "ccomp", "parataxis") or (
        tok.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def _tokens_of(ctx: _Context, ref):
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return [t.i for t in span] if span is not None else []


# ---------------------------------------------------------------- filters

def claim_of(trig: SpacySpan, sent) -> tuple[str | None, object]:
    """How the sentence tells the trigger's event: ("stated" | "hedged" | "denied", the denying
    verb or None), or (None, None) when it is negated, planned or hypothetical."""
    speech, denial = _words("speech_verbs"), _words("denial_verbs")
    plans = _words("plan_verbs") | _ev_words("plan_verbs")
    root = trig.root
    chain = [root] + [t for t in root.ancestors if sent.start <= t.i < sent.end]
    hedged = False
    child = None
    for depth, t in enumerate(chain[:6]):
        if t is not root and t.pos_ in VERBS and t.lemma_ in denial:
            return "denied", t
        if t is not root and t.lemma_ in _words("report_nouns") and t.pos_ == "NOUN":
            hedged = True  # "amid reports that they split"
        if t is not root and t.pos_ in VERBS and t.lemma_ in speech:
            break  # what a speaker says stands as their claim; their own modality is theirs
        kids = list(t.children)
        if any(c.dep_ == "neg" for c in kids) and depth <= 2:
            return None, None
        if any(c.dep_ == "aux" and c.lower_ in _words("modals") for c in kids):
            return None, None
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return None, None
        if depth <= 2 and any(c.dep_ == "advmod" and c.lower_ in _words("hedge_adverbs") for c in kids):
            hedged = True
        if t.lower_ == "ahead":
            return None, None  # "ahead of their wedding"
        if t.dep_ == "relcl" and t.pos_ in VERBS and any(c.lower_ in ("who", "whom", "whose", "which")
                                                          for c in t.children):
            break  # "the second trip down the aisle for X, who was married to Y": its own claim
        if t is not root and t.pos_ in VERBS:
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
            if t.lemma_ in _words("hedge_verbs") or t.lower_.startswith(("rumo", "alleged")) \
                    or (passive and t.lemma_ in _words("passive_hedge_verbs")):
                hedged = True  # "is rumored to be dating", "is said to have wed"
            elif t.lemma_ in plans and child is not None and child.dep_ in ("xcomp", "ccomp", "prep", "pobj", "dobj"):
                return None, None  # "plan to marry", "thinking about a fall wedding"
            if t.lower_ == "going" and any(c.dep_ == "xcomp" for c in kids):
                return None, None
        child = t
    if root.tag_ == "VBG" and root.lemma_ in ("marry", "wed", "engage", "propose") \
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children):
        return None, None  # "my sister is marrying": a plan
    mods = {c.lower_ for c in root.children if c.dep_ in ("amod", "compound", "advmod")}
    if mods & {"rumored", "rumoured", "alleged", "reported"}:
        hedged = True
    elif mods & _words("plan_modifiers"):
        return None, None
    before = sent.doc[max(sent.start, trig.start - 3):trig.start].text.lower()
    if "ahead of" in before:
        return None, None
    return ("hedged" if hedged else "stated"), None


def _speaker_text(ctx: _Context, verb) -> tuple[str | None, set[int]]:
    """The subject of a speech or denial verb as written ("Kessler’s rep"); a pronoun
    subject gives the person it stands for."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None, set()
    s = subj[0]
    if s.lower_ in SINGLE_PRONOUNS:
        found = _resolve_single(ctx, s, ctx.sentence_of(s.idx))
        return (found[0].name if found else None), {s.i}
    if s.lower_ in GROUP_WORDS | RELATIVE | {"i", "we", "you", "it"}:
        return None, set()
    sub = list(s.subtree)
    if len(sub) > 8:
        sub = [x for x in sub if x.i <= s.i]
    return verb.doc[sub[0].i:sub[-1].i + 1].text, {x.i for x in sub}


def _attribution(sent, trig=None) -> tuple[str | None, set[int]]:
    """The speaker credited in the sentence ("a source", "her rep") and its token ids."""
    for t in sent:
        if trig is not None and trig.start <= t.i < trig.end:
            continue
        if t.lemma_ == "accord" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            objs = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                sub = list(objs[0].subtree)
                return t.doc[sub[0].i:sub[-1].i + 1].text, {x.i for x in sub}
        if t.lemma_ in _words("speech_verbs") and t.pos_ == "VERB" and _reports_speech(t, sent):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in SINGLE_PRONOUNS | GROUP_WORDS | RELATIVE | {"i", "we", "you", "it"}:
                sub = list(subj[0].subtree)
                if len(sub) > 8:
                    sub = [x for x in sub if x.i <= subj[0].i]
                return t.doc[sub[0].i:sub[-1].i + 1].text, {x.i for x in sub}
    return None, set()


def _reports_speech(verb, sent) -> bool:
    """"A source says they met" reports speech; "Cruise shares two kids with…" does not:
    a speech verb credits a claim only with a clause or a quotation to credit."""
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or verb.dep_ == "parataxis":
        return True
    return any(q in sent.text for q in QUOTES)


def _quote_attribution(ctx: _Context, char: int, k: int) -> str | None:
    """Who a claim is credited to when its own sentence names nobody: for a quotation, the
    sentence where it closes ("…,” the insider says.") or the one introducing it ("A source
    tells Us:"); for a whole quoted paragraph or a plain sentence, a short credit right after
    it ("So says a friend of the couple.", "That’s according to an insider.")."""
    text = ctx.text
    quote = next(((a, b) for a, b in ctx.quotes if a <= char < b), None)
    candidates: list[tuple[int, bool]] = []   # (sentence, must be a short credit)
    if quote is not None:
        close = ctx.sentence_of(quote[1] - 1)
        candidates.append((close, False))
        opening = ctx.sentence_of(quote[0])
        if opening > 0 and text[:quote[0]].rstrip().endswith(":"):
            candidates.append((opening - 1, False))
        para = paragraph_of(text, quote[0])
        if text[para[0]:quote[0]].strip() == "" and text[quote[1]:para[1]].strip() in ("", "."):
            candidates.append((close + 1, True))
    else:
        candidates.append((k + 1, True))
    for c, short in candidates:
        if c == k or not 0 <= c < len(ctx.sentences):
            continue
        sent = ctx.sent(c)
        if sent is None or (short and not _bare_credit(sent)):
            continue
        who, _ = _attribution(sent)
        if who:
            return who
    return None


def _bare_credit(sent) -> bool:
    """"So says a friend of the couple." / "That’s according to an insider.": a credit that
    tells nothing of its own."""
    if len(sent) > 14 or any(q in sent.text for q in QUOTES):
        return False
    speech = _words("speech_verbs")
    return not any(t.pos_ == "VERB" and t.lemma_ not in speech and t.lemma_ != "accord" for t in sent)


# ---------------------------------------------------------------- dates

def _tree_distance(a, b) -> int:
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    for i, x in enumerate(up_a):
        if x in up_b:
            return i + up_b.index(x)
    return 99


def _governing_date(ctx: _Context, trig: SpacySpan, k: int, etype: str, others=(), dropped=(),
                    excluded=frozenset()) -> When | None:
    """The sentence's date nearest the trigger in the tree. A date nearer another trigger of
    the sentence belongs to that one, and is borrowed only when nothing else is left ("met in
    2016 and started dating soon after") and that trigger's event is real; "now" dates states
    only ("is now dating"), not what happens next ("now the exes are headed to court")."""
    a, b = ctx.sentences[k]
    best = None
    speech = _words("speech_verbs")
    for span, when in ctx.dates:
        if span is None or not (a <= span.start_char < b) or span.start_char in excluded:
            continue
        if span.text.lower() in _words("state_now") and etype not in STATE_TYPES:
            continue
        droot = span.root
        verb = _nearest_verb(droot)
        if verb is not None and verb.lemma_ in speech and verb not in trig and trig.root not in verb.subtree \
                and not _before_speaker(span, verb, trig):
            continue  # "her rep confirmed on Sunday": dates the statement, not the event
        if verb is not None and verb.lemma_ in speech and verb not in trig \
                and _tree_distance(droot, verb) < _tree_distance(droot, trig.root) and verb is not trig.root \
                and not _before_speaker(span, verb, trig):
            continue
        if _describes_someone(droot, trig):
            continue  # "X, the singer behind the 1978 smash, has died": the song's year
        mine = _tree_distance(trig.root, droot)
        if any(_tree_distance(o, droot) < mine for o in dropped):
            continue  # "ahead of their public debut in December": the plan's date, not ours
        owners = [o for o in others if _tree_distance(o, droot) < mine]
        if owners and not all(_coordinated(trig.root, o) for o in owners):
            continue  # another event's date ("who met on the set, called it quits last summer")
        # "wed in December 2018, two years after their blind date": the chained expression
        # dates the blind date; the wedding keeps the date it has
        chained = bool(re.search(r"\b(?:after|before)$", span.text, re.I)) and span.end < len(ctx.doc) \
            and not ctx.doc[span.end].is_punct
        key = (bool(owners), chained, mine, abs(span.start - trig.start))
        if best is None or key < best[0]:
            best = (key, when)
    if best is None and not _looking_back(trig):  # an entry of a timeline article: the heading dates it
        return next((when for start, end, when in ctx.headings if start <= a < end), None)
    return best[1] if best else None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
             "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


def _anniversary_back(anniversary, when: When | None) -> When | None:
    """"marked their eighth wedding anniversary last month": the wedding is eight years
    before that; an anniversary of unknown number dates nothing."""
    n = None
    for c in anniversary.children:
        word = c.lower_
        n = _ORDINALS.get(word) or (int(word[:-2]) if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", word) else None)
        if n:
            break
    if n is None or when is None:
        return None
    try:
        return When(when.start.replace(year=when.start.year - n), when.end.replace(year=when.end.year - n),
                    when.precision, when.text)
    except ValueError:  # 29 February
        return When(when.start.replace(year=when.start.year - n, day=28), when.end.replace(year=when.end.year - n, day=28),
                    when.precision, when.text)


def _looking_back(trig: SpacySpan) -> bool:
    """"who had previously been married to X": told from the entry's time, not at it."""
    verb = _nearest_verb(trig.root)
    return verb is not None and any(c.lower_ in ("had", "previously", "once", "formerly") for c in verb.children)


def _describes_someone(droot, trig: SpacySpan) -> bool:
    """A date inside the subject's noun phrase ("the 1978 smash", "his 2009 debut album")
    or on a work's name describes a person or a work, not the event of the verb."""
    if droot.dep_ in ("nummod", "compound", "amod", "nmod") and droot.head.pos_ in ("NOUN", "PROPN") \
            and droot.head not in trig and (droot.head.lemma_ in _words("work_nouns")
                                            or droot.head.lemma_ in _ev_words("work_words")):
        return True
    verb = trig.root if trig.root.pos_ in VERBS else _nearest_verb(trig.root)
    if verb is None or trig.root.pos_ not in VERBS:
        return False
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or droot not in c.subtree or droot is c or trig.root in c.subtree:
            continue
        if droot.dep_ in ("nummod", "compound", "amod", "nmod"):
            return True
        # "X, the actress whose voice made her a star of the 1960s, has died": a clause
        # describing the subject dates that description, not the event
        if any(a.dep_ in ("relcl", "acl", "appos") for a in droot.ancestors if a in c.subtree):
            return True
    return False


def _before_speaker(span: SpacySpan, verb, trig: SpacySpan) -> bool:
    """"welcomed a son earlier this month, her rep confirmed": a date between the event and
    the speaker is the event's, though the parser hangs it on the speech verb."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and trig.end <= span.start and span.end <= subj[0].left_edge.i


def _clause_verb(tok):
    v = _nearest_verb(tok) or tok
    while v.dep_ in ("xcomp", "aux", "auxpass") and v.head.i != v.i:
        v = v.head
    return v


def _coordinated(a, b) -> bool:
    """Two triggers told in coordinated clauses ("met in 2016 … and started dating soon after")."""
    va, vb = _clause_verb(a), _clause_verb(b)
    return (va.dep_ == "conj" and va.head.i == vb.i) or (vb.dep_ == "conj" and vb.head.i == va.i) \
        or (va.dep_ == "conj" and vb.dep_ == "conj" and va.head.i == vb.head.i) or va.i == vb.i


@dataclass
class _Chain:
    """'two weeks after meeting': the subordinate event lies `n unit` before/after the main one."""

    n: str
    unit: str
    direction: str   # "after" / "before", as written
    main: object     # the main trigger's root token
    more: bool = False  # "more than two years after": at least that far apart


def _chains(ctx: _Context, k: int, triggers: list[SpacySpan]) -> tuple[dict[int, _Chain], set[int]]:
    """Chained expressions of sentence k: {subordinate trigger start: chain}, and the date
    spans they use up (which must not date the main event itself)."""
    a, b = ctx.sentences[k]
    out, used = {}, set()
    for span, _ in ctx.all_dates:
        if span is None or not (a <= span.start_char < b):
            continue
        m = _CHAIN.match(span.text)
        if not m:
            continue
        hinge = span[-1]
        later = [t for t in triggers if t.start >= span.end]
        sub = next((t for t in later if t.root in hinge.subtree or hinge in t.root.children
                    or t.start - span.end <= 6), None)
        rest = [t for t in triggers if t is not sub]
        if sub is None or not rest:
            continue
        main = min(rest, key=lambda t: _tree_distance(hinge, t.root))
        more = span.text.lower().startswith(("more than", "over")) or \
            ctx.doc[max(span.start - 2, 0):span.start].text.lower() in ("more than", "well over")
        out[sub.start] = _Chain(m.group(1), m.group("unit"), m.group("dir").lower(), main.root, more)
        used.add(span.start_char)
    return out, used


def _chained_when(ctx: _Context, chain: _Chain, main: When | None) -> When | None:
    """"X happened three years after they met": met = X − three years (and + for "before")."""
    if main is None:
        return None
    back = "before" if chain.direction == "after" else "after"
    when = resolve(f"{chain.n} {chain.unit}s {back}", ctx.published or main.start, base=main)
    if when is None:
        return None
    text = f"{chain.n} {chain.unit}s {chain.direction}"
    if chain.more:  # "more than two years after they separated": up to twice as far
        far = resolve(f"{chain.n} {chain.unit}s {back}", ctx.published or main.start, base=when)
        if far is not None:
            if chain.direction == "after":
                return When(min(far.start, when.start), when.end, "approximate", "more than " + text)
            return When(when.start, max(far.end, when.end), "approximate", "more than " + text)
    return When(when.start, when.end, when.precision, text)


def _duration_months(m: re.Match) -> int:
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    unit = m.group("unit").lower()
    months = n * {"year": 12, "decade": 120, "month": 1, "week": 0}[unit]
    if m.group("half") or m.group("half2"):
        months += {"year": 6, "decade": 60, "month": 0, "week": 0}[unit]
    return months


def _months_before(day: dt.date, months: int) -> dt.date:
    y, mth = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, mth + 1, 1) if day.day == 1 else dt.date(y, mth + 1, min(day.day, 28))


def _apply_durations(ctx: _Context, k: int, evs: list[_Event]) -> None:
    """"dated for five years before marrying in 2011", "split in 2018 after a three-year
    romance", "engaged after a year and a half of dating": the state starts that long before
    the event that ends it (or before today, for "have been married for ten years")."""
    a, b = ctx.sentences[k]
    text = ctx.text
    for m in _DURATION.finditer(text, a, b):
        months = _duration_months(m)
        if months <= 0 or (m.group("chained") and not text[max(a, m.start() - 4):m.start()].lower().endswith("for ")):
            continue  # "two years prior" is a date; "for five years before marrying" a duration
        dspan = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if dspan is None:
            continue
        linked = [e for e in evs if e.type in DURATION_TYPES and _linked(dspan, e.trigger)]
        if not linked:
            continue
        target = min(linked, key=lambda e: _tree_distance(dspan.root, e.trigger.root))
        enders = [e for e in evs if e is not target and e.type in ENDING_TYPES and e.type != target.type
                  and e.when is not None and set(map(id, e.people)) & set(map(id, target.people))]
        if enders:
            end = min(enders, key=lambda e: _tree_distance(dspan.root, e.trigger.root)).when
        elif target.when is None and ctx.published and _perfect(target.trigger.root):
            end = When(ctx.published, ctx.published, "day")
        else:
            continue
        start = _months_before(end.start, months)
        stop = end.end if target.type == "dating" else _months_before(end.end, months)
        target.when = When(start, max(start, stop), "approximate", m.group(0).strip())


def _linked(dspan: SpacySpan, trig: SpacySpan) -> bool:
    root = trig.root
    if root in dspan.root.subtree or dspan.root in root.children:
        return True  # "a year and a half of dating", "a three-year romance"
    if _tree_distance(dspan.root, root) <= 3 and 0 <= dspan.start - trig.end <= 4:
        return True  # "dated for five years"
    return dspan.root.head is root or (dspan.root.head.head is root and dspan.root.head.lower_ in ("for", "after"))


def _perfect(tok) -> bool:
    """Present perfect ("have been married for ten years"): a state lasting until now. "had
    ended a five-year relationship" is past perfect and reaches no further than the story."""
    verb = tok if tok.pos_ in VERBS else _nearest_verb(tok)
    return verb is not None and any(c.dep_ == "aux" and c.lemma_ == "have" and c.lower_ != "had"
                                    and c.tag_ != "VBD" for c in verb.children)


def _present_state(tok) -> bool:
    """"have been dating", "are dating", "is now dating": true on the day of the article."""
    verb = tok if tok.pos_ in VERBS else _nearest_verb(tok)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBD", "MD") for c in auxes) or verb.tag_ == "VBD":
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes)


# ---------------------------------------------------------------- summaries

def _names(people: list[PersonFound]) -> str:
    names = [p.name for p in people]
    if len(names) <= 1:
        return "".join(names) or "Someone"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _place(trig: SpacySpan, cast: Cast, ents) -> str | None:
    sent = trig.sent
    for ent in (e for e in ents if sent.start <= e.start < sent.end):
        if ent.start >= trig.start and ent.label_ in ("GPE", "FAC", "LOC", "ORG") \
                and cast.person_at(ent.start_char, ent.end_char) is None:
            prev = ent.doc[ent.start - 1] if ent.start else None
            if prev is not None and prev.lower_ in ("in", "at", "outside"):
                return f"{prev.lower_} {ent.text}"
    return None


def summarize(ev: _Event) -> str:
    who = _names(ev.people)
    verb = {
        "dating": "dating", "engaged": "got engaged", "married": "married",
        "separated": "separated", "divorced": "divorced", "breakup": "split",
        "met": "met", "death": "died", "sighting": "spotted together", "legal": "in a legal dispute",
    }.get(ev.type, ev.type)
    if ev.type == "birth":
        parents = ev.parents or ev.people
        children = [p for p in ev.people if p not in parents]
        text = f"{_names(parents)} welcomed {_names(children)}" if children else f"{_names(parents)} welcomed a baby"
    elif ev.type == "sighting":
        text = f"{who} spotted" + (" together" if len(ev.people) > 1 else "")
    elif ev.type == "legal" and ev.trigger.root.lemma_ == "sue" and len(ev.people) == 2:
        text = f"{ev.people[0].name} sued {ev.people[1].name}"
    elif ev.type == "divorced" and "file" in ev.trigger.text.lower() and len(ev.people) == 2:
        text = f"{ev.people[0].name} filed for divorce from {ev.people[1].name}"
    elif ev.type == "dating":
        text = f"{who} {'are' if len(ev.people) > 1 else 'is'} dating"
    else:
        text = f"{who} {verb}"
    if ev.place and ev.type in ("sighting", "married", "met", "engaged"):
        text += f" {ev.place}"
    if ev.implied:
        text += f" (implied by “{ev.trigger.text}”)"
    return text


# ---------------------------------------------------------------- entry point

def find_events(doc, cast: Cast, dates, published: dt.date | None = None) -> list[EventFound]:
    """Events of `doc`, given its cast (people.find_cast), dates (dates.find_dates) and the
    publication day (for states told in the present: "have been dating")."""
    ctx = _Context(doc, cast, dates, published)
    by_sentence: dict[int, list] = {}
    for trig, rule in match_triggers(doc):
        by_sentence.setdefault(ctx.sentence_of(trig.start_char), []).append((trig, rule))
    for k, group in by_sentence.items():
        sent = ctx.sent(k)
        if sent is None:
            continue
        live, dropped = [], []
        for trig, rule in group:
            claim, denier = claim_of(trig, sent)
            (dropped if claim is None else live).append((trig, rule, claim, denier))
        chains, used = _chains(ctx, k, [t for t, r, _, _ in live if not r.implied])
        here: list[_Event] = []
        for trig, rule, claim, denier in live:
            ev = _event(ctx, k, sent, trig, rule, claim, denier, live, dropped, used)
            if ev is not None:
                here.append(ev)
                ctx.events.append(ev)
        for ev in here:
            chain = chains.get(ev.trigger.start)
            if chain is not None:
                main = next((e for e in here if e.trigger.root.i == chain.main.i), None)
                ev.when = _chained_when(ctx, chain, main.when if main else None)
        for ev in here:
            if ev.type != "dating" and ev.when is not None and (ev.when.text or "").lower().startswith("since "):
                # "married since 2017": the wedding is the start, not the whole span to today
                ev.when = resolve(ev.when.text[6:], published) or ev.when
        _apply_durations(ctx, k, here)
        for ev in here:
            if ev.when is None and ev.type == "dating" and published and _present_state(ev.trigger.root):
                ev.when = When(published, published, "day")
    _tenures(ctx)
    _other_sides(ctx)
    _endings_after(ctx)
    _birth_followups(ctx)
    _co_parents(ctx)
    _married_splits(ctx)
    merged = _dedupe(ctx.events, ctx.headlines)
    return [EventFound(type=e.type, people=list(dict.fromkeys(p.name for p in e.people)), when=e.when,
                       evidence=Span(*e.sentence), attribution=e.attribution, summary=summarize(e),
                       claim=e.claim)
            for e in merged]


def _event(ctx: _Context, k: int, sent, trig, rule: Trigger, claim: str, denier, live, dropped,
           used) -> _Event | None:
    a, b = ctx.sentences[k]
    if denier is not None:
        attribution, attrib_tokens = _speaker_text(ctx, denier)
    else:
        attribution, attrib_tokens = _attribution(sent, trig)
        if attribution is None:
            attribution = _quote_attribution(ctx, trig.start_char, k)
    if rule.implied:
        _add_implied(ctx, trig, rule, k, attribution)
        return None
    root = trig.root
    if len(trig) == 1 and root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in _ev_words("object_nouns"):
        return None  # "browsing engagement rings", "her wedding dress": a thing, not the event
    if root.lemma_ == "date" and root.pos_ == "NOUN" and (
            any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
            or any(c.dep_ in ("compound", "amod") and c.lower_ not in ("first", "second", "dinner", "lunch", "movie", "double", "blind")
                   for c in root.children)):
        return None  # "their date of separation", "a court date", "the wedding date": a day, not a date out
    siblings = {t.root.i for t, _, _, _ in live if t != trig}
    ctx.current_type = rule.label
    others = [t.root for t, _, _, _ in live if t != trig]
    if _not_this_event(trig):
        return None
    if rule.needs_filing and not _filed(trig.root):
        return None  # "the papers reported", not "filed the papers"
    if trig.root.lower_ in _ev_words("filing_nouns") and _filed(trig.root):
        told = _filing_of(ctx, k, _participants(ctx, trig, rule.label, k, attrib_tokens, siblings))
        if told is not None:  # "X filed for divorce. … He filed the petition on Friday"
            filed = _governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
            if told.when is None or (filed is not None and told.when.precision == "approximate"):
                told.when = filed  # the day the papers went in beats one worked out from a duration
            return None
    if _anaphoric(ctx, trig, rule.label):
        # "the split happened over Labor Day weekend": the date of the event already told
        told = next((e for e in reversed(ctx.events) if e.type == rule.label), None)
        if told is not None and told.when is None:
            told.when = _governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
        return None
    when = _governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
    ctx.current_when = when
    people = list({id(p): p for p in _participants(ctx, trig, rule.label, k, attrib_tokens, siblings)}.values())
    if not people and rule.label == "legal":
        prior = [e for e in ctx.events if e.type == "legal" and e.people]
        people = list(prior[-1].people) if prior else []
    if rule.label in PAIR_TYPES and len(people) > 2:  # "married X, and the couple had one daughter"
        adults = [p for p in people if not (ctx.cast.roles.get(id(p), set()) & _ev_words("child_nouns"))]
        people = adults if len(adults) >= 2 else people
    if rule.label in PAIR_TYPES and len(people) < 2:
        pair = _named_pair_before(ctx, trig, k)
        if pair and (not people or people[0] in pair):
            people = pair
    if rule.label in PAIR_TYPES and len(people) == 1 and trig.root.pos_ in VERBS | {"ADJ"}:
        people += _partner(ctx, people[0], k, attrib_tokens)  # "the actor had proposed"
    if not people or (rule.label in PAIR_TYPES and len(people) < 2):
        return None
    if root.head.lower_ in ("anniversary", "anniversaries") and root.head is not root:
        when = _anniversary_back(root.head, when)
    ev = _Event(rule.label, people, when, (a, b), attribution, trig, place=_place(trig, ctx.cast, ctx.ents), claim=claim)
    verb = _nearest_verb(trig.root)
    ev.again = verb is not None and any(c.dep_ == "advmod" and c.lower_ in ("also", "again") for c in verb.children)
    if rule.label == "birth" and rule.id in ("be-born", "born-in"):
        # "Born in Dublin …, Hartigan moved" / "X was born to Y and Z": the one born is the
        # child; parents are those named as whose child ("of", "to") after the trigger
        verb = _nearest_verb(trig.root)
        owners = [x for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                  for x in c.children if x.dep_ == "poss"]  # "their son, Piotr, was born"
        by_poss = list({id(p): p for x in owners for p in _people_of(ctx, x, k, [], set())}.values())
        ev.parents = by_poss + [p for p in people if p not in by_poss and _named_as_parent(ctx, p, trig, sent)]
        ev.own_birth = True
        heads = [verb] + ([verb.head] if verb is not None and verb.dep_ == "advcl" else [])  # "Born in …, X grew up"
        babies = [p for v in heads if v is not None for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                  for x in _expand(c) if ctx.person(x) for p in [ctx.person(x)]]
        if babies:  # not the sisters the sentence goes on to name
            a0, b0 = trig.end_char, sent.end_char
            named_at = [m.start for p in babies for m in p.mentions if a0 <= m.start < b0]
            limit = min(named_at, default=b0)  # "Born …, the daughter of X, Lund moved … with her sisters"
            ev.parents = [p for p in ev.parents if p not in babies and (p in by_poss or any(
                m.start < limit for m in p.mentions if sent.start_char <= m.start < b0))]
            ev.people = list({id(p): p for p in babies + ev.parents}.values())
    elif rule.label == "birth":
        ev.parents = [p for p in people if not _is_child(ctx, p, sent)]
    return ev


def _named_as_parent(ctx: _Context, person: PersonFound, trig, sent) -> bool:
    for m in person.mentions:
        if trig.end_char <= m.start < sent.end_char \
                and re.search(r"\b(?:of|to)\b", ctx.text[trig.end_char:m.start]):
            return True
    return False


_PAIR_THEN_VERB = re.compile(r"^\s+(?:(?:have|has|had|were|was|are|is|got|get|finally|quietly|officially|secretly|"
                             r"reportedly|also|then|later|eventually|first|just|recently|briefly)\s+){0,3}$")


def _named_pair_before(ctx: _Context, trig, k: int) -> list[PersonFound]:
    """"Vesely and Quill split in 2016", read off the words when the parse is lost (the
    small model can tag an unusual surname as an adverb): two names joined by "and" just
    before the trigger, with at most a few auxiliaries or adverbs between."""
    refs = [r for r in ctx.refs_in(k) if r.end <= trig.start_char]
    if len(refs) < 2:
        return []
    first, second = refs[-2], refs[-1]
    if first.person is second.person or not re.fullmatch(r"\s+(?:and|&)\s+", ctx.text[first.end:second.start]):
        return []
    if not _PAIR_THEN_VERB.match(ctx.text[second.end:trig.start_char]):
        return []
    return [first.person, second.person]


FAMILIES = (ENDINGS,)


_KIN_MET = {"granddaughter", "grandson", "grandchild", "grandchildren", "grandbaby", "niece", "nephew", "newborn",
            "parents", "family", "in-laws", "fans", "mother", "father", "mom", "dad"}
_CAREER_DEBUTS = {"screen", "film", "acting", "stage", "broadway", "solo", "directorial", "feature", "singing",
                  "runway", "modeling", "modelling", "album", "tv", "television", "movie", "professional", "musical",
                  "writing", "literary", "west", "opera", "comedy", "big-screen", "hollywood", "catwalk", "recording"}
_OTHERS = re.compile(r"^\s+(?:to|with)\s+(?:other\s+people|others|someone\s+else|other\s+(?:men|women|partners))\b", re.I)


def _not_this_event(trig: SpacySpan) -> bool:
    """"while both were still married to other people", "the pair split their time between
    Madrid and Malibu": the word, not the event."""
    doc = trig.doc
    if trig.root.lower_ == "born" and trig.start > 0 and doc[trig.start - 1].text in ("-", "first", "native"):
        return True  # "the Austrian-born director"
    after = doc_text(doc)[trig.end_char:trig.end_char + 40]
    if trig.root.lemma_ in ("marry", "married", "wed", "date") and _OTHERS.match(after):
        return True
    root = trig.root
    verb = _nearest_verb(root)
    last = trig[-1]
    if len(trig) > 1 and trig[0].lemma_ == "be" and last.lemma_ in ("film", "see", "catch") and last.tag_ \
            and last.tag_ != "VBN":
        return True  # "is currently filming a thriller", not "was filmed kissing"
    if root.lemma_ in ("marry", "married") and verb is not None and verb.lemma_ in ("remain", "stay"):
        return True  # "remained married until his death": the marriage went on, nobody wed
    if root.lemma_ == "meet" and any(c.dep_ == "dobj" and (c.lower_ in _ev_words("child_nouns") or c.lower_ in _KIN_MET)
                                     for c in root.children):
        return True  # "flew in to meet their granddaughter"
    if root.lower_ in ("debut", "debuts") and root.i > 0 and (root.doc[root.i - 1].lower_ in _CAREER_DEBUTS or any(
            c.dep_ in ("amod", "compound", "nsubj") and c.lower_ in _CAREER_DEBUTS for c in root.children)):
        return True  # "made her screen debut in 1956": a career, not an outing together
    return trig.root.lemma_ == "split" and any(c.dep_ == "dobj" and c.lower_ in ("time", "bill", "costs", "proceeds")
                                               for c in trig.root.children)


def _filed(tok) -> bool:
    """"filed the petition", "the papers, filed on Friday", "her petition, filed last Tuesday"."""
    return (tok.head.lemma_ == "file" and tok.dep_ in ("dobj", "nsubjpass")) or any(
        c.lemma_ == "file" and c.dep_ in ("acl", "relcl") for c in tok.children)


def _filing_of(ctx: _Context, k: int, people: list[PersonFound]) -> _Event | None:
    """The divorce filing told in the last few sentences that a petition with the same
    filer belongs to."""
    first = ctx.sentences[max(0, k - 3)][0]
    who = set(map(id, people))
    for ev in reversed(ctx.events):
        if ev.sentence[0] < first:
            break
        if ev.type == "divorced" and "fil" in ev.trigger.text.lower() and (not who or who & set(map(id, ev.people))):
            return ev
    return None


def _anaphoric(ctx: _Context, trig: SpacySpan, label: str) -> bool:
    """"the lawsuit", "the split", "the wedding": a noun under 'the' names an event already told."""
    root = trig.root
    if len(trig) > 1 or root.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return False
    family = next((f for f in FAMILIES if label in f), {label})
    if root.lower_ in _ev_words("process_nouns"):
        family = family | {"divorced"}  # "filed for divorce …, and the proceedings dragged on"
    return any(e.type in family for e in ctx.events)


def _partner(ctx: _Context, person: PersonFound, k: int, attrib: set[int]) -> list[PersonFound]:
    """"the actor had proposed", "she got engaged": when the sentence names no one else, the
    partner is the one the article last paired this person with."""
    others = [r.person for r in ctx.refs_in(k) if r.person is not person
              and not any(t in attrib for t in _tokens_of(ctx, r))]
    if others:
        return []
    for ev in reversed(ctx.events):
        group = ev.parents or ev.people
        if len(group) == 2 and person in group and ev.type in PAIR_TYPES | {"sighting"}:
            return [p for p in group if p is not person]
    return []


def _spouses(ctx: _Context) -> list[tuple[PersonFound, PersonFound, When | None]]:
    """Married pairs the article tells of, with the wedding's date when known: its "married"
    events and "his wife, X" / "her husband, Y" (not "ex-wife", "former husband")."""
    pairs = [(e.people[0], e.people[1], e.when) for e in ctx.events
             if e.type == "married" and len(e.people) == 2 and e.claim != "denied"]
    spouse_words = _ev_words("spouse_nouns")
    for tok in ctx.doc:
        if tok.lower_ not in spouse_words:
            continue
        prev = ctx.doc[max(0, tok.i - 2):tok.i].text.lower()
        if any(w in prev for w in ("ex", "former", "estranged", "future", "late", "wife-to-be")):
            continue
        owner = next((ctx.person(c) or (_resolve_single(ctx, c, ctx.sentence_of(c.idx)) or [None])[0]
                      for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        k = ctx.sentence_of(tok.idx)
        after = [r.person for r in ctx.refs_in(k) if tok.idx < r.start <= tok.idx + 70 and r.person is not owner]
        if after:
            pairs.append((owner, after[0], None))
    return pairs


_TENURE = re.compile(r"\s*of\s+(?:(?:almost|nearly|about|around|some|over|more than)\s+)?" + _NUM
                     + r"(?P<half>)[\s-]+(?P<unit>year|month|decade)s?\b(?P<half2>)", re.I)


def _tenures(ctx: _Context) -> None:
    """"his wife of 52 years, Loretta" / "her boyfriend of three years, X": married (or
    dating) since that long before the article."""
    if ctx.published is None:
        return
    kinds = {w: "married" for w in _ev_words("spouse_nouns")} | {w: "dating" for w in _ev_words("partner_nouns")}
    for tok in ctx.doc:
        kind = kinds.get(tok.lower_)
        if kind is None:
            continue
        m = _TENURE.match(ctx.text, tok.idx + len(tok.text))
        if not m:
            continue
        prev = ctx.doc[max(0, tok.i - 2):tok.i].text.lower()
        if any(w in prev for w in ("ex", "former", "estranged")):
            continue
        k = ctx.sentence_of(tok.idx)
        owner = next((ctx.person(c) or (_resolve_single(ctx, c, k) or [None])[0]
                      for c in tok.children if c.dep_ == "poss"), None)
        after = [r.person for r in ctx.refs_in(k) if m.end() < r.start <= m.end() + 60 and r.person is not owner]
        if owner is None or not after:
            continue
        months = _duration_months(m)
        start = _months_before(ctx.published, months + (12 if kind == "married" else 6))  # "of nine years": nine and some
        end = _months_before(ctx.published, max(0, months - 6)) if kind == "married" else ctx.published
        trig = ctx.doc[tok.i:tok.i + 1]
        a, b = ctx.sentences[k]
        ctx.events.append(_Event(kind, [owner, after[0]], When(start, max(start, end), "approximate", m.group(0).strip()),
                                 (a, b), None, trig))


def _other_sides(ctx: _Context) -> None:
    """A legal event with one side named: "an order against her ex-boyfriend" is against the
    one the article pairs her with; "her petition" is between the sides of her last case."""
    ex_words = _ev_words("ex_partner_nouns")
    for i, ev in enumerate(ctx.events):
        if ev.type != "legal" or len(ev.people) != 1:
            continue
        me = ev.people[0]
        sent = ev.trigger.sent
        other = None
        if any(t.lower_ in ex_words and t.head.lower_ in ("against", "with", "from", "by") for t in sent):
            pairs = [e.people for e in ctx.events if e.type in ("breakup", "divorced", "separated", "dating", "engaged")
                     and len(e.people) == 2 and me in e.people]
            other = next((p for pair in pairs for p in pair if p is not me), None)
        if other is None:
            prior = [e for e in ctx.events[:i] if e.type == "legal" and len(e.people) == 2 and me in e.people]
            other = next((p for p in prior[-1].people if p is not me), None) if prior else None
        if other is not None:
            ev.people.append(other)


_STARTS = {"breakup": ("engaged", "dating"), "divorced": ("married",), "separated": ("married",)}


def _endings_after(ctx: _Context) -> None:
    """"Brooks ended the engagement after six months": an undated ending that many months
    or years after the couple's dated start (the engagement, the wedding)."""
    for ev in ctx.events:
        if ev.when is not None or ev.type not in _STARTS or len(ev.people) != 2:
            continue
        a, b = ev.sentence
        m = next((m for m in _DURATION.finditer(ctx.text, a, b)
                  if ctx.text[max(a, m.start() - 6):m.start()].lower().endswith("after ") and not m.group("chained")), None)
        if m is None:
            continue
        who = set(map(id, ev.people))
        start = next((e for e in reversed(ctx.events) if e.type in _STARTS[ev.type] and e.when is not None
                      and set(map(id, e.people)) == who and e.sentence[0] <= a), None)
        months = _duration_months(m)
        if start is None or months <= 0:
            continue
        lo, hi = _months_before(start.when.start, -months), _months_before(start.when.end, -months)
        ev.when = When(lo, max(lo, hi), "approximate", m.group(0).strip())


def _married_splits(ctx: _Context) -> None:
    """A married couple's "split" / "calling it quits" / "ending their marriage" is a
    separation, not a dating couple's breakup (unless the wedding came after it)."""
    pairs = _spouses(ctx)
    for ev in ctx.events:
        if ev.type != "breakup" or len(ev.people) != 2:
            continue
        who = {id(p) for p in ev.people}
        for a, b, wed in pairs:
            if {id(a), id(b)} == who and (wed is None or ev.when is None or wed.start <= ev.when.end):
                ev.type = "separated"
                break


def _co_parents(ctx: _Context) -> None:
    """"The star gave birth to a daughter": the other parent is the partner the article
    pairs her with (married, engaged or dating, and not split since)."""
    for ev in ctx.events:
        if ev.type != "birth" or ev.claim == "denied" or (ev.own_birth and not ev.parents):
            continue
        parents = ev.parents or [p for p in ev.people if not _is_child(ctx, p, ev.trigger.sent)]
        if len(parents) != 1:
            continue
        me = parents[0]
        score: dict[int, list] = {}
        for e in ctx.events:
            if e.implied or e.claim == "denied" or len(e.people) != 2 or me not in e.people:
                continue
            other = next(p for p in e.people if p is not me)
            if other in ev.people:
                continue
            entry = score.setdefault(id(other), [other, 0])
            if e.type in ("married", "engaged", "dating", "separated"):
                entry[1] += 1
            elif e.type in ("divorced", "breakup"):
                entry[1] -= 2
        best = max(score.values(), key=lambda x: x[1], default=None)
        if best is not None and best[1] > 0:
            ev.parents = [me, best[0]]
            ev.people.append(best[0])


def _birth_followups(ctx: _Context) -> None:
    """"X and Y welcomed twin girls. Rosie and Pearl arrived on Tuesday": a birth that names no
    child takes the children (and, when it has none, the date) of the next sentence or two
    that tells of the newborns ("The girls, Rosie and Pearl, ...", "The baby arrived ...")."""
    cues = _ev_words("child_nouns") | _ev_words("arrival_verbs")
    for ev in [e for e in ctx.events if e.type == "birth" and not e.own_birth]:
        parents = ev.parents or ev.people
        if any(p not in parents for p in ev.people):
            continue
        k = ctx.sentence_of(ev.sentence[0])
        for n in range(k + 1, min(k + 3, len(ctx.sentences))):
            sent = ctx.sent(n)
            if sent is None or any(e.type == "birth" and ctx.sentence_of(e.sentence[0]) == n for e in ctx.events):
                break  # that sentence tells its own birth; dedupe will join the two
            if not any(t.lemma_ in cues or t.lower_ in cues for t in sent):
                continue
            kids = []
            for t in sent:
                p = ctx.person(t)
                if p is None or p in parents or p in kids or t.dep_ == "poss":
                    continue
                head = t
                while head.dep_ in ("compound", "flat", "conj", "appos") and head.head is not head:
                    head = head.head
                if head.dep_ in ("nsubj", "nsubjpass") or head.lower_ in cues or head.lemma_ in cues:
                    kids.append(p)
            if not kids:
                continue
            ev.people = list(parents) + kids
            ev.parents = list(parents)
            if ev.when is None:
                root = sent.root
                ev.when = _governing_date(ctx, sent[root.i - sent.start:root.i - sent.start + 1], n, "birth")
            break


def _is_child(ctx: _Context, person: PersonFound, sent) -> bool:
    kin = {"son", "daughter", "baby", "boy", "girl", "twins", "child"}
    for m in person.mentions:
        if sent.start_char <= m.start < sent.end_char:
            before = ctx.text[max(sent.start_char, m.start - 12):m.start].lower()
            if any(w in before.replace(",", " ").split() for w in kin):
                return True
    return False


def _add_implied(ctx: _Context, trig: SpacySpan, rule: Trigger, k: int, attribution) -> None:
    """'ex-wife Carla' / 'his previous marriage to Renata': married, then divorced, undated."""
    after = [r.person for r in ctx.cast.refs if trig.end_char <= r.start <= trig.end_char + 40]
    if not after:
        return
    ex = after[0]
    owner = []
    poss = [c for c in trig.root.children if c.dep_ == "poss"]
    if poss:
        owner = _people_of(ctx, poss[0], k, [], set())
    if not owner:
        verb = _nearest_verb(trig.root)
        for s in _subjects(verb) if verb is not None else []:
            owner = _people_of(ctx, s, k, [], set())
    owner = [p for p in owner if p is not ex]
    if not owner:
        return
    a, b = ctx.sentences[k]
    for etype in ("married", "divorced"):
        ctx.events.append(_Event(etype, [owner[0], ex], None, (a, b), attribution, trig, implied=True))


def _overlap(x: When | None, y: When | None) -> bool:
    return x is None or y is None or (x.start <= y.end and y.start <= x.end)


def _dedupe(events: list[_Event], headlines=()) -> list[_Event]:
    """The same event told twice is one: same type, nested people, overlapping dates. A denial
    stays apart from a statement; told once as fact and once as rumour, it is a fact; the body's
    sentence is better evidence than the headline's."""
    out: list[_Event] = []
    for ev in events:
        for kept in out:
            if kept.type == ev.type and _same_people(kept, ev) and _overlap(kept.when, ev.when) and not ev.again \
                    and (kept.claim == "denied") == (ev.claim == "denied"):
                kept.people += [p for p in ev.people if p not in kept.people]
                if kept.when is None or (ev.when is not None and kept.implied):
                    kept.when = ev.when
                elif ev.when is not None and _narrower(ev.when, kept.when):
                    kept.when = ev.when
                in_headline = any(x <= kept.sentence[0] < y for x, y in headlines)
                if (kept.implied and not ev.implied) or in_headline:
                    kept.implied, kept.trigger, kept.sentence = False, ev.trigger, ev.sentence
                    kept.attribution = kept.attribution or ev.attribution
                if ev.claim == "stated":
                    kept.claim = "stated"
                kept.parents = kept.parents or ev.parents
                break
        else:
            out.append(ev)
    return out


def _same_people(x: _Event, y: _Event) -> bool:
    """Nested sets of people; for a birth, a shared parent and no two different children
    ("X and her husband welcomed their first child" / "X gave birth to a daughter, Wren")."""
    a, b = set(map(id, x.people)), set(map(id, y.people))
    if a <= b or b <= a:
        return True
    if x.type != "birth":
        return False
    pa, pb = set(map(id, x.parents or x.people)), set(map(id, y.parents or y.people))
    ca, cb = a - pa, b - pb
    return bool(pa & pb) and (not ca or not cb or ca == cb)


def _narrower(x: When, y: When) -> bool:
    """x lies within y and says more ("on Saturday" within "last week")."""
    return y.start <= x.start and x.end <= y.end and (x.end - x.start) < (y.end - y.start)
