"""Relationship events: trigger patterns (resources/triggers.jsonl) matched over the parse.

This module reads each trigger into an event and drops what is not one. The work is
split by job:
- participants.py: who the event is about, from the syntax around the trigger
  (subject, objects, "with X", possessives);
- referents.py: who a pronoun, "the couple" or "the singer" stands for;
- event_dates.py: the resolved expression closest to the trigger in the dependency
  tree; chained ones ("two weeks after meeting") and durations ("dated for five years
  before marrying in 2011");
- event_followups.py: passes over all events once read; event_merge.py: one event
  for one told twice.

How the article tells each event is its claim: "stated", "hedged" ("reportedly",
"is rumored to", "amid reports that") or "denied" ("his rep denied they are
dating", credited to the denier). Negated, planned and hypothetical events ("plan
to marry this fall", "will wed in June", "did not marry") are dropped: a planned
wedding is not an event of the timeline yet. Cue words live in resources/lexicon.json.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span as SpacySpan

from .claims import attribution_of, claim_of, denies_before, quote_attribution
from .dates import resolve, years_before
from .event_basics import (DURATION, DURATION_TYPES, ENDINGS, GROUP_WORDS, PAIR_TYPES, RELATIVE, SINGLE_PRONOUNS,
                           UNION_TYPES, VERBS, an_arrest, event_words, nearest_verb)
from .event_context import Draft, EventContext
from .event_dates import (anniversary_back, apply_durations, chained_when, find_chains, governing_date, length_only,
                          milestone_years, present_state, since_day, years_after_them, years_since)
from .event_followups import (birth_followups, co_parents, counted_from_events, endings_after, married_splits,
                              other_sides, parents_of_children, tenures)
from .event_merge import dedupe
from .event_summary import place_of, summarize
from .model import EventFound, PersonFound, Span, When
from .participants import event_people, is_child, last_partner, named_pair_before, subjects, unnamed_partner
from .people import Cast, lexicon
from .referents import expand, people_of, person_section, ref_set_against, resolve_group, resolve_single
from .sentences import doc_text
from .triggers import Trigger, finder, match_triggers


def _speaker_text(ctx: EventContext, verb) -> tuple[str | None, set[int]]:
    """The subject of a speech or denial verb as written ("Kessler’s rep"); a pronoun
    subject gives the person it stands for."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None, set()
    s = subj[0]
    if s.lower_ in SINGLE_PRONOUNS:
        found = resolve_single(ctx, s, ctx.sentence_of(s.idx))
        return (found[0].name if found else None), {s.i}
    if s.lower_ in GROUP_WORDS | RELATIVE | {"i", "we", "you", "it"}:
        return None, set()
    sub = list(s.subtree)
    if len(sub) > 8:
        sub = [x for x in sub if x.i <= s.i]
    return verb.doc[sub[0].i:sub[-1].i + 1].text, {x.i for x in sub}


def find_events(doc, cast: Cast, dates, published: dt.date | None = None) -> list[EventFound]:
    """Events of `doc`, given its cast (people.find_cast), dates (dates.find_dates) and the
    publication day (for states told in the present: "have been dating")."""
    ctx = EventContext(doc, cast, dates, published)
    by_sentence: dict[int, list] = {}
    for trig, rule in _with_ended_relationships(doc, match_triggers(doc)):
        by_sentence.setdefault(ctx.sentence_of(trig.start_char), []).append((trig, rule))
    for k, group in by_sentence.items():
        _denied_after(ctx, k, by_sentence)
        sent = ctx.sent(k)
        if sent is None:
            continue
        live, dropped = [], []
        said = ctx.text[ctx.sentences[k][0]:ctx.sentences[k][1]]  # (the doc's text: a span joins its tokens anew)
        asked = said.rstrip().rstrip("\"”’'*_").endswith("?")  # "Q: When did they meet?" tells nothing
        for trig, rule in group:
            if _not_this_event(trig):
                continue  # (the word, not the event: it owns no date of the sentence either)
            claim, denier = (None, None) if asked else claim_of(trig, sent)
            (dropped if claim is None else live).append((trig, rule, claim, denier))
        chains, used = find_chains(ctx, k, [t for t, r, _, _ in live if not r.implied])
        here: list[Draft] = []
        for trig, rule, claim, denier in live:
            ev = _event(ctx, k, sent, trig, rule, claim, denier, live, dropped, used)
            if ev is not None:
                here.append(ev)
                ctx.events.append(ev)
        for ev in here:
            chain = chains.get(ev.trigger.start)
            if chain is not None:
                main = next((e for e in here if e.trigger.root.i == chain.main.i), None)
                if main is not None and main.when is None and ev.when is not None:
                    # "called it off six months after he proposed on Easter Sunday": the one told
                    # with a date dates the other
                    main.when = chained_when(ctx, chain, ev.when, forward=True)
                else:
                    ev.when = chained_when(ctx, chain, main.when if main else None)
        for ev in here:
            if ev.type == "dating" and ev.when is not None and published is not None and ev.when.start <= published \
                    and _EVER_SINCE.match(ctx.text, ev.trigger.end_char):
                # "met backstage in June 2022 and have been together ever since": to this day
                ev.when = When(ev.when.start, published, ev.when.precision, ev.when.text)
            if ev.type != "dating" and ev.when is not None and (ev.when.text or "").lower().startswith("since "):
                # "married since 2017": the wedding is the start, not the whole span to today
                ev.when = resolve(ev.when.text[6:], published) or ev.when
        _ended_together(here)
        lengths = _lengths_before_endings(ctx, here) + _marriages_from_to(ctx, k, here)
        here += lengths
        ctx.events += lengths
        apply_durations(ctx, k, here)
        for ev in here:
            if ev.when is None and ev.type == "dating" and published and present_state(ev.trigger.root):
                ev.when = When(published, published, "day")
    _denied_after(ctx, len(ctx.sentences), by_sentence)
    counted_from_events(ctx)
    tenures(ctx)
    other_sides(ctx)
    endings_after(ctx)
    birth_followups(ctx)
    parents_of_children(ctx)
    co_parents(ctx)
    married_splits(ctx)
    merged = dedupe(ctx.events, ctx.headlines)
    return [EventFound(type=e.type, people=list(dict.fromkeys(p.name for p in e.people)), when=e.when,
                       evidence=Span(*e.sentence), attribution=e.attribution, summary=summarize(e),
                       claim=e.claim)
            for e in merged]


