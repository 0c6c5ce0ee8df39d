"""The command line: every subcommand through the `gossip-timeline` entry point, in-process and as a real program."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gossip_timeline.core.library import Library
from gossip_timeline.core.migrations import MIGRATIONS
from gossip_timeline.core.model import EVENT_TYPES
from gossip_timeline.core.paths import DB_ENV
from gossip_timeline.core.reader import read_article
from gossip_timeline.gui.launcher import main

from support import assert_one_line_error

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.name.startswith("seed-"))
SCHEMA = "gossip-timeline/extract/v1"
ODD_QUERIES = ['"unbalanced', "NOT", "a-b", "***", "(", "OR AND", "\U0001F48D", "Vance*",
               "NEAR(", "-", "'", "col:word"]

ARTICLE = (" date 2022-05-02 Juniper Ashgrove and Rafael Okonkwo-Brandt are engaged. "
           "The actress, 31, said yes to the chef on April 28 during a trip to Lake Tahoe, "
           "her rep confirmed. The couple met in 2020 on the set of a streaming comedy.\n")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def corrupt_file(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "corrupt.db"
    content = bytes(range(1, 256)) * 40
    path.write_bytes(content)
    return path, content


def summary_line(out: str) -> str:
    return out.strip().splitlines()[0]


@pytest.fixture(autouse=True)
def no_default_database(tmp_path_factory, monkeypatch):
    """A command that forgets --db must not write to the user's own library."""
    monkeypatch.setenv(DB_ENV, str(tmp_path_factory.mktemp("default") / "library.db"))


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    """One database with every seed article imported, shared by the read-only tests."""
    path = tmp_path_factory.mktemp("seeded") / "library.db"
    assert main(["--db", str(path), "import", str(SEEDS)]) == 0
    return path


def people_json(capsys, db: Path, query: str = "") -> list[dict]:
    code, out, err = run(capsys, "--db", db, "people", *([query] if query else []), "--json")
    assert code == 0, err
    return json.loads(out)


# -- import ----------------------------------------------------------------------

@pytest.mark.model
def test_import_a_folder_then_again(tmp_path, capsys):
    db = tmp_path / "library.db"
    n = len(SEED_FILES)
    code, out, err = run(capsys, "--db", db, "import", SEEDS)
    assert code == 0, out + err
    assert summary_line(out) == f"{n} imported, 0 already present, 0 failed"

    code, out, err = run(capsys, "import", SEEDS, "--db", db)
    assert code == 0
    assert summary_line(out) == f"0 imported, {n} already present, 0 failed"
    with Library(db) as library:
        counts = library.counts()
    assert counts["articles"] == n
    assert counts["people"] > 0 and counts["events"] > 0


