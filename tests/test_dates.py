"""Date resolution rules: plain strings and tokenizer-only docs, no model needed."""
import datetime as dt

import pytest

from gossip_timeline.core import dates, nlp
from gossip_timeline.core.markdown_text import readable
from gossip_timeline.core.model import When

D = dt.date
MONDAY = D(2020, 2, 17)  # a Monday in February


@pytest.mark.parametrize("expression, start, end, precision", [
    ("March 3, 2021", D(2021, 3, 3), D(2021, 3, 3), "day"),
    ("Aug. 19", D(2019, 8, 19), D(2019, 8, 19), "day"),
    ("on Saturday", D(2020, 2, 15), D(2020, 2, 15), "day"),
    ("last Tuesday", D(2020, 2, 11), D(2020, 2, 11), "day"),
    ("Monday", MONDAY, MONDAY, "day"),  # news names the publication day by its weekday
    ("last Monday", D(2020, 2, 10), D(2020, 2, 10), "day"),
    ("this Saturday", D(2020, 2, 22), D(2020, 2, 22), "day"),  # that week's, still to come
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
    ("late last year", D(2019, 9, 1), D(2019, 12, 31), "season"),
    ("early this year", D(2020, 1, 1), D(2020, 4, 30), "season"),
    ("mid-next year", D(2021, 5, 1), D(2021, 8, 31), "season"),
    ("late last month", D(2020, 1, 21), D(2020, 1, 31), "month"),
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


def test_days_or_weeks_before_a_date_are_a_few_of_them():
    found = dict(_found("They filed for divorce days before Thanksgiving. She moved out weeks later."))
    before = found["days before"]
    assert (before.start, before.end) == (D(2019, 11, 18), D(2019, 11, 27))  # not a gerund: Thanksgiving
    later = found["weeks later"]
    assert (later.start, later.end) == (D(2019, 12, 5), D(2020, 1, 23))  # one to eight weeks after Thanksgiving


def test_a_few_weeks_before_is_two_to_five_of_them():
    found = dict(_found("They broke up a few weeks before Christmas."))
    when = found["a few weeks before"]
    assert (when.start, when.end, when.precision) == (D(2019, 11, 20), D(2019, 12, 11), "approximate")


def test_months_after_an_event_that_is_no_date_stay_unresolved():
    found = dict(_found("In 2019 they married. The split came only months after the death of her father."))
    assert found["only months after"] is None


def test_that_month_after_since_a_year_falls_in_that_year():
    found = dict(_found("The couple, who have been together since 2017, first met that August in Edinburgh."))
    assert (found["that August"].start, found["that August"].end) == (D(2017, 8, 1), D(2017, 8, 31))


def test_the_eve_of_an_event_is_the_day_before_the_day_it_was_told_with():
    found = _found("They married on Saturday at the castle. The festivities began on the eve of the wedding. "
                   "On the eve of the premiere, she cried. The night before the wedding they partied.", D(2019, 9, 30))
    assert [(text, w and (w.start, w.end)) for text, w in found] == [
        ("Saturday", (D(2019, 9, 28), D(2019, 9, 28))), ("the eve of", (D(2019, 9, 27), D(2019, 9, 27))),
        ("the eve of", None), ("The night before", (D(2019, 9, 27), D(2019, 9, 27)))]


def test_hours_earlier_is_the_day_last_named():
    found = _found("By Saturday afternoon they were kissing. Hours earlier, she had been seen queuing for coffee. "
                   "The trial began hours before the verdict.", D(2023, 7, 3))
    assert [(t, w and (w.start, w.end)) for t, w in found] == [
        ("Saturday afternoon", (D(2023, 7, 1), D(2023, 7, 1))), ("Hours earlier", (D(2023, 7, 1), D(2023, 7, 1)))]


def test_a_count_of_whole_days_in_hours_moves_the_day():
    found = _found("On Saturday night they dined alone. Twenty-four hours later, photographers caught them. "
                   "48 hours later they left Venice.", D(2022, 9, 6))
    assert [(t, w and w.start) for t, w in found] == [
        ("Saturday night", D(2022, 9, 3)), ("Twenty-four hours later", D(2022, 9, 4)), ("48 hours later", D(2022, 9, 6))]


def test_a_month_abbreviation_is_not_read_inside_an_accented_name():
    found = _found("He married Brazilian actress Marília Fontes in 1994. They met in Mar. 2019.", D(2024, 3, 10))
    assert [t for t, _ in found] == ["1994", "Mar. 2019"]


def test_the_previous_season_after_since_counts_from_that_start():
    found = dict(_found("She has been dating the restaurateur Olumide Bakare since early 2019; the two met at a "
                        "dinner party in Paris the previous autumn.", D(2022, 10, 14)))
    assert (found["the previous autumn"].start, found["the previous autumn"].end) == (D(2018, 9, 1), D(2018, 11, 30))


def test_a_chain_to_an_event_counts_from_the_date_that_event_was_told_with():
    found = dict(_found("He met Philippa the winter before their wedding, and they married in 1979. The star wed "
                        "chef Dev Raman on Saturday evening. The day before the ceremony, they went paddleboarding. "
                        "They called off their wedding in 2017, just weeks before the ceremony."))
    assert (found["the winter before"].start, found["the winter before"].end) == (D(1977, 12, 1), D(1978, 2, 28))
    assert found["The day before"].start == D(2020, 2, 14)  # the Friday before that Saturday
    assert found["just weeks before"].start.year == 2016 and found["just weeks before"].end.year == 2017


def test_of_the_day_after_a_noun_is_an_era_not_a_day():
    found = dict(_found("They wed on Valentine's Day 1962. In January 1966 she filed for divorce, citing "
                        "extreme cruelty, the standard phrase of the day. The divorce became final fourteen months later."))
    assert (found["fourteen months later"].start, found["fourteen months later"].end) == (D(1967, 3, 1), D(1967, 3, 31))


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


# ---------------------------------------------------------------- every category of the requirement

THURSDAY = D(2009, 5, 14)  # a Thursday in May


@pytest.mark.parametrize("expression, anchor, start, end, precision", [
    # exact days
    ("Oct. 15", D(2008, 10, 20), D(2008, 10, 15), D(2008, 10, 15), "day"),
    ("11 December", D(2009, 12, 15), D(2009, 12, 11), D(2009, 12, 11), "day"),
    ("the 3rd of March 2019", MONDAY, D(2019, 3, 3), D(2019, 3, 3), "day"),
    ("7/8/07", MONDAY, D(2007, 7, 8), D(2007, 7, 8), "day"),
    ("Thursday", THURSDAY, THURSDAY, THURSDAY, "day"),
    ("yesterday", MONDAY, D(2020, 2, 16), D(2020, 2, 16), "day"),
    ("tomorrow", MONDAY, D(2020, 2, 18), D(2020, 2, 18), "day"),
    ("16:15 UTC", MONDAY, MONDAY, MONDAY, "day"),
    ("10:30 p.m. Sunday", MONDAY, D(2020, 2, 16), D(2020, 2, 16), "day"),
    # bare months, parts of months and years
    ("early June", THURSDAY, D(2008, 6, 1), D(2008, 6, 10), "month"),
    ("late March", MONDAY, D(2019, 3, 21), D(2019, 3, 31), "month"),
    ("October of next year", THURSDAY, D(2010, 10, 1), D(2010, 10, 31), "month"),
    ("mid-2011", MONDAY, D(2011, 5, 1), D(2011, 8, 31), "season"),
    ("late 2019", MONDAY, D(2019, 9, 1), D(2019, 12, 31), "season"),
    # seasons and quarters
    ("this past summer", MONDAY, D(2019, 6, 1), D(2019, 8, 31), "season"),
    ("next spring", MONDAY, D(2020, 3, 1), D(2020, 5, 31), "season"),
    ("the winter of 2018", MONDAY, D(2017, 12, 1), D(2018, 2, 28), "season"),
    ("the third quarter of 2009", MONDAY, D(2009, 7, 1), D(2009, 9, 30), "season"),
    ("the first quarter of last year", MONDAY, D(2019, 1, 1), D(2019, 3, 31), "season"),
    ("the fourth quarter", MONDAY, D(2019, 10, 1), D(2019, 12, 31), "season"),
    ("Q3 2021", MONDAY, D(2021, 7, 1), D(2021, 9, 30), "season"),
    ("fiscal 2009", MONDAY, D(2009, 1, 1), D(2009, 12, 31), "year"),
    # holidays
    ("Memorial Day weekend", D(2020, 6, 10), D(2020, 5, 23), D(2020, 5, 25), "approximate"),  # Sat-Mon
    ("last Christmas", MONDAY, D(2019, 12, 25), D(2019, 12, 25), "day"),
    ("Halloween 2018", MONDAY, D(2018, 10, 31), D(2018, 10, 31), "day"),
    # deictic weeks, months, years
    ("last week", MONDAY, D(2020, 2, 10), D(2020, 2, 16), "approximate"),
    ("this week", MONDAY, D(2020, 2, 17), D(2020, 2, 23), "approximate"),
    ("this weekend", MONDAY, D(2020, 2, 15), D(2020, 2, 16), "approximate"),
    ("later this year", MONDAY, MONDAY, D(2020, 12, 31), "year"),
    ("next month", MONDAY, D(2020, 3, 1), D(2020, 3, 31), "month"),
    ("the past year", MONDAY, D(2019, 2, 17), MONDAY, "approximate"),
    ("the past nine days", MONDAY, D(2020, 2, 8), MONDAY, "approximate"),
    ("the end of the month", MONDAY, D(2020, 2, 21), D(2020, 2, 29), "month"),
    ("the end of last year", MONDAY, D(2019, 10, 1), D(2019, 12, 31), "season"),
    ("the beginning of 2016", MONDAY, D(2016, 1, 1), D(2016, 3, 31), "season"),
    # present and recent past
    ("currently", MONDAY, MONDAY, MONDAY, "day"),
    ("now", MONDAY, MONDAY, MONDAY, "day"),
    ("recently", MONDAY, D(2019, 11, 17), MONDAY, "approximate"),
    ("in recent years", MONDAY, D(2015, 2, 17), MONDAY, "approximate"),
    # ago
    ("two days ago", MONDAY, D(2020, 2, 15), D(2020, 2, 15), "day"),
    ("a year ago", MONDAY, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("20 years ago", MONDAY, D(1998, 1, 1), D(2002, 12, 31), "approximate"),
    ("ten years ago this week", MONDAY, D(2010, 2, 15), D(2010, 2, 21), "approximate"),
    ("a year ago today", MONDAY, D(2019, 2, 17), D(2019, 2, 17), "day"),
    ("five years ago this month", MONDAY, D(2015, 2, 1), D(2015, 2, 28), "month"),
    # decades and spans
    ("the 1990s", MONDAY, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("the late '80s", MONDAY, D(1986, 1, 1), D(1989, 12, 31), "decade"),
    ("this decade", MONDAY, D(2020, 1, 1), D(2029, 12, 31), "decade"),
    ("since last summer", MONDAY, D(2019, 6, 1), MONDAY, "season"),
])
def test_every_category(expression, anchor, start, end, precision):
    when = dates.resolve(expression, anchor)
    assert when is not None, expression
    assert (when.start, when.end, when.precision) == (start, end, precision)
    assert when.precision in ("day", "month", "season", "year", "decade", "approximate")


@pytest.mark.parametrize("expression, base_interval, start, end", [
    ("two months later", (D(2019, 3, 1), D(2019, 3, 31), "month"), D(2019, 5, 1), D(2019, 5, 31)),
    ("the following year", (D(2019, 3, 1), D(2019, 3, 31), "month"), D(2020, 1, 1), D(2020, 12, 31)),
    ("the year before", (D(2019, 1, 1), D(2019, 12, 31), "year"), D(2018, 1, 1), D(2018, 12, 31)),
    ("the same period last year", (D(2010, 2, 1), D(2010, 2, 28), "month"), D(2009, 2, 1), D(2009, 2, 28)),
    ("the previous summer", (D(2019, 10, 5), D(2019, 10, 5), "day"), D(2019, 6, 1), D(2019, 8, 31)),
    ("the previous Christmas", (D(2022, 5, 1), D(2022, 5, 31), "month"), D(2021, 12, 25), D(2021, 12, 25)),
    ("the following morning", (D(2021, 9, 23), D(2021, 9, 23), "day"), D(2021, 9, 24), D(2021, 9, 24)),
    ("the following Christmas", (D(2019, 5, 1), D(2019, 5, 31), "month"), D(2019, 12, 25), D(2019, 12, 25)),
])
def test_chained_categories(expression, base_interval, start, end):
    when = dates.resolve(expression, MONDAY, base=When(*base_interval))
    assert (when.start, when.end) == (start, end)


def test_for_five_years_is_a_span_without_a_point():
    found = dict(_found("They have been together for five years."))
    assert "for five years" in found and found["for five years"] is None


def test_two_digit_year_after_a_preposition():
    found = dict(_found("The worst drop since '82 hit stocks."))
    assert (found["since '82"].start, found["since '82"].end) == (D(1982, 1, 1), MONDAY)


def test_vague_future_is_found_but_unresolved():
    found = dict(_found("They hope to marry in the near future."))
    assert found == {"the near future": None}


def test_two_years_prior_to_a_later_named_date():
    found = dict(_found("They split in 2019, two years prior to the 2022 filing."))
    assert found["two years prior"].start == D(2020, 1, 1)


def test_clock_time_takes_the_day_named_next_to_it():
    found = dict(_found("At 16:15 UTC, June 1st, the CEO spoke.", D(2009, 6, 4)))
    assert found["16:15 UTC"].start == D(2009, 6, 1)


def test_the_day_is_the_last_day_named():
    found = dict(_found("Stocks rose on Friday. Oil fell 3% on the day.", D(2009, 4, 4)))
    assert found["the day"].start == D(2009, 4, 3)


@pytest.mark.parametrize("text", [
    "Tom Cruise, 61, paid $48 for the 36 roses.",
    "She is in her 30s and he is in his late 40s.",
    "Ariel Winter and Summer Walker arrived together.",
    "Her now-husband gave her 2,020 roses and a soon-to-be-released song.",
    "They spring into action at 9 and won 3 to 1.",
    "Reports say 2019 percent of fans and 75 hours of footage.",
])
def test_ages_money_counts_and_names_are_not_dates(text):
    assert _found(text) == []


def test_married_now_is_a_state_not_a_date():
    assert _found("Kim, who is now married to Kanye, arrived.") == []


@pytest.mark.model
def test_tense_of_the_verb_picks_the_side_of_the_publication_day():
    doc = nlp.english()("The deal should be completed in October. Sales fell in October.")
    found = [(doc.text[s.start:s.end], w) for s, w in dates.find_dates(doc, D(2009, 6, 5))]
    assert [w.start for _, w in found] == [D(2009, 10, 1), D(2008, 10, 1)]


@pytest.mark.model
def test_a_future_word_in_a_later_that_clause_does_not_move_a_told_date_ahead():
    doc = nlp.english()("The bowler has revealed that he proposed to his girlfriend, Sienna Marchetti, on New "
                        "Year's Eve, and that the couple are expecting their first child.")
    (span, when), = dates.find_dates(doc, D(2019, 1, 8))
    assert when.start == D(2018, 12, 31)


@pytest.mark.model
def test_a_date_next_to_a_deadline_without_tense_is_the_nearest_one():
    doc = nlp.english()("The automaker has a June 1 deadline to finish a plan.")
    (span, when), = dates.find_dates(doc, D(2009, 5, 28))
    assert when.start == D(2009, 6, 1)


@pytest.mark.model
def test_spacy_only_entities_do_not_bring_ages_or_clock_durations():
    doc = nlp.english()("The battery lasts 75 hours, he died at the age of 56, and the annual meeting is held.")
    assert dates.find_dates(doc, MONDAY) == []


# ---------------------------------------------------------------- holiday weekends, names, chains

@pytest.mark.parametrize("expression, anchor, start, end", [
    ("over Memorial Day weekend", D(2019, 5, 29), D(2019, 5, 25), D(2019, 5, 27)),  # Sat-Mon
    ("Labor Day weekend", D(2019, 9, 10), D(2019, 8, 31), D(2019, 9, 2)),
    ("Thanksgiving weekend", D(2019, 12, 5), D(2019, 11, 28), D(2019, 12, 1)),  # Thu-Sun
    ("Easter weekend", D(2019, 5, 1), D(2019, 4, 19), D(2019, 4, 22)),  # Good Friday-Easter Monday
    ("the Fourth of July weekend", D(2019, 7, 10), D(2019, 7, 4), D(2019, 7, 7)),  # a Thursday
    ("the Fourth of July weekend", D(2020, 7, 10), D(2020, 7, 3), D(2020, 7, 5)),  # a Saturday
    ("the Fourth of July last year", D(2014, 9, 8), D(2013, 7, 4), D(2013, 7, 4)),
    ("Christmas Eve", D(2021, 1, 4), D(2020, 12, 24), D(2020, 12, 24)),
    ("over the holidays", D(2017, 2, 6), D(2016, 12, 20), D(2017, 1, 1)),
    ("Easter Monday", D(2019, 5, 1), D(2019, 4, 22), D(2019, 4, 22)),
])
def test_holidays_and_their_weekends(expression, anchor, start, end):
    when = dates.resolve(expression, anchor)
    assert (when.start, when.end) == (start, end)


@pytest.mark.parametrize("text", [
    "The Midnight Run actor, 33, split with her.",
    "She told Cosmo Now at the time that they wanted different things.",
    "She won a lawsuit against the tabloid The Sunday Prowler over a story.",
    "He was the star of Midnight in Marrakesh and other films.",
])
def test_titles_holding_date_words_are_not_dates(text):
    assert _found(text) == []


def test_a_weekday_or_midnight_in_plain_prose_is_still_a_date():
    found = _found("On Sunday Kim posted a photo. They left at midnight. Now they are done.")
    assert [t for t, _ in found] == ["Sunday", "midnight", "Now"]


def test_quoted_future_does_not_turn_a_weekday_ahead():
    # a Monday article; the "will" belongs to the quotation, not to the reporter
    (_, when), = _found('They confirmed the split on Thursday, writing that they "will always love each other."',
                        D(2021, 11, 15))
    assert when.start == D(2021, 11, 11)


@pytest.mark.parametrize("text, start", [
    ("A public memorial is planned for Saturday in Abilene.", D(2017, 10, 14)),
    ("She is reportedly expecting her first child in the fall.", D(2017, 9, 1)),
])
def test_planned_and_expecting_point_ahead(text, start):
    (_, when), = _found(text, D(2017, 10, 10))
    assert when.start == start


def test_that_month_and_that_season_take_the_year_of_the_story():
    found = _found("They met in the summer of 2018 and had been dating since that August. "
                   "She moved in the following year. That winter they skied.", D(2021, 11, 15))
    got = {t: (w.start, w.end) for t, w in found}
    assert got["since that August"] == (D(2018, 8, 1), D(2021, 11, 15))
    assert got["the following year"] == (D(2019, 1, 1), D(2019, 12, 31))
    assert got["That winter"] == (D(2018, 12, 1), D(2020, 2, 29)) or got["That winter"][0].year == 2018


def test_prices_that_fall_are_not_a_season():
    assert _found("Stocks that fall sharply worry traders.") == []


def test_timeline_headings_label_their_entry_and_chains_count_from_the_entry_before():
    text = ("He filed for divorce last month.\n\n2015: They met at a gala.\n\n"
            "2017: Two years later, he proposed.\n\n2018: The couple married the following year.\n\n"
            "2020: They bought a house.\n\n2021: A year later they split.")
    got = {t: (w.start.year, w.end.year) for t, w in _found(text, D(2023, 10, 17)) if w}
    assert got["Two years later"] == (2017, 2017)
    assert got["the following year"] == (2018, 2018)
    assert got["A year later"] == (2021, 2021)


def test_that_month_in_a_timeline_entry_is_the_entry_labels_month():
    text = ("## 2021\n\n- **March 2021:** YUJIN and actor Choi are named co-hosts. They meet for the first time at the "
            "script reading that month.\n- **July 2021:** A blurry photo leaks.")
    got = {t: w for t, w in _found(text, D(2024, 2, 14)) if w}
    assert (got["that month"].start, got["that month"].end) == (D(2021, 3, 1), D(2021, 3, 31))


def test_a_bare_season_in_a_story_told_long_ago_follows_the_storys_date_but_a_bare_month_does_not():
    text = ("They met on the set of an advert in March 2020. They were dating by that summer, and she moved into his "
            "home in the autumn. Brandt and Greaves met at Coachella in 2016 and split in January.")
    got = {t: w for t, w in _found(text, D(2023, 9, 5)) if w}
    assert (got["the autumn"].start, got["the autumn"].end) == (D(2020, 9, 1), D(2020, 11, 30))
    assert got["January"].start == D(2023, 1, 1)


def test_that_winter_after_a_spring_is_the_winter_the_year_ends_in():
    text = "They met in the spring of 2012 on the set and started dating that winter."
    got = {t: w for t, w in _found(text, D(2023, 3, 14)) if w}
    assert (got["that winter"].start, got["that winter"].end) == (D(2012, 12, 1), D(2013, 2, 28))


def test_that_evening_of_a_season_is_within_it_and_a_later_that_september_counts_from_it():
    text = ("Q: When did they meet?\n\nIn the summer of 2021, at the Kingsgate Open. Ferrer was introduced to him at a "
            "reception that evening.\n\nQ: When did they go public?\n\nThat September, at the Lido Film Festival.")
    got = {t: w for t, w in _found(text, D(2024, 2, 20)) if w}
    assert (got["that evening"].start, got["that evening"].end) == (D(2021, 6, 1), D(2021, 8, 31))
    assert got["That September"].start == D(2021, 9, 1)


def test_a_date_in_a_who_aside_is_no_base_for_a_date_counted_back():
    text = ("They met at a dinner in Davos in early 2019. At the time, he was still married to Ingeborg. The exes, who "
            "wed in 2008, had separated the previous autumn. The couple, who met in 2015, married a year later.")
    got = {t: w for t, w in _found(text, D(2024, 2, 14)) if w}
    assert (got["the previous autumn"].start, got["the previous autumn"].end) == (D(2018, 9, 1), D(2018, 11, 30))
    assert got["a year later"].start.year == 2016


def test_an_early_year_heading_labels_its_entry():
    text = "He filed last month.\n\nEarly 2019: A dinner in Davos\n\nThey met. Two months later they were dating."
    got = {t: w for t, w in _found(text, D(2024, 2, 14)) if w}
    assert got["Two months later"].start.year == 2019


def test_a_holiday_right_after_a_year_in_its_sentence_falls_in_that_year_but_not_after_an_aside():
    text = ("The couple met during the show's first season in 2016, were engaged by Christmas and tied the knot the "
            "following October. The surfer and the model, who met in Biarritz in 2015, wed over the Fourth of July "
            "weekend.")
    got = {t: w for t, w in _found(text, D(2021, 9, 8)) if w}
    assert got["Christmas"].start == D(2016, 12, 25)
    assert got["the Fourth of July weekend"].start.year == 2021


def test_spring_training_and_a_summer_collection_are_no_seasons():
    text = "The two met at a nightclub during spring training in March 2017. She showed her summer collection."
    got = [t for t, _ in _found(text, D(2019, 8, 1))]
    assert got == ["March 2017"]


def test_day_shift_counts_from_the_last_day_named_not_a_season():
    text = ("He took her to a Valentine's Day dinner. They met in the spring of 2023. "
            "Her mother was seen with the couple two days later.")
    got = dict((t, w) for t, w in _found(text, D(2024, 2, 19)))
    assert (got["two days later"].start, got["two days later"].end) == (D(2024, 2, 16), D(2024, 2, 16))


def test_the_night_before_counts_from_the_previous_day():
    got = dict(_found("They wed on Saturday. The night before the wedding, they dined out.", D(2022, 6, 27)))
    assert got["The night before"].start == D(2022, 6, 24)


def test_publication_dateline_is_not_a_chain_base():
    got = dict(_found("Published February 6, 2017\n\nLess than a year after their divorce, he sued.", D(2017, 2, 6)))
    assert got["a year after"] is None


def test_the_wire_dateline_is_no_base_but_its_story_s_day_is():
    got = dict(_found("LAS VEGAS, Jan. 9, 2024 (Glitter Wire) — The pair were married early Sunday.\n\n"
                      "They exchanged vows shortly after 2 a.m.", D(2024, 1, 9)))
    assert got["2 a.m."].start == D(2024, 1, 7)  # the Sunday of the sentence before


@pytest.mark.model
def test_sharing_a_meal_is_no_telling_so_its_day_dates_what_follows():
    text = ("Nyholm and Rowntree shared a fondue on Wednesday evening before leaving together shortly after 10pm. "
            "The pair were seen again on the slopes the following morning.")
    doc = nlp.english()(text)
    got = {text[s.start:s.end]: w for s, w in dates.find_dates(doc, D(2024, 2, 19))}
    assert got["10pm"].start == D(2024, 2, 14)
    assert got["the following morning"].start == D(2024, 2, 15)


def test_clock_time_in_a_sentence_with_a_week_takes_the_week():
    got = dict(_found("Earlier this week, they were photographed just after midnight.", D(2021, 5, 21)))
    assert (got["midnight"].start, got["midnight"].end) == (D(2021, 5, 17), D(2021, 5, 21))


@pytest.mark.model
def test_a_misparsed_to_is_no_future():
    # "proposed to actress X, 35, on Saturday": "to" may be parsed as an infinitive marker
    doc = nlp.english()("The host, 41, proposed to actress Lottie Brennan, 35, on Saturday at the top of the tower.")
    (_, when), = [(s, w) for s, w in dates.find_dates(doc, D(2019, 4, 8)) if w]
    assert when.start == D(2019, 4, 6)


@pytest.mark.model
def test_a_clause_after_n_years_after_dates_the_clause_before_the_main_date():
    doc = nlp.english()("The divorce was finalized on Wednesday, more than two years after the couple quietly separated.")
    got = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, D(2015, 11, 30))}
    assert got["two years after"].start == D(2013, 11, 25)


@pytest.mark.model
def test_a_shift_after_an_event_noun_counts_forward_from_it():
    doc = nlp.english()("The couple split for good in 2021, and a year after the breakup they reached a custody "
                        "agreement that gives Whitfield primary physical custody.")
    got = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, D(2025, 2, 11))}
    assert (got["a year after"].start, got["a year after"].end) == (D(2022, 1, 1), D(2022, 12, 31))


