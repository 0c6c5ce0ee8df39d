"""Score the date layer (dates.find_dates) on MEANTIME, real Wikinews with gold TIMEX3.

    python tests/timex_eval.py ../shared/data [--verbose] [--baseline]

Data: MEANTIME English (CAT XML: one <token> per word, TIMEX3 markables pointing at
token ids, a CREATION_TIME TIMEX3 giving the document date, DCT). The text is
rebuilt from the tokens with a small detokenizer (no space before , . ; : ) 's n't
and closing quotes, none after ( and opening quotes; one line per sentence), and
every markable's token span is mapped onto character offsets of that text. The
title and the dateline stay in the text, as in a real article.

Which gold counts
  * DATE and TIME timexes are the targets (the issue asks for "DATE/TIME
    expressions"): they make up recall, and value accuracy is measured on them.
  * DURATION and SET timexes ("for five years", "every year") are neutral: a
    prediction overlapping one is neither a hit nor a false alarm, since our layer
    may legitimately report a span ("for five years") as a time expression.
  * The CREATION_TIME mention (the dateline) is neither gold nor scored: it is the
    document date we are given, and predictions on it are ignored.
  * MEANTIME annotates time expressions only in the title and the first five
    sentences (sentence numbers 0-5, the dateline included; checked: no TIMEX3
    lies beyond). `find_dates` runs on the whole text, but only predictions inside
    that annotated region are scored.

Detection
  * relaxed: a prediction is a true positive when it overlaps a DATE/TIME gold
    span; a gold DATE/TIME is found when any prediction overlaps it.
    P = TP predictions / scored predictions, R = found gold / gold, F1 from both.
  * strict: the same with identical character spans (TimeML extents: no leading
    preposition; "since" is a signal, so "since 2015" is compared from "2015").

Value accuracy
  Among gold DATE/TIME timexes found (relaxed), the share whose TimeML value
  converts to the same interval of days as ours (the prediction overlapping it
  most). `timeml_interval` converts values: 2008-10-15 (and times on that day)
  -> that day, 2008-10 -> the month, 2008 -> the year, 2008-W42 -> ISO week
  Monday-Sunday, 2008-W42-WE -> its Saturday-Sunday, 2008-Q3 -> the quarter,
  2008-SU/SP/FA/WI -> the season (our seasons: Mar-May, Jun-Aug, Sep-Nov, winter
  = December of the previous year to February), FY2009 -> the calendar year
  2009, 200 -> the decade 2000s, 200X likewise, PRESENT_REF -> the DCT day.
  Edge cases, decided up front:
  * PAST_REF / FUTURE_REF ("recently", "in the future") have no interval: they
    leave the denominator (counted and printed separately).
  * XXXX-XX-XX (annotator could not tell) leaves the denominator too, and so do
    the few DATE timexes whose value is a duration (P6Y for "six years": a
    DATE/DURATION mix-up of the annotation).
  * Under-specified values (XXXX-10-15, 2008-10-XX) count as right when our
    interval agrees on every field the value gives.
  * TimeML writes "early 2009" as 2009 and "since 2015" as 2015 (modifiers and
    signals stay outside the value), whereas we narrow or extend the interval.
    So a prediction also counts as right when its words carry such a modifier
    (early/mid/late/beginning/end/start/earlier/later/since/...) and the gold
    interval contains ours (or, for "since", starts where ours does).
  * An unresolved prediction (when is None) on a gold DATE/TIME is wrong.
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

D = dt.date
TARGET_TYPES = ("DATE", "TIME")
NEUTRAL_TYPES = ("DURATION", "SET")
ANNOTATED_SENTENCES = 5  # the title is sentence 0, the dateline 1

# ---------------------------------------------------------------- loading

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re",
                   "'ve", "'ll", "'d", "'m", "''", "”", "’", "...", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "“", "‘", "$", "US$", "CA$", "#", "`"}


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Document:
    name: str
    text: str
    dct: D
    dct_span: tuple[int, int] | None
    annotated_end: int  # TIMEX3 are annotated in text[:annotated_end] only
    timexes: list[Timex] = field(default_factory=list)


def detokenize(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """(t_id, word, sentence) tokens -> text and each t_id's character span."""
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_word, prev_sentence = None, None
    quote_open = False  # straight quotes alternate: opening, closing, opening...
    glue_next = False
    for t_id, word, sentence in tokens:
        word = '"' if word in ("``", "''") else word
        closing = word == '"' and quote_open
        if word == '"':
            quote_open = not quote_open
        if prev_word is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n"
        elif glue_next or closing or word in NO_SPACE_BEFORE or re.fullmatch(r"'[a-z]{1,2}", word):
            sep = ""
        else:
            sep = " "
        glue_next = word in NO_SPACE_AFTER or (word == '"' and not closing)
        out.append(sep + word)
        pos += len(sep)
        spans[t_id] = (pos, pos + len(word))
        pos += len(word)
        prev_word, prev_sentence = word, sentence
    return "".join(out), spans


