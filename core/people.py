"""The people of one article: who they are, every mention of them, their stated ages.

The small English model often labels surnames as GPE/ORG ("Khayrova", "Connor"),
so a name is accepted on evidence (PERSON label, an age apposition, a role word
like "rapper X") and, once known, every later form of it counts whatever its
label. Word lists live in resources/lexicon.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .model import PersonFound, Span
from .sentences import doc_text, headline_spans, index_of, sentence_spans

CANDIDATE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC", "WORK_OF_ART"}
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
_NAME_TOKEN = re.compile(rf"^[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*[{_LOWER}][{_UPPER}{_LOWER}'’\-]*$|^[A-Z]\.?$")
# ", 61," / " (61)" / "**, 35," (Markdown emphasis closing the name) / ", now 39,"
_AGE_AFTER = re.compile(r"^[*_]*\s*,\s*(?:now\s+|aged\s+)?(\d{1,3})\s*(?=,|\.|;|\)|[—–]|\band\b|$)"
                        r"|^[*_]*\s*\((?:age\s+)?(\d{1,3})\)")
_DEAD_AT = re.compile(r"^\s+(?:is\s+)?(?:dead|dies|died)\s+at\s+(?:age\s+|the age of\s+)?(\d{1,3})\b", re.I)
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z\-]+,?\s+){0,2}$")  # "12-year-old twins, Gianni"
_OPENING_YEAR_OLD = re.compile(r"^[*_“\"]*The (\d{1,3})-year-old\b")
_STATED_AGE = re.compile(r"^(?:He|She) (?:was|is) (\d{1,3})\.?$")
_EPITHET_AGE = re.compile(r",\s*(?:now\s+)?(\d{1,3})\s*(?=,|\.|;|\band\b)")
# a byline line: "By Nora Quill | Published May 2", "_By Staff Reporter, Gossip Grid_",
# "Lucía Fernández · Updated June 3"
_BYLINE_LINE = re.compile(r"(?m)^[ \t*_>]*(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)[ \t]+(?=[A-Z])([^\n]{1,150})$"
                          r"|^[ \t*_]*([A-Z][^\n|·•]{1,80}?)[ \t]*[|·•][ \t]*(?:Published|Updated|Posted)\b[^\n]*$")
_BYLINE_CUT = re.compile(r"\s*(?:[|·•—–]|\bPublished\b|\bUpdated\b|\bPosted\b|\bon\s+[A-Z][a-z]+\s+\d).*$")
_BYLINE_SEP = re.compile(r"\s*(?:,|&|\band\b)\s*")
_BYLINE_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|del|da|di|van|von|der|la|le|al|bin))*$")
_DETERMINERS = {"the", "a", "an"}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    raw = resources.files("gossip_timeline.resources").joinpath("lexicon.json").read_text("utf-8")
    return {k: frozenset(v) for k, v in json.loads(raw).items()}


def byline_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the writers and outlets a byline line credits: "By Staff
    Reporter, Gossip Grid" gives both parts; a trailing "staff"/"reporter" is dropped."""
    out = []
    suffixes = sorted(lexicon()["byline_suffixes"], key=len, reverse=True)
    for m in _BYLINE_LINE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        line, base = m.group(g), m.start(g)
        if g == 1 and re.search(r"[.!?]\s*[*_]*\s*$", line) and "|" not in line:
            continue  # "By the time they wed, ..." is a sentence, not a byline
        line = _BYLINE_CUT.sub("", line)
        pos = 0
        for sep in list(_BYLINE_SEP.finditer(line)) + [None]:
            end = sep.start() if sep is not None else len(line)
            raw, raw_start = line[pos:end], pos
            pos = sep.end() if sep is not None else len(line)
            name = raw.strip(" \t*_")
            low = name.lower()
            for suf in suffixes:
                if low.endswith(" " + suf):
                    name = name[: -len(suf) - 1].rstrip()
                    break
            if not _BYLINE_NAME.match(name) or name.lower() in suffixes:
                continue
            start = base + raw_start + raw.find(name)
            out.append((start, start + len(name), name))
    return out


def _headlines(text: str) -> list[tuple[int, int]]:
    """Title-cased lines: `sentences.headline_spans` plus lines whose accented words
    ("Inès Castaño") that helper splits at the accent."""
    spans = set(headline_spans(text))
    for m in re.finditer(r"[^\n]+", text):
        words = re.findall(r"[^\W\d_][\w'’\-]*", m.group())
        long = [w for w in words if len(w) >= 4]
        if len(words) >= 4 and len(long) >= 3 and not m.group().rstrip().endswith(".") \
                and all(w[0].isupper() for w in long):
            spans.add((m.start(), m.end()))
    return sorted(spans)


@dataclass
class Ref:
    """A stretch of text that refers to a person: a name form or an epithet ("the singer, 29")."""

    start: int
    end: int
    person: PersonFound
    kind: str = "name"


@dataclass
class Cast:
    """Everyone of one article and every place they are referred to, in text order."""

    people: list[PersonFound]
    refs: list[Ref] = field(default_factory=list)
    gender: dict[int, str] = field(default_factory=dict)      # id(person) -> "f" | "m", when told
    roles: dict[int, set[str]] = field(default_factory=dict)  # id(person) -> {"actress", "chef"}

    def gender_of(self, person: PersonFound) -> str | None:
        return self.gender.get(id(person))

    def person_at(self, start: int, end: int) -> PersonFound | None:
        for r in self.refs:
            if r.start < end and start < r.end:
                return r.person
        return None

    def in_range(self, start: int, end: int) -> list[Ref]:
        return [r for r in self.refs if start <= r.start and r.end <= end]