@pytest.mark.model
def test_the_next_week_told_in_the_past_follows_the_story_date():
    doc = nlp.english()("They got engaged in 2017. She showed off the ring at the awards the next week.")
    got = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, D(2023, 10, 17))}
    assert got["the next week"].start.year == 2017


def test_a_child_named_for_a_month_is_not_a_date():
    found = _found("They share three children — Colt, 12, Daisy, 9, and May, 4 — and a dog.")
    assert found == []
    assert [t for t, _ in _found("They met in May, 12 days before the wedding.")][:1] == ["May"]


@pytest.mark.model
def test_prior_counts_back_even_when_a_clause_follows():
    doc = nlp.english()("They married in 2004 at a church near Helsinki, having gotten engaged two years prior "
                        "during a trip to Lapland.")
    found = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, MONDAY)}
    assert found["two years prior"].start == D(2002, 1, 1)


def test_soon_inside_a_word_is_no_date_and_a_byline_date_anchors_nothing():
    found = _found('The "Monsoon Heart" singer was spotted. Bedsoon is a bedding brand.')
    assert [t for t, _ in found] == []
    text = "Nair's New Match\n\n_Pulse Daily · Celebrity · May 18, 2021 · 4 min read_\n\nShe was spotted over the weekend."
    weekend = dict(_found(text, D(2021, 5, 18)))["the weekend"]
    assert weekend.start == D(2021, 5, 15)  # the weekend before a Tuesday, not the week of the byline