_EVER_SINCE = re.compile(r"\s+(?:ever\s+since|since\s+then)\b", re.I)


def _denied_after(ctx: EventContext, k: int, triggered) -> None:
    """Events told just before sentence `k` that a sentence of their own then denies ("The
    Ledger claimed they had been seeing each other. His camp has always denied it.") are
    claims denied, credited to the denier."""
    if not ctx.events:
        return
    last = ctx.events[-1].sentence
    j = ctx.sentence_of(last[0]) + 1
    if j >= k or j in triggered or ctx.events[-1].sentence != ctx.sentences[j - 1]:
        return
    sent = ctx.sent(j)
    verb = denies_before(sent) if sent is not None else None
    if verb is None:
        return
    who, _ = _speaker_text(ctx, verb)
    for ev in ctx.events:
        if ev.sentence == last and ev.claim in ("stated", "hedged"):
            ev.claim, ev.attribution = "denied", who or ev.attribution


def _sentence_group(ctx: EventContext, trig, k: int) -> list[PersonFound]:
    """"They kept things professional until the season wrapped and began dating": the parse
    joins "began" to "wrapped", whose subject is the season; the sentence is still about
    "they", its main subject."""
    verb = trig.root
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "began dating": began
    if trig.root.pos_ != "VERB" or verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return []  # (a verb joined to a clause of someone else's, with no subject of its own)
    root = verb
    while root.head.i != root.i:
        root = root.head
    group = [c for c in root.children if c.dep_ == "nsubj" and c.lower_ in GROUP_WORDS]
    return resolve_group(ctx, group[0], k) if group and trig.root.i > group[0].i else []



def _that_bond(ctx: EventContext, trig) -> list[PersonFound]:
    """"That marriage ended in divorce in 2016", "He wed X in 1966, a union that ended in divorce
    in 1970": the couple of the marriage told last."""
    verb = trig.root if trig.root.pos_ in VERBS else nearest_verb(trig.root)
    bonds = [c for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
             and c.lower_ in UNION_TYPES and any(d.lower_ in ("that", "the", "this") for d in c.children)]
    if not bonds and verb is not None and verb.dep_ == "relcl" and verb.head.lower_ in UNION_TYPES \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in verb.children):
        bonds = [verb.head]
    if not bonds:
        return []
    told = [e for e in ctx.events if e.type == UNION_TYPES[bonds[0].lower_] and len(e.people) == 2]
    return list(told[-1].people) if told else []


def _other_side(ctx: EventContext, etype: str, k: int, person: PersonFound) -> list[PersonFound]:
    """"Chef X is facing a legal battle, with his wife of 25 years filing for divorce. Y, 48,
    lodged an application for divorce on Tuesday": the event told in the sentence before
    with only its other side is the same one. Else remember this side for the next sentence."""
    told = ctx.one_side
    if told is not None and told[0] == etype and told[1] == k - 1 and told[2] is not person \
            and not ctx.has_child_role(told[2]) and not ctx.has_child_role(person):
        ctx.one_side = None
        return [told[2], person]
    ctx.one_side = (etype, k, person)
    return [person]


