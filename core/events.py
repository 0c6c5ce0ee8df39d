"""Relationship events: trigger patterns (resources/triggers.jsonl) matched over the parse.

Participants come from the syntax around the trigger (subject, objects, "with X",
possessives), pronouns and "the couple" are resolved against what came before,
and the date is the resolved expression of the sentence closest to the trigger
in the dependency tree.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.matcher import Matcher
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from .model import EventFound, PersonFound, Span, When
from .people import Cast, lexicon, sentence_spans

PAIR_TYPES = {"dating", "engaged", "married", "separated", "divorced", "breakup", "met"}
SPEECH = {"say", "tell", "add", "reveal", "confirm", "explain", "continue", "claim", "insist",
          "report", "share", "gush", "dish", "note", "announce", "write", "recall"}
DENIAL = {"deny", "refute", "debunk", "dismiss_rumor"}
HYPOTHETICAL = {"plan", "hope", "want", "expect", "intend", "think", "consider", "wish", "dream",
                "rumor", "rumour", "speculate", "deny"}
MODALS = {"will", "would", "could", "might", "may", "should", "'ll", "’ll", "wo"}
GROUP_WORDS = {"they", "them", "their", "theirs", "couple", "pair", "two", "exes", "newlyweds",
               "duo", "lovebirds", "both", "spouses"}
SINGLE_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
RELATIVE = {"who", "that", "which", "whom"}
VERBS = {"VERB", "AUX"}


@dataclass(frozen=True)
class Trigger:
    label: str
    id: str
    implied: bool


@lru_cache(maxsize=1)
def _trigger_rules() -> tuple[dict, ...]:
    raw = resources.files("gossip_timeline.resources").joinpath("triggers.jsonl").read_text("utf-8")
    return tuple(json.loads(line) for line in raw.splitlines() if line.strip())


@lru_cache(maxsize=4)
def _matcher(vocab) -> tuple[Matcher, dict[str, Trigger]]:
    matcher = Matcher(vocab)
    triggers = {}
    for rule in _trigger_rules():
        key = f"{rule['label']}/{rule['id']}"
        matcher.add(key, [rule["pattern"]])
        triggers[key] = Trigger(rule["label"], rule["id"], bool(rule.get("implied")))
    return matcher, triggers


def match_triggers(doc) -> list[tuple[SpacySpan, Trigger]]:
    """Non-overlapping trigger spans (longest wins), in text order."""
    matcher, triggers = _matcher(doc.vocab)
    spans = [SpacySpan(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in matcher(doc)]
    return [(sp, triggers[sp.label_]) for sp in sorted(filter_spans(spans), key=lambda s: s.start)]


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


class _Context:
    """What event extraction needs to know about one article."""

    def __init__(self, doc, cast: Cast, dates):
        self.doc, self.cast = doc, cast
        self.sentences = sentence_spans(doc)
        self.dates = [(doc.char_span(s.start, s.end, alignment_mode="expand"), w) for s, w in dates if w]
        self.events: list[_Event] = []

    def sentence_of(self, char: int) -> int:
        for k, (a, b) in enumerate(self.sentences):
            if a <= char < b:
                return k
        return max(0, len([s for s in self.sentences if s[0] <= char]) - 1)

    def refs_in(self, k: int):
        a, b = self.sentences[k]
        return self.cast.in_range(a, b)

    def person(self, tok) -> PersonFound | None:
        return self.cast.person_at(tok.idx, tok.idx + len(tok.text))


# ---------------------------------------------------------------- resolution

def _resolve_single(ctx: _Context, tok, k: int) -> list[PersonFound]:
    """he/she/his/her: the subject of the clause if a person, else the last sentence's first person."""
    for anc in tok.ancestors:
        if anc.pos_ in VERBS:
            for ch in anc.children:
                if ch.dep_ in ("nsubj", "nsubjpass") and ch is not tok:
                    p = ctx.person(ch)
                    if p:
                        return [p]
            break
    before = [r.person for r in ctx.refs_in(k) if r.end <= tok.idx]
    if before:
        return [before[0]]
    for back in range(k - 1, max(-1, k - 4), -1):
        refs = ctx.refs_in(back)
        span = ctx.doc.char_span(*ctx.sentences[back], alignment_mode="expand")
        pron = [t for t in span if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj")] if span else []
        if pron and (not refs or pron[0].idx < refs[0].start):
            return _resolve_single(ctx, pron[0], back)
        if refs:
            return [refs[0].person]
    return []


def _resolve_group(ctx: _Context, tok, k: int, exclude=()) -> list[PersonFound]:
    """they/the couple/the pair: two people named earlier in the sentence, else the last couple."""
    a = ctx.sentences[k][0]
    before: list[PersonFound] = []
    span = ctx.doc.char_span(*ctx.sentences[k], alignment_mode="expand")
    for t in span if span is not None else []:
        if t.i >= tok.i:
            break
        found = [ctx.person(t)] if ctx.person(t) else (
            _resolve_single(ctx, t, k) if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj") else [])
        for p in found:
            if p and p not in before:
                before.append(p)
    if len(before) >= 2:
        return before[-2:]
    for ev in reversed(ctx.events):
        group = ev.parents or ev.people
        if len(group) == 2 and ev.sentence[0] <= a:
            return list(group)
    recent: list[PersonFound] = []
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx]):
        if r.person not in recent:
            recent.append(r.person)
        if len(recent) == 2:
            return recent[::-1]
    return recent