@pytest.mark.parametrize("base, expected", [
    ((D(2017, 7, 1), D(2017, 7, 31), "month"), (D(2018, 2, 1), D(2018, 2, 28))),
    ((D(2017, 1, 1), D(2017, 1, 31), "month"), (D(2017, 2, 1), D(2017, 2, 28))),
])
def test_the_following_month_is_the_first_one_after_the_base(base, expected):
    when = dates.resolve("the following February", MONDAY, base=When(*base))
    assert (when.start, when.end, when.precision) == (*expected, "month")
    assert dates.resolve("the previous May", MONDAY, base=When(*base)).start.year == base[0].year - (base[0].month <= 5)


def test_the_following_season_is_the_first_one_after_the_base():
    spring = When(D(2017, 3, 1), D(2017, 3, 31), "month")
    assert dates.resolve("the following summer", MONDAY, base=spring).start == D(2017, 6, 1)
    december = When(D(2015, 12, 24), D(2015, 12, 24), "day")
    assert dates.resolve("the following summer", MONDAY, base=december).start == D(2016, 6, 1)


def test_a_telling_date_does_not_anchor_the_story():
    doc = nlp.english()("They met in late March 2017. \"I was hungry,\" Marisol told Lustre in 2018. "
                        "They began dating that summer.")
    got = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, MONDAY)}
    assert got["that summer"].start == D(2017, 6, 1)
    assert got["2018"].start == D(2018, 1, 1)  # still found and resolved


