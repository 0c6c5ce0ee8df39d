"""Who a word stands for: pronouns ("she", "they"), group words ("the pair", "the
exes"), epithets ("the singer", "the 31-year-old") and unnamed partners ("his wife"),
resolved against the people and events told before, respecting the gender the text
gives people."""
from __future__ import annotations

import re

from .event_basics import (ENDINGS, GROUP_WORDS, PAIR_TYPES, QUOTES, SINGLE_PRONOUNS, UNION_NOUNS, VERBS, event_words,
                           nearest_verb)
from .event_context import Draft, EventContext, pair_key
from .model import PersonFound, When
from .people import PRONOUN_GENDER, lexicon, word_gender
from .people_basics import introduced_as, same_trade, trade_told
from .speakers import PLURAL, SINGULAR, first_person, partner_of


def _fits(ctx: EventContext, person: PersonFound, gender: str | None) -> bool:
    return gender is None or ctx.cast.gender_of(person) in (None, gender)


def resolve_single(ctx: EventContext, tok, k: int, exclude=()) -> list[PersonFound]:
    """he/she/his/her: the subject of the clause if a person of that gender, else the first
    fitting person named before it in the sentence, else in the sentences before. An object
    pronoun is never the clause's own subject ("his former manager, X, sued him"), nor anyone
    in `exclude` (the people the event already has)."""
    gender = PRONOUN_GENDER.get(tok.lower_)
    is_object = tok.dep_ in ("dobj", "dative", "pobj") and tok.lower_ in ("him", "her")
    not_me = {id(p) for p in exclude} if is_object else set()
    same = _main_clause_pronoun(tok)
    if same is not None:  # "he married X, whom he had met …": the main clause's "he", not X
        return resolve_single(ctx, same, k, exclude)
    if tok.dep_ == "poss":  # "Oskar, Lindqvist's son from his previous relationship": Lindqvist
        owner = _owner_above(ctx, tok, gender)
        if owner is not None and id(owner) not in not_me:
            return [owner]
    for anc in tok.ancestors:
        if anc.pos_ in VERBS:
            for ch in anc.children:
                if ch.dep_ in ("nsubj", "nsubjpass") and ch.i != tok.i:
                    for x in expand(ch):
                        p = ctx.person(x)
                        if p and is_object:
                            not_me.add(id(p))  # "Moreau sued her": her is not Moreau
                        elif p and _fits(ctx, p, gender) and x is ch:
                            return [p]
            break
    if not is_object:
        told = _subject_told_by_role(ctx, tok, gender)
        if told is not None and id(told) not in not_me:
            return [told]  # "The singer … his marriage to X, whom he wed in 1994": the singer
    before = [r for r in ctx.refs_in(k) if r.end <= tok.idx and _fits(ctx, r.person, gender)
              and id(r.person) not in not_me and not ref_set_against(ctx, r)]
    first = _subject_pronoun(ctx, k, gender) if gender and tok.dep_.startswith("nsubj") else None
    if first is not None and first.i < tok.i and (not before or first.idx < before[0].start):
        # "In Lyon she worked for X, and it was there that she met Y": the sentence's first "she"
        found = resolve_single(ctx, first, k, exclude)
        if found:
            return found
    before = [r.person for r in before]
    if before:
        return [before[0]]
    # a pronoun does not reach back past the heading of its section
    heads = [end for _, end in ctx.section_headings if end <= tok.idx]
    item = ctx.item_start(tok.idx)
    heads += [item] if item is not None else []
    floor = max(-1, ctx.sentence_of(max(heads)) - 1) if heads else -1
    floor = max(floor, k - 4)
    if gender:  # someone the text has shown to be of that gender beats someone of unknown gender
        for back in range(k - 1, floor, -1):
            known = [r.person for r in ctx.refs_in(back) if ctx.cast.gender_of(r.person) == gender
                     and id(r.person) not in not_me and not _child_in_passing(ctx, r)]
            first = _subject_pronoun(ctx, back, gender)
            if known and first is not None and first.idx < next(
                    r.start for r in ctx.refs_in(back) if r.person is known[0]):
                # "She worked under X before opening … with money from her sister, Fatou. Her
                # first marriage …": the one the sentence was about, not its last woman
                found = resolve_single(ctx, first, back)
                if found and id(found[0]) not in not_me:
                    return found
            unknown = [r for r in ctx.refs_in(back) if ctx.cast.gender_of(r.person) is None]
            if known:
                if not unknown or len({id(p) for p in known}) == 1:
                    return [known[0]]
                break
    for back in range(k - 1, floor, -1):
        refs = [r for r in ctx.refs_in(back) if _fits(ctx, r.person, gender) and not _child_in_passing(ctx, r)]
        span = ctx.sent(back)
        pron = [t for t in span if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj")
                and PRONOUN_GENDER[t.lower_] == (gender or PRONOUN_GENDER[t.lower_])] if span else []
        refs = [r for r in refs if id(r.person) not in not_me]
        if pron and (not refs or pron[0].idx < refs[0].start):
            found = resolve_single(ctx, pron[0], back)
            if found and id(found[0]) not in not_me:
                return found
        # "Network president Dana Whitcombe called him 'the heart of this network'. … His
        # first marriage": the "him" of a sentence whose names are of no told gender
        seen = [t for t in span if t.lower_ == {"m": "him", "f": "her"}.get(gender) and t.dep_ != "poss"] \
            if span and gender and refs and all(ctx.cast.gender_of(r.person) is None for r in refs) else []
        if seen:
            found = resolve_single(ctx, seen[0], back)
            if found and id(found[0]) not in not_me and ctx.cast.gender_of(found[0]) == gender:
                return found
        if refs:
            return [refs[0].person]
    section = person_section(ctx, tok.idx)
    if section is not None and _fits(ctx, section[0], gender) and id(section[0]) not in not_me:
        return [section[0]]  # "## Toby Mwangi" … "He and his partner …"
    if gender:  # nobody of that gender in the last sentences: the one of it the article names most
        counts: dict[int, list] = {}
        for r in ctx.cast.refs:
            if r.end <= tok.idx and ctx.cast.gender_of(r.person) == gender and id(r.person) not in not_me:
                counts.setdefault(id(r.person), [r.person, 0])[1] += 1
        if counts:
            return [max(counts.values(), key=lambda x: x[1])[0]]
    return []


