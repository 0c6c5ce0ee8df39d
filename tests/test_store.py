"""The SQLite store: schema migrations, writing articles whole, people across articles, timelines, search."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from gossip_timeline.core import migrations
from gossip_timeline.core.migrations import MIGRATIONS
from gossip_timeline.core.model import (Article, EventFound, Extraction, PersonFound, Span,
                                        When)
from gossip_timeline.core.reader import content_hash
from gossip_timeline.core.store import Store, StoreError

D = dt.date


# -- building articles by hand -------------------------------------------------

def make_article(text: str, published: dt.date | None = D(2022, 3, 11), title: str | None = None,
                 source: str = "story.txt") -> Article:
    return Article(source=source, text=text, published=published, title=title, format="seed",
                   content_hash=content_hash(text))


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def person(text: str, name: str, *aliases: str, age: int | None = None) -> PersonFound:
    return PersonFound(name=name, aliases=list(aliases), age=age,
                       mentions=[span_of(text, form) for form in (name, *aliases) if form in text])


def event(text: str, sentence: str, type_: str, people: list[str],
          when: When | None = None, **extra) -> EventFound:
    return EventFound(type=type_, people=people, when=when, evidence=span_of(text, sentence), **extra)


def day(y: int, m: int, d: int, words: str | None = None) -> When:
    return When(D(y, m, d), D(y, m, d), "day", words)


# Two articles about one couple, with a second couple sharing a person (an ex).
TEXT_1 = ("\u201cIt\u2019s official!\u201d \U0001F48D Marisol Vance, 29, and Theo Lindqvist, 32, "
          "were seen holding hands in Silver Lake last Sunday. "
          "Vance and Lindqvist met in 2019 on the set of a music video. "
          "Vance split from actor Dorian Kestrel last summer.")
S1_SIGHTING = "Marisol Vance, 29, and Theo Lindqvist, 32, were seen holding hands in Silver Lake last Sunday."
S1_MET = "Vance and Lindqvist met in 2019 on the set of a music video."
S1_SPLIT = "Vance split from actor Dorian Kestrel last summer."

TEXT_2 = ("Marisol Vance is engaged! Theo Lindqvist proposed on June 14 in Lisbon, a source says. "
          "The couple plan to marry next spring. "
          "His sister Freja Lindqvist cried when she heard the news.")
S2_ENGAGED = "Theo Lindqvist proposed on June 14 in Lisbon, a source says."
S2_PLAN = "The couple plan to marry next spring."


def extraction_1() -> Extraction:
    return Extraction(
        people=[person(TEXT_1, "Marisol Vance", "Vance", age=29),
                person(TEXT_1, "Theo Lindqvist", "Lindqvist", age=32),
                person(TEXT_1, "Dorian Kestrel", "Kestrel")],
        events=[
            event(TEXT_1, S1_SIGHTING, "sighting", ["Marisol Vance", "Theo Lindqvist"],
                  day(2021, 8, 8, "last Sunday")),
            event(TEXT_1, S1_MET, "met", ["Marisol Vance", "Theo Lindqvist"],
                  When(D(2019, 1, 1), D(2019, 12, 31), "year", "in 2019")),
            event(TEXT_1, S1_SPLIT, "breakup", ["Marisol Vance", "Dorian Kestrel"],
                  When(D(2020, 6, 21), D(2020, 9, 22), "season", "last summer")),
        ])


def extraction_2() -> Extraction:
    return Extraction(
        people=[person(TEXT_2, "Marisol Vance"),
                person(TEXT_2, "Theo Lindqvist", "Theo", "Lindqvist"),
                person(TEXT_2, "Freja Lindqvist")],
        events=[
            event(TEXT_2, S2_PLAN, "married", ["Marisol Vance", "Theo Lindqvist"], None),
            event(TEXT_2, S2_ENGAGED, "engaged", ["Theo Lindqvist", "Marisol Vance"],
                  day(2022, 6, 14, "on June 14"), attribution="a source",
                  summary="Theo Lindqvist proposed to Marisol Vance"),
        ])


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "library.db")
    yield s
    s.close()


@pytest.fixture
def filled(store):
    first = store.add_article(make_article(TEXT_1, D(2021, 8, 9), source="one.txt"), extraction_1())
    second = store.add_article(make_article(TEXT_2, D(2022, 6, 20), title="Engaged!", source="two.txt"),
                               extraction_2())
    assert first is not None and second is not None
    return store, first, second


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


# -- migrations and opening ----------------------------------------------------

def test_fresh_database_reaches_the_latest_schema(tmp_path):
    path = tmp_path / "sub" / "dir" / "library.db"
    Store(path).close()
    assert path.exists()
    assert user_version(path) == len(MIGRATIONS)
    names = {row[1] for row in schema(path)}
    assert {"articles", "people", "aliases", "events", "event_people", "articles_fts", "people_fts"} <= names


def test_reopening_applies_nothing_and_keeps_the_data(tmp_path):
    path = tmp_path / "library.db"
    first = Store(path)
    article_id = first.add_article(make_article(TEXT_1), extraction_1())
    first.close()
    before = schema(path)

    again = Store(path)
    try:
        assert user_version(path) == len(MIGRATIONS)
        assert schema(path) == before
        assert again.article(article_id).text == TEXT_1
        # Running a step twice would fail ("table articles already exists"): none runs.
        assert migrations.apply(again.db) == len(MIGRATIONS)
        assert again.counts()["articles"] == 1
    finally:
        again.close()


def test_a_database_from_a_newer_version_is_refused_clearly(tmp_path):
    """The front ends catch StoreError only; anything else would show as a crash."""
    path = tmp_path / "library.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)
    assert user_version(path) == len(MIGRATIONS) + 1


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="another program"):
        Store(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_write_ahead_logging_is_on(tmp_path):
    path = tmp_path / "library.db"
    store = Store(path)
    try:
        assert store.db.journal_mode == "wal"
        other = sqlite3.connect(path)
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other.close()
    finally:
        store.close()


@pytest.mark.parametrize("content", [
    random.Random(7).randbytes(8192),
    b"Marisol Vance and Theo Lindqvist are engaged! " * 200,
], ids=["random-bytes", "text-file"])
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a usable"):
        Store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_folder_in_place_of_the_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path)


# -- writing -------------------------------------------------------------------

def test_add_article_stores_article_people_and_events(store):
    article = make_article(TEXT_1, D(2021, 8, 9), title="Official", source="one.txt")
    article_id = store.add_article(article, extraction_1())
    assert article_id is not None
    assert store.counts() == {"articles": 1, "people": 3, "events": 3}
    stored = store.article(article_id)
    assert (stored.text, stored.published, stored.title, stored.source, stored.format) == \
        (TEXT_1, D(2021, 8, 9), "Official", "one.txt", "seed")
    assert store.has_article(article.content_hash)


def test_the_same_article_twice_is_stored_once(store):
    assert store.add_article(make_article(TEXT_1), extraction_1()) is not None
    counts = store.counts()
    respaced = make_article(TEXT_1.replace(" ", "  \n"), source="copy.txt")
    assert respaced.content_hash == make_article(TEXT_1).content_hash
    assert store.add_article(respaced, extraction_1()) is None
    assert store.counts() == counts


def test_failure_mid_article_leaves_nothing_of_it(store):
    store.add_article(make_article(TEXT_1), extraction_1())
    before = store.counts()
    broken = extraction_2()
    broken.events.append(EventFound(type="married", people=["Freja Lindqvist"], when=None,
                                    evidence=None))  # storing this event fails
    article = make_article(TEXT_2)
    with pytest.raises(Exception):
        store.add_article(article, broken)

    assert store.counts() == before
    assert not store.has_article(article.content_hash)
    assert store.find_person("Freja Lindqvist") is None
    assert store.people("Freja") == []
    assert store.search("Lisbon") == []  # nor its words in the full-text index
    theo = store.find_person("Theo Lindqvist")
    assert {e.article_id for e in store.timeline(theo.id)} == {1}
    assert "Theo" not in theo.aliases  # the alias the failed article brought is gone too
    # The store is still usable, and the article can be stored once fixed.
    assert store.add_article(article, extraction_2()) is not None
    assert store.counts()["articles"] == before["articles"] + 1


def test_ages_give_birth_intervals(filled):
    store, first, _ = filled
    row = store.db.execute(
        "SELECT age, born_start, born_end FROM article_people ap JOIN people p ON p.id = ap.person_id "
        "WHERE p.name = 'Marisol Vance' AND ap.article_id = ?", [first]).fetchone()
    assert row == (29, "1991-08-10", "1992-08-09")


# -- people across articles ----------------------------------------------------

def test_one_full_name_in_two_articles_is_one_person(filled):
    store, first, second = filled
    assert store.counts()["people"] == 4  # Vance, Lindqvist, Kestrel, Freja Lindqvist
    theo = store.find_person("Theo Lindqvist")
    assert theo.article_count == 2
    assert theo.event_count == 4
    assert set(theo.aliases) == {"Lindqvist", "Theo"}
    assert {e.article_id for e in store.timeline(theo.id)} == {first, second}


def test_names_differing_in_case_and_accents_are_one_person(store):
    text_a = "Zo\u00eb Marchand, 40, opened a caf\u00e9 in Lyon on Friday."
    text_b = "ZOE MARCHAND married her longtime partner on Saturday."
    store.add_article(make_article(text_a), Extraction(
        [person(text_a, "Zo\u00eb Marchand", age=40)],
        [event(text_a, text_a, "other", ["Zo\u00eb Marchand"], day(2022, 3, 4))]))
    store.add_article(make_article(text_b), Extraction(
        [person(text_b, "ZOE MARCHAND")],
        [event(text_b, text_b, "married", ["ZOE MARCHAND"], day(2022, 3, 5))]))
    assert store.counts()["people"] == 1
    zoe = store.find_person("zoe marchand")
    assert zoe.name == "Zo\u00eb Marchand"  # the first spelling seen is kept
    assert [e.type for e in store.timeline(zoe.id)] == ["other", "married"]


def test_timeline_is_in_time_order_with_undated_events_last(filled):
    store, _, _ = filled
    vance = store.find_person("Marisol Vance")
    events = store.timeline(vance.id)
    assert [e.type for e in events] == ["met", "breakup", "sighting", "engaged", "married"]
    dated = [e.when.start for e in events if e.when]
    assert dated == sorted(dated)
    assert events[-1].when is None


def test_timeline_events_carry_their_evidence_and_people(filled):
    store, first, second = filled
    theo = store.find_person("Theo Lindqvist")
    texts = {first: TEXT_1, second: TEXT_2}
    events = store.timeline(theo.id)
    for e in events:
        text = texts[e.article_id]
        assert e.evidence_text == text[e.evidence.start:e.evidence.end]
    by_type = {e.type: e for e in events}
    assert by_type["sighting"].evidence_text == S1_SIGHTING  # after curly quotes and an emoji
    engaged = by_type["engaged"]
    assert engaged.evidence_text == S2_ENGAGED
    assert engaged.when == day(2022, 6, 14, "on June 14")
    assert engaged.attribution == "a source"
    assert engaged.summary == "Theo Lindqvist proposed to Marisol Vance"
    assert engaged.article_title == "Engaged!"
    assert by_type["sighting"].article_title == "one.txt"  # no title: the source
    assert set(engaged.people) == {"Theo Lindqvist", "Marisol Vance"}


def test_event_names_unknown_to_the_article_are_skipped(store):
    text = "Marisol Vance was seen at a party with a mystery man on Friday."
    store.add_article(make_article(text), Extraction(
        [person(text, "Marisol Vance")],
        [event(text, text, "sighting", ["Marisol Vance", "Mystery Man"], day(2022, 3, 4))]))
    assert store.counts()["people"] == 1
    vance = store.find_person("Marisol Vance")
    assert store.timeline(vance.id)[0].people == ("Marisol Vance",)


def test_people_lists_the_most_recently_reported_first(filled):
    store, _, _ = filled
    people = store.people()
    assert len(people) == 4
    # Dorian Kestrel is only in the older article; the others are in the newer one.
    assert people[-1].name == "Dorian Kestrel"
    assert people[-1].latest == D(2021, 8, 9)
    assert {p.latest for p in people[:3]} == {D(2022, 6, 20)}
    # Among those, the most mentioned first.
    mentions = [p.mention_count for p in people[:3]]
    assert mentions == sorted(mentions, reverse=True)
    assert people[0].name == "Theo Lindqvist"  # named five times, Vance three
    assert store.people(limit=2) == people[:2]


@pytest.mark.parametrize("query, expected", [
    ("Mari", {"Marisol Vance"}),
    ("marisol vance", {"Marisol Vance"}),
    ("vance", {"Marisol Vance"}),
    ("Lindq", {"Theo Lindqvist", "Freja Lindqvist"}),
    ("Theo", {"Theo Lindqvist"}),
    ("Kest", {"Dorian Kestrel"}),
    ("Freja Lind", {"Freja Lindqvist"}),
    ("Nobody", set()),
    ("***", set()),
])
def test_people_filter_by_name_or_alias_prefix(filled, query, expected):
    store, _, _ = filled
    assert {p.name for p in store.people(query)} == expected


def test_people_filter_matches_aliases_that_are_not_in_the_name(store):
    text = "Bartholomew Quince, known to fans as Bash, married on Friday."
    store.add_article(make_article(text), Extraction([person(text, "Bartholomew Quince", "Bash")], []))
    assert [p.name for p in store.people("Bas")] == ["Bartholomew Quince"]
    assert store.find_person("bash").name == "Bartholomew Quince"


def test_find_person_by_full_name_or_unambiguous_alias(filled):
    store, _, _ = filled
    assert store.find_person("Marisol Vance").name == "Marisol Vance"
    assert store.find_person("  marisol   VANCE ").name == "Marisol Vance"
    assert store.find_person("Vance").name == "Marisol Vance"
    assert store.find_person("Theo").name == "Theo Lindqvist"
    assert store.find_person("Kestrel").name == "Dorian Kestrel"
    assert store.find_person("Nobody Known") is None


def test_find_person_refuses_an_ambiguous_alias(store):
    text_a = "Theo Lindqvist sang. Lindqvist bowed."
    text_b = "Freja Lindqvist danced. Lindqvist smiled."
    store.add_article(make_article(text_a), Extraction([person(text_a, "Theo Lindqvist", "Lindqvist")], []))
    store.add_article(make_article(text_b), Extraction([person(text_b, "Freja Lindqvist", "Lindqvist")], []))
    assert store.find_person("Lindqvist") is None
    assert store.find_person("Freja Lindqvist").name == "Freja Lindqvist"


# -- search --------------------------------------------------------------------

def test_search_finds_articles_with_snippets_and_match(filled):
    store, first, second = filled
    hits = store.search("Lisbon")
    assert [h.article_id for h in hits] == [second]
    hit = hits[0]
    assert "\x02Lisbon\x03" in hit.snippet  # marked with characters no article has
    assert TEXT_2[hit.match.start:hit.match.end] == "Lisbon"
    assert hit.title == "Engaged!"
    assert hit.published == D(2022, 6, 20)


def test_search_phrases_and_words(filled):
    store, first, second = filled
    assert {h.article_id for h in store.search("Lindqvist")} == {first, second}
    assert [h.article_id for h in store.search('"music video"')] == [first]
    assert store.search('"video music"') == []
    hit = store.search("holding hands")[0]
    assert TEXT_1[hit.match.start:hit.match.end] in {"holding", "hands"}
    assert store.search("Nonexistentword") == []


def test_search_ignores_accents(store):
    text = "Zo\u00eb Marchand opened a caf\u00e9 in Lyon on Friday."
    article_id = store.add_article(make_article(text), Extraction([], []))
    assert [h.article_id for h in store.search("cafe")] == [article_id]
    assert [h.article_id for h in store.search("caf\u00e9")] == [article_id]
    hit = store.search("zoe")[0]
    assert text[hit.match.start:hit.match.end] == "Zo\u00eb"


@pytest.mark.parametrize("query", [
    '"unbalanced', "NOT", "a-b", "***", "(", ")", "OR AND", "\U0001F48D", "", "   ",
    'title:Lisbon', "Lind*", "NEAR(a b)", "'", '""', "\\", "-Vance", "^Vance", "{Vance}",
    "AND Vance OR", "Vance NOT Lisbon",
])
def test_odd_queries_never_raise(filled, query):
    store, _, _ = filled
    store.search(query)
    store.people(query)
    store.find_person(query)


def test_commits_sync_at_checkpoints_in_wal_mode(tmp_path):
    store = Store(tmp_path / "sync.db")
    try:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        store.close()