def test_a_markdown_timeline_entry_runs_to_the_next_heading():
    text = ("*Published October 5, 2022*\n\n## 2017: The first split\n\nIn March, they parted ways.\n\n"
            "Both moved on. He was seen with a model in May, and she was in Ibiza that summer.\n\n"
            "## 2021: I do\n\nThey married on 14 August.\n\n## 2022: Baby\n\nOn 3 January, Isla arrived.\n\n"
            "Fans noticed in September that she wore no ring.")
    got = {t: w for t, w in _found(text, D(2022, 10, 5)) if w}
    assert got["May"].start == D(2017, 5, 1)
    assert got["that summer"].start == D(2017, 6, 1)
    assert got["14 August"].start == D(2021, 8, 14)
    assert got["3 January"].start == D(2022, 1, 3)
    assert got["September"].start == D(2022, 9, 1)


def test_confirming_the_news_does_not_anchor_but_announcing_a_split_does():
    doc = nlp.english()("They married on Saturday afternoon. A spokesperson confirmed the news on Monday. "
                        "The festivities began the night before, when the couple were spotted at a pub.")
    got = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, D(2023, 9, 26))}
    assert got["the night before"].start == D(2023, 9, 22)
    doc = nlp.english()("The pair announced their separation in January 2022, and she filed for divorce "
                        "two months later.")
    got = {doc.text[s.start:s.end]: w for s, w in dates.find_dates(doc, D(2023, 5, 12))}
    assert got["two months later"].start == D(2022, 3, 1)


