"""The ages of an article's people: stated right after a name (", 61,"), in an epithet
paired with the person named before it ("the singer, 29,"), in a sentence of their own
("He was 79.") and at death ("who died in the spring at 91").

Run once the cast is known, on its references. name_candidates.py reads the age
patterns too: an age right after a word is the strongest sign that it names a person.
"""
from __future__ import annotations

import re

from .model import PersonFound
from .people_basics import Cast, Ref, introduced_as, lexicon, word_gender
from .sentences import doc_text, index_of, sentence_spans

# a child's age may be written out: "their daughter, Inés, two", "six-year-old Ned"
_AGE_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                         "fourteen fifteen sixteen seventeen eighteen nineteen".split(), 1)}
_WORD_AGE = "|".join(sorted(_AGE_WORDS, key=len, reverse=True))

# ", 61," / " (61)" / "**, 35," (Markdown emphasis closing the name) / ", now 39,"
_AGE_AFTER = re.compile(r"^[*_]*\s*,\s*(?:now\s+|aged\s+|both\s+)?(\d{1,3}|" + _WORD_AGE + r")\s*(?=,|\.|;|\)|[—–]|\band\b|$)"
                        r"|^[*_]*\s*\((?:age\s+)?(\d{1,3})\)"
                        r"|^[*_]*\s*,\s*an?\s+(\d{1,3})-year-old\b"  # "Leandro Paz, a 41-year-old former trainer"
                        # "Jaxon Pereira, the 29-year-old bartender who …", "Conrad Vandermeer, the 67-year-old
                        # founder of …" (not "Before Rocha, the 26-year-old was")
                        r"|^[*_]*\s*,\s*the\s+(\d{1,3})-year-old\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+(?:\s+(?:who|whose|of)\b|\s*,)")
_DEAD_AT = re.compile(r"^\s+(?:is\s+)?(?:dead|dies|died)\s+at\s+(?:age\s+|the age of\s+)?(\d{1,3})\b", re.I)
# "12-year-old twins, Gianni", "four-year-old son Ekow"
_YEAR_OLD = re.compile(r"\b(\d{1,3}|(?i:" + _WORD_AGE + r"))-year-old\s+(?:[a-z\-]+,?\s+){0,2}$"
                       # "Sørgaard’s 91-year-old grandmother in Aarhus, Birthe Sørgaard"
                       r"|\b(\d{1,3})-year-old\s+[a-z\-]+\s+(?:in|from)\s+[A-Z][\w\-]+,\s+$")

# "a 23-year-old Danny": an indefinite article before a known name describes the past
_THEN_YEAR_OLD = re.compile(r"\b[Aa]n? (?:\d{1,3}|(?i:" + _WORD_AGE + r"))-year-old\s+$")
_OPENING_YEAR_OLD = re.compile(r"^[*_“\"]*The (\d{1,3})-year-old\b")
_STATED_AGE = re.compile(r"^(?:He|She) (?:was|is) (\d{1,3})\.?$")
_EPITHET_AGE = re.compile(r",\s*(?:now\s+)?(\d{1,3})\s*(?=,|\.|;|\band\b)")


# ---------------------------------------------------------------- ages

# "Pieter is now 12", "Jun, is 5", "Solveig arrived in 2017 and is now 8"
_IS_AGE = re.compile(r"^(?:\s*,)?\s+(?:[^.;:!?]{0,50}?\band\s+)?(?:is|are)\s+(?:now\s+)?(\d{1,2})"
                     r"(?:\s+years?\s+old)?(?=\s*(?:[.;,—–]|\band\b|$))")


# ", who turned 40 on Friday," / " just turned 30": an age reached lately is the age now
_TURNED = re.compile(r"^[*_]*\s*,?\s*(?:who\s+)?(?:just\s+|recently\s+)?turned\s+(\d{1,3})\b(?!\s*(?:-|years?\s+ago|in\s+(?:19|20)\d\d))")


def age_number(word: str) -> int:
    """"61" → 61, "two" → 2."""
    return int(word) if word.isdigit() else _AGE_WORDS[word.lower()]


def age_after(text: str) -> int | None:
    """The age an apposition right after a name states: ', 61,' / ' (61)' / ' dead at 79' /
    ' is now 12' / ', who turned 40 on Friday'."""
    m = _AGE_AFTER.match(text) or _DEAD_AT.match(text) or _IS_AGE.match(text) or _TURNED.match(text)
    if not m:
        return None
    value = age_number(next(g for g in m.groups() if g))
    return value if 0 < value < 120 else None