def _owners_of_teller(ctx: EventContext, trig, k: int) -> list[PersonFound]:
    """Whose "their agencies", "her rep" tells the event, when the event names nobody else."""
    verb = nearest_verb(trig.root)
    if verb is None:
        return []
    owners = [g for c in verb.children if c.dep_ == "nsubj" and not ctx.person(c)
              for g in c.children if g.dep_ == "poss" and g.lower_ in ("their", "his", "her")]
    return list({id(p): p for o in owners[:1] for p in people_of(ctx, o, k, [], set())}.values())


def _ended_together(here: list[Draft]) -> None:
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


_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*", re.IGNORECASE)
_TILL_DEATH = re.compile(r"\b(?:until|till|to)\s+(?:his|her|their)\s+death|\buntil\s+(?:he|she)\s+died", re.IGNORECASE)


def _marriages_from_to(ctx: EventContext, k: int, here: list[Draft]) -> list[Draft]:
    """"was married to X from 2003 to 2007": the wedding is 2003 and the marriage ended in
    2007 (a divorce, unless it lasted "until his death")."""
    a, b = ctx.sentences[k]
    if not any(ev.type == "married" for ev in here) or _TILL_DEATH.search(ctx.text, a, b):
        return []
    dates = [(sp, w) for sp, w in ctx.dates if sp is not None and a <= sp.start_char < b]
    out = []
    for (first, w1), (second, w2) in zip(dates, dates[1:]):
        if not (_FROM.search(ctx.text, max(a, first.start_char - 9), first.start_char)
                and _TO.fullmatch(ctx.text, first.end_char, second.start_char)):
            continue
        for ev in here:
            if ev.type == "married" and len(ev.people) == 2 and ev.trigger.end_char <= first.start_char:
                ev.when = w1
                out.append(Draft("divorced", list(ev.people), w2, ev.sentence, ev.attribution, second, implied=True,
                                 claim=ev.claim))
                break
    return out


def _lengths_before_endings(ctx: EventContext, here: list[Draft]) -> list[Draft]:
    """"split after four years", "called it quits after 18 months": the couple who split had
    been together that long. The relationship is told only by its length, so it is implied,
    and dated back from the split (apply_durations)."""
    told = [e for e in here if e.type == "dating"]
    out = []
    for ev in here:
        if any(t.lemma_ in ("engagement", "marriage") for t in ev.trigger):
            continue  # "ended the engagement after six months": the engagement's length
        if ev.type != "breakup" or len(ev.people) != 2 or any(
                set(map(id, e.people)) == set(map(id, ev.people)) for e in told):
            continue
        verb = ev.trigger.root if ev.trigger.root.pos_ in VERBS else nearest_verb(ev.trigger.root)
        for prep in (c for c in (verb.children if verb is not None else ()) if c.dep_ == "prep" and c.lower_ == "after"):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is None or obj.lemma_ not in ("year", "month", "decade"):
                continue  # ("after a two-year romance" is the romance's own length)
            span = ctx.doc[prep.i + 1:obj.i + 1]
            if any(c.dep_ == "prep" for c in obj.children) or not DURATION.fullmatch(span.text):
                continue  # "after six years of marriage": a marriage, told elsewhere
            out.append(Draft("dating", list(ev.people), None, ev.sentence, ev.attribution, span, implied=True,
                             claim=ev.claim))
    return out


def _with_ended_relationships(doc, found):
    """"ended her four-year relationship with X", "his first marriage, to X, ended in 2005": the
    ending, and the relationship it ends (whose length dates it), are two events though one
    pattern covers both."""
    rules = finder(doc.vocab).triggers
    for trig, rule in found:
        noun = next((t for t in trig if t.lower_ in ("relationship", "romance", "courtship")), None)
        if rule.label in ENDINGS and len(trig) > 1 and noun is not None \
                and DURATION.search(doc[noun.left_edge.i:noun.i + 1].text):  # "a five-year relationship, which ended"
            yield doc[noun.i:noun.i + 1], rules["dating/relationship"]  # first: the couple's last event is its end
        if rule.id == "marriage-ended":  # "his first marriage, to X, ended in 2005 after eleven years"
            if not re.match(r",?\s+to\s", doc_text(doc)[trig[0].idx + len(trig[0].text):]):
                continue  # "the reason her marriage ended": to whom, the words do not say
            yield doc[trig.start:trig.start + 1], rules["married/wed"]
        yield trig, rule
        if rule.id == "relationship":  # "a five-year relationship with X, which ended in 2016"
            for c in trig.root.subtree:  # (the parser may hang "which ended" on the partner's name)
                if c.dep_ == "relcl" and c.lemma_ in ("end", "fizzle", "collapse", "crumble") \
                        and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children):
                    yield doc[c.i:c.i + 1], rules["breakup/relationship-ended"]


