"""The date layer on real news: MEANTIME Wikinews with gold TIMEX3 (see tests/timex_eval.py).

Skipped when the shared data folder (a sibling of the repository) is absent.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timex_eval  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def score():
    if not (DATA / "meantime_en").is_dir():
        pytest.skip(f"MEANTIME not found under {DATA}")
    return timex_eval.evaluate(DATA)


def test_meantime_has_the_expected_shape(score):
    assert score.docs >= 100 and score.gold >= 250


def test_date_and_time_expressions_are_found(score):
    assert score.relaxed_f1 >= 0.90, timex_eval.report(score, "MEANTIME")


def test_their_intervals_are_right(score):
    assert score.value_accuracy >= 0.85, timex_eval.report(score, "MEANTIME")


def test_timeml_values_convert_to_intervals():
    import datetime as dt
    D = dt.date
    dct = D(2008, 10, 9)
    assert timex_eval.timeml_interval("2008-W41", dct) == (D(2008, 10, 6), D(2008, 10, 12))
    assert timex_eval.timeml_interval("2008-Q3", dct) == (D(2008, 7, 1), D(2008, 9, 30))
    assert timex_eval.timeml_interval("200", dct) == (D(2000, 1, 1), D(2009, 12, 31))
    assert timex_eval.timeml_interval("PRESENT_REF", dct) == (dct, dct)
    assert timex_eval.timeml_interval("2008-10-15T14:00", dct) == (D(2008, 10, 15),) * 2
    assert timex_eval.timeml_interval("PAST_REF", dct) is None


def test_detokenizer_glues_punctuation():
    tokens = [(str(i), w, 0) for i, w in enumerate(
        ["He", "said", "``", "it", "'s", "over", "''", "(", "again", ")", ",", "US$", "6", "."])]
    text, spans = timex_eval.detokenize(tokens)
    assert text == 'He said "it\'s over" (again), US$6.'
    assert text[slice(*spans["5"])] == "over"
