"""Who "I" and "we" are. In a quotation, "I" is whoever the quote is credited to ("…,”
the 41-year-old laughs"); in an interview, the one answering (a "Raghunathan:" line, or a
quoted answer under a question). "We" is the speaker and the person the answer (or the
question above it) last named, else the speaker's partner: "You met Felix on a film set?"
— "We met on Cold Harbour in 2011."

Unquoted first person outside an interview is the writer of a memoir or essay the article
runs ("an extract from her memoir, … Ingrid Sjöberg, 74, looks back"), else (a columnist's
"I") nobody of the cast.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .event_basics import event_words, lex_words
from .model import PersonFound
from .people import PRONOUN_GENDER
from .sentences import paragraph_of

if TYPE_CHECKING:
    from .event_context import EventContext

SINGULAR = {"i", "me", "my", "mine", "myself"}
PLURAL = {"we", "us", "our", "ours", "ourselves"}
_SPEAKER_LABEL = re.compile(r"[ \t*_]*([A-Z][\w’'\-]+(?:[ \t][A-Z][\w’'\-]+)?)[*_]*:[*_]*[ \t]+")
_QUESTION_END = re.compile(r"\?[\s*_\"”’']*$")

Resolver = Callable[..., list[PersonFound]]


def first_person(ctx: EventContext, tok, k: int, resolve: Resolver) -> list[PersonFound]:
    """The people a first-person pronoun stands for; `resolve` reads a credited subject
    ("she", "the actress") as the rest of event extraction does."""
    speaker = speaker_at(ctx, tok.idx, resolve)
    if speaker is None:
        return []
    if tok.lower_ in SINGULAR:
        return [speaker]
    other = _named_before(ctx, tok.idx, speaker) or _partner_of(ctx, speaker)
    return [speaker, other] if other is not None else [speaker]


def speaker_at(ctx: EventContext, char: int, resolve: Resolver) -> PersonFound | None:
    """The person speaking at `char`, worked out once per paragraph or quotation."""
    quote = next(((a, b) for a, b in ctx.quotes if a <= char < b), None)
    para = paragraph_of(ctx.text, char)
    key = quote or para
    cache = ctx.speakers
    if key not in cache:
        cache[key] = (_labelled(ctx, para) or _narrator(ctx, para)) if quote is None else (
            _credited(ctx, quote, resolve) or _answering(ctx, para, quote))
    return cache[key]


# "In an exclusive extract from her memoir, …", "adapted from his new autobiography"
_OWN_WRITING = re.compile(r"\b(?:extract|excerpt|adapted|taken)\b[^.\n]{0,20}?\bfrom\s+(his|her)\s+"
                          r"(?:[a-z\-]+\s+){0,2}?(?:memoir|autobiography|book|diary|essay|letters)\b", re.I)


def _narrator(ctx: EventContext, para: tuple[int, int]) -> PersonFound | None:
    """The writer of the memoir or essay the article runs, for the paragraphs after the one
    that introduces it: the person of its sentence whom the "her"/"his" fits."""
    if not ctx.narrator_sought:
        ctx.narrator_sought = True
        m = _OWN_WRITING.search(ctx.text)
        if m is not None:
            k = ctx.sentence_of(m.start())
            gender = PRONOUN_GENDER[m.group(1).lower()]
            fits = list({id(r.person): r.person for r in ctx.refs_in(k)
                         if ctx.cast.gender_of(r.person) in (None, gender)}.values())
            fits.sort(key=lambda p: ctx.cast.gender_of(p) != gender)  # (one the text gives that gender first)
            if fits:
                ctx.narrator = (fits[0], paragraph_of(ctx.text, m.start())[1])
    found = ctx.narrator
    return found[0] if found is not None and para[0] >= found[1] else None


def _labelled(ctx: EventContext, para: tuple[int, int]) -> PersonFound | None:
    """"Raghunathan: In Lisbon, in the summer of 2008. I was there …"."""
    m = _SPEAKER_LABEL.match(ctx.text, para[0], para[1])
    if m is None:
        return None
    return ctx.cast.person_at(m.start(1), m.end(1))


def _credited(ctx: EventContext, quote: tuple[int, int], resolve: Resolver) -> PersonFound | None:
    """The subject of the speech verb of the sentence the quote closes in or is introduced by."""
    close = ctx.sentence_of(quote[1] - 1)
    candidates = [close]
    opening = ctx.sentence_of(quote[0])
    lead = ctx.text[paragraph_of(ctx.text, quote[0])[0]:quote[0]]
    if opening > 0 and (lead.rstrip().endswith(":") or lead.strip()):
        candidates.append(opening - 1)  # "A source tells Us:" / "She rolls her eyes. “We were …”"
    speech = lex_words("speech_verbs") | {"laugh", "smile", "sigh", "shrug", "add", "recall", "gush", "joke"}
    for c in candidates:
        sent = ctx.sent(c) if 0 <= c < len(ctx.sentences) else None
        for t in sent if sent is not None else ():
            inside = quote[0] <= t.idx < quote[1]
            told = t.lemma_ in speech or (c != close and t.dep_ == "ROOT")  # "She rolls her eyes."
            if inside or not told or t.pos_ != "VERB":
                continue
            for s in (x for x in t.children if x.dep_ == "nsubj"):
                found = [p for p in resolve(ctx, s, c, [], set()) if p is not None]
                if len(found) == 1:
                    return found[0]
    return None


def _answering(ctx: EventContext, para: tuple[int, int], quote: tuple[int, int]) -> PersonFound | None:
    """A quoted paragraph under a question ("**How did Felix propose?**") is the answer of
    the one the article is about."""
    if ctx.text[para[0]:quote[0]].strip():
        return None
    before = ctx.text[:para[0]].rstrip()
    question = before[before.rfind("\n") + 1:]
    if not _QUESTION_END.search(question):
        return None
    return _interviewee(ctx)


def _interviewee(ctx: EventContext) -> PersonFound | None:
    """The one person the title names, else the one the text outside quotations names most
    (the questions name the partner often: "How did Felix propose?")."""
    title_end = ctx.text.find("\n")
    in_title = {id(r.person): r.person for r in ctx.cast.in_range(0, title_end if title_end > 0 else 0)}
    if len(in_title) == 1:
        return next(iter(in_title.values()))
    counts: dict[int, list] = {}
    for r in ctx.cast.refs:
        if not any(a <= r.start < b for a, b in ctx.quotes):
            counts.setdefault(id(r.person), [r.person, 0])[1] += 1
    return max(counts.values(), key=lambda x: x[1])[0] if counts else None


def _named_before(ctx: EventContext, char: int, speaker: PersonFound) -> PersonFound | None:
    """The last person the answer named before `char`, or, at its start, the question above:
    not the speaker, nor a child or blood relative of anyone."""
    para = paragraph_of(ctx.text, char)
    before = ctx.text[:para[0]].rstrip()
    start = before.rfind("\n") + 1 if _QUESTION_END.search(before[before.rfind("\n") + 1:]) else para[0]
    for r in reversed(ctx.cast.in_range(start, char)):
        p = r.person
        roles = ctx.cast.roles.get(id(p), set())
        if p is not speaker and r.kind == "name" and not roles & (event_words("child_nouns") | lex_words("blood_kin")):
            return p
    return None


def _partner_of(ctx: EventContext, speaker: PersonFound) -> PersonFound | None:
    """The one the article pairs the speaker with: a couple event told, else "her husband, X"."""
    for ev in reversed(ctx.events):
        group = ev.parents or ev.people
        if len(group) == 2 and speaker in group and ev.type in ("married", "engaged", "dating"):
            return next(p for p in group if p is not speaker)
    for tok in ctx.word_tokens(event_words("spouse_nouns") | event_words("partner_nouns")):
        if any(w in ctx.doc[max(0, tok.i - 2):tok.i].text.lower() for w in ("ex", "former", "late")):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        named = [r.person for r in ctx.cast.in_range(tok.idx, tok.idx + 80)]
        owned = owner is not None and (ctx.person(owner) is speaker or owner.lower_ == "my" or (
            PRONOUN_GENDER.get(owner.lower_) == ctx.cast.gender_of(speaker) and owner.lower_ in ("her", "his")))
        if owned and named and named[0] is not speaker:
            return named[0]
    return None


def partner_of(ctx: EventContext, tok, resolve: Resolver) -> list[PersonFound]:
    """"my husband": the speaker's partner."""
    speaker = speaker_at(ctx, tok.idx, resolve)
    partner = _partner_of(ctx, speaker) if speaker is not None else None
    return [partner] if partner is not None else []