def _event(ctx: EventContext, k: int, sent, trig, rule: Trigger, claim: str, denier, live, dropped,
           used) -> Draft | None:
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
    if len(trig) == 1 and root.tag_ == "NNS" and root.pos_ == "NOUN" and rule.label in ENDINGS | {"married", "engaged"} \
            and not any(c.dep_ in ("det", "poss") for c in root.children):
        return None  # "Both have been through high-profile splits": a kind of event, none in particular
    siblings = {t.root.i for t, _, _, _ in live if t != trig}
    ctx.current_type, ctx.current_rule = rule.label, rule.id
    # ("were photographed holding hands on a beach over Labor Day weekend": one sighting)
    others = [t.root for t, r, _, _ in live if t != trig
              and not (r.label == rule.label and t.root.i in {x.i for x in trig.root.subtree}
                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.root.children))]
    if rule.needs_filing and not _filed(trig.root):
        return None  # "the papers reported", not "filed the papers"
    if rule.needs_child and not _welcomes_a_child(ctx, trig.root):
        return None  # "welcomed guests", "welcomed Obama to the show"
    if trig.root.lower_ in event_words("filing_nouns") and _filed(trig.root):
        told = _filing_of(ctx, k, event_people(ctx, trig, rule.label, k, attrib_tokens, siblings))
        if told is not None:  # "X filed for divorce. … He filed the petition on Friday"
            filed = governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
            if told.when is None or (filed is not None and told.when.precision == "approximate"):
                told.when = filed  # the day the papers went in beats one worked out from a duration
            return None
    if _anaphoric(ctx, trig, rule.label):
        # "the split happened over Labor Day weekend": the date of the event already told
        told = next((e for e in reversed(ctx.events) if e.type == rule.label), None)
        when = governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
        # (the couple of the family's last event: "they wed in 1963, separated two years later,
        # and the divorce was finalised in 1967")
        kin = next((e for e in reversed(ctx.events) if e.type in _family(rule.label) and len(e.people) == 2), None)
        if kin is not None and when is not None and _finalised(trig) and not (
                kin.type == rule.label and _overlaps(when, kin.when)):
            # "Voss filed for divorce that November. The divorce was finalised the following
            # spring": the end of the process is an event of its own
            return Draft(rule.label, list(kin.people), when, ctx.sentences[k], attribution, trig)
        if told is None and kin is not None and when is not None and kin.type != rule.label and rule.label == "divorced":
            # "The couple separated …, and the divorce, finalised in 2001, …": the divorce of
            # the couple last told in that story, though never told before
            return Draft(rule.label, list(kin.people), when, ctx.sentences[k], attribution, trig)
        if told is not None and told.when is None:
            told.when = when
        return None
    when = governing_date(ctx, trig, k, rule.label, others, [t.root for t, _, _, _ in dropped], used)
    milestone = milestone_years(trig.root) if rule.label == "married" else None
    since = years_since(trig)
    after = years_after_them(trig) if rule.label in PAIR_TYPES and when is not None else None
    if milestone:
        when = years_before(when, milestone)  # "marked 35 years of marriage last year": 35 years before
    elif after:
        when = years_before(when, after)  # "celebrated on Saturday — fifty years to the day after they wed"
    elif since:
        when = since_day(when, ctx.published, since)
    elif rule.label in DURATION_TYPES and length_only(trig.root):
        when = None  # "after two decades of marriage": dated back from the ending (apply_durations)
    ctx.current_when = when
    people = list({id(p): p for p in event_people(ctx, trig, rule.label, k, attrib_tokens, siblings, rule.id)}.values())
    if not people and rule.label in PAIR_TYPES:
        people = _owners_of_teller(ctx, trig, k)  # "their agencies confirmed a split in 2021": theirs
    if not people and rule.label in PAIR_TYPES:
        people = _sentence_group(ctx, trig, k)
    if not people and rule.label in PAIR_TYPES:
        people = _that_bond(ctx, trig)
    if not people and rule.label == "legal":
        prior = [e for e in ctx.events if e.type == "legal" and e.people]
        people = list(prior[-1].people) if prior else []
    if len(people) == 1 and rule.label == "legal" and not an_arrest(trig):
        people = _sides_told(ctx, people[0]) or people  # "Fontaine filed the suit": against whom, told before
    if rule.label == "legal" and _the_case_told(trig):
        # "A judge signed the order on Monday, requiring Blackwood to stay away from … her brother":
        # the sides of the case told just before, not whoever the order names
        first = ctx.sentences[max(0, k - 3)][0]
        prior = [e for e in ctx.events if e.type == "legal" and len(e.people) >= 2 and e.sentence[0] >= first]
        people = list(prior[-1].people) if prior else people
    if rule.label == "legal" and len(people) > 1:  # "Judge Marisa Okafor granted the order": not a side
        people = [p for p in people if not _on_the_bench(ctx, p)] or people
    if rule.label == "legal" and people and all(_on_the_bench(ctx, p) for p in people):
        people = _sides_told(ctx) or people  # "Justice Miriam Reid threw out the case on Tuesday"
    if rule.label == "death" and len(people) > 1:  # "The couple divorced in 1959, and Lacey … died in 1998"
        verb = trig.root if trig.root.pos_ in VERBS else nearest_verb(trig.root)
        dead = [ctx.person(x) for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                for x in expand(c) if ctx.person(x)]  # the one named, not "the couple" the parse joined to it
        people = [p for p in people if p in dead] or people
    if rule.label in PAIR_TYPES and len(people) > 2:  # "married X, and the couple had one daughter"
        adults = [p for p in people if not ctx.has_child_role(p)]
        people = adults if len(adults) >= 2 else people
    children = [p for p in people if ctx.has_child_role(p) and p is not ctx.main_person]
    if rule.label in PAIR_TYPES - {"sighting", "birth"} and len(people) == 2 and children:
        # "she packed up Claudette and moved out, and … filed for divorce": a daughter is no spouse
        people = [p for p in people if p not in children]
    if rule.label in PAIR_TYPES - {"sighting", "birth"} and len(people) > 2:
        # "The billionaire and his ex met …, attended by … Beatriz Alcántara" with the guest
        # parsed as an object: a couple that is the subject is the whole couple
        pair = _subject_pair(ctx, trig, k, attrib_tokens)
        people = pair if len(pair) == 2 else people
    if rule.label in PAIR_TYPES and len(people) < 2 and not unnamed_partner(ctx, trig):
        pair = named_pair_before(ctx, trig, k)
        if pair and (not people or people[0] in pair):
            people = pair
    if rule.label in DURATION_TYPES and len(people) < 2 and length_only(trig.root):
        # "divorced his first wife … in 2016 after eleven years of marriage": the couple who split
        ended = [e for e in ctx.events if e.sentence == (a, b) and e.type in ENDINGS and len(e.people) == 2]
        people = list(ended[-1].people) if ended else people
    if rule.label in PAIR_TYPES and len(people) == 1 and trig.root.pos_ in VERBS | {"ADJ"} \
            and not unnamed_partner(ctx, trig):
        people += last_partner(ctx, people[0], k, attrib_tokens)  # "the actor had proposed"
    if rule.label in PAIR_TYPES and len(people) == 1 and not unnamed_partner(ctx, trig):
        section = person_section(ctx, a)  # "## Sean Kilbride" … "A second marriage, to X, followed"
        if section is not None and section[0] is not people[0] and not ctx.has_child_role(people[0]):
            people.append(section[0])
    if rule.label in ("divorced", "separated", "breakup", "engaged") and len(people) == 1:
        people = _other_side(ctx, rule.label, k, people[0])
    if not people or (rule.label in PAIR_TYPES and len(people) < 2):
        return None
    if root.head.lower_ in ("anniversary", "anniversaries") and root.head != root:
        when = anniversary_back(root.head, when)
    if rule.id == "born-name" and when is None:
        return None  # "Born Salvatore Santangelo in Hoboken": a birth name, a birth only with its date
    ev = Draft(rule.label, people, when, (a, b), attribution, trig, place=place_of(trig, ctx.cast, ctx.ents), claim=claim)
    verb = nearest_verb(trig.root)
    ev.again = (verb is not None and any(c.dep_ == "advmod" and c.lower_ in ("also", "again") for c in verb.children)) \
        or trig.root.lemma_ == "remarry"  # "they remarried": a second wedding, not the first told again
    if rule.label == "birth" and rule.id in ("be-born", "born-in", "born-name", "child-arrived", "child-arrived-in"):
        # "Born in Dublin …, Hartigan moved" / "X was born to Y and Z" / "their son, Rohan,
        # arrived in March 2006": the one born is the child; parents are those named as whose
        # child ("their", "of", "to")
        verb = nearest_verb(trig.root)
        owners = [x for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                  for x in c.children if x.dep_ == "poss"]  # "their son, Piotr, was born"
        by_poss = list({id(p): p for x in owners for p in people_of(ctx, x, k, [], set())}.values())
        ev.parents = by_poss + [p for p in people if p not in by_poss and _named_as_parent(ctx, p, trig, sent)]
        ev.own_birth = True
        heads = [verb] + ([verb.head] if verb is not None and verb.dep_ == "advcl" else [])  # "Born in …, X grew up"
        subjects_of = [c for v in heads if v is not None for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "…, and Max, who was born last year": the one "who" stands for
        # (that one alone, not the siblings it is listed with)
        named = [verb.head for c in subjects_of if c.lower_ in RELATIVE and verb.dep_ == "relcl"]
        babies = [p for x in named or [x for c in subjects_of for x in expand(c)] if ctx.person(x)
                  for p in [ctx.person(x)]]
        if not babies and rule.id in ("born-in", "born-name"):  # "Born in Utrecht in 1934, the daughter of …, Achterberg"
            babies = [p for p in people if p not in by_poss][:1]
        if babies:  # not the sisters the sentence goes on to name
            a0, b0 = trig.end_char, sent.end_char
            named_at = [m.start for p in babies for m in p.mentions if a0 <= m.start < b0]
            limit = min(named_at, default=b0)  # "Born …, the daughter of X, Lund moved … with her sisters"
            ev.parents = [p for p in ev.parents if p not in babies and (p in by_poss or any(
                m.start < limit for m in p.mentions if sent.start_char <= m.start < b0))]
            ev.people = list({id(p): p for p in babies + ev.parents}.values())
    elif rule.label == "birth":
        ev.parents = [p for p in people if not is_child(ctx, p, sent)]
    return ev


def _named_as_parent(ctx: EventContext, person: PersonFound, trig, sent) -> bool:
    for m in person.mentions:
        if trig.end_char <= m.start < sent.end_char \
                and re.search(r"\b(?:of|to)\b", ctx.text[trig.end_char:m.start]):
            return True
    return False


FAMILIES = (ENDINGS,)


_KIN_MET = {"granddaughter", "grandson", "grandchild", "grandchildren", "grandbaby", "niece", "nephew", "newborn",
            "parents", "family", "in-laws", "fans", "mother", "father", "mom", "dad"}


_CAREER_DEBUTS = {"screen", "film", "acting", "stage", "broadway", "solo", "directorial", "feature", "singing",
                  "runway", "modeling", "modelling", "album", "tv", "television", "movie", "professional", "musical",
                  "writing", "literary", "west", "opera", "comedy", "big-screen", "hollywood", "catwalk", "recording"}


_OTHERS = re.compile(r"^\s+(?:to|with)\s+(?:other\s+people|others|someone\s+else|other\s+(?:men|women|partners))\b", re.I)


_BENCH = re.compile(r"\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate|[Cc]ommissioner)\s+$")


_CASE_NOUNS = {"order", "case", "petition", "request", "suit", "lawsuit", "complaint", "motion", "claim", "application"}


def _sides_told(ctx: EventContext, side: PersonFound | None = None) -> list[PersonFound]:
    """The sides of the last case told with two or more people (one `side` is on, if given)."""
    told = [e for e in ctx.events if e.type == "legal" and len(e.people) >= 2 and (side is None or side in e.people)]
    return list(told[-1].people) if told else []


def _welcomes_a_child(ctx: EventContext, verb) -> bool:
    """"(They) welcomed Inés in the spring of 2023": the one welcomed is someone's child."""
    return any(p is not None and (ctx.has_child_role(p) or (p.age is not None and p.age < 3))
               for c in verb.children if c.dep_ == "dobj" for p in [ctx.person(c)])


def _the_case_told(trig: SpacySpan) -> bool:
    """Does a judge's act name the case already told ("signed the order", "granted the request")?"""
    verb = trig[-1] if trig[-1].pos_ in VERBS else nearest_verb(trig.root)
    return trig[0].lower_ == "judge" and verb is not None and any(
        c.dep_ == "dobj" and c.lemma_ in _CASE_NOUNS and any(d.lower_ == "the" for d in c.children)
        for c in verb.children)


def _on_the_bench(ctx: EventContext, person: PersonFound) -> bool:
    """A judge hears the case; the sides are the others ("Judge Marisa Okafor granted …")."""
    return any(_BENCH.search(ctx.text, max(0, m.start - 20), m.start) for m in person.mentions)


_FILMED_THINGS = {"wedding", "ceremony", "proposal", "finale", "episode", "show", "scene", "season", "series",
                  "reception", "party", "video", "film", "movie", "documentary", "special", "reunion", "interview"}
_PICTURE_NOUNS = {"photo", "picture", "image", "snap", "footage", "video", "shot"}
_POSTING_VERBS = {"post", "share", "upload", "repost", "caption"}


_ACTS = {"band", "group", "duo", "trio", "quartet", "act", "label", "company", "show", "series", "partnership"}


def _not_this_event(trig: SpacySpan) -> bool:
    """"while both were still married to other people", "the pair split their time between
    Madrid and Malibu": the word, not the event."""
    doc = trig.doc
    if trig[0].lower_ == "born" and trig.start > 0 and doc[trig.start - 1].text in ("-", "first", "native"):
        return True  # "the Austrian-born director", "the Tehran-born Farahani"
    if trig.start > 1 and doc[trig.start - 1].text == "-" and doc[trig.start - 2].lower_ in ("pre", "post", "non", "anti"):
        return True  # "a pre-wedding dinner", "post-divorce life"
    if len(trig) == 1 and trig[0].lower_ == "ex" and trig.end < len(doc) and doc[trig.end].text in ("-", "\u2011"):
        return True  # "his ex-manager", "her ex-bandmate": a former colleague ("ex-wife" is a longer trigger)
    if len(trig) == 1 and trig.root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "that" for c in trig.root.children):
        return True  # "two weeks before that first date": an event told before, named again
    if trig.root.pos_ in VERBS and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in _ACTS
                                       for c in trig.root.children):
        return True  # "two years after the band broke up": a band's split, nobody's romance
    if trig.root.lemma_ == "die" and any(c.dep_ == "prt" or (c.i == trig.root.i + 1 and c.lower_ in (
            "down", "out", "off", "away")) for c in trig.root.children):
        return True  # "the rumours refuse to die down"
    after = doc_text(doc)[trig.end_char:trig.end_char + 40]
    if trig.root.lemma_ in ("marry", "married", "wed", "date") and _OTHERS.match(after):
        return True
    root = trig.root
    verb = nearest_verb(root)
    last = trig[-1]
    if trig[0].lemma_ in _PICTURE_NOUNS and trig[0].dep_ == "dobj" and trig[0].head.lemma_ in _POSTING_VERBS:
        return True  # "posted a photo of the five members holding balloons": her own post, no sighting
    if len(trig) > 1 and trig[0].lemma_ == "be" and last.lemma_ in ("film", "see", "catch") and last.tag_ \
            and last.tag_ != "VBN":
        return True  # "is currently filming a thriller", not "was filmed kissing"
    if len(trig) > 1 and trig[0].lemma_ == "be" and any(
            c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.lemma_ in _FILMED_THINGS for c in last.children):
        return True  # "The wedding itself was filmed in Las Vegas": a thing was filmed, nobody seen
    plan = root.head if root.dep_ in ("acl", "relcl", "xcomp") else None
    if plan is not None and plan.lemma_ in ("plan", "intention", "desire", "rush", "hurry") \
            and any(c.lower_ in ("no", "zero") for c in plan.children):
        return True  # "the couple have “no plans to marry”"
    if root.lemma_ in ("marry", "married") and verb is not None and verb.lemma_ in ("remain", "stay"):
        return True  # "remained married until his death": the marriage went on, nobody wed
    before = doc[trig.start - 1] if trig.start > 0 else None
    if len(trig) == 1 and root.lower_ in ("married", "divorced") and root.dep_ == "amod" \
            and root.head.lower_ in lexicon()["person_roles"] \
            and (before is None or root.is_sent_start or before.is_space or before.pos_ in ("DET", "ADJ")
                 or before.lower_ in ("happily", "newly", "recently", "unhappily", "twice", "thrice")):
        return True  # "Married rocker Jasper Quaile was caught …": a description, not a wedding
    if root.lemma_ == "meet" and any(c.dep_ == "dobj" and (c.lower_ in event_words("child_nouns") or c.lower_ in _KIN_MET)
                                     for c in root.children):
        return True  # "flew in to meet their granddaughter"
    if root.lower_ in ("debut", "debuts") and root.i > 0 and (root.doc[root.i - 1].lower_ in _CAREER_DEBUTS or any(
            c.dep_ in ("amod", "compound", "nsubj") and c.lower_ in _CAREER_DEBUTS for c in root.children)):
        return True  # "made her screen debut in 1956": a career, not an outing together
    if root.lower_ in ("debut", "debuts") and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children):
        return True  # "the set of Halonen's 2013 debut, Birch Light": a work, not an outing
    asked = root.head.lemma_ == "for" and root.head.head.lemma_ in ("ask", "seek", "request", "want", "push")
    if len(trig) == 1 and root.lower_ == "custody" and (asked or root.head.lemma_ in (
            "share", "ask", "seek", "request", "want", "have", "keep", "retain")):
        return True  # "asking for primary custody" is part of a divorce filing; "they share custody" a state
    if root.lemma_ == "settle" and any(c.lower_ in ("into", "in", "down") for c in root.children):
        return True  # "settling into life as a family of four"
    if root.lemma_ == "date" and root.pos_ == "VERB" and any(c.lower_ == "back" for c in root.children):
        return True  # "the feud dates back to March 2014"
    if root.lower_ == "married" and root.dep_ == "amod" and len(trig) == 1 and root.i > 0 \
            and doc[root.i - 1].dep_ in ("poss", "det"):
        return True  # "her married co-star": he is married to someone else, no wedding here
    if root.lemma_ == "drown" and any(c.dep_ == "dobj" for c in root.children):
        return True  # "drowning his sorrows"
    if root.lemma_ == "introduce" and any(c.dep_ == "dobj" and (c.lower_ in ("that", "which", "it") or (
            c.pos_ == "NOUN" and c.lower_ not in GROUP_WORDS | lexicon()["person_roles"] | lexicon()["kin"]
            | event_words("spouse_nouns") | event_words("partner_nouns")))
            for c in root.children):
        return True  # "a song that she introduces as …", "introduced a new line": not two people meeting
    return trig.root.lemma_ == "split" and any(c.dep_ == "dobj" and c.lower_ in ("time", "bill", "costs", "proceeds")
                                               for c in trig.root.children)


