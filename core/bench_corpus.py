"""A reproducible corpus of invented gossip articles, for benchmarks.

Articles are assembled from sentence templates with invented names, ages and
date wordings, so their length and mix of events resemble real entertainment
news without copying any.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

FIRST = ("Marisol Theo Dorian Priya Lena Ivo Soren Calla Nico Juno Rhea Bastian Odette Felix "
         "Maren Elio Tessa Rafe Anouk Silas Wren Dario Liv Corin Mila Jasper Ines Otto Yara Beck").split()
LAST = ("Vance Lindqvist Kestrel Castellane Marsh Brandt Okafor Quill Hale Moreno Sato Fairley Duval "
        "Wexler Arden Ibarra Penrose Lachance Novak Thorne Valdez Ashby Keller Rios Varga Strand").split()
ROLES = "actress actor singer rapper chef model producer comedian designer director".split()
PLACES = "Malibu|Lisbon|Big Sur|Manhattan|Nashville|Paris|Aspen|Cabo San Lucas|London|Santorini".split("|")
WHEN = ["last Tuesday", "on Saturday", "earlier this month", "last summer", "in 2019",
        "two years ago", "over Memorial Day weekend", "on Valentine's Day", "in the spring of 2018",
        "three weeks ago", "earlier this year", "in March", "a decade ago", "late last year"]

EVENT_SENTENCES = [
    "{a} and {b} were spotted holding hands at a restaurant in {place} {when}, an onlooker tells the magazine.",
    "{a}, {age}, and {b} have been dating since {when}, a source close to the couple says.",
    "{a} got engaged to {b} {when} during a trip to {place}, her rep confirmed.",
    "The {role} married {b} {when} in front of 60 guests in {place}.",
    "{a} filed for divorce from {b} {when}, citing irreconcilable differences.",
    "{a} and {b} split {when} after three years together, an insider reveals.",
    "{a} and {b} welcomed a daughter, {kid}, {when}.",
    "{a} sued {b} {when}, accusing the {role} of breach of contract.",
    "{a} first met {b} at a charity gala in {place} {when}.",
    "{a}'s rep denied that the {role} is dating {b}, calling the report false.",
    "{a} reportedly separated from {b} {when}, according to court documents.",
]
FILLER = [
    "“They are happier than ever,” the insider says. “Everyone around them can see it.”",
    "The {role} has kept a low profile on social media in recent months.",
    "Fans have speculated about the relationship since the pair appeared together at an awards show.",
    "Neither representative responded to a request for comment.",
    "The couple spent the weekend with friends at a rented villa, where they hosted a long dinner.",
    "“It was a beautiful evening, and nobody wanted it to end,” a guest recalls.",
    "{a} is currently filming a new series, which is due out next year.",
    "The two have been friends for years, and their families are said to be close.",
]


def make_article(rng: random.Random, published: dt.date) -> str:
    """One article of about 350 to 450 words, in the seed format."""
    names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
    paragraphs = []
    while sum(len(p.split()) for p in paragraphs) < rng.randint(350, 450):
        a, b = rng.sample(names, 2)
        template = rng.choice(EVENT_SENTENCES if rng.random() < 0.5 else FILLER)
        paragraphs.append(template.format(
            a=a, b=b, age=rng.randint(22, 64), role=rng.choice(ROLES), place=rng.choice(PLACES),
            when=rng.choice(WHEN), kid=rng.choice(FIRST)))
    return f" date {published.isoformat()} " + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
        path = folder / f"article-{i:05}.txt"
        path.write_text(make_article(rng, published), encoding="utf-8")
        paths.append(path)
    return paths
