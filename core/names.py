"""Comparing names as people write them: case, accents and curly apostrophes aside."""
from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.strip(" .,;:'\"").split())