def test_a_length_of_one_summer_is_no_date_to_count_the_following_year_from():
    got = dict(_found("She began an affair in 1967. It lasted one summer. He filed for divorce the following year.",
                      D(2021, 4, 20)))
    assert got["the following year"].start == D(1968, 1, 1)
    assert got.get("one summer") is None


def test_last_summer_just_ended_is_last_year_s_but_a_season_months_past_is_this_year_s():
    assert dates.resolve("last summer", D(2022, 9, 12)).start == D(2021, 6, 1)
    assert dates.resolve("last spring", D(2021, 11, 30)).start == D(2021, 3, 1)
    assert dates.resolve("last fall", D(2023, 1, 15)).start == D(2022, 9, 1)
    assert dates.resolve("this past summer", D(2022, 9, 12)).start == D(2022, 6, 1)


def test_the_christmas_holidays_are_a_stretch_of_days():
    got = dict(_found("Over the Christmas holidays, they skied.", D(2018, 5, 14)))
    when = got["the Christmas holidays"]
    assert (when.start, when.end) == (D(2017, 12, 20), D(2018, 1, 1))


def test_late_april_and_by_spring_under_a_year_heading_fall_in_that_year():
    text = "2019: Back on\n\nBy spring, they were back together.\n\n2022: Wedding bells\n\nThey married in late April."
    got = dict(_found(text, D(2024, 2, 14)))
    assert got["spring"].start == D(2019, 3, 1)
    assert (got["late April"].start, got["late April"].end) == (D(2022, 4, 21), D(2022, 4, 30))


