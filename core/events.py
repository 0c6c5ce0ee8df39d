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
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span as SpacySpan

from .claims import attribution_of, claim_of, quote_attribution
from .dates import heading_scopes, resolve
from .event_basics import (DURATION, ENDINGS, GROUP_WORDS, NUM, PAIR_TYPES, RELATIVE, SINGLE_PRONOUNS, VERBS,
                           event_words, lex_words, nearest_verb)
from .event_dates import (anniversary_back, apply_durations, chained_when, duration_months, find_chains,
                          governing_date, months_before, present_state)
from .model import EventFound, PersonFound, Span, When
from .people import PRONOUN_GENDER, Cast, lexicon, word_gender
from .sentences import doc_text, headline_spans, index_of, quotations, sentence_spans
from .triggers import Trigger, finder, match_triggers


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
        self.current_rule: str | None = None  # and the pattern that found it
        self.current_when: When | None = None  # and its date

    @cached_property
    def lead_couple(self) -> list[PersonFound]:
        """The two people the article opens with, named as a pair ("X and Y are engaged"), if
        any: who "the pair" is before any couple has been told."""
        spouse = "|".join(sorted(event_words("spouse_nouns") | event_words("partner_nouns"), key=len, reverse=True))
        joined = re.compile(r"(?:['’]s)?\s+(?:and|&)\s+"  # "X and Y", "X and her husband, outfielder Y"
                            rf"(?:(?:his|her)\s+(?:[^.;!?\n]{{0,40}}?\s)?(?:{spouse})\b[^.;!?\n]{{0,60}}?)?")
        for k in range(min(3, len(self.sentences))):
            refs = [r for r in self.refs_in(k) if r.kind == "name"]
            for first, second in zip(refs, refs[1:]):
                if first.person is not second.person and joined.fullmatch(self.text[first.end:second.start]):
                    return [first.person, second.person]
        return []

    @cached_property
    def main_person(self) -> PersonFound | None:
        """The person the article names most often."""
        return max(self.cast.people, key=lambda p: len(p.mentions), default=None)

    @cached_property
    def section_headings(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _SECTION_HEADING.finditer(self.text)]

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
              and id(r.person) not in not_me and not _ref_set_against(ctx, r)]
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
        if ctx.person(t) and ctx.has_child_role(ctx.person(t)):
            continue  # "shares Oisín with his former partner X; the pair split": not the son
        if ctx.person(t) and _set_against(t):
            continue  # "Before Haddad, the DJ spent three years with X; the pair split": not Haddad
        if ctx.person(t):
            found = [ctx.person(t)]
        elif t.lower_ in ("he", "she") and t.dep_.startswith("nsubj"):
            found = _resolve_single(ctx, t, k)
        elif t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN") and t.lower_ in lexicon()["person_roles"] \
                and any(c.lower_ == "the" for c in t.children):
            found = _resolve_role(ctx, t, before)  # "the DJ spent three years with X"
        else:
            found = []
        for p in found:
            if p and p not in before:
                before.append(p)
    if len(before) >= 2:
        return before[-2:]
    section = _section_couple(ctx, a, exclude)
    if section:
        return section  # "## 2019–2022: Marcus Oyelaran" … "the pair split in August 2022"
    # the last couple told; for a legal event, the sides of the last legal one ("the two settled")
    told = [ev for ev in ctx.events if ev.sentence[0] <= a and not set(map(id, ev.parents or ev.people)) & set(map(id, exclude))]
    if ctx.current_type == "legal":
        legal = [ev for ev in told if ev.type == "legal" and len(ev.parents or ev.people) == 2]
        told = legal or told
    blood = {id(p) for p in ctx.cast.people if ctx.cast.roles.get(id(p), set()) & lexicon()["blood_kin"]}
    couples = [(pair, evs) for pair, evs in _couples_told(told)
               if not any(id(p) in blood for p in pair)]  # "seen with her mother, X" is no couple
    if couples:
        return list(_likely_couple(ctx, tok, couples))
    lead = ctx.lead_couple
    if lead and not set(map(id, lead)) & set(map(id, exclude)) and ctx.current_type in TOGETHER | ENDINGS:
        return lead  # "Yasmin Haddad and Felix Oberhauser …" … "The pair first met in 2019"
    recent: list[PersonFound] = []
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx]):
        if r.person not in recent and all(r.person is not x for x in exclude) \
                and not ctx.has_child_role(r.person):  # (their daughter is not one of "the couple")
            recent.append(r.person)
        if len(recent) == 2:
            return recent[::-1]
    return recent