def _assign_ages(doc, cast: Cast) -> None:
    text = doc_text(doc)
    plural = lexicon()["kin_plural"]
    shared, shared_end = None, -1  # "their 12-year-old twins, Gianni and Paolo": one age for both
    for r in cast.refs:
        if shared is not None and _LIST_JOINER.match(text[shared_end:r.start]):
            if r.person.age is None:
                r.person.age = shared
            shared_end = r.end
            continue
        shared = None
        if r.person.age is None:
            age = age_after(text[r.end:r.end + 70])
            if age is None:
                m = _YEAR_OLD.search(text[max(0, r.start - 40):r.start])
                if m and _verb_in(doc, r.start - len(m.group()) + m.group().index("old") + 3, r.start):
                    m = None  # "The 27-year-old singer sued Neil Harrowgate": the age is not Neil's
                elif m and _THEN_YEAR_OLD.search(text, max(0, r.start - 40), r.start):
                    m = None  # "where a 23-year-old Danny was celebrating": his age then, not now
                age = age_number(next(g for g in m.groups() if g)) if m else None
                nouns = re.findall(r"[a-z\-]+", m.group()[m.group().index("old") + 3:]) if m else []
                if nouns and nouns[-1] in plural:
                    shared, shared_end = age, r.end
            r.person.age = age
        if r.person.age is None:
            r.person.age = _age_at_opening(text, r)
    _share_list_ages(text, cast.refs, plural)
    sentences = sentence_spans(doc)
    people_in = [[r.person for r in cast.in_range(a, b)] for a, b in sentences]
    for k, (a, b) in enumerate(sentences):  # "He was 79." after an obituary's first sentence
        m = _STATED_AGE.match(text[a:b]) or _OPENING_YEAR_OLD.match(text[a:b])
        back = next((n for n in range(k - 1, max(-1, k - 3), -1) if people_in[n]), None) if m else None
        if m and back is not None and people_in[back][0].age is None and not cast.in_range(a, a + m.end()):
            # "… Kang Min-seo is pregnant. The 34-year-old actress …"; "X has arrived. Alone. The 52-year-old …"
            people_in[back][0].age = int(m.group(1))
    _pair_epithets(doc, cast, sentences, people_in)


# "At 54, Vesna Horvat has fronted …": an age opening the sentence, told in the present
_AT_AGE_BEFORE = re.compile(r"(?:^|[\n.!?]\s*)\s*At (\d{1,3}), $")
_PRESENT_AFTER = re.compile(r"\s+(?:has|is|remains|still|continues|’s|'s)\b")


def _age_at_opening(text: str, ref: Ref) -> int | None:
    m = _AT_AGE_BEFORE.search(text, max(0, ref.start - 12), ref.start)
    return int(m.group(1)) if m and _PRESENT_AFTER.match(text, ref.end) else None


def _verb_in(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


_LIST_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)$")


def _share_list_ages(text: str, refs: list[Ref], plural: frozenset[str]) -> None:
    """"twin sons, Kofi and Kojo, 10": the age closing a list of children is everyone's."""
    for n, r in enumerate(refs):
        age = r.person.age
        if age is None or age_after(text[r.end:r.end + 30]) != age:
            continue
        members, k = [], n
        while k > 0 and _LIST_JOINER.match(text[refs[k - 1].end:refs[k].start]) and refs[k - 1].person.age is None:
            k -= 1
            members.append(refs[k].person)
        before = re.search(r"([a-z\-]+)\s*,?\s*$", text[max(0, refs[k].start - 30):refs[k].start])
        if members and before and before.group(1) in plural:
            for person in members:
                person.age = age


_AT_AGE = re.compile(r"[^.;!?—–]{0,120}?\b(?:at\s+(?:just\s+|only\s+|age\s+|the\s+(?:tender\s+|young\s+|ripe\s+old\s+)?age\s+of\s+)?|aged\s+)"
                     r"(\d{1,3})\b(?!\s*(?:a\.?m\b|p\.?m\b|o['’]clock|[:%]|percent|mph|years?\s+(?:into|after|of)|[a-z]+\s+Street))")


