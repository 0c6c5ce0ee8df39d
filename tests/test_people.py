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


def _cast(english, text):
    cast = people.find_cast(english(text))
    return cast, {p.name: p for p in cast.people}


@pytest.mark.model
def test_venues_shows_and_headline_words_are_not_people(english):
    text = ("Nadia Ferro and Otis Grell Say Goodbye to Paris\n\n"
            "Nadia Ferro and Otis Grell were spotted at Hollis Park on Sunday. "
            "The pair met on the set of the thriller Night Harbor in 2019. "
            "They later dined at the restaurant Salt & Ember.")
    _, names = _cast(english, text)
    assert set(names) == {"Nadia Ferro", "Otis Grell"}  # no "Otis Grell Say", show or venue


@pytest.mark.model
def test_child_named_by_first_name_keeps_age_and_gender_from_kin_words(english):
    text = ("Rafe Duncan, 58, was seen with his daughter, Mila, 24, in Rome. "
            "His ex-wife, Carys Duncan, was not there.")
    cast, names = _cast(english, text)
    assert names["Mila"].age == 24 and names["Rafe Duncan"].age == 58
    assert cast.gender_of(names["Mila"]) == "f" and cast.gender_of(names["Carys Duncan"]) == "f"
    assert "Duncan" not in names["Carys Duncan"].aliases


@pytest.mark.model
def test_role_epithet_without_age_links_to_the_person_last_named(english):
    text = ("Fans adore Lio Marchetti. “He is so kind,” a fan says of Lio. "
            "The Harbor Nights star and Petra Voss met at a gala in Milan.")
    doc = english(text)
    cast = people.find_cast(doc)
    epithets = [(doc.text[r.start:r.end], r.person.name) for r in cast.refs if r.kind == "epithet"]
    assert ("The Harbor Nights star", "Lio Marchetti") in epithets


@pytest.mark.model
def test_accented_names_and_untagged_names_with_a_role_apposition(english):
    text = ("Gideon Marsh, the gravel-voiced country singer, has died. "
            "He is survived by his wife, Renée Lefèvre, 70.")
    _, names = _cast(english, text)
    assert "Gideon Marsh" in names
    assert names["Renée Lefèvre"].age == 70
