"""The event table: a real widget over hand-made TimelineEvent records, driven with pytest-qt."""
from __future__ import annotations

import datetime as dt
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from gossip_timeline.core.model import EVENT_TYPES, Span, TimelineEvent, When
from gossip_timeline.gui.event_table import (DATE, SOURCE, SUMMARY, TYPE, EventFilterProxy,
                                             EventTable, EventTableModel, compact_when)

D = dt.date


def ev(id_: int, when: When | None, type_: str = "dating", summary: str = "", people=("Ann Lee",),
       attribution: str | None = None, title: str = "Daily Gossip", claim: str = "stated") -> TimelineEvent:
    return TimelineEvent(id=id_, type=type_, when=when, summary=summary or f"event {id_}",
                         people=tuple(people), attribution=attribution, article_id=id_ * 10,
                         article_title=title, evidence=Span(0, 5), evidence_text="Words",
                         claim=claim)


def day(y, m, d) -> When:
    return When(D(y, m, d), D(y, m, d), "day")


def month(y, m) -> When:
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return When(D(y, m, 1), last, "month")


def year(y) -> When:
    return When(D(y, 1, 1), D(y, 12, 31), "year")


EVENTS = [
    ev(1, day(2019, 6, 14), "engaged", "Ann and Bo engaged", ("Ann Lee", "Bo Diaz"), title="People Weekly"),
    ev(2, None, "sighting", "Ann seen in Paris", title="Daily Gossip"),
    ev(3, year(2019), "dating", "Ann dates Bo", ("Ann Lee", "Bo Diaz"),
       attribution="a source close to the couple", claim="hedged", title="Daily Gossip"),
    ev(4, month(2019, 6), "married", "Ann marries Bo", ("Ann Lee", "Bo Diaz"), title="People Weekly"),
    ev(5, When(D(2019, 3, 1), D(2019, 5, 31), "season"), "breakup", "Ann and Cy split",
       ("Ann Lee", "Cy Moe"), attribution="her publicist", claim="denied", title="The Daily Gossip Extra"),
    ev(6, day(2015, 1, 2), "legal", "Ann sued over a lease", title="Court News"),
    ev(7, None, "other", "Ann launches a perfume", title="Court News"),
]


