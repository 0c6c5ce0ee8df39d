"""End-to-end extraction: the seed article, evidence offsets, the dev set when present."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gossip_timeline.core import nlp
from gossip_timeline.core.extract import extract_doc, extract_text
from gossip_timeline.core.model import EVENT_TYPES, PRECISIONS

REPO = Path(__file__).parents[1]
SEED = REPO / "seeds" / "seed-cruise-khayrova.txt"
EVAL = Path(__file__).parents[2] / "shared" / "eval"


def _seed():
    raw = SEED.read_text(encoding="utf-8")
    assert raw.startswith(" date ")
    published = dt.date.fromisoformat(raw[6:16])
    return raw[17:], published


@pytest.fixture(scope="module")
def seed_extraction():
    text, published = _seed()
    return text, extract_text(text, published)


@pytest.mark.model
def test_seed_people(seed_extraction):
    _, ex = seed_extraction
    people = {p.name: p for p in ex.people}
    assert set(people["Tom Cruise"].aliases) >= {"Cruise", "Tom"}
    assert people["Tom Cruise"].age == 61
    assert people["Elsina Khayrova"].age == 36
    assert "Khayrova" in people["Elsina Khayrova"].aliases
    assert len([p for p in ex.people if "Cruise" in p.name]) == 1


@pytest.mark.model
def test_seed_sighting_in_december_2023(seed_extraction):
    _, ex = seed_extraction
    sightings = [e for e in ex.events if e.type == "sighting"
                 and set(e.people) == {"Tom Cruise", "Elsina Khayrova"}]
    assert sightings
    when = sightings[0].when
    assert dt.date(2023, 12, 1) <= when.start <= when.end <= dt.date(2023, 12, 31)
    separated = next(e for e in ex.events if e.type == "separated")
    assert separated.when.start.year == 2020  # two years prior to the 2022 filing


@pytest.mark.model
def test_seed_evidence_is_a_whole_sentence(seed_extraction):
    text, ex = seed_extraction
    assert ex.events
    for e in ex.events:
        assert e.type in EVENT_TYPES and e.summary
        sentence = text[e.evidence.start:e.evidence.end]
        assert sentence == sentence.strip() and sentence
        assert e.evidence.start == 0 or text[e.evidence.start - 1] in " \n"
        assert sentence[-1] in ".!?”)\"" or text[e.evidence.end:e.evidence.end + 1] in ("", "\n")
        if e.when is not None:
            assert e.when.precision in PRECISIONS and e.when.start <= e.when.end


@pytest.mark.model
def test_extract_doc_works_over_nlp_pipe():
    text, published = _seed()
    docs = list(nlp.english().pipe([text, "No one here did anything."]))
    first, second = (extract_doc(d, published) for d in docs)
    assert {p.name for p in first.people} >= {"Tom Cruise", "Elsina Khayrova"}
    assert second.people == [] and second.events == []


@pytest.mark.model
def test_without_publication_date_relative_events_are_undated():
    ex = extract_text("Mara Vell and Otto Grieg were spotted kissing in Rome last Tuesday. "
                      "The pair met in August 2017.", None)
    by_type = {e.type: e for e in ex.events}
    assert by_type["sighting"].when is None
    assert by_type["met"].when.start == dt.date(2017, 8, 1)


@pytest.mark.model
def test_dev_set_scores(tmp_path):
    """Scores the shared dev set when it sits beside the repository (developer machines)."""
    if not (EVAL / "score.py").exists():
        pytest.skip("shared/eval is not present")
    import re

    lines = []
    for path in sorted((EVAL / "dev").iterdir()):
        if path.name.endswith(".gold.json"):
            continue
        raw = path.read_text(encoding="utf-8")
        if m := re.match(r" date (\d{4}-\d{2}-\d{2}) ", raw):
            text, published = raw[m.end():], dt.date.fromisoformat(m.group(1))
        elif path.suffix == ".html":
            import trafilatura
            text = trafilatura.extract(raw, include_comments=False, favor_precision=True)
            published = dt.date.fromisoformat(re.search(r'published_time" content="([\d-]{10})', raw).group(1))
        else:
            text = raw
            published = dt.datetime.strptime(re.search(r"Published (\w+ \d+, \d{4})", raw).group(1),
                                              "%B %d, %Y").date()
        ex = extract_text(text, published)
        lines.append(json.dumps({
            "schema": "gossip-timeline/extract/v1", "source": str(path), "published": published.isoformat(),
            "title": None, "text": text,
            "people": [{"name": p.name, "aliases": p.aliases, "age": p.age} for p in ex.people],
            "events": [{"type": e.type, "people": e.people, "when": e.when.as_json() if e.when else None,
                        "evidence": {"start": e.evidence.start, "end": e.evidence.end,
                                     "text": text[e.evidence.start:e.evidence.end]},
                        "attribution": e.attribution, "summary": e.summary} for e in ex.events]}))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(lines), encoding="utf-8")
    run = subprocess.run([sys.executable, str(EVAL / "score.py"), str(EVAL / "dev"), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    assert report["evidence_exact"] == 1.0
    assert report["people"]["f1"] >= 0.9
    assert report["events_strict"]["f1"] >= 0.75


@pytest.mark.model
def test_extraction_leaves_no_cache_that_keeps_the_doc_alive():
    """Entities and tokens are cached on the doc while it is read; they point back at the doc,
    so they are dropped when extraction ends, and a parsed doc of an import is freed at once."""
    import gc
    import weakref

    doc = nlp.english()("Mina Okoye, 29, and Dex Harlan, 36, were spotted in Paris on Friday.")
    extract_doc(doc, dt.date(2024, 3, 4))
    assert not any(key in doc.user_data for key in ("gossip_timeline.tokens", "gossip_timeline.ents"))
    gc.collect()
    gc.disable()
    try:
        ref = weakref.ref(doc)
        del doc
        assert ref() is None  # freed by reference counting alone, with no cycle to wait for
    finally:
        gc.enable()
