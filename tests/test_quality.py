"""Extraction quality on the project's gold articles (tests/gold) and, when present, the shared dev set.

The scorer (tests/quality.py) is tested first on hand-made predictions, so a
failing quality target can be trusted to be the extractor's doing.
"""
import copy
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"
BLIND = Path(__file__).resolve().parent / "gold_blind"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"

TARGETS = {
    "people_f1": 0.95,
    "events_strict_f1": 0.75,
    "events_lenient_f1": 0.85,
    "date_within_gold": 0.90,
    "evidence_exact": 1.0,
    "age_accuracy": 0.95,
}


def _failures(report: quality.Report, limits: dict[str, float] = TARGETS) -> list[str]:
    got = {
        "people_f1": report.people[2],
        "events_strict_f1": report.events_strict[2],
        "events_lenient_f1": report.events_lenient[2],
        "date_within_gold": report.date_within_gold,
        "evidence_exact": report.evidence_exact,
        "age_accuracy": report.age_accuracy,
    }
    return [f"{name} {got[name]:.3f} < {limit}" for name, limit in limits.items() if got[name] < limit]


def _explain(report: quality.Report) -> str:
    lines = [report.table()]
    for article in report.articles:
        if article.misses:
            lines.append(article.name)
            lines += [f"  - {miss}" for miss in article.misses]
    return "\n".join(lines)


def _assert_targets(report: quality.Report) -> None:
    failures = _failures(report)
    assert not failures, "; ".join(failures) + "\n" + _explain(report)


# ------------------------------------------------------------ the gold set itself


@pytest.mark.parametrize("folder", [GOLD, BLIND], ids=["gold", "gold_blind"])
def test_gold_set_is_large_enough_and_well_formed(folder):
    items = quality.load_gold(folder)
    assert len(items) >= 20
    types = {"dating", "engaged", "married", "separated", "divorced", "breakup",
             "birth", "death", "sighting", "met", "legal", "other"}
    for item in items:
        gold = item.gold
        names = {p["name"] for p in gold["people"]}
        assert len(names) == len(gold["people"]), item.path.name
        for event in gold["events"]:
            assert event["type"] in types, item.path.name
            assert set(event["people"]) <= names, (item.path.name, event)
            if event["when"]:
                assert event["when"]["start"] <= event["when"]["end"], (item.path.name, event)


# ------------------------------------------------------------ the scorer on hand-made predictions

GOLD_DOC = {
    "published": "2020-02-17",
    "people": [
        {"name": "Dex Harlan", "aliases": ["Harlan", "Dex"], "age": 36},
        {"name": "Mina Okoye", "aliases": ["Okoye", "Mina"], "age": 29},
        {"name": "Carla Harlan", "aliases": []},
    ],
    "events": [
        {"type": "sighting", "people": ["Dex Harlan", "Mina Okoye"],
         "when": {"start": "2020-02-14", "end": "2020-02-14"}},
        {"type": "met", "people": ["Dex Harlan", "Mina Okoye"],
         "when": {"start": "2018-01-01", "end": "2018-12-31"}},
        {"type": "dating", "people": ["Dex Harlan", "Mina Okoye"], "when": None},
        {"type": "divorced", "people": ["Dex Harlan", "Carla Harlan"], "when": None, "optional": True},
    ],
}
TEXT = "Dex Harlan and Mina Okoye were spotted. They met in 2018. They are dating."


def _event(type_, people, start=None, end=None, evidence=(0, 38)):
    return {"type": type_, "people": people,
            "when": {"start": start, "end": end or start, "precision": "day"} if start else None,
            "evidence": {"start": evidence[0], "end": evidence[1], "text": TEXT[evidence[0]:evidence[1]]},
            "attribution": None, "summary": ""}


def _perfect() -> dict:
    return {
        "published": "2020-02-17",
        "text": TEXT,
        "people": [
            {"name": "Dex Harlan", "aliases": ["Harlan"], "age": 36},
            {"name": "Mina Okoye", "aliases": ["Okoye"], "age": 29},
            {"name": "Carla Harlan", "aliases": [], "age": None},
        ],
        "events": [
            _event("sighting", ["Dex Harlan", "Mina Okoye"], "2020-02-14"),
            _event("met", ["Mina Okoye", "Dex Harlan"], "2018-03-01", "2018-03-31", evidence=(39, 56)),
            _event("dating", ["Dex Harlan", "Mina Okoye"], evidence=(57, 73)),
        ],
    }


