"""Arranging a person's events for drawing: merged tellings, lanes, relationship periods."""
from __future__ import annotations

import datetime as dt
import itertools

from gossip_timeline.core.model import Span, TimelineEvent, When
from gossip_timeline.core.timeline import build_story, merge_tellings, relationship_period

_ids = itertools.count(1)


def event(kind, people, start=None, end=None, claim="stated", article=1, attribution=None):
    when = None
    if start:
        when = When(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start), "day")
    return TimelineEvent(id=next(_ids), type=kind, when=when, summary=kind, people=tuple(people),
                         attribution=attribution, article_id=article, article_title=f"a{article}",
                         evidence=Span(0, 1), evidence_text="x", claim=claim)


ANA, BO, CY, DEE = "Ana Reyes", "Bo Lund", "Cy Park", "Dee Reyes"


def test_the_same_event_in_two_articles_is_one_marker_with_a_count():
    told = [event("married", [ANA, BO], "2019-06-01", "2019-06-30", article=1),
            event("married", [BO, ANA], "2019-06-15", article=2),
            event("married", [ANA, BO], article=3)]
    [marker] = merge_tellings(told)
    assert marker.count == 3
    assert marker.when.start == marker.when.end == dt.date(2019, 6, 15)  # the narrower reading
    assert not marker.disputed


def test_articles_that_disagree_about_a_date_give_two_disputed_markers():
    told = [event("engaged", [ANA, BO], "2018-01-01", "2018-12-31", article=1),
            event("engaged", [ANA, BO], "2020-05-02", article=2)]
    markers = merge_tellings(told)
    assert len(markers) == 2
    assert all(m.disputed for m in markers)
    assert {m.when.start.year for m in markers} == {2018, 2020}


def test_one_plain_statement_makes_a_marker_stated():
    told = [event("dating", [ANA, CY], "2021-03-01", claim="denied", attribution="her rep"),
            event("dating", [ANA, CY], "2021-03-01", claim="hedged")]
    [marker] = merge_tellings(told)
    assert marker.claim == "hedged"
    assert marker.attributions == ["her rep"]
    marker.events.append(event("dating", [ANA, CY], "2021-03-01"))
    assert marker.claim == "stated"


def test_each_partner_gets_a_lane_in_the_order_the_relationships_began():
    events = [event("sighting", [ANA], "2022-02-02"),
              event("dating", [ANA, CY], "2021-01-01", "2021-12-31"),
              event("dating", [ANA, BO], "2015-01-01", "2015-12-31"),
              event("married", [ANA, BO], "2016-07-09"),
              event("divorced", [ANA, BO], "2019-03-01", "2019-03-31"),
              event("birth", [DEE, ANA, BO], "2017-05-05"),
              event("met", [ANA, CY])]
    story = build_story(ANA, events)
    assert [lane.title for lane in story.lanes] == [ANA, BO, CY]
    assert [m.type for m in story.lanes[0].markers] == ["sighting"]
    assert [m.type for m in story.lanes[1].markers] == ["dating", "married", "birth", "divorced"]
    assert [m.type for m in story.undated] == ["met"]
    assert [m.when.start for m in story.markers] == sorted(m.when.start for m in story.markers)


def test_a_relationship_is_a_period_closed_by_its_ending_or_open_while_ongoing():
    past = [m for m in merge_tellings([
        event("dating", [ANA, BO], "2015-01-01", "2015-12-31"),
        event("married", [ANA, BO], "2016-07-09"),
        event("divorced", [ANA, BO], "2019-03-01", "2019-03-31")])]
    period = relationship_period(BO, past)
    assert (period.start, period.end) == (dt.date(2015, 1, 1), dt.date(2019, 3, 31))
    assert [kind for kind, _ in period.stages] == ["dating", "married", "divorced"]

    ongoing = merge_tellings([event("dating", [ANA, CY], "2021-01-01", "2021-12-31"),
                              event("engaged", [ANA, CY], "2022-08-20")])
    assert relationship_period(CY, ongoing).end is None


def test_a_denied_romance_draws_no_period():
    denied = merge_tellings([event("dating", [ANA, CY], "2021-03-01", claim="denied")])
    assert relationship_period(CY, denied) is None