def _subject_told_by_role(ctx: EventContext, tok, gender: str | None) -> PersonFound | None:
    """For a pronoun inside a relative clause, the main clause's subject when the text calls it
    by a role ("The singer has been candid about his marriage to X, whom he wed in 1994")."""
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    main = next((a for a in clause.ancestors if a.pos_ in VERBS and a.dep_ in ("ROOT", "conj")), None)
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None) if main is not None else None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None and subj.i < tok.i else None
    if owner is not None and subj.lemma_ in UNION_NOUNS:
        # "the prince's best-known relationship was with X, whom he dated": the prince
        found = [ctx.person(owner)] if ctx.person(owner) else (
            _resolve_role(ctx, owner, []) if owner.lower_ in lexicon()["person_roles"] else [])
        return found[0] if found and _fits(ctx, found[0], gender) else None
    if subj is None or subj.i > tok.i or subj.lower_ not in lexicon()["person_roles"] \
            or not any(c.lower_ == "the" for c in subj.children):
        return None
    found = _resolve_role(ctx, subj, [])
    return found[0] if found and _fits(ctx, found[0], gender) else None


def _subject_pronoun(ctx: EventContext, k: int, gender: str):
    """The first "he"/"she" of sentence k that is a subject and of `gender`, if any."""
    span = ctx.sent(k)
    for t in span if span else []:
        if t.lower_ in ("he", "she") and t.dep_.startswith("nsubj") and PRONOUN_GENDER[t.lower_] == gender:
            return t
    return None


def _main_clause_pronoun(tok):
    """The same subject pronoun of the clause a relative clause hangs on: "whom he had met"
    in "he married X, whom he had met on a cruise"."""
    if tok.dep_ != "nsubj" or tok.lower_ not in ("he", "she"):
        return None
    verb = nearest_verb(tok.head)
    if verb is None or verb.dep_ != "relcl":
        return None
    main = nearest_verb(verb.head)
    if main is None or main.i == verb.i:
        return None
    return next((c for c in main.children if c.dep_ == "nsubj" and c.lower_ == tok.lower_), None)


def _child_in_passing(ctx: EventContext, ref) -> bool:
    """"They had two sons, Julian and Sebastian. Two years later he married …": a child named
    as no clause's subject is not who the next "he" is, when a couple's event follows."""
    if ctx.current_type not in PAIR_TYPES - {"birth"}:
        return False
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    child = ctx.has_child_role(ref.person)
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # ("two sons, Tomás, 15, and Bruno, 13": Bruno is one of the sons)
        child = child or tok.lemma_ in event_words("child_nouns") or tok.lower_ in lexicon()["kin_plural"]
    return child and not tok.dep_.startswith("nsubj")