def _report(pred: dict) -> quality.Report:
    return quality.Report([quality.score_article(GOLD_DOC, pred, name="hand-made")])


def test_perfect_prediction_scores_one():
    report = _report(_perfect())
    assert report.people == (1.0, 1.0, 1.0)
    assert report.events_strict == (1.0, 1.0, 1.0)
    assert report.events_lenient == (1.0, 1.0, 1.0)
    assert report.age_accuracy == 1.0
    assert report.date_within_gold == 1.0
    assert report.evidence_exact == 1.0
    assert report.articles[0].misses == []


def test_names_match_by_alias_and_quote_style():
    gold = copy.deepcopy(GOLD_DOC)
    gold["people"][0]["name"] = "Dex O'Harlan"
    for event in gold["events"]:
        event["people"] = ["Dex O'Harlan" if p == "Dex Harlan" else p for p in event["people"]]
    pred = _perfect()
    pred["people"][0]["name"] = "Dex O\u2019Harlan"
    for event in pred["events"]:
        event["people"] = ["Harlan" if p == "Dex Harlan" else p for p in event["people"]]
    report = quality.Report([quality.score_article(gold, pred)])
    assert report.people[2] == 1.0
    assert report.events_strict[2] == 1.0


def test_duplicate_person_costs_precision_only():
    pred = _perfect()
    pred["people"].append({"name": "Harlan", "aliases": [], "age": None})
    precision, recall, _ = _report(pred).people
    assert precision == pytest.approx(3 / 4)
    assert recall == 1.0


def test_unknown_person_costs_precision_and_missing_person_recall():
    pred = _perfect()
    pred["people"][2] = {"name": "Giovanni's Trattoria", "aliases": [], "age": None}
    precision, recall, _ = _report(pred).people
    assert precision == pytest.approx(2 / 3)
    assert recall == pytest.approx(2 / 3)


def test_wrong_age_counts_against_age_accuracy():
    pred = _perfect()
    pred["people"][1]["age"] = 30
    assert _report(pred).age_accuracy == pytest.approx(1 / 2)


def test_wrong_date_interval_fails_strict_and_lenient():
    pred = _perfect()
    pred["events"][0] = _event("sighting", ["Dex Harlan", "Mina Okoye"], "2020-02-07")
    report = _report(pred)
    assert report.events_strict == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert report.events_lenient == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_undated_prediction_fails_a_dated_gold_event_but_fits_an_undated_one():
    pred = _perfect()
    pred["events"][1]["when"] = None
    assert _report(pred).events_strict[1] == pytest.approx(2 / 3)
    pred = _perfect()
    pred["events"][2] = _event("dating", ["Dex Harlan", "Mina Okoye"], "2019-09-01", "2020-02-17")
    assert _report(pred).events_strict == (1.0, 1.0, 1.0)


def test_overlapping_but_wider_date_is_strict_but_not_within_gold():
    pred = _perfect()
    pred["events"][1] = _event("met", ["Dex Harlan", "Mina Okoye"], "2017-06-01", "2018-06-30")
    report = _report(pred)
    assert report.events_strict == (1.0, 1.0, 1.0)
    assert report.date_within_gold == pytest.approx(1 / 2)


def test_partial_people_is_lenient_not_strict():
    pred = _perfect()
    pred["events"][0]["people"] = ["Dex Harlan"]
    report = _report(pred)
    assert report.events_strict[2] == pytest.approx(2 / 3)
    assert report.events_lenient == (1.0, 1.0, 1.0)
    pred["events"][0]["people"] = ["Dex Harlan", "Mina Okoye", "Carla Harlan"]
    assert _report(pred).events_strict[2] == pytest.approx(2 / 3)


def test_optional_gold_event_neither_helps_nor_hurts():
    without = _report(_perfect())
    pred = _perfect()
    pred["events"].append(_event("divorced", ["Dex Harlan", "Carla Harlan"]))
    with_optional = _report(pred)
    assert with_optional.events_strict == without.events_strict == (1.0, 1.0, 1.0)
    assert with_optional.events_lenient == without.events_lenient


def test_duplicate_event_costs_precision():
    pred = _perfect()
    pred["events"].append(_event("sighting", ["Dex Harlan", "Mina Okoye"], "2020-02-14"))
    precision, recall, _ = _report(pred).events_strict
    assert precision == pytest.approx(3 / 4)
    assert recall == 1.0


def test_other_events_are_not_scored():
    pred = _perfect()
    pred["events"].append(_event("other", ["Dex Harlan"]))
    report = _report(pred)
    assert report.events_strict == (1.0, 1.0, 1.0)
    assert report.other_events == 1