def test_a_night_before_the_wedding_counts_from_a_wedding_told_to_the_day():
    found = dict(_found("The actress wed chef Tomasz Wrobel on Saturday at a castle. She and her first husband "
                        "met in 2007 and married two years later. The night before the wedding, the couple were "
                        "spotted at a pub. Her sister married in 2015; the day before their wedding, she fled."))
    assert found["The night before"].start == D(2020, 2, 14)  # the Friday before that Saturday
    assert found["the day before"].start.year in (2014, 2015)  # the sister's, told in its own sentence


def test_a_clock_time_close_after_a_told_day_belongs_to_that_day_but_a_blog_stamp_does_not():
    text = ("He proposed on New Year's Eve on a yacht. He popped the question as the midnight fireworks "
            "lit up the bridge.\n\n10:40 p.m. — More from the red carpet.")
    found = dict(_found(text, D(2019, 1, 8)))
    assert found["midnight"].start == D(2018, 12, 31)
    assert found["10:40 p.m."] is None or found["10:40 p.m."].start != D(2018, 12, 31)


def test_a_holiday_with_a_part_of_the_day_keeps_its_year():
    got = dict(_found("He proposed on Christmas morning 2020 in front of both families.", D(2024, 3, 5)))
    assert got["Christmas morning 2020"] == When(D(2020, 12, 25), D(2020, 12, 25), "day", "Christmas morning 2020")


