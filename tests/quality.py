"""Extraction quality against hand-made gold annotations.

Every article `NAME.ext` in a gold folder has `NAME.ext.gold.json` beside it:

    {"published": "2023-12-20",
     "people": [{"name": "Tom Cruise", "aliases": ["Cruise", "Tom"], "age": 61}],
     "events": [{"type": "dating", "people": ["Tom Cruise", "Elsina Khayrova"],
                 "when": {"start": "2023-01-01", "end": "2023-12-31"},
                 "optional": false, "note": "..."}],
     "encoding": "cp1252"}            # only when the file is not UTF-8

The articles are read the way the app reads them (`reader.read_article`),
extracted in one `nlp.pipe` batch (`extract.extract_article`) and turned into the
`extract` JSON (`contract.extraction_json`); that JSON is scored:

- people: a predicted person matches the gold person whose name or any alias
  equals its name; a second prediction for an already matched gold person,
  or one matching nobody, is a false positive.
- age_accuracy: share of gold ages carried by the matched predicted person.
- events_strict: same type, the same set of people, and the predicted
  interval overlapping the gold one (an undated gold event takes any
  prediction, dated or not; a dated gold event needs a dated prediction).
- events_lenient: same type, at least one person shared, dates as above.
- optional gold events (implied, planned, denied) neither count as misses nor
  as hits: a prediction they absorb is simply not counted.
- date_within_gold: among strict matches of dated required gold events, the
  share whose predicted interval lies inside the gold interval.
- evidence_exact: share of predicted events whose evidence offsets slice the
  article text to exactly the evidence text.
- evidence_in_file (shown, not a target): share of evidence sentences that can
  also be found in the file itself once tags are dropped, entities decoded and
  whitespace collapsed; a sentence built from Markdown with **emphasis** or
  from markup next to punctuation is not found there.
- other_events: predicted events of type "other"; never scored.

Predicted and gold events are paired one to one (a maximum bipartite
matching), so one prediction cannot satisfy two gold events and two
predictions of the same event cost precision. Counts are summed over all
articles (micro-average).

Usage:  python tests/quality.py tests/gold [--verbose]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GOLD_SUFFIX = ".gold.json"

# ---------------------------------------------------------------- loading


@dataclass
class GoldArticle:
    path: Path
    gold: dict


def load_gold(folder: str | Path) -> list[GoldArticle]:
    """Every article of `folder` that has a gold file beside it, in name order."""
    folder = Path(folder)
    found = []
    for gold_path in sorted(folder.glob("*" + GOLD_SUFFIX)):
        article = gold_path.with_name(gold_path.name[: -len(GOLD_SUFFIX)])
        if article.is_file():
            found.append(GoldArticle(article, json.loads(gold_path.read_text(encoding="utf-8"))))
    return found


def predict(paths: list[Path]) -> list[dict]:
    """The `extract` JSON of each file, extracted in one spaCy batch."""
    from gossip_timeline.core import nlp
    from gossip_timeline.core.contract import extraction_json
    from gossip_timeline.core.extract import extract_article
    from gossip_timeline.core.reader import read_article

    articles = [read_article(p) for p in paths]
    docs = nlp.english().pipe(a.parse_text for a in articles)  # what import and `extract` read
    return [extraction_json(a, extract_article(a, doc)) for a, doc in zip(articles, docs)]


# ---------------------------------------------------------------- helpers

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def norm(name: str) -> str:
    """Names compare without case, quote style or spacing differences."""
    name = unicodedata.normalize("NFC", name).translate(_QUOTES)
    return " ".join(name.split()).casefold()


def visible_text(raw: str) -> str:
    """The file as a reader sees it, roughly: tags dropped, entities decoded, spacing collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return _squash(text)


def _squash(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r" (?=[,.;:!?)\]])", "", text)


def read_file_text(path: Path, encoding: str | None = None) -> str:
    return path.read_bytes().decode(encoding or "utf-8", errors="replace")


def _interval(when) -> tuple[dt.date, dt.date] | None:
    if not when:
        return None
    return dt.date.fromisoformat(when["start"]), dt.date.fromisoformat(when["end"])