def test_evidence_must_slice_the_text_exactly():
    pred = _perfect()
    pred["events"][0]["evidence"]["start"] += 1
    assert _report(pred).evidence_exact == pytest.approx(2 / 3)


def test_matching_is_one_to_one_and_maximal():
    # one prediction could serve either gold sighting; the best pairing still finds both
    gold = copy.deepcopy(GOLD_DOC)
    gold["events"] = [
        {"type": "sighting", "people": ["Dex Harlan", "Mina Okoye"],
         "when": {"start": "2020-02-01", "end": "2020-02-17"}},
        {"type": "sighting", "people": ["Dex Harlan", "Mina Okoye"],
         "when": {"start": "2020-02-11", "end": "2020-02-11"}},
    ]
    pred = _perfect()
    pred["events"] = [_event("sighting", ["Dex Harlan", "Mina Okoye"], "2020-02-11"),
                      _event("sighting", ["Dex Harlan", "Mina Okoye"], "2020-02-14")]
    report = quality.Report([quality.score_article(gold, pred)])
    assert report.events_strict == (1.0, 1.0, 1.0)


# ------------------------------------------------------------ the extractor on the gold sets


@pytest.fixture(scope="module")
def gold_report():
    return quality.evaluate(GOLD)


@pytest.mark.model
def test_project_gold_meets_targets(gold_report):
    assert len(gold_report.articles) >= 20
    _assert_targets(gold_report)


@pytest.mark.model
def test_project_gold_publication_dates(gold_report):
    assert gold_report.published_accuracy == 1.0, _explain(gold_report)


@pytest.mark.model
def test_shared_dev_set_meets_targets():
    if not DEV.is_dir() or not quality.load_gold(DEV):
        pytest.skip(f"shared dev set not found at {DEV}")
    _assert_targets(quality.evaluate(DEV))


def test_evidence_in_file_looks_at_the_file_as_written():
    pred = _perfect()
    raw = "<p>Dex Harlan and Mina Okoye were <b>spotted</b>.</p> They met in 2018. They are dating."
    report = quality.Report([quality.score_article(GOLD_DOC, pred, file_text=raw)])
    assert report.evidence_in_file_share == 1.0
    markdown = "**Dex Harlan** and Mina Okoye were spotted. They met in 2018. They are dating."
    report = quality.Report([quality.score_article(GOLD_DOC, pred, file_text=markdown)])
    assert report.evidence_in_file_share == pytest.approx(2 / 3)
    assert report.evidence_exact == 1.0  # offsets into "text" are still exact


# ------------------------------------------------------------ a set no rule was tuned on

# tests/gold_blind was written by people who never saw the rules, in twenty-five sets (h*, b*,
# c*, x*, y*, z*, p*, q*, r*, s*, t*, u*, v*, w*, m*, n*, o*, d*, e*, f*, g*, i*, j*, k*, l*). Each
# set was scored once before any rule looked at its misses: r* scored events strict 0.435 and
# lenient 0.622 that first time, t* 0.521 and 0.692, u* 0.525 and 0.669, v* 0.667 and 0.791, w*
# 0.544 and 0.731, m* 0.463 and 0.588, n* 0.649 and 0.779, o* 0.628 and 0.706, d* 0.646 and
# 0.799, e* 0.460 and 0.636, f* 0.569 and 0.738, g* 0.574 and 0.718, i* 0.560 and 0.694, j* 0.542
# and 0.681, k* 0.598 and 0.753, l* 0.544 and 0.707 (nobody has read the misses of n*, d*, i* or
# k*; z* and q* were written in deliberately unusual shapes: Q&A profiles, roundups, memoir
# reviews). Misses then showed which kinds of
# sentence fail, and general rules were written for those kinds, never for an article's
# wording. The targets are not met here; these floors sit just under where the sets stand
# now, so a change that makes extraction worse on text written apart from the rules fails.
BLIND_FLOORS = {
    "people_f1": 0.96,
    "events_strict_f1": 0.72,
    "events_lenient_f1": 0.79,
    "date_within_gold": 0.95,
    "evidence_exact": 1.0,
    "age_accuracy": 0.94,
}


@pytest.mark.model
def test_blind_gold_stays_above_where_it_stood():
    report = quality.evaluate(BLIND)
    assert len(report.articles) >= 132
    below = _failures(report, BLIND_FLOORS)
    assert not below, "; ".join(below) + "\n" + _explain(report)
