"""Event triggers (pattern data) and event extraction on small invented articles."""
import datetime as dt
import json
from importlib import resources

import pytest

from gossip_timeline.core import events, nlp
from gossip_timeline.core.extract import extract_text
from gossip_timeline.core.model import EVENT_TYPES


def test_trigger_file_is_valid_pattern_data():
    lines = resources.files("gossip_timeline.resources").joinpath("triggers.jsonl").read_text("utf-8").splitlines()
    rules = [json.loads(line) for line in lines if line.strip()]
    assert len(rules) > 30
    assert {r["label"] for r in rules} <= set(EVENT_TYPES)
    assert {"dating", "engaged", "married", "divorced", "breakup", "birth", "death", "sighting",
            "met", "legal", "separated"} <= {r["label"] for r in rules}
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) or len({(r["label"], r["id"]) for r in rules}) == len(rules)


def _annotated(rows):
    """A doc on the blank vocab with hand-set lemmas and POS, so rules run without the model."""
    from spacy.tokens import Doc

    words, lemmas, pos = zip(*(r.split("/") for r in rows.split()))
    return Doc(nlp.blank().vocab, words=list(words), lemmas=list(lemmas), pos=list(pos))


def test_patterns_compile_and_match_on_a_blank_pipeline():
    doc = _annotated("They/they/PRON called/call/VERB it/it/PRON quits/quits/NOUN after/after/ADP "
                     "his/his/PRON ex/ex/ADJ -/-/PUNCT wife/wife/NOUN sued/sue/VERB ././PUNCT "
                     "The/the/DET engagement/engagement/NOUN is/be/AUX off/off/ADV ././PUNCT")
    labels = [(span.text, trig.label) for span, trig in events.match_triggers(doc)]
    assert labels == [("called it quits", "breakup"), ("ex - wife", "divorced"), ("sued", "legal"),
                      ("engagement is off", "breakup")]


def test_longest_trigger_wins_over_its_parts():
    doc = _annotated("She/she/PRON filed/file/VERB for/for/ADP divorce/divorce/NOUN ././PUNCT")
    assert [(s.text, t.label) for s, t in events.match_triggers(doc)] == [("filed for divorce", "divorced")]


@pytest.fixture(scope="module")
def english():
    return nlp.english()


def _events(text, published):
    ex = extract_text(text, published)
    return ex, [(e.type, sorted(e.people), e.when) for e in ex.events]


ENGAGED = ("By Harriet Vance | Published June 10, 2022\n"
           "Pop singer Marisol Quent and actor Theo Brandvold are engaged! The Midnight Ferry singer, 27, "
           "and the Oscar nominee, 33, got engaged on Saturday in Lisbon, a source tells Glow Weekly.\n\n"
           "The couple met in the summer of 2019 at a film festival in Venice and started dating the following year.\n\n"
           "Quent was previously married to drummer Felix Arndt; the exes divorced in 2018.")


@pytest.mark.model
def test_engagement_article(english):
    ex, found = _events(ENGAGED, dt.date(2022, 6, 10))
    pair = ["Marisol Quent", "Theo Brandvold"]
    by_type = {(t, tuple(p)): w for t, p, w in found}
    assert by_type[("engaged", tuple(sorted(pair)))].start == dt.date(2022, 6, 4)  # the Saturday before
    met = by_type[("met", tuple(sorted(pair)))]
    assert (met.start, met.end) == (dt.date(2019, 6, 1), dt.date(2019, 8, 31))
    assert by_type[("dating", tuple(sorted(pair)))].start == dt.date(2020, 1, 1)  # "the following year"
    assert by_type[("divorced", ("Felix Arndt", "Marisol Quent"))].start == dt.date(2018, 1, 1)
    assert len([f for f in found if f[0] == "engaged"]) == 1  # told twice, one event
    assert "Harriet Vance" not in {p.name for p in ex.people}


DIVORCE = ("Reality star Cassia Worthe, 41, has filed for divorce from businessman Dorian Pell after "
           "12 years of marriage, according to court documents. The pair separated last month.\n\n"
           "Worthe's rep denied that she is dating tennis pro Milo Strand.\n\n"
           "Earlier this week, she was spotted at the Silver Fern hotel bar.")


@pytest.mark.model
def test_divorce_article_drops_denials_and_resolves_pronouns(english):
    ex, found = _events(DIVORCE, dt.date(2021, 4, 14))
    types = {(t, tuple(p)) for t, p, _ in found}
    assert ("divorced", ("Cassia Worthe", "Dorian Pell")) in types
    separated = next(w for t, p, w in found if t == "separated")
    assert (separated.start, separated.end) == (dt.date(2021, 3, 1), dt.date(2021, 3, 31))
    assert not any("Milo Strand" in p for _, p, _ in found)  # denied, not a fact
    sighting = next(e for e in ex.events if e.type == "sighting")
    assert sighting.people == ["Cassia Worthe"]
    assert sighting.when.start >= dt.date(2021, 4, 12)
    divorce = next(e for e in ex.events if e.type == "divorced")
    assert divorce.attribution == "court documents"
    assert "Cassia Worthe" in divorce.summary and "Dorian Pell" in divorce.summary


OBITUARY = ("Veteran crooner Ambrose Kell has died. He was 88.\n\n"
            "Kell died on Thursday at his ranch in Montana, his wife, Lorna Kell, told reporters.\n\n"
            "In 2010, his son, Rupert Kell, sued Lorna over the family estate. "
            "A judge settled the case the following year.")


@pytest.mark.model
def test_obituary_death_date_and_chained_legal_events(english):
    ex, found = _events(OBITUARY, dt.date(2019, 1, 12))  # a Saturday
    deaths = [(p, w) for t, p, w in found if t == "death"]
    assert deaths == [(["Ambrose Kell"], deaths[0][1])] and deaths[0][1].start == dt.date(2019, 1, 10)
    legal = sorted(w.start.year for t, p, w in found if t == "legal" and p == ["Lorna Kell", "Rupert Kell"])
    assert legal == [2010, 2011]
    assert {p.name: p.age for p in ex.people}["Ambrose Kell"] == 88


@pytest.mark.model
def test_attribution_needs_a_claim_to_credit(english):
    """"Shares two kids" is no statement; "a source says" credits what is quoted."""
    text = ("Mara Quill shares two children with ex-husband Dev Okafor. "
            "“They met at a party in Rome in 2019,” a source says of Lena Marsh and Ivo Brandt.")
    found = extract_text(text, dt.date(2023, 5, 1))
    implied = [e for e in found.events if e.type in {"married", "divorced"}]
    assert implied and all(e.attribution is None for e in implied)
    met = [e for e in found.events if e.type == "met"]
    assert [e.attribution for e in met] == ["a source"]