def resolve_group(ctx: EventContext, tok, k: int, exclude=()) -> list[PersonFound]:
    """they/the couple/the pair: two people named earlier in the sentence, else the last couple."""
    a = ctx.sentences[k][0]
    before: list[PersonFound] = []
    span = ctx.doc.char_span(*ctx.sentences[k], alignment_mode="expand")
    # "X was seen with the couple": an object group never holds the clause's own subject
    is_object = tok.dep_ in ("pobj", "dobj", "dative")
    # ("… a romance with singer X — a story Ashdown and X always denied — and the couple
    # divorced in 1990": names inside a dashed aside are not the couple)
    dashes = [t.i for t in span if t.text in ("\u2014", "\u2013") and t.i < tok.i] if span is not None else []
    aside = {i for x, y in zip(dashes[::2], dashes[1::2]) for i in range(x, y)}
    for t in span if span is not None and not is_object else []:
        if t.i >= tok.i:
            break
        if t.i in aside:
            continue
        if t.dep_ == "poss":
            continue  # "Flanagan's mother and the couple": Flanagan is not one of the pair
        if ctx.person(t) and ctx.has_child_role(ctx.person(t)):
            continue  # "shares Oisín with his former partner X; the pair split": not the son
        if ctx.person(t) and _set_against(t):
            continue  # "Before Haddad, the DJ spent three years with X; the pair split": not Haddad
        if ctx.person(t):
            found = [ctx.person(t)]
        elif t.lower_ in ("he", "she") and t.dep_.startswith("nsubj"):
            found = resolve_single(ctx, t, k)
        elif t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN") and t.lower_ in lexicon()["person_roles"] \
                and any(c.lower_ == "the" for c in t.children):
            found = _resolve_role(ctx, t, before)  # "the DJ spent three years with X"
        elif t.dep_.startswith("nsubj") and t.text in lexicon()["demonyms"] and any(c.lower_ == "the" for c in t.children):
            found = _demonym_person(ctx, t, before)  # "the Croatian was linked to X; the two split"
        else:
            found = []
        for p in found:
            if p and p not in before:
                before.append(p)
    if len(before) >= 2:
        return before[-2:]
    if len(before) == 1 and tok.dep_ == "poss":
        partner = _partner_of(ctx, before[0], tok.idx, exclude)
        if partner is not None:  # "The British actress gave birth to the couple's second child": hers
            return [before[0], partner]
    section = _section_couple(ctx, a, exclude)
    if section:
        return section  # "## 2019–2022: Marcus Oyelaran" … "the pair split in August 2022"
    pair = _pair_of_sentence_before(ctx, k, exclude, tok) or (
        [] if ctx.cast.in_range(a, tok.idx) else _spouses_of_sentence_before(ctx, k, exclude)) \
        or _partners_of_sentence_before(ctx, k, exclude)
    if pair:
        return pair  # "X watched the set with Y. The two have been dating since May"
    # the last couple told; for a legal event, the sides of the last legal one ("the two settled")
    told = [ev for ev in ctx.events if ev.sentence[0] <= a and not set(map(id, ev.parents or ev.people)) & set(map(id, exclude))]
    section = person_section(ctx, a)
    if section is not None:  # "## Sean Kilbride" … "the pair divorced": a couple of his section
        told = [ev for ev in told if ev.sentence[0] >= section[1]]
    item = ctx.item_start(a)
    if item is not None:  # "BABY JOY: …": one story of a roundup
        told = [ev for ev in told if ev.sentence[0] >= item]
    if ctx.current_type == "legal":
        legal = [ev for ev in told if ev.type == "legal" and len(ev.parents or ev.people) == 2]
        told = legal or told
    # (kin and friends: "queuing for coffee with her best friend, model Saoirse Quilty" makes no couple)
    blood = {id(p) for p in ctx.cast.people if ctx.cast.roles.get(id(p), set()) & (lexicon()["blood_kin"] | _FRIENDS)}
    couples = [(pair, evs) for pair, evs in _couples_told(told) if _a_couple(ctx, pair, evs, blood)]
    lead = ctx.lead_couple if section is None and item is None else []
    if lead and not set(map(id, lead)) & set(map(id, exclude)) and _new_chapter(ctx, a, couples):
        return lead  # "## Chapter two: going public (2016)" / "The pair were first photographed …"
    if lead and _reunion(tok) and any(set(map(id, pair)) == set(map(id, lead)) and any(_ends(ev) for ev in evs)
                                      for pair, evs in couples):
        return lead  # "By spring they were a couple again, and they remarried": the article's own pair
    likely = _likely_couple(ctx, tok, couples) if couples else None
    if likely is not None:
        return list(likely)
    if lead and not set(map(id, lead)) & set(map(id, exclude)) and ctx.current_type in TOGETHER | ENDINGS:
        return lead  # "Yasmin Haddad and Felix Oberhauser …" … "The pair first met in 2019"
    if couples:
        return list(couples[0][0])  # (only couples told apart: still the last of them)
    since = item if item is not None else (section[1] if section is not None else 0)
    married = [[a, b] for a, b, _ in _spouses_told(ctx) if not {id(a), id(b)} & set(map(id, exclude))
               and any(since <= m.start < tok.idx for m in a.mentions)
               and any(since <= m.start < tok.idx for m in b.mentions)]
    if married:
        return married[-1]  # "home: her husband, X, and their children" … "the couple made an appearance"
    partners = [[a, b] for a, b, _ in told_partners(ctx) if not {id(a), id(b)} & set(map(id, exclude))
                and any(since <= m.start < tok.idx for m in a.mentions)
                and any(since <= m.start < tok.idx for m in b.mentions)]
    if partners:
        return partners[-1]  # "he cheated on his fiancée, Sienna Abara" … "The pair met while filming"
    recent: list[PersonFound] = []
    for r in reversed([r for r in ctx.cast.refs if r.end <= tok.idx]):
        if r.person not in recent and all(r.person is not x for x in exclude) \
                and not ctx.has_child_role(r.person):  # (their daughter is not one of "the couple")
            recent.append(r.person)
        if len(recent) == 2:
            return recent[::-1]
    return recent


def _partner_of(ctx: EventContext, person: PersonFound, at: int, exclude=()) -> PersonFound | None:
    """The one `person` was last told with as a couple before offset `at` (an event of the two
    but a lawsuit, "her husband, X"), if any."""
    for ev in reversed([ev for ev in ctx.events if ev.sentence[0] < at]):
        group = ev.parents or ev.people
        if len(group) == 2 and person in group and ev.type != "legal":
            other = group[0] if group[1] is person else group[1]
            if other not in exclude:
                return other
    pairs = [(x, y) for x, y, _ in _spouses_told(ctx) + told_partners(ctx) if person in (x, y)]
    others = [y if x is person else x for x, y in pairs]
    others = [o for o in others if o not in exclude and any(m.start < at for m in o.mentions)]
    return others[-1] if others else None


TOGETHER = {"dating", "engaged", "married", "sighting", "birth", "met"}


_REUNIONS = {"back-together", "rekindle"}


