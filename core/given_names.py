"""Whether a given name is a woman's or a man's, from the name-gender counts of the
nomquamgender package (world-wide name data, MIT): "Her first marriage …" after "Margaret
Lacey" and "Cedric" is Margaret's only when the text can tell their genders apart.

The package's table is 22 MB of JSON, and importing the package loads it with pandas; so
the table is read once per machine as text, only names that are nearly always one gender
are kept, and those are cached as a small file.
"""
from __future__ import annotations

import importlib.util
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import platformdirs

from .paths import APP_NAME

_SOURCE_PACKAGE = "nomquamgender"
_CACHE_NAME = "given-names-1.tsv"    # the number changes when the selection below does
_MIN_COUNT = 30                      # people counted with the name in the package's sources
_SURE = 0.9                          # share of one gender that makes a name that gender's
_ENTRY = re.compile(r'"([^"\\]+)": \[\d+, (\d+), ([0-9.]+)')
_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def given_name_gender(word: str) -> str | None:
    """"f" or "m" for a given name nearly always borne by one gender, else None; an accented
    name the table lacks is looked up without its accents ("Gisèle" as "Gisele")."""
    table = _table()
    key = word.lower()
    if key in table:
        return table[key]
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return table.get(plain)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / _CACHE_NAME
    try:
        return _parse(cache.read_text(encoding="utf-8"))
    except OSError:
        pass
    built = _build()
    if built:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_suffix(f".{os.getpid()}.part")
            partial.write_text("".join(f"{name}\t{g}\n" for name, g in sorted(built.items())), encoding="utf-8")
            partial.replace(cache)  # atomic: two workers building at once both end with a whole file
        except OSError:
            pass  # a read-only cache folder: the table still serves this run
    return built


def _parse(cached: str) -> dict[str, str]:
    return dict(line.split("\t") for line in cached.splitlines() if "\t" in line)


def _build() -> dict[str, str]:
    """The confident names of the package's data file (found without importing the package)."""
    spec = importlib.util.find_spec(_SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return {}
    data = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    try:
        raw = data.read_text(encoding="utf-8")
    except OSError:
        return {}
    out = {}
    for m in _ENTRY.finditer(raw):
        name, count, female = m.group(1), int(m.group(2)), float(m.group(3))
        if count >= _MIN_COUNT and _NAME.fullmatch(name) and (female >= _SURE or female <= 1 - _SURE):
            out[name] = "f" if female >= _SURE else "m"
    return out
