"""Which spans of a parsed doc may name a person, and the evidence for and against each.

The small English model often labels surnames as GPE/ORG ("Khayrova", "Connor") and
leaves some names untagged, so candidates are entity spans trimmed to their name
words plus runs of capitalised words, and each is judged on cues of the text (an
age apposition, a role word like "rapper X", a kin word) against signs that it names
a place, a brand, a title or an outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from .ages import _AGE_AFTER, _DEAD_AT, _IS_AGE, _YEAR_OLD
from .given_names import given_name_gender
from .name_parts import core_words, is_generation, is_particle, split_generation
from .people_basics import lexicon
from .sentences import doc_ents, doc_text, doc_tokens

CANDIDATE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC", "WORK_OF_ART"}
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
_NAME_TOKEN = re.compile(rf"^[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*[{_LOWER}][{_UPPER}{_LOWER}'’\-]*$|^[A-Z]\.?$")
_DETERMINERS = {"the", "a", "an"}


@lru_cache(maxsize=8192)
def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


_NICKNAMED = re.compile(rf"\b([{_UPPER}][{_LOWER}]+)\s+[“\"]([{_UPPER}][\w.\-]*(?:\s[{_UPPER}][\w.\-]*){{0,2}})[”\"]\s+([{_UPPER}][\w'’\-]*[{_LOWER}])")


def _run_word(t, in_ent: set[int]) -> bool:
    """A capitalised word outside any entity that may be part of a name; the small model
    sometimes tags a name as common nouns ("Siobhán O’Rourke is a married woman!")."""
    return t.i not in in_ent and t.pos_ in ("PROPN", "NOUN") and bool(_NAME_TOKEN.match(t.text))


def _single_cue(doc, i: int, depth: int = 0) -> bool:
    """A lone untagged word with a person cue: "his aunt Rosalind", "daughters Ivy, 9,",
    or listed after such a word: "twins, Gianni and Paolo"."""
    t = doc[i]
    if not _NAME_TOKEN.match(t.text):
        return False
    lex = lexicon()
    prev = _prev_word(doc, i)
    if prev is not None and (prev.lower_ in lex["kin"] or prev.lower_ in lex["kin_plural"]
                             or (prev.lower_ in lex["person_roles"] and prev.i == i - 1)) \
            or _AGE_AFTER.match(t.whitespace_ + doc[i + 1:i + 6].text_with_ws) \
            or (t.pos_ == "PROPN" and _IS_AGE.match(t.whitespace_ + doc[i + 1:i + 5].text_with_ws)):  # "Lotte is 9"
        # (`is_sent_start` scans the whole doc on each call: asked last)
        return t.pos_ == "PROPN" or not t.is_sent_start
    if depth < 3 and prev is not None and prev.lower_ in ("and", "&") and prev.i >= 1:
        k = prev.i - 1 - (doc[prev.i - 1].text == ",")
        if k >= 2 and doc[k].like_num and doc[k - 1].text == ",":
            k -= 2  # "Luca, 12, and Noa": past the age of the one before
        return k >= 0 and k != i and _single_cue(doc, k, depth + 1)
    if depth < 3 and i >= 2 and doc[i - 1].text == "," and _NAME_TOKEN.match(doc[i - 2].text):
        return _single_cue(doc, i - 2, depth + 1)
    return False


def kin_apposition(doc, i: int, depth: int = 0) -> bool:
    """A word set off after a kin word ("a daughter, June", "their son, River") or listed after
    such a word ("twin daughters, Skye and River"), with no number after it ("June 5"): a
    person's name even when the word is mostly a month or a place."""
    tokens = doc_tokens(doc)
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and (after.like_num or not (after.is_punct or after.lower_ in ("and", "&"))):
        return False  # (not "June 5", nor "her father, Chief Emeka Okonjo")
    lex = lexicon()
    prev = _prev_word(doc, i)
    if prev is None:
        return False
    if i >= 1 and tokens[i - 1].text == "," and (prev.lower_ in lex["kin"] or prev.lower_ in lex["kin_plural"]):
        return True
    if depth < 3 and prev.lower_ in ("and", "&") and prev.i >= 1:
        k = prev.i - 1 - (tokens[prev.i - 1].text == ",")
        return k >= 0 and _NAME_TOKEN.match(tokens[k].text) is not None and kin_apposition(doc, k, depth + 1)
    return False


_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{2,5}$")  # "Yu-jin", "Do-hyun", "Seung-hoon"
_OWNED = re.compile(r"['’]s\s+(?:(?:longtime|former|new|estranged|late)\s+)?([\w\-]+)")


