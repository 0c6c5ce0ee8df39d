"""Export: CSV, JSON and iCalendar from core/export.py; PNG and SVG drawn by the window's
canvas; the `export` command, in-process and as the installed program with no display."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gossip_timeline.core import cli, export
from gossip_timeline.core.contract import timeline_event_json
from gossip_timeline.core.model import PersonSummary, Span, TimelineEvent, When
from gossip_timeline.core.paths import DB_ENV
from gossip_timeline.core.timeline import build_story
from gossip_timeline.gui.launcher import main

from support import assert_one_line_error

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
NOW = dt.datetime(2024, 2, 29, 12, 30, 5, tzinfo=dt.timezone.utc)
LONG = ("Élodie Brûlé; the singer, 31, and her fiancé 💍 \\ “Théo” — reportedly wed at a château "
        "in Provence, France; guests: 200, cake: 🎂🎂🎂 (naïve café crème) " * 2).strip()
PERSON = PersonSummary(id=1, name="Élodie Brûlé", aliases=("Élodie", "Brûlé"), event_count=5,
                       article_count=2)


def event(id: int, type: str, when: When | None, summary: str, claim: str = "stated",
          attribution: str | None = None) -> TimelineEvent:
    return TimelineEvent(id=id, type=type, when=when, summary=summary,
                         people=("Élodie Brûlé", "Théo Marchand"), attribution=attribution,
                         article_id=7, article_title="Élodie & Théo: the wedding, at last",
                         evidence=Span(10, 60), evidence_text=f"Evidence, for {summary}.\nSecond line.",
                         claim=claim)


EVENTS = [
    event(1, "dating", When(dt.date(2021, 3, 1), dt.date(2021, 5, 31), "season", "last spring"),
          "Élodie Brûlé and Théo Marchand are dating", attribution="a friend of the couple"),
    event(2, "engaged", When(dt.date(2022, 6, 1), dt.date(2022, 6, 30), "month"),
          "Élodie Brûlé and Théo Marchand got engaged", claim="hedged"),
    event(3, "married", When(dt.date(2023, 4, 29), dt.date(2023, 4, 29), "day", "April 29"), LONG),
    event(4, "breakup", None, "Élodie Brûlé and Théo Marchand split", claim="denied",
          attribution="her rep"),
    event(5, "sighting", When(dt.date(2023, 12, 31), dt.date(2023, 12, 31), "day", "New Year's Eve"),
          "spotted at a party", claim="denied"),
]


@pytest.fixture(autouse=True)
def no_default_database(tmp_path_factory, monkeypatch):
    """A command that forgets --db must not write to the user's own library."""
    monkeypatch.setenv(DB_ENV, str(tmp_path_factory.mktemp("default") / "library.db"))


def unfold(ics: str) -> list[str]:
    """Content lines with folding undone (RFC 5545 3.1)."""
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def vevents(ics: str) -> list[dict[str, str]]:
    """Each VEVENT as {property name with parameters: raw value}."""
    found, current = [], None
    for line in unfold(ics):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None:
            name, value = line.split(":", 1)
            current[name] = value
    return found


def assert_valid_ics(ics: str) -> None:
    raw = ics.encode("utf-8")
    assert raw.endswith(b"\r\n")
    lines = raw[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines), "bare LF or CR"
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never cuts a character in two
    stack = []
    for line in unfold(ics):
        if line.startswith("BEGIN:"):
            stack.append(line[6:])
        elif line.startswith("END:"):
            assert stack and stack.pop() == line[4:], line
    assert stack == []
    assert unfold(ics)[0] == "BEGIN:VCALENDAR" and unfold(ics)[-1] == "END:VCALENDAR"
    for needed in ("VERSION:2.0", "PRODID:"):
        assert any(line.startswith(needed) for line in unfold(ics))


# -- CSV and JSON ----------------------------------------------------------------

def test_csv_parses_back_with_one_row_per_event():
    text = export.events_csv(PERSON, EVENTS)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert [int(r["id"]) for r in rows] == [1, 2, 3, 4, 5]
    dating, _, married, breakup, _ = rows
    assert dating == {
        "id": "1", "type": "dating", "start": "2021-03-01", "end": "2021-05-31",
        "precision": "season", "date_as_written": "last spring",
        "people": "Élodie Brûlé; Théo Marchand", "summary": "Élodie Brûlé and Théo Marchand are dating",
        "claim": "stated", "attribution": "a friend of the couple",
        "article": "Élodie & Théo: the wedding, at last",
        "evidence": "Evidence, for Élodie Brûlé and Théo Marchand are dating.\nSecond line.",
    }
    assert married["summary"] == LONG
    assert (breakup["start"], breakup["end"], breakup["precision"], breakup["claim"]) == ("", "", "", "denied")