_FILING_VERBS = {"file", "submit", "lodge"}


def _filed(tok) -> bool:
    """"filed the petition", "submitted the petition", "the papers, filed on Friday", "her
    petition, filed last Tuesday"."""
    return (tok.head.lemma_ in _FILING_VERBS and tok.dep_ in ("dobj", "nsubjpass")) or any(
        c.lemma_ in _FILING_VERBS and c.dep_ in ("acl", "relcl") for c in tok.children)


def _filing_of(ctx: EventContext, k: int, people: list[PersonFound]) -> Draft | None:
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


def _family(label: str) -> set[str]:
    return next((f for f in FAMILIES if label in f), {label})


def _subject_pair(ctx: EventContext, trig: SpacySpan, k: int, attrib: set[int]) -> list[PersonFound]:
    verb = trig.root if trig.root.pos_ in VERBS else nearest_verb(trig.root)
    found: list[PersonFound] = []
    # (not "Before Mensah-Darko, the singer …" parsed as an apposition)
    against = {id(r.person) for r in ctx.refs_in(k) if ref_set_against(ctx, r)}
    for s in subjects(verb) if verb is not None else []:
        members = [x for x in expand(s) if not (ctx.person(x) and id(ctx.person(x)) in against)]
        if len(members) < 2:
            return []  # (one subject: the partner is elsewhere in the sentence)
        for x in members:
            for p in people_of(ctx, x, k, found, attrib):
                if p not in found:
                    found.append(p)
    return found