def _pair_of_sentence_before(ctx: EventContext, k: int, exclude=(), word=None) -> list[PersonFound]:
    """The two people the sentence before names together ("X … with Y"), when it tells no
    event: a group word right after them means them, not a couple told further back."""
    if k == 0 or ctx.current_type == "legal" or any(ev.sentence == ctx.sentences[k - 1] for ev in ctx.events):
        return []
    refs = ctx.refs_in(k - 1)
    named = list({id(r.person): r.person for r in refs}.values())
    if len(named) != 2 or any(ctx.has_child_role(p) for p in named) or set(map(id, named)) & set(map(id, exclude)):
        return []
    second = next(r for r in refs if r.person is not refs[0].person)
    span = ctx.doc.char_span(second.start, second.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    while tok is not None and tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok:
        tok = tok.head
    # together in that sentence: "X watched the set … with Y", "… with her boyfriend, DJ Y",
    # "It's over for Love Villa favourites X and Y."
    if tok is not None and tok.dep_ == "conj":
        # (not a quote's "Felix and Lotte have never been anything but collaborators", nor a
        # pair named in the paragraph before)
        a, b = ctx.sentences[k - 1]
        if "\n" in ctx.text[b:ctx.sentences[k][0]] or any(q in ctx.text[a:b] for q in QUOTES) \
                or not all(" " in p.name for p in named) \
                or (word is not None and (word.lower_ == "exes" or any(c.lower_ in ("former", "estranged") for c in word.children))):
            return []  # (nor "their kids, Jude and Poppy", nor "the exes": a couple told apart)
        first = ctx.doc.char_span(refs[0].start, refs[0].end, alignment_mode="expand")
        return named if first is not None and tok.head.i == first.root.i else []
    return named if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "with" else []


def _partners_of_sentence_before(ctx: EventContext, k: int, exclude=()) -> list[PersonFound]:
    """"… leaning on his girlfriend, singer X, 26. The couple, who have been together since
    2020, …": the pair the sentence before tells by a partner word, when it tells no event."""
    if k == 0 or ctx.current_type == "legal" or any(ev.sentence == ctx.sentences[k - 1] for ev in ctx.events):
        return []
    a, b = ctx.sentences[k - 1]
    told = [[x, y] for x, y, _ in told_partners(ctx) if not {id(x), id(y)} & set(map(id, exclude))
            and any(a <= m.start < b for m in y.mentions)]
    return told[-1] if len(told) == 1 else []


def _spouses_of_sentence_before(ctx: EventContext, k: int, exclude=()) -> list[PersonFound]:
    """The only two people of the sentence before, when it tells them married ("X, 41, and
    his wife of eight years, Y, are a family of five. Their son, Anders, was born …"), for a
    group word in a sentence that names nobody before it."""
    if k == 0 or ctx.current_type == "legal":
        return []
    named = list({id(r.person): r.person for r in ctx.refs_in(k - 1)}.values())
    if len(named) != 2 or set(map(id, named)) & set(map(id, exclude)):
        return []
    spouses = {frozenset((id(a), id(b))) for a, b, _ in _spouses_told(ctx)}
    return named if frozenset(map(id, named)) in spouses else []


def person_section(ctx: EventContext, at: int) -> tuple[PersonFound, int] | None:
    """The person a section is about, when its heading is that person's name and nothing else
    ("## Sean Kilbride" in a where-are-they-now piece), with where the section starts."""
    heads = [(start, end) for start, end in ctx.section_headings if end < at]
    if not heads:
        return None
    if heads[-1] not in ctx.person_sections:  # asked for every pronoun: worked out once a heading
        ctx.person_sections[heads[-1]] = _heading_person(ctx, *heads[-1])
    return ctx.person_sections[heads[-1]]


def _heading_person(ctx: EventContext, line_start: int, line_end: int) -> tuple[PersonFound, int] | None:
    refs = [r for r in ctx.cast.in_range(line_start, line_end) if r.kind == "name"]
    if len({id(r.person) for r in refs}) != 1:
        return None
    rest = ctx.text[line_start:refs[0].start] + ctx.text[refs[-1].end:line_end]
    if re.search(r"\w", rest.replace("#", "")):
        return None  # "## 2019–2022: Marcus Oyelaran": a stretch of the main person's life
    return refs[0].person, line_end


def _section_couple(ctx: EventContext, at: int, exclude=()) -> list[PersonFound]:
    """The couple a section heading names ("## Marcus Adeyemi-Clarke & Yuki Tanabe"), or the
    article's main person with the one person it names ("## 2019–2022: Marcus Oyelaran"),
    for group words under it."""
    heads = [(start, end) for start, end in ctx.section_headings if end < at]
    if not heads:
        return []
    line_start, line_end = heads[-1]
    named = list({id(r.person): r.person for r in ctx.cast.in_range(line_start, line_end)}.values())
    if len(named) == 1 and person_section(ctx, at) is not None:
        return []  # a section about one person: the couple is one told in it
    if len(named) == 1 and ctx.main_person is not None and _named_in_section(ctx, ctx.main_person, line_end):
        # (not "## 3. Nadia Haddad's date night", a roundup's item the main person is not in)
        main = ctx.main_person
        named = [main] + named if main is not named[0] else []
    if len(named) != 2 or set(map(id, named)) & set(map(id, exclude)):
        return []
    pair = set(map(id, named))
    if any(line_end <= ev.sentence[0] < at and len({id(p) for p in ev.people} - pair) == 1
           and len({id(p) for p in ev.people} & pair) == 1 for ev in ctx.events):
        return []  # "## Saoirse and the footballer" … "Kilbane went public with X … They split": that couple
    return named


def _named_in_section(ctx: EventContext, person: PersonFound, start: int) -> bool:
    """Is `person` named in the section that starts at `start` (up to the next heading)?"""
    end = min((a for a, _ in ctx.section_headings if a >= start), default=len(ctx.text))
    return any(start <= m.start < end for m in person.mentions)


def _set_against(tok) -> bool:
    """A name under "before", "after", "unlike" or "like": set against the sentence's people."""
    head = tok
    while head.dep_ in ("compound", "flat", "appos", "conj") and head.head.i != head.i:
        if head.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.head.children):
            return False  # "Before Tessa, Wade was briefly engaged …" parsed as a list: Wade is the subject
        head = head.head
    prep = head.head
    # (near it: a parse may hang a whole clause's object on the name, "Before Castillo, the
    # chef dated singer X" with X in apposition to Castillo)
    return head.dep_ == "pobj" and prep.lower_ in ("before", "after", "unlike", "like", "besides") \
        and 0 < tok.i - prep.i <= 6


