"""The people of one article: who they are and every mention of them.

The small English model often labels surnames as GPE/ORG ("Khayrova", "Connor"),
so a name is accepted on evidence (PERSON label, an age apposition, a role word
like "rapper X") and, once known, every later form of it counts whatever its
label. The candidate spans and the evidence on each come from name_candidates.py,
the ages from ages.py; word lists live in resources/lexicon.json.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass

from .ages import _ages_at_death, _assign_ages, age_after
from .given_names import given_name_gender
from .model import PersonFound, Span
from .name_parts import is_particle, particle_surname, split_generation, surname_variants
from .name_candidates import (_DETERMINERS, _LOWER, _MONTH_NAMES, _NAME_TOKEN, _UPPER, _candidate_spans, _cues,
                              _looks_like_name, _prev_word, _strip_possessive, kin_apposition)
from .people_basics import Cast, Ref, lexicon, same_trade, trade_told, word_gender
from .sentences import doc_ents, doc_text, doc_tokens, headline_spans, index_of, sentence_spans

# what the rest of the app and the tests import from here, wherever it is defined
__all__ = ["find_cast", "Cast", "Ref", "lexicon", "word_gender", "PRONOUN_GENDER", "age_after", "byline_names",
           "split_name"]

# a byline line: "By Nora Quill | Published May 2", "_By Staff Reporter, Gossip Grid_",
# "Lucía Fernández · Updated June 3"
_BYLINE_LINE = re.compile(r"(?m)^[ \t*_>]*(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)[ \t]+(?=[A-Z])([^\n]{1,150})$"
                          r"|^[ \t*_]*([A-Z][^\n|·•]{1,80}?)[ \t]*[|·•][ \t]*(?:Published|Updated|Posted)\b[^\n]*$")
_BYLINE_CUT = re.compile(r"\s*(?:[|·•—–]|\bPublished\b|\bUpdated\b|\bPosted\b|\bon\s+[A-Z][a-z]+\s+\d).*$")
_BYLINE_SEP = re.compile(r"\s*(?:,|&|\band\b)\s*")
_BYLINE_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|del|da|di|van|von|der|la|le|al|bin))*$")


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


# ---------------------------------------------------------------- names

@dataclass
class _Name:
    start: int
    end: int
    tokens: list[str]          # the name's words, nickname removed
    nickname: str | None
    surface: str               # as written (possessive stripped)
    generation: str | None = None  # "III" of "Preston Vandermeer III"


def split_name(surface: str) -> tuple[list[str], str | None]:
    """'Harold “Hal” Bristow' -> (['Harold', 'Bristow'], 'Hal')."""
    nick = re.search(r"[“\"‘']([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})[”\"’']", surface)  # "Andre “The Hammer” Pruitt"
    rest = surface
    if nick:
        rest = surface[:nick.start()] + " " + surface[nick.end():]
    return rest.split(), (nick.group(1) if nick else None)


class _Registry:
    """Persons under construction, keyed by their name forms."""

    def __init__(self):
        self.people: list[PersonFound] = []
        self.tokens: dict[int, list[str]] = {}    # id(person) -> name words
        self.nick: dict[int, str | None] = {}
        self.former: dict[int, list[list[str]]] = {}  # id(person) -> earlier names ("née Frye")
        self.generation: dict[int, str | None] = {}  # id(person) -> "Jr.", "III"
        self._keys: dict[int, list[str]] = {}     # id(person) -> name words as compared (_norm)

    def key_of(self, p: PersonFound) -> list[str]:
        """`p`'s name words as compared, worked out once per name (every lookup reads them)."""
        key = self._keys.get(id(p))
        if key is None:
            key = self._keys[id(p)] = [_norm(w) for w in self.tokens[id(p)]]
        return key

    def set_tokens(self, p: PersonFound, words: list[str]) -> None:
        self.tokens[id(p)] = words
        self._keys.pop(id(p), None)

    def find(self, words: list[str], nickname: str | None = None, middle_ok: bool = True,
             generation: str | None = None) -> PersonFound | None:
        """The person these words name; a name with a generation ("Luis Marrero Jr.") only
        names someone written with the same one."""
        key = [_norm(w) for w in words]
        for p in self.people:
            if generation is not None and self.generation.get(id(p)) != generation:
                continue
            mine = self.key_of(p)
            nick = _norm(self.nick[id(p)] or "")
            if len(key) >= 2 and len(mine) >= 2:
                same_first = key[0] == mine[0] or key[0] == nick or (nickname and _norm(nickname) == mine[0])
                # "Macarena Ortiz" for "Macarena Ortiz y Galván", and the other way round
                if same_first and (key[-1] == mine[-1] or key[-1] in surname_variants(mine)
                                   or mine[-1] in surname_variants(key)):
                    return p
                if middle_ok and len(key) == 2 and len(mine) >= 3 and key == mine[-2:]:
                    return p  # "Rose Zielinski" inside "Layla Rose Zielinski": a middle name
            elif len(key) == 1:
                if key[0] in (mine[0], nick) or (len(mine) > 1 and key[0] in surname_variants(mine)):
                    return p
                if len(mine) > 1 and len(key[0]) >= 3 and mine[0].startswith(key[0]):
                    return p  # "Ros" for Rosalind, "Raff" for Rafferty
        for p in self.people:
            for earlier in self.former.get(id(p), []):
                if [_norm(w) for w in earlier] == key or (len(key) == 1 and key[0] == _norm(earlier[-1])):
                    return p
        return None

    def add(self, words: list[str], nickname: str | None, generation: str | None = None) -> PersonFound:
        p = PersonFound(name=" ".join(words + ([generation] if generation else [])))
        self.people.append(p)
        self.set_tokens(p, words)
        self.nick[id(p)] = nickname
        self.generation[id(p)] = generation
        return p

    def lengthen(self, p: PersonFound, words: list[str]) -> None:
        """"Macarena Ortiz" first, "Macarena Ortiz y Galván" later: the person is the full name."""
        mine = self.tokens[id(p)]
        if len(words) > len(mine) and any(is_particle(w) for w in words[len(mine) - 1:]) \
                and [_norm(w) for w in words[:len(mine)]] == self.key_of(p):
            self.set_tokens(p, words)
            p.name = " ".join(words + ([self.generation[id(p)]] if self.generation.get(id(p)) else []))


@lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    """A name word as compared: no possessive, one apostrophe, case folded (asked tens of
    thousands of times an archive, of a few hundred words)."""
    return _strip_possessive(word).replace("’", "'").casefold()


# "Gary and Linda Lindahl", "Hank & Dolores Quill": two given names sharing one surname
_COUPLE = re.compile(rf"(?<![\w'’.\-])([{_UPPER}][{_LOWER}]+)[ \t]+(?:and|&)[ \t]+([{_UPPER}][{_LOWER}]+)"
                     rf"[ \t]+((?:(?:van|von|de|der|den|del|della|di|da|du|ter|zu)[ \t]+)*"  # "Pieter and Margriet van Aalst"
                     rf"[{_UPPER}][\w'’\-]*)(?![\w'’\-])(?![ \t]+[{_UPPER}])")


def _opens_with_role(word: str, at_start: bool) -> bool:
    """A kin, group or role word written before a name: "Exes Fairweather and …", "Actress
    Elif Arslan", "… Welcome Daughter Wren" in a headline, "**Winners** Jade Okonkwo-Burke".
    A noble rank only opening a sentence ("Earl Pruitt" may be a name), and never "Son"."""
    lex, low = lexicon(), word.lower()
    role = low in lex["group_nouns"] or low in lex["person_roles"]
    if at_start and role:
        return True
    return low != "son" and word not in lex["noble_ranks"] and (
        role or low in lex["kin"] or low.rstrip("s") in lex["person_roles"])


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
        if not _NAME_TOKEN.match(surname.split()[-1]) or {first, second, surname} & banned \
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
        if prev is not None and prev.lower_ in lex["play_verbs"]:
            continue  # "the neighbors she and Arrambide played, Penny and Walt Kowalski": characters
        cue = prev is not None and (prev.lower_ in lex["kin"] or prev.lower_ in lex["kin_plural"]) or bool(family)
        if not (cue or keys[1] in full or any(t.ent_type_ == "PERSON" for t in span)):
            continue
        ends = [(m.start(1), m.end(1)), (m.start(2), m.end(3))]
        for (a, b), given in zip(ends, (first, second)):
            out.append(_Name(a, b, [given, *surname.split()], None, text[a:b]))
    return out