# ---------------------------------------------------------------- names

@dataclass
class _Name:
    start: int
    end: int
    tokens: list[str]          # the name's words, nickname removed
    nickname: str | None
    surface: str               # as written (possessive stripped)


def split_name(surface: str) -> tuple[list[str], str | None]:
    """'Harold “Hal” Bristow' -> (['Harold', 'Bristow'], 'Hal')."""
    nick = re.search(r"[“\"‘']([A-Z][\w.\-]*)[”\"’']", surface)
    rest = surface
    if nick:
        rest = surface[:nick.start()] + " " + surface[nick.end():]
    return rest.split(), (nick.group(1) if nick else None)


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


_NICKNAMED = re.compile(rf"\b([{_UPPER}][{_LOWER}]+)\s+[“\"]([{_UPPER}][\w.\-]*)[”\"]\s+([{_UPPER}][\w'’\-]*[{_LOWER}])")


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
            or _AGE_AFTER.match(t.whitespace_ + doc[i + 1:i + 6].text_with_ws):  # (not `doc.text`: a join per call)
        # (`is_sent_start` scans the whole doc on each call: asked last)
        return t.pos_ == "PROPN" or not t.is_sent_start
    if depth < 3 and prev is not None and prev.lower_ in ("and", "&") and prev.i >= 1:
        k = prev.i - 1 - (doc[prev.i - 1].text == ",")
        return k >= 0 and k != i and _single_cue(doc, k, depth + 1)
    if depth < 3 and i >= 2 and doc[i - 1].text == "," and _NAME_TOKEN.match(doc[i - 2].text):
        return _single_cue(doc, i - 2, depth + 1)
    return False