def ref_set_against(ctx: EventContext, ref) -> bool:
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and _set_against(span.root)


def _couples_told(told: list[Draft]) -> list[tuple[tuple[PersonFound, PersonFound], list[Draft]]]:
    """Couples of the events told so far, the most recently told first, each with its events."""
    out: dict[tuple[int, int], tuple[tuple[PersonFound, PersonFound], list[Draft]]] = {}
    for ev in told:
        group = ev.parents or ev.people
        if len(group) == 2:
            key = pair_key(ev)
            pair, events = out.pop(key, (tuple(group), []))
            out[key] = (pair, events + [ev])
    return list(reversed(out.values()))


def _likely_couple(ctx: EventContext, tok, couples) -> tuple[PersonFound, PersonFound] | None:
    """The couple "the couple" / "the newlyweds" means: the last one told, unless what is
    told now cannot be theirs. "Achebe and Voss split that December. The pair were
    photographed holding hands …" is a couple still together, and "the newlyweds" are a
    couple who married. None when no couple told fits."""
    newlyweds = tok.lower_ in ("newlyweds", "newlywed")
    exes = tok.lower_ == "exes" or any(c.lower_ in ("former", "estranged") for c in tok.children) \
        or ctx.current_rule in _REUNIONS  # "back together": a couple that had split
    together = ctx.current_type in TOGETHER
    # "The exes, who wed in 2008, …": a clause on the word looks back to when they were together
    looking_back = any(c.dep_ == "relcl" for c in tok.children)
    for pair, events in couples:
        if newlyweds and not any(ev.type == "married" for ev in events):
            continue
        if exes and together and not any(_ends(ev) for ev in events) and not looking_back:
            continue  # "the exes were spotted holding hands": a couple told apart
        last = events[-1]
        if (together or newlyweds) and not exes and (last.type in ENDINGS or (_ends(last) and ctx.current_type != "dating")) \
                and not _before(ctx.current_when, last.when):
            continue  # ("The pair, who wed in 2019," after their divorce: told looking back)
        return pair
    return None


_FRIENDS = {"friend", "pal", "bestie", "bff", "confidant", "confidante"}


def _a_couple(ctx: EventContext, pair, events: list[Draft], blood: set[int]) -> bool:
    """May a pair told together be who "the pair" is? Not "seen with her mother, X", nor
    "where her grandparents, X and Y, were married" (but "The Duke's father, Hugo, met the
    model X in 1984" is a couple); and a romance told only to be denied has no history to
    tell, though the pair may be seen again."""
    if any(id(p) in blood for p in pair) and (all(ev.type == "sighting" for ev in events)
                                              or not any(_told_by_name(pair, ev) for ev in events)):
        return False
    return ctx.current_type == "sighting" or not all(ev.claim == "denied" for ev in events)


def _told_by_name(pair, ev: Draft) -> bool:
    """Is the event told of the couple, both by name, in a main clause (not "the barn where
    her grandparents, X and Y, were married")?"""
    root = ev.trigger.root
    if ev.type not in (TOGETHER | ENDINGS) - {"sighting"} \
            or any(t.dep_ in ("relcl", "acl", "advcl") for t in [root, *root.ancestors]):
        return False  # (nor "Graham and Wendy, who marked 35 years of marriage")
    a, b = ev.sentence
    return all(any(a <= m.start < b for m in p.mentions) for p in pair)


def _new_chapter(ctx: EventContext, at: int, couples) -> bool:
    """Is `at` in a section of a story told in chapters, before any couple of that section?
    There the pair is the article's own couple, not the ex the chapter before ended on."""
    heads = [start for start, end in ctx.section_headings if start <= at]  # (the heading itself too)
    return bool(heads) and not any(ev.sentence[0] >= heads[-1] for _, evs in couples for ev in evs)


def _reunion(tok) -> bool:
    """"they were a couple again", "they remarried": told of a couple that had split."""
    return any(t.lemma_ in ("remarry", "reunite", "reconcile")
               or (t.lower_ == "again" and t.i > 0 and t.doc[t.i - 1].lower_ in ("couple", "item"))
               for t in tok.sent)


def _ends(ev: Draft) -> bool:
    """A told end of a couple, or "his former girlfriend, X" / "a past relationship with X"
    (a dating the text calls over)."""
    root = ev.trigger.root
    past = root.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("previous", "former", "past", "earlier", "old")
                                       for c in root.children)
    return ev.type in ENDINGS or (ev.type == "dating" and (ev.implied or past))


def _before(when: When | None, other: When | None) -> bool:
    return when is not None and other is not None and when.end <= other.start


def _resolve_role(ctx: EventContext, tok, have: list[PersonFound]) -> list[PersonFound]:
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
    # in a story of its own (a section whose heading names people, an item of a roundup),
    # "the rapper" is first sought among the people named in it
    floor = _story_start(ctx, tok.idx)
    if floor is not None:
        found = _role_among(ctx, tok, have, gender, [r for r in ctx.cast.refs if floor <= r.start and r.end <= tok.idx])
        if found:
            return found
    return _role_among(ctx, tok, have, gender, [r for r in ctx.cast.refs if r.end <= tok.idx])


