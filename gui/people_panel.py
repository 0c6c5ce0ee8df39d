"""The people list, with a search box that filters by name and alias as you type."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from gossip_timeline.core.model import PersonSummary

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleModel(QAbstractListModel):
    """A thin Qt adapter over a list of `PersonSummary` records."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.people: list[PersonSummary] = []

    def set_people(self, people: list[PersonSummary]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

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

    def set_people(self, people: list[PersonSummary], keep: int | None = None) -> None:
        self.list.selectionModel().blockSignals(True)
        self.model.set_people(people)
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