_OWNED = re.compile(r"['’]s\s+(?:(?:longtime|former|new|estranged|late)\s+)?([\w\-]+)")
_AIDES = {"rep", "reps", "representative", "publicist", "spokesperson", "spokesman", "spokeswoman", "attorney",
          "lawyer", "agent", "manager", "ex", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend"}

# group and kin words a sentence may open with, capitalised, before a surname
_OPENING_NOUNS = {"exes", "couple", "newlyweds", "lovebirds", "pals", "spouses", "co-stars", "costars",
                  "siblings", "sisters", "brothers", "twins", "parents", "bandmates", "teammates", "friends"}


def _candidate_spans(doc) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of entity spans trimmed to their name words."""
    out = []
    ents = list(doc.ents)
    # words of other entities may still start a run: "Hugo" (EVENT), "May" (DATE), 4
    in_ent = {t.i for ent in ents if ent.label_ in CANDIDATE_LABELS for t in ent}
    # "Wade Pruitt" untagged: a run of capitalised words ("Soo-ah" one word), judged by cues
    words: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if _run_word(doc[i], in_ent):
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
            out.append((run[0][0], run[-1][1], ""))
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
        while j > i and (doc[j - 1].text in ("'s", "’s", "'", "’") or doc[j - 1].is_punct):
            j -= 1
        if has_det or i >= j:
            continue
        j = _hyphen_end(doc, j)  # "Seo" (PERSON) "-" "jun"
        while j < len(doc) and j - i == 1 and _NAME_TOKEN.match(doc[j].text) and doc[j].ent_type_ == "" \
                and doc[j - 1].whitespace_ and doc[j].pos_ in ("PROPN", "NOUN"):
            j += 1  # "Maeve" ORG + "O’Donnell" untagged
        one_word = not any(doc[k].whitespace_ for k in range(i, j - 1))  # "Vance", "Brooks-Vance"
        two_word_person = label == "PERSON" and j - i == 2  # "Layla" + "Rose Zielinski" (PERSON)
        # the word before: untagged, or an entity of its own ("Luana" GPE + "Figueiredo" GPE)
        lone_before = i > 0 and (doc[i - 1].ent_type_ == "" or (
            one_word and doc[i - 1].ent_iob_ == "B" and doc[i - 1].ent_type_ == label and doc[i].ent_iob_ == "B"))
        if (one_word or two_word_person) and lone_before and _NAME_TOKEN.match(doc[i - 1].text) \
                and doc[i - 1].pos_ == "PROPN" and doc[i - 1].whitespace_ \
                and (not doc[i - 1].is_sent_start or _AGE_AFTER.match(doc[j - 1].whitespace_ + doc[j:j + 5].text_with_ws)):
            i -= 1  # "Ivy" untagged + "Marlowe" PERSON; "Priya" + "Sandhu" (GPE), 44, opening a sentence
        out.append((i, j, label))
    return out


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
                and t.i - ent.start in (2, 3, 4) and ent.end - t.i in (3, 4, 5) \
                and ent[0].lower_ not in _DETERMINERS \
                and all(_NAME_TOKEN.match(x.text) or x.text == "-" for x in ent if x.i != t.i)
            label = "PERSON" if couple else label
            joiner |= couple or (t.lower_ in ("'s", "’s") and t.i + 1 < ent.end)  # "Gallagher’s Munster (teammate)"
            if "\n" in t.text or "\n" in t.whitespace_ or joiner:
                if t.i > start or "\n" in t.whitespace_:
                    out.append((start, t.i + ("\n" in t.whitespace_), label))
                start = t.i + 1
        if start < ent.end:
            out.append((start, ent.end, label))
    return out


def _prev_word(doc, i: int):
    """The word before token i in its sentence and line (punctuation skipped)."""
    k = i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space) and doc[k].text not in "-":
        if "\n" in doc[k].text or doc[k].text in ("!", "?", "."):
            return None  # a list of names, one a line; "Back on! Ximena Cordero …"
        k -= 1
    return doc[k] if k >= 0 else None


_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}


_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "bin",
              "al", "ter", "zu"}
_RANKS = {"Count", "Countess", "Marquess", "Marchioness", "Baron", "Baroness", "Viscount", "Viscountess", "Earl",
          "Duke", "Duchess", "Dowager", "Archduke", "Archduchess", "Emperor", "Empress"}


def _looks_like_name(words: list[str]) -> bool:
    lex = lexicon()
    if not (0 < len(words) <= 4 and all(_NAME_TOKEN.match(w) or (0 < n < len(words) - 1 and w in _PARTICLES)
                                        for n, w in enumerate(words))):
        return False  # ("Friedrich von Albrecht-Lenz", "Ana de la Cruz": particles inside a name)
    if len(words) == 1 and (words[0] in lex["titles"] or words[0] in _RANKS):
        return False  # "Lady", "the 8th Marquess of Ashcombe": a title alone names no one here
    given = _MONTH_NAMES | lex["given_name_words"]  # "June Whitley", "Oscar Lindgren"
    checked = words[1:] if len(words) > 1 and words[0] in given else words
    parts = [part for w in checked for part in _strip_possessive(w).split("-")]  # "French-Senegalese"
    return not any(part in lex["not_name_words"] for part in parts)


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
    verb = tok.head.head if tok.head.lower_ == "to" else tok.head
    if tok.dep_ not in ("dative", "dobj", "pobj", "npadvmod") or verb.lemma_ not in ("tell", "confirm", "say", "reveal", "explain"):
        return False
    informants = lexicon()["informant_nouns"]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in informants for c in verb.children)


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
        if not listed and low in lex["leaving_verbs"] and low2 in lex["sighting_words"]:
            return "negative"
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ in ("costume", "costumes", "getup", "get-up", "wig"):
        return "thing"
    return None


_APPOSITION_HEAD = re.compile(r"\s*,\s*(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,4}?([a-z]+)\b(?!['’]s)")  # not "the film's lead"
_DATELINE_OPEN = re.compile(r"\b[A-Z][A-Z .’']{2,}\s\($")   # "LOS ANGELES (" before a wire's name
_SITE_SEPARATOR = re.compile(r"\s[|·]\s*$")                # "… Castle | Glow"
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


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
    strong |= bool(_YEAR_OLD.search(text[max(0, span.start_char - 40):span.start_char]))
    strong |= label == "NICKNAME"
    strong |= j - i == 1 and _single_cue(doc, i)  # "twins, Gianni and Paolo"
    strong |= _role_apposition(doc, j, text, span.end_char)
    lead = text[max(0, span.start_char - 20):span.start_char].lower().split()
    strong |= j - i >= 2 and bool(lead) and (lead[-1] in lex["partner_leads"]
                                            or " ".join(lead[-2:]) in lex["partner_leads"])  # "is dating Soo-ah Jang"
    # "Marisol Dagohoy's rep", "Ines Varga's husband": what only a person has
    owned = _OWNED.match(text, span.end_char)
    strong |= j - i >= 2 and owned is not None and (owned.group(1).lower() in lex["kin"] or owned.group(1).lower() in _AIDES)
    thing = span.text in bylines
    thing |= j - i == 1 and span.text in lex["brands"]  # "in sculpted emerald Valentino"
    thing |= comma_before and prev_low in lex["venue_nouns"]
    # "the thriller Night Shift", "the restaurant Saffron & Salt": a title, not a person
    thing |= not comma_before and prev is not None and prev.pos_ == "NOUN" and prev_low in lex["work_nouns"]
    appos = _APPOSITION_HEAD.match(text, span.end_char, span.end_char + 60)
    thing |= bool(appos and appos.group(1) in lex["venue_nouns"])
    # "dinner at Carbone’s", "Nonna Lucia’s, in Miami": a possessive owning nothing is a place
    thing |= bool(_VENUE_POSSESSIVE.match(after)) and (prev_low in lex["place_preps"] or comma_before)
    nxt = doc[j] if j < len(doc) else None
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
        and bool(_LINE_END.match(text, span.end_char, span.end_char + 2))
    thing |= j - i == 1 and _told_outlet(doc, i)
    thing |= span[0].text in lex["org_prefixes"] and j - i >= 2  # "Maison Valette", "Hotel Sacher"
    # "the Castillos", "The Brandts": a family; "the Malmö Redhawks": a team
    thing |= prev_low == "the" and prev.i == i - 1 and span[-1].text.endswith("s") and not span[-1].text.endswith(("'s", "’s", "ss"))
    # a character in brackets after the actor ("Mason Kowalczyk (Rick)"), a menu word on its own line
    thing |= j - i == 1 and text[max(0, span.start_char - 1):span.start_char] == "(" \
        and text[span.end_char:span.end_char + 1] == ")" and _bracket_after_name(doc, i)
    thing |= j - i == 1 and not text[text.rfind("\n", 0, span.start_char) + 1:span.start_char].strip(" \t") \
        and bool(_LINE_END.match(text, span.end_char, span.end_char + 3))
    if span[-1].text in lex["org_suffixes"]:
        ev.negative = ev.thing = True  # "Northgate United", "Banyan Tree Pictures"
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
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for other in persons:  # "Dex Harlan (ORG) and Mina Okoye (PERSON)"
        if (other.start == j + 1 or other.end == i - 1) \
                and doc[min(j, other.end)].lower_ in ("and", "&"):
            ev.positive = True
            return ev
    return ev




class _Registry:
    """Persons under construction, keyed by their name forms."""

    def __init__(self):
        self.people: list[PersonFound] = []
        self.tokens: dict[int, list[str]] = {}    # id(person) -> name words
        self.nick: dict[int, str | None] = {}
        self.former: dict[int, list[list[str]]] = {}  # id(person) -> earlier names ("née Frye")

    def find(self, words: list[str], nickname: str | None = None, middle_ok: bool = True) -> PersonFound | None:
        key = [_norm(w) for w in words]
        for p in self.people:
            mine = [_norm(w) for w in self.tokens[id(p)]]
            nick = _norm(self.nick[id(p)] or "")
            if len(key) >= 2 and len(mine) >= 2:
                same_first = key[0] == mine[0] or key[0] == nick or (nickname and _norm(nickname) == mine[0])
                if key[-1] == mine[-1] and same_first:
                    return p
                if middle_ok and len(key) == 2 and len(mine) >= 3 and key == mine[-2:]:
                    return p  # "Rose Zielinski" inside "Layla Rose Zielinski": a middle name
            elif len(key) == 1:
                if key[0] in (mine[0], nick) or (len(mine) > 1 and key[0] == mine[-1]):
                    return p
                if len(mine) > 1 and len(key[0]) >= 3 and mine[0].startswith(key[0]):
                    return p  # "Ros" for Rosalind, "Raff" for Rafferty
        for p in self.people:
            for earlier in self.former.get(id(p), []):
                if [_norm(w) for w in earlier] == key or (len(key) == 1 and key[0] == _norm(earlier[-1])):
                    return p
        return None

    def add(self, words: list[str], nickname: str | None) -> PersonFound:
        p = PersonFound(name=" ".join(words))
        self.people.append(p)
        self.tokens[id(p)] = words
        self.nick[id(p)] = nickname
        return p


def _norm(word: str) -> str:
    return _strip_possessive(word).replace("’", "'").casefold()


# "Gary and Linda Lindahl", "Hank & Dolores Quill": two given names sharing one surname
_COUPLE = re.compile(rf"(?<![\w'’.\-])([{_UPPER}][{_LOWER}]+)[ \t]+(?:and|&)[ \t]+([{_UPPER}][{_LOWER}]+)"
                     rf"[ \t]+([{_UPPER}][\w'’\-]*)(?![\w'’\-])(?![ \t]+[{_UPPER}])")


def _couples(doc, body: str, accepted: list[_Name], things: set[str]) -> list[_Name]:
    """One name per given name of "Earl and Loretta Pruitt": "Earl Pruitt", "Loretta Pruitt".
    Both words must look like given names: not a known surname, not a brand, costume or
    place word; and the text must treat the pair as people (a PERSON label, a kin word
    before them, or the second name already accepted)."""
    lex = lexicon()
    surnames = {_norm(n.tokens[-1]) for n in accepted if len(n.tokens) >= 2}
    full = {" ".join(map(_norm, n.tokens)) for n in accepted}
    banned = lex["not_name_words"] | lex["brands"] | lex["titles"] | _MONTH_NAMES
    out = []
    text = doc_text(doc)
    for m in _COUPLE.finditer(text):
        first, second, surname = m.group(1), m.group(2), _strip_possessive(m.group(3))
        family = re.search(rf"\b[Tt]he {re.escape(surname)}(?:e?s)\b", body)  # "The Sandells, who …"
        if not body[m.start():m.end()].strip() and not (family or re.search(rf"\b{re.escape(surname)}\b", body)):
            continue  # a headline's pair counts when the body names the family too
        if not _NAME_TOKEN.match(surname) or {first, second, surname} & banned \
                or _norm(first) in surnames or _norm(second) in surnames:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ == "PROPN" and _NAME_TOKEN.match(before.text):
            continue  # "Tilly Marsh and Roan Becket": the first word ends another name
        keys = [f"{_norm(g)} {_norm(surname)}" for g in (first, second)]
        if not family and (any(k in things for k in keys) or _norm(first) in things or _norm(second) in things):
            continue  # (a show "Middag med Magnus" does not undo "Magnus and Anja Sandell" … "the Sandells")
        prev = _prev_word(doc, span.start)
        cue = prev is not None and (prev.lower_ in lex["kin"] or prev.lower_ in lex["kin_plural"]) or bool(family)
        if not (cue or keys[1] in full or any(t.ent_type_ == "PERSON" for t in span)):
            continue
        ends = [(m.start(1), m.end(1)), (m.start(2), m.end(3))]
        for (a, b), given in zip(ends, (first, second)):
            out.append(_Name(a, b, [given, surname], None, text[a:b]))
    return out


def find_cast(doc) -> Cast:
    """People of `doc` (needs the full model's entities) with every reference to them."""
    text = doc_text(doc)
    credited = byline_names(text)
    bylines = {name for _, _, name in credited}
    headlines = _headlines(text)
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    accepted: list[_Name] = []
    doubtful: list[_Name] = []
    things: set[str] = set()        # names the text calls a band, venue, title or outlet
    placed: set[str] = set()        # one-word names the text also writes where a place goes
    strong: set[str] = set()        # names the text itself treats as a person somewhere
    body = _outside(text, headlines)
    for i, j, label in _candidate_spans(doc):
        if any(a <= doc[i].idx < b for a, b in headlines):
            # title case hides where a name ends ("Theo Lindqvist Say"): keep the longest
            # part the body also writes, else leave it to the body
            part = _longest_in(doc, i, j, body) or _bounded_headline_name(doc, i, j, body)
            if part is None:
                continue
            i, j = part
        if j - i == 1 and doc[i].is_sent_start and doc[i].pos_ != "PROPN":
            continue
        span = doc[i:j]
        words, nickname = split_name(span.text)
        words = [_strip_possessive(w) for w in words]
        if len(words) > 1 and words[0] in lexicon()["titles"]:
            words = words[1:]  # "Grandpa James", "Dr. Lena Ortiz"
        elif len(words) > 1 and doc[i].is_sent_start and (
                words[0].lower() in _OPENING_NOUNS or words[0].lower() in lexicon()["person_roles"]):
            words = words[1:]  # "Exes Fairweather and Llewellyn-Moss, who split …", "Actress Elif Arslan"
        if len(words) > 1 and words[0] in lexicon()["place_heads"]:
            things.add(_norm(words[-1]))  # "County Kerry": Kerry is a place wherever it stands
            continue
        if len(words) > 1 and words[-1] in lexicon()["org_suffixes"]:
            things.add(" ".join(map(_norm, words[:-1])))  # "the Alder Hotel": "the Alder's tearoom" too
        aged_month = len(words) == 1 and words[0] in _MONTH_NAMES and age_after(text[span.end_char:span.end_char + 30])
        if not _looks_like_name(words) and not aged_month:  # "their youngest, April, 3,"
            continue
        ev = _cues(doc, i, j, label, bylines, persons, text)
        positive, negative = ev.positive, ev.negative
        name = _Name(span.start_char, span.end_char, words, nickname, span.text)
        key = " ".join(map(_norm, words))
        if ev.thing:
            things.add(key)

        if ev.strong:
            strong.add(key)
        if ev.placed and len(words) == 1:
            placed.add(key)
        if positive and not negative:
            accepted.append(name)
        elif not negative and len(words) >= 2 and _acts(span) and _said_alone(body, words[-1], span.start_char):
            accepted.append(name)  # "Celeste Amaral rang in her thirties" … "Amaral, 30, …"
        elif not negative and len(words) >= 2:
            doubtful.append(name)
    # "Leila Farouk" (ORG) is a person once "Leila" is; "Maeve O'Donnell" once an O'Donnell is
    # "Northbound" is a person nowhere once the text says "Northbound singer" and never
    # gives it an age, a kin word or a role of its own
    things |= _interviewers(text)
    accepted += _couples(doc, body, accepted, things - strong)
    # "at Coachella on Saturday" ... "the second weekend of Coachella": one word written
    # where a place goes, and never with a cue of its own or inside a longer name, is a place
    in_longer = {_norm(t) for n in accepted if len(n.tokens) >= 2 for t in n.tokens}
    vetoed = (things | (placed - in_longer)) - strong
    accepted = [n for n in accepted if " ".join(map(_norm, n.tokens)) not in vetoed]
    singles = {_norm(n.tokens[0]) for n in accepted if len(n.tokens) == 1}
    surnames = {_norm(n.tokens[-1]) for n in accepted if len(n.tokens) >= 2}
    accepted += [n for n in doubtful if " ".join(map(_norm, n.tokens)) not in vetoed
                 and (_norm(n.tokens[0]) in singles or _norm(n.tokens[-1]) in surnames | singles)]
    registry = _Registry()
    former = _former_names(text, accepted)
    linked = False
    for name in sorted(accepted, key=lambda n: (len(n.tokens) < 2, n.start)):
        if id(name) in former:
            continue
        if len(name.tokens) < 2 and not linked:
            _link_former_names(registry, former.values())  # before "Frye" alone is placed
            linked = True
        # "her late mother, Rose Brennan" is not "Layla Rose Brennan" by her middle name
        elder = _KIN_BEFORE.search(text, max(0, name.start - 40), name.start) is not None
        person = registry.find(name.tokens, name.nickname, middle_ok=not elder)
        if person is None:
            person = registry.add(name.tokens, name.nickname)
        elif name.nickname and not registry.nick[id(person)]:
            registry.nick[id(person)] = name.nickname
            registry.tokens[id(person)] = name.tokens
            person.name = " ".join(name.tokens)
    if not linked:
        _link_former_names(registry, former.values())
    registry.people.sort(key=lambda p: _first_offset(text, registry.tokens[id(p)]))
    refs = _scan_mentions(text, registry, credited)
    cast = Cast(people=[p for p in registry.people if any(r.person is p for r in refs)], refs=refs)
    for p in cast.people:
        forms = []
        for r in cast.refs:
            form = _strip_possessive(text[r.start:r.end])
            if r.person is p and form != p.name and form not in forms:
                forms.append(form)
        p.aliases = forms
        p.mentions = [Span(r.start, r.end) for r in cast.refs if r.person is p]
    _assign_ages(doc, cast)
    _gender_and_roles(doc, cast)
    _link_role_epithets(doc, cast)
    _ages_at_death(doc, cast)
    return cast


# "née Frye", "who was known as Tamsin Frye before the marriage", "born Amara Lee"
_FORMER_CUE = re.compile(r"(?:\bn[ée]e|\bknown\s+as|\bformerly|\bborn|\bmaiden\s+name(?:\s+was|,)?)\s+$", re.I)


_KIN_BEFORE = re.compile(r"\b(?:mother|father|grandmother|grandfather|grandma|grandpa|aunt|uncle|namesake|late)"
                         r"\W+(?:[a-z\-]+\W+){0,2}$")


def _former_names(text: str, accepted: list[_Name]) -> dict[int, tuple[_Name, _Name]]:
    """Names that are an earlier name of the person named just before them in the sentence:
    id(name) -> (name, the person's own name)."""
    out = {}
    for name in accepted:
        if not _FORMER_CUE.search(text, max(0, name.start - 30), name.start):
            continue
        before = [n for n in accepted if n.end <= name.start and name.start - n.end < 160
                  and not re.search(r"[.!?]\s|\n", text[n.end:name.start])]
        if before:
            out[id(name)] = (name, max(before, key=lambda n: n.end))
    return out


def _acts(span) -> bool:
    """A name that is the subject of a verb: what people are more than things."""
    return span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ == "VERB"


def _said_alone(body: str, surname: str, at: int) -> bool:
    """The surname also stands alone somewhere else in the body ("Amaral, 30, said")."""
    return any(m.start() != at and not re.match(r"[ \t]+[A-Z]", body[m.end():m.end() + 2])
               and not re.search(r"[A-Z][\w'’\-]*[ \t]+$", body[max(0, m.start() - 25):m.start()])
               for m in re.finditer(rf"\b{re.escape(surname)}\b", body))


def _link_former_names(registry: _Registry, pairs) -> None:
    for name, owner in pairs:
        person = registry.find(owner.tokens, owner.nickname)
        if person is not None and registry.find(name.tokens) in (None, person):
            registry.former.setdefault(id(person), []).append(name.tokens)


_SPEAKER_LINE = re.compile(r"(?m)^[ \t*_]*([A-Z][\w’'\-]+(?:[ \t][A-Z][\w’'\-]+)?)[*_]*:[*_]*[ \t]+(.+)$")


def _interviewers(text: str) -> set[str]:
    """The asking side of a Q&A ("Marquee: How did you two meet?"): the outlet, not a person.
    A speaker label most of whose lines are questions."""
    lines: dict[str, list[str]] = {}
    for m in _SPEAKER_LINE.finditer(text):
        lines.setdefault(m.group(1), []).append(m.group(2))
    return {" ".join(map(_norm, label.split())) for label, said in lines.items()
            if len(said) >= 2 and sum("?" in line for line in said) >= 0.6 * len(said)}


def _first_offset(text: str, words: list[str]) -> int:
    m = re.search(r"\b" + re.escape(words[0]), text)
    return m.start() if m else len(text)


def _alias_forms(registry: _Registry) -> list[tuple[str, PersonFound]]:
    """Every written form that names a person; a shared surname or first name goes to the
    person introduced first (usually the one the article is about)."""
    forms: dict[str, PersonFound] = {}
    for p in registry.people:
        words, nick = registry.tokens[id(p)], registry.nick[id(p)]
        full = [" ".join(words)]
        if nick:
            full += [f"{nick} {words[-1]}", f"{words[0]} “{nick}” {words[-1]}", f"{words[0]} \"{nick}\" {words[-1]}"]
        for f in full:
            forms[f] = p
        for earlier in registry.former.get(id(p), []):
            forms.setdefault(" ".join(earlier), p)
    for p in registry.people:
        words, nick = registry.tokens[id(p)], registry.nick[id(p)]
        for single in {words[0], words[-1], nick} - {None}:
            forms.setdefault(single, p)
        for earlier in registry.former.get(id(p), []):
            forms.setdefault(earlier[-1], p)  # "Frye" alone, after "née Frye"
    return sorted(forms.items(), key=lambda kv: -len(kv[0]))


def _scan_mentions(text: str, registry: _Registry, credited: list[tuple[int, int, str]]) -> list[Ref]:
    """Every place a name form of a person stands, in one pass over the text: at each place
    the longest form wins ("Theo Lindqvist" over "Theo")."""
    blocked = [(a, b) for a, b, _ in credited]
    owner: dict[str, PersonFound] = {}
    for form, person in _alias_forms(registry):
        for v in (form, form.replace("'", "’"), form.replace("’", "'")):
            owner.setdefault(v, person)
    if not owner:
        return []
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(v) for v in sorted(owner, key=len, reverse=True))
                         + r")(?![\w])")
    taken: list[Ref] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s, e, v = m.start(), m.end(), m.group(0)
        pos = e
        if any(a <= s < b for a, b in blocked):
            continue
        if " " not in v and re.search(r"[A-Z][\w'’]*\s$", text[max(0, s - 25):s]) \
                and not re.search(r"(?:^|[.!?”\"\n]\s*)[A-Z][\w'’]*\s$", text[max(0, s - 25):s]):
            pos = s + 1  # part of a longer capitalised name ("Hollis Park")
            continue
        if re.match(r"[-]\w", text[e:e + 2]):
            pos = s + 1
            continue
        taken.append(Ref(s, e, owner[v]))
    return taken


