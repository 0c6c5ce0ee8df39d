"""The one facade the front ends use: a library of articles over a store path.

The window and the command line call only this module; everything below it
(reading, extraction, storage) can change without them noticing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from . import export, importer
from .dates import find_dates
from .extract import extract_article
from .importer import ImportReport, Progress, ShouldStop
from .model import (Article, Extraction, Mention, PersonSummary, SearchHit, Span, StoredArticle,
                    TimelineEvent, When)
from .nlp import english
from .paths import DB_ENV, default_db_path, seeds_dir
from .reader import ReadError, read_article
from .search_query import MATCH_END, MATCH_START
from .store import Store, StoreError
from .timeline import build_story

ImageRenderer = Callable[[object, Path, str], None]  # (story, path, format)
EXPORT_FORMATS = export.FORMATS

__all__ = ["Library", "ImportReport", "ReadError", "StoreError", "extract_file", "find_file_dates",
           "read_article", "Extraction",
           "MATCH_START", "MATCH_END", "DB_ENV", "EXPORT_FORMATS",
           "default_db_path", "seeds_dir"]

SEEDED_KEY = "seeded"


class Library:
    """Articles, people and their timelines in one database file."""

    def __init__(self, db_path: str | Path | None = None):
        self.path = Path(db_path) if db_path else default_db_path()
        self._store = Store(self.path)

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- changing ----------------------------------------------------------

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     should_stop: ShouldStop | None = None, jobs: int = 1,
                     isolated: bool = False) -> ImportReport:
        """Import files and folders; each article is stored whole or not at all.

        `jobs` > 1 parses in that many worker processes (worth it for big archives);
        `isolated` keeps the language model out of this process (for a window).
        """
        return importer.import_paths(self._store, paths, progress, should_stop, jobs, isolated)

    def needs_seeds(self) -> bool:
        """True for a new, empty library that has not been offered the sample articles;
        an existing library is never filled with samples."""
        return self._store.get_meta(SEEDED_KEY) is None and self.counts()["articles"] == 0

    def import_seeds(self, progress: Progress | None = None,
                     should_stop: ShouldStop | None = None, isolated: bool = False) -> ImportReport:
        report = self.import_paths([seeds_dir()], progress, should_stop, isolated=isolated)
        if not report.cancelled:
            self._store.set_meta(SEEDED_KEY, "1")
        return report

    # -- reading -----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return self._store.counts()

    def people(self, query: str = "", limit: int | None = None, offset: int = 0) -> list[PersonSummary]:
        """People matching what was typed (name or alias prefixes), newest in the news first."""
        return self._store.people(query, limit, offset)

    def person(self, person_id: int) -> PersonSummary | None:
        return self._store.person(person_id)

    def find_person(self, name: str) -> PersonSummary | None:
        return self._store.find_person(name)

    def timeline(self, person_id: int) -> list[TimelineEvent]:
        return self._store.timeline(person_id)

    def article(self, article_id: int) -> StoredArticle | None:
        return self._store.article(article_id)

    def mentions(self, article_id: int) -> list[Mention]:
        """Every place the article names a person, in text order."""
        return self._store.mentions(article_id)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return self._store.search(query, limit)

    def export(self, person_id: int, fmt: str, path: str | Path,
               render_image: ImageRenderer | None = None) -> tuple[int, int]:
        """Write a person's events (csv, json, ics) or timeline picture (png, svg, drawn by
        `render_image`) whole or not at all; returns (events written, undated left out)."""
        person = self.person(person_id)
        events = self.timeline(person_id)
        if fmt in export.IMAGE_FORMATS:
            if render_image is None:
                raise ValueError(f"{fmt} needs a renderer")
            story = build_story(person.name, events)
            export.write_atomic(path, lambda temp: render_image(story, temp, fmt))
        else:
            export.write_text_atomic(path, export.render_text(fmt, person, events))
        written = len(export.dated(events)) if fmt == "ics" else len(events)
        return written, len(events) - written


def find_file_dates(path: str | Path) -> tuple[Article, list[tuple[Span, When | None]]]:
    """Read one file and resolve every time expression in it; touches no database."""
    article = read_article(path)
    return article, find_dates(english()(article.parse_text), article.published)


def extract_file(path: str | Path) -> tuple[Article, Extraction]:
    """Read and extract one file without touching any database."""
    article = read_article(path)
    return article, extract_article(article)