def _resolve_role(ctx: _Context, tok, have: list[PersonFound]) -> list[PersonFound]:
    """'the reality star': the most recently named person not already in the event."""
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx]):
        if r.person not in have:
            return [r.person]
    return []


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
        return _resolve_group(ctx, tok, k)
    if tok.pos_ == "NOUN" and low in lexicon()["person_roles"] and any(c.lower_ == "the" for c in tok.children):
        return _resolve_role(ctx, tok, have)
    return []


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
        if cur.head is cur or cur.dep_ in ("ccomp",) and any(
                c.dep_ == "nsubj" and c.lemma_ in SPEECH for c in cur.head.children):
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


def _participants(ctx: _Context, trig: SpacySpan, ttype: str, k: int, attrib: set[int]) -> list[PersonFound]:
    root = trig.root
    tokens = []
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("ROOT",):
        poss = [c for c in root.children if c.dep_ == "poss"]
        tokens += poss + _objects(root)
        if not poss:
            verb = _nearest_verb(root)
            if verb is not None:
                tokens += _subjects(verb) + [t for t in _objects(verb) if t is not root]
    else:
        verb = root if root.pos_ in VERBS else (_nearest_verb(root) or root)
        for t in trig:
            if t.pos_ in VERBS:
                verb = t
        tokens += _subjects(verb) + _objects(verb) + _objects(root)
    people: list[PersonFound] = []
    for t in tokens:
        for x in _expand(t):
            for p in _people_of(ctx, x, k, people, attrib):
                if p not in people:
                    people.append(p)
    verb_trigger = root.pos_ != "NOUN" or trig[-1].pos_ in VERBS or len(trig) > 1
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
    elif not people and ttype in ("sighting", "death", "legal"):
        people = sentence_people[:1] if ttype == "death" else sentence_people
    return people


def _tokens_of(ctx: _Context, ref):
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return [t.i for t in span] if span is not None else []


# ---------------------------------------------------------------- filters

def _is_unreal(trig: SpacySpan, sent) -> bool:
    """Denied, negated, planned or hypothetical: not a stated fact."""
    if any(t.lemma_ in DENIAL for t in sent):
        return True
    chain = [trig.root] + [t for t in trig.root.ancestors if sent.start <= t.i < sent.end]
    for t in chain[:4]:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.lemma_ in HYPOTHETICAL and t is not trig.root:
            return True
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children):
            return True
        if t.pos_ in VERBS and t.lower_ in ("going",) and any(c.dep_ == "xcomp" for c in t.children):
            return True
    root = trig.root
    if root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "’s") for c in root.children):
        return True  # "my sister is marrying": a plan
    if any(c.lower_ in ("planned", "upcoming", "future", "possible", "rumored", "rumoured") for c in root.children):
        return True
    before = sent.doc[max(sent.start, trig.start - 3):trig.start].text.lower()
    return "ahead of" in before


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
        if t.lemma_ in SPEECH and t.pos_ == "VERB" and _reports_speech(t, sent):
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


QUOTES = ("\u201c", "\u201d", '"')


# ---------------------------------------------------------------- dates

