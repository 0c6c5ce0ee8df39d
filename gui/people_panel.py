"""The people list, with a search box that filters by name and alias as you type."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from gossip_timeline.core.model import PersonSummary

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleModel(QAbstractListModel):
    """A thin Qt adapter over `PersonSummary` records, loaded a page at a time as the
    list scrolls, so 20,000 people cost no more than the first screenful."""

    PAGE = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self.people: list[PersonSummary] = []
        self._fetch: Callable[[int, int], list[PersonSummary]] | None = None
        self._more = False

    def set_source(self, fetch: Callable[[int, int], list[PersonSummary]]) -> None:
        """`fetch(offset, limit)` gives the next people in display order."""
        self.beginResetModel()
        self._fetch = fetch
        self.people = fetch(0, self.PAGE)
        self._more = len(self.people) == self.PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._fetch is None:
            return
        page = self._fetch(len(self.people), self.PAGE)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.people), len(self.people) + len(page) - 1)
            self.people.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{person.name}  ·  {person.event_count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            aliases = f"\nalso: {', '.join(person.aliases)}" if person.aliases else ""
            return (f"{person.name}{aliases}\n{person.event_count} events in "
                    f"{person.article_count} article(s)")
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, p in enumerate(self.people) if p.id == person_id), None)


class PeoplePanel(QWidget):
    personSelected = Signal(int)
    queryChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a person…")
        self.search.setClearButtonEnabled(True)
        self.model = PeopleModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.queryChanged)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

    def set_source(self, fetch: Callable[[int, int], list[PersonSummary]], keep: int | None = None) -> None:
        self.list.selectionModel().blockSignals(True)
        self.model.set_source(fetch)
        self.list.selectionModel().blockSignals(False)
        if keep is not None:
            self.select(keep, emit=False)

    def select(self, person_id: int, emit: bool = True) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        if not emit:
            self.list.selectionModel().blockSignals(True)
        self.list.setCurrentIndex(self.model.index(row))
        if not emit:
            self.list.selectionModel().blockSignals(False)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.personSelected.emit(int(current.data(PERSON_ID_ROLE)))