def _candidate_spans(doc) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of entity spans trimmed to their name words."""
    out = []
    ents = doc_ents(doc)
    # words of other entities may still start a run: "Hugo" (EVENT), "May" (DATE), 4
    in_ent = {t.i for ent in ents if ent.label_ in CANDIDATE_LABELS for t in ent}
    # "Wade Pruitt" untagged: a run of capitalised words ("Soo-ah" one word), judged by cues
    words: list[tuple[int, int]] = []
    tokens = doc_tokens(doc)
    i = 0
    while i < len(tokens):
        if _run_word(tokens[i], in_ent):
            j = _hyphen_end(doc, i + 1)
            words.append((i, j))
            i = j
        else:
            i += 1
    run: list[tuple[int, int]] = []
    for word in words + [None]:
        if word is not None and run and run[-1][1] == word[0] and doc[word[0] - 1].whitespace_:
            run.append(word)
            continue
        if 2 <= len(run) <= 3:
            out.append((run[0][0], _name_tail(doc, run[-1][1]), ""))
        elif len(run) == 1 and (_single_cue(doc, run[0][0]) or (
                run[0][1] - run[0][0] > 1 and _AGE_AFTER.match(doc[run[0][1] - 1].whitespace_
                                                                + doc[run[0][1]:run[0][1] + 5].text_with_ws))):
            out.append(run[0] + ("",))
        run = [word] if word is not None else []
    for m in _NICKNAMED.finditer(doc_text(doc)):  # Margaret “Peggy” Albright: only people have these
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            out.append((span.start, span.end, "NICKNAME"))
    for ent_start, ent_end, label in _split_at_line_breaks(ents):
        i, j = ent_start, ent_end
        has_det = False
        while i < j and not _NAME_TOKEN.match(doc[i].text) and doc[i].text not in "“\"":
            has_det = has_det or doc[i].lower_ in _DETERMINERS
            i += 1  # "DJ Lars Hoekstra" (WORK_OF_ART): the role word is not part of the name
        j = next((k for k in range(i + 1, j) if doc[k].text in ("'s", "’s")), j)  # "Meera Kapadia's Marriage"
        while j > i and (doc[j - 1].text in ("'s", "’s", "'", "’") or doc[j - 1].is_punct):
            j -= 1
        if has_det or i >= j:
            continue
        j = _name_tail(doc, _hyphen_end(doc, j))  # "Seo" (PERSON) "-" "jun"; "Ortiz" (PERSON) "y Galván"
        while j < len(doc) and j - i == 1 and _NAME_TOKEN.match(doc[j].text) and doc[j].ent_type_ == "" \
                and doc[j - 1].whitespace_ and doc[j].pos_ in ("PROPN", "NOUN"):
            j += 1  # "Maeve" ORG + "O’Donnell" untagged
        one_word = not any(doc[k].whitespace_ for k in range(i, j - 1))  # "Vance", "Brooks-Vance"
        two_word_person = label == "PERSON" and j - i == 2  # "Layla" + "Rose Zielinski" (PERSON)
        # the word before: untagged, or an entity of its own ("Luana" GPE + "Figueiredo" GPE)
        lone_before = i > 0 and (doc[i - 1].ent_type_ == "" or (
            one_word and doc[i - 1].ent_iob_ == "B" and doc[i - 1].ent_type_ == label and doc[i].ent_iob_ == "B")
            # "Han Yu-jin" with "Han" tagged NORP: a short surname before a hyphenated Korean given name
            or (label == "PERSON" and _KOREAN_GIVEN.match(doc[i:j].text) is not None and len(doc[i - 1].text) <= 4))
        # "Pilar" untagged + "Reyes de Moncada" (ORG): a surname with a particle inside
        if (one_word or two_word_person or (j - i >= 3 and any(is_particle(doc[k].text) for k in range(i + 1, j - 1)))) \
                and lone_before and _NAME_TOKEN.match(doc[i - 1].text) \
                and doc[i - 1].pos_ == "PROPN" and doc[i - 1].whitespace_ \
                and (not doc[i - 1].is_sent_start or label == "PERSON"
                     or _AGE_AFTER.match(doc[j - 1].whitespace_ + doc[j:j + 5].text_with_ws)
                     or (given_name_gender(doc[i - 1].text)
                         and (_person_follows(doc, j) or _a_person_elsewhere(doc, ents, doc[i:j].text)))):
            i -= 1  # "Ivy" untagged + "Marlowe" PERSON; "Lior" + "Ben-Ami" (PERSON) or "Priya" + "Sandhu" (GPE), 44, opening a sentence
        out.append((i, j, label))
    return out


def _a_person_elsewhere(doc, ents, surname: str) -> bool:
    """"Ines" + "Valdemar" (GPE) opening the article, when the model tags "Valdemar told
    Fitzgibbon" as a person further on."""
    return any(e.label_ == "PERSON" and e.text.split()[-1] == surname for e in ents)