def _role_among(ctx: EventContext, tok, have: list[PersonFound], gender: str | None, refs) -> list[PersonFound]:
    # "The Glass Orchard star and the Norwegian, 30, …": not whom a later epithet of the sentence is
    k = ctx.sentence_of(tok.idx)
    have = have + [r.person for r in ctx.refs_in(k) if r.kind == "epithet" and r.start > tok.idx]
    for r in reversed([r for r in refs if r.kind == "epithet"]):
        if r.person not in have and ctx.text[r.start:r.end].lower().endswith(tok.lower_) \
                and (not gender or ctx.cast.gender_of(r.person) in (None, gender)):
            return [r.person]  # "the singer" already stood for someone
    trade = trade_told(tok)
    fallback, unknown = None, None
    # "Before Castillo, the chef dated …": not Castillo, wherever else she is named
    against = {id(r.person) for r in ctx.refs_in(k) if ref_set_against(ctx, r)}
    for r in reversed(refs):
        p = r.person
        if p in have or id(p) in against:
            continue
        if ctx.has_child_role(p) or ctx.cast.roles.get(id(p), set()) & lexicon()["blood_kin"] \
                or (p.age is not None and p.age < 16):
            continue  # "their son, Jun", "the bride-to-be's mother, Rania Haddad": not "the actor"
        fallback = fallback or p
        roles = ctx.cast.roles.get(id(p), set()) & lexicon()["person_roles"] - {"star"}  # trades, not "sister"
        if roles and not any(same_trade(tok.lower_, r) for r in roles):
            continue
        if roles and trade is not None and not roles & trade:
            continue  # "the soccer star" is not the model
        if gender and ctx.cast.gender_of(p) not in (None, gender):
            continue
        if roles:
            return [p]  # the one the text calls a chef beats one whose trade it never told
        if unknown is not None and gender and ctx.cast.gender_of(unknown) is None \
                and ctx.cast.gender_of(p) == gender and ctx.sentence_of(r.start) >= k - 4:
            return [p]  # "the actress": a woman named just before beats a name of unknown gender
        unknown = unknown or p
    return [unknown or fallback] if unknown or fallback else []


def _story_start(ctx: EventContext, at: int) -> int | None:
    """Where the story holding offset `at` starts, when the article is made of several: the
    last section heading that names someone, or the last item of a roundup."""
    starts = [start for start, end in ctx.section_headings if end < at and ctx.cast.in_range(start, end)]
    item = ctx.item_start(at)
    starts += [item] if item is not None else []
    return max(starts) if starts else None


def _demonym_person(ctx: EventContext, tok, have: list[PersonFound]) -> list[PersonFound]:
    """"the Croatian": the person last introduced with that word ("Croatian tennis star Petra
    Mandić"), else the most recent person named who is not set against the sentence."""
    against = {id(r.person) for r in ctx.refs_in(ctx.sentence_of(tok.idx)) if ref_set_against(ctx, r)}
    before = [r for r in ctx.cast.refs if r.end <= tok.idx and r.person not in have and id(r.person) not in against
              and not ctx.has_child_role(r.person)]
    introduced = introduced_as(ctx.text, before, tok.text, tok.idx)
    if introduced:
        return [introduced[-1].person]
    return [before[-1].person] if before else []


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


def people_of(ctx: EventContext, tok, k: int, have: list[PersonFound], attrib: set[int]) -> list[PersonFound]:
    if tok.i in attrib:
        return []
    p = ctx.person(tok)
    if p:
        return [p]
    low = tok.lower_
    if low in SINGLE_PRONOUNS:
        return resolve_single(ctx, tok, k)
    if low in SINGULAR | PLURAL:
        return first_person(ctx, tok, k, people_of)
    if tok.lemma_ == "parent" and tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "nsubjpass") \
            and any(c.lower_ in _NEW for c in tok.children):
        return _new_parents(ctx)  # "the new parents were photographed leaving the hospital"
    plural_role = tok.tag_ == "NNS" and (tok.lemma_ in lexicon()["person_roles"] or tok.lemma_ == "lead")
    if low in GROUP_WORDS or (tok.lemma_ in GROUP_WORDS and any(c.lower_ == "the" for c in tok.children)) \
            or (plural_role and tok.left_edge.lower_ == "the"):
        # ("the Blackwater Bay leads met in 2014", "the co-stars")
        named = _pair_named_after(ctx, tok)
        if named:
            return named  # "Exes Claire Moreau and Ivo Hartmann came face to face"
        exclude = have if tok.dep_ in ("pobj", "dobj", "dative") else ()
        return resolve_group(ctx, tok, k, exclude)
    if tok.text in lexicon()["demonyms"] and any(c.lower_ == "the" for c in tok.children) and tok.dep_ != "compound":
        return _demonym_person(ctx, tok, have)  # "the Croatian was linked to …"
    if ctx.current_type == "sighting" and tok.pos_ == "NOUN" and low in lexicon()["person_roles"] \
            and any(c.dep_ == "poss" for c in tok.children):
        named = _apposed_name(ctx, tok)
        if named:
            return named  # "queuing for coffee with her best friend, model Saoirse Quilty"
    if tok.pos_ == "NOUN" and (low in lexicon()["person_roles"] or low in _WEDDING_ROLES) \
            and any(c.lower_ == "the" for c in tok.children):
        # (an apposition right beside the noun: not a name the parse hung on it from the far end of
        # the sentence, "the Lowlands star had been seen … with her best friend, model Saoirse Quilty")
        named = [ctx.person(c) for c in tok.children if c.dep_ in ("appos", "compound") and ctx.person(c)
                 and c.left_edge.i <= tok.i + 3]
        if tok.dep_ == "appos" and ctx.person(tok.head):
            named.append(ctx.person(tok.head))  # "Callum Reyes, the footballer she was seen with"
        return named[:1] or _resolve_role(ctx, tok, have)  # "the architect Grant Hollis" is Hollis
    if tok.pos_ == "NOUN" and low in event_words("spouse_nouns") | event_words("partner_nouns"):
        if tok.dep_ == "appos" and ctx.person(tok.head):
            return [ctx.person(tok.head)]  # "stylist Imogen Tate, his girlfriend of four years": Tate
        if any(c.dep_ == "poss" and c.lower_ == "my" for c in tok.children):
            return _apposed_name(ctx, tok) or partner_of(ctx, tok, people_of)  # "my husband"
        return _apposed_name(ctx, tok) or _unnamed_partner(ctx, tok, k) or _spouse_told(ctx, tok, k) \
            or _section_partner(ctx, tok, have)
    if low == "ex" and tok.pos_ in ("NOUN", "PROPN"):
        return _apposed_name(ctx, tok) or _ex_of(ctx, tok, k)  # "The billionaire and his ex met …"
    if tok.pos_ == "NOUN" and (low in lexicon()["kin"] or low in lexicon()["kin_plural"]):
        # "the death of Delaney’s father, jazz trumpeter Otis Delaney"; "his parents, Graham and Wendy"
        return _apposed_name(ctx, tok) or _kin_named_before(ctx, tok, have)
    if low == "old":
        return _person_of_age(ctx, tok)
    family = _surname_bearers(ctx, tok) if tok.pos_ == "PROPN" and low.endswith("s") else []
    if family:
        return family
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in lexicon()["person_roles"] and nxt.pos_ != "NOUN" \
            and any(c.lower_ == "the" for c in tok.children):
        return _resolve_role(ctx, nxt, have)  # "The former Lakers forward" with "forward" read as an adverb
    return []


