"""The parts of a personal name beyond a given name and a surname.

A surname may carry particles ("Clara von Adlerstedt", "Álvaro Núñez de la Torre",
"Nils Silfverkrona af Hjortsberg", "Macarena Ortiz y Galván") and a name may end in a
generation ("Preston Vandermeer III", "Luis Marrero Jr."). Articles then shorten the
name in set ways: the surname before the particle ("Núñez", "Silfverkrona"), the
particle surname ("von Adlerstedt"), the name without its generation ("Preston
Vandermeer"). A generation also tells two people apart: Luis Marrero Jr. is not his
father.
"""
from __future__ import annotations

from .people_basics import lexicon


def is_particle(word: str) -> bool:
    """"de", "von", "af", "y": lower case, as the lexicon lists them ("De" opening a name is no particle)."""
    return word in _PARTICLES


def is_generation(word: str) -> bool:
    return word in _GENERATIONS


_PARTICLES = lexicon()["name_particles"]
_GENERATIONS = lexicon()["name_suffixes"]


def split_generation(words: list[str]) -> tuple[list[str], str | None]:
    """(['Preston', 'Vandermeer'], 'III') for "Preston Vandermeer III"; a name is never
    only a generation."""
    if len(words) >= 2 and is_generation(words[-1]):
        return words[:-1], words[-1]
    return words, None


def core_words(words: list[str]) -> list[str]:
    """The words that are names, particles left out."""
    return [w for w in words if not is_particle(w)]


def inner_surname(words: list[str]) -> str | None:
    """The surname a particle follows, which articles use alone: "Núñez" of "Álvaro Núñez
    de la Torre", "Silfverkrona" of "Nils Silfverkrona af Hjortsberg"."""
    if len(words) >= 4 and is_particle(words[2]) and not is_particle(words[1]):
        return words[1]
    return None


def particle_surname(words: list[str]) -> str | None:
    """"von Adlerstedt" of "Clara von Adlerstedt", "de la Torre" of "Remedios de la Torre",
    "Dal Monte" of "Francesca Dal Monte" (a particle written with a capital inside a name)."""
    for k in range(1, len(words) - 1):
        if is_particle(words[k]) or (words[k][:1].isupper() and is_particle(words[k].lower())):
            return " ".join(words[k:])
    return None


def surname_variants(words: list[str]) -> set[str]:
    """Surnames that, with the same given name, name the same person: the last word, the
    surname before a particle, and the first part of a hyphenated last word ("Konstantin
    Ebersfeld" for "Konstantin Prinz zu Ebersfeld-Hohenau")."""
    out = {words[-1]}
    if inner := inner_surname(words):
        out.add(inner)
    if particle_surname(words) and "-" in words[-1]:
        out.add(words[-1].split("-")[0])
    return out