def test_json_round_trips_in_the_timeline_shape():
    data = json.loads(export.events_json(PERSON, EVENTS))
    assert data == {"person": "Élodie Brûlé", "aliases": ["Élodie", "Brûlé"],
                    "events": [timeline_event_json(e) for e in EVENTS]}
    assert json.loads(export.events_json("Someone", []))["aliases"] == []


# -- iCalendar -------------------------------------------------------------------

def test_ics_is_valid_folded_crlf_text():
    ics = export.events_ics(PERSON, EVENTS, now=NOW)
    assert_valid_ics(ics)
    assert "\r\n " in ics  # the long summary and descriptions were folded


def test_ics_one_all_day_event_per_dated_event_with_exclusive_end():
    found = vevents(export.events_ics(PERSON, EVENTS, now=NOW))
    assert [e["UID"] for e in found] == ["1-dating@gossip-timeline", "2-engaged@gossip-timeline",
                                         "3-married@gossip-timeline", "5-sighting@gossip-timeline"]
    spans = [(e["DTSTART;VALUE=DATE"], e["DTEND;VALUE=DATE"]) for e in found]
    assert spans == [("20210301", "20210601"), ("20220601", "20220701"),
                     ("20230429", "20230430"), ("20231231", "20240101")]
    assert all(e["DTSTAMP"] == "20240229T123005Z" for e in found)


def test_ics_leaves_out_undated_events_and_says_how_many():
    ics = export.events_ics(PERSON, EVENTS, now=NOW)
    assert "4-breakup@" not in ics
    assert "split" not in unescape("".join(unfold(ics)))
    assert len(vevents(ics)) == len(export.dated(EVENTS)) == len(EVENTS) - len(export.undated(EVENTS))
    assert export.undated(EVENTS) == [EVENTS[3]]


def test_ics_escapes_and_folds_a_long_summary_exactly():
    found = {e["UID"]: e for e in vevents(export.events_ics(PERSON, EVENTS, now=NOW))}
    raw = found["3-married@gossip-timeline"]["SUMMARY"]
    assert "\\;" in raw and "\\," in raw and "\\\\" in raw
    assert not re.search(r"(?<!\\)[;,]", raw.replace("\\\\", "")), "an unescaped ; or ,"
    assert unescape(raw) == LONG
    assert len(("SUMMARY:" + raw).encode()) > 150  # long enough to need several folds


def test_ics_marks_rumours_and_denials_and_describes_the_event():
    found = {e["UID"]: e for e in vevents(export.events_ics(PERSON, EVENTS, now=NOW))}
    assert unescape(found["1-dating@gossip-timeline"]["SUMMARY"]) == EVENTS[0].summary
    assert unescape(found["2-engaged@gossip-timeline"]["SUMMARY"]).startswith("[rumour] ")
    assert found["2-engaged@gossip-timeline"]["STATUS"] == "TENTATIVE"
    assert unescape(found["5-sighting@gossip-timeline"]["SUMMARY"]) == "[denied] spotted at a party"
    description = unescape(found["1-dating@gossip-timeline"]["DESCRIPTION"])
    for part in ("dating", "last spring", "2021-03-01", "season", "a friend of the couple",
                 "stated", "Evidence, for Élodie", "Second line.", "Élodie & Théo: the wedding, at last"):
        assert part in description


@pytest.mark.parametrize("char", ["a", "é", "€", "💍"])
@pytest.mark.parametrize("length", [1, 70, 74, 75, 76, 149, 150, 151, 400])
def test_folding_never_splits_a_character(char, length):
    line = "SUMMARY:" + char * length
    pieces = export.fold_ics_line(line).encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces)
    assert all(p.startswith(b" ") for p in pieces[1:])
    assert all(len(p) > 1 for p in pieces[1:])
    assert b"".join([pieces[0]] + [p[1:] for p in pieces[1:]]).decode("utf-8") == line
    assert len(pieces) == 1 or len(pieces[0]) > 75 - 4  # a fold only when the line is full


def test_ics_text_drops_control_characters_and_normalises_newlines():
    assert export.ics_text("a\r\nb\rc\x07d\te") == "a\\nb\\ncd\te"