_NEW = {"new", "proud", "first-time", "doting"}


def _new_parents(ctx: EventContext) -> list[PersonFound]:
    """The grown-ups of the birth told last."""
    births = [e for e in ctx.events if e.type == "birth"]
    if not births:
        return []
    birth = births[-1]
    return list(birth.parents) or [p for p in birth.people if not ctx.has_child_role(p)
                                   and not (p.age is not None and p.age < 16)]


def _section_partner(ctx: EventContext, tok, have: list[PersonFound]) -> list[PersonFound]:
    """"## Magnus and Anja Sandell" … "The TV host and his wife filed for divorce": the wife is
    whichever of the heading's couple the event does not have yet."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
        return []
    couple = _section_couple(ctx, tok.idx)
    rest = [p for p in couple if p not in have]
    return rest if len(rest) == 1 else []


def _surname_bearers(ctx: EventContext, tok) -> list[PersonFound]:
    """"The Sandells": the grown-ups of the article who bear that surname, when two do."""
    if not any(c.lower_ == "the" for c in tok.children):
        return []
    surname = tok.text[:-1]
    bearers = [p for p in ctx.cast.people if len(p.name.split()) > 1 and p.name.split()[-1] == surname
               and not ctx.has_child_role(p) and not (p.age is not None and p.age < 18)]
    return bearers if len(bearers) == 2 else []


_WEDDING_ROLES = {"bride", "groom", "newlywed", "widow", "widower", "birthday"}  # "the bride-to-be"


def _person_of_age(ctx: EventContext, tok) -> list[PersonFound]:
    """"The 31-year-old split from …": the one person named before with that age."""
    doc = ctx.doc
    i = tok.i
    if i < 4 or doc[i - 2].lower_ != "year" or not doc[i - 4].like_num or not doc[i - 4].text.isdigit():
        return []
    age = int(doc[i - 4].text)
    named = {id(r.person): r.person for r in ctx.cast.refs if r.end <= tok.idx and r.person.age == age}
    return list(named.values()) if len(named) == 1 else []


_SPOUSE_EVENTS = {"married", "divorced", "separated", "engaged"}


def _spouse_told(ctx: EventContext, tok, k: int) -> list[PersonFound]:
    """"her first husband, who died in 2009": the one the article has married her to (the
    first of them for "first", else the last)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    owner = ctx.person(poss) or next(iter(resolve_single(ctx, poss, k)), None)
    if owner is None:
        return []
    kinds = _SPOUSE_EVENTS if tok.lower_ in event_words("spouse_nouns") else {"dating", "engaged", "breakup"}
    told = [e for e in ctx.events if e.type in kinds and len(e.people) == 2 and owner in e.people]
    if not told:
        return []
    if any(c.lower_ == "first" for c in tok.children):  # the earliest dated, else the first told
        told = sorted(told, key=lambda e: (e.when is None, e.when.start if e.when else None))[:1]
    return [next(p for p in told[-1].people if p is not owner)]


