"""How an article tells an event: its claim ("stated", "hedged" by "reportedly" or
"is rumored to", "denied" by a rep) and whom it credits ("a source", "her rep"), in
the sentence itself or from the quotation around it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from .event_basics import GROUP_WORDS, QUOTES, RELATIVE, SINGLE_PRONOUNS, VERBS, event_words, lex_words
from .sentences import doc_text, paragraph_of

if TYPE_CHECKING:
    from .event_context import EventContext


def claim_of(trig: SpacySpan, sent) -> tuple[str | None, object]:
    """How the sentence tells the trigger's event: ("stated" | "hedged" | "denied", the denying
    verb or None), or (None, None) when it is negated, planned or hypothetical."""
    speech, denial = lex_words("speech_verbs"), lex_words("denial_verbs")
    plans = lex_words("plan_verbs") | event_words("plan_verbs")
    root = trig.root
    chain = [root] + [t for t in root.ancestors if sent.start <= t.i < sent.end]
    hedged = False
    child = None
    for depth, t in enumerate(chain[:6]):
        if t != root and t.pos_ in VERBS and t.lemma_ in denial:
            return "denied", t
        if t != root and t.lemma_ in lex_words("report_nouns") and t.pos_ == "NOUN":
            hedged = True  # "amid reports that they split"
        if t != root and t.pos_ in VERBS and t.lemma_ in speech:
            break  # what a speaker says stands as their claim; their own modality is theirs
        kids = list(t.children)
        if any(c.dep_ == "neg" for c in kids) and depth <= 2:
            return None, None
        if any(c.dep_ == "aux" and c.lower_ in lex_words("modals") for c in kids):
            return None, None
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return None, None
        if depth <= 2 and any(c.dep_ == "advmod" and c.lower_ in lex_words("hedge_adverbs") for c in kids):
            hedged = True
        if t.lower_ == "ahead":
            return None, None  # "ahead of their wedding"
        if t.dep_ == "conj" and t.pos_ in VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in t.head.children):
            break  # "Dev never found love there, but he found it soon afterwards, dating X": a clause of its own
        if t.dep_ == "relcl" and t.pos_ in VERBS and any(c.lower_ in ("who", "whom", "whose", "which")
                                                          for c in t.children):
            break  # "the second trip down the aisle for X, who was married to Y": its own claim
        if t != root and t.pos_ in VERBS:
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
            if t.lemma_ in lex_words("hedge_verbs") or t.lower_.startswith(("rumo", "alleged")) \
                    or (passive and t.lemma_ in lex_words("passive_hedge_verbs")):
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
    elif mods & lex_words("plan_modifiers"):
        return None, None
    before = sent.doc[max(sent.start, trig.start - 3):trig.start].text.lower()
    if "ahead of" in before:
        return None, None
    return ("hedged" if hedged else "stated"), None


_TOLD_BEFORE = {"it", "this", "that", "them", "report", "reports", "claim", "claims", "story", "stories", "rumour",
                "rumours", "rumor", "rumors", "allegation", "allegations", "speculation", "account"}


def denies_before(sent) -> object:
    """The denying verb of a sentence that denies what the one before told ("Mensah-Holloway's
    camp has always denied it.", "Her rep dismissed the report as fiction."), else None."""
    denial = lex_words("denial_verbs")
    root = sent.root
    if root.lemma_ not in denial or root.pos_ not in VERBS or any(c.dep_ == "neg" for c in root.children):
        return None
    objects = [c for c in root.children if c.dep_ in ("dobj", "prt")]
    if root.lemma_ == "shoot" and not any(c.lower_ == "down" for c in objects):
        return None
    things = [c for c in objects if c.dep_ == "dobj"]
    # (not "denied reports that he has moved on": a claim of its own)
    bare = all(c.lower_ in _TOLD_BEFORE and all(g.dep_ in ("det", "poss", "amod") for g in c.children) for c in things)
    return root if things and bare else None


def attribution_of(sent, trig=None) -> tuple[str | None, frozenset[int]]:
    """The speaker credited in the sentence ("a source", "her rep") and its token ids,
    leaving out a credit whose verb is the trigger itself."""
    for i, who, ids, (lo, hi) in _credits(sent):
        # (not the speaker's own relative clause: "Kowalczyk, who had broken off her engagement
        # to X that spring, insisted …" tells her breakup; it is not what she insists)
        if trig is None or not (trig.start <= i < trig.end or lo <= trig.start < hi):
            return who, ids
    return None, frozenset()


def _credits(sent) -> list[tuple[int, str, frozenset[int], tuple[int, int]]]:
    """Every credit of the sentence as (its verb's token, speaker, speaker's token ids, the
    tokens the speaker's phrase spans), worked out once per sentence: each event of the
    sentence asks."""
    cache = sent.doc.user_data.setdefault("gossip_timeline.credits", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = list(_find_credits(sent))
    return cache[key]


def _find_credits(sent):
    for t in sent:
        if t.lemma_ == "accord" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            objs = [c for c in t.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                sub = list(objs[0].subtree)
                yield t.i, t.doc[sub[0].i:sub[-1].i + 1].text, frozenset(x.i for x in sub), (sub[0].i, sub[-1].i + 1)
        if t.lemma_ in lex_words("speech_verbs") and t.pos_ == "VERB" and _reports_speech(t, sent):
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in SINGLE_PRONOUNS | GROUP_WORDS | RELATIVE | {"i", "we", "you", "it"}:
                sub = full = list(subj[0].subtree)
                if len(sub) > 8:
                    sub = [x for x in sub if x.i <= subj[0].i]
                yield t.i, t.doc[sub[0].i:sub[-1].i + 1].text, frozenset(x.i for x in sub), (full[0].i, full[-1].i + 1)


def _reports_speech(verb, sent) -> bool:
    """"A source says they met" reports speech; "Cruise shares two kids with…" does not:
    a speech verb credits a claim only with a clause or a quotation to credit."""
    if any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or verb.dep_ == "parataxis":
        return True
    return any(q in _text_of(sent) for q in QUOTES)


def _text_of(span) -> str:
    """A span's text read off the doc's cached text (a span's own `text` joins its tokens anew)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def quote_attribution(ctx: EventContext, char: int, k: int) -> str | None:
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
        who, _ = attribution_of(sent)
        if who:
            return who
    return None


def _bare_credit(sent) -> bool:
    """"So says a friend of the couple." / "That’s according to an insider.": a credit that
    tells nothing of its own."""
    if len(sent) > 14 or any(q in _text_of(sent) for q in QUOTES):
        return False
    speech = lex_words("speech_verbs")
    return not any(t.pos_ == "VERB" and t.lemma_ not in speech and t.lemma_ != "accord" for t in sent)
