"""Date resolution rules: plain strings and tokenizer-only docs, no model needed."""
import datetime as dt

import pytest

from gossip_timeline.core import dates, nlp
from gossip_timeline.core.model import When

D = dt.date
MONDAY = D(2020, 2, 17)  # a Monday in February


@pytest.mark.parametrize("expression, start, end, precision", [
    ("March 3, 2021", D(2021, 3, 3), D(2021, 3, 3), "day"),
    ("Aug. 19", D(2019, 8, 19), D(2019, 8, 19), "day"),
    ("on Saturday", D(2020, 2, 15), D(2020, 2, 15), "day"),
    ("last Tuesday", D(2020, 2, 11), D(2020, 2, 11), "day"),
    ("Monday", D(2020, 2, 10), D(2020, 2, 10), "day"),  # strictly before publication
    ("Friday night", D(2020, 2, 14), D(2020, 2, 14), "day"),
    ("December", D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("in 2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("August 2017", D(2017, 8, 1), D(2017, 8, 31), "month"),
    ("last summer", D(2019, 6, 1), D(2019, 8, 31), "season"),
    ("last fall", D(2019, 9, 1), D(2019, 11, 30), "season"),
    ("the spring of 2018", D(2018, 3, 1), D(2018, 5, 31), "season"),
    ("fall 2018", D(2018, 9, 1), D(2018, 11, 30), "season"),
    ("Valentine’s Day", D(2020, 2, 14), D(2020, 2, 14), "day"),
    ("Christmas", D(2019, 12, 25), D(2019, 12, 25), "day"),
    ("Thanksgiving", D(2019, 11, 28), D(2019, 11, 28), "day"),
    ("New Year's Eve", D(2019, 12, 31), D(2019, 12, 31), "day"),
    ("earlier this month", D(2020, 2, 1), D(2020, 2, 17), "month"),
    ("earlier this year", D(2020, 1, 1), D(2020, 2, 17), "year"),
    ("last month", D(2020, 1, 1), D(2020, 1, 31), "month"),
    ("last year", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("this year", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("three weeks ago", D(2020, 1, 24), D(2020, 1, 30), "approximate"),
    ("a decade ago", D(2009, 1, 1), D(2011, 12, 31), "approximate"),
    ("the early 2000s", D(2000, 1, 1), D(2003, 12, 31), "decade"),
    ("the '90s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("mid-December", D(2019, 12, 11), D(2019, 12, 20), "month"),
    ("early 2022", D(2022, 1, 1), D(2022, 4, 30), "season"),
    ("since 2015", D(2015, 1, 1), MONDAY, "year"),
])
def test_resolve_against_publication(expression, start, end, precision):
    when = dates.resolve(expression, MONDAY)
    assert (when.start, when.end, when.precision) == (start, end, precision)


def test_mothers_day_and_thanksgiving_follow_the_calendar():
    assert dates.holiday_date("Mother's Day", 2016) == D(2016, 5, 8)
    assert dates.holiday_date("Thanksgiving", 2018) == D(2018, 11, 22)
    assert dates.holiday_date("Easter", 2024) == D(2024, 3, 31)


def test_last_fall_published_in_fall_is_the_previous_year():
    when = dates.resolve("last fall", D(2020, 10, 5))
    assert when.start == D(2019, 9, 1)


def test_chained_expressions_count_from_their_base():
    base = When(D(2022, 1, 1), D(2022, 12, 31), "year")
    assert dates.resolve("two years prior", MONDAY, base=base).start == D(2020, 1, 1)
    assert dates.resolve("the following year", MONDAY, base=base).end == D(2023, 12, 31)
    assert dates.resolve("two years prior", MONDAY) is None  # nothing to count from


def test_future_context_picks_the_coming_month():
    when = dates.resolve("June", MONDAY, future=True)
    assert (when.start, when.end) == (D(2020, 6, 1), D(2020, 6, 30))


def test_relative_needs_publication_but_absolute_does_not():
    assert dates.resolve("last Tuesday", None) is None
    assert dates.resolve("earlier this month", None) is None
    assert dates.resolve("August 2017", None).start == D(2017, 8, 1)
    assert dates.resolve("the spring of 2016", None).end == D(2016, 5, 31)


def _found(text, published=MONDAY):
    doc = nlp.blank()(text)
    return [(text[s.start:s.end], w) for s, w in dates.find_dates(doc, published)]


def test_ages_and_money_are_not_dates():
    found = _found("Cruise, 61, paid $48 and $2,020 for the 36 roses.")
    assert found == []


def test_chained_expression_uses_the_sentence_anchor_not_publication():
    found = dict(_found("She filed for divorce in 2022 after separating two years prior."))
    assert found["two years prior"].start == D(2020, 1, 1)


def test_chain_anchors_on_the_previous_sentence_date():
    found = dict(_found("In 2019, Keith sued Doris. A judge dismissed the case the following year."))
    assert found["the following year"].start == D(2020, 1, 1)


def test_offset_before_a_gerund_dates_the_gerund():
    found = dict(_found("The couple married in 1981, two weeks after meeting at a party."))
    when = found["two weeks after"]
    assert when.start < D(1981, 1, 1) <= when.end


def test_since_reaches_publication():
    found = dict(_found("They have been dating since last fall."))
    when = found["since last fall"]
    assert (when.start, when.end) == (D(2019, 9, 1), MONDAY)


def test_future_words_flip_bare_months():
    found = dict(_found("They will wed in June."))
    assert found["June"].start == D(2020, 6, 1)


def test_month_names_that_are_first_names_are_not_dates():
    assert _found("He married actress June Whitley.") == []


def test_without_publication_relative_spans_stay_unresolved():
    found = dict(_found("They met last Tuesday and married in August 2017.", None))
    assert found["last Tuesday"] is None
    assert found["August 2017"].start == D(2017, 8, 1)