TOGETHER = {"dating", "engaged", "married", "sighting", "birth", "met"}
_REUNIONS = {"back-together", "rekindle"}


# a section heading: a short line standing alone between blank lines, with no sentence end
# (Markdown's "##" is blanked out of the text the parser reads)
_SECTION_HEADING = re.compile(r"(?m)(?<=\n\n)[ \t]*[^\s][^\n]{0,78}[^\s.!?\"”:;,](?=\n\n)")


def _section_couple(ctx: _Context, at: int, exclude=()) -> list[PersonFound]:
    """The couple a section heading names ("## Marcus Adeyemi-Clarke & Yuki Tanabe"), or the
    article's main person with the one person it names ("## 2019–2022: Marcus Oyelaran"),
    for group words under it."""
    heads = [(start, end) for start, end in ctx.section_headings if end < at]
    if not heads:
        return []
    line_start, line_end = heads[-1]
    named = list({id(r.person): r.person for r in ctx.cast.in_range(line_start, line_end)}.values())
    if len(named) == 1 and ctx.main_person is not None:
        main = ctx.main_person
        named = [main] + named if main is not named[0] else []
    if len(named) != 2 or set(map(id, named)) & set(map(id, exclude)):
        return []
    return named


def _set_against(tok) -> bool:
    """A name under "before", "after", "unlike" or "like": set against the sentence's people."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in ("before", "after", "unlike", "like", "besides")


def _ref_set_against(ctx: _Context, ref) -> bool:
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and _set_against(span.root)


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
    exes = tok.lower_ == "exes" or any(c.lower_ in ("former", "estranged") for c in tok.children) \
        or ctx.current_rule in _REUNIONS  # "back together": a couple that had split
    together = ctx.current_type in TOGETHER
    for pair, events in couples:
        if newlyweds and not any(ev.type == "married" for ev in events):
            continue
        if exes and together and not any(ev.type in ENDINGS for ev in events):
            continue  # "the exes were spotted holding hands": a couple told apart
        last = events[-1]
        if (together or newlyweds) and not exes and not last.implied and last.type in ENDINGS and not _before(ctx.current_when, last.when):
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
        if roles and not any(_same_trade(tok.lower_, r) for r in roles):
            continue
        if gender and ctx.cast.gender_of(p) not in (None, gender):
            continue
        return [p]
    return [fallback] if fallback else []


def _same_trade(word: str, role: str) -> bool:
    """Whether an epithet word names this trade, or a wider one ("the musician" for a guitarist)."""
    return word == role or word == "star" or any(word in t and role in t
                                                 for t in lexicon()["trade_families"].values())


def _clause_gender(tok) -> str | None:
    """The gender a possessive in the rest of its clause gives the subject `tok`
    ("the singer was photographed getting cozy with his backup singer")."""
    verb = nearest_verb(tok)
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
    if tok.pos_ == "NOUN" and low in event_words("spouse_nouns") | event_words("partner_nouns"):
        return _apposed_name(ctx, tok) or _unnamed_partner(ctx, tok, k)
    if tok.pos_ == "NOUN" and low in lexicon()["kin"]:
        return _apposed_name(ctx, tok)  # "the death of Delaney’s father, jazz trumpeter Otis Delaney"
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


def _apposed_name(ctx: _Context, tok) -> list[PersonFound]:
    """"her new beau, Canadian snowboarder Luc Beaumier": the name set beside the noun after a
    comma, when the parser did not hang it there."""
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    for t in doc[tok.i + 2:min(len(doc), tok.i + 7)]:
        if ctx.person(t):
            return [ctx.person(t)]
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return []
    return []


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
        if cur.head == cur or cur.dep_ in ("ccomp",) and any(
                c.dep_ == "nsubj" and c.lemma_ in lex_words("speech_verbs") for c in cur.head.children):
            break
        nxt = cur.head if cur.head.pos_ in VERBS else nearest_verb(cur.head)
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
                  sibling_roots=(), rule_id: str = "") -> list[PersonFound]:
    root = trig.root
    tokens = []
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("ROOT",):
        poss = [c for c in root.children if c.dep_ == "poss"]
        if not poss and root.dep_ == "pobj" and root.head.lower_ == "of":
            poss = [c for c in root.head.head.children if c.dep_ == "poss"]  # "their date of separation"
        tokens += poss + _objects(root)
        if ttype == "death":  # "the death of Delaney’s father, jazz trumpeter Otis Delaney"
            tokens += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        # a noun heading a clause of its own (a misparse: "the pair had parted ways", "ways" a noun)
        tokens += [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        verb = nearest_verb(root)
        if not poss:
            # (a noun that is its verb's own subject shares none of the verb's people: "The
            # 31-year-old split from X …, and X unfollowed Jang" parsed with "split" a noun)
            if verb is not None and not (root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i):
                tokens += _subjects(verb) + [t for t in _objects(verb) if t != root]
        elif verb is not None and root.dep_ in ("dobj", "nsubjpass"):
            # "finalized his divorce from X": the parser hangs "from X" on the verb
            tokens += [t for t in _objects(verb) if t != root and t.head.lower_ in ("from", "with", "to")]
    else:
        verb = root if root.pos_ in VERBS else (nearest_verb(root) or root)
        for t in trig:
            if t.pos_ in VERBS:
                verb = t
        if rule_id == "introduce":
            # "were introduced by friends", "Rory introduced them", "introduced her to X": the two
            # who met, not whoever introduced them
            tokens += [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
            tokens += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if not any(c.dep_ == "nsubjpass" for c in verb.children) and verb.dep_ in ("relcl", "acl", "advcl"):
                tokens += _subjects(verb)  # "…, having been introduced by X" hangs on the couple's clause
        else:
            tokens += _subjects(verb) + _objects(verb) + _objects(root)
        for x in verb.children:  # "seen leaving a steakhouse with X", "spotted kissing X"
            if x.dep_ in ("xcomp", "advcl") and x.tag_ == "VBG":
                tokens += _objects(x)
        if ttype == "sighting":  # "spotted grabbing coffee with X", "seen with Y and the kids"
            tokens += _companions(verb)
            # "X was seen carrying Y's bag as they left": who "they" are were seen together
            heads = [verb] + [x for x in verb.children if x.dep_ == "xcomp"]
            tokens += [g for h in heads for c in h.children if c.dep_ == "advcl" for g in c.children
                       if g.dep_ == "nsubj" and g.lower_ == "they"]
            # "arrived on the arm of her new beau, X"
            tokens += [g for t in trig if t.i != verb.i for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
    if ttype == "birth":  # "The couple's first child, son Do-yun, was born": the parents too
        tokens += [c for t in list(tokens) if t.lemma_ in event_words("child_nouns")
                   for c in t.children if c.dep_ == "poss"]
    doc = trig.doc
    for i in range(max(trig.sent.start, trig.start - 2), trig.start):  # "…, and the two were photographed"
        if doc[i].lower_ in GROUP_WORDS and doc[i].pos_ in ("NUM", "NOUN", "PRON") and doc[i].dep_ != "poss":
            tokens.append(doc[i])
    if root.pos_ == "NOUN":  # "the two split" parsed as a noun: its group word is the subject
        tokens += [c for c in root.children if c.lower_ in GROUP_WORDS and c.dep_ in ("nummod", "det", "compound")]
        tokens += [c for c in root.children if c.lower_ == "old" and c.dep_ == "amod"]  # "The 31-year-old split"
    people: list[PersonFound] = []
    seen: set[int] = set()
    a, b = ctx.sentences[k]
    if k + 1 < len(ctx.sentences) and any(a <= start < b for start, _, _ in ctx.headings):
        b = ctx.sentences[k + 1][1]  # "## 2018: Back together" is told by the entry's first sentence
    for t in tokens:
        for x in _expand(t):
            if x.i in seen or not a <= x.idx < b:  # (the parser's sentence may run on past a blank line)
                continue
            seen.add(x.i)
            for p in _people_of(ctx, x, k, people, attrib):
                if p not in people:
                    people.append(p)
    verb_trigger = root.pos_ != "NOUN" or trig[-1].pos_ in VERBS or len(trig) > 1
    near_verb = nearest_verb(root)
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
        # ("filed for divorce …, and the former couple share custody of their son, Leo": not Leo)
        near = [p for p in sorted(sentence_people, key=distance)
                if not (ctx.has_child_role(p) and _is_child(ctx, p, trig.sent))]
        if len(people) == 1:  # "X filed for divorce …, and the former couple now share custody"
            for t in trig.sent:
                if t.i > trig.end and t.lower_ in ("couple", "pair", "exes") and t.dep_.startswith("nsubj"):
                    group = _resolve_group(ctx, t, k)
                    if people[0] in group:
                        people += [p for p in group if p not in people]
                    break
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


# ---------------------------------------------------------------- dates


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
    for trig, rule in _with_ended_relationships(doc, match_triggers(doc)):
        by_sentence.setdefault(ctx.sentence_of(trig.start_char), []).append((trig, rule))
    for k, group in by_sentence.items():
        sent = ctx.sent(k)
        if sent is None:
            continue
        live, dropped = [], []
        asked = sent.text.rstrip().rstrip("\"”’'*_").endswith("?")  # "Q: When did they meet?" tells nothing
        for trig, rule in group:
            claim, denier = (None, None) if asked else claim_of(trig, sent)
            (dropped if claim is None else live).append((trig, rule, claim, denier))
        chains, used = find_chains(ctx, k, [t for t, r, _, _ in live if not r.implied])
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
                ev.when = chained_when(ctx, chain, main.when if main else None)
        for ev in here:
            if ev.type != "dating" and ev.when is not None and (ev.when.text or "").lower().startswith("since "):
                # "married since 2017": the wedding is the start, not the whole span to today
                ev.when = resolve(ev.when.text[6:], published) or ev.when
        _ended_together(here)
        apply_durations(ctx, k, here)
        for ev in here:
            if ev.when is None and ev.type == "dating" and published and present_state(ev.trigger.root):
                ev.when = When(published, published, "day")
    _counted_from_events(ctx)
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


def _ended_together(here: list[_Event]) -> None:
    """"split from X last spring after nearly three years together": the years together are
    the couple's who split, whoever else the sentence names."""
    enders = [e for e in here if e.type in ENDINGS and len(e.people) == 2]
    if len(enders) != 1:
        return
    end = enders[0]
    reach = {t.i for t in end.trigger.root.subtree}
    verb = nearest_verb(end.trigger.root)
    if verb is not None and end.trigger.root.dep_ not in ("nsubj", "nsubjpass"):
        reach |= {t.i for t in verb.subtree}
    for ev in here:
        told_as_length = ev.trigger[-1].lower_ == "together" or ev.trigger.root.lemma_ in ("relationship", "romance")
        if ev.type == "dating" and told_as_length and ev.trigger.root.i in reach:
            ev.people = list(end.people)