def _dct_value(value: str) -> D:
    """The DCT day; one file writes it day-first (03-02-2009, its dateline says February 03)."""
    if m := re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value):
        return D(int(m[3]), int(m[2]), int(m[1]))
    return D.fromisoformat(value[:10])


def load_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence"))) for t in root.iter("token")]
    text, spans = detokenize(tokens)
    annotated = [spans[t_id][1] for t_id, _, sentence in tokens if sentence <= ANNOTATED_SENTENCES]
    dct, dct_span, timexes = None, None, []
    markables = root.find("Markables")
    for tx in (markables.iter("TIMEX3") if markables is not None else ()):
        ids = [a.get("t_id") for a in tx.iter("token_anchor")]
        span = (spans[ids[0]][0], spans[ids[-1]][1]) if ids else None
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = _dct_value(tx.get("value"))
            dct_span = span
            continue
        if span is None:
            continue
        timexes.append(Timex(span[0], span[1], tx.get("type"), tx.get("value"), text[span[0]:span[1]]))
    return Document(path.stem, text, dct, dct_span, max(annotated), sorted(timexes, key=lambda t: t.start))


def load_meantime(data_dir: Path) -> list[Document]:
    """Every MEANTIME English document with a DCT, in file-name order."""
    root = Path(data_dir) / "meantime_en" / "intra_cross-doc_annotation"
    docs = [load_document(p) for p in sorted(root.glob("*/*.xml"))]
    return [d for d in docs if d.dct is not None]


# ---------------------------------------------------------------- TimeML values

SEASON_CODES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}


