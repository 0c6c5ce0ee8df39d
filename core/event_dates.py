"""Which date an event takes: the resolved expression of its sentence nearest the trigger
in the parse (not one describing someone, nor one a speech verb owns), else a timeline
heading above it; a chained expression ("two weeks after meeting") dates the event it
names; durations ("dated for five years before marrying in 2011") become start dates;
an Nth wedding anniversary dates the wedding N years back."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from .dates import anchoring_noun_end, in_byline, resolve, years_before
from .event_basics import (CHAIN, DURATION, DURATION_TYPES, ENDING_TYPES, NUMBER_WORDS, STATE_TYPES, VERBS,
                           event_words, lex_words, nearest_verb)
from .model import When
from .sentences import doc_text, opens_line

if TYPE_CHECKING:
    from .event_context import Draft, EventContext


def tree_distance(a, b) -> int:
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    for i, x in enumerate(up_a):
        if x in up_b:
            return i + up_b.index(x)
    return 99


_LINE_STAMP = re.compile(r"\s*[—–-]\s")


def governing_date(ctx: EventContext, trig: SpacySpan, k: int, etype: str, others=(), dropped=(),
                   excluded=frozenset()) -> When | None:
    """The sentence's date nearest the trigger in the tree. A date nearer another trigger of
    the sentence belongs to that one, and is borrowed only when nothing else is left ("met in
    2016 and started dating soon after") and that trigger's event is real; "now" dates states
    only ("is now dating"), not what happens next ("now the exes are headed to court")."""
    a, b = ctx.sentences[k]
    best = None
    candidates = []
    speech = lex_words("speech_verbs")
    for span, when in ctx.dates:
        if span is None or not (a <= span.start_char < b) or span.start_char in excluded:
            continue
        if span.text.lower() in lex_words("state_now") and etype not in STATE_TYPES:
            continue
        droot = span.root
        verb = nearest_verb(droot)
        if verb is not None and verb.dep_ == "xcomp" and verb.head.i == trig.root.i:
            verb = trig.root  # "spotted sharing a cab … last Wednesday": what was seen, not a statement
        if verb is not None and verb.lemma_ in speech and verb not in trig and trig.root not in verb.subtree \
                and not _before_speaker(span, verb, trig):
            continue  # "her rep confirmed on Sunday": dates the statement, not the event
        if verb is not None and verb.lemma_ in speech and verb not in trig \
                and tree_distance(droot, verb) < tree_distance(droot, trig.root) and verb != trig.root \
                and not _before_speaker(span, verb, trig) \
                and not (trig.root.dep_ == "dobj" and trig.root.head == verb and when is not None and when.precision == "year"):
            continue  # (but "their agencies confirmed a split in 2021": within a year, the split's too)
        if _describes_someone(droot, trig):
            continue  # "X, the singer behind the 1978 smash, has died": the song's year
        if _dates_a_thing(span, trig):
            continue  # "describing her as unhinged in a 2020 interview": the interview's year
        mine = tree_distance(trig.root, droot)
        if any(tree_distance(o, droot) < mine for o in dropped):
            continue  # "ahead of their public debut in December": the plan's date, not ours
        # ("on the eve of the wedding": the wedding is where the date counts from, not its owner)
        anchor_end = anchoring_noun_end(ctx.text, span.end_char) or span.end_char
        owners = [o for o in others if tree_distance(o, droot) < mine and not _modifier_elsewhere(o, droot)
                  and not length_only(o) and not span.end_char <= o.idx < anchor_end]
        if owners and not all(coordinated(trig.root, o) and not _subject_of(trig.root, o) and not _clause_on(o, droot)
                              for o in owners):
            continue  # another event's date ("who met on the set, called it quits last summer")
        # "wed in December 2018, two years after their blind date": the chained expression
        # dates the blind date; the wedding keeps the date it has
        chained = bool(re.search(r"\b(?:after|before)$", span.text, re.I)) and span.end < len(ctx.doc) \
            and not ctx.doc[span.end].is_punct and not _date_follows(ctx, span)
        # "7:48 p.m. — BREAKING: … filed for divorce on Friday": a live blog's time stamp
        # dates the post; the sentence's own date, when it has one, dates the event
        stamp = _LINE_STAMP.match(ctx.text, span.end_char) is not None \
            and opens_line(ctx.text, span.start_char)
        # "LOS ANGELES, Nov. 15, 2022 — X … died on Sunday": the dateline dates the story
        stamp |= in_byline(ctx.text, span.start_char, span.end_char)
        # (at equal distance, the date after the trigger: "welcomed a daughter in 2016 and divorced in 2021")
        key = (bool(owners), chained, stamp,
               _past_conjoined_verb(trig.root, span) or _earlier_conjunct(trig.root, droot, span),
               _through_verb(droot, trig.root),
               mine, abs(span.start - trig.start), span.start < trig.start)
        candidates.append((key, when, droot))
        if best is None or key < best[0]:
            best = (key, when, droot)
    if best is None and not looking_back(trig):  # an entry of a timeline article: the heading dates it
        return next((when for start, end, when in ctx.headings if start <= a < end), None)
    if best is not None and best[1] is not None and etype not in STATE_TYPES \
            and not (best[1].text or "").lower().startswith("since"):
        # "Days later the pair were photographed … on New Year's Eve": the day told within the
        # span a shift gives, on the same verb, dates a happening more closely (not a state:
        # "seeing X since 2012 … until late 2015")
        verb = nearest_verb(best[2])
        inside = [w for key, w, d in candidates if w is not None and not key[0] and _under(d, verb)
                  and best[1].start <= w.start and w.end <= best[1].end and w.end - w.start < best[1].end - best[1].start]
        if inside:
            return min(inside, key=lambda w: w.end - w.start)
    return best[1] if best else None

def _date_follows(ctx: EventContext, span: SpacySpan) -> bool:
    """"two days before Christmas": the shift counts from a date, so it dates the event itself."""
    nxt = span.end + (span.end < len(ctx.doc) and ctx.doc[span.end].lower_ == "the")
    return nxt < len(ctx.doc) and any(other is not None and other.start == nxt for other, _ in ctx.dates)


_LENGTH_UNITS = {"year", "month", "week", "decade"}


def _subject_of(noun, verb) -> bool:
    """"his first marriage … ended in 2005": the year is the ending's, not the marriage's."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i


def length_only(trigger) -> bool:
    """"after eleven years of marriage", "after a two-year romance": the trigger tells how long
    something lasted, so it owns no date of the sentence."""
    head = trigger.head
    if head.lower_ == "of" and head.head.lemma_ in _LENGTH_UNITS:
        return True
    return head.lower_ in ("after", "following") and (trigger.lemma_ in _LENGTH_UNITS or any(  # "after four years together"
        c.dep_ in ("compound", "amod", "nummod") and c.lemma_ in _LENGTH_UNITS for c in trigger.children))


def _modifier_elsewhere(trigger, droot) -> bool:
    """"The newly engaged pair celebrated on Saturday": a trigger describing a noun owns no
    date of the clause that noun is in, only one inside its own phrase."""
    return trigger.dep_ in ("amod", "compound") and droot not in trigger.subtree


def _past_conjoined_verb(root, span) -> bool:
    """"met at Coachella in April 2022 and went Instagram official that December": a date
    written after a verb joined to the trigger's is that verb's, however the parser hangs it."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and root.i < c.i < span.start for c in root.children)


def _earlier_conjunct(root, droot, span) -> bool:
    """"Kairo arrived the following summer, and the pair tied the knot … in May 2022": a date
    hung on the verb the trigger's clause is joined to, and written before the trigger, is
    that verb's."""
    verb = clause_verb(root)
    head = verb.head
    return verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and span.end <= verb.i \
        and getattr(nearest_verb(droot), "i", None) == head.i


def _through_verb(droot, root) -> bool:
    """The date hangs on another verb on its way up to the trigger ("wed in May 2022, followed
    by a larger celebration that summer": "that summer" is the celebration's)."""
    above = {t.i for t in root.ancestors} | {root.i}
    for t in droot.ancestors:
        if t.i in above:
            return False
        if t.pos_ == "VERB":
            return True
    return False


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
             "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


_MILESTONE_VERBS = {"mark", "celebrate", "toast", "commemorate", "hit", "reach", "clock"}


def milestone_years(marriage) -> int | None:
    """"marked 35 years of marriage": the number of years a couple celebrated, else None."""
    years = marriage.head.head if marriage.head.lower_ == "of" else None
    if years is None or years.lemma_ != "year" or years.head.lemma_ not in _MILESTONE_VERBS:
        return None
    return _count_of(years)


def years_since(trig: SpacySpan) -> int | None:
    """"ten years since they said “I do”", "It has been 20 years since they wed": the
    event is that many years before the day of the sentence."""
    verb = trig.root if trig.root.pos_ in VERBS else nearest_verb(trig.root)
    if verb is None or not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return None
    pool = list(verb.children) + (list(verb.head.children) if verb.dep_ == "advcl" else [])
    years = next((c for c in pool if c.lemma_ == "year" and c.i < verb.i and c.dep_ in ("npadvmod", "attr")), None)
    return _count_of(years) if years is not None else None


# (set off from the clause it dates: not "his partner for nearly 15 years after the two met in 1990")
_YEARS_AFTER = re.compile(r"(?:[,;:\u2014\u2013]|\s-)\s*(?:(?:almost|nearly|exactly|precisely)\s+)?(\d{1,2}|[a-z]+) "
                          r"years (?:(?:almost |nearly )?to the day )?after (?:they|we|he|she|the couple|the pair|the two)\s*$",
                          re.I)


def years_after_them(trig: SpacySpan) -> int | None:
    """"fifty years to the day after they wed", "ten years after they married": the event is
    that many years before the date of the clause it hangs on (matched on the text, since
    the parser splits "wed" after "they" into "we" and "d")."""
    before = doc_text(trig.doc)[max(0, trig.start_char - 60):trig.start_char]
    m = _YEARS_AFTER.search(before)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def since_day(when: When | None, published: dt.date | None, n: int) -> When | None:
    """The day `n` years before the sentence's date, else the year `n` years before the
    publication (a few years' slack once the count is large)."""
    if when is not None:
        return years_before(when, n)
    if published is None:
        return None
    year, slack = published.year - n, (n // 10 if n > 3 else 0)
    return When(dt.date(year - slack, 1, 1), dt.date(year + slack, 12, 31), "year" if not slack else "approximate")


def _count_of(years) -> int | None:
    """The number counting `years` ("35 years", "ten years")."""
    n = next((c for c in years.children if c.dep_ == "nummod"), None)
    if n is None:
        return None
    word = n.lower_
    return int(word) if word.isdigit() and int(word) < 100 else NUMBER_WORDS.get(word)


def anniversary_back(anniversary, when: When | None) -> When | None:
    """"marked their eighth wedding anniversary last month": the wedding is eight years
    before that; an anniversary of unknown number dates nothing."""
    n = None
    for c in anniversary.children:
        word = c.lower_
        n = _ORDINALS.get(word) or (int(word[:-2]) if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", word) else None)
        if n:
            break
    return years_before(when, n)


def looking_back(trig: SpacySpan) -> bool:
    """"who had previously been married to X": told from the entry's time, not at it."""
    verb = nearest_verb(trig.root)
    return verb is not None and any(c.lower_ in ("had", "previously", "once", "formerly") for c in verb.children)


def _describes_someone(droot, trig: SpacySpan) -> bool:
    """A date inside the subject's noun phrase ("the 1978 smash", "his 2009 debut album")
    or on a work's name describes a person or a work, not the event of the verb."""
    if droot.dep_ in ("nummod", "compound", "amod", "nmod") and droot.head.pos_ in ("NOUN", "PROPN") \
            and droot.head not in trig and (droot.head.lemma_ in lex_words("work_nouns")
                                            or droot.head.lemma_ in event_words("work_words")):
        return True
    verb = trig.root if trig.root.pos_ in VERBS else nearest_verb(trig.root)
    if verb is None or trig.root.pos_ not in VERBS:
        return False
    # the subjects of the trigger's verb and of the verbs it reports to ("X and Y, who won
    # the show in 2019, announced that they have split")
    verbs = [verb] + [a for a in verb.ancestors if a.pos_ in VERBS]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ not in ("nsubj", "nsubjpass") or droot.i == c.i or not _inside(droot, c) or _inside(trig.root, c):
            continue
        if droot.dep_ in ("nummod", "compound", "amod", "nmod"):
            return True
        # "X, the actress whose voice made her a star of the 1960s, has died": a clause
        # describing the subject dates that description, not the event
        if any(a.dep_ in ("relcl", "acl", "appos") for a in droot.ancestors if a in c.subtree):
            return True
        # "The couple, who met … in 2014 and married …, were spotted on Saturday", the year
        # parsed onto "couple": still inside the clause that describes them
        if any(r.dep_ == "relcl" and r.i < droot.i for r in c.children) and not _inside(trig.root, c):
            return True
    return False


def _dates_a_thing(span: SpacySpan, trig: SpacySpan) -> bool:
    """A bare year modifying a noun after it ("a 2020 interview", "Halonen's 2013 debut") is
    that thing's year, unless the thing is the trigger itself ("their 2019 wedding")."""
    root = span.root
    head = root.head
    return len(span) == 1 and root.like_num and len(root.text) == 4 and root.dep_ in ("nummod", "compound", "amod") \
        and head.i == span.end and head.pos_ == "NOUN" and head.i not in range(trig.start, trig.end) \
        and span.start > 0 and (span.doc[span.start - 1].dep_ in ("det", "poss", "case"))


def _inside(tok, head) -> bool:
    """Is `tok` in `head`'s subtree? (A projective parse: the subtree is its edges' span.)"""
    return head.left_edge.i <= tok.i <= head.right_edge.i


def _before_speaker(span: SpacySpan, verb, trig: SpacySpan) -> bool:
    """"welcomed a son earlier this month, her rep confirmed": a date between the event and
    the speaker is the event's, though the parser hangs it on the speech verb."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (the speaker is the subject after the date, when a misparse gives the verb two)
    return trig.end <= span.start and any(span.end <= c.left_edge.i for c in subj)


def clause_verb(tok):
    v = nearest_verb(tok) or tok
    while v.dep_ in ("xcomp", "aux", "auxpass") and v.head.i != v.i:
        v = v.head
    return v


def _under(tok, verb) -> bool:
    """Is `tok` a date of `verb` or of a verb below it ("photographed watching … on New Year's Eve")?"""
    own = nearest_verb(tok)
    return verb is not None and own is not None and (own is verb or verb in own.ancestors)


def _clause_on(noun, tok) -> bool:
    """Is `tok` inside a clause hung on the trigger `noun` ("the divorce, finalised in 2001")?
    Then its date is that event's own, never lent to a coordinated clause."""
    return any(t.dep_ in ("acl", "relcl") and t.head.i == noun.i for t in [tok, *tok.ancestors])


def coordinated(a, b) -> bool:
    """Two triggers told in coordinated clauses ("met in 2016 … and started dating soon after")."""
    va, vb = clause_verb(a), clause_verb(b)
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


def find_chains(ctx: EventContext, k: int, triggers: list[SpacySpan]) -> tuple[dict[int, _Chain], set[int]]:
    """Chained expressions of sentence k: {subordinate trigger start: chain}, and the date
    spans they use up (which must not date the main event itself)."""
    a, b = ctx.sentences[k]
    out, used = {}, set()
    for span, when in ctx.all_dates:
        if span is None or not (a <= span.start_char < b):
            continue
        m = CHAIN.match(span.text)
        if not m or (when is not None and _THAT_EVENT.match(ctx.text, span.end_char)):
            continue  # ("two weeks before that first date": already counted from the date it was told with)
        hinge = span[-1]
        later = [t for t in triggers if t.start >= span.end]
        # "a year after the finale, and the pair married": "after" has its own object
        own_object = any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in hinge.children)
        sub = next((t for t in later if t.root in hinge.subtree or hinge in t.root.children
                    or (t.start - span.end <= 6 and not own_object)), None)
        rest = [t for t in triggers if t is not sub]
        if sub is None or not rest:
            continue
        main = min(rest, key=lambda t: tree_distance(hinge, t.root))
        more = span.text.lower().startswith(("more than", "over")) or \
            ctx.doc[max(span.start - 2, 0):span.start].text.lower() in ("more than", "well over")
        out[sub.start] = _Chain(m.group(1), m.group("unit"), m.group("dir").lower(), main.root, more)
        used.add(span.start_char)
    return out, used


_THAT_EVENT = re.compile(r"\s+that\s")  # an event told before, pointed back at


def chained_when(ctx: EventContext, chain: _Chain, main: When | None, forward: bool = False) -> When | None:
    """"X happened three years after they met": met = X − three years (and + for "before").
    `forward`: the other way round, X from the date of the meeting."""
    if main is None:
        return None
    if (main.text or "").lower().startswith("since "):
        # "together since January 2019, two years after …": from January 2019, not the whole span
        main = resolve(main.text[6:], ctx.published or main.start) or main
    back = "before" if (chain.direction == "after") != forward else "after"
    when = resolve(f"{chain.n} {chain.unit}s {back}", ctx.published or main.start, base=main)
    if when is None:
        return None
    text = f"{chain.n} {chain.unit}s {chain.direction}"
    if chain.more:  # "more than two years after they separated": up to twice as far
        far = resolve(f"{chain.n} {chain.unit}s {back}", ctx.published or main.start, base=when)
        if far is not None:
            if back == "before":
                return When(min(far.start, when.start), when.end, "approximate", "more than " + text)
            return When(when.start, max(far.end, when.end), "approximate", "more than " + text)
    return When(when.start, when.end, when.precision, text)


def duration_months(m: re.Match) -> int:
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
    unit = m.group("unit").lower()
    months = n * {"year": 12, "decade": 120, "month": 1, "week": 0}[unit]
    if m.group("half") or m.group("half2"):
        months += {"year": 6, "decade": 60, "month": 0, "week": 0}[unit]
    return months


def months_before(day: dt.date, months: int) -> dt.date:
    y, mth = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, mth + 1, 1) if day.day == 1 else dt.date(y, mth + 1, min(day.day, 28))


def apply_durations(ctx: EventContext, k: int, evs: list[Draft]) -> None:
    """"dated for five years before marrying in 2011", "split in 2018 after a three-year
    romance", "engaged after a year and a half of dating": the state starts that long before
    the event that ends it (or before today, for "have been married for ten years")."""
    a, b = ctx.sentences[k]
    text = ctx.text
    for m in DURATION.finditer(text, a, b):
        months = duration_months(m)
        if months <= 0 or (m.group("chained") and not text[max(a, m.start() - 4):m.start()].lower().endswith("for ")):
            continue  # "two years prior" is a date; "for five years before marrying" a duration
        dspan = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if dspan is None:
            continue
        linked = [e for e in evs if e.type in DURATION_TYPES and _linked(dspan, e.trigger)]
        if not linked:
            continue
        # "separated in 2019 after two decades of marriage": the length is the marriage's
        own = [e for e in linked if length_only(e.trigger.root)
               or (dspan.start < e.trigger.end and e.trigger.start < dspan.end)]
        target = min(own or linked, key=lambda e: tree_distance(dspan.root, e.trigger.root))
        if target.type == "separated" and target.trigger.root.pos_ in VERBS \
                and text[max(a, m.start() - 6):m.start()].lower().endswith("after "):
            continue  # "have separated after four years as husband and wife": the marriage's length
        enders = [e for e in evs if e is not target and e.type in ENDING_TYPES and e.type != target.type
                  and e.when is not None and set(map(id, e.people)) & set(map(id, target.people))]
        if enders:
            end = min(enders, key=lambda e: tree_distance(dspan.root, e.trigger.root)).when
        elif target.when is None and ctx.published and perfect(target.trigger.root):
            end = When(ctx.published, ctx.published, "day")
        else:
            continue
        start = months_before(end.start, months)
        stop = end.end if target.type == "dating" else months_before(end.end, months)
        target.when = When(start, max(start, stop), "approximate", m.group(0).strip())


def _linked(dspan: SpacySpan, trig: SpacySpan) -> bool:
    root = trig.root
    if dspan.start < trig.end and trig.start < dspan.end:
        return True  # "after nearly three years together": the length is the trigger's own words
    if root in dspan.root.subtree or dspan.root in root.children:
        return True  # "a year and a half of dating", "a three-year romance"
    if tree_distance(dspan.root, root) <= 3 and 0 <= dspan.start - trig.end <= 4:
        return True  # "dated for five years"
    prep = dspan.root.head
    if prep.lower_ == "after" and _subject_of(root, prep.head):
        return True  # "his first marriage … ended in 2005 after eleven years"
    return dspan.root.head == root or (dspan.root.head.head == root and dspan.root.head.lower_ in ("for", "after"))


def perfect(tok) -> bool:
    """Present perfect ("have been married for ten years"): a state lasting until now. "had
    ended a five-year relationship" is past perfect and reaches no further than the story."""
    verb = tok if tok.pos_ in VERBS else nearest_verb(tok)
    return verb is not None and any(c.dep_ == "aux" and c.lemma_ == "have" and c.lower_ != "had"
                                    and c.tag_ != "VBD" for c in verb.children)


def present_state(tok) -> bool:
    """"have been dating", "are dating", "is now dating": true on the day of the article
    (not "his son from his previous relationship with X", over whatever the verb's tense)."""
    if tok.pos_ == "NOUN" and any(c.lower_ in ("previous", "former", "past", "earlier", "first", "old")
                                  for c in tok.children if c.dep_ == "amod"):
        return False
    verb = tok if tok.pos_ in VERBS else nearest_verb(tok)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBD", "MD") for c in auxes) or verb.tag_ == "VBD":
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes)