def _finalised(trig: SpacySpan) -> bool:
    """"The divorce was finalised …", "the divorce became final"."""
    verb = nearest_verb(trig.root)
    done = ("finalise", "finalize", "grant", "complete")
    if any(c.dep_ == "acl" and c.lemma_ in done for c in trig.root.children):
        return True  # "the divorce, finalised in 2001, was fought out in the High Court"
    return verb is not None and (verb.lemma_ in done or any(c.lower_ == "final" for c in verb.children))


def _overlaps(x: When, y: When | None) -> bool:
    return y is not None and x.start <= y.end and y.start <= x.end


def _anaphoric(ctx: EventContext, trig: SpacySpan, label: str) -> bool:
    """"the lawsuit", "the split", "the wedding": a noun under 'the' names an event already told."""
    root = trig.root
    if len(trig) > 1 or root.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return False
    if any(c.lower_ in GROUP_WORDS for c in root.children):
        return False  # "the two split in 2020" parsed as a noun: a couple splitting, no split told before
    family = _family(label)
    if root.lower_ in event_words("process_nouns"):
        family = family | {"divorced"}  # "filed for divorce …, and the proceedings dragged on"
    return any(e.type in family for e in ctx.events)


def _add_implied(ctx: EventContext, trig: SpacySpan, rule: Trigger, k: int, attribution) -> None:
    """'ex-wife Carla' / 'his previous marriage to Renata': married, then divorced, undated;
    'her ex, Segun' / 'his ex-girlfriend Lara': dated, undated."""
    after = [r.person for r in ctx.cast.refs if trig.end_char <= r.start <= trig.end_char + 40]
    if not after:
        return
    ex = after[0]
    owner = []
    poss = [c for t in trig for c in t.children if c.dep_ == "poss"]  # (also on "ex" of "her ex-husband")
    if poss:
        owner = people_of(ctx, poss[0], k, [], set())
    if not owner:
        verb = nearest_verb(trig.root)
        for s in subjects(verb) if verb is not None else []:
            owner = people_of(ctx, s, k, [], set())
    owner = [p for p in owner if p is not ex]
    if not owner:
        return
    a, b = ctx.sentences[k]
    # an ex-wife was married and divorced; an ex-boyfriend dated (how it ended is not told)
    for etype in ("married", "divorced") if rule.label == "divorced" else (rule.label,):
        ctx.events.append(Draft(etype, [owner[0], ex], None, (a, b), attribution, trig, implied=True))
