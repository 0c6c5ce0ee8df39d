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
def test_divorce_article_keeps_denials_as_denied_and_resolves_pronouns(english):
    ex, found = _events(DIVORCE, dt.date(2021, 4, 14))
    types = {(t, tuple(p)) for t, p, _ in found}
    assert ("divorced", ("Cassia Worthe", "Dorian Pell")) in types
    separated = next(w for t, p, w in found if t == "separated")
    assert (separated.start, separated.end) == (dt.date(2021, 3, 1), dt.date(2021, 3, 31))
    strand = [e for e in ex.events if "Milo Strand" in e.people]
    assert [(e.type, e.claim, e.attribution) for e in strand] == [("dating", "denied", "Worthe's rep")]
    assert all(e.claim == "stated" for e in ex.events if "Milo Strand" not in e.people)
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


# ---------------------------------------------------------------- claims, on hand-annotated parses

def _parsed(rows):
    """word/lemma/POS/dep/head-index rows -> a Doc on the blank vocab, no model needed."""
    from spacy.tokens import Doc

    parts = [r.split("/") for r in rows.split()]
    return Doc(nlp.blank().vocab, words=[p[0] for p in parts], lemmas=[p[1] for p in parts],
               pos=[p[2] for p in parts], deps=[p[3] for p in parts], heads=[int(p[4]) for p in parts])


def _claim(rows, trigger_index):
    doc = _parsed(rows)
    claim, verb = events.claim_of(doc[trigger_index:trigger_index + 1], doc[:])
    return claim, (verb.text if verb is not None else None)


def test_denial_is_kept_as_a_denied_claim_with_its_denier():
    rows = ("Her/her/PRON/poss/1 rep/rep/NOUN/nsubj/2 denied/deny/VERB/ROOT/2 that/that/SCONJ/mark/6 "
            "they/they/PRON/nsubj/6 are/be/AUX/aux/6 dating/date/VERB/ccomp/2 ././PUNCT/punct/2")
    assert _claim(rows, 6) == ("denied", "denied")


def test_reportedly_marks_a_hedge():
    rows = ("The/the/DET/det/1 pair/pair/NOUN/nsubj/3 reportedly/reportedly/ADV/advmod/3 "
            "met/meet/VERB/ROOT/3 in/in/ADP/prep/3 2019/2019/NUM/pobj/4")
    assert _claim(rows, 3) == ("hedged", None)


def test_rumored_to_be_dating_is_a_hedge():
    rows = ("They/they/PRON/nsubjpass/2 are/be/AUX/auxpass/2 rumored/rumor/VERB/ROOT/2 "
            "to/to/PART/aux/5 be/be/AUX/aux/5 dating/date/VERB/xcomp/2")
    assert _claim(rows, 5) == ("hedged", None)


@pytest.mark.parametrize("rows, index", [
    ("They/they/PRON/nsubj/1 plan/plan/VERB/ROOT/1 to/to/PART/aux/3 marry/marry/VERB/xcomp/1 "
     "this/this/DET/det/5 fall/fall/NOUN/npadvmod/3", 3),
    ("They/they/PRON/nsubj/2 will/will/AUX/aux/2 wed/wed/VERB/ROOT/2 in/in/ADP/prep/2 June/June/PROPN/pobj/3", 2),
    ("They/they/PRON/nsubj/3 did/do/AUX/aux/3 not/not/PART/neg/3 marry/marry/VERB/ROOT/3", 3),
])
def test_planned_future_and_negated_events_are_dropped(rows, index):
    assert _claim(rows, index) == (None, None)


# ---------------------------------------------------------------- behaviour, on small invented articles

def _by(ex, etype):
    return [e for e in ex.events if e.type == etype]


