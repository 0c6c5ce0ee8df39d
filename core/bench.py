"""`gossip-timeline bench`: how close the import comes to what spaCy alone can do.

In one run, on the same texts:
- the raw spaCy ceiling: the same model and components, `nlp.pipe`, words/s;
- the full import into a fresh store with one process, and with `--jobs J`;
- the share of import time spent resolving dates;
- database bytes per article and peak memory.
"""
from __future__ import annotations

import datetime as dt
import resource
import sqlite3
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import importer, nlp
from .bench_corpus import write_corpus
from .dates import find_dates
from .reader import read_article
from .store import Store


@dataclass
class BenchResult:
    articles: int
    words: int
    spacy_words_per_s: float
    import_words_per_s: float
    import_vs_spacy: float
    jobs: int
    jobs_words_per_s: float | None
    jobs_speedup: float | None
    date_share: float
    date_ms_per_article: float
    db_bytes_per_article: float
    peak_memory_mb: float
    peak_memory_workers_mb: float

    def table(self) -> str:
        rows = [
            ("articles", f"{self.articles}"),
            ("words", f"{self.words:,}"),
            ("spaCy ceiling (nlp.pipe)", f"{self.spacy_words_per_s:,.0f} words/s"),
            ("import, 1 process", f"{self.import_words_per_s:,.0f} words/s"),
            ("import / ceiling", f"{self.import_vs_spacy:.2f}"),
        ]
        if self.jobs_words_per_s is not None:
            rows += [(f"import, --jobs {self.jobs}", f"{self.jobs_words_per_s:,.0f} words/s"),
                     (f"--jobs {self.jobs} / 1 process", f"{self.jobs_speedup:.2f}")]
        rows += [
            ("date resolution share", f"{self.date_share:.1%} ({self.date_ms_per_article:.2f} ms/article)"),
            ("database per article", f"{self.db_bytes_per_article / 1024:.1f} KiB"),
            ("peak memory", f"{self.peak_memory_mb:.0f} MB"
                            + (f" (+ {self.peak_memory_workers_mb:.0f} MB per worker)"
                               if self.jobs_words_per_s is not None else "")),
        ]
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def run_bench(articles: int = 200, jobs: int = 1, corpus: Path | None = None) -> BenchResult:
    with tempfile.TemporaryDirectory(prefix="gossip-bench-") as scratch:
        scratch = Path(scratch)
        files = importer.collect_files([corpus], importer.ImportReport()) if corpus else \
            write_corpus(scratch / "corpus", articles)
        texts, published = [], []
        for path in files:
            try:
                article = read_article(path)
            except Exception:
                continue
            texts.append(article.parse_text)
            published.append(article.published)
        words = sum(len(t.split()) for t in texts)

        english = nlp.english()
        list(english.pipe(texts[:4]))  # warm up, as the import's model is warm too
        ceiling, dates_seconds = _spacy_ceiling(english, texts, published)

        one = _timed_import(files, scratch / "one.db", jobs=1)
        db_bytes = _db_bytes(scratch / "one.db")
        many = _timed_import(files, scratch / f"jobs{jobs}.db", jobs=jobs) if jobs > 1 else None

    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return BenchResult(
        articles=len(texts), words=words,
        spacy_words_per_s=words / ceiling,
        import_words_per_s=words / one,
        import_vs_spacy=ceiling / one,
        jobs=jobs,
        jobs_words_per_s=words / many if many else None,
        jobs_speedup=one / many if many else None,
        date_share=dates_seconds / one,
        date_ms_per_article=1000 * dates_seconds / max(len(texts), 1),
        db_bytes_per_article=db_bytes / max(len(texts), 1),
        peak_memory_mb=peak_self,
        peak_memory_workers_mb=peak_children,
    )


def _spacy_ceiling(english, texts: list[str], published: list[dt.date | None]) -> tuple[float, float]:
    """Seconds for `nlp.pipe` alone, and seconds that date resolution takes on the same docs."""
    dates = 0.0
    start = time.perf_counter()
    for doc, day in english.pipe(zip(texts, published), as_tuples=True, batch_size=importer.PIPE_BATCH):
        mark = time.perf_counter()
        find_dates(doc, day)
        dates += time.perf_counter() - mark
    parse = time.perf_counter() - start - dates
    return parse, dates


def _timed_import(files: list[Path], db_path: Path, jobs: int) -> float:
    store = Store(db_path)
    try:
        start = time.perf_counter()
        report = importer.import_paths(store, files, jobs=jobs)
        seconds = time.perf_counter() - start
    finally:
        store.close()
    if report.failed:
        raise RuntimeError(f"bench import failed on {report.failed[:3]}")
    return seconds


def _db_bytes(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size


def result_json(result: BenchResult) -> dict:
    return asdict(result)