def test_a_heading_that_ends_in_its_date_labels_its_chapter():
    text = ("Date: 2021-11-09\n\n## Chapter three: the wobble (2018)\n\nIn February, she was seen with a co-star.\n\n"
            "## Chapter four: the ring (Christmas 2018)\n\nHe proposed in the lull between Christmas and "
            "New Year's.\n\n## Chapter five: the wedding and the baby (2019–2020)\n\nThey married the following "
            "September.")
    got = {t: w for t, w in _found(readable(text), D(2021, 11, 9)) if w}
    assert got["February"].start == D(2018, 2, 1)
    assert got["Christmas"].start == D(2018, 12, 25)
    assert got["New Year's"].start == D(2019, 1, 1)  # the New Year after that Christmas
    assert got["the following September"].start == D(2019, 9, 1)  # from the story, not the heading's range


@pytest.mark.parametrize("top", ["LAS VEGAS — Friday, October 14, 2022", "Date: 2022-10-14",
                                 "By Marcus Webb — October 14, 2022"])
def test_a_dateline_or_a_stamp_labels_no_chapter(top):
    text = f"Promoter Sued by His Ex\n{top}\n\nThey began dating in the summer of 2015 and split in March."
    got = {t: w for t, w in _found(text, D(2022, 10, 14)) if w}
    assert got["March"].start == D(2022, 3, 1)
    assert dates.heading_scopes(text, dates.find_dates(nlp.blank()(text), D(2022, 10, 14))) == []


