"""The SQLite store: articles, people, aliases, mentions and events.

One `Store` wraps one connection; sqlite3 connections belong to the thread that
made them, so a worker thread opens its own. Each article is written in one
transaction: a crash or an error mid-import leaves no half-stored article.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import sqlite_utils

from . import migrations
from .model import (Article, Extraction, Mention, PersonSummary, SearchHit, Span,
                    StoredArticle, TimelineEvent, When)
from .names import name_key
from .search_query import first_match, fts_query


class StoreError(Exception):
    """The database cannot be used; the message says why, for the user."""


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        conn = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=10)
            self.db = sqlite_utils.Database(conn)
            migrations.check(self.db)  # before anything is written to the file
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.db.journal_mode != "wal":
                self.db.enable_wal()
            # In WAL mode, NORMAL syncs at checkpoints rather than on every commit: a crash of
            # the app loses nothing committed, and the file is never corrupted; only a power
            # cut may drop the last few imports, which the files they came from still hold.
            self.db.execute("PRAGMA synchronous = NORMAL")
            migrations.apply(self.db)
        except migrations.IncompatibleDatabase as exc:
            conn.close()
            raise StoreError(f"{self.path} cannot be used: {exc}") from None
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            raise StoreError(f"{self.path} is not a usable Gossip Timeline database ({exc})") from None
        except OSError as exc:
            if conn is not None:
                conn.close()
            raise StoreError(f"cannot open {self.path}: {exc.strerror or exc}") from None

    def close(self) -> None:
        self.db.close()

    # -- writing -----------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        return self._scalar("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]) is not None

    def add_article(self, article: Article, extraction: Extraction) -> int | None:
        """Store an article with what was found in it; None if it is already stored.

        Plain SQL on the connection: this runs once per imported article, where
        sqlite-utils' per-call table introspection would cost more than the writes.
        """
        sql = self.db.conn.execute
        published = article.published.isoformat() if article.published else None
        with self.db.atomic():
            if self.has_article(article.content_hash):
                return None
            article_id = sql(
                "INSERT INTO articles (content_hash, source, title, published, format, text, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [article.content_hash, article.source, article.title, published, article.format,
                 article.text, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")]).lastrowid
            person_ids = {p.name: self._person_id(p.name, p.aliases) for p in extraction.people}
            for person in extraction.people:
                person_id = person_ids[person.name]
                born = person.born(article.published)
                sql("""UPDATE people SET article_count = article_count + 1,
                           mention_count = mention_count + ?,
                           latest = CASE WHEN latest IS NULL OR ? > latest THEN ? ELSE latest END
                       WHERE id = ?""", [len(person.mentions), published, published, person_id])
                sql("INSERT OR REPLACE INTO article_people"
                    " (article_id, person_id, name, age, born_start, born_end) VALUES (?, ?, ?, ?, ?, ?)",
                    [article_id, person_id, person.name, person.age,
                     born[0].isoformat() if born else None, born[1].isoformat() if born else None])
                self.db.conn.executemany(
                    'INSERT INTO mentions (article_id, person_id, start, "end") VALUES (?, ?, ?, ?)',
                    [(article_id, person_id, m.start, m.end) for m in person.mentions])
            for event in extraction.events:
                when = event.when
                event_id = sql(
                    "INSERT INTO events (article_id, type, when_start, when_end, precision, when_text,"
                    " evidence_start, evidence_end, attribution, claim, summary)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [article_id, event.type,
                     when.start.isoformat() if when else None, when.end.isoformat() if when else None,
                     when.precision if when else None, when.text if when else None,
                     event.evidence.start, event.evidence.end, event.attribution, event.claim,
                     event.summary]).lastrowid
                participants = sorted({person_ids[n] for n in event.people if n in person_ids})
                self.db.conn.executemany("INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)",
                                         [(event_id, pid) for pid in participants])
                self.db.conn.executemany("UPDATE people SET event_count = event_count + 1 WHERE id = ?",
                                         [(pid,) for pid in participants])
            return article_id

    def _person_id(self, name: str, aliases: list[str]) -> int:
        """The stored person with this full name, created on first sight."""
        sql = self.db.conn.execute
        key = name_key(name)
        row = sql("SELECT id, alias_text FROM people WHERE name_key = ?", [key]).fetchone()
        if row is None:
            person_id = sql("INSERT INTO people (name, name_key, alias_text) VALUES (?, ?, '')",
                            [name, key]).lastrowid
            known: set[str] = set()
        else:
            person_id, known = row[0], set(row[1].split("\n")) - {""}
        new = [a for a in dict.fromkeys(aliases) if a not in known and name_key(a) != key]
        if new:
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO aliases (person_id, alias, alias_key) VALUES (?, ?, ?)",
                [(person_id, alias, name_key(alias)) for alias in new])
            sql("UPDATE people SET alias_text = ? WHERE id = ?",
                ["\n".join(sorted(known | set(new))), person_id])
        return person_id

    def get_meta(self, key: str) -> str | None:
        return self._scalar("SELECT value FROM meta WHERE key = ?", [key])

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["meta"].insert({"key": key, "value": value}, replace=True)

    # -- reading -----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self.db[t].count for t in ("articles", "people", "events")}

    def people(self, query: str = "", limit: int | None = None, offset: int = 0) -> list[PersonSummary]:
        """People whose name or an alias starts with each word typed.

        Most recently in the news first, then the most talked about: that is
        who a reader opening the app wants to see.
        """
        where, args = "", []
        match = fts_query(query, prefix=True)
        if query.strip() and match is None:
            return []
        if match:
            where = "WHERE p.id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)"
            args.append(match)
        sql = f"{_PEOPLE_SELECT} {where} ORDER BY {_PEOPLE_ORDER}"
        if limit or offset:
            sql += f" LIMIT {int(limit) if limit else -1} OFFSET {int(offset)}"
        return [_person_summary(r) for r in self.db.execute(sql, args).fetchall()]

    def find_person(self, name: str) -> PersonSummary | None:
        """The person a user means by a name: the full name, else an unambiguous alias."""
        key = name_key(name)
        ids = [r[0] for r in self.db.execute("SELECT id FROM people WHERE name_key = ?", [key])]
        if not ids:
            ids = [r[0] for r in self.db.execute(
                "SELECT DISTINCT person_id FROM aliases WHERE alias_key = ?", [key])]
        if len(ids) != 1:
            return None
        return self.person(ids[0])

    def person(self, person_id: int) -> PersonSummary | None:
        for p in self._people_by_ids([person_id]):
            return p
        return None

    def _people_by_ids(self, ids: list[int]) -> list[PersonSummary]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"{_PEOPLE_SELECT} WHERE p.id IN ({marks})", ids).fetchall()
        return [_person_summary(r) for r in rows]

    def timeline(self, person_id: int) -> list[TimelineEvent]:
        """Every event the person takes part in, dated ones in time order, undated last."""
        rows = self.db.execute("""
            SELECT e.id, e.type, e.when_start, e.when_end, e.precision, e.when_text,
                   e.summary, e.attribution, e.article_id,
                   coalesce(a.title, a.source), e.evidence_start, e.evidence_end,
                   substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start),
                   (SELECT group_concat(p.name, char(10)) FROM event_people x
                      JOIN people p ON p.id = x.person_id WHERE x.event_id = e.id),
                   e.claim
            FROM events e
            JOIN event_people ep ON ep.event_id = e.id AND ep.person_id = ?
            JOIN articles a ON a.id = e.article_id
            ORDER BY e.when_start IS NULL, e.when_start, e.when_end, e.id
        """, [person_id]).fetchall()
        out = []
        for r in rows:
            when = None
            if r[2]:
                when = When(dt.date.fromisoformat(r[2]), dt.date.fromisoformat(r[3]), r[4], r[5])
            out.append(TimelineEvent(
                id=r[0], type=r[1], when=when, summary=r[6], attribution=r[7],
                article_id=r[8], article_title=r[9], evidence=Span(r[10], r[11]),
                evidence_text=r[12], people=tuple((r[13] or "").split("\n")), claim=r[14]))
        return out

    def article(self, article_id: int) -> StoredArticle | None:
        row = self._first("SELECT id, source, title, published, format, text FROM articles WHERE id = ?",
                          [article_id])
        if row is None:
            return None
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        return StoredArticle(row["id"], row["source"], row["title"], published, row["format"], row["text"])

    def mentions(self, article_id: int) -> list[Mention]:
        rows = self.db.execute("""
            SELECT m.start, m."end", m.person_id, p.name FROM mentions m
            JOIN people p ON p.id = m.person_id
            WHERE m.article_id = ? ORDER BY m.start""", [article_id]).fetchall()
        return [Mention(Span(r[0], r[1]), r[2], r[3]) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over articles; any text typed is a valid query."""
        match = fts_query(query)
        if match is None:
            return []
        rows = self.db.execute("""
            SELECT a.id, coalesce(a.title, a.source), a.published, a.text,
                   snippet(articles_fts, 1, char(2), char(3), '…', 16)
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""", [match, limit]).fetchall()
        return [SearchHit(article_id=r[0], title=r[1],
                          published=dt.date.fromisoformat(r[2]) if r[2] else None,
                          snippet=r[4], match=first_match(r[3], query))
                for r in rows]

    def _first(self, sql: str, args) -> dict | None:
        for row in self.db.query(sql, args):
            return row
        return None

    def _scalar(self, sql: str, args):
        row = self.db.execute(sql, args).fetchone()
        return row[0] if row else None


_PEOPLE_SELECT = """
    SELECT p.id, p.name, p.alias_text, p.event_count, p.article_count, p.latest, p.mention_count
    FROM people p"""
# Most recently in the news first, then the most talked about (matches the people_order index).
_PEOPLE_ORDER = ("p.latest IS NULL, p.latest DESC, p.mention_count DESC, p.event_count DESC, "
                 "p.name COLLATE NOCASE")


def _person_summary(row) -> PersonSummary:
    return PersonSummary(id=row[0], name=row[1], aliases=tuple(a for a in row[2].split("\n") if a),
                         event_count=row[3], article_count=row[4],
                         latest=dt.date.fromisoformat(row[5]) if row[5] else None,
                         mention_count=row[6])
