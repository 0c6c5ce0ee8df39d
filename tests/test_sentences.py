"""Sentences, quotations and headlines: shared by people and events, no model needed."""
from gossip_timeline.core import nlp
from gossip_timeline.core.sentences import (headline_spans, index_of, is_headline, paragraph_of,
                                            quotations, sentence_spans)


def test_sentences_break_at_paragraphs_and_are_stripped():
    doc = nlp.blank()("First one here. “A quote.”\n\nNext paragraph starts")
    spans = sentence_spans(doc)
    texts = [doc.text[a:b] for a, b in spans]
    assert texts == ["First one here.", "“A quote.”", "Next paragraph starts"]


def test_index_of_finds_the_sentence_holding_a_character():
    spans = [(0, 10), (12, 20), (22, 30)]
    assert [index_of(spans, c) for c in (0, 9, 12, 25, 40)] == [0, 0, 1, 2, 2]


def test_quotations_close_at_the_paragraph_end():
    text = "“They met in 2019,” a source says.\n“Still open\nNext"
    assert [text[a:b] for a, b in quotations(text)] == ["“They met in 2019,”", "“Still open"]


def test_paragraph_of():
    text = "One.\nTwo words.\nThree"
    assert text[slice(*paragraph_of(text, 7))] == "Two words."


def test_headlines_are_title_cased_lines():
    assert is_headline("Marisol Vance and Theo Lindqvist Say “I Do” in Big Sur")
    assert is_headline("Soap Legend Hal Bristow Dead at 79 — and a Family Feud Is Already Brewing")
    assert not is_headline("Marisol Vance and Theo Lindqvist are married!")
    assert not is_headline("Tom Cruise and Elsina Khayrova have been quietly dating.")
    text = "Ana Holt and Rex Vane Tie the Knot\nAna Holt and Rex Vane married on Saturday."
    assert headline_spans(text) == [(0, 34)]


def test_a_timeline_label_stays_with_its_line():
    from spacy.tokens import Doc

    from gossip_timeline.core import nlp

    text = "2015: They met at a gala. It rained.\nNext: more"
    words = ["2015", ":", "They", "met", "at", "a", "gala", ".", "It", "rained", ".", "\n", "Next", ":", "more"]
    spaces = [False, True, True, True, True, True, False, True, True, False, False, False, False, True, False]
    starts = [True, False, True, False, False, False, False, False, True, False, False, False, True, False, False]
    doc = Doc(nlp.blank().vocab, words=words, spaces=spaces, sent_starts=starts)
    assert doc.text == text
    got = [text[a:b] for a, b in sentence_spans(doc)]
    assert got == ["2015: They met at a gala.", "It rained.", "Next: more"]