@pytest.fixture
def table(qtbot):
    widget = EventTable()
    qtbot.addWidget(widget)
    widget.resize(1100, 400)
    widget.set_events(EVENTS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_rect(table: EventTable, event_id: int, column: int = SUMMARY):
    row = table.visible_event_ids().index(event_id)
    index = table.proxy.index(row, column)
    table.view.scrollTo(index)
    return table.view.visualRect(index)


# -- the model ------------------------------------------------------------------

@pytest.mark.parametrize("when, shown", [
    (day(2019, 6, 14), "14 Jun 2019"),
    (month(2019, 6), "Jun 2019"),
    (month(2020, 2), "Feb 2020"),
    (year(2019), "2019"),
    (When(D(2019, 3, 1), D(2019, 5, 31), "season"), "2019-03-01 – 2019-05-31"),
    (When(D(2019, 6, 1), D(2019, 6, 20), "approximate"), "2019-06-01 – 2019-06-20"),
    (None, "undated"),
])
def test_dates_are_shown_compactly(when, shown):
    assert compact_when(ev(1, when)) == shown


def test_model_columns_show_the_record(qtbot):
    model = EventTableModel()
    model.set_events(EVENTS)
    texts = [model.index(2, c).data() for c in range(model.columnCount())]
    assert texts == ["2019", "dating", "Ann Lee, Bo Diaz", "Ann dates Bo", "rumour",
                     "a source close to the couple", "Daily Gossip"]
    assert model.index(4, 4).data() == "denied"
    assert model.index(0, TYPE).data(Qt.ItemDataRole.DecorationRole) is not None, "a coloured dot"
    assert "Ann and Bo engaged" in model.index(0, SOURCE).data(Qt.ItemDataRole.ToolTipRole)


# -- sorting ----------------------------------------------------------------------

def test_sorted_by_the_real_interval_with_undated_last(table):
    # Ascending by (start, end): 2015-01-02, 2019 (starts 1 Jan), Mar–May 2019,
    # June 2019 (1–30 Jun) before 14 June 2019; then the undated ones.
    assert table.visible_event_ids() == [6, 3, 5, 4, 1, 2, 7]
    table.view.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    assert table.visible_event_ids() == [1, 4, 5, 3, 6, 7, 2], "undated stay last descending too"


def test_clicking_the_header_sorts_other_columns(qtbot, table):
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(SUMMARY) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    summaries = [e.summary for e in sorted(EVENTS, key=lambda e: e.summary.casefold())]
    shown = [next(e.summary for e in EVENTS if e.id == i) for i in table.visible_event_ids()]
    assert shown in (summaries, summaries[::-1])


# -- filtering --------------------------------------------------------------------

def test_type_filter(table):
    button = table.type_filter
    for kind in EVENT_TYPES:
        if kind not in {"dating", "married"}:
            button.actions_by_type[kind].setChecked(False)
    assert sorted(table.visible_event_ids()) == [3, 4]
    assert button.text() == "dating, married"
    button.set_checked(None)
    assert len(table.visible_event_ids()) == len(EVENTS)


def test_date_range_keeps_overlapping_intervals(table):
    table.date_from.setDate(QDate(2019, 5, 1))
    table.date_to.setDate(QDate(2019, 6, 10))
    assert len(table.visible_event_ids()) == len(EVENTS), "nothing filters until enabled"
    table.date_enabled.setChecked(True)
    table.date_from.setDate(QDate(2019, 5, 1))
    table.date_to.setDate(QDate(2019, 6, 10))
    # the year 2019, Mar–May and June overlap; 14 June and 2015 do not; undated hidden
    assert table.visible_event_ids() == [3, 5, 4]
    table.include_undated.setChecked(True)
    assert table.visible_event_ids() == [3, 5, 4, 2, 7]
    table.date_enabled.setChecked(False)
    assert len(table.visible_event_ids()) == len(EVENTS)


def test_enabling_the_range_starts_from_the_events_span(table):
    table.date_enabled.setChecked(True)
    assert table.date_from.date() == QDate(2015, 1, 2)
    assert table.date_to.date() == QDate(2019, 12, 31)
    assert table.visible_event_ids() == [6, 3, 5, 4, 1], "every dated event, no undated"


def test_source_filter_exact_choice_and_substring(qtbot, table):
    combo = table.source_filter
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert titles == ["All sources", "Court News", "Daily Gossip", "People Weekly",
                      "The Daily Gossip Extra"]
    combo.setCurrentIndex(titles.index("Daily Gossip"))
    assert sorted(table.visible_event_ids()) == [2, 3], "an exact choice"
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), "gossip")
    assert sorted(table.visible_event_ids()) == [2, 3, 5], "typed text is a substring"
    combo.setCurrentIndex(0)
    assert len(table.visible_event_ids()) == len(EVENTS)


def test_attribution_filter_and_stated_only(qtbot, table):
    qtbot.keyClicks(table.attribution_filter, "PUBLICIST")
    assert table.visible_event_ids() == [5]
    table.attribution_filter.clear()
    table.stated_only.setChecked(True)
    assert sorted(table.visible_event_ids()) == [1, 2, 4, 6, 7]


def test_text_filter_on_summary_and_people(qtbot, table):
    qtbot.keyClicks(table.text_filter, "cy")
    assert table.visible_event_ids() == [5], "a person's name"
    table.text_filter.clear()
    qtbot.keyClicks(table.text_filter, "ann paris")
    assert table.visible_event_ids() == [2], "every word must be found"
    assert table.count_label.text() == "1 of 7 events"


def test_filters_combine_and_clear(table):
    table.proxy.set_types({"dating", "married", "engaged"})
    table.proxy.set_source("People Weekly", exact=True)
    assert sorted(table.visible_event_ids()) == [1, 4]
    table.clear_filters()
    table.proxy.clear_filters()
    assert len(table.visible_event_ids()) == len(EVENTS)