def _tree_distance(a, b) -> int:
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    for i, x in enumerate(up_a):
        if x in up_b:
            return i + up_b.index(x)
    return 99


def _governing_date(ctx: _Context, trig: SpacySpan, k: int, others=()) -> When | None:
    """The sentence's date nearest the trigger in the tree; dates nearer another trigger
    of the sentence belong to that one unless nothing else is left."""
    a, b = ctx.sentences[k]
    best = None
    for span, when in ctx.dates:
        if span is None or not (a <= span.start_char < b):
            continue
        droot = span.root
        verb = _nearest_verb(droot)
        if verb is not None and verb.lemma_ in SPEECH and verb not in trig and trig.root not in verb.subtree:
            continue  # "her rep confirmed on Sunday": dates the statement, not the event
        if verb is not None and verb.lemma_ in SPEECH and verb not in trig \
                and _tree_distance(droot, verb) < _tree_distance(droot, trig.root) and verb is not trig.root:
            continue
        mine = _tree_distance(trig.root, droot)
        owned = all(mine <= _tree_distance(o, droot) for o in others)
        key = (not owned, mine, abs(span.start - trig.start))
        if best is None or key < best[0]:
            best = (key, when)
    return best[1] if best else None


# ---------------------------------------------------------------- summaries

def _names(people: list[PersonFound]) -> str:
    names = [p.name for p in people]
    if len(names) <= 1:
        return "".join(names) or "Someone"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _place(trig: SpacySpan, cast: Cast) -> str | None:
    sent = trig.sent
    for ent in sent.ents:
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

def find_events(doc, cast: Cast, dates) -> list[EventFound]:
    """Events of `doc`, given its cast (people.find_cast) and dates (dates.find_dates)."""
    ctx = _Context(doc, cast, dates)
    matches = match_triggers(doc)
    for trig, rule in matches:
        k = ctx.sentence_of(trig.start_char)
        a, b = ctx.sentences[k]
        sent = doc.char_span(a, b, alignment_mode="expand")
        if sent is None or _is_unreal(trig, sent):
            continue
        attribution, attrib_tokens = _attribution(sent, trig)
        if rule.implied:
            _add_implied(ctx, trig, rule, k, attribution)
            continue
        people = _participants(ctx, trig, rule.label, k, attrib_tokens)
        if not people and rule.label == "legal":
            prior = [e for e in ctx.events if e.type == "legal" and e.people]
            people = list(prior[-1].people) if prior else []
        if not people or (rule.label in PAIR_TYPES and len(people) < 2):
            continue
        others = [t.root for t, _ in matches if t != trig and a <= t.start_char < b]
        ev = _Event(rule.label, people, _governing_date(ctx, trig, k, others), (a, b), attribution, trig,
                    place=_place(trig, cast))
        if rule.label == "birth":
            ev.parents = [p for p in people if not _is_child(ctx, p, sent)]
        ctx.events.append(ev)
    merged = _dedupe(ctx.events)
    return [EventFound(type=e.type, people=[p.name for p in e.people], when=e.when,
                       evidence=Span(*e.sentence), attribution=e.attribution, summary=summarize(e))
            for e in merged]


def _is_child(ctx: _Context, person: PersonFound, sent) -> bool:
    kin = {"son", "daughter", "baby", "boy", "girl", "twins", "child"}
    for m in person.mentions:
        if sent.start_char <= m.start < sent.end_char:
            before = ctx.doc.text[max(sent.start_char, m.start - 12):m.start].lower()
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


def _dedupe(events: list[_Event]) -> list[_Event]:
    """The same event told twice is one: same type, nested people, overlapping dates."""
    out: list[_Event] = []
    for ev in events:
        for kept in out:
            a, b = set(map(id, ev.people)), set(map(id, kept.people))
            if kept.type == ev.type and (a <= b or b <= a) and _overlap(kept.when, ev.when):
                kept.people += [p for p in ev.people if p not in kept.people]
                if kept.when is None or (ev.when is not None and kept.implied):
                    kept.when = ev.when
                if kept.implied and not ev.implied:
                    kept.implied, kept.trigger, kept.sentence = False, ev.trigger, ev.sentence
                    kept.attribution = ev.attribution
                kept.parents = kept.parents or ev.parents
                break
        else:
            out.append(ev)
    return out
