"""Who an event is about, read off the parse around its trigger: subjects, objects,
"with X", possessives, and the people of its own sentence when the parse is lost."""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from .event_basics import (ENDINGS, GROUP_WORDS, PAIR_TYPES, RELATIVE, UNION_NOUNS, VERBS, event_words, lex_words,
                           nearest_verb)
from .event_context import EventContext, pair_key
from .model import PersonFound
from .people import STYLED_TITLES, lexicon
from .referents import _REUNIONS, told_partners, expand, people_of, ref_set_against, resolve_group, resolve_single


def subjects(verb):
    """Subject tokens of `verb`, inherited through conjunctions and clauses that lack one."""
    cur = verb
    for _ in range(5):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        # ("the 26-year-old was engaged to X" parsed with the subject under "was")
        subj = subj or [g for c in cur.children if c.dep_ in ("aux", "auxpass") for g in c.children
                        if g.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE and cur.dep_ == "relcl":
                return [cur.head]
            return [s]
        if cur.dep_ == "relcl":
            return [cur.head]
        if cur.dep_ == "acl" and cur.head.dep_ == "appos" and cur.head.head.pos_ == "PROPN":
            return [cur.head.head]  # "Nakamura-Quinn, the son of X and Y, split from Z" parsed as a noun phrase
        if cur.dep_ == "acl" and (cur.head.lower_ in GROUP_WORDS or cur.head.lower_ in lexicon()["person_roles"]):
            return [cur.head]  # "The pair divorced in 2014 …", "the British novelist, …, divorced" as noun phrases
        if cur.head == cur or cur.dep_ in ("ccomp",) and any(
                c.dep_ == "nsubj" and c.lemma_ in lex_words("speech_verbs") for c in cur.head.children):
            break
        nxt = cur.head if cur.head.pos_ in VERBS else nearest_verb(cur.head)
        if nxt is None or nxt is cur or not (verb.sent.start <= nxt.i < verb.sent.end):
            break
        cur = nxt
    return []


def _credited_maker(ctx: EventContext, ref, trig: SpacySpan) -> bool:
    """"said yes to a sapphire reworked by jeweler Priscilla Thorne", "a gown by X": whoever
    made a thing is credited for it, not a partner of the event."""
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    by = tok.head
    return tok.dep_ == "pobj" and by.lower_ == "by" and by.head.i != trig.root.i \
        and ((by.head.tag_ == "VBN" and by.head.dep_ == "acl") or by.head.pos_ == "NOUN")


def _owner_of_partner(ctx: EventContext, tokens, k: int, have: list[PersonFound]) -> list[PersonFound]:
    """"her boyfriend, Mateus Figueiredo, dropped to one knee": whose boyfriend is the other one."""
    nouns = event_words("spouse_nouns") | event_words("partner_nouns")
    for t in tokens:
        if t.lower_ in nouns:
            for c in t.children:
                if c.dep_ == "poss" and c.lower_ in ("his", "her"):
                    found = [p for p in resolve_single(ctx, c, k, have) if p not in have]
                    if found:
                        return found[:1]
    return []


def _doing_something(tok) -> bool:
    """"with her father, Jordi Soler, walking her down the aisle", "with his drummer
    officiating", "with Wróblewski as the only witness": the one "with" names acts (however
    the parser hangs the -ing verb) or stands in a role."""
    after = tok.right_edge.i + 1
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) \
            or (after < len(tok.doc) and tok.doc[after].lower_ == "as" and tok.doc[after].dep_ == "prep"):
        return True
    if any(x.tag_ == "VBG" and x.dep_ in ("acl", "advcl", "amod", "relcl")
           for t in [tok] + [c for c in tok.children if c.dep_ == "appos"] for x in t.children):
        return True
    k = tok.right_edge.i + 1
    while k < len(tok.doc) and tok.doc[k].is_punct:
        k += 1
    return k < len(tok.doc) and tok.doc[k].tag_ == "VBG" and tok.doc[k].dep_ in ("advcl", "acl", "conj")


