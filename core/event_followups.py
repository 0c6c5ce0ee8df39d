"""Passes over all of an article's events once they are read: dates counted from an
event told earlier, tenures ("his wife of 52 years"), the other side of a legal event,
undated endings, children named a sentence later, the other parent of a birth, and a
married couple's split as a separation."""
from __future__ import annotations

import re

from .dates import DAY_UNITS, resolve
from .event_basics import DURATION, NUM, an_arrest, event_words
from .event_context import Draft, EventContext
from .event_dates import duration_months, governing_date, months_before
from .model import When
from .participants import is_child
from .referents import resolve_single, spouses


_TENURE = re.compile(r"\s*of\s+(?:(?:almost|nearly|about|around|some|over|more than)\s+)?" + NUM
                     + r"(?P<half>)[\s-]+(?P<unit>year|month|decade)s?\b(?P<half2>)", re.I)


def tenures(ctx: EventContext) -> None:
    """"his wife of 52 years, Loretta" / "her boyfriend of three years, X": married (or
    dating) since that long before the article."""
    if ctx.published is None:
        return
    kinds = {w: "married" for w in event_words("spouse_nouns")} | {w: "dating" for w in event_words("partner_nouns")}
    for tok in ctx.word_tokens(frozenset(kinds)):
        kind = kinds[tok.lower_]
        m = _TENURE.match(ctx.text, tok.idx + len(tok.text))
        if not m:
            continue
        prev = ctx.doc[max(0, tok.i - 2):tok.i].text.lower()
        if any(w in prev for w in ("ex", "former", "estranged")):
            continue
        k = ctx.sentence_of(tok.idx)
        owner = next((ctx.person(c) or (resolve_single(ctx, c, k) or [None])[0]
                      for c in tok.children if c.dep_ == "poss"), None)
        after = [r.person for r in ctx.refs_in(k) if m.end() < r.start <= m.end() + 60 and r.person is not owner]
        if owner is None or not after:
            continue
        months = duration_months(m)
        start = months_before(ctx.published, months + (12 if kind == "married" else 6))  # "of nine years": nine and some
        end = months_before(ctx.published, max(0, months - 6)) if kind == "married" else ctx.published
        trig = ctx.doc[tok.i:tok.i + 1]
        a, b = ctx.sentences[k]
        ctx.events.append(Draft(kind, [owner, after[0]], When(start, max(start, end), "approximate", m.group(0).strip()),
                                 (a, b), None, trig))


def other_sides(ctx: EventContext) -> None:
    """A legal event with one side named: "an order against her ex-boyfriend" is against the
    one the article pairs her with; "her petition" is between the sides of her last case."""
    ex_words = event_words("ex_partner_nouns")
    for i, ev in enumerate(ctx.events):
        if ev.type != "legal" or len(ev.people) != 1 or an_arrest(ev.trigger):
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


def endings_after(ctx: EventContext) -> None:
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
        length = m.group(0).strip()
        start = next((e for e in reversed(ctx.events) if e.type in _STARTS[ev.type] and e.when is not None
                      and set(map(id, e.people)) == who and e.sentence[0] <= a
                      and e.when.text != length), None)  # (not its own length, told again)
        # ("he married X the following year; the two divorced after eighteen months": the same sentence)
        months = duration_months(m)
        if start is None or months <= 0:
            continue
        lo, hi = months_before(start.when.start, -months), months_before(start.when.end, -months)
        if ctx.published is not None and lo > ctx.published:
            continue  # "have split after four years together": not four years after a start told today
        ev.when = When(lo, max(lo, hi), "approximate", length)


def married_splits(ctx: EventContext) -> None:
    """A married couple's "split" / "calling it quits" / "ending their marriage" is a
    separation, not a dating couple's breakup (unless the wedding came after it)."""
    pairs = spouses(ctx)
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