def _fmt_when(when) -> str:
    if not when:
        return "undated"
    return when["start"] if when["start"] == when["end"] else f"{when['start']}..{when['end']}"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _max_matching(n_left: int, edges: list[list[int]], taken: dict[int, int] | None = None) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left index -> right index.

    `edges[i]` lists the right nodes left node i may pair with, best first.
    `taken` maps right nodes already used (they are not available)."""
    owner: dict[int, int] = {}  # right -> left
    blocked = set(taken.values()) if taken else set()

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen or right in blocked:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(n_left):
        augment(left, set())
    return {left: right for right, left in owner.items()}


# ---------------------------------------------------------------- scoring


@dataclass
class ArticleScore:
    name: str
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    ages_total: int = 0
    ages_right: int = 0
    strict_tp: int = 0
    strict_fp: int = 0
    strict_fn: int = 0
    lenient_tp: int = 0
    lenient_fp: int = 0
    lenient_fn: int = 0
    dated_matches: int = 0
    dated_within: int = 0
    evidence_total: int = 0
    evidence_exact: int = 0
    evidence_checked_in_file: int = 0
    evidence_in_file: int = 0
    other_events: int = 0
    published_right: bool = True
    misses: list[str] = field(default_factory=list)


class _People:
    """Gold people and the lookup from any name form to the gold person."""

    def __init__(self, gold_people: list[dict]):
        self.people = gold_people
        self.index: dict[str, int] = {}
        for i, person in enumerate(gold_people):
            for form in [person["name"], *person.get("aliases", [])]:
                self.index.setdefault(norm(form), i)  # a shared alias belongs to the first

    def find(self, name: str) -> int | None:
        return self.index.get(norm(name))


def score_article(gold: dict, predicted: dict, name: str = "", file_text: str | None = None) -> ArticleScore:
    """Score one article's `extract` JSON against its gold annotation.

    `file_text` is the decoded file: evidence offsets index it when the
    prediction carries no top-level "text", and evidence_in_file looks there."""
    score = ArticleScore(name=name)
    people = _People(gold.get("people", []))

    # published
    if "published" in gold and gold["published"] != predicted.get("published"):
        score.published_right = False
        score.misses.append(f"published: predicted {predicted.get('published')}, gold {gold['published']}")

    # people
    matched: dict[int, dict] = {}
    for person in predicted.get("people", []):
        i = people.find(person["name"])
        if i is None:
            score.people_fp += 1
            score.misses.append(f"extra person: {person['name']}")
        elif i in matched:
            score.people_fp += 1
            score.misses.append(f"duplicate person: {person['name']} (already {matched[i]['name']})")
        else:
            matched[i] = person
            score.people_tp += 1
    for i, person in enumerate(people.people):
        if i not in matched:
            score.people_fn += 1
            score.misses.append(f"missed person: {person['name']}")
        if person.get("age") is not None:
            score.ages_total += 1
            got = matched.get(i, {}).get("age")
            if got == person["age"]:
                score.ages_right += 1
            elif i in matched:
                score.misses.append(f"age of {person['name']}: predicted {got}, gold {person['age']}")

    # evidence
    text = predicted.get("text")
    if text is None:
        text = file_text
    visible = visible_text(file_text) if file_text is not None else None
    for event in predicted.get("events", []):
        score.evidence_total += 1
        ev = event.get("evidence") or {}
        try:
            ok = text is not None and text[ev["start"]:ev["end"]] == ev["text"]
        except (KeyError, TypeError):
            ok = False
        if ok:
            score.evidence_exact += 1
        else:
            score.misses.append(f"evidence offsets do not slice to the evidence text: {event['type']} {ev.get('text')!r:.60}")
        if visible is not None and isinstance(ev.get("text"), str):
            score.evidence_checked_in_file += 1
            if _squash(ev["text"]) in visible:
                score.evidence_in_file += 1
            else:
                score.misses.append(f"evidence not found in the file as written: {ev['text']!r:.70}")

    # events
    preds = [e for e in predicted.get("events", []) if e.get("type") != "other"]
    score.other_events = len(predicted.get("events", [])) - len(preds)
    golds = gold.get("events", [])
    required = [i for i, g in enumerate(golds) if not g.get("optional")]
    optional = [i for i, g in enumerate(golds) if g.get("optional")]
    gold_sets = [frozenset(people.find(n) for n in g["people"]) for g in golds]
    pred_sets = [[people.find(n) for n in e.get("people", [])] for e in preds]

    def compatible(p: int, g: int, strict: bool) -> bool:
        pe, ge = preds[p], golds[g]
        if pe.get("type") != ge["type"]:
            return False
        found = pred_sets[p]
        if strict:
            if None in found or frozenset(found) != gold_sets[g]:
                return False
        elif not (set(found) - {None}) & gold_sets[g]:
            return False
        gi = _interval(ge.get("when"))
        if gi is None:
            return True
        pi = _interval(pe.get("when"))
        return pi is not None and pi[0] <= gi[1] and gi[0] <= pi[1]

    def within(p: int, g: int) -> bool:
        gi, pi = _interval(golds[g].get("when")), _interval(preds[p].get("when"))
        return gi is not None and pi is not None and gi[0] <= pi[0] and pi[1] <= gi[1]

    def match(strict: bool) -> tuple[dict[int, int], set[int]]:
        # required gold first (a maximum matching), then let optional gold
        # absorb what is left so it costs nothing
        edges = [sorted((g for g in required if compatible(p, g, strict)),
                        key=lambda g: not within(p, g)) for p in range(len(preds))]
        pairs = _max_matching(len(preds), edges)
        rest = [p for p in range(len(preds)) if p not in pairs]
        opt_edges = [[g for g in optional if compatible(p, g, strict)] if p in rest else []
                     for p in range(len(preds))]
        absorbed = set(_max_matching(len(preds), opt_edges))
        return pairs, absorbed

    strict_pairs, strict_absorbed = match(True)
    lenient_pairs, lenient_absorbed = match(False)
    score.strict_tp = len(strict_pairs)
    score.strict_fp = len(preds) - len(strict_pairs) - len(strict_absorbed)
    score.strict_fn = len(required) - len(strict_pairs)
    score.lenient_tp = len(lenient_pairs)
    score.lenient_fp = len(preds) - len(lenient_pairs) - len(lenient_absorbed)
    score.lenient_fn = len(required) - len(lenient_pairs)

    for p, g in strict_pairs.items():
        if golds[g].get("when"):
            score.dated_matches += 1
            if within(p, g):
                score.dated_within += 1
            else:
                score.misses.append(
                    f"date wider than gold: {golds[g]['type']} {', '.join(golds[g]['people'])}: "
                    f"predicted {_fmt_when(preds[p].get('when'))}, gold {_fmt_when(golds[g]['when'])}")

    strict_gold = set(strict_pairs.values())
    lenient_gold = set(lenient_pairs.values())
    for g in required:
        if g not in strict_gold:
            how = "lenient only" if g in lenient_gold else "missed"
            score.misses.append(f"{how} event: {golds[g]['type']} {', '.join(golds[g]['people'])} "
                                f"[{_fmt_when(golds[g].get('when'))}]")
    for p, e in enumerate(preds):
        if p not in strict_pairs and p not in strict_absorbed:
            score.misses.append(f"extra event (strict): {e['type']} {', '.join(e.get('people', []))} "
                                f"[{_fmt_when(e.get('when'))}]")
    return score


# ---------------------------------------------------------------- totals


@dataclass
class Report:
    articles: list[ArticleScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(a, attr) for a in self.articles)

    @property
    def people(self) -> tuple[float, float, float]:
        return _prf(self._sum("people_tp"), self._sum("people_fp"), self._sum("people_fn"))

    @property
    def events_strict(self) -> tuple[float, float, float]:
        return _prf(self._sum("strict_tp"), self._sum("strict_fp"), self._sum("strict_fn"))

    @property
    def events_lenient(self) -> tuple[float, float, float]:
        return _prf(self._sum("lenient_tp"), self._sum("lenient_fp"), self._sum("lenient_fn"))

    @property
    def age_accuracy(self) -> float:
        total = self._sum("ages_total")
        return self._sum("ages_right") / total if total else 1.0

    @property
    def date_within_gold(self) -> float:
        total = self._sum("dated_matches")
        return self._sum("dated_within") / total if total else 1.0

    @property
    def evidence_exact(self) -> float:
        total = self._sum("evidence_total")
        return self._sum("evidence_exact") / total if total else 1.0

    @property
    def evidence_in_file_share(self) -> float:
        total = self._sum("evidence_checked_in_file")
        return self._sum("evidence_in_file") / total if total else 1.0

    @property
    def published_accuracy(self) -> float:
        return sum(a.published_right for a in self.articles) / len(self.articles) if self.articles else 1.0

    @property
    def other_events(self) -> int:
        return self._sum("other_events")

    def table(self) -> str:
        rows = [f"articles            {len(self.articles)}",
                f"{'':20}{'P':>7}{'R':>7}{'F1':>7}"]
        for label, (p, r, f) in (("people", self.people), ("events_strict", self.events_strict),
                                 ("events_lenient", self.events_lenient)):
            rows.append(f"{label:20}{p:7.3f}{r:7.3f}{f:7.3f}")
        rows += [f"{'age_accuracy':20}{self.age_accuracy:21.3f}  ({self._sum('ages_right')}/{self._sum('ages_total')})",
                 f"{'date_within_gold':20}{self.date_within_gold:21.3f}  ({self._sum('dated_within')}/{self._sum('dated_matches')})",
                 f"{'evidence_exact':20}{self.evidence_exact:21.3f}  ({self._sum('evidence_exact')}/{self._sum('evidence_total')})",
                 f"{'evidence_in_file':20}{self.evidence_in_file_share:21.3f}  ({self._sum('evidence_in_file')}/{self._sum('evidence_checked_in_file')})",
                 f"{'published':20}{self.published_accuracy:21.3f}",
                 f"{'other_events':20}{self.other_events:21d}"]
        return "\n".join(rows)


def evaluate(folder: str | Path) -> Report:
    """Extract every gold article of `folder` and score it."""
    items = load_gold(folder)
    predictions = predict([item.path for item in items])
    return Report([score_article(item.gold, pred, name=item.path.name,
                                 file_text=read_file_text(item.path, item.gold.get("encoding")))
                   for item, pred in zip(items, predictions)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="folder of articles with NAME.ext.gold.json beside each")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss per article")
    args = parser.parse_args(argv)
    if not load_gold(args.folder):
        print(f"no gold articles in {args.folder}", file=sys.stderr)
        return 2
    report = evaluate(args.folder)
    print(report.table())
    if args.verbose:
        for article in report.articles:
            if article.misses:
                print(f"\n{article.name}")
                for miss in article.misses:
                    print(f"  - {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