def _objects(head):
    out = []
    for c in head.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            # "Conrad Ellery, whom she had wed in 1979": the one "whom" stands for
            out.append(head.head if c.lower_ in ("whom", "who") and head.dep_ == "relcl" else c)
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "from", "between", "by", "against"):
            # (not "with her father walking her down the aisle", "with X officiating": a witness)
            out.extend(g for g in c.children if g.dep_ == "pobj"
                       and not (c.lower_ == "with" and _doing_something(g)))
        if c.dep_ == "agent":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def event_people(ctx: EventContext, trig: SpacySpan, ttype: str, k: int, attrib: set[int],
                  sibling_roots=(), rule_id: str = "") -> list[PersonFound]:
    root = trig.root
    trig_ids = {t.i for t in trig}
    tokens = []
    named_of = []  # whose union a noun trigger names with "of" (the names only, not their appositions)
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("ROOT",):
        poss = [c for c in root.children if c.dep_ == "poss"]
        if not poss and root.dep_ == "pobj" and root.head.lower_ == "of":
            poss = [c for c in root.head.head.children if c.dep_ == "poss"]  # "their date of separation"
        # "Montefusco, whose divorce from X was finalized last fall": whose is the one the clause hangs on
        poss = [_whose_owner(p) or p for p in poss]
        if not poss and ttype in _UNION_EVENTS:  # "announced the engagement of Prince Casimir, 32, … to X"
            named_of = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and ctx.person(g)]
        tokens += poss + _objects(root)
        if ttype == "death":  # "the death of Delaney’s father, jazz trumpeter Otis Delaney"
            tokens += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        # a noun heading a clause of its own (a misparse: "the pair had parted ways", "ways" a noun)
        tokens += [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if ttype == "legal":  # "a lawsuit brought by a limo driver, Gary Pocock": who sued
            tokens += [g for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        verb = nearest_verb(root)
        if not poss and not named_of:
            # (a noun that is its verb's own subject shares none of the verb's people: "The
            # 31-year-old split from X …, and X unfollowed Jang" parsed with "split" a noun)
            if verb is not None and not (root.dep_ in ("nsubj", "nsubjpass") and root.head.i == verb.i):
                tokens += subjects(verb) + [t for t in _objects(verb) if t != root]
        elif verb is not None and (root.dep_ in ("dobj", "nsubjpass") or (root.dep_ == "nsubj" and verb.lemma_ == "be")):
            # (or "announced the engagement of X to Y", "Casimir's best-known romance was with X")
            # "finalized his divorce from X": the parser hangs "from X" on the verb
            tokens += [t for t in _objects(verb) if t != root and t.head.lower_ in ("from", "with", "to")]
    else:
        verb = root if root.pos_ in VERBS else (nearest_verb(root) or root)
        for t in trig:  # (not "quits" in "called it quits": a verb whose subject is in the trigger)
            if t.pos_ in VERBS and not any(c.dep_ == "nsubj" and trig.start <= c.i < trig.end for c in t.children):
                verb = t
        if rule_id == "linked" and any(c.dep_ == "dobj" for c in verb.children):
            # "reports linking Hugo to the countess X": the two linked, not the clause's subject
            tokens += [c for c in verb.children if c.dep_ == "dobj"]
            tokens += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                       for g in c.children if g.dep_ == "pobj"]
        elif rule_id == "introduce":
            # "were introduced by friends", "Rory introduced them", "introduced her to X": the two
            # who met, not whoever introduced them
            tokens += [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
            tokens += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if not any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children) and verb.dep_ in ("relcl", "acl", "advcl"):
                tokens += subjects(verb)  # "…, having been introduced by X" hangs on the couple's clause
        else:
            tokens += subjects(verb) + _objects(verb) + _objects(root)
            if ttype == "legal":  # "settled the lawsuit brought against him by X": who sued whom
                tokens += [g for o in verb.children if o.dep_ == "dobj" for c in o.children
                           if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                           if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "against")
                           for g in a.children if g.dep_ == "pobj"]
        for x in verb.children:  # "seen leaving a steakhouse with X", "spotted kissing X"
            if x.dep_ in ("xcomp", "advcl") and x.tag_ == "VBG":
                tokens += _objects(x)
        if ttype == "sighting":  # "spotted grabbing coffee with X", "seen with Y and the kids"
            tokens += _companions(verb)
            if verb.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") and not any(
                    g.dep_ == "pobj" for g in c.children) for c in verb.children):
                tokens.append(verb.head)  # "Callum Reyes, the footballer she was photographed with"
            # "X was seen carrying Y's bag as they left": who "they" are were seen together
            heads = [verb] + [x for x in verb.children if x.dep_ == "xcomp"]
            tokens += [g for h in heads for c in h.children if c.dep_ == "advcl" for g in c.children
                       if g.dep_ == "nsubj" and g.lower_ == "they"]
            # "arrived on the arm of her new beau, X"
            tokens += [g for t in trig if t.i != verb.i for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
    # "Varga’s second marriage, to X, began in 1972 and ended in divorce": whose marriage, to whom
    tokens += [g for t in list(tokens) if t.pos_ == "NOUN" and t.lemma_ in UNION_NOUNS and t.i not in trig_ids
               for g in [c for c in t.children if c.dep_ == "poss"] + _objects(t)]
    if ttype == "birth":  # "The couple's first child, son Do-yun, was born": the parents too
        tokens += [c for t in list(tokens) if t.lemma_ in event_words("child_nouns")
                   for c in t.children if c.dep_ == "poss"]
    doc = trig.doc
    for i in range(max(trig.sent.start, trig.start - 2), trig.start):  # "…, and the two were photographed"
        # (not "spent two years engaged to X": a number counting something the trigger is not)
        counting = doc[i].dep_ == "nummod" and doc[i].head not in trig
        if doc[i].lower_ in GROUP_WORDS and doc[i].pos_ in ("NUM", "NOUN", "PRON") and doc[i].dep_ != "poss" \
                and not counting:
            tokens.append(doc[i])
    if root.pos_ == "NOUN":  # "the two split" parsed as a noun: its group word is the subject
        tokens += [c for c in root.children if c.lower_ in GROUP_WORDS and c.dep_ in ("nummod", "det", "compound")]
        tokens += [c for c in root.children if c.lower_ == "old" and c.dep_ == "amod"]  # "The 31-year-old split"
    if root.pos_ == "NOUN" and ttype in PAIR_TYPES:
        tokens += _to_whom(ctx, trig)
    if ttype in _ROMANCES:  # "They dated for two years …, with her sister, X, as maid of honor": not X
        blood = lexicon()["blood_kin"]
        tokens = [t for t in tokens if not (t.lemma_ in blood and t.head.lower_ == "with")]
    people: list[PersonFound] = list({id(ctx.person(g)): ctx.person(g) for g in named_of}.values())
    seen: set[int] = set()
    a, b = ctx.sentences[k]
    for t in tokens:
        for x in expand(t):
            if x.i in seen or not a <= x.idx < b:  # (the parser's sentence may run on past a blank line)
                continue
            seen.add(x.i)
            for p in people_of(ctx, x, k, people, attrib):
                if p not in people:
                    people.append(p)
    if not people and not any(a <= t.idx < b for t in tokens) and k + 1 < len(ctx.sentences) \
            and any(a <= start < b for start, _, _ in ctx.headings):
        people = _entry_subjects(ctx, k + 1, attrib)  # "## 2018: Back together" / "They reunited at …"
    verb_trigger = root.pos_ != "NOUN" or trig[-1].pos_ in VERBS or len(trig) > 1
    near_verb = nearest_verb(root)
    # "split from X after a three-year romance": the romance is the split's couple's
    verb_trigger |= near_verb is not None and near_verb.i in sibling_roots
    sentence_people = [r.person for r in ctx.refs_in(k) if not any(t in attrib for t in _tokens_of(ctx, r))]
    if ttype in PAIR_TYPES and len(people) == 1:
        verb = nearest_verb(root)
        near = tokens + [t.head for t in tokens] + (list(verb.children) if verb is not None else [])
        people += _owner_of_partner(ctx, near, k, people)
    if ttype == "birth":
        people += [p for p in sentence_people if p not in people]
    elif ttype in PAIR_TYPES and len(people) < 2 and verb_trigger and not unnamed_partner(ctx, trig):
        refs = [r for r in ctx.refs_in(k) if not ref_set_against(ctx, r)  # "Before Castillo, the chef dated X"
                and not _credited_maker(ctx, r, trig)]

        def distance(p):  # after the trigger first, nearest first; then before it, nearest first
            gaps = [r.start - trig.end_char if r.start >= trig.end_char else 1000 + trig.start_char - r.start
                    for r in refs if r.person is p]
            return min(gaps or [10_000])
        # ("filed for divorce …, and the former couple share custody of their son, Leo": not Leo)
        near = [p for p in sorted(sentence_people, key=distance)
                if distance(p) < 10_000 and not (ctx.has_child_role(p) and is_child(ctx, p, trig.sent))
                and not any(_kin_told(ctx, r) or _looking_on(ctx, r) for r in refs if r.person is p)]
        if len(people) == 1:  # "X filed for divorce …, and the former couple now share custody"
            for t in trig.sent:
                if t.i > trig.end and t.lower_ in ("couple", "pair", "exes") and t.dep_.startswith("nsubj"):
                    group = resolve_group(ctx, t, k)
                    if people[0] in group:
                        people += [p for p in group if p not in people]
                    break
        people += [p for p in near if p not in people][: 2 - len(people)]
        if len(people) < 2:  # a parse gone wrong ("She later married producer X" as a noun phrase)
            for t in trig.sent:
                if t.lower_ in ("he", "she") and t.i < trig.start and (t.dep_.startswith("nsubj") or t.dep_ == "ROOT"):
                    people += [p for p in resolve_single(ctx, t, k) if p not in people][: 2 - len(people)]
    elif not people and ttype in ("sighting", "death", "legal"):
        people = sentence_people[:1] if ttype == "death" else sentence_people
    return people


_ROMANCES = PAIR_TYPES - {"met"}  # a couple's own events
_UNION_EVENTS = {"engaged", "married", "separated", "divorced"}  # what "the engagement of X to Y" and its like tell


def _whose_owner(tok):
    """The noun a relative clause opened by "whose" describes, for `tok` = "whose"."""
    if tok.lower_ != "whose":
        return None
    clause = next((t for t in tok.ancestors if t.dep_ == "relcl"), None)
    if clause is None:
        return None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    while prev is not None and prev.i > 0 and (prev.is_punct or prev.like_num):
        prev = tok.doc[prev.i - 1]  # (past "Montefusco, 44,")
    if clause.head.pos_ != "PROPN" and prev is not None and prev.pos_ == "PROPN":
        return prev  # "A pal of Montefusco, 44, whose divorce …" with the clause hung on "pal"
    return clause.head


def _entry_subjects(ctx: EventContext, k: int, attrib: set[int]) -> list[PersonFound]:
    """Who the first sentence of a timeline entry is about: the subjects of its main verb."""
    sent = ctx.sent(k)
    if sent is None:
        return []
    people: list[PersonFound] = []
    root = sent.root if sent.root.pos_ in VERBS else nearest_verb(sent.root)
    for t in subjects(root) if root is not None else []:
        for x in expand(t):
            people += [p for p in people_of(ctx, x, k, people, attrib) if p not in people]
    return people


def _looking_on(ctx: EventContext, ref) -> bool:
    """"got down on one knee … in front of host X": X watched; "introduced by mutual friend,
    designer X": X brought them together. The event is not X's."""
    return bool(re.search(r"\b(?:in\s+front\s+of|watched\s+by|witnessed\s+by|introduced\s+by)\s+(?:[\w’'\-]+,?\s+){0,4}$",
                          ctx.text[max(0, ref.start - 60):ref.start]))


def _kin_told(ctx: EventContext, ref) -> bool:
    """Is the name introduced as someone's blood kin ("a ring that once belonged to his late
    grandmother, Margaret Aldenham")? Nobody's partner in the event."""
    words = ctx.text[max(0, ref.start - 40):ref.start].replace(",", " ").split()
    if words and words[-1] in STYLED_TITLES:
        words.pop()  # "his late grandmother, Queen Marit"
    words = [w.lower() for w in words]
    return len(words) >= 2 and words[-1] in lexicon()["blood_kin"] and words[-2] in ("his", "her", "their", "late")


_TO_WHOM = re.compile(r",?\s+to\s+(?:[\w’'\-]+\s+){0,4}$")


def _to_whom(ctx: EventContext, trig: SpacySpan) -> list:
    """"His first marriage, to childhood sweetheart Jolene Kilbride, took place …", read off the
    words when the parse loses "to X": the first name within a few words after "to"."""
    after = [r for r in ctx.cast.refs if trig.end_char < r.start <= trig.end_char + 50 and r.kind == "name"]
    if not after or not _TO_WHOM.match(ctx.text[trig.end_char:after[0].start]):
        return []
    span = ctx.doc.char_span(after[0].start, after[0].end, alignment_mode="expand")
    return [span.root] if span is not None else []


def unnamed_partner(ctx: EventContext, trig: SpacySpan) -> bool:
    """"She's married now, to a lovely man", "is dating a mystery man": the partner is there
    but not named, so no one else of the sentence is."""
    root = trig.root
    verb = root if root.pos_ in VERBS else nearest_verb(root)
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children
        if g.dep_ == "pobj"]
    if not objects and any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children) \
            and root.lemma_ in ("marry", "wed", "remarry", "engage"):
        return True  # "the pair split in 2020, and he has since married": someone else, unnamed
    if root.lemma_ == "meet" and any(o.lower_ in ("someone", "somebody", "anyone") or (
            o.pos_ == "NOUN" and ctx.person(o) is None and o.lower_ not in GROUP_WORDS
            and not any(c.dep_ == "appos" for c in o.children)) for o in objects):
        return True  # "told my mother I had met the woman I was going to marry", "had met someone"
    if any(o.lower_ in _NOBODY_IN_PARTICULAR for o in objects):
        return True  # "asked whether she was seeing anyone"
    return any(o.pos_ == "NOUN" and ctx.person(o) is None and o.lower_ not in GROUP_WORDS and _someone(o)
               and o.i not in range(trig.start, trig.end)
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children) for o in objects)