def find_cast(doc, italics: tuple[str, ...] = ()) -> Cast:
    """People of `doc` (needs the full model's entities) with every reference to them.
    A name the source sets in `italics` is a title ("*Expressen*", "<em>Love Villa</em>")
    unless the text itself treats it as a person (an age, a kin word)."""
    text = doc_text(doc)
    titles = _italic_titles(italics)
    credited = byline_names(text)
    bylines = {name for _, _, name in credited}
    headlines = _headlines(text)
    persons = [e for e in doc_ents(doc) if e.label_ == "PERSON"]
    accepted: list[_Name] = []
    doubtful: list[_Name] = []
    things: set[str] = set()        # names the text calls a band, venue, title or outlet
    placed: Counter[str] = Counter()  # names by how often the text writes them where a place goes
    unplaced: set[str] = set()      # names written somewhere a place does not go
    strong: set[str] = set()        # names the text itself treats as a person somewhere
    body = _outside(text, headlines)
    styled: dict[str, list[str]] = {}  # a one-word name -> the title it was written with
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
        words, generation = split_generation(words)
        if len(words) > 2 and words[0] in ("The", "A", "An", "Born", "Née", "Nee"):
            words = words[1:]  # "## Late 2022: The Theo Castell rumours", "Born Marie-Gloria Desrosiers in …"
        if len(words) > 1 and (n_title := _title_words(words)):
            if len(words) - n_title == 1 and words[n_title - 1] in STYLED_TITLES:
                styled.setdefault(words[-1], words[:n_title])
            words = words[n_title:]  # "Grandpa James", "Dr. Lena Ortiz", "Grand Duchess Margarethe"
        elif len(words) > 1 and _opens_with_role(words[0], doc[i].is_sent_start or (i > 0 and doc[i - 1].text == ":")):
            words = words[1:]
        elif len(words) == 2 and words[0] == "Son" and doc[i].is_sent_start \
                and (age_after(text[span.end_char:span.end_char + 30]) or 99) < 18:
            words = words[1:]  # "Son Kabir, 3, came along …" ("Son Ye-jin" stays a name)
        if len(words) > 1 and words[0] in lexicon()["place_heads"]:
            things.add(_norm(words[-1]))  # "County Kerry": Kerry is a place wherever it stands
            continue
        if len(words) > 1 and words[-1] in lexicon()["org_suffixes"]:
            things.add(" ".join(map(_norm, words[:-1])))  # "the Alder Hotel": "the Alder's tearoom" too
        aged_month = len(words) == 1 and words[0] in _MONTH_NAMES and age_after(text[span.end_char:span.end_char + 30])
        # "their youngest, April, 3,"; "twin daughters, Skye and River"
        if not _looks_like_name(words) and not aged_month and not (
                len(words) == 1 and words[0] in lexicon()["not_name_words"] and kin_apposition(doc, i)):
            continue
        ev = _cues(doc, i, j, label, bylines, persons, text)
        positive, negative = ev.positive, ev.negative
        first = text.find(words[0], span.start_char, span.end_char)  # (after a "Born" left out)
        start = first if words[0] != span[0].text and first >= 0 else span.start_char
        name = _Name(start, span.end_char, words, nickname, text[start:span.end_char], generation)
        key = " ".join(map(_norm, words))
        if ev.thing or key in titles:
            things.add(key)

        if ev.strong:
            strong.add(key)
        if ev.placed:
            placed[key] += 1
        else:
            unplaced.add(key)
        if positive and not negative:
            accepted.append(name)
        elif not negative and len(words) >= 2 and (
                (_acts(span) or (_alone_on_line(text, span.start_char, span.end_char) and given_name_gender(words[0])))
                and _said_alone(body, words[-1], span.start_char) or _surname_acts(doc, words[-1], j)):
            # "Celeste Amaral rang in her thirties" … "Amaral, 30, …"; "a week for Lachlan
            # Hargreaves" … "Hargreaves popped the question"; a profile headed "Declan
            # Farrelly" … "Farrelly married"
            accepted.append(name)
        elif not negative and len(words) >= 2:
            doubtful.append(name)
    # "Leila Farouk" (ORG) is a person once "Leila" is; "Maeve O'Donnell" once an O'Donnell is
    # "Northbound" is a person nowhere once the text says "Northbound singer" and never
    # gives it an age, a kin word or a role of its own
    things |= _interviewers(text)
    accepted += _couples(doc, body, accepted, things - strong)
    accepted += _heading_couples(text, headlines, accepted)
    # "at Coachella on Saturday" ... "the second weekend of Coachella": one word written
    # where a place goes, and never with a cue of its own or inside a longer name, is a place
    # so is a longer name written there twice and nowhere else ("eloped to Las Vegas" … "wed in Las Vegas")
    in_longer = {_norm(t) for n in accepted if len(n.tokens) >= 2 for t in n.tokens}
    only_placed = {key for key, n in placed.items() if n >= 2 and key not in unplaced}
    vetoed = (things | ({key for key in placed if " " not in key} - in_longer) | only_placed) - strong
    accepted = [n for n in accepted if " ".join(map(_norm, n.tokens)) not in vetoed]
    singles = {_norm(n.tokens[0]) for n in accepted if len(n.tokens) == 1}
    surnames = {_norm(n.tokens[-1]) for n in accepted if len(n.tokens) >= 2}
    accepted += [n for n in doubtful if " ".join(map(_norm, n.tokens)) not in vetoed
                 and (_norm(n.tokens[0]) in singles or _norm(n.tokens[-1]) in surnames | singles)]
    registry = _Registry()
    former = _former_names(text, accepted)
    stage = _stage_names(text, accepted)
    linked = False
    for name in sorted(accepted, key=lambda n: (len(n.tokens) < 2, n.start)):
        if id(name) in former:
            continue
        if len(name.tokens) < 2 and not linked:
            _link_former_names(registry, [*former.values(), *stage])  # before "Frye" alone is placed
            linked = True
        # "her late mother, Rose Brennan" is not "Layla Rose Brennan" by her middle name
        elder = _KIN_BEFORE.search(text, max(0, name.start - 40), name.start) is not None
        person = registry.find(name.tokens, name.nickname, middle_ok=not elder, generation=name.generation)
        if person is None:
            person = registry.add(name.tokens, name.nickname, name.generation)
            continue
        registry.lengthen(person, name.tokens)
        if name.nickname and not registry.nick[id(person)]:
            registry.nick[id(person)] = name.nickname
            registry.set_tokens(person, name.tokens)
            person.name = " ".join(name.tokens)
    if not linked:
        _link_former_names(registry, [*former.values(), *stage])
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
    for p in cast.people:  # "Prince Casimir", as the text styles him
        if " " not in p.name and p.name in styled:
            p.aliases = [p.name] + p.aliases
            p.name = " ".join(styled[p.name] + [p.name])
    return cast