def _ex_of(ctx: EventContext, tok, k: int) -> list[PersonFound]:
    """"his ex": the one the article told as his former partner (a couple that split or
    divorced, or "his ex-wife, X")."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    owner = ctx.person(poss) or next(iter(resolve_single(ctx, poss, k)), None)
    if owner is None:
        return []
    told = [e for e in ctx.events if len(e.people) == 2 and owner in e.people and _ends(e)]
    return [next(p for p in told[-1].people if p is not owner)] if told else []


def _pair_named_after(ctx: EventContext, tok) -> list[PersonFound]:
    """The two names a group noun opens: "Exes X and Y", "the couple, X and Y,"."""
    end = tok.idx + len(tok.text)
    refs = [r for r in ctx.cast.refs if end <= r.start <= end + 80 and r.kind == "name"]
    if len(refs) < 2 or not re.fullmatch(r",?\s+", ctx.text[end:refs[0].start]) \
            or not re.fullmatch(r"\s+(?:and|&)\s+", ctx.text[refs[0].end:refs[1].start]) \
            or refs[0].person is refs[1].person:
        return []
    return [refs[0].person, refs[1].person]


def _apposed_name(ctx: EventContext, tok) -> list[PersonFound]:
    """"her new beau, Canadian snowboarder Luc Beaumier": the name set beside the noun, whether
    the parser hung it there or not."""
    doc = ctx.doc
    apposed = next((c for c in tok.children if c.dep_ in ("appos", "compound") and ctx.person(c)), None)
    if apposed is not None and tok.tag_ == "NNS":  # "his parents, Graham and Wendy,": all of the list
        return list({id(p): p for x in expand(apposed) for p in [ctx.person(x)] if p}.values())
    if apposed is not None:
        return [ctx.person(apposed)]  # "to childhood sweetheart Jolene Kilbride" (hung on the noun, no comma)
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    for t in doc[tok.i + 2:min(len(doc), tok.i + 8)]:
        if ctx.person(t):
            return [ctx.person(t)]
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text != "-"):  # ("British-Nigerian DJ Tobias Ekwueme")
            return []
    return []


def _unnamed_partner(ctx: EventContext, tok, k: int) -> list[PersonFound]:
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


_WITNESSES = {"witnesses", "guests", "bridesmaids", "groomsmen", "attendees"}


def expand(tok):
    """A token, its conjuncts and appositions ("the singer and her husband, Jonah Pike")."""
    out = [tok]
    for t in list(tok.conjuncts):
        out.append(t)
    for t in list(out):
        for c in t.children:
            if c.dep_ == "appos" and not any(g.lower_ == "whose" for g in c.children):
                # "Their twins, Morwenna and Jago, were born": the whole list (but "X, whose late
                # father, Johan, …" is someone else)
                out += [c] + [g for g in c.conjuncts if g not in out and t.tag_ == "NNS" and t.lower_ not in _WITNESSES]
    # "Elodie Marchetti and Owain Pritchard were spotted" parsed with the first name a modifier
    # of the second: the modifier and what it is coordinated with
    for c in [c for t in list(out) for c in t.children if c.dep_ == "nmod" and c.pos_ == "PROPN"]:
        if any(g.dep_ == "conj" for g in c.children):
            out += [c] + [g for g in c.conjuncts if g.i != tok.i]
    return out


def spouses(ctx: EventContext) -> list[tuple[PersonFound, PersonFound, When | None]]:
    """Married pairs the article tells of, with the wedding's date when known: its "married"
    events and "his wife, X" / "her husband, Y" (not "ex-wife", "former husband")."""
    pairs = [(e.people[0], e.people[1], e.when) for e in ctx.events
             if e.type == "married" and len(e.people) == 2 and e.claim != "denied"]
    return pairs + _spouses_told(ctx)


def _spouses_told(ctx: EventContext) -> list[tuple[PersonFound, PersonFound, None]]:
    """"his wife, X" / "her husband, Y" pairs, found once an article."""
    if ctx.told_spouses is None:
        ctx.told_spouses = _told_spouses(ctx)
    return ctx.told_spouses


def told_partners(ctx: EventContext) -> list[tuple[PersonFound, PersonFound, None]]:
    """"his fiancée, X" / "her boyfriend, Y" pairs (not "his wife, X": an obituary's widow is
    not whom he married first)."""
    if ctx.told_partners is None:
        ctx.told_partners = _told_spouses(ctx, "partner_nouns")
    return ctx.told_partners


def _subject_with(ctx: EventContext, noun) -> PersonFound | None:
    """"The supermodel welcomed a daughter with husband Viktor": whose husband is the
    subject of the verb "with" hangs on."""
    t = noun
    while t.dep_ in ("compound", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "with":
        return None
    verb = nearest_verb(t.head)
    for s in (c for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"):
        found = ctx.person(s) or next((ctx.person(x) for x in s.subtree if ctx.person(x)), None)
        if found is not None:
            return found
    return None


def _owner_above(ctx: EventContext, tok, gender: str | None) -> PersonFound | None:
    """The person whose noun a possessive pronoun's phrase hangs on ("X's son from his
    previous relationship"), when that noun is a kin word and the person fits."""
    kin = lexicon()["kin"]
    for anc in list(tok.ancestors)[:4]:
        if anc.pos_ in VERBS:
            return None
        if anc.lower_ in kin:
            for c in anc.children:
                if c.dep_ == "poss" and c.i != tok.i:
                    p = ctx.person(c)
                    if p is not None and _fits(ctx, p, gender):
                        return p
    return None


def _kin_named_before(ctx: EventContext, tok, have: list[PersonFound]) -> list[PersonFound]:
    """"her mother, Sigrid Aalto, divorced her father in 2008": the one person the text has
    named as someone's father ("whose father, hotelier Étienne Castellane-Roux")."""
    if tok.tag_ != "NN" or not any(c.dep_ == "poss" for c in tok.children):
        return []
    named = [p for p in ctx.cast.people if tok.lower_ in ctx.cast.roles.get(id(p), set()) and p not in have
             and any(m.start < tok.idx for m in p.mentions)]
    return named if len(named) == 1 else []


def _told_spouses(ctx: EventContext, nouns: str = "spouse_nouns") -> list[tuple[PersonFound, PersonFound, None]]:
    pairs: list[tuple[PersonFound, PersonFound, None]] = []
    for tok in ctx.word_tokens(event_words(nouns)):
        prev = ctx.doc[max(0, tok.i - 2):tok.i].text.lower()
        if any(w in prev for w in ("ex", "former", "estranged", "future", "late", "wife-to-be")):
            continue
        owner = next((ctx.person(c) or (resolve_single(ctx, c, ctx.sentence_of(c.idx)) or [None])[0]
                      for c in tok.children if c.dep_ == "poss"), None)
        owner = owner or _subject_with(ctx, tok)
        if owner is None:
            continue
        k = ctx.sentence_of(tok.idx)
        after = [r.person for r in ctx.refs_in(k) if tok.idx < r.start <= tok.idx + 70 and r.person is not owner]
        if after:
            pairs.append((owner, after[0], None))
    return pairs
