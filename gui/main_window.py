"""The main window: people and search on the left, the timeline and its event
table in the middle, the article on the right.

Views never call each other: the window listens to each and tells the others.
Imports run off the main thread (`ImportBar`); when one ends, every view
refreshes from the library. Layout and preferences are remembered.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSplitter, QTabWidget

from gossip_timeline.core.library import ImportReport, Library, StoreError
from gossip_timeline.core.model import TimelineEvent

from . import settings
from .article_view import ArticleView
from .event_table import EventTable
from .export_image import render_timeline
from .help import CANVAS_KEYS, shortcuts_dialog
from .import_bar import ImportBar
from .people_panel import PeoplePanel
from .search_panel import SearchPanel
from .timeline_view import TimelineView


EXPORT_LABELS = {"png": "PNG image", "svg": "SVG image", "csv": "CSV table",
                 "json": "JSON", "ics": "iCalendar"}


class MainWindow(QMainWindow):
    importFinished = Signal(object)  # ImportReport, after the views have refreshed
    libraryChanged = Signal(object)  # Path of the library now open

    def __init__(self, library: Library):
        super().__init__()
        self.library = library
        self.setAcceptDrops(True)
        self.resize(1440, 860)

        self.people_panel = PeoplePanel()
        self.search_panel = SearchPanel(lambda query: self.library.search(query))
        self.sidebar = QTabWidget()
        self.sidebar.addTab(self.people_panel, "&People")
        self.sidebar.addTab(self.search_panel, "&Search")
        self.timeline = TimelineView()
        self.event_table = EventTable()
        self.article_view = ArticleView()
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.addWidget(self.timeline)
        self.middle.addWidget(self.event_table)
        self.middle.setSizes([560, 260])
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.sidebar)
        self.split.addWidget(self.middle)
        self.split.addWidget(self.article_view)
        self.split.setSizes([260, 760, 420])
        self.split.setStretchFactor(1, 1)
        self.setCentralWidget(self.split)

        self.current_person: int | None = None
        self.events: dict[int, TimelineEvent] = {}
        self.imports = ImportBar(self.statusBar(), lambda: self.library.path, self)
        self.imports.finished.connect(self._import_done)
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()

        self.people_panel.queryChanged.connect(self.refresh_people)
        self.people_panel.personSelected.connect(self.show_person)
        self.timeline.eventActivated.connect(self.open_event)
        self.timeline.eventSelected.connect(self._timeline_selected)
        self.event_table.eventSelected.connect(self._table_selected)
        self.event_table.eventActivated.connect(self.open_event)
        self.search_panel.resultActivated.connect(self.open_article)
        self.article_view.personClicked.connect(self.open_person)
        self.timeline.rumours.setChecked(settings.preference("show_rumours", True))
        self.timeline.rumours.toggled.connect(lambda on: settings.set_preference("show_rumours", on))
        self._restore_layout()
        self._library_opened()

    # -- building ------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "Import &Files…", QKeySequence.StandardKey.Open, self.choose_files)
        self._action(file_menu, "Import F&older…", QKeySequence("Ctrl+Shift+O"), self.choose_folder)
        self._action(file_menu, "&Export Timeline…", QKeySequence("Ctrl+Shift+E"), self.choose_export)
        file_menu.addSeparator()
        self._action(file_menu, "Open &Library…", QKeySequence("Ctrl+L"), self.choose_library)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence("Ctrl+Q"), self.close)
        view = self.menuBar().addMenu("&View")
        self._action(view, "Find &Person", QKeySequence.StandardKey.Find, self.focus_people)
        self._action(view, "Search &Articles", QKeySequence("Ctrl+Shift+F"), self.focus_search)
        self._action(view, "&Timeline", QKeySequence("Ctrl+T"), self.timeline.canvas.setFocus)
        self._action(view, "Event T&able", QKeySequence("Ctrl+E"), self.event_table.setFocus)
        view.addSeparator()
        canvas = self.timeline.canvas
        self._action(view, "Fit &All", QKeySequence("Ctrl+0"), canvas.fit_all)
        self._action(view, "Zoom &In", QKeySequence.StandardKey.ZoomIn, lambda: canvas.zoom(1.5))
        self._action(view, "Zoom &Out", QKeySequence.StandardKey.ZoomOut, lambda: canvas.zoom(1 / 1.5))
        self._action(view, "Show &Rumours and Denials", QKeySequence("Ctrl+R"),
                     self.timeline.rumours.toggle)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&Keyboard Shortcuts", QKeySequence("F1"),
                     self.show_shortcuts)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions_by_name[text.replace("&", "").rstrip("…")] = action
        return action

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every action with its keys, then the timeline's own keys, for Help."""
        listed = [(name, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                  for name, action in self.actions_by_name.items() if not action.shortcut().isEmpty()]
        return listed + CANVAS_KEYS

    def show_shortcuts(self) -> None:
        self.shortcuts_box = shortcuts_dialog(self, self.shortcuts())
        self.shortcuts_box.show()

    def focus_people(self) -> None:
        self.sidebar.setCurrentWidget(self.people_panel)
        self.people_panel.search.setFocus()
        self.people_panel.search.selectAll()

    def focus_search(self) -> None:
        self.sidebar.setCurrentWidget(self.search_panel)
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    # -- export ----------------------------------------------------------------

    def choose_export(self) -> None:
        if self.current_person is None:
            QMessageBox.information(self, "Export", "Pick someone first: the export is their timeline.")
            return
        name = self.library.person(self.current_person).name
        filters = ";;".join(f"{label} (*.{fmt})" for fmt, label in EXPORT_LABELS.items())
        path, chosen = QFileDialog.getSaveFileName(self, f"Export {name}", str(Path.home() / name), filters)
        if not path:
            return
        fmt = Path(path).suffix.lstrip(".").lower()
        if fmt not in EXPORT_LABELS:
            fmt = next(f for f, label in EXPORT_LABELS.items() if chosen.startswith(label))
            path += f".{fmt}"
        self.export_current(Path(path), fmt)

    def export_current(self, path: Path, fmt: str) -> bool:
        """Write the shown person's timeline or events; a failure leaves no file behind."""
        try:
            written, left_out = self.library.export(self.current_person, fmt, path, render_timeline)
        except OSError as exc:
            QMessageBox.warning(self, "Export failed", f"Cannot write {path}: {exc.strerror or exc}")
            return False
        note = f", {left_out} undated left out" if left_out else ""
        self.imports.label.setText(f"Exported {written} events to {path.name}{note}")
        return True

    # -- the library -----------------------------------------------------------

    def choose_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Open or create a library", str(self.library.path.parent),
            "Gossip Timeline library (*.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.open_library(Path(path))

    def open_library(self, path: Path) -> bool:
        """Switch to another library file; the current one stays open if that fails."""
        if self.imports.busy():
            QMessageBox.information(self, "Import running", "Wait for the import to end, or cancel it.")
            return False
        try:
            library = Library(path)
        except StoreError as exc:
            QMessageBox.warning(self, "Cannot open library", str(exc))
            return False
        self.library.close()
        self.library = library
        self.current_person = None
        self.events = {}
        self.timeline.show_person(None, [])
        self.event_table.set_events([])
        self._library_opened()
        return True

    def _library_opened(self) -> None:
        settings.remember_library(self.library.path)
        self.setWindowTitle(f"Gossip Timeline — {self.library.path.name}")
        self.refresh_people()
        self._show_counts()
        self.libraryChanged.emit(self.library.path)

    # -- people and events ---------------------------------------------------

    def refresh_people(self, *_args) -> None:
        query = self.people_panel.search.text()
        self.people_panel.set_source(lambda offset, limit: self.library.people(query, limit, offset),
                                     keep=self.current_person)

    def show_person(self, person_id: int) -> None:
        person = self.library.person(person_id)
        if person is None:
            return
        self.current_person = person_id
        events = self.library.timeline(person_id)
        self.events = {e.id: e for e in events}
        self.timeline.show_person(person.name, events)
        self.event_table.set_events(events)

    def open_event(self, event_id: int) -> None:
        event = self.events.get(event_id)
        if event is None:
            return
        self.timeline.canvas.select_event(event_id)
        self.event_table.select_event(event_id)
        self.open_article(event.article_id, event.evidence)

    def open_article(self, article_id: int, highlight=None) -> None:
        article = self.library.article(article_id)
        if article is not None:
            self.article_view.show_article(article, highlight, self.library.mentions(article_id))

    def open_person(self, person_id: int) -> None:
        """Show a person's timeline, e.g. after a click on their name in an article."""
        self.sidebar.setCurrentWidget(self.people_panel)
        if not self.people_panel.select(person_id):
            self.people_panel.search.clear()  # they may be filtered out of the list
            if not self.people_panel.select(person_id):
                self.show_person(person_id)

    def _timeline_selected(self, event_id: int) -> None:
        self.event_table.select_event(event_id)

    def _table_selected(self, event_id: int) -> None:
        self.timeline.canvas.select_event(event_id)
        event = self.events.get(event_id)
        if event is not None:
            self.open_article(event.article_id, event.evidence)

    # -- importing -----------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(Path.home()),
            "Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)")
        if files:
            self.start_import(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles", str(Path.home()))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> None:
        self.imports.start(paths)

    def start_seed_import(self) -> None:
        self.imports.start_seeds()

    def _import_done(self, report: ImportReport) -> None:
        self.refresh_people()
        if self.current_person is None and self.people_panel.model.people:
            self.people_panel.select(self.people_panel.model.people[0].id)
        elif self.current_person is not None:
            self.show_person(self.current_person)
        self._show_counts(report.summary())
        self.importFinished.emit(report)

    def _show_counts(self, prefix: str = "") -> None:
        counts = self.library.counts()
        text = (f"{counts['articles']} articles · {counts['people']} people · "
                f"{counts['events']} events")
        self.imports.label.setText(f"{prefix} — {text}" if prefix else text)

    # -- drag and drop -------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # -- remembering -----------------------------------------------------------

    def _restore_layout(self) -> None:
        for name, restore in (("window", self.restoreGeometry), ("split", self.split.restoreState),
                              ("middle", self.middle.restoreState)):
            state = settings.load_state(name)
            if state is not None:
                restore(state)

    def save_layout(self) -> None:
        settings.save_state("window", self.saveGeometry())
        settings.save_state("split", self.split.saveState())
        settings.save_state("middle", self.middle.saveState())

    def closeEvent(self, event) -> None:
        self.imports.stop_and_wait()
        self.save_layout()
        super().closeEvent(event)