_RANK_PREFIXES = {"Grand", "Hereditary", "Crown"}  # "Grand Duke Leopold", "Hereditary Grand Duke Maximilian"
# titles a person goes by with a given name alone ("Prince Casimir", "Count Johan", "Dona Cida"),
# kept in the name shown, unlike "Grandpa James" or "Dr. Lena"
STYLED_TITLES = {"Prince", "Princess", "King", "Queen", "Count", "Countess", "Duke", "Duchess", "Baron", "Baroness",
                  "Viscount", "Viscountess", "Earl", "Marquess", "Marchioness", "Archduke", "Archduchess", "Emperor",
                  "Empress", "Lady", "Lord", "Sir", "Dame", "Dona", "Don", "Sheikh", "Oba", "Chief"}


def _title_words(words: list[str]) -> int:
    """How many of the first words are a title, leaving at least one word: "Dr.", "Grandpa",
    and a rank after "Grand", "Hereditary" or "Crown" ("Earl Tillman" alone is a given name)."""
    lex = lexicon()
    n = 0
    while n < len(words) - 1 and (words[n] in lex["titles"] or (
            words[n] in lex["noble_ranks"] and n > 0 and words[n - 1] in _RANK_PREFIXES) or (
            words[n] in _RANK_PREFIXES and (words[n + 1] in lex["titles"] or words[n + 1] in lex["noble_ranks"]
                                            or words[n + 1] in _RANK_PREFIXES))):
        n += 1
    return n


def _italic_titles(italics: tuple[str, ...]) -> set[str]:
    """Name keys of italic texts, a leading article dropped ("*The Salt Orchard*")."""
    out = set()
    for t in italics:
        words = [_norm(w) for w in t.strip(" ,.;:!?\"'“”‘’").split()]
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        if words:
            out.add(" ".join(words))
    return out


# "née Frye", "who was known as Tamsin Frye before the marriage", "born Amara Lee"
_NOW_CUE = re.compile(r"\s*,\s*as\s+(?:she|he)\s+(?:is\s+)?now(?:\s+is|\s+known)?\b", re.I)
_THEN_CUE = re.compile(r"\s*,\s*as\s+(?:she|he)\s+then\s+was\b", re.I)
_FORMER_CUE = re.compile(r"(?:\bn[ée]e|\bknown\s+(?:[a-z]+\s+){0,5}?as|\bformerly|(?<![-\w])born|\bmaiden\s+name(?:\s+was|,)?|"
                        r"\b(?:real|legal|birth|given)\s+name(?:\s+is|\s+was|,)?|\bgoes\s+by)\s+$", re.I)
# "The “Northside Psalms” hitmaker, whose real name is Malik Osei-Bonsu": the name of whoever
# the sentence is about, even when only an epithet stands before it
_REAL_NAME_CUE = re.compile(r"\b(?:real|legal|birth)\s+name\s+(?:is|was)\s+$", re.I)


_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(lexicon()["elder_kin"])) + r")\W+(?:[a-z\-]+\W+){0,2}$")


def _former_names(text: str, accepted: list[_Name]) -> dict[int, tuple[_Name, _Name]]:
    """Names that are an earlier name of the person named just before them in the sentence:
    id(name) -> (name, the person's own name)."""
    out = {}
    for name in accepted:
        if _NOW_CUE.match(text, name.end):  # "Lisa Doyle … Lisa Ferrante, as she now is": one person
            earlier = [n for n in _same_given_name(name, accepted) if n.end <= name.start]
            if earlier:
                out[id(name)] = (name, earlier[0])
            continue
        if _THEN_CUE.match(text, name.end):  # "Celia Farrant, as she then was" … "Celia Roos": one person
            same_first = _same_given_name(name, accepted)
            if same_first:
                out[id(name)] = (name, same_first[0])
            continue
        if not _FORMER_CUE.search(text, max(0, name.start - 60), name.start):
            continue
        before = [n for n in accepted if n.end <= name.start and name.start - n.end < 160
                  and not re.search(r"[.!?]\s|\n", text[n.end:name.start])]
        nxt = re.match(r"\s*,\s*([A-Z][\w'’\-]+)", text[name.end:name.end + 60])
        after = [n for n in accepted if nxt and len(n.tokens) >= 2 and nxt.group(1) in (n.tokens[0], n.tokens[-1])]
        same_first = _same_given_name(name, accepted)
        if not before and _REAL_NAME_CUE.search(text, max(0, name.start - 30), name.start):
            # (the first named of the sentences just before: the one the story leads with)
            lead = [n for n in accepted if n.end <= name.start and name.start - n.end < 400 and len(n.tokens) >= 2]
            if lead:
                out[id(name)] = (name, min(lead, key=lambda n: n.start))
            continue
        # "Born Marie-Gloria Desrosiers in Port-au-Prince in March 1945, Devereaux moved …"
        later = [n for n in accepted if n.start >= name.end and n.start - name.end < 120 and n is not name
                 and not re.search(r"[.!?]\s|\n", text[name.end:n.start])]
        if before:
            out[id(name)] = (name, max(before, key=lambda n: n.end))
        elif after:  # "Known to friends simply as Teddy, Wrona was …"
            out[id(name)] = (name, after[0])
        elif later and re.match(r"\s*born\s+$", text[max(0, name.start - 6):name.start], re.I):
            out[id(name)] = (name, min(later, key=lambda n: n.start))
        elif same_first:  # "Rosemary Tremaine … Born Rosemary Ashdown in Bath in 1938, she …"
            out[id(name)] = (name, same_first[0])
    return out