# ---------------------------------------------------------------- ages

def age_after(text: str) -> int | None:
    """The age an apposition right after a name states: ', 61,' / ' (61)' / ' dead at 79'."""
    m = _AGE_AFTER.match(text) or _DEAD_AT.match(text)
    if not m:
        return None
    value = int(next(g for g in m.groups() if g))
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
            age = age_after(text[r.end:r.end + 30])
            if age is None:
                m = _YEAR_OLD.search(text[max(0, r.start - 40):r.start])
                if m and _verb_in(doc, r.start - len(m.group()) + m.group().index("old") + 3, r.start):
                    m = None  # "The 27-year-old singer sued Neil Harrowgate": the age is not Neil's
                age = int(m.group(1)) if m else None
                nouns = re.findall(r"[a-z\-]+", m.group()[m.group().index("old") + 3:]) if m else []
                if nouns and nouns[-1] in plural:
                    shared, shared_end = age, r.end
            r.person.age = age
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
    for m in _EPITHET_AGE.finditer(text, a, b):
        if cast.person_at(m.start() - 1, m.start()) is not None:
            continue
        head = re.search(r"^.*(?:^|\s)((?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s+[^,;]{0,60}?\b([A-Za-z][A-Za-z\-]+))\s*$",
                         text[a:m.start()], re.S)  # the nearest determiner: "his romance with the model, 28"
        if not head or cast.in_range(a + head.start(1), m.start()):
            continue
        if head.group(1).split()[0].lower() in ("her", "his", "their") and head.group(2).lower() not in _PARTNER_WORDS:
            continue  # "her footballer husband, 31," is a person of the lead; "her daughter, 12," is not
        if not head.group(2).islower() and head.group(2).lower() not in lexicon()["person_roles"]:
            continue  # "The superstar DJ, 32," is an epithet; "the Ritz, 2019" is not
        out.append((a + head.start(1), m.start(), int(m.group(1))))
    for m in _THE_YEAR_OLD.finditer(text, a, b):  # "the Mar Aberto hitmaker, 33, and the 30-year-old flanker"
        named = cast.in_range(m.end(), m.end() + 3)  # "the 30-year-old flanker Cian Gallagher"
        aged = any(r.person.age == int(m.group(1)) for r in cast.refs if r.end <= m.start())
        if not named and not aged and not any(s <= m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), int(m.group(1))))
    return sorted(out)