def _with_ended_relationships(doc, found):
    """"ended her four-year relationship with X": the ending, and the relationship it ends
    (whose length dates it), are two events though one pattern covers both."""
    rules = finder(doc.vocab).triggers
    for trig, rule in found:
        noun = next((t for t in trig if t.lower_ in ("relationship", "romance", "courtship")), None)
        if rule.label in ENDINGS and len(trig) > 1 and noun is not None \
                and DURATION.search(doc[noun.left_edge.i:noun.i + 1].text):  # "a five-year relationship, which ended"
            yield doc[noun.i:noun.i + 1], rules["dating/relationship"]  # first: the couple's last event is its end
        yield trig, rule
        if rule.id == "relationship":  # "a five-year relationship with X, which ended in 2016"
            for c in trig.root.subtree:  # (the parser may hang "which ended" on the partner's name)
                if c.dep_ == "relcl" and c.lemma_ in ("end", "fizzle", "collapse", "crumble") \
                        and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children):
                    yield doc[c.i:c.i + 1], rules["breakup/relationship-ended"]


def _event(ctx: _Context, k: int, sent, trig, rule: Trigger, claim: str, denier, live, dropped,
           used) -> _Event | None:
    a, b = ctx.sentences[k]
    if denier is not None:
        attribution, attrib_tokens = _speaker_text(ctx, denier)
    else:
        attribution, attrib_tokens = attribution_of(sent, trig)
        if attribution is None:
            attribution = quote_attribution(ctx, trig.start_char, k)
    if rule.implied:
        _add_implied(ctx, trig, rule, k, attribution)
        return None
    root = trig.root
    if len(trig) == 1 and root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in event_words("object_nouns"):
        return None  # "browsing engagement rings", "her wedding dress": a thing, not the event
    if root.lemma_ == "date" and root.pos_ == "NOUN" and (
            any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
            or any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in ("first", "second", "dinner", "lunch", "movie", "double", "blind")
                   for c in root.children)
            or (root.tag_ == "NNS" and root.head.lower_ != "on")):  # "canceled October dates", not "went on dates"
        return None  # "their date of separation", "a court date", "tour dates": a day, not a date out
    if rule.id == "death-noun" and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in root.children):
        return None  # "Solberg's death in 2014" is one; "death threats", "a death scene" are not
    if len(trig) == 1 and root.tag_ == "NNS" and any(c.dep_ == "nummod" for c in root.children):
        return None  # "three engagements, two divorces": a count, not an event
    siblings = {t.root.i for t, _, _, _ in live if t != trig}
    ctx.current_type, ctx.current_rule = rule.label, rule.id
    others = [t.root for t, _, _, _ in live if t != trig]
    if _not_this_event(trig):
        return None
    if rule.needs_filing and not _filed(trig.root):
        return None  # "the papers reported", not "filed the papers"
    if trig.root.lower_ in event_words("filing_nouns") and _filed(trig.root):
        told = _filing_of(ctx, k, _participants(ctx, trig, rule.label, k, attrib_tokens, siblings))
        if told is not None:  # "X filed for divorce. … He filed the petition on Friday"
            filed = governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
            if told.when is None or (filed is not None and told.when.precision == "approximate"):
                told.when = filed  # the day the papers went in beats one worked out from a duration
            return None
    if _anaphoric(ctx, trig, rule.label):
        # "the split happened over Labor Day weekend": the date of the event already told
        told = next((e for e in reversed(ctx.events) if e.type == rule.label), None)
        if told is not None and told.when is None:
            told.when = governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
        return None
    when = governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
    ctx.current_when = when
    people = list({id(p): p for p in _participants(ctx, trig, rule.label, k, attrib_tokens, siblings, rule.id)}.values())
    if not people and rule.label == "legal":
        prior = [e for e in ctx.events if e.type == "legal" and e.people]
        people = list(prior[-1].people) if prior else []
    if rule.label in PAIR_TYPES and len(people) > 2:  # "married X, and the couple had one daughter"
        adults = [p for p in people if not ctx.has_child_role(p)]
        people = adults if len(adults) >= 2 else people
    if rule.label in PAIR_TYPES and len(people) < 2:
        pair = _named_pair_before(ctx, trig, k)
        if pair and (not people or people[0] in pair):
            people = pair
    if rule.label in PAIR_TYPES and len(people) == 1 and trig.root.pos_ in VERBS | {"ADJ"}:
        people += _partner(ctx, people[0], k, attrib_tokens)  # "the actor had proposed"
    if not people or (rule.label in PAIR_TYPES and len(people) < 2):
        return None
    if root.head.lower_ in ("anniversary", "anniversaries") and root.head != root:
        when = anniversary_back(root.head, when)
    ev = _Event(rule.label, people, when, (a, b), attribution, trig, place=_place(trig, ctx.cast, ctx.ents), claim=claim)
    verb = nearest_verb(trig.root)
    ev.again = verb is not None and any(c.dep_ == "advmod" and c.lower_ in ("also", "again") for c in verb.children)
    if rule.label == "birth" and rule.id in ("be-born", "born-in"):
        # "Born in Dublin …, Hartigan moved" / "X was born to Y and Z": the one born is the
        # child; parents are those named as whose child ("of", "to") after the trigger
        verb = nearest_verb(trig.root)
        owners = [x for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                  for x in c.children if x.dep_ == "poss"]  # "their son, Piotr, was born"
        by_poss = list({id(p): p for x in owners for p in _people_of(ctx, x, k, [], set())}.values())
        ev.parents = by_poss + [p for p in people if p not in by_poss and _named_as_parent(ctx, p, trig, sent)]
        ev.own_birth = True
        heads = [verb] + ([verb.head] if verb is not None and verb.dep_ == "advcl" else [])  # "Born in …, X grew up"
        babies = [p for v in heads if v is not None for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                  for x in _expand(c) if ctx.person(x) for p in [ctx.person(x)]]
        if not babies and rule.id == "born-in":  # "Born in Utrecht in 1934, the daughter of …, Achterberg"
            babies = [p for p in people if p not in by_poss][:1]
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
    verb = nearest_verb(root)
    last = trig[-1]
    if len(trig) > 1 and trig[0].lemma_ == "be" and last.lemma_ in ("film", "see", "catch") and last.tag_ \
            and last.tag_ != "VBN":
        return True  # "is currently filming a thriller", not "was filmed kissing"
    if root.lemma_ in ("marry", "married") and verb is not None and verb.lemma_ in ("remain", "stay"):
        return True  # "remained married until his death": the marriage went on, nobody wed
    if root.lemma_ == "meet" and any(c.dep_ == "dobj" and (c.lower_ in event_words("child_nouns") or c.lower_ in _KIN_MET)
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
    if root.lower_ in event_words("process_nouns"):
        family = family | {"divorced"}  # "filed for divorce …, and the proceedings dragged on"
    return any(e.type in family for e in ctx.events)


def _partner(ctx: _Context, person: PersonFound, k: int, attrib: set[int]) -> list[PersonFound]:
    """"the actor had proposed", "she got engaged": when the sentence names no one else, the
    partner is the one the article last paired this person with."""
    others = [r.person for r in ctx.refs_in(k) if r.person is not person
              and not any(t in attrib for t in _tokens_of(ctx, r))]
    if others:
        return []
    # a couple told (dating, engaged, split …) beats a pair merely seen together
    for types in (PAIR_TYPES, {"sighting"}):
        for ev in reversed(ctx.events):
            group = ev.parents or ev.people
            if len(group) == 2 and person in group and ev.type in types:
                return [p for p in group if p is not person]
    return []


def _spouses(ctx: _Context) -> list[tuple[PersonFound, PersonFound, When | None]]:
    """Married pairs the article tells of, with the wedding's date when known: its "married"
    events and "his wife, X" / "her husband, Y" (not "ex-wife", "former husband")."""
    pairs = [(e.people[0], e.people[1], e.when) for e in ctx.events
             if e.type == "married" and len(e.people) == 2 and e.claim != "denied"]
    spouse_words = event_words("spouse_nouns")
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


_TENURE = re.compile(r"\s*of\s+(?:(?:almost|nearly|about|around|some|over|more than)\s+)?" + NUM
                     + r"(?P<half>)[\s-]+(?P<unit>year|month|decade)s?\b(?P<half2>)", re.I)


def _tenures(ctx: _Context) -> None:
    """"his wife of 52 years, Loretta" / "her boyfriend of three years, X": married (or
    dating) since that long before the article."""
    if ctx.published is None:
        return
    kinds = {w: "married" for w in event_words("spouse_nouns")} | {w: "dating" for w in event_words("partner_nouns")}
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
        months = duration_months(m)
        start = months_before(ctx.published, months + (12 if kind == "married" else 6))  # "of nine years": nine and some
        end = months_before(ctx.published, max(0, months - 6)) if kind == "married" else ctx.published
        trig = ctx.doc[tok.i:tok.i + 1]
        a, b = ctx.sentences[k]
        ctx.events.append(_Event(kind, [owner, after[0]], When(start, max(start, end), "approximate", m.group(0).strip()),
                                 (a, b), None, trig))


def _other_sides(ctx: _Context) -> None:
    """A legal event with one side named: "an order against her ex-boyfriend" is against the
    one the article pairs her with; "her petition" is between the sides of her last case."""
    ex_words = event_words("ex_partner_nouns")
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
        m = next((m for m in DURATION.finditer(ctx.text, a, b)
                  if ctx.text[max(a, m.start() - 6):m.start()].lower().endswith("after ") and not m.group("chained")), None)
        if m is None:
            continue
        who = set(map(id, ev.people))
        start = next((e for e in reversed(ctx.events) if e.type in _STARTS[ev.type] and e.when is not None
                      and set(map(id, e.people)) == who and e.sentence[0] <= a), None)
        months = duration_months(m)
        if start is None or months <= 0:
            continue
        lo, hi = months_before(start.when.start, -months), months_before(start.when.end, -months)
        ev.when = When(lo, max(lo, hi), "approximate", m.group(0).strip())


def _married_splits(ctx: _Context) -> None:
    """A married couple's "split" / "calling it quits" / "ending their marriage" is a
    separation, not a dating couple's breakup (unless the wedding came after it)."""
    pairs = _spouses(ctx)
    dated = {frozenset((id(a), id(b))) for a, b, wed in pairs if wed is not None}
    for ev in ctx.events:
        if ev.type != "breakup" or len(ev.people) != 2:
            continue
        who = {id(p) for p in ev.people}
        for a, b, wed in pairs:
            if wed is None and who in dated:
                continue  # "the state of their marriage": the dated wedding tells when it was
            if {id(a), id(b)} == who and (wed is None or ev.when is None or wed.start <= ev.when.end):
                ev.type = "separated"
                break


_EVENT_NOUNS = {"birth": "birth", "arrival": "birth", "delivery": "birth", "wedding": "married",
                "ceremony": "married", "nuptials": "married", "split": "breakup", "breakup": "breakup",
                "separation": "separated", "engagement": "engaged", "proposal": "engaged",
                "divorce": "divorced", "death": "death", "funeral": "death"}
_THE_EVENT = re.compile(r"\s+(?:the|their|his|her)\s+(?:[a-z]+\s+)?([a-z]+)\b")


def _counted_from_events(ctx: _Context) -> None:
    """"Three days after the birth, they were photographed": the count starts at the birth
    told before, not at whatever date the text named last."""
    for n, ev in enumerate(ctx.events):
        told = ev.when.text if ev.when is not None else None
        if not told or not re.search(r"\b(?:after|before)$", told, re.I):
            continue
        at = ctx.text.find(told, *ev.sentence)
        m = _THE_EVENT.match(ctx.text, at + len(told)) if at >= 0 else None
        etype = _EVENT_NOUNS.get(m.group(1)) if m else None
        earlier = [e for e in ctx.events[:n] if e.type == etype and e.when is not None and e.sentence[0] < ev.sentence[0]]
        if earlier:
            ev.when = resolve(told, ctx.published, base=earlier[-1].when) or ev.when


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
    cues = event_words("child_nouns") | event_words("arrival_verbs")
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
                while head.dep_ in ("compound", "flat", "conj", "appos") and head.head != head:
                    head = head.head
                if head.dep_ in ("nsubj", "nsubjpass") or head.lower_ in cues or head.lemma_ in cues:
                    kids.append(p)
            if not kids:
                continue
            ev.people = list(parents) + kids
            ev.parents = list(parents)
            if ev.when is None:
                root = sent.root
                ev.when = governing_date(ctx, sent[root.i - sent.start:root.i - sent.start + 1], n, "birth")
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
        verb = nearest_verb(trig.root)
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
