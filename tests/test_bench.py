"""The benchmark and the parallel import it measures."""
from __future__ import annotations

import json
import random
import sqlite3

import pytest

from gossip_timeline.core import importer
from gossip_timeline.core.bench import run_bench
from gossip_timeline.core.bench_corpus import make_article, write_corpus
from gossip_timeline.core.store import Store
from gossip_timeline.gui.launcher import main


def test_generated_corpus_is_reproducible_and_article_sized(tmp_path):
    first = [p.read_text(encoding="utf-8") for p in write_corpus(tmp_path / "a", 5, seed=3)]
    again = [p.read_text(encoding="utf-8") for p in write_corpus(tmp_path / "b", 5, seed=3)]
    assert first == again
    for text in first:
        assert text.startswith(" date ")
        assert 300 <= len(text.split()) <= 600


def test_corpus_articles_differ():
    rng = random.Random(1)
    import datetime as dt

    texts = {make_article(rng, dt.date(2020, 1, 1)) for _ in range(10)}
    assert len(texts) == 10


def _rows(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("""
            SELECT a.source, e.type, e.when_start, e.when_end, e.evidence_start, e.evidence_end,
                   (SELECT group_concat(p.name, '|') FROM event_people ep JOIN people p
                     ON p.id = ep.person_id WHERE ep.event_id = e.id)
            FROM events e JOIN articles a ON a.id = e.article_id
            ORDER BY a.source, e.evidence_start, e.type, e.when_start""").fetchall()
    finally:
        conn.close()


@pytest.mark.model
def test_parallel_import_stores_exactly_what_one_process_stores(tmp_path):
    files = write_corpus(tmp_path / "corpus", 12)
    for name, jobs in (("one.db", 1), ("two.db", 2)):
        store = Store(tmp_path / name)
        report = importer.import_paths(store, files, jobs=jobs)
        store.close()
        assert len(report.imported) == 12 and not report.failed
    assert _rows(tmp_path / "one.db") == _rows(tmp_path / "two.db")
    assert len(_rows(tmp_path / "one.db")) > 12


@pytest.mark.model
def test_parallel_import_reports_bad_files_and_duplicates(tmp_path):
    files = write_corpus(tmp_path / "corpus", 4)
    (tmp_path / "corpus" / "empty.txt").write_bytes(b"")
    (tmp_path / "corpus" / "copy.txt").write_bytes(files[0].read_bytes())
    store = Store(tmp_path / "lib.db")
    report = importer.import_paths(store, [tmp_path / "corpus"], jobs=2)
    store.close()
    assert len(report.imported) == 4
    assert [p for p, _ in report.failed] == [str(tmp_path / "corpus" / "empty.txt")]
    assert len(report.already_present) == 1


@pytest.mark.model
def test_bench_measures_every_figure_in_one_run():
    result = run_bench(articles=6, jobs=2)
    assert result.articles == 6 and result.words > 1500
    assert result.spacy_words_per_s > 0 and result.import_words_per_s > 0
    assert result.import_vs_spacy == pytest.approx(result.import_words_per_s / result.spacy_words_per_s)
    assert result.jobs_speedup is not None and result.jobs_speedup > 0
    assert 0 < result.date_share < 1
    assert result.db_bytes_per_article > 1000
    assert result.peak_memory_mb > 50
    assert "spaCy ceiling" in result.table()


@pytest.mark.model
def test_bench_command_prints_json(capsys):
    assert main(["bench", "--articles", "3", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 3 and figures["jobs_speedup"] is None


def test_bench_refuses_a_missing_corpus(tmp_path, capsys):
    assert main(["bench", "--corpus", str(tmp_path / "nowhere")]) == 1
    assert "not a folder" in capsys.readouterr().err


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--jobs", "0", "x"])
    assert exit_info.value.code == 2
    assert "at least 1" in capsys.readouterr().err