_THE_YEAR_OLD = re.compile(r"\b[Tt]he (\d{1,3})-year-old(?:\s+[a-z][\w\-]*){1,3}\b")


_PARTNER_WORDS = {"husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "partner",
                  "spouse", "beau"}


def _pair_epithets(doc, cast: Cast, sentences, people_in) -> None:
    """Order-preserving pairing of epithets with the people named just before."""
    text = doc_text(doc)
    for k, (a, b) in enumerate(sentences):
        found = _epithets(doc, a, b, cast, text)
        if not found:
            continue
        # people named before the epithets cannot be them; those named after can't be either,
        # but they don't make the pairing ambiguous ("... nearly 17 months after Osei filed")
        last = found[-1][1]
        named_here = {id(r.person) for r in cast.in_range(a, last)}
        candidates: list[PersonFound] = []
        for back in range(k - 1, max(-1, k - 4), -1):
            for p in people_in[back]:
                if id(p) not in named_here and p.age is None and p not in candidates:
                    candidates.append(p)
            if len(candidates) >= len(found):
                break
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


# ---------------------------------------------------------------- gender, roles, epithets

def word_gender(word: str) -> str | None:
    lex, low = lexicon(), word.lower()
    return "f" if low in lex["female_words"] else "m" if low in lex["male_words"] else None