def _person_follows(doc, j: int) -> bool:
    """"Anouk Verhaegen and Kofi Mensah-Brandt …": the name is one of a pair of people."""
    return j + 1 < len(doc) and doc[j].lower_ in ("and", "&") and doc[j + 1].ent_type_ == "PERSON"


def _name_tail(doc, j: int) -> int:
    """Past a surname's particles and a generation the model left out of the name:
    "Konstantin Prinz" + "zu Ebersfeld-Hohenau", "Nils Silfverkrona" + "af Hjortsberg",
    "Preston Vandermeer" + "III"."""
    if j >= len(doc):
        return j
    k = j
    while k < len(doc) and is_particle(doc[k].text) and doc[k - 1].whitespace_:
        k += 1
    if k > j and k < len(doc) and doc[k - 1].whitespace_ and _NAME_TOKEN.match(doc[k].text) \
            and doc[k].ent_type_ not in ("DATE", "TIME", "CARDINAL", "NORP"):
        j = _hyphen_end(doc, k + 1)
    if j < len(doc) and is_generation(doc[j].text) and doc[j - 1].whitespace_:
        j += 1
    return j


def _hyphen_end(doc, j: int) -> int:
    """Past a hyphenated tail the tokenizer split off: "Do" "-" "yun" is one name word."""
    while j + 1 < len(doc) and doc[j - 1].whitespace_ == "" and doc[j].text == "-" and doc[j].whitespace_ == "" \
            and doc[j + 1].is_alpha and doc[j - 1].ent_type_ != "NORP" and doc[j + 1].ent_type_ != "NORP":
        j += 2
    return j


def _split_at_line_breaks(ents) -> list[tuple[int, int, str]]:
    """Candidate entities as token ranges; one running across a line break ("Baby Nnamdi" /
    "Montenegro gave birth…", tagged as one PERSON), joining two names ("Leo and Maya") or
    running past a possessive ("Gallagher’s Munster teammate") is two."""
    out = []
    for ent in ents:
        if ent.label_ not in CANDIDATE_LABELS:
            continue
        start, label = ent.start, ent.label_
        for t in ent:
            joiner = t.lower_ == "and" and len(ent) == 3 and t.i == ent.start + 1  # "Leo and Maya" (ORG)
            # "Callum Abernethy and Marisol Dagohoy" (ORG): two full names, so two people
            couple = (t.lower_ == "and" or (t.text == "&" and ent.label_ == "PERSON")) \
                and _two_full_names(ent, t.i)
            label = "PERSON" if couple else label
            joiner |= couple or ((t.lower_ in ("'s", "’s") or (t.text in ("'", "’") and t.tag_ == "POS"))
                                 and t.i + 1 < ent.end)  # "Gallagher’s Munster (teammate)", "Lumen Hearts' Saoirse"
            if "\n" in t.text or "\n" in t.whitespace_ or joiner:
                if t.i > start or "\n" in t.whitespace_:
                    out.append((start, t.i + ("\n" in t.whitespace_), label))
                start = t.i + 1
        if start < ent.end:
            out.append((start, ent.end, label))
    return out


def _two_full_names(ent, joiner: int) -> bool:
    """Does "and" at token `joiner` join two names of two or more words each, in an entity
    ("Callum Abernethy and Marisol Dagohoy", "J-Kay” Kwon and Brittany Kowalski" ending a heading)?"""
    end = ent.end
    while end > joiner and ent.doc[end - 1].is_space:
        end -= 1
    doc = ent.doc
    if ent[0].lower_ in _DETERMINERS or not 2 <= joiner - ent.start <= 6 or not 3 <= end - joiner <= 5:
        return False
    words = [x for x in doc[ent.start:end] if x.i != joiner and x.text not in ("-", "“", "”", '"')]
    before = sum(1 for x in words if x.i < joiner)
    return before >= 2 and len(words) - before >= 2 and all(_NAME_TOKEN.match(x.text) for x in words)


def _prev_word(doc, i: int):
    """The word before token i in its sentence and line (punctuation skipped)."""
    tokens = doc_tokens(doc)
    k = i - 1
    while k >= 0 and (tokens[k].is_punct or tokens[k].is_space) and tokens[k].text not in "-":
        if "\n" in tokens[k].text or tokens[k].text in ("!", "?", "."):
            return None  # a list of names, one a line; "Back on! Ximena Cordero …"
        k -= 1
    return tokens[k] if k >= 0 else None


_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}


