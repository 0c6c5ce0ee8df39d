"""People: name merging, family members, ages, bylines."""
import pytest

from gossip_timeline.core import nlp, people


def test_split_name_takes_the_quoted_nickname_out():
    assert people.split_name("Harold “Hal” Bristow") == (["Harold", "Bristow"], "Hal")
    assert people.split_name("Tom Cruise") == (["Tom", "Cruise"], None)


@pytest.mark.parametrize("after, age", [
    (", 61, was spotted", 61), (", 29.", 29), (" (44) said", 44), (" dead at 79", 79),
    (", who is 40", None), (" paid $48", None), (", 2019,", None),
])
def test_age_after_a_name(after, age):
    assert people.age_after(after) == age


def test_sentences_break_at_paragraphs_and_are_stripped():
    doc = nlp.blank()("First one here. “A quote.”\n\nNext paragraph starts")
    spans = people.sentence_spans(doc)
    texts = [doc.text[a:b] for a, b in spans]
    assert texts == ["First one here.", "“A quote.”", "Next paragraph starts"]


@pytest.fixture(scope="module")
def english():
    return nlp.english()


FAMILY = ("By Nora Quill | Published May 2, 2023\n"
          "Tessa Marlowe, 35, and her sister Ivy Marlowe, 31, opened a bakery in Boise. "
          "Marlowe said the idea came from their late father, Bernard Marlowe. "
          "The Sunday Crumb, as the bakery is called, sold out on opening day.")


@pytest.mark.model
def test_family_members_stay_apart_and_bare_surname_goes_to_the_lead(english):
    cast = people.find_cast(english(FAMILY))
    names = {p.name: p for p in cast.people}
    assert {"Tessa Marlowe", "Ivy Marlowe", "Bernard Marlowe"} <= set(names)
    assert "Nora Quill" not in names  # the byline author
    assert names["Tessa Marlowe"].age == 35 and names["Ivy Marlowe"].age == 31
    assert "Marlowe" in names["Tessa Marlowe"].aliases
    assert "Marlowe" not in names["Ivy Marlowe"].aliases


EPITHETS = ("Juno Abara and Lev Castellan went public in Paris. "
            "The Velvet Hour actress, 26, and the tech founder, 40, were seen holding hands. "
            "Castellan's friend Odette, 38, says they are smitten.")


@pytest.mark.model
def test_epithet_ages_pair_with_the_people_named_just_before(english):
    cast = people.find_cast(english(EPITHETS))
    ages = {p.name: p.age for p in cast.people}
    assert ages["Juno Abara"] == 26
    assert ages["Lev Castellan"] == 40
    assert ages["Odette"] == 38  # a first-name-only person is still a person


@pytest.mark.model
def test_mentions_cover_every_form_with_offsets(english):
    doc = english(EPITHETS)
    cast = people.find_cast(doc)
    lev = next(p for p in cast.people if p.name == "Lev Castellan")
    assert [doc.text[m.start:m.end] for m in lev.mentions] == ["Lev Castellan", "Castellan"]