def counted_from_events(ctx: EventContext) -> None:
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
        if re.match(rf"(?:the\s+)?(?:{'|'.join(DAY_UNITS)})\b", told, re.I):
            # "the night before the wedding": from a wedding told to the day, if one was
            earlier = [e for e in earlier if e.when.precision == "day"] or earlier
        if earlier:
            ev.when = resolve(told, ctx.published, base=earlier[-1].when) or ev.when


_COUPLE_TYPES = ("married", "engaged", "dating", "separated", "divorced", "breakup")


def parents_of_children(ctx: EventContext) -> None:
    """"Gabriel, now 4, was born in Paris in March 2014", "Nia was born the following year": a
    child's own birth with no parent named is the birth of the couple whose child it is, the
    couple sharing the child's surname, else the last couple told before it."""
    for n, ev in enumerate(ctx.events):
        if ev.type != "birth" or not ev.own_birth or ev.parents or len(ev.people) != 1:
            continue
        baby = ev.people[0]
        if any(e.type == "birth" and e.parents and baby in e.people for e in ctx.events):
            continue  # "welcomed daughter Amara … 'She was born on …'": told with her parents
        words = baby.name.split()
        if not (ctx.has_child_role(baby) or (baby.age is not None and baby.age < 18) or len(words) == 1):
            continue  # an adult's own birth, as in an obituary: no parents to guess
        def couples(events):
            return [e.people for e in events if e.type in _COUPLE_TYPES and not e.implied and len(e.people) == 2
                    and baby not in e.people and not any(ctx.has_child_role(p) for p in e.people)]
        kin = [c for c in couples(ctx.events) if len(words) > 1 and any(p.name.split()[-1] == words[-1] for p in c)]
        found = kin[-1:] or couples(ctx.events[:n])[-1:] or couples(ctx.events)[:1]
        if found:
            ev.parents = list(found[0])
            ev.people = [baby] + ev.parents


def co_parents(ctx: EventContext) -> None:
    """"The star gave birth to a daughter": the other parent is the partner the article
    pairs her with (married, engaged or dating, and not split since)."""
    for ev in ctx.events:
        if ev.type != "birth" or ev.claim == "denied" or (ev.own_birth and not ev.parents):
            continue
        parents = ev.parents or [p for p in ev.people if not is_child(ctx, p, ev.trigger.sent)]
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


def birth_followups(ctx: EventContext) -> None:
    """"X and Y welcomed twin girls. Rosie and Pearl arrived on Tuesday": a birth that names no
    child takes the children (and, when it has none, the date) of the next sentence or two
    that tells of the newborns ("The girls, Rosie and Pearl, ...", "The baby arrived ...")."""
    cues = event_words("child_nouns") | event_words("arrival_verbs")
    for ev in [e for e in ctx.events if e.type == "birth" and not e.own_birth]:
        parents = ev.parents or ev.people
        if any(p not in parents for p in ev.people) or any(
                is_child(ctx, p, ev.trigger.sent) or ctx.has_child_role(p) for p in ev.people):
            continue  # (it named its child: "welcomed … a daughter named Nova Rae")
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
                if p is None or p in parents or p in kids or t.dep_ == "poss" or (p.age or 0) >= 1:
                    continue  # (not "big brother Fionn, 3,": a newborn has no age in years)
                head = t
                while head.dep_ in ("compound", "flat", "conj", "appos") and head.head != head:
                    head = head.head
                # ("The girls, Rosie and Pearl, …"; "Their daughter is named Bláthnaid Rose")
                named = head.dep_ in ("oprd", "attr") and head.head.lemma_ in ("name", "call")
                if head.dep_ in ("nsubj", "nsubjpass") or head.lower_ in cues or head.lemma_ in cues or named:
                    kids.append(p)
            if not kids:
                continue
            ev.people = list(parents) + kids
            ev.parents = list(parents)
            if ev.when is None:
                root = sent.root
                ev.when = governing_date(ctx, sent[root.i - sent.start:root.i - sent.start + 1], n, "birth")
            break