_SOMEONE = {"man", "woman", "guy", "girl", "boy", "beau", "hunk", "stranger", "lady", "gentleman", "brunette",
            "blonde", "redhead", "mystery", "date", "fella", "bloke", "lad", "lass", "divorcee", "widow", "widower"}


def _someone(noun) -> bool:
    """A noun that names a person ("a lovely man", "a mystery woman", "an actor"), not a thing
    ("popped the question … with a sapphire ring")."""
    low = noun.lemma_.lower()
    return low in _SOMEONE or low in lexicon()["person_roles"] or low in lexicon()["kin"]


_NOBODY_IN_PARTICULAR = {"anyone", "anybody", "someone", "somebody", "nobody", "everyone", "everybody"}


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


def _tokens_of(ctx: EventContext, ref):
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return [t.i for t in span] if span is not None else []


_PAIR_THEN_VERB = re.compile(r"^\s+(?:(?:have|has|had|were|was|are|is|got|get|finally|quietly|officially|secretly|"
                             r"reportedly|also|then|later|eventually|first|just|recently|briefly)\s+){0,3}$")


def named_pair_before(ctx: EventContext, trig, k: int) -> list[PersonFound]:
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


def last_partner(ctx: EventContext, person: PersonFound, k: int, attrib: set[int]) -> list[PersonFound]:
    """"the actor had proposed", "she got engaged": when the sentence names no one else, the
    partner is the one the article last paired this person with."""
    others = [r.person for r in ctx.refs_in(k) if r.person is not person
              and not any(t in attrib for t in _tokens_of(ctx, r)) and not _kin_told(ctx, r)
              and not _looking_on(ctx, r)]
    if others:
        return []
    # a couple told (dating, engaged, split …) beats a pair merely seen together; a couple
    # told apart last ("called off their engagement") is not who "he proposed" to now
    ended_at = {pair_key(ev): ev.sentence[0] for ev in ctx.events if ev.type in ENDINGS}  # the last ending
    # (back together: a later sentence tells the pair as a couple again)
    ended = {pair for pair, at in ended_at.items() if not any(
        pair_key(ev) == pair and ev.type not in ENDINGS | {"sighting"} and ev.sentence[0] > at for ev in ctx.events)}
    if ctx.current_rule in _REUNIONS or ctx.current_type not in ("dating", "engaged", "married", "birth"):
        ended = set()  # (a divorce after the separation is the separated couple's)
    for types in (PAIR_TYPES, {"sighting"}):
        for ev in reversed(ctx.events):
            group = ev.parents or ev.people
            if len(group) == 2 and person in group and ev.type in types and not ev.implied:
                if pair_key(ev) in ended:  # (not "ex-wife X"; nor whom X dated before her)
                    break
                if ev.type == "dating" and _over_by(ev.when, ctx.current_when):
                    continue  # "seeing X since 2012 … until late 2015" is not whom he proposed to in 2018
                return [p for p in group if p is not person]
    lead = ctx.lead_couple
    if person in lead:  # "How X and Y Found Each Other" … "He proposed on Christmas Eve"
        return [p for p in lead if p is not person]
    # "he cheated on his fiancée, Sienna Abara" … "Kowalczyk got down on one knee"
    for a, b, _ in told_partners(ctx):
        if person in (a, b):
            return [b if person is a else a]
    return []



def _over_by(span, when) -> bool:
    return span is not None and when is not None and span.end < when.start


_CHILD_BEFORE = re.compile(r"\b(?:son|daughter|baby|boy|girl|twins|child)\b[,\s]*(?:(?:named|called)\s+)?$", re.I)


def is_child(ctx: EventContext, person: PersonFound, sent) -> bool:
    """Is the person named in `sent` right after a child word ("their son, Leo", "a daughter
    named Nova")?"""
    return any(sent.start_char <= m.start < sent.end_char
               and _CHILD_BEFORE.search(ctx.text, max(sent.start_char, m.start - 20), m.start)
               for m in person.mentions)