def _words_before(doc, start_char: int, limit: int = 4) -> list[str]:
    """Lower-case words right before a name, back to a verb, preposition, pronoun, conjunction
    or another name: "her husband, record producer [Jonah Pike]" -> producer, record, husband."""
    span = doc.char_span(start_char, start_char, alignment_mode="expand")
    i = span.start if span is not None else None
    if i is None:
        return []
    out = []
    k = i - 1
    while k >= 0 and len(out) < limit:
        t = doc[k]
        if t.text in (",", "-", "–") or t.is_space:
            k -= 1
            continue
        if t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PROPN", "NUM") or not t.text.islower() \
                or t.is_punct or t.lower_ in _DETERMINERS:
            break
        out.append(t.lower_)
        k -= 1
    return out


PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m", "himself": "m"}


def _tokens_between(doc, start: int, end: int):
    span = doc.char_span(start, min(end, len(doc_text(doc))), alignment_mode="expand")
    return span if span is not None else []


def _gender_and_roles(doc, cast: Cast) -> None:
    """What the text says of each person: kin and role words before a name ("his wife, Doris"),
    an epithet's head ("the actress, 29"), and pronouns in sentences about one person."""
    lex = lexicon()
    text = doc_text(doc)
    votes: dict[int, list[int]] = {}   # id -> [female, male]

    def vote(person, g, weight):
        v = votes.setdefault(id(person), [0, 0])
        v[0 if g == "f" else 1] += weight

    for r in cast.refs:
        if r.kind == "epithet":
            words = [w.lower() for w in re.findall(r"[A-Za-z\-]+", text[r.start:r.end])[-1:]]
        else:
            words = _words_before(doc, r.start)
        for w in words:
            if w in lex["person_roles"] or word_gender(w):
                cast.roles.setdefault(id(r.person), set()).add(w)
            if word_gender(w):
                vote(r.person, word_gender(w), 3)
    sentences = sentence_spans(doc)
    for k, (a, b) in enumerate(sentences):
        refs = cast.in_range(a, b)
        who = {id(r.person): r.person for r in refs}
        if len(who) != 1:
            continue
        person = next(iter(who.values()))
        stretches = [(refs[0].end, b)]
        if k + 1 < len(sentences) and not cast.in_range(*sentences[k + 1]):
            stretches.append((sentences[k + 1][0], sentences[k + 1][0] + 40))
        # subjects and possessives only: "Calloway later called her" says nothing of Calloway
        said = [t.lower_ for lo, hi in stretches for t in _tokens_between(doc, lo, hi)
                if t.lower_ in PRONOUN_GENDER and t.dep_ not in ("dobj", "pobj", "dative", "iobj")]
        fem = sum(PRONOUN_GENDER[w] == "f" for w in said)
        mas = sum(PRONOUN_GENDER[w] == "m" for w in said)
        if fem and not mas:
            vote(person, "f", 1)
        elif mas and not fem:
            vote(person, "m", 1)
    for pid, (f, m) in votes.items():
        if f != m:
            cast.gender[pid] = "f" if f > m else "m"