def test_a_span_since_a_year_ends_where_until_says():
    got = dict(_found("He had been seeing her, on and off, since 2012, and that dragged on until late 2015. "
                      "They have lived in Rome since 2019.", D(2021, 11, 9)))
    assert (got["since 2012"].start, got["since 2012"].end) == (D(2012, 1, 1), D(2015, 12, 31))
    assert got["since 2019"].end == D(2021, 11, 9)


def test_a_weekday_after_a_or_every_is_no_one_day():
    got = [(t, w) for t, w in _found("He won a libel action against a Sunday paper. They met on a Sunday and "
                                     "dined every Friday. We met on a wet Monday in November. On Sunday they wed.",
                                     D(2018, 1, 24)) if w and w.precision == "day"]
    assert got == [("Sunday", When(D(2018, 1, 21), D(2018, 1, 21), "day", "Sunday"))]  # the last one only
    got = dict(_found("In a Wednesday media event, Apple unveiled a laptop.", D(2010, 10, 23)))
    assert got["Wednesday"].start == D(2010, 10, 20)  # news: that week's Wednesday


def test_weeks_ago_without_a_number_is_one_to_eight_weeks_back():
    got = dict(_found("He popped the question weeks ago.", D(2022, 2, 15)))
    assert (got["weeks ago"].start, got["weeks ago"].end) == (D(2021, 12, 21), D(2022, 2, 8))


def test_and_a_half_counts_the_half():
    got = dict(_found("They met in January 2013. They wed two and a half years later. She left a year and a half "
                      "ago.", D(2023, 1, 12)))
    assert got["two and a half years later"].start == D(2015, 7, 1)
    later = got["a year and a half ago"]
    assert later.start <= D(2021, 7, 12) <= later.end


def test_years_before_moves_each_end_and_29_february_becomes_the_28th():
    feb = When(D(2020, 2, 1), D(2020, 2, 29), "month", "February 2020")
    assert dates.years_before(feb, 1) == When(D(2019, 2, 1), D(2019, 2, 28), "month", "February 2020")
    assert dates.years_before(feb, -4) == When(D(2024, 2, 1), D(2024, 2, 29), "month", "February 2020")
    assert dates.years_before(None, 1) is None and dates.years_before(feb, None) is None


def test_a_yearless_holiday_takes_the_year_given_later_in_its_clause_or_right_after_it():
    text = ("Tillman met Rosalee at a Fourth of July picnic in Tulsa in 1985, and they married on New Year’s Eve "
            "the following year. She first saw him on July 4 in Tulsa, and in 1990 they moved.")
    found = dict(_found(text, D(2024, 8, 21)))
    assert found["Fourth of July"].start == D(1985, 7, 4)
    assert found["New Year’s Eve the following year"].start == D(1986, 12, 31)
    assert found["July 4"].start == D(2024, 7, 4)  # "and in 1990" opens another clause


@pytest.mark.parametrize("expression, published, day", [
    ("on the first Saturday of December", D(2022, 12, 28), D(2022, 12, 3)),
    ("on the last Friday in June 2019", D(2024, 1, 5), D(2019, 6, 28)),
    ("on the second Sunday of May", D(2023, 5, 30), D(2023, 5, 14)),
])
def test_a_numbered_weekday_of_a_month_is_that_day(expression, published, day):
    found = dict(_found(f"They married {expression} in Krakow.", published))
    (text, when), = found.items()
    assert (when.start, when.end, when.precision) == (day, day, "day")