def _same_given_name(name: _Name, accepted: list[_Name]) -> list[_Name]:
    """Full names with the same given name and another surname: the same woman before and
    after a marriage ("Rosemary Tremaine" … "Born Rosemary Ashdown")."""
    if len(name.tokens) < 2:
        return []
    return [n for n in accepted if len(n.tokens) >= 2 and n.tokens[0] == name.tokens[0] and n.tokens[-1] != name.tokens[-1]]


# "Han Yu-jin, who performs as YUJIN", "rapper Lee Tae-oh, better known as T.O.": a name in
# capitals the person goes by, which the name finder cannot take for a name of its own
_STAGE_NAME = re.compile(r"\b(?:performs|records|raps|sings|known|goes\s+by)\s+(?:simply\s+|professionally\s+)?"
                         r"(?:as\s+)?[*_\s]*([A-Z][A-Z0-9.\-]*[A-Z0-9](?:\.(?=[\s*_,]))?)(?=[\s*_,.;:)]|$)")


def _stage_names(text: str, accepted: list[_Name]) -> list[tuple[_Name, _Name]]:
    out = []
    for m in _STAGE_NAME.finditer(text):
        before = [n for n in accepted if n.end <= m.start() and m.start() - n.end < 120
                  and not re.search(r"[.!?]\s|\n", text[n.end:m.start()])]
        if before and len(m.group(1)) >= 2:
            stage = m.group(1)
            out.append((_Name(m.start(1), m.end(1), [stage], None, stage), max(before, key=lambda n: n.end)))
    return out


def _acts(span) -> bool:
    """A name that is the subject of a verb: what people are more than things."""
    return span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ == "VERB"


def _surname_acts(doc, surname: str, after: int) -> bool:
    """Does the surname, standing alone after token `after`, act as the subject of a verb
    that only people do (speak, propose, marry …)? Companies announce; they do not say."""
    acts = lexicon()["person_verbs"]
    text = doc_text(doc)
    begin = doc[after].idx if after < len(doc) else len(text)
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text[begin:]):
        span = doc.char_span(begin + m.start(), begin + m.end())
        t = span[0] if span is not None and len(span) == 1 else None
        if t is not None and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.lemma_ in acts \
                and t.i > 0 and not doc[t.i - 1].text[:1].isupper():
            return True
    return False


