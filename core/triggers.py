"""Event triggers: the patterns of resources/triggers.jsonl found in a parsed doc.

A pattern is spaCy Matcher token patterns. The Matcher costs about the same for
every pattern on every token, so the patterns are split two ways:
- one-token patterns ("wedding", LEMMA "divorce") are looked up per token in a
  dictionary keyed by the word, then their other constraints (POS) are checked;
- longer ones run in the Matcher, but only over the few tokens after a word that
  can open one ("tie" in "tie the knot").
The spans found are exactly what one Matcher over the whole doc would find, at a
fraction of the cost (about 3.5 ms an article before).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import Matcher
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from .sentences import doc_tokens

# tokens a multi-token pattern may cover after its first word; the longest pattern
# ("the judge ... ruled", "be" + adverbs + "spotted") stays well inside it
_WINDOW = 12
_WORD_ATTRS = ("LOWER", "LEMMA")


@dataclass(frozen=True)
class Trigger:
    label: str
    id: str
    implied: bool
    needs_filing: bool = False  # "papers": a trigger only as what someone filed
    needs_child: bool = False   # "welcomed Inés": a birth only when the one welcomed is a child


@lru_cache(maxsize=1)
def trigger_rules() -> tuple[dict, ...]:
    raw = resources.files("gossip_timeline.resources").joinpath("triggers.jsonl").read_text("utf-8")
    return tuple(json.loads(line) for line in raw.splitlines() if line.strip())


def _values(spec) -> list[str] | None:
    """The words a token constraint allows: "x" or {"IN": [...]}; None for anything else."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None


def _opening_words(token: dict) -> tuple[str, list[str]]:
    """The attribute and words by which a pattern's first token is found."""
    for attr in _WORD_ATTRS:
        words = _values(token.get(attr))
        if words is not None and token.get("OP") in (None, "1"):
            return attr, words
    raise ValueError(f"trigger pattern must open with a LOWER or LEMMA word: {token}")


def _token_fits(token, spec: dict) -> bool:
    """Does `token` satisfy a one-token pattern's constraints (LOWER, LEMMA, POS)?"""
    for attr, value in spec.items():
        actual = {"LOWER": token.lower_, "LEMMA": token.lemma_, "POS": token.pos_}.get(attr)
        if actual is None:
            raise ValueError(f"unsupported attribute in a one-token trigger: {attr}")
        allowed = _values(value)
        if allowed is None or actual not in allowed:
            return False
    return True


class TriggerFinder:
    """All trigger patterns, ready to find in docs of one vocabulary."""

    def __init__(self, vocab):
        self.triggers: dict[str, Trigger] = {}
        self.single: dict[tuple[str, str], list[tuple[str, dict]]] = {}
        self.openers: dict[str, set[str]] = defaultdict(set)
        self.matcher = Matcher(vocab)
        self.multi: list[tuple[tuple[str, frozenset], list[tuple[str, frozenset]]]] = []
        self.order: dict[str, int] = {}
        for rule in trigger_rules():
            key = f"{rule['label']}/{rule['id']}"
            self.order[key] = len(self.order)
            self.triggers[key] = Trigger(rule["label"], rule["id"], bool(rule.get("implied")),
                                         bool(rule.get("needs_filing")), bool(rule.get("needs_child")))
            pattern = rule["pattern"]
            attr, words = _opening_words(pattern[0])
            if len(pattern) == 1:
                for word in dict.fromkeys(words):
                    self.single.setdefault((attr, word), []).append((key, pattern[0]))
            else:
                self.openers[attr].update(words)
                self.matcher.add(key, [pattern])
                self.multi.append(((attr, frozenset(words)), _anchors(pattern)))

    def _completable(self, starts: list[int], lowers: list[str], lemmas: list[str]) -> list[int]:
        """The opening words after which all of some pattern's required words follow within
        reach: "be" opens many patterns but is seldom followed by "spotted" or "born"."""
        keep = []
        for i in starts:
            ahead = range(i + 1, min(len(lowers), i + _WINDOW))
            for (attr, words), anchors in self.multi:
                if (lowers[i] if attr == "LOWER" else lemmas[i]) not in words:
                    continue
                if all(any((lowers[j] if attr_ == "LOWER" else lemmas[j]) in need for j in ahead)
                       for attr_, need in anchors):
                    keep.append(i)
                    break
        return keep

    def spans(self, doc) -> list[SpacySpan]:
        """Every match, overlapping ones included, as labelled spans of `doc`."""
        found: list[SpacySpan] = []
        starts: list[int] = []
        lowers, lemmas = self.openers.get("LOWER", set()), self.openers.get("LEMMA", set())
        lowers_of, lemmas_of = [], []
        single = self.single
        for tok in doc_tokens(doc):
            lower, lemma = tok.lower_, tok.lemma_
            lowers_of.append(lower)
            lemmas_of.append(lemma)
            by_lower, by_lemma = single.get(("LOWER", lower)), single.get(("LEMMA", lemma))
            if by_lower or by_lemma:
                for key, spec in (by_lower or []) + (by_lemma or []):
                    if _token_fits(tok, spec):
                        found.append(SpacySpan(doc, tok.i, tok.i + 1, label=key))
            if lower in lowers or lemma in lemmas:
                starts.append(tok.i)
        starts = self._completable(starts, lowers_of, lemmas_of) if starts else starts
        for start, end in _windows(starts, len(doc)):
            found += [SpacySpan(doc, start + s, start + e, label=m_id)
                      for m_id, s, e in self.matcher(doc[start:end])]
        order = self.order
        return sorted(found, key=lambda span: (span.start, order[span.label_]))  # ties: the earlier rule wins


def _anchors(pattern: list[dict]) -> list[tuple[str, frozenset]]:
    """The words a pattern must have after its first ("tie THE KNOT", "be ... SPOTTED", "be
    TOGETHER FOR"): a window lacking any of them cannot match."""
    out = []
    for token in pattern[1:]:
        if token.get("OP") in ("?", "*") or str(token.get("OP", "")).startswith("{0"):
            continue
        for attr in _WORD_ATTRS:
            words = _values(token.get(attr))
            if words is not None:
                out.append((attr, frozenset(words)))
                break
    return out


def _windows(starts: list[int], length: int) -> list[tuple[int, int]]:
    """Merged token ranges [start, start + _WINDOW) over the given opening tokens."""
    out: list[list[int]] = []
    for i in starts:
        end = min(length, i + _WINDOW)
        if out and i <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([i, end])
    return [(a, b) for a, b in out]


@lru_cache(maxsize=4)
def finder(vocab) -> TriggerFinder:
    return TriggerFinder(vocab)


def match_triggers(doc) -> list[tuple[SpacySpan, Trigger]]:
    """Non-overlapping trigger spans (longest wins), in text order."""
    trigger_finder = finder(doc.vocab)
    spans = filter_spans(trigger_finder.spans(doc))
    return [(sp, trigger_finder.triggers[sp.label_]) for sp in sorted(spans, key=lambda s: s.start)]
