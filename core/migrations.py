"""Ordered schema migrations, recorded in SQLite's `user_version`.

Each step runs once, in its own transaction; append new steps, never edit old ones.
"""
from __future__ import annotations

from typing import Callable

import sqlite_utils


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.executescript("""
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT,
            published TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            alias_text TEXT NOT NULL DEFAULT '',
            -- kept up to date on every import, so listing 20,000 people sorts an index
            event_count INTEGER NOT NULL DEFAULT 0,
            article_count INTEGER NOT NULL DEFAULT 0,
            mention_count INTEGER NOT NULL DEFAULT 0,
            latest TEXT
        );
        CREATE INDEX people_order ON people(
            latest IS NULL, latest DESC, mention_count DESC, event_count DESC, name COLLATE NOCASE);
        CREATE TABLE aliases (
            person_id INTEGER NOT NULL REFERENCES people(id),
            alias TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            PRIMARY KEY (person_id, alias)
        );
        CREATE INDEX aliases_key ON aliases(alias_key);
        CREATE TABLE article_people (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            name TEXT NOT NULL,
            age INTEGER,
            born_start TEXT,
            born_end TEXT,
            PRIMARY KEY (article_id, person_id)
        );
        CREATE INDEX article_people_person ON article_people(person_id);
        CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_person ON mentions(person_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            type TEXT NOT NULL,
            when_start TEXT,
            when_end TEXT,
            precision TEXT,
            when_text TEXT,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            attribution TEXT,
            claim TEXT NOT NULL DEFAULT 'stated',
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE TABLE event_people (
            event_id INTEGER NOT NULL REFERENCES events(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            PRIMARY KEY (event_id, person_id)
        );
        CREATE INDEX event_people_person ON event_people(person_id);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    """)
    db["articles"].enable_fts(["title", "text"], create_triggers=True,
                              tokenize="unicode61 remove_diacritics 2")
    db["people"].enable_fts(["name", "alias_text"], create_triggers=True,
                            tokenize="unicode61 remove_diacritics 2")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1_initial]


APPLICATION_ID = 0x47544C31  # "GTL1": marks a file as ours in its SQLite header


class IncompatibleDatabase(Exception):
    """The file is SQLite but not a database this program may change."""


class NewerDatabase(IncompatibleDatabase):
    pass


def check(db: sqlite_utils.Database) -> None:
    """Refuse, before writing anything, a database that is not ours or is newer than us."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):
        raise IncompatibleDatabase("it belongs to another program")
    if version == 0 and db.table_names():
        raise IncompatibleDatabase("it is an SQLite database of another program")
    if version > len(MIGRATIONS):
        raise NewerDatabase(f"it has schema version {version}, newer than this "
                            f"program knows ({len(MIGRATIONS)}); update Gossip Timeline")


def apply(db: sqlite_utils.Database) -> int:
    """Bring the schema up to date; returns the version the database is now at."""
    check(db)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {number}")
    return len(MIGRATIONS)