# -- writing whole or not at all ------------------------------------------------

def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "out.csv"

    def half_then_fail(temp: Path) -> None:
        temp.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        export.write_atomic(target, half_then_fail)
    assert list(tmp_path.iterdir()) == []
    target.write_text("old")
    with pytest.raises(OSError):
        export.write_atomic(target, half_then_fail)
    assert list(tmp_path.iterdir()) == [target] and target.read_text() == "old"


def test_written_text_keeps_its_crlf_and_gets_ordinary_permissions(tmp_path):
    target = tmp_path / "out.ics"
    export.write_text_atomic(target, "A\r\nB\r\n")
    assert target.read_bytes() == b"A\r\nB\r\n"
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# -- pictures, without the model -------------------------------------------------

def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    assert root.tag.rsplit("}", 1)[-1] == "svg"
    return " ".join(" ".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def test_render_png_and_svg_of_a_story(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from gossip_timeline.gui.export_image import render_timeline
    from gossip_timeline.gui.timeline_style import marker_label

    story = build_story("Élodie Brûlé", EVENTS)
    render_timeline(story, tmp_path / "t.png", "png")
    image = QImage(str(tmp_path / "t.png"))
    assert (tmp_path / "t.png").read_bytes().startswith(PNG_SIGNATURE)
    assert 2 * 1200 <= image.width() <= 2 * 3000 and 2 * 100 <= image.height() <= 2 * 1000
    render_timeline(story, tmp_path / "t.svg", "svg")
    text = " ".join(svg_text(tmp_path / "t.svg").split())
    assert "Élodie Brûlé" in text
    for marker in story.markers:
        assert " ".join(marker_label(marker).split()) in text


def test_render_refuses_an_unknown_format(qapp, tmp_path):
    from gossip_timeline.gui.export_image import render_timeline

    with pytest.raises(ValueError):
        render_timeline(build_story("X", EVENTS), tmp_path / "t.gif", "gif")


def test_image_formats_need_a_renderer(tmp_path, capsys):
    out = tmp_path / "t.png"
    code = cli.run(["--db", str(tmp_path / "library.db"), "export", "Anyone", "--format", "png",
                    "-o", str(out)])
    assert_one_line_error(code, capsys.readouterr().err)
    assert not out.exists()


# -- the command, on the seed articles -------------------------------------------

@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "library.db"
    assert main(["--db", str(path), "import", str(SEEDS)]) == 0
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def export_to(capsys, db: Path, out: Path, fmt: str, name: str = "Marisol Vance"):
    return run(capsys, "--db", db, "export", name, "--format", fmt, "-o", out)


def seeded_events(db: Path, name: str = "Marisol Vance"):
    from gossip_timeline.core.library import Library

    with Library(db) as library:
        person = library.find_person(name)
        return person, library.timeline(person.id)


@pytest.mark.model
@pytest.mark.parametrize("fmt", export.FORMATS)
def test_export_writes_each_format_and_keeps_stdout_clean(seeded_db, tmp_path, capsys, fmt):
    out = tmp_path / f"vance.{fmt}"
    code, stdout, err = export_to(capsys, seeded_db, out, fmt)
    assert code == 0, err
    assert stdout == ""
    assert err.strip().startswith(f"wrote {out} (") and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left
    assert out.stat().st_size > 0


@pytest.mark.model
def test_exported_csv_and_json_match_the_timeline(seeded_db, tmp_path, capsys):
    person, events = seeded_events(seeded_db)
    export_to(capsys, seeded_db, tmp_path / "v.csv", "csv")
    with open(tmp_path / "v.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [int(r["id"]) for r in rows] == [e.id for e in events]
    assert [r["summary"] for r in rows] == [e.summary for e in events]
    export_to(capsys, seeded_db, tmp_path / "v.json", "json")
    code, out, _ = run(capsys, "--db", seeded_db, "timeline", "Marisol Vance", "--json")
    assert json.loads((tmp_path / "v.json").read_text(encoding="utf-8")) == json.loads(out)


@pytest.mark.model
def test_exported_ics_holds_the_dated_events(seeded_db, tmp_path, capsys):
    _, events = seeded_events(seeded_db)
    code, _, err = export_to(capsys, seeded_db, tmp_path / "v.ics", "ics")
    ics = (tmp_path / "v.ics").read_bytes().decode("utf-8")
    assert_valid_ics(ics)
    found = vevents(ics)
    assert {e["UID"] for e in found} == {f"{e.id}-{e.type}@gossip-timeline" for e in events if e.when}
    left_out = len(export.undated(events))  # how many depends on the date rules of the day
    note = f", {left_out} undated left out" if left_out else ""
    assert err.strip().endswith(f"({len(found)} event{'s' * (len(found) != 1)}{note})")


@pytest.mark.model
def test_exported_png_loads_at_a_plausible_size(seeded_db, tmp_path, capsys, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "v.png"
    export_to(capsys, seeded_db, out, "png")
    assert out.read_bytes().startswith(PNG_SIGNATURE)
    image = QImage(str(out))
    assert not image.isNull()
    assert 2 * 1200 <= image.width() <= 2 * 3000  # fitted to ~1600 px, drawn at 2x
    assert 2 * 150 <= image.height() <= 2 * 1500


@pytest.mark.model
def test_exported_svg_is_xml_with_the_event_labels(seeded_db, tmp_path, capsys):
    from gossip_timeline.gui.timeline_style import marker_label

    out = tmp_path / "v.svg"
    export_to(capsys, seeded_db, out, "svg")
    text = " ".join(svg_text(out).split())
    person, events = seeded_events(seeded_db)
    story = build_story(person.name, events)
    assert story.markers
    for marker in story.markers:
        assert " ".join(marker_label(marker).split()) in text
    for lane in story.lanes[1:]:
        assert f"with {lane.title}" in text


@pytest.mark.model
def test_unknown_person_is_one_line_and_writes_nothing(seeded_db, tmp_path, capsys):
    out = tmp_path / "x.csv"
    code, stdout, err = export_to(capsys, seeded_db, out, "csv", name="Mari")
    assert_one_line_error(code, err)
    assert "did you mean Marisol Vance" in err
    assert stdout == "" and list(tmp_path.iterdir()) == []


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["csv", "png"])
def test_unwritable_output_is_one_line(seeded_db, tmp_path, capsys, fmt):
    code, _, err = export_to(capsys, seeded_db, tmp_path / "no such folder" / f"x.{fmt}", fmt)
    assert_one_line_error(code, err)
    assert "cannot write" in err
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, _, err = export_to(capsys, seeded_db, folder, fmt)
    assert_one_line_error(code, err)
    assert list(folder.iterdir()) == [] and sorted(tmp_path.iterdir()) == [folder]


@pytest.mark.model
def test_a_failing_renderer_leaves_the_old_file(seeded_db, tmp_path, capsys):
    out = tmp_path / "v.png"
    out.write_bytes(b"old picture")

    def broken(story, path, fmt):
        Path(path).write_bytes(PNG_SIGNATURE)
        raise OSError(28, "No space left on device")

    code = cli.run(["--db", str(seeded_db), "export", "Marisol Vance", "--format", "png", "-o", str(out)],
                   render_image=broken)
    assert_one_line_error(code, capsys.readouterr().err)
    assert out.read_bytes() == b"old picture" and list(tmp_path.iterdir()) == [out]


def installed_program() -> Path:
    folder = Path(sys.executable).parent
    program = folder / ("gossip-timeline.exe" if os.name == "nt" else "gossip-timeline")
    if not program.exists():
        pytest.skip(f"no gossip-timeline program beside {sys.executable}")
    return program


def headless_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}


@pytest.mark.model
def test_installed_program_renders_png_with_no_display(seeded_db, tmp_path):
    out = tmp_path / "v.png"
    done = subprocess.run([str(installed_program()), "--db", str(seeded_db), "export", "Marisol Vance",
                           "--format", "png", "-o", str(out)],
                          capture_output=True, text=True, env=headless_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr  # Qt may warn on some systems; the last line is ours
    assert done.stderr.strip().splitlines()[-1] == f"wrote {out} ({len(seeded_events(seeded_db)[1])} events)"
    assert out.read_bytes().startswith(PNG_SIGNATURE)


@pytest.mark.model
def test_text_exports_never_load_qt(seeded_db, tmp_path):
    code = ("import sys\n"
            "from gossip_timeline.gui.launcher import main\n"
            f"assert main(['--db', {str(seeded_db)!r}, 'export', 'Marisol Vance', '--format', 'ics',"
            f" '-o', {str(tmp_path / 'v.ics')!r}]) == 0\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "assert not bad, bad\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=headless_env(), timeout=120)
    assert done.returncode == 0, done.stderr