def _alone_on_line(text: str, start: int, end: int, numbered: bool = False) -> bool:
    """The name is the whole line: a section heading of a profile or a list (or, `numbered`,
    an item of a numbered roundup: "5. Leon Wielgosz")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lead = r"[ \t#*_]*(?:\d{1,2}[.)][ \t]*)?" if numbered else r"[ \t#*_]*"
    return re.fullmatch(lead, text[line_start:start]) is not None and not text[end:line_end].strip(" \t*_:")


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


def _alias_forms(registry: _Registry, kin_introduced=frozenset()) -> list[tuple[str, PersonFound]]:
    """Every written form that names a person; a shared surname or first name goes to the
    person introduced first (usually the one the article is about), unless that one came in
    as someone's relative ("her daughter Annika Mathers" … "the screenwriter Walter Mathers" …
    "Mathers died in 1988": the screenwriter)."""
    forms: dict[str, PersonFound] = {}
    for p in registry.people:
        words, nick = registry.tokens[id(p)], registry.nick[id(p)]
        full = [" ".join(words)]
        if generation := registry.generation.get(id(p)):
            full = [f"{' '.join(words)} {generation}", f"{words[0]} {generation}"]  # "Luis Jr."
        if nick:
            full += [f"{nick} {words[-1]}", f"{words[0]} “{nick}” {words[-1]}", f"{words[0]} \"{nick}\" {words[-1]}"]
        for f in full:
            forms[f] = p
        for earlier in registry.former.get(id(p), []):
            forms.setdefault(" ".join(earlier), p)
    for p in sorted(registry.people, key=lambda p: id(p) in kin_introduced):  # (a stable sort)
        words, nick = registry.tokens[id(p)], registry.nick[id(p)]
        for single in {words[0], nick, *surname_variants(words)} - {None}:
            forms.setdefault(single, p)
        for surname in surname_variants(words) - {words[-1]}:
            forms.setdefault(f"{words[0]} {surname}", p)  # "Macarena Ortiz", "Konstantin Ebersfeld"
        if registry.generation.get(id(p)):
            forms.setdefault(" ".join(words), p)  # "Preston Vandermeer" for Preston Vandermeer III
        if particled := particle_surname(words):  # "von Adlerstedt", "Van Aalst" opening a sentence
            forms.setdefault(particled, p)
            forms.setdefault(particled[0].upper() + particled[1:], p)
        for earlier in registry.former.get(id(p), []):
            forms.setdefault(earlier[-1], p)  # "Frye" alone, after "née Frye"
    return sorted(forms.items(), key=lambda kv: -len(kv[0]))


def _titled_forms(text: str, registry: _Registry) -> list[tuple[str, PersonFound]]:
    """"Chief Babatunde Adeyemi-Coker and Mrs Folake Adeyemi-Coker" … "Mrs Adeyemi-Coker": a
    title with the surname is whoever the text introduced with that title."""
    titles = lexicon()["titles"]
    full = {" ".join(registry.tokens[id(p)]): p for p in registry.people if len(registry.tokens[id(p)]) >= 2}
    found: dict[str, list[PersonFound]] = {}
    for m in _TITLE_BEFORE_NAME.finditer(text):  # one pass over the text, then a look at each title's name
        if m.group(1) not in titles:
            continue
        for name, p in full.items():
            if text.startswith(name, m.end()) and not text[m.end() + len(name):m.end() + len(name) + 1].isalnum():
                people = found.setdefault(f"{m.group(1)} {name.split()[-1]}", [])
                if p not in people:
                    people.append(p)
    return [(form, people[0]) for form, people in found.items() if len(people) == 1]


_TITLE_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]+\.?)\s+(?=[A-Z])")


_KIN_WORD_BEFORE = re.compile(r"\b(?:daughter|son|mother|father|mum|mom|dad|sister|brother|grandmother|grandfather|"
                              r"grandson|granddaughter|aunt|uncle|niece|nephew|cousin|baby|boy|girl)s?,?\s+"
                              r"(?:(?:named|called)\s+)?$", re.IGNORECASE)  # "a daughter named Flora Lindqvist"


def _kin_introduced(text: str, registry: _Registry) -> set[int]:
    """People whose full name first stands right after a kin word ("her daughter Annika Mathers")."""
    out = set()
    for p in registry.people:
        words = registry.tokens[id(p)]
        if len(words) < 2:
            continue
        name = " ".join(words)
        at = text.find(name)
        while at >= 0 and _alone_on_line(text, at, at + len(name), numbered=True):
            at = text.find(name, at + len(name))  # "5. Leon Wielgosz" heading a roundup's item: the body tells who
        if at > 0 and _KIN_WORD_BEFORE.search(text, max(0, at - 30), at):
            out.add(id(p))
    return out


def _scan_mentions(text: str, registry: _Registry, credited: list[tuple[int, int, str]]) -> list[Ref]:
    """Every place a name form of a person stands, in one pass over the text: at each place
    the longest form wins ("Theo Lindqvist" over "Theo")."""
    blocked = [(a, b) for a, b, _ in credited]
    owner: dict[str, PersonFound] = {}
    for form, person in _titled_forms(text, registry) + _alias_forms(registry, _kin_introduced(text, registry)):
        for v in (form, form.replace("'", "’"), form.replace("’", "'")):
            owner.setdefault(v, person)
    if not owner:
        return []
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(v) for v in sorted(owner, key=len, reverse=True))
                         + r")(?![\w])")
    taken: list[Ref] = []
    # "Prince Casimir": a title before a one-word name, not part of a longer name
    ranks = lexicon()["titles"] | lexicon()["noble_ranks"]
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s, e, v = m.start(), m.end(), m.group(0)
        pos = e
        if any(a <= s < b for a, b in blocked):
            continue
        # (on the same line: "ON WIFE NUMBER ONE" / "Ashworth married …" is a heading, then a name)
        if " " not in v and (word := re.search(r"([A-Z][\w'’]*)[ \t]\Z", text[max(0, s - 25):s])) \
                and not (word.group(1) in ranks and len(registry.tokens[id(owner[v])]) == 1) \
                and not re.search(r"(?:^|[.!?”\"\n]\s*)[A-Z][\w'’]*[ \t]\Z", text[max(0, s - 25):s]):
            pos = s + 1  # part of a longer capitalised name ("Hollis Park")
            continue
        if re.match(r"[-]\w", text[e:e + 2]):
            pos = s + 1
            continue
        taken.append(Ref(s, e, owner[v]))
    return taken


# ---------------------------------------------------------------- gender, roles, epithets

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
        if t.is_space and "\n" in t.text:
            break  # ("Baby girl" heading a section says nothing of the name opening it)
        if not out and k == i - 1 and (t.text in STYLED_TITLES or (
                t.text.istitle() and t.lower_ in lexicon()["person_roles"] and t.is_sent_start)):
            # "his late grandmother, Queen Marit": queen, grandmother, late; "Rapper Julian X
            # sued …" opening a sentence: rapper
            out.append(t.lower_)
            k -= 1
            continue
        if t.text in (",", "-", "–") or t.is_space:
            k -= 1
            continue
        # (a lower-case word the tagger calls a proper noun is still a word: "his rep, Marcus")
        if t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "NUM") or not t.text.islower() \
                or t.is_punct or t.lower_ in _DETERMINERS:
            break
        if not out and _in_an_of_pair(doc, t):
            break  # "the son of a dockworker and a seamstress, Marchetti": the parents, not him
        out.append(t.lower_)
        k -= 1
    return out


_OF_PAIR_END = re.compile(r"\bof\s+(?:an?|the|his|her|their)\s+[\w\-]+\s+and\s+(?:an?|the)\s+$")


def _in_an_of_pair(doc, t) -> bool:
    """Is `t` the second of a pair after "of" ("the son of a dockworker and a seamstress"), so
    that it describes someone else than the name after it? ("custody of their son, Darius"
    names the son.)"""
    return bool(_OF_PAIR_END.search(doc_text(doc), max(0, t.idx - 60), t.idx))


PRONOUN_GENDER = {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m", "himself": "m"}


def _tokens_between(doc, start: int, end: int):
    span = doc.char_span(start, min(end, len(doc_text(doc))), alignment_mode="expand")
    return span if span is not None else []


_SINGULAR_KIN = {"parents": "parent", "grandparents": "grandparent", "daughters": "daughter", "sons": "son", "children": "child", "kids": "kid", "sisters": "sister",
                 "brothers": "brother", "grandchildren": "grandchild", "granddaughters": "granddaughter",
                 "grandsons": "grandson", "stepdaughters": "stepdaughter", "stepsons": "stepson"}


_KIN_PAIR = re.compile(r"\b(parents|grandparents)\s*,\s+")
_ROLE_RUN = re.compile(r"(?:[A-Za-z’'\-]+\s+){0,4}")


def _kin_pair_refs(text: str, cast: Cast, at: int) -> list[Ref]:
    """The two names of "parents, [Maison Vasseur chairman] X and [gallerist] Y" from `at`."""
    refs = [r for r in cast.refs if r.kind == "name" and at <= r.start <= at + 80]
    for first, second in zip(refs, refs[1:]):
        if first.person is not second.person and _ROLE_RUN.fullmatch(text[at:first.start]) \
                and re.fullmatch(r",?\s+and\s+(?:[a-z\-]+\s+){0,3}", text[first.end:second.start]):
            return [first, second]
    return []


def _kin_pairs(text: str, cast: Cast) -> None:
    """"the groom's parents, Maison Vasseur chairman Bernard Vasseur and gallerist Hélène
    Vasseur-Brun": both are parents, though other words stand between the kin word and the names."""
    for m in _KIN_PAIR.finditer(text):
        for r in _kin_pair_refs(text, cast, m.end()):
            cast.roles.setdefault(id(r.person), set()).add(m.group(1)[:-1])