def _ages_at_death(doc, cast: Cast) -> None:
    """"James Whitmore, who died in the spring at 91", "Opal passed away last year at 98",
    "The former Pulse Theory singer, who died … last week at just 31": the age at death is
    the subject's age. The subject comes from the parse: the verb's subject, the noun a
    "who died" clause hangs on, or — for "the singer"/"he" — the one person just named."""
    text = doc_text(doc)
    verbs = sorted(lexicon()["death_verbs"], key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b")
    sentences = None
    for m in pattern.finditer(text):
        at = _AT_AGE.match(text, m.end())
        if not at:
            continue
        age = int(at.group(1))
        if not 0 < age < 120:
            continue
        verb = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if verb is None:
            continue
        verb = next((t for t in verb if t.pos_ in ("VERB", "AUX")), verb[-1])
        while verb.dep_ in ("auxpass", "aux") and verb.head != verb:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None:
            continue
        person = cast.person_at(subj.idx, subj.idx + len(subj.text))
        # "Her father, … Arthur Larkspur, died"; "his grandmother, the dancer Edith Marsh, who died"
        appositions = [c for c in subj.children if c.dep_ == "appos"]
        appositions += [g for c in appositions for g in c.children if g.dep_ == "appos"]
        for appos in appositions:
            person = person or cast.person_at(appos.idx, appos.idx + len(appos.text))
        if person is None and (subj.pos_ == "PRON" or subj.lower_ in lexicon()["person_roles"]):
            sentences = sentences or sentence_spans(doc)
            person = _one_person_before(cast, sentences, subj, word_gender(subj.lower_) or
                                        {"he": "m", "him": "m", "she": "f", "her": "f"}.get(subj.lower_))
        if person is not None and person.age is None:
            person.age = age


def _one_person_before(cast: Cast, sentences, tok, gender: str | None) -> PersonFound | None:
    """The person a pronoun or "the singer" stands for: the only one (of that gender) named
    earlier in its sentence, else in the nearest earlier sentence naming anyone."""
    k = index_of(sentences, tok.idx)
    here = [r.person for r in cast.in_range(sentences[k][0], tok.idx)]
    pools = [here] if here else []
    for back in range(k - 1, max(-1, k - 3), -1):
        found = [r.person for r in cast.in_range(*sentences[back])]
        if found:
            pools.append(found)
            break
    for pool in pools:
        fits = list({id(p): p for p in pool if gender is None or cast.gender_of(p) in (None, gender)}.values())
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
    return None


def _epithets(doc, a: int, b: int, cast: Cast, text: str) -> list[tuple[int, int, int]]:
    """(start, end, age) of 'the Grammy-nominated singer, 29,' phrases in one sentence."""
    out = []
    for m in list(_EPITHET_AGE.finditer(text, a, b)) + list(_EPITHET_TURNED.finditer(text, a, b)):
        if cast.person_at(m.start() - 1, m.start()) is not None:
            continue
        head = re.search(r"^.*(?:^|\s)((?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+[^,;]{0,60}?\b([^\W\d_][\w\-]+))\s*$",
                         text[a:m.start()], re.S)  # the nearest determiner: "his romance with the model, 28"
        if not head or cast.in_range(a + head.start(1), m.start()):
            continue
        if head.group(1).split()[0].lower() in ("her", "his", "their") and head.group(2).lower() not in _PARTNER_WORDS:
            continue  # "her footballer husband, 31," is a person of the lead; "her daughter, 12," is not
        if not head.group(2).islower() and head.group(2).lower() not in lexicon()["person_roles"] \
                and head.group(2) not in lexicon()["demonyms"]:
            # "The Emmy-winning star of the legal drama Hartwell & Hale, 45,": a role before "of"
            head = _ROLE_OF.search(text[a:m.start()])
            if not head or head.group(2).lower() not in lexicon()["person_roles"] \
                    or cast.in_range(a + head.start(1), m.start()):
                continue  # "The superstar DJ, 32," and "the Norwegian, 30," are epithets; "the Ritz, 2019" is not
        out.append((a + head.start(1), m.start(), int(m.group(1))))
    for m in _THE_YEAR_OLD.finditer(text, a, b):  # "the Mar Aberto hitmaker, 33, and the 30-year-old flanker"
        named = cast.in_range(m.end(), m.end() + 3)  # "the 30-year-old flanker Cian Gallagher"
        aged = any(r.person.age == int(m.group(1)) for r in cast.refs if r.end <= m.start())
        if not named and not aged and not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), int(m.group(1))))
    return sorted(out)


_ROLE_OF = re.compile(r"(?:^|\s)((?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,3}?([a-z][\w\-]+)\s+of\s+[^,;]{1,60}?)\s*$")
_EPITHET_TURNED = re.compile(r",\s*who\s+(?:just\s+|recently\s+)?turned\s+(\d{1,3})\b(?!\s*(?:-|years?\s+ago))")
# "the 29-year-old's love life", "a bumpy year for the 38-year-old, whose ex-fiancée …"
_THE_YEAR_OLD = re.compile(r"\b[Tt]he (\d{1,3})-year-old(?:['’]s\b|(?:\s+[a-z][\w\-]*){1,3}\b|,\s+(?:who|whose)\b)")


