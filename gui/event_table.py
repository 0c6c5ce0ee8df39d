"""The events of a timeline as a table: sortable, filterable, and sharing the selection.

`EventTableModel` is a thin adapter over `TimelineEvent` records: the display text
and the sort keys of every cell are worked out once per `set_events`, so sorting and
painting 2,000 rows never formats a date twice. `EventFilterProxy` sorts by those keys
(a date sorts by its real interval, undated events last in either order) and filters
on the plain records. `EventTable` is the filter bar over a `QTableView`.

The table never calls the timeline: `eventSelected` / `eventActivated` go out, and
`select_event` comes in without echoing a signal back, so the window can wire both
ways with no loop.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Iterable

from PySide6.QtCore import (QAbstractTableModel, QDate, QItemSelectionModel, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QScrollArea,
                               QSizePolicy, QTableView, QToolButton, QVBoxLayout, QWidget)

from gossip_timeline.core.model import EVENT_TYPES, TimelineEvent

from .timeline_style import EVENT_COLORS, event_color, event_tooltip

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("Date", "Type", "People", "Summary", "Claim", "Attribution", "Source")
DATE, TYPE, PEOPLE, SUMMARY, CLAIM, ATTRIBUTION, SOURCE = range(len(COLUMNS))

CLAIM_LABELS = {"stated": "stated", "hedged": "rumour", "denied": "denied"}
CLAIM_COLORS = {"hedged": "#8a6d00", "denied": "#b03a2e"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ALL_SOURCES = "All sources"


def compact_when(event: TimelineEvent) -> str:
    """The resolved interval, as short as it can be said: a day, a month, a year or a range."""
    when = event.when
    if when is None:
        return "undated"
    start, end = when.start, when.end
    if start == end:
        return f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    if (start.day == 1 and (start.year, start.month) == (end.year, end.month)
            and end.day == calendar.monthrange(end.year, end.month)[1]):
        return f"{MONTHS[start.month - 1]} {start.year}"
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return str(start.year)
    return f"{start.isoformat()} – {end.isoformat()}"


def date_key(event: TimelineEvent) -> tuple:
    """Sorts by (start, end), undated after every date; the id keeps ties stable."""
    if event.when is None:
        return (1, 0, 0, event.id)
    return (0, event.when.start.toordinal(), event.when.end.toordinal(), event.id)


def _dot(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class EventTableModel(QAbstractTableModel):
    """One row per `TimelineEvent`, one column per field shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.events: list[TimelineEvent] = []
        self._text: list[tuple[str, ...]] = []
        self._keys: list[tuple] = []  # per row: a sort key per column
        self._rows: dict[int, int] = {}  # event id -> row
        self._icons: dict[str, QIcon] = {}
        self._claim_colors = {k: QColor(v) for k, v in CLAIM_COLORS.items()}
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_events(self, events: Iterable[TimelineEvent]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self._text = [self._row_text(e) for e in self.events]
        self._keys = []
        for event, text in zip(self.events, self._text):
            when = date_key(event)
            self._keys.append((when,) + tuple((t.casefold(), when) for t in text[1:]))
        self._rows = {e.id: row for row, e in enumerate(self.events)}
        self.endResetModel()

    @staticmethod
    def _row_text(event: TimelineEvent) -> tuple[str, ...]:
        return (compact_when(event), event.type, ", ".join(event.people), event.summary,
                CLAIM_LABELS.get(event.claim, event.claim), event.attribution or "",
                event.article_title)

    def row_of(self, event_id: int) -> int | None:
        return self._rows.get(event_id)

    def sort_key(self, row: int, column: int) -> tuple:
        return self._keys[row][column]

    # -- Qt ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][column]
        event = self.events[row]
        if role == EVENT_ID_ROLE:
            return event.id
        if role == SORT_ROLE:
            return self._keys[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return event_tooltip(event)
        if column == TYPE:
            if role == Qt.ItemDataRole.DecorationRole:
                icon = self._icons.get(event.type)
                if icon is None:
                    icon = self._icons[event.type] = _dot(EVENT_COLORS.get(event.type, EVENT_COLORS["other"]))
                return icon
            if role == Qt.ItemDataRole.ForegroundRole:
                return event_color(event.type).darker(115)
        if column == CLAIM and event.claim in self._claim_colors:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._claim_colors[event.claim]
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
        if column == DATE and event.when is None and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#888888")
        return None


class EventFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's keys and keeps the events every set filter accepts.

    Filters (each off by default):
    - `set_types(set)`: only those types (None: all);
    - `set_date_range(first, last, include_undated)`: events whose interval overlaps
      [first, last] (either side may be None: open); undated events stay only when no
      range is set or `include_undated` is true;
    - `set_source(text, exact)`: the article title equals `text`, or contains it;
    - `set_attribution(text, stated_only)`: the attribution contains `text`;
      `stated_only` keeps events the article states as fact in its own voice
      (claim "stated", no attribution);
    - `set_text(text)`: every word appears in the summary or the people.

    `filtersChanging` / `filtersChanged` bracket every change, so a view can tell
    Qt moving its current row off a hidden one from the user moving it.
    """

    filtersChanging = Signal()
    filtersChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.types: frozenset[str] | None = None
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.include_undated = False
        self.source = ""
        self.source_exact = False
        self.attribution = ""
        self.stated_only = False
        self.words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    # -- filters ---------------------------------------------------------------

    def set_types(self, types: Iterable[str] | None) -> None:
        self._change(types=None if types is None else frozenset(types))

    def set_date_range(self, first: dt.date | None, last: dt.date | None,
                       include_undated: bool = False) -> None:
        self._change(first=first, last=last, include_undated=include_undated)

    def set_source(self, text: str, exact: bool = False) -> None:
        self._change(source=text.strip() if not exact else text, source_exact=exact)

    def set_attribution(self, text: str, stated_only: bool = False) -> None:
        self._change(attribution=text.strip(), stated_only=stated_only)

    def set_text(self, text: str) -> None:
        self._change(words=tuple(text.casefold().split()))

    def clear_filters(self) -> None:
        self._change(types=None, first=None, last=None, include_undated=False, source="",
                     source_exact=False, attribution="", stated_only=False, words=())

    def _change(self, **values) -> None:
        if all(getattr(self, k) == v for k, v in values.items()):
            return
        self.filtersChanging.emit()
        try:
            if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
                self.beginFilterChange()
                self.__dict__.update(values)
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self.__dict__.update(values)
                self.invalidateFilter()
        finally:
            self.filtersChanged.emit()

    def accepts(self, event: TimelineEvent) -> bool:
        if self.types is not None and event.type not in self.types:
            return False
        if self.first is not None or self.last is not None:
            if event.when is None:
                if not self.include_undated:
                    return False
            elif ((self.first is not None and event.when.end < self.first)
                  or (self.last is not None and event.when.start > self.last)):
                return False
        if self.source:
            title = event.article_title
            if self.source_exact:
                if title != self.source:
                    return False
            elif self.source.casefold() not in title.casefold():
                return False
        if self.stated_only and (event.claim != "stated" or event.attribution):
            return False
        if self.attribution and self.attribution.casefold() not in (event.attribution or "").casefold():
            return False
        if self.words:
            haystack = (event.summary + "\n" + "\n".join(event.people)).casefold()
            if not all(w in haystack for w in self.words):
                return False
        return True

    # -- Qt --------------------------------------------------------------------

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return self.accepts(self.sourceModel().events[source_row])

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        model = self.sourceModel()
        column = left.column()
        a, b = model.sort_key(left.row(), column), model.sort_key(right.row(), column)
        if column == DATE and a[0] != b[0]:
            # Undated last whichever way the column is sorted (Qt flips lessThan for
            # a descending sort, so flip it back for the dated/undated comparison).
            undated_greater = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (a[0] < b[0]) == undated_greater
        return a < b


class TypeFilterButton(QToolButton):
    """A drop-down of checkable event types; emits `changed` with the checked set
    (None when every type is checked)."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip("Show only some event types")
        menu = QMenu(self)
        self.actions_by_type: dict[str, QAction] = {}
        every = menu.addAction("All types")
        every.triggered.connect(lambda: self.set_checked(None))
        menu.addSeparator()
        for kind in EVENT_TYPES:
            action = menu.addAction(_dot(EVENT_COLORS.get(kind, EVENT_COLORS["other"])), kind)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._toggled)
            self.actions_by_type[kind] = action
        self.setMenu(menu)
        self._update_text()

    def checked(self) -> set[str] | None:
        chosen = {k for k, a in self.actions_by_type.items() if a.isChecked()}
        return None if len(chosen) == len(self.actions_by_type) else chosen

    def set_checked(self, types: Iterable[str] | None) -> None:
        wanted = set(self.actions_by_type) if types is None else set(types)
        for kind, action in self.actions_by_type.items():
            action.blockSignals(True)
            action.setChecked(kind in wanted)
            action.blockSignals(False)
        self._toggled()

    def _toggled(self, *_args) -> None:
        self._update_text()
        self.changed.emit(self.checked())

    def _update_text(self) -> None:
        chosen = self.checked()
        if chosen is None:
            self.setText("All types")
        elif not chosen:
            self.setText("No types")
        elif len(chosen) <= 2:
            self.setText(", ".join(k for k in EVENT_TYPES if k in chosen))
        else:
            self.setText(f"{len(chosen)} types")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class EventTable(QWidget):
    """The filter bar and the table. `eventSelected(id)` when the user moves to a row,
    `eventActivated(id)` on double-click or Enter; `select_event(id)` emits neither."""

    eventSelected = Signal(int)
    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = EventTableModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._quiet = 0  # > 0 while the table itself moves the selection
        self._range_set = False  # the date range was filled from the events shown

        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter summary or people…")
        self.text_filter.setClearButtonEnabled(True)
        self.type_filter = TypeFilterButton()
        self.source_filter = QComboBox()
        self.source_filter.setEditable(True)
        self.source_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_filter.lineEdit().setPlaceholderText(ALL_SOURCES)
        self.source_filter.setToolTip("Pick an article, or type part of its title")
        self.source_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_filter.setMinimumContentsLength(14)
        self.attribution_filter = QLineEdit()
        self.attribution_filter.setPlaceholderText("According to…")
        self.attribution_filter.setClearButtonEnabled(True)
        self.stated_only = QCheckBox("Stated as fact only")
        self.stated_only.setToolTip("Only events the article states in its own voice: "
                                    "no rumours, denials or “according to”")
        self.date_enabled = QCheckBox("From")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMinimumDate(QDate(1, 1, 1))
            edit.setEnabled(False)
        self.include_undated = QCheckBox("and undated")
        self.include_undated.setEnabled(False)
        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000 of 00000 events"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.hide()
        # Every row the same height, never measured per row (uniform rows).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._size_columns()

        first_row = QHBoxLayout()
        first_row.addWidget(self.text_filter, 2)
        first_row.addWidget(self.type_filter)
        first_row.addWidget(self.source_filter, 1)
        first_row.addWidget(self.count_label)
        second_row = QHBoxLayout()
        second_row.addWidget(self.date_enabled)
        second_row.addWidget(self.date_from)
        second_row.addWidget(QLabel("to"))
        second_row.addWidget(self.date_to)
        second_row.addWidget(self.include_undated)
        second_row.addSpacing(12)
        second_row.addWidget(self.attribution_filter, 1)
        second_row.addWidget(self.stated_only)
        filters = QWidget()
        filter_rows = QVBoxLayout(filters)
        filter_rows.setContentsMargins(0, 0, 0, 0)
        filter_rows.setSpacing(4)
        filter_rows.addLayout(first_row)
        filter_rows.addLayout(second_row)
        # On a narrow window the filters scroll sideways instead of widening the window.
        self.filter_area = QScrollArea()
        self.filter_area.setWidget(filters)
        self.filter_area.setWidgetResizable(True)
        self.filter_area.setFrameShape(QFrame.Shape.NoFrame)
        self.filter_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.filter_area.setFixedHeight(filters.sizeHint().height()
                                        + self.filter_area.horizontalScrollBar().sizeHint().height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter_area)
        layout.addWidget(self.view, 1)

        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.type_filter.changed.connect(self.proxy.set_types)
        self.source_filter.currentTextChanged.connect(self._source_changed)
        self.attribution_filter.textChanged.connect(self._attribution_changed)
        self.stated_only.toggled.connect(self._attribution_changed)
        for signal in (self.date_enabled.toggled, self.include_undated.toggled,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self._dates_changed)
        self.proxy.filtersChanging.connect(self._hush)
        self.proxy.filtersChanged.connect(self._unhush)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)  # double-click, or Enter
        self._update_count()

    def _size_columns(self) -> None:
        """Widths from the font, once: measuring 2,000 rows' contents is what makes tables slow."""
        metrics = self.fontMetrics()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        widths = {DATE: "2019-03-01 – 2019-05-31", TYPE: "● separated", PEOPLE: "Firstname Lastname, Firstname",
                  CLAIM: "rumour·", ATTRIBUTION: "his representative", SOURCE: "An article title of some length"}
        for column, sample in widths.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Claim") + 24)

    # -- the public API ---------------------------------------------------------

    def set_events(self, events: Iterable[TimelineEvent]) -> None:
        """Show these events (a person's timeline); the filters stay as they are."""
        with _Quiet(self):
            self.model.set_events(events)
            self._fill_sources()
        if not self.date_enabled.isChecked():
            self._range_set = False  # the next enabling starts from these events' span
        self._update_count()

    def select_event(self, event_id: int) -> bool:
        """Select and scroll to the event's row, emitting nothing; False when the event
        is not in the table or the filters hide it (the selection is then cleared)."""
        row = self.model.row_of(event_id)
        index = QModelIndex()
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        with _Quiet(self):
            selection = self.view.selectionModel()
            if not index.isValid():
                selection.clear()
                return False
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def selected_event_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        rows = self.view.selectionModel().selectedRows()
        if not index.isValid() or not rows:
            return None
        return int(index.data(EVENT_ID_ROLE))

    def visible_event_ids(self) -> list[int]:
        """The ids of the rows shown, top to bottom."""
        return [int(self.proxy.index(row, 0).data(EVENT_ID_ROLE)) for row in range(self.proxy.rowCount())]

    def clear_filters(self) -> None:
        for widget in (self.text_filter, self.attribution_filter):
            widget.clear()
        self.source_filter.setEditText("")
        self.stated_only.setChecked(False)
        self.date_enabled.setChecked(False)
        self.include_undated.setChecked(False)
        self.type_filter.set_checked(None)

    # -- reacting ---------------------------------------------------------------

    def _hush(self) -> None:
        """A filter change must not report the row Qt moves the current index to."""
        self._quiet += 1

    def _unhush(self) -> None:
        self._quiet -= 1
        self._update_count()

    def _fill_sources(self) -> None:
        combo = self.source_filter
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL_SOURCES)
        combo.addItems(sorted({e.article_title for e in self.model.events}, key=str.casefold))
        combo.setEditText(typed)
        combo.blockSignals(False)
        self._source_changed(typed)

    def _source_changed(self, text: str) -> None:
        if text == ALL_SOURCES:
            text = ""
        exact = text != "" and self.source_filter.findText(text, Qt.MatchFlag.MatchExactly) > 0
        self.proxy.set_source(text, exact)

    def _attribution_changed(self, *_args) -> None:
        self.proxy.set_attribution(self.attribution_filter.text(), self.stated_only.isChecked())

    def _dates_changed(self, *_args) -> None:
        enabled = self.date_enabled.isChecked()
        for widget in (self.date_from, self.date_to, self.include_undated):
            widget.setEnabled(enabled)
        if enabled and not self._range_set:
            self._range_set = True
            self._default_range()
        if not enabled:
            self.proxy.set_date_range(None, None)
            return
        first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if first > last:
            first, last = last, first
        self.proxy.set_date_range(first, last, self.include_undated.isChecked())

    def _default_range(self) -> None:
        """On first enabling, the range spans the events shown, so nothing vanishes at once."""
        dated = [e.when for e in self.model.events if e.when is not None]
        if not dated:
            return
        for edit, day in ((self.date_from, min(w.start for w in dated)),
                          (self.date_to, max(w.end for w in dated))):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{total} events" if shown == total else f"{shown} of {total} events")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.eventSelected.emit(int(current.data(EVENT_ID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.eventActivated.emit(int(index.data(EVENT_ID_ROLE)))


class _Quiet:
    """While inside, selection moves are the table's own and are not reported."""

    def __init__(self, table: EventTable):
        self.table = table

    def __enter__(self):
        self.table._quiet += 1

    def __exit__(self, *exc):
        self.table._quiet -= 1