def _gender_and_roles(doc, cast: Cast) -> None:
    """What the text says of each person: kin and role words before a name ("his wife, Doris"),
    an epithet's head ("the actress, 29"), and pronouns in sentences about one person."""
    lex = lexicon()
    text = doc_text(doc)
    votes: dict[int, list[int]] = {}   # id -> [female, male]

    def vote(person, g, weight):
        v = votes.setdefault(id(person), [0, 0])
        v[0 if g == "f" else 1] += weight

    listed: list[str] = []  # the kin words of the name before, for the next one of a list
    last_end = -1
    for r in cast.refs:
        if r.kind == "epithet":
            words = [w.lower() for w in re.findall(r"[A-Za-z\-]+", text[r.start:r.end])[-2:]]  # "footballer husband"
        else:
            words = [_SINGULAR_KIN.get(w, w) for w in _words_before(doc, r.start)]  # "two daughters, Jade"
            if not words and re.fullmatch(r",?\s+and\s+|,\s+", text[last_end:r.start]):
                words = listed  # "… two daughters, Jade and Scarlett"
            listed = [w for w in words if w in lex["kin"] or w in lex["blood_kin"]]
            last_end = r.end
        for w in words:
            if w in lex["person_roles"] or word_gender(w) or w in lex["blood_kin"]:
                cast.roles.setdefault(id(r.person), set()).add(w)
            if word_gender(w):
                vote(r.person, word_gender(w), 3)
    _kin_pairs(text, cast)
    sentences = sentence_spans(doc)
    for k, (a, b) in enumerate(sentences):
        refs = cast.in_range(a, b)
        who = {id(r.person): r.person for r in refs}
        if len(who) != 1:
            continue
        person = next(iter(who.values()))
        stretches = [(refs[0].end, b)]
        if k + 1 < len(sentences) and not cast.in_range(*sentences[k + 1]):
            stretches.append((sentences[k + 1][0], min(sentences[k + 1][0] + 40, sentences[k + 1][1])))
        # subjects and possessives only: "Calloway later called her" says nothing of Calloway
        # (nor the subject of a clause about the person: "Lionel Fairweather, a restaurateur she married")
        said = [t.lower_ for lo, hi in stretches for t in _tokens_between(doc, lo, hi)
                if t.lower_ in PRONOUN_GENDER and t.dep_ not in ("dobj", "pobj", "dative", "iobj")
                and not (t.dep_ == "nsubj" and t.head.dep_ == "relcl")]
        fem = sum(PRONOUN_GENDER[w] == "f" for w in said)
        mas = sum(PRONOUN_GENDER[w] == "m" for w in said)
        if fem and not mas:
            vote(person, "f", 1)
        elif mas and not fem:
            vote(person, "m", 1)
    for p in cast.people:  # what the given name says, which a word of the text outweighs
        g = given_name_gender(p.name.split()[0])
        if g is not None:
            vote(p, g, 2)
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
    for t in doc_tokens(doc):
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
        owner = cast.person_at(t.head.idx, t.head.idx + len(t.head.text)) if t.dep_ == "appos" else None
        if owner is not None and t.head.dep_ == "pobj" and t.head.head.lower_ in ("before", "after", "unlike", "like"):
            owner = None  # "Before Mensah-Darko, the singer dated …" parsed as an apposition
        if owner is not None:  # "Callum Reyes, the footballer she was seen with": Reyes
            added.append(Ref(start, t.idx + len(t.text), owner, kind="epithet"))
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
            if len(fits) == 1 and g is not None and cast.gender_of(fits[0]) is None:
                # "El-Amin's camp insists … A rep for Castellanos did not respond. The British-Egyptian
                # actress": the one person of her gender in the sentences just before, over a name of
                # unknown gender
                told = {id(r.person): r.person for r in earlier if index_of(sentences, r.start) >= k - 3
                        and cast.gender_of(r.person) == g}
                fits = list(told.values()) if len(told) == 1 else fits
            if len(fits) != 1 or _a_child(cast, fits[0]) or _other_trade(cast, fits[0], t):
                continue  # ("their son, Jun, is 5. … the actor": not Jun; "The model X … The TV presenter")
        added.append(Ref(start, t.idx + len(t.text), fits[0], kind="epithet"))
    if added:
        cast.refs.extend(added)
        cast.refs.sort(key=lambda r: r.start)