def _nationality_age(cast: Cast, text: str, start: int, end: int, age: int) -> bool:
    """"the Norwegian, 30,": the age of the one the text introduced as Norwegian ("Norwegian
    skier Kristof Halvorsen"), when there is one; True when the age found its person."""
    word = text[start:end].split()[-1]
    if word not in lexicon()["demonyms"]:
        return False
    introduced = introduced_as(text, cast.refs, word, start)
    if not introduced or introduced[-1].person.age is not None:
        return False
    introduced[-1].person.age = age
    cast.refs.append(Ref(start, end, introduced[-1].person, kind="epithet"))
    return True


_PARTNER_WORDS = {"husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "partner",
                  "spouse", "beau"}


_AIDE_AFTER = re.compile(r"['’]s?\s+([\w\-]+)(?:\s+([\w\-]+))?")  # "'s rep", "'s longtime publicist"


def _spoken_for(cast: Cast, text: str, start: int, end: int) -> PersonFound | None:
    """The one person named between `start` and `end` only as the owner of an aide ("X's
    rep", "X's longtime publicist"), whose age is not yet known."""
    refs = cast.in_range(start, end)
    if len({id(r.person) for r in refs}) != 1:
        return None
    aides = lexicon()["owner_aides"]
    for r in refs:
        m = _AIDE_AFTER.match(text, r.end)
        if m is None or not {w.lower() for w in m.groups() if w} & aides:
            return None
    return refs[0].person if refs[0].person.age is None else None


def _epithet_candidates(people_in, k: int, named_here: set[int], wanted: int, aged: bool) -> list[PersonFound]:
    """Who the epithets of sentence k may be: the people of the sentences before, nearest
    first, not named in k itself; only those of unknown age unless `aged`."""
    candidates: list[PersonFound] = []
    for back in range(k - 1, max(-1, k - 4), -1):
        for p in people_in[back]:
            if id(p) not in named_here and (aged or p.age is None) and p not in candidates:
                candidates.append(p)
        if len(candidates) >= wanted:
            break
    return candidates


def _pair_epithets(doc, cast: Cast, sentences, people_in) -> None:
    """Order-preserving pairing of epithets with the people named just before."""
    text = doc_text(doc)
    for k, (a, b) in enumerate(sentences):
        found = _epithets(doc, a, b, cast, text)
        found = [f for f in found if not _nationality_age(cast, text, *f)]
        if not found:
            continue
        # people named before the epithets cannot be them; those named after can't be either,
        # but they don't make the pairing ambiguous ("... nearly 17 months after Osei filed")
        last = found[-1][1]
        spoken_for = _spoken_for(cast, text, a, found[0][0]) if len(found) == 1 else None
        if spoken_for is not None:
            # "Camille Ostrowski's rep confirmed on Monday that the actress, 35, …": the one the
            # aide speaks for, though named in the same sentence
            s, e, age = found[0]
            spoken_for.age = age
            cast.refs.append(Ref(s, e, spoken_for, kind="epithet"))
            continue
        named_here = {id(r.person) for r in cast.in_range(a, last)}
        candidates = _epithet_candidates(people_in, k, named_here, len(found), aged=False)
        if len(candidates) != len(found):
            # "The Belgian tennis star, 27, and the Danish tech entrepreneur, 31, …" where a later
            # "The 31-year-old was photographed" already gave one of them the same age
            known = _epithet_candidates(people_in, k, named_here, len(found), aged=True)
            if len(known) == len(found) and all(p.age in (None, age) for (_, _, age), p in zip(found, known)):
                candidates = known
        if len(found) == 1 and len(candidates) > 1:
            # one epithet after a sentence naming several: its subject, the one named first
            # ("X and her husband, Y, welcomed a daughter, Z. The actress, 35, shared …")
            nearest = next((people_in[back] for back in range(k - 1, max(-1, k - 4), -1) if people_in[back]), [])
            candidates = [p for p in nearest[:1] if p in candidates]
        if len(candidates) != len(found):
            continue
        for (s, e, age), person in zip(found, candidates):
            person.age = age
            cast.refs.append(Ref(s, e, person, kind="epithet"))
    cast.refs.sort(key=lambda r: r.start)
