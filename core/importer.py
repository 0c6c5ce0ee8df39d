"""Import article files into the store: find them, read them, extract, store each in one transaction.

The flow is a pipeline of generators: files → new articles (read, decoded,
not stored yet) → (article, extraction) pairs → the store. Extraction runs in
this process through `nlp.pipe`, or in worker processes with `jobs > 1`; the
store is written only here, on the caller's thread.
"""
from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import nlp
from .extract import extract_article
from .model import Article, Extraction
from .reader import ARTICLE_SUFFIXES, ReadError, read_article
from .store import Store

Progress = Callable[[int, int, str], None]  # done, total, current file
ShouldStop = Callable[[], bool]
PIPE_BATCH = 16  # small batches keep cancel and progress prompt
IN_FLIGHT_PER_JOB = 6


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
                 should_stop: ShouldStop | None = None, jobs: int = 1,
                 isolated: bool = False) -> ImportReport:
    """Import files and folders into `store`.

    `jobs` > 1 parses in that many worker processes. `isolated` parses in one
    long-lived worker process even for one job, so that nothing of the language
    model runs in this process: a window's event loop never waits on it.
    """
    report = ImportReport()
    files = collect_files(paths, report)
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(files), name)

    articles = _new_articles(store, files, report, tick)
    if isolated:
        extracted = _extract_in_workers(articles, 1, _isolated_pool(), keep_pool=True)
    elif jobs > 1:
        extracted = _extract_in_workers(articles, jobs, _pool(jobs))
    else:
        extracted = _extract_here(articles)
    try:
        for article, result in extracted:
            if isinstance(result, Extraction):
                try:
                    stored = store.add_article(article, result)
                except Exception as exc:  # one bad article must not stop the others
                    report.failed.append((article.source, f"could not be stored ({exc})"))
                else:
                    (report.imported if stored else report.already_present).append(article.source)
            else:
                report.failed.append((article.source, result))
            tick(Path(article.source).name)
            if should_stop and should_stop():
                report.cancelled = True
                break
    finally:
        extracted.close()
    return report


def _new_articles(store: Store, files: list[Path], report: ImportReport,
                  tick: Callable[[str], None]) -> Iterator[Article]:
    """Read each file; yield the articles not stored yet, report the rest."""
    seen: set[str] = set()
    for path in files:
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
        yield article


Extracted = Iterator[tuple[Article, "Extraction | str"]]


def _extract_here(articles: Iterator[Article]) -> Extracted:
    docs = nlp.english().pipe(((a.parse_text, a) for a in articles), as_tuples=True, batch_size=PIPE_BATCH)
    for doc, article in docs:
        yield article, _extract_or_reason(doc, article)


def _extract_in_workers(articles: Iterator[Article], jobs: int, pool,
                        keep_pool: bool = False) -> Extracted:
    """Parse and extract in `jobs` processes of `pool`, keeping the files' order.

    Articles are read here and sent a few at a time, so reading, the store and
    cancelling all stay on the caller's thread. A kept pool outlives the import;
    results nobody waits for any more are simply dropped.
    """
    pending: deque = deque()
    try:
        for article in articles:
            pending.append((article, pool.apply_async(_worker_extract, (article,))))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                article, result = pending.popleft()
                yield article, result.get()
        while pending:
            article, result = pending.popleft()
            yield article, result.get()
    finally:
        if not keep_pool:
            pool.terminate()
            pool.join()


@lru_cache(maxsize=1)
def _isolated_pool():
    """One spawned worker, started on first use and kept until the process ends."""
    pool = multiprocessing.get_context("spawn").Pool(1, initializer=_worker_start)
    atexit.register(pool.terminate)
    return pool


def _pool(jobs: int):
    """Forked workers share the loaded model at no cost; forking beside other
    threads (a Qt window, say) is unsafe, so then the workers are spawned."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        nlp.english()
        return multiprocessing.get_context("fork").Pool(jobs)
    return multiprocessing.get_context("spawn").Pool(jobs, initializer=_worker_start)


def _extract_or_reason(doc, article: Article) -> "Extraction | str":
    try:
        return extract_article(article, doc)
    except Exception as exc:  # a bug on one odd article is reported, not fatal
        return f"could not be processed ({type(exc).__name__}: {exc})"


def _worker_start() -> None:
    nlp.english()


def _worker_extract(article: Article) -> "Extraction | str":
    return _extract_or_reason(nlp.english()(article.parse_text), article)
