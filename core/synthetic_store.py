"""Build a large library for scale measurements, without running the language model.

    python -m gossip_timeline.core.synthetic_store OUT.db [--articles 10000] [--events 100000] [--people 20000]

Articles are assembled from event sentences about invented people; each event's
evidence is its own sentence, so the store is shaped exactly like an imported
one (articles, people with aliases, mentions, events, FTS indexes). People are
drawn with a skewed distribution, so a few are in thousands of events, like
the stars of a real archive.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from .model import Article, EventFound, Extraction, PersonFound, Span, When
from .reader import content_hash
from .store import Store

SYLLABLES = ("ka lo mi ra ve ni so ta lu ce da fe go ha ji ko le mo pa ri sa to vi "
             "za bel dor fin gar hol kes lin mar nor pel quin ros sten tor val wen").split()
KINDS = ["dating", "engaged", "married", "separated", "divorced", "breakup", "birth",
         "death", "sighting", "met", "legal"]
PHRASES = {
    "dating": "{a} and {b} are dating, a source says",
    "engaged": "{a} got engaged to {b}",
    "married": "{a} married {b} in a small ceremony",
    "separated": "{a} and {b} have separated",
    "divorced": "{a} filed for divorce from {b}",
    "breakup": "{a} and {b} split",
    "birth": "{a} and {b} welcomed a baby",
    "death": "{a} died at home, {b} confirmed",
    "sighting": "{a} and {b} were spotted at dinner",
    "met": "{a} met {b} at a party",
    "legal": "{a} sued {b}",
}
CLAIMS = ["stated"] * 8 + ["hedged", "denied"]


def invented_name(rng: random.Random) -> str:
    def word(parts: int) -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()
    return f"{word(2)} {word(rng.choice((2, 3)))}"


def make_people(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(invented_name(rng))
    return sorted(names)


def make_article(rng: random.Random, index: int, people: list[str], events: int,
                 weights: list[float], in_turn: int = 2) -> tuple[Article, Extraction]:
    published = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 7300))
    # Some people in turn, so everyone appears somewhere, and two drawn by fame.
    turn = [people[(in_turn * index + j) % len(people)] for j in range(in_turn)]
    cast = list(dict.fromkeys(turn + rng.choices(people, weights=weights, k=2)))
    sentences, found = [], []
    offset = 0
    for number in range(events):
        a, b = rng.sample(cast, 2)
        if number < len(turn) and turn[number] not in (a, b):  # everyone gets a sentence
            a = turn[number]
            b = b if b != a else next(p for p in cast if p != a)
        kind = rng.choice(KINDS)
        day = published - dt.timedelta(days=rng.randint(0, 3000))
        precision = rng.choice(["day", "month", "year"])
        start, end = day, day
        if precision == "month":
            start = day.replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        elif precision == "year":
            start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        sentence = PHRASES[kind].format(a=a, b=b) + f" in {day.strftime('%B %Y')}."
        sentences.append(sentence)
        found.append(EventFound(type=kind, people=[a, b],
                                when=When(start, end, precision, day.strftime("%B %Y")),
                                evidence=Span(offset, offset + len(sentence)),
                                attribution="a source" if rng.random() < 0.3 else None,
                                summary=PHRASES[kind].format(a=a, b=b),
                                claim=rng.choice(CLAIMS)))
        offset += len(sentence) + 1
    text = " ".join(sentences) + f" (Story {index}.)"
    persons = []
    for name in cast:
        mentions = [Span(i, i + len(name)) for i in _positions(text, name)]
        if mentions:
            persons.append(PersonFound(name=name, aliases=[name.split()[-1]],
                                       age=rng.choice([None, rng.randint(20, 80)]), mentions=mentions))
    named = {p.name for p in persons}
    found = [e for e in found if set(e.people) <= named]
    article = Article(source=f"synthetic/{index:05}.txt", text=text, published=published,
                      title=f"{cast[0]} news, story {index}", format="text",
                      content_hash=content_hash(text))
    return article, Extraction(persons, found)


def _positions(text: str, name: str):
    start = text.find(name)
    while start != -1:
        yield start
        start = text.find(name, start + len(name))


def build(out: Path, articles: int = 10_000, events: int = 100_000, people: int = 20_000,
          seed: int = 11, log=None) -> dict[str, int]:
    """Write a new library of the given size; returns its counts."""
    rng = random.Random(seed)
    names = make_people(rng, people)
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(names))]  # a few stars, a long tail
    per_article = max(1, events // articles)
    in_turn = max(2, -(-people // articles))
    if in_turn > per_article:
        raise ValueError("too few events per article to name every person")
    store = Store(out)
    start = time.perf_counter()
    try:
        for index in range(articles):
            store.add_article(*make_article(rng, index, names, per_article, weights, in_turn))
            if log and index % 1000 == 999:
                log(f"{index + 1} articles, {time.perf_counter() - start:.0f} s")
        return store.counts()
    finally:
        store.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    if args.out.exists():
        sys.exit(f"{args.out} exists; give a new path")
    start = time.perf_counter()
    counts = build(args.out, args.articles, args.events, args.people, args.seed,
                   log=lambda line: print(line, file=sys.stderr))
    print(f"{args.out}: {counts['articles']} articles, {counts['people']} people, "
          f"{counts['events']} events in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
