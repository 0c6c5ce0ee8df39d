"""Who "I" and "we" are in quotations and interviews (core/speakers.py), on the real model."""
import datetime as dt

import pytest

from gossip_timeline.core import nlp
from gossip_timeline.core.extract import extract_text


@pytest.fixture(scope="module")
def english():
    return nlp.english()


def _pairs(ex, etype):
    return [sorted(e.people) for e in ex.events if e.type == etype]


PROFILE = """# Tamsin Oyelaran Is Done Apologising

By the time Tamsin Oyelaran sits down at a café, she has already done the school run. What she really wants to talk about is home: her husband, the Norwegian cinematographer Felix Brandvold, 46, and their children, Ada, 7, and Sol, 4.

Last month the couple made a rare joint appearance on the red carpet at the Venice Film Festival.

**You met Felix on a film set, didn't you?**

"We met on Cold Harbour in 2011. He was the camera operator and I was the actress who kept missing her mark."

**How did Felix propose?**

"He didn't, really. We were sitting in a rental car outside Bergen on New Year's Eve 2012, and he said, 'Should we just get married?' And I said, 'Fine.' We married three months later at the city hall in Oslo."
"""


@pytest.mark.model
def test_we_in_an_answer_under_a_question_is_the_one_interviewed_and_the_one_asked_about(english):
    ex = extract_text(PROFILE, dt.date(2022, 10, 12))
    pair = ["Felix Brandvold", "Tamsin Oyelaran"]
    assert _pairs(ex, "met") == [pair]
    married = [e for e in ex.events if e.type == "married"]
    assert [sorted(e.people) for e in married] == [pair]
    assert married[0].when.start.year == 2013
    # "the couple" before any couple event is told: the husband the opening names, not the children
    assert _pairs(ex, "sighting") == [pair]


INTERVIEW = """Marquee: How did you two meet?

Raghunathan: In Lisbon, in the summer of 2008. The restorer, Ana Moutinho, 31, walked onto the set and threw us all out.

Marquee: You were engaged at the time?

Raghunathan: I was. To Meera Kapadia, who is a wonderful actress. We ended it that autumn.

Marquee: And then?

Raghunathan: We got married in Goa in December 2010, and by the end of the wedding my father was teaching Ana card tricks.
"""


@pytest.mark.model
def test_a_speaker_label_says_who_i_and_we_are(english):
    text = "Vikram Raghunathan on the summer that changed everything\n\n" + INTERVIEW
    ex = extract_text(text, dt.date(2019, 5, 1))
    assert ["Meera Kapadia", "Vikram Raghunathan"] in _pairs(ex, "breakup")
    assert _pairs(ex, "married") == [["Ana Moutinho", "Vikram Raghunathan"]]


@pytest.mark.model
def test_a_source_s_we_is_nobody_of_the_cast(english):
    text = ("Lena Ortiz and Sam Hale are dating, a source says. \"We met them at a party in May,\" the insider "
            "tells Us. \"We were all surprised.\"")
    ex = extract_text(text, dt.date(2022, 9, 12))
    assert all(sorted(e.people) == ["Lena Ortiz", "Sam Hale"] for e in ex.events), [(e.type, e.people) for e in ex.events]