_CHILD_ROLES = {"son", "daughter", "child", "baby", "boy", "girl", "twin", "twins", "stepson", "stepdaughter"}


def _other_trade(cast: Cast, person: PersonFound, tok) -> bool:
    roles = cast.roles.get(id(person), set()) & lexicon()["person_roles"] - {"star"}
    trade = trade_told(tok)
    return bool(roles) and (not any(same_trade(tok.lower_, r) for r in roles)
                            or (trade is not None and not roles & trade))


def _a_child(cast: Cast, person: PersonFound) -> bool:
    return bool(cast.roles.get(id(person), set()) & _CHILD_ROLES) or (person.age is not None and person.age < 16)


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


_NAME_WORDS = rf"[{_UPPER}][{_UPPER}{_LOWER}'’\-]*[{_LOWER}](?:\s+[“\"][{_UPPER}][\w.\-]*[”\"])?(?:\s+[{_UPPER}][{_UPPER}{_LOWER}'’\-]*[{_LOWER}]){{1,2}}"
_COUPLE_HEADING = re.compile(rf"#*\s*(?:\d+[.)]\s+|[^:\n]{{1,60}}:\s+)?(?P<a>{_NAME_WORDS})\s+(?:and|&)\s+(?P<b>{_NAME_WORDS})\s*$")


def _heading_couples(text: str, headlines, accepted: list[_Name]) -> list[_Name]:
    """"## 1. Rafe Sinclair and Mei-Lin Zhou", "## The one that didn’t last: Grant Hale and
    Dominique Laurent": a heading that is two full names and nothing else (but a number or a
    kicker) names two people, whether or not the body writes them in full again."""
    have = {(n.start, n.end) for n in accepted}
    out = []
    for start, end in headlines:
        m = _COUPLE_HEADING.match(text, start, end)
        if m is None or m.end() != end and text[m.end():end].strip():
            continue
        for g in ("a", "b"):
            surface = m.group(g)
            words, nickname = split_name(surface)
            if (m.start(g), m.end(g)) not in have and _looks_like_name(words) \
                    and not re.search(r"['’]s\s", surface):  # ("… and Meera Kapadia's Marriage")
                out.append(_Name(m.start(g), m.end(g), words, nickname, surface))
    return out


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