def _looks_like_name(words: list[str]) -> bool:
    lex = lexicon()
    words = split_generation(words)[0]  # "Preston Vandermeer III"
    if not (0 < len(core_words(words)) <= 4
            and all(_NAME_TOKEN.match(w) or (0 < n < len(words) - 1 and is_particle(w)) for n, w in enumerate(words))):
        return False  # ("Friedrich von Albrecht-Lenz", "Álvaro Núñez de la Torre": particles inside a name)
    if len(words) == 1 and (words[0] in lex["titles"] or words[0] in lex["noble_ranks"] or words[0] in lex["demonyms"]):
        return False  # "Lady", "the 8th Marquess of Ashcombe", "Welsh (rugby star)": no one here
    given = _MONTH_NAMES | lex["given_name_words"]  # "June Whitley", "Oscar Lindgren"
    checked = words[1:] if len(words) > 1 and words[0] in given else words
    parts = [part for w in checked for part in _strip_possessive(w).split("-")]  # "French-Senegalese"
    if any(_DESCRIBING_PART.match(part) for part in parts[1:]):
        return False  # "London-trained", "Oscar-winning", "Lagos-born" (not "Soo-ah", "Do-yun")
    # a hyphenated surname is judged by its first part: "French-Senegalese" is no name, "Mensah-Day" is
    return not any(_strip_possessive(w).split("-")[0] in lex["not_name_words"] for w in checked)


_DESCRIBING_PART = re.compile(r"^[a-z]+(?:ed|ing|born|based)$")


_VENUE_POSSESSIVE = re.compile(r"^['’]s?(?=\s*[,.;:)!?]|\s+(?:in|on|at|near|with|for|where)\b)")


@dataclass
class _Evidence:
    positive: bool = False   # a person cue, or the PERSON label
    negative: bool = False   # this mention is not a person
    strong: bool = False     # a cue of the text itself (age, kin, role), not the model's label
    thing: bool = False      # the text calls it a band, venue, title, outlet: no mention is a person
    placed: bool = False     # written where a place goes ("at", "flew in from"): maybe a place


def _speaks_after(doc, k: int) -> bool:
    """Does a reporting verb follow the role at token k within its phrase ("a rep for
    Castonguay confirmed")?"""
    speech = lexicon()["speech_verbs"]
    for t in doc[k + 1:k + 7]:
        if t.is_punct:
            return False
        if t.tag_ in ("VBD", "VBZ", "VBP") and (t.lemma_ in speech or t.lower_ in speech):
            return True
    return False


def _bracket_after_name(doc, i: int) -> bool:
    """Is the bracket before token i right after a name ("Mason Kowalczyk (Rick)")?"""
    return i >= 2 and (doc[i - 2].ent_type_ == "PERSON" or doc[i - 2].pos_ == "PROPN")


def _word_after_in(doc, j: int, words: frozenset[str]) -> bool:
    """Is the word right after tokens ..j (a space between) one of `words` ("Blossom Entertainment")?"""
    return j < len(doc) and doc[j].text in words and doc[j - 1].whitespace_ != ""


def _told_outlet(doc, i: int) -> bool:
    """"a source close to the couple tells Glow", "her rep confirmed to Glow": what a source
    or a rep speaks to is a publication."""
    tok = doc[i]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head  # "tells Hollywood Whisper": from "Hollywood" to the name's head
    verb = tok.head.head if tok.head.lower_ == "to" else tok.head
    if tok.dep_ not in ("dative", "dobj", "pobj", "npadvmod") or verb.lemma_ not in ("tell", "confirm", "say", "reveal", "explain"):
        return False
    informants = lexicon()["informant_nouns"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in informants for c in verb.children)


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern:
    names = sorted(lexicon()["outlets"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in names) + r")(?![\w'’])")


def _known_outlet(text: str, start: int, end: int) -> bool:
    """Does a magazine or news outlet of the lexicon begin at `start` and cover the name
    ("Harper" of "Harper’s Bazaar"; not "Elle" of "Elle Marsh")?"""
    m = _outlet_pattern().match(text, start)
    return m is not None and (m.end() >= end or text[m.end():end] in ("'s", "’s"))


def _travelled_to(doc, k: int) -> bool:
    """Is "to" at token k where a journey ends ("a ski trip to", "relocate with the twins to")?"""
    travel = lexicon()["travel_words"]
    if doc[k].head.lemma_ in travel or doc[k].head.lower_ in travel:
        return True
    for back in range(k - 1, max(-1, k - 4), -1):
        t = doc[back]
        if t.lower_ in travel or t.lemma_ in travel:
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


def _arrived_from(doc, k: int) -> bool:
    """Is "from" at token k where a journey starts ("flew in from", "hails from", "back from")?"""
    lex = lexicon()
    for back in range(k - 1, max(-1, k - 4), -1):
        word = doc[back].lower_
        if word in lex["arrival_verbs"] or doc[back].lemma_ in lex["arrival_verbs"]:
            return True
        if word not in ("in", "back", "over", "down", "up", "all", "the", "way", "here", "there"):
            return False
    return False