@pytest.mark.model
def test_denied_report_credits_the_denier_and_finds_the_partner(english):
    text = ("Dex Harlan and Mina Okoye were spotted in Chicago last Friday. "
            "Harlan’s rep denied a tabloid report that the actor had proposed.")
    ex = extract_text(text, dt.date(2020, 2, 17))
    engaged = _by(ex, "engaged")
    assert [(e.claim, e.attribution, sorted(e.people)) for e in engaged] == \
        [("denied", "Harlan’s rep", ["Dex Harlan", "Mina Okoye"])]


@pytest.mark.model
def test_quote_credited_in_the_closing_sentence(english):
    text = ("Ivo Brandt and Lena Marsh are inseparable. "
            "“They met at a party in Rome in 2019. It was love at first sight,” the insider says.")
    met = _by(extract_text(text, dt.date(2023, 5, 1)), "met")
    assert [e.attribution for e in met] == ["the insider"]


@pytest.mark.model
def test_durations_become_start_dates(english):
    text = ("Leila Farouk and Jonah Pike dated for five years before marrying in the summer of 2011.\n\n"
            "Farouk split from rapper Tre Bishop in 2018 after a three-year romance.")
    ex = extract_text(text, dt.date(2016, 5, 9))
    dating = {tuple(sorted(e.people)): e.when for e in _by(ex, "dating")}
    pike = dating[("Jonah Pike", "Leila Farouk")]
    assert (pike.start, pike.end) == (dt.date(2006, 6, 1), dt.date(2011, 8, 31))
    bishop = dating[("Leila Farouk", "Tre Bishop")]
    assert (bishop.start, bishop.end) == (dt.date(2015, 1, 1), dt.date(2018, 12, 31))


@pytest.mark.model
def test_chained_expression_dates_the_subordinate_event(english):
    text = ("Nora Vell and Ike Dunn got engaged last June in Lisbon, almost three years after they first met. "
            "The couple married in 1981 in a chapel, two weeks after meeting at a cast party.")
    ex = extract_text(text, dt.date(2023, 5, 2))
    met = sorted((e.when.start, e.when.end) for e in _by(ex, "met"))
    assert (dt.date(2019, 6, 1), dt.date(2019, 6, 30)) in met  # not 2025
    assert any(s.year in (1980, 1981) and e <= dt.date(1981, 12, 31) for s, e in met)
    married = _by(ex, "married")
    assert married and married[0].when.start == dt.date(1981, 1, 1) and married[0].when.end == dt.date(1981, 12, 31)


@pytest.mark.model
def test_same_event_told_twice_is_one(english):
    text = ("Sofia Marin is engaged to Theo Brandvold! "
            "Brandvold, 33, proposed on June 14 during a dinner in Lisbon, a source says. "
            "Marin and Brandvold got engaged after two years of dating.")
    engaged = _by(extract_text(text, dt.date(2022, 6, 20)), "engaged")
    assert len(engaged) == 1
    assert engaged[0].when.start == dt.date(2022, 6, 14)


@pytest.mark.model
def test_family_members_apart_and_venue_not_a_participant(english):
    text = ("Brynn Kessler spent Thanksgiving with her sister, Dani Kessler, and the two were "
            "photographed at the Hotel Valentina. Kessler’s ex, Luca Moreau, sued her last Tuesday.")
    ex = extract_text(text, dt.date(2018, 11, 26))
    assert {p.name for p in ex.people} == {"Brynn Kessler", "Dani Kessler", "Luca Moreau"}
    sighting = _by(ex, "sighting")
    assert [sorted(e.people) for e in sighting] == [["Brynn Kessler", "Dani Kessler"]]
    assert [sorted(e.people) for e in _by(ex, "legal")] == [["Brynn Kessler", "Luca Moreau"]]


@pytest.mark.model
def test_pronouns_respect_gender(english):
    text = ("Actress Mara Quill and actor Dev Okafor were seen in Rome. "
            "She later married producer Ivo Brandt in 2015.")
    married = _by(extract_text(text, dt.date(2023, 5, 1)), "married")
    assert [sorted(e.people) for e in married] == [["Ivo Brandt", "Mara Quill"]]