def _link_role_epithets(doc, cast: Cast) -> None:
    """'The Top Gun: Maverick star and Khayrova met': a role noun under 'the', naming nobody
    itself, is the person last named before the sentence whom it fits, when only one fits."""
    lex = lexicon()
    roles = lex["person_roles"] | {w for w in lex["female_words"] | lex["male_words"]
                                   if w not in lex["kin"] or w in ("bride", "groom", "widow", "widower")}
    sentences = sentence_spans(doc)
    added = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lower_ not in roles or t.tag_ in ("NNS", "NNPS"):
            continue
        det = _leading_the(doc, t)
        if det is None or cast.person_at(t.idx, t.idx + len(t.text)) is not None:
            continue
        nxt = t.nbor(1) if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.lower_ in ("of", "who") or nxt.text in ",("):
            continue  # "the actor Dorian Kestrel", "the star of", "the singer, 29," (paired by age)
        start = det.idx
        if cast.in_range(start, t.idx + len(t.text)):
            continue
        k = index_of(sentences, t.idx)
        here = {id(r.person) for r in cast.in_range(*sentences[k])}
        earlier = [r for r in cast.refs if r.end <= sentences[k][0] and id(r.person) not in here]
        if not earlier:
            continue
        g = word_gender(t.lower_)
        named_before = {id(r.person) for r in earlier}  # not "the singer" ... "his backup singer, Kelsey"
        fits = [p for p in cast.people if id(p) not in here and id(p) in named_before
                and t.lower_ in cast.roles.get(id(p), ())]
        if len(fits) > 1:
            continue
        if not fits:
            last_k = index_of(sentences, earlier[-1].start)
            recent = {id(r.person): r.person for r in earlier if index_of(sentences, r.start) == last_k}
            fits = [p for p in recent.values() if g is None or cast.gender_of(p) in (None, g)]
            if len(fits) != 1:
                continue
        added.append(Ref(start, t.idx + len(t.text), fits[0], kind="epithet"))
    if added:
        cast.refs.extend(added)
        cast.refs.sort(key=lambda r: r.start)