def _role_apposition(doc, j: int, text: str, end_char: int) -> bool:
    """"Wade Pruitt, the gravel-voiced country singer behind…" — but not "Spain, the
    couple’s publicist confirmed…", where the role opens a new clause."""
    if not re.match(r"\s*,\s*(?:the|a|an)\s", text[end_char:end_char + 8]):
        return False
    roles = lexicon()["person_roles"]
    for k in range(j + 2, min(len(doc), j + 9)):
        t = doc[k]
        if t.is_punct and t.text not in "-’'" or t.is_sent_start:
            return False
        if t.lower_ in roles or any(w in roles for w in t.lower_.split("-")):
            if t.dep_ in ("nsubj", "nsubjpass") or _speaks_after(doc, k):
                return False  # "Wyoming, a rep for the couple confirmed": the role's own clause
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ != "VBN":
                return False
            if nxt is not None and nxt.tag_ == "VBN" and nxt.i + 1 < len(doc) and nxt.nbor(1).pos_ == "ADP" \
                    and nxt.nbor(1).lower_ != "by":
                return False  # "the publicist confirmed to" (VBD read as VBN)
            return True
    return False


def _owns_a_person(doc, i: int, j: int) -> bool:
    """Is tokens i..j a possessive owning the name right after it ("Lumen Hearts' Saoirse
    Kilbane", "Northgate's Tyrese Whitmore")? A band or a team has its members so; a person
    has a kin word between ("Kilbane's mum, Gráinne"). Not a given name's possessive."""
    if j + 1 >= len(doc) or doc[j].text not in ("'s", "’s", "'", "’") or given_name_gender(doc[i].text):
        return False
    k = j + 1
    while k < len(doc) and doc[k].is_space:
        k += 1  # (Markdown's bold marks, blanked)
    if k + 1 >= len(doc) or doc[k].pos_ != "PROPN" or not _NAME_TOKEN.match(doc[k].text):
        return False
    return (doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B") \
        or (given_name_gender(doc[k].text) is not None and doc[k].ent_type_ == "" and doc[k + 1].pos_ == "PROPN")


def _opens_a_clause(doc, char: int) -> bool:
    """Is the noun at `char` part of a new clause's subject rather than an apposition ("Noor
    Haddad-Ellison, the Kestwick estate office announced on Saturday")?"""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i:
        return True
    speech = lexicon()["speech_verbs"]  # (parsed as an apposition with "announced" hung on it)
    return tok.i + 1 < len(doc) and doc[tok.i + 1].head.i == tok.i and doc[tok.i + 1].dep_ in ("acl", "relcl") \
        and doc[tok.i + 1].tag_ in ("VBD", "VBN") and doc[tok.i + 1].lemma_ in speech


def _list_head(doc, i: int, j: int) -> int:
    """First token of the list whose later member tokens i..j are: "as [Sonny] and [Cher]"
    gives Sonny's index for Cher; `i` itself when the name opens no such list."""
    root = doc[i:j].root
    for _ in range(4):
        if root.dep_ != "conj" or root.head.i >= i:
            break
        root = root.head
    if root.i >= i or root.dep_ in ("nsubj", "nsubjpass"):
        return i  # "wore Gucci and Tova smiled": a subject heads a new clause
    k = root.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and _NAME_TOKEN.match(doc[k - 1].text):
        k -= 1
    return k


def _worn_or_played(doc, i: int, j: int, label: str) -> str | None:
    """"thing" when tokens i..j name a label, a costume or a role rather than a person of the
    article ("wearing Chanel", "a Hermès Birkin", "her Cartier ring", "dressed as Sonny and
    Cher", "starred as Juliet"); "negative" when only this mention is not a person ("played
    Juliet", "spotted leaving Catch Steak"); None otherwise."""
    lex = lexicon()
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.text in ("'s", "’s", "'", "’"):
        return None  # "wearing Mira's ring", "leaving Dex Morrow's house"
    words = [_strip_possessive(t.text) for t in doc[i:j]]
    last_item = j - i > 1 and doc[j - 1].lower_ in lex["fashion_items"]
    head_words = words[:-1] if last_item else words
    brands = lex["brands"]
    brand = " ".join(head_words) in brands or all(w in brands for w in head_words)
    item_after = nxt is not None and nxt.lower_ in lex["fashion_items"] and nxt.pos_ == "NOUN"
    cue_at = [i]
    if i > 0 and doc[i - 1].lower_ in ("and", "&", ","):
        k = _list_head(doc, i, j)
        if k != i:
            cue_at.append(k)
    for n, at in enumerate(cue_at):
        listed = n > 0  # the cue stands before the list's first member
        prev = _prev_word(doc, at)
        if prev is None:
            continue
        low = prev.lower_
        prev2 = _prev_word(doc, prev.i)
        low2 = prev2.lower_ if prev2 is not None else ""
        worn = low in lex["wear_words"] or (low == "in" and low2 in lex["wear_in_words"])
        if brand and (worn or low in lex["carry_words"] or item_after or last_item or label != "PERSON"):
            return "thing"
        if worn and not listed:
            return "thing"
        if low == "as" and (low2 in lex["costume_verbs"] or low2 in lex["role_as_words"]):
            return "thing"
        if low in lex["play_verbs"]:
            return "negative"
        # "spotted leaving Catch Steak", "photographed Saturday leaving Nobu Malibu with …"
        if not listed and low in lex["leaving_verbs"] and (low2 in lex["sighting_words"] or (
                nxt is not None and nxt.lower_ == "with")):
            return "negative"
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ in ("costume", "costumes", "getup", "get-up", "wig"):
        return "thing"
    return None


_APPOSITION_HEAD = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,4}?([a-z]+)\b(?!['’]s)")  # not "the film's lead"
_DATELINE_OPEN = re.compile(r"\b[A-Z][A-Z .’']{2,}\s\($")   # "LOS ANGELES (" before a wire's name
_SITE_SEPARATOR = re.compile(r"\s[|·]\s*$")                # "… Castle | Glow"
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_SEPARATOR_AFTER = re.compile(r"\s+·\s")  # "_Published November 8, 2024 · Throwback · 6 min read_": a section


_QUOTE_OPENED = re.compile(r"[“\"][^“”\"\n.!?]{0,40}$")
_QUOTE_CLOSED_BEFORE_NOUN = re.compile(r"[^“”\"\n.!?]{0,40}?[”\"]\s+([a-z][\w\-]*)")


def _in_quoted_title(text: str, start: int, end: int, lex) -> bool:
    """Is the name inside a short quotation that modifies a role or a work ("the “Peckham to
    Ikoyi” hitmaker", "her “Ask Ana” podcast")? A song's or show's title, not a person
    (speech is followed by its speaker, not by a noun)."""
    if not _QUOTE_OPENED.search(text, max(0, start - 40), start):
        return False
    m = _QUOTE_CLOSED_BEFORE_NOUN.match(text, end, end + 60)
    return bool(m) and (m.group(1) in lex["person_roles"] or m.group(1) in lex["work_nouns"])


_HOMES = {"home", "mansion", "estate", "ranch"}  # "the Beckham family home": a person may own it
_ACTS = {"duo", "trio", "band", "group", "quartet", "act", "outfit", "pair", "couple", "label", "brand", "company"}
_ISSUES = {"issue", "edition", "episode", "installment", "instalment"}
_MEASURES = {"bottle", "glass", "magnum", "case", "pint", "flute", "carafe", "jug", "cup", "mug", "shot", "jar", "tin"}
_OF_A_THING = _MEASURES | _ISSUES
_PLACE_KINDS = {"island", "isle", "town", "city", "village", "region", "province", "county", "borough", "kingdom",
                "republic", "principality", "port", "valley", "hometown", "capital"}


def _cues(doc, i: int, j: int, label: str, bylines: set[str], persons=None, text=None) -> _Evidence:
    """Evidence that tokens i..j name a person, or name a thing."""
    lex = lexicon()
    text = doc_text(doc) if text is None else text
    span = doc[i:j]
    ev = _Evidence()
    after = text[span.end_char:span.end_char + 12]
    prev = _prev_word(doc, i)
    prev_low = prev.lower_ if prev is not None else ""
    comma_before = i > 0 and doc[i - 1].text == ","
    strong = bool(_AGE_AFTER.match(after)) or bool(_DEAD_AT.match(text[span.end_char:span.end_char + 30]))
    strong |= prev_low in lex["person_roles"] or prev_low in lex["kin"] or prev_low in lex["kin_plural"]
    strong |= bool(_YEAR_OLD.search(text[max(0, span.start_char - 40):span.start_char])) \
        and prev_low not in lex["place_preps"] and prev_low != "from"  # (not "a 19-year-old from Galway")
    strong |= label == "NICKNAME"
    strong |= j - i == 1 and _single_cue(doc, i)  # "twins, Gianni and Paolo"
    # (not "Born in Leeds, the son of a …": after "in", a place)
    strong |= _role_apposition(doc, j, text, span.end_char) and prev_low not in lex["place_preps"]
    lead = text[max(0, span.start_char - 20):span.start_char].lower().split()
    strong |= j - i >= 2 and bool(lead) and (lead[-1] in lex["partner_leads"]
                                            or " ".join(lead[-2:]) in lex["partner_leads"])  # "is dating Soo-ah Jang"
    # "Marisol Dagohoy's rep", "Ines Varga's husband": what only a person has
    owned = _OWNED.match(text, span.end_char)
    strong |= j - i >= 2 and owned is not None and (owned.group(1).lower() in lex["kin"] or owned.group(1).lower() in lex["owner_aides"])
    thing = span.text in bylines
    # "in sculpted emerald Valentino"; but "Their daughter, Céline, now 54" is a person
    thing |= j - i == 1 and span.text in lex["brands"] and prev_low not in lex["kin"]
    thing |= comma_before and prev_low in lex["venue_nouns"]
    thing |= prev_low in lex["pet_and_vessel_nouns"]  # "their dog, Biscuit", "his superyacht, Ondine"
    # "the thriller Night Shift", "the restaurant Saffron & Salt": a title, not a person
    # (a quoted title may follow a noun the tagger took for an adjective: her breakout single "Glasshjärta")
    quoted = text[max(0, span.start_char - 1):span.start_char] in ("\"", "“")
    thing |= not comma_before and prev is not None and (prev.pos_ == "NOUN" or quoted) and prev_low in lex["work_nouns"]
    # a production of "Hedda Gabler", the remake of “Sabrina”
    thing |= quoted and prev_low == "of" and prev.i >= 1 and doc[prev.i - 1].lower_ in lex["work_nouns"]
    appos = _APPOSITION_HEAD.match(text, span.end_char, span.end_char + 60)
    thing |= bool(appos and appos.group(1) in lex["venue_nouns"]) and not _opens_a_clause(doc, appos.start(1))
    # "dinner at Carbone’s", "Nonna Lucia’s, in Miami": a possessive owning nothing is a place
    thing |= bool(_VENUE_POSSESSIVE.match(after)) and (prev_low in lex["place_preps"] or comma_before)
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.text not in lex["person_roles"] and j + 1 < len(doc) \
            and doc[j + 1].text in lex["person_roles"] and doc[j + 1].pos_ == "NOUN" and nxt.text.islower():
        nxt = doc[j + 1]  # "Baton Rouge car dealer Ray Thibodeaux": a town before a role
    if label in ("GPE", "LOC") and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() \
            and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[j + 1:j + 3]) \
            and all(t.pos_ in ("NOUN", "PROPN") for t in doc[j + 1:j + 2]):
        ev.negative = ev.thing = True  # "wed Las Vegas showgirl Deborah Lyle": a place before a trade
        return ev
    if nxt is not None and nxt.lower_ in ("co", "ex") and j + 2 < len(doc) and doc[j + 1].text == "-" \
            and doc[j + 2].text in lex["person_roles"]:
        ev.negative = ev.thing = True  # "his Night Ferry co-star Freya Lindqvist": a film before a role
        return ev
    owner = doc[j - 1].head
    if j - i == 1 and doc[j - 1].dep_ in ("compound", "nmod") and owner.i > j and owner.text.islower() \
            and owner.lower_ in lex["venue_nouns"] and owner.lower_ not in _HOMES:
        ev.negative = ev.thing = True  # "frontman of the Glasgow indie band": a place describing a thing
        return ev
    if nxt is not None and nxt.text in lex["person_roles"] and nxt.pos_ == "NOUN":
        # "her husband, Denver quarterback Tyrese Whitmore", "Northbound singer Liam": a team,
        # town or band modifying a role; cues before it belong to the name after the role
        ev.negative = ev.thing = True
        return ev
    # "at the Ritz" is a place; "a look back at Ansel Whitford", "lashed out at Bev" are not
    placed = prev_low in lex["place_preps"] and not comma_before \
        and not (prev_low == "at" and prev.i > 0 and doc[prev.i - 1].lower_ in lex["person_at_words"])
    placed |= prev_low == "from" and (_arrived_from(doc, prev.i) or (  # "flew in from Lyon",
        prev.i > 0 and doc[prev.i - 1].pos_ in ("NOUN", "PROPN") and doc[prev.i - 1].lower_ not in lex["from_people"]
        and doc[prev.i - 1].lemma_ not in lex["from_people"]))  # "a quarterfinalist from Valencia"
    placed |= prev_low == "to" and _travelled_to(doc, prev.i)     # "a ski trip to Whistler"
    placed |= prev_low == "the" and prev.i > 0 and (  # "fireworks over the Danube", "a villa on the Seine"
        doc[prev.i - 1].lower_ in lex["place_preps"] or doc[prev.i - 1].lower_ in ("over", "beside", "by"))
    # "in County Kerry", "Blossom Entertainment", "obtained by Marquee Wire", "(Marquee Wire) —",
    # "... at an Irish Castle | Glow": places, companies and outlets
    thing |= prev is not None and prev.i == i - 1 and prev.text in lex["place_heads"]
    thing |= _word_after_in(doc, j, lex["org_suffixes"])
    before = text[max(0, span.start_char - 30):span.start_char].lower()
    thing |= any(before.rstrip().endswith(lead) for lead in lex["outlet_lead"])
    thing |= bool(_DATELINE_OPEN.search(text, max(0, span.start_char - 40), span.start_char)) \
        and text[span.end_char:span.end_char + 1] == ")"
    thing |= bool(_SITE_SEPARATOR.search(text, max(0, span.start_char - 4), span.start_char)) \
        and bool(_LINE_END.match(text, span.end_char, span.end_char + 2) or _SEPARATOR_AFTER.match(text, span.end_char))
    thing |= j - i <= 3 and _told_outlet(doc, i)  # "a source tells Hollywood Whisper"
    thing |= _known_outlet(text, span.start_char, span.end_char)  # "editorials for Vogue Italia and Harper’s Bazaar"
    thing |= _in_quoted_title(text, span.start_char, span.end_char, lex)  # "The “Peckham to Ikoyi” hitmaker"
    thing |= span[0].text in lex["org_prefixes"] and j - i >= 2  # "Maison Valette", "Hotel Sacher"
    thing |= _owns_a_person(doc, i, j)  # "Lumen Hearts' Saoirse Kilbane": a band or a team
    # "the 12th Duke of Kestwick", "Dowager Duchess of Kestwick": a title's land, not a person
    thing |= prev_low == "of" and prev.i > 0 and doc[prev.i - 1].text in lex["noble_ranks"]
    # "on the island of Hydra", "the town of Ojai": a place named after its kind
    thing |= prev_low == "of" and prev.i > 0 and doc[prev.i - 1].lower_ in _PLACE_KINDS
    # "the husband-and-wife duo behind Copper Creek": a band
    thing |= prev_low == "behind" and prev.i > 0 and doc[prev.i - 1].lemma_.lower() in _ACTS
    # "a bottle of Barolo", "two glasses of Krug": a drink; "the April issue of Vérité": a publication
    thing |= prev_low == "of" and prev.i > 0 and doc[prev.i - 1].lemma_.lower() in _OF_A_THING
    # "the Castillos", "The Brandts": a family; "the Malmö Redhawks": a team
    thing |= prev_low == "the" and prev.i == i - 1 and span[-1].text.endswith("s") and not span[-1].text.endswith(("'s", "’s", "ss"))
    # a character in brackets after the actor ("Mason Kowalczyk (Rick)"), a menu word on its own line
    thing |= j - i == 1 and text[max(0, span.start_char - 1):span.start_char] == "(" \
        and text[span.end_char:span.end_char + 1] == ")" and _bracket_after_name(doc, i)
    # a stage direction of an interview: "[*Laughs.*]", "(Laughs)"
    thing |= j - i == 1 and bool(re.search(r"[\[(][ *_]*$", text[max(0, span.start_char - 4):span.start_char])) \
        and bool(re.match(r"[.!]?[ *_]*[\])]", text[span.end_char:span.end_char + 4]))
    thing |= j - i == 1 and not text[text.rfind("\n", 0, span.start_char) + 1:span.start_char].strip(" \t") \
        and bool(_LINE_END.match(text, span.end_char, span.end_char + 3))
    if span[-1].text in lex["org_suffixes"]:
        ev.negative = ev.thing = True  # "Northgate United", "Banyan Tree Pictures"
        return ev
    if j - i == 1 and span.text.endswith("ing") and i > 0 and doc[i - 1].lower_ in ("was", "is", "were", "are", "been", "be"):
        ev.negative = True  # "Lindqvist was DJing": a verb the tagger took for a name
        return ev
    if j - i == 1 and len(span.text.rstrip(".")) == 1:
        ev.negative = True  # "Mrs. W": an initial alone names nobody we can follow
        return ev
    ev.placed = placed
    if j - i == 1 and span.text.lower() in lex["address_words"]:
        ev.negative = True  # "Mum, Dad and big brother": what a family calls its own
        return ev
    if not strong:
        context = _worn_or_played(doc, i, j, label)
        thing |= context == "thing"
        placed |= context == "negative"
    negative = thing or placed or after.startswith("-")
    root = span.root
    negative |= root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.text.islower()
    ev.strong, ev.thing = strong and not thing, thing and not strong
    if label in ("PERSON", "NICKNAME") or strong:
        ev.positive, ev.negative = True, negative and not strong
        return ev
    ev.negative = negative
    if persons is None:  # `doc.ents` walks the whole doc on every access: callers pass them once
        persons = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    for other in persons:  # "Dex Harlan (ORG) and Mina Okoye (PERSON)"
        if (other.start == j + 1 or other.end == i - 1) \
                and doc[min(j, other.end)].lower_ in ("and", "&"):
            ev.positive = True
            return ev
    return ev