def _month_end(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def timeml_interval(value: str, dct: D) -> tuple[D, D] | None:
    """The inclusive interval of days a TimeML DATE/TIME value denotes (None: no interval)."""
    from gossip_timeline.core.dates import season_interval

    v = value.strip()
    if v == "PRESENT_REF":
        return dct, dct
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(T.*)?", v):
        day = D(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        y, mo = int(m[1]), int(m[2])
        return D(y, mo, 1), _month_end(y, mo)
    if m := re.fullmatch(r"(?:FY)?(\d{4})", v):
        y = int(m[1])
        return D(y, 1, 1), D(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v):
        monday = D.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        return D(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        y, h = int(m[1]), int(m[2])
        return D(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        return season_interval(SEASON_CODES[m[2]], int(m[1]))
    if m := re.fullmatch(r"(\d{3})X?", v):
        y = int(m[1]) * 10
        return D(y, 1, 1), D(y + 9, 12, 31)
    if m := re.fullmatch(r"(\d{2})XX|(\d{2})", v):
        y = int(m[1] or m[2]) * 100
        return D(y, 1, 1), D(y + 99, 12, 31)
    return None


_PARTIAL = re.compile(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)(T.*)?")
_MODIFIER = re.compile(r"\b(early|mid|late|beginning|begin|start|end|earlier|later|since|"
                       r"first half|second half|middle|around|about|past|last|within|through)\b", re.I)


def value_matches(value: str, dct: D, predicted, words: str) -> bool:
    """Whether our When agrees with the gold TimeML value (see the module docstring)."""
    if predicted is None:
        return False
    ours = (predicted.start, predicted.end)
    m = _PARTIAL.fullmatch(value)
    if m and "X" in value.split("T")[0]:
        if ours[0] != ours[1]:
            return (m[3] == "XX" and m[2] != "XX" and ours[0].month == int(m[2]) and ours[0].day == 1
                    and ours[1].month == ours[0].month and (m[1] == "XXXX" or ours[0].year == int(m[1])))
        day = ours[0]
        return ((m[1] == "XXXX" or day.year == int(m[1])) and (m[2] == "XX" or day.month == int(m[2]))
                and (m[3] == "XX" or day.day == int(m[3])))
    gold = timeml_interval(value, dct)
    if gold is None:
        return False
    if ours == gold:
        return True
    if _MODIFIER.search(words):
        if words.lower().startswith("since"):
            return ours[0] == gold[0]
        return gold[0] <= ours[0] and ours[1] <= gold[1]
    return False


def has_interval(value: str) -> bool:
    """Whether a gold value enters the value-accuracy denominator."""
    return value not in ("PAST_REF", "FUTURE_REF") and not re.fullmatch(r"[X-]+(T.*)?|P.*", value)


# ---------------------------------------------------------------- scoring

@dataclass
class Score:
    tp_pred: int = 0
    predictions: int = 0
    found: int = 0
    gold: int = 0
    strict_tp: int = 0
    value_right: int = 0
    value_total: int = 0
    no_interval: int = 0
    by_type: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)
    seconds: float = 0.0
    docs: int = 0

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predictions if self.predictions else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        return self.f1(self.precision, self.recall)

    @property
    def strict_f1(self) -> float:
        p = self.strict_tp / self.predictions if self.predictions else 0.0
        r = self.strict_tp / self.gold if self.gold else 0.0
        return self.f1(p, r)

    @property
    def value_f1(self) -> float:
        """End to end: a gold DATE/TIME counts when found with the right value (edge cases as above)."""
        p = self.value_right / self.predictions if self.predictions else 0.0
        r = self.value_right / self.gold if self.gold else 0.0
        return self.f1(p, r)

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.value_total if self.value_total else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_document(doc: Document, predicted: list[tuple[tuple[int, int], object]], score: Score) -> None:
    """Add one document's predictions [((start, end), When | None)] to `score`."""
    targets = [t for t in doc.timexes if t.type in TARGET_TYPES]
    neutral = [t for t in doc.timexes if t.type in NEUTRAL_TYPES]
    scored = []
    for span, when in predicted:
        if (doc.dct_span and _overlap(span, doc.dct_span)) or span[0] >= doc.annotated_end:
            continue
        hit = any(_overlap(span, (t.start, t.end)) for t in targets)
        if not hit and any(_overlap(span, (t.start, t.end)) for t in neutral):
            continue
        scored.append((span, when))
        score.predictions += 1
        score.tp_pred += hit
        if not hit:
            score.misses.append(("false alarm", doc.name, doc.text[span[0]:span[1]], None, when))
    for t in targets:
        row = score.by_type.setdefault(t.type, [0, 0, 0, 0])  # gold, found, value right, value total
        row[0] += 1
        score.gold += 1
        over = [(_overlap(s, (t.start, t.end)), s, w) for s, w in scored if _overlap(s, (t.start, t.end))]
        if not over:
            score.misses.append(("missed", doc.name, t.text, t.value, None))
            continue
        score.found += 1
        row[1] += 1
        _, span, when = max(over, key=lambda o: o[0])
        words = doc.text[span[0]:span[1]]
        strict_span = span
        if words.lower().startswith("since "):
            strict_span = (span[0] + 6, span[1])
        score.strict_tp += strict_span == (t.start, t.end)
        if not has_interval(t.value):
            score.no_interval += 1
            continue
        score.value_total += 1
        row[3] += 1
        if value_matches(t.value, doc.dct, when, words):
            score.value_right += 1
            row[2] += 1
        else:
            score.misses.append(("wrong value", doc.name, f"{t.text!r} ~ {words!r}", t.value, when))


def evaluate(data_dir: Path, docs: list[Document] | None = None) -> Score:
    """Run find_dates (full English pipeline, DCT as publication day) on MEANTIME."""
    from gossip_timeline.core import dates, nlp

    docs = docs if docs is not None else load_meantime(data_dir)
    score = Score(docs=len(docs))
    dates.resolve("March 3", D(2000, 1, 1))  # import dateparser before timing (a one-off half second)
    for doc, parsed in zip(docs, nlp.english().pipe(d.text for d in docs)):
        t0 = time.perf_counter()
        found = dates.find_dates(parsed, doc.dct)
        score.seconds += time.perf_counter() - t0
        score_document(doc, [((s.start, s.end), w) for s, w in found], score)
    return score


def evaluate_dateparser(data_dir: Path, docs: list[Document] | None = None) -> Score:
    """Baseline: dateparser.search.search_dates alone, relative to the DCT, day precision."""
    from dateparser.search import search_dates

    from gossip_timeline.core.model import When

    docs = docs if docs is not None else load_meantime(data_dir)
    score = Score(docs=len(docs))
    for doc in docs:
        base = dt.datetime(doc.dct.year, doc.dct.month, doc.dct.day)
        t0 = time.perf_counter()
        found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        score.seconds += time.perf_counter() - t0
        predicted, pos = [], 0
        for words, moment in found:
            start = doc.text.find(words, pos)
            if start < 0:
                continue
            pos = start + len(words)
            predicted.append(((start, pos), When(moment.date(), moment.date(), "day")))
        score_document(doc, predicted, score)
    return score


def report(score: Score, title: str, verbose: bool = False) -> str:
    lines = [
        f"== {title}: {score.docs} documents, {score.gold} gold DATE/TIME, {score.predictions} scored predictions",
        f"{'detection relaxed':<22} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.relaxed_f1:.3f}",
        f"{'detection strict':<22} F1 {score.strict_f1:.3f}",
        f"{'value accuracy':<22} {score.value_accuracy:.3f}  ({score.value_right}/{score.value_total};"
        f" {score.no_interval} found PAST_REF/FUTURE_REF/XXXX/P.. left out)",
        f"{'value F1':<22} {score.value_f1:.3f}  (right values / predictions and / gold DATE/TIME)",
        f"{'ms per document':<22} {1000 * score.seconds / max(1, score.docs):.2f}",
        f"{'type':<8}{'gold':>6}{'found':>7}{'recall':>8}{'value':>8}",
    ]
    for t, (gold, found, right, total) in sorted(score.by_type.items()):
        lines.append(f"{t:<8}{gold:>6}{found:>7}{found / gold:>8.3f}{(right / total if total else 0):>8.3f}")
    if verbose:
        for kind in ("missed", "wrong value", "false alarm"):
            rows = [m for m in score.misses if m[0] == kind]
            lines.append(f"-- {kind} ({len(rows)})")
            for _, name, words, value, when in rows:
                got = f"{when.start}..{when.end} {when.precision}" if when else "-"
                lines.append(f"   {words:<45} gold {value or '-':<14} ours {got}   [{name[:40]}]")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path, help="folder holding meantime_en/")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses, wrong values and false alarms")
    ap.add_argument("--baseline", action="store_true", help="also score dateparser.search_dates alone")
    args = ap.parse_args(argv)
    docs = load_meantime(args.data_dir)
    print(report(evaluate(args.data_dir, docs), "gossip_timeline find_dates", args.verbose))
    if args.baseline:
        print(report(evaluate_dateparser(args.data_dir, docs), "dateparser search_dates", args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