def _leading_the(doc, t):
    """The 'the' that opens the noun phrase ending in `t` ("The Top Gun: Maverick star"), if any."""
    k = t.i - 1
    while k >= max(0, t.i - 8):
        w = doc[k]
        if w.lower_ == "the":
            return w
        if w.is_sent_start or not (w.pos_ in ("PROPN", "ADJ", "NUM") or w.dep_ in ("compound", "amod")
                                   or w.text in (":", "-", "“", "”", "\"", "’s", "'s")):
            return None
        k -= 1
    return None


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the given spans blanked out (offsets kept)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _bounded_headline_name(doc, i: int, j: int, body: str) -> tuple[int, int] | None:
    """"Ines Varga and Tobias Lund: A Timeline" when the body only says "Varga": a two-word
    name the headline closes off ("and", ":", "’s", the line's end) whose surname the body
    uses is the full name."""
    if j - i != 2 or not all(_NAME_TOKEN.match(t.text) for t in doc[i:j]):
        return None
    after = doc[j] if j < len(doc) else None
    closed = after is None or after.is_punct or after.is_space or after.lower_ in ("and", "&", "'s", "’s")
    if closed and re.search(r"(?<![\w'’])" + re.escape(doc[j - 1].text) + r"(?![\w])", body):
        return i, j
    return None


def _longest_in(doc, i: int, j: int, body: str) -> tuple[int, int] | None:
    """The longest run of two or more of tokens i..j that `body` also writes as a whole."""
    for size in range(j - i, 1, -1):
        for a in range(i, j - size + 1):
            if re.search(r"(?<![\w'’])" + re.escape(doc[a:a + size].text) + r"(?![\w])", body):
                return a, a + size
    return None