@pytest.mark.model
def test_import_reports_each_failure_and_imports_the_rest(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(PNG)
    missing = tmp_path / "nowhere"
    db = tmp_path / "library.db"

    code, out, err = run(capsys, "--db", db, "import", folder, missing)
    assert code != 0
    assert "Traceback" not in err
    assert summary_line(out) == "1 imported, 0 already present, 3 failed"
    failed = {line.split(": ", 1)[1].rsplit(": ", 1)[0]: line.rsplit(": ", 1)[1]
              for line in out.splitlines() if line.strip().startswith("failed:")}
    assert set(failed) == {str(missing), str(folder / "empty.txt"), str(folder / "picture.txt")}
    assert "no such file" in failed[str(missing)]
    assert "empty" in failed[str(folder / "empty.txt")]
    assert "binary" in failed[str(folder / "picture.txt")]
    with Library(db) as library:
        assert library.counts()["articles"] == 1


@pytest.mark.model
def test_database_from_the_environment(tmp_path, capsys, monkeypatch):
    db = tmp_path / "from-env" / "library.db"
    monkeypatch.setenv(DB_ENV, str(db))
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    code, out, _ = run(capsys, "import", article)
    assert code == 0
    assert summary_line(out) == "1 imported, 0 already present, 0 failed"
    assert db.exists()
    code, out, _ = run(capsys, "people", "--json")
    assert code == 0
    names = [p["name"] for p in json.loads(out)]
    assert names, "the article names two people"
    assert any("Ashgrove" in n or "Okonkwo-Brandt" in n for n in names)


def test_environment_database_is_created_on_first_use(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv(DB_ENV, str(db))
    code, out, err = run(capsys, "people")
    assert code == 0, err
    assert "no people yet" in out
    assert db.exists()


@pytest.mark.parametrize("before", [True, False], ids=["db-before-command", "db-after-command"])
def test_db_option_before_or_after_the_command(tmp_path, capsys, monkeypatch, before):
    elsewhere = tmp_path / "env.db"
    monkeypatch.setenv(DB_ENV, str(elsewhere))
    db = tmp_path / "given.db"
    argv = ["--db", db, "people"] if before else ["people", "--db", db]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert db.exists()
    assert not elsewhere.exists()


# -- people ----------------------------------------------------------------------

@pytest.mark.model
def test_people_lists_the_seed_world(seeded_db, capsys):
    people = people_json(capsys, seeded_db)
    assert len(people) >= 5
    for p in people:
        assert set(p) >= {"id", "name", "aliases", "events", "articles"}
    # The sample articles follow people across articles.
    assert sum(1 for p in people if p["articles"] >= 2) >= 2

    code, out, _ = run(capsys, "--db", seeded_db, "people")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(people)
    for line, p in zip(lines, people):
        assert line.startswith(p["name"])


@pytest.mark.model
def test_people_with_a_query(seeded_db, capsys):
    everyone = people_json(capsys, seeded_db)
    busiest = max(everyone, key=lambda p: (p["articles"], p["events"]))
    prefix = busiest["name"].split()[-1][:4]
    found = people_json(capsys, seeded_db, prefix)
    assert busiest["name"] in [p["name"] for p in found]
    assert len(found) < len(everyone)
    for p in found:
        words = " ".join([p["name"], *p["aliases"]]).replace("-", " ").lower().split()
        assert any(w.startswith(prefix.lower()) for w in words), p

    code, out, _ = run(capsys, "--db", seeded_db, "people", "Zzyzxq")
    assert code == 0
    assert out.strip() == "no people match"


# -- timeline --------------------------------------------------------------------

@pytest.mark.model
def test_timeline_json(seeded_db, capsys):
    everyone = people_json(capsys, seeded_db)
    person = max(everyone, key=lambda p: p["events"])
    assert person["events"] > 0
    code, out, err = run(capsys, "--db", seeded_db, "timeline", person["name"], "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["person"] == person["name"]
    events = data["events"]
    assert len(events) == person["events"]
    with Library(seeded_db) as library:
        for e in events:
            assert e["type"] in EVENT_TYPES
            assert person["name"] in e["people"]
            text = library.article(e["article"]["id"]).text
            assert e["evidence"]["text"] == text[e["evidence"]["start"]:e["evidence"]["end"]]
            assert e["evidence"]["text"].strip()
    starts = [e["when"]["start"] if e["when"] else None for e in events]
    dated = [s for s in starts if s is not None]
    assert dated == sorted(dated)
    assert starts == dated + [None] * (len(starts) - len(dated)), "undated events come last"


@pytest.mark.model
def test_timeline_text(seeded_db, capsys):
    person = max(people_json(capsys, seeded_db), key=lambda p: p["events"])
    code, out, _ = run(capsys, "--db", seeded_db, "timeline", person["name"].upper())
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == person["name"]
    assert len(lines) == 1 + person["events"]


def test_timeline_of_an_unknown_name(tmp_path, capsys):
    code, out, err = run(capsys, "--db", tmp_path / "library.db", "timeline", "Nobody Atall")
    assert_one_line_error(code, err)
    assert "Nobody Atall" in err
    assert out == ""


@pytest.mark.model
def test_timeline_of_an_unknown_name_in_a_full_library(seeded_db, capsys):
    code, out, err = run(capsys, "--db", seeded_db, "timeline", "Zzyzxq Nobody", "--json")
    assert_one_line_error(code, err)
    assert out == ""


# -- search ----------------------------------------------------------------------

@pytest.mark.model
def test_search_json(seeded_db, capsys):
    word = "Lisbon"
    expected = {read_article(p).title or p.name for p in SEED_FILES if word in read_article(p).text}
    assert expected, "the seed articles mention the word"
    code, out, err = run(capsys, "--db", seeded_db, "search", word, "--json")
    assert code == 0, err
    hits = json.loads(out)
    with Library(seeded_db) as library:
        titles = set()
        for hit in hits:
            article = library.article(hit["article"]["id"])
            titles.add(article.display_title)
            assert hit["article"]["title"] == (article.title or article.source)
            assert f"[{word}]" in hit["snippet"]
            match = hit["match"]
            assert article.text[match["start"]:match["end"]] == word
    assert titles == expected


@pytest.mark.model
@pytest.mark.parametrize("query", ODD_QUERIES)
def test_search_with_odd_syntax_never_errors(seeded_db, capsys, query):
    code, out, err = run(capsys, "--db", seeded_db, "search", query, "--json")
    assert code == 0
    assert err == ""
    assert isinstance(json.loads(out), list)
    code, out, err = run(capsys, "--db", seeded_db, "search", query)
    assert code == 0 and err == ""
    code, out, err = run(capsys, "--db", seeded_db, "people", query)
    assert code == 0 and err == ""


def test_search_in_an_empty_library(tmp_path, capsys):
    code, out, err = run(capsys, "--db", tmp_path / "library.db", "search", "anything")
    assert code == 0, err
    assert out.strip() == "no articles match"


# -- extract ---------------------------------------------------------------------

def check_extract_line(line: str, given: str) -> dict:
    data = json.loads(line)
    assert data["schema"] == SCHEMA
    assert data["source"] == given
    article = read_article(given)
    assert data["published"] == (article.published.isoformat() if article.published else None)
    text = data["text"]
    assert text == article.text
    names = {p["name"] for p in data["people"]}
    assert len(names) == len(data["people"]), "one entry per person"
    for event in data["events"]:
        assert event["type"] in EVENT_TYPES
        evidence = event["evidence"]
        assert evidence["text"] == text[evidence["start"]:evidence["end"]]
        assert set(event["people"]) <= names
        if event["when"] is not None:
            assert event["when"]["start"] <= event["when"]["end"]
    return data


@pytest.mark.model
def test_extract_prints_one_json_line_per_file_and_touches_no_database(tmp_path, capsys, monkeypatch):
    db = tmp_path / "must-not-exist.db"
    monkeypatch.setenv(DB_ENV, str(db))
    files = [p for p in SEED_FILES if p.suffix in {".txt", ".html", ".md"}]
    code, out, err = run(capsys, "extract", *files)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(files)
    results = [check_extract_line(line, str(path)) for line, path in zip(lines, files)]
    assert sum(len(r["events"]) for r in results) > 0
    assert sum(len(r["people"]) for r in results) > 0
    assert list(tmp_path.iterdir()) == []


@pytest.mark.model
def test_extract_with_a_db_option_still_touches_no_database(tmp_path, capsys):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "given.db"
    code, out, _ = run(capsys, "--db", db, "extract", article)
    assert code == 0
    check_extract_line(out.strip(), str(article))
    assert not db.exists()


def test_extract_a_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, "extract", tmp_path / "nowhere.txt")
    assert_one_line_error(code, err)
    assert "nowhere.txt" in err
    assert out == ""


@pytest.mark.model
def test_extract_goes_on_after_a_bad_file(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "extract", empty, good)
    assert code != 0
    assert "Traceback" not in err
    assert err.strip().splitlines() == [err.strip()] and "empty.txt" in err
    assert len(out.splitlines()) == 1
    check_extract_line(out.strip(), str(good))


@pytest.mark.model
def test_dates_prints_every_expression_with_its_interval(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(DB_ENV, str(tmp_path / "must-not-exist.db"))
    article = tmp_path / "story.txt"
    article.write_text(" date 2022-03-11 They split last summer, Vance, 29, said on Tuesday. "
                       "She filed in 2019 and settled two years later.", encoding="utf-8")
    code, out, err = run(capsys, "dates", article)
    assert code == 0, err
    line = json.loads(out)
    assert line["source"] == str(article) and line["published"] == "2022-03-11"
    text = line["text"]
    found = {d["text"]: d["when"] for d in line["dates"]}
    for d in line["dates"]:
        assert text[d["span"][0]:d["span"][1]] == d["text"]
    assert found["last summer"] == {"start": "2021-06-01", "end": "2021-08-31", "precision": "season"}
    assert found["Tuesday"]["start"] == found["Tuesday"]["end"] == "2022-03-08"
    assert found["2019"]["precision"] == "year"  # as in TimeML, "in" is not part of it
    assert found["two years later"]["start"] == "2021-01-01"
    assert "29" not in found, "an age is not a date"
    assert list(tmp_path.iterdir()) == [article]


# -- unusable databases ----------------------------------------------------------

@pytest.mark.parametrize("command", [["people"], ["search", "Vance"], ["timeline", "Marisol Vance"],
                                     ["import", "nowhere.txt"]])
def test_a_corrupt_database_is_one_line_error_and_left_alone(tmp_path, capsys, command):
    db, content = corrupt_file(tmp_path)
    code, out, err = run(capsys, "--db", db, *command)
    assert_one_line_error(code, err)
    assert str(db) in err
    assert db.read_bytes() == content


def test_a_database_from_a_newer_version_is_one_line_error(tmp_path, capsys):
    import sqlite3

    db = tmp_path / "library.db"
    assert run(capsys, "--db", db, "people")[0] == 0
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    code, out, err = run(capsys, "--db", db, "people")
    assert_one_line_error(code, err)
    assert "newer" in err


# -- the installed program -------------------------------------------------------

def installed_program() -> str:
    found = shutil.which("gossip-timeline", path=str(Path(sys.executable).parent)) \
        or shutil.which("gossip-timeline")
    assert found, "the gossip-timeline script is installed"
    return found


def run_program(*argv, env_db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, **{DB_ENV: str(env_db)})
    return subprocess.run([installed_program(), *map(str, argv)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=300)


@pytest.mark.model
def test_installed_program_imports_lists_and_extracts(tmp_path):
    db = tmp_path / "library.db"
    seed = next(p for p in SEED_FILES if p.suffix == ".html")
    done = run_program("import", seed, env_db=db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "1 imported, 0 already present, 0 failed"

    done = run_program("people", "--json", env_db=db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)

    other = tmp_path / "other.db"
    done = run_program("extract", seed, env_db=other)
    assert done.returncode == 0, done.stderr
    check_extract_line(done.stdout.strip(), str(seed))
    assert not other.exists()


def test_installed_program_reports_a_corrupt_database_in_one_line(tmp_path):
    db, content = corrupt_file(tmp_path)
    done = run_program("--db", db, "people", env_db=tmp_path / "unused.db")
    assert done.returncode != 0
    assert_one_line_error(done.returncode, done.stderr)
    assert done.stdout == ""
    assert db.read_bytes() == content
    assert not (tmp_path / "unused.db").exists()


def test_a_file_that_trips_the_work_still_gets_its_line_and_the_run_goes_on(tmp_path, capsys):
    """per_file's contract: a ReadError is the user's (non-zero exit); any other error is
    reported on stderr and the file still gets a line with nothing found."""
    from gossip_timeline.core.cli import per_file
    from gossip_timeline.core.contract import extraction_json
    from gossip_timeline.core.model import Extraction

    odd, good = tmp_path / "odd.txt", tmp_path / "good.txt"
    odd.write_text(" date 2022-05-02 Odd text.", encoding="utf-8")
    good.write_text(" date 2022-05-02 Plain text.", encoding="utf-8")

    def work(name):
        if name.endswith("odd.txt"):
            raise RuntimeError("boom")
        return read_article(name), Extraction([], [])

    code = per_file([str(odd), str(good)], work, extraction_json, Extraction([], []))
    out, err = capsys.readouterr()
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"] for line in lines] == [str(odd), str(good)]
    assert lines[0]["text"] == "Odd text." and lines[0]["events"] == []
    assert err.strip() == f"gossip-timeline: {odd}: could not be processed (RuntimeError: boom)"
