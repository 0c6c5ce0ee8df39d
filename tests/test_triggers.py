"""Trigger finding: the split lookup must find exactly what one spaCy Matcher would."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.util import filter_spans

from gossip_timeline.core import nlp, triggers
from gossip_timeline.core.reader import read_article

GOLD = Path(__file__).parent / "gold"


def _one_matcher(doc) -> list[tuple[int, int, str]]:
    """The reference: every pattern in a single Matcher over the whole doc."""
    matcher = Matcher(doc.vocab)
    for rule in triggers.trigger_rules():
        matcher.add(f"{rule['label']}/{rule['id']}", [rule["pattern"]])
    spans = [Span(doc, s, e, label=m) for m, s, e in matcher(doc)]
    return [(s.start, s.end, s.label_) for s in sorted(filter_spans(spans), key=lambda s: s.start)]


@pytest.fixture(scope="module")
def parsed_gold():
    texts = [read_article(p).text for p in sorted(GOLD.iterdir()) if not p.name.endswith(".json")]
    return list(nlp.english().pipe(texts))


def test_same_triggers_as_one_matcher_over_the_whole_doc(parsed_gold):
    found = 0
    for doc in parsed_gold:
        ours = [(s.start, s.end, s.label_) for s, _ in triggers.match_triggers(doc)]
        assert ours == _one_matcher(doc), doc.text[:60]
        found += len(ours)
    assert found > 100  # the comparison is not vacuous


def test_multi_token_pattern_at_the_very_end_of_a_doc():
    from spacy.tokens import Doc

    doc = Doc(nlp.blank().vocab, words=["They", "called", "it", "quits"], lemmas=["they", "call", "it", "quits"],
              pos=["PRON", "VERB", "PRON", "NOUN"])
    assert [(s.text, t.id) for s, t in triggers.match_triggers(doc)] == [("called it quits", "call-it-quits")]


def test_a_pattern_must_open_with_a_word():
    with pytest.raises(ValueError, match="must open with"):
        triggers._opening_words({"POS": "VERB"})


@pytest.mark.parametrize("text", [
    "The judge signed the decree, ending the couple's 13-year marriage.",
    "She called off their engagement in May.",
])
def test_ending_a_marriage_told_at_a_distance_is_an_ending(text):
    doc = nlp.english()(text)
    labels = [(span.text, trig.label) for span, trig in triggers.match_triggers(doc)]
    assert any(label == "breakup" for _, label in labels), labels
    assert not any(label == "married" for _, label in labels), labels