def test_proxy_filters_alone():
    model = EventTableModel()
    model.set_events(EVENTS)
    proxy = EventFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_date_range(D(2019, 6, 14), None)  # open-ended: from mid-June on
    assert sorted(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())) == [1, 3, 4]
    proxy.set_date_range(None, D(2015, 12, 31), include_undated=True)
    assert sorted(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())) == [2, 6, 7]


# -- selection and activation -----------------------------------------------------------

def test_clicking_a_row_emits_event_selected(qtbot, table):
    with qtbot.waitSignal(table.eventSelected) as blocker:
        qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect(table, 5).center())
    assert blocker.args == [5]
    assert table.selected_event_id() == 5


def test_keyboard_moves_emit_event_selected(qtbot, table):
    table.select_event(6)
    table.view.setFocus()
    with qtbot.waitSignal(table.eventSelected) as blocker:
        qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert blocker.args == [3]


def test_select_event_selects_and_scrolls_without_a_signal(qtbot):
    table = EventTable()
    qtbot.addWidget(table)
    table.resize(900, 250)
    events = [ev(i, day(2000 + i // 365, 1, 1) if i % 7 else None) for i in range(1, 400)]
    table.set_events(events)
    table.show()
    qtbot.waitExposed(table)
    with qtbot.assertNotEmitted(table.eventSelected):
        assert table.select_event(7)  # undated: at the very bottom
    assert table.selected_event_id() == 7
    index = table.view.selectionModel().currentIndex()
    assert table.view.viewport().rect().intersects(table.view.visualRect(index)), "scrolled into view"
    assert table.view.verticalScrollBar().value() > 0
    assert not table.select_event(9999)
    assert table.selected_event_id() is None


def test_a_two_way_wiring_does_not_loop(qtbot, table):
    """The window will forward the table's selection to the timeline and back."""
    calls = []

    def timeline_selects(event_id):
        calls.append(event_id)
        table.select_event(event_id)  # what the timeline echo would do

    table.eventSelected.connect(timeline_selects)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect(table, 4).center())
    assert calls == [4]


def test_filtering_away_the_selected_row_emits_nothing(qtbot, table):
    table.select_event(5)
    with qtbot.assertNotEmitted(table.eventSelected):
        qtbot.keyClicks(table.text_filter, "ann")  # hides nothing
        table.text_filter.clear()
        table.proxy.set_types({"dating"})  # hides the selected breakup
        table.proxy.set_types(None)


def test_double_click_and_enter_emit_event_activated(qtbot, table):
    where = row_rect(table, 1).center()
    with qtbot.waitSignal(table.eventActivated) as blocker:
        # what a real double-click delivers: a click, then the double-click event
        qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert blocker.args == [1]
    table.select_event(2)
    table.view.setFocus()
    with qtbot.waitSignal(table.eventActivated) as blocker:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert blocker.args == [2]


def test_selection_survives_a_new_sort(table):
    table.select_event(5)
    table.view.sortByColumn(SUMMARY, Qt.SortOrder.AscendingOrder)
    assert table.selected_event_id() == 5


# -- size -------------------------------------------------------------------------------

def test_two_thousand_events_load_sort_and_filter_quickly(qtbot):
    table = EventTable()
    qtbot.addWidget(table)
    table.resize(1100, 500)
    table.show()
    kinds = EVENT_TYPES
    events = [ev(i, day(1990 + i % 30, i % 12 + 1, i % 28 + 1) if i % 10 else None, kinds[i % len(kinds)],
                 f"summary number {i}", (f"Person {i % 50}", f"Other {i % 13}"), title=f"Article {i % 120}")
              for i in range(2000)]
    started = time.perf_counter()
    table.set_events(events)
    table.view.sortByColumn(SUMMARY, Qt.SortOrder.AscendingOrder)
    table.view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    qtbot.keyClicks(table.text_filter, "person 7")
    table.text_filter.clear()
    table.view.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert len(table.visible_event_ids()) == 2000
    ids = table.visible_event_ids()
    assert all(i % 10 == 0 for i in ids[-200:]), "the 200 undated are last"
    assert elapsed < 3.0, f"took {elapsed:.2f}s"
