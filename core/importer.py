"""Import article files into the store: find them, read them, extract, store each in one transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import nlp
from .extract import extract_doc
from .model import Article
from .reader import ARTICLE_SUFFIXES, ReadError, read_article
from .store import Store

Progress = Callable[[int, int, str], None]  # done, total, current file
ShouldStop = Callable[[], bool]
BATCH = 16


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def total(self) -> int:
        return len(self.imported) + len(self.already_present) + len(self.failed)

    def summary(self) -> str:
        text = (f"{len(self.imported)} imported, {len(self.already_present)} already present, "
                f"{len(self.failed)} failed")
        return text + (" (cancelled)" if self.cancelled else "")


def collect_files(paths: Iterable[str | Path], report: ImportReport) -> list[Path]:
    """Files named directly, and article files found in folders, recursively."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                                and p.name != "__init__.py"))
        elif path.exists():
            found.append(path)
        else:
            report.failed.append((str(path), "no such file or folder"))
    return found


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None,
                 should_stop: ShouldStop | None = None) -> ImportReport:
    report = ImportReport()
    files = collect_files(paths, report)
    total = len(files)
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total, name)

    for batch in _batches(files, BATCH):
        if should_stop and should_stop():
            report.cancelled = True
            break
        articles: list[Article] = []
        seen: set[str] = set()
        for path in batch:
            try:
                article = read_article(path)
            except ReadError as exc:
                report.failed.append((str(path), str(exc)))
                tick(path.name)
                continue
            if article.content_hash in seen or store.has_article(article.content_hash):
                report.already_present.append(str(path))
                tick(path.name)
                continue
            seen.add(article.content_hash)
            articles.append(article)
        docs = nlp.english().pipe(a.text for a in articles)
        for article, doc in zip(articles, docs):
            try:
                stored = store.add_article(article, extract_doc(doc, article.published))
            except Exception as exc:  # one bad article must not stop the others
                report.failed.append((article.source, f"could not be processed ({exc})"))
            else:
                (report.imported if stored else report.already_present).append(article.source)
            tick(Path(article.source).name)
            if should_stop and should_stop():
                report.cancelled = True
                break
        if report.cancelled:
            break
    return report


def _batches(items: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
