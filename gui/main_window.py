"""The main window: people on the left, the timeline in the middle, the article on the right.

Views never call each other: the window listens to each and tells the others.
Imports run in an `ImportTask` off the main thread; when one ends, every view
refreshes from the library.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar,
                               QPushButton, QSplitter, QWidget)

from gossip_timeline.core.library import ImportReport, Library
from gossip_timeline.core.model import TimelineEvent

from .article_view import ArticleView
from .import_task import ImportTask
from .people_panel import PeoplePanel
from .timeline_view import TimelineView

FAILURES_SHOWN = 20


class MainWindow(QMainWindow):
    importFinished = Signal(object)  # ImportReport, after the views have refreshed

    def __init__(self, library: Library):
        super().__init__()
        self.library = library
        self.setWindowTitle(f"Gossip Timeline — {library.path.name}")
        self.setAcceptDrops(True)
        self.resize(1400, 820)

        self.people_panel = PeoplePanel()
        self.timeline = TimelineView()
        self.article_view = ArticleView()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.people_panel)
        split.addWidget(self.timeline)
        split.addWidget(self.article_view)
        split.setSizes([250, 700, 450])
        split.setStretchFactor(1, 1)
        self.setCentralWidget(split)

        self.current_person: int | None = None
        self.events: dict[int, TimelineEvent] = {}
        self.task: ImportTask | None = None
        self.pending: list[list[str]] = []
        self.last_report: ImportReport | None = None
        self.failure_box: QMessageBox | None = None

        self._build_status_bar()
        self._build_menus()
        self.people_panel.queryChanged.connect(self.refresh_people)
        self.people_panel.personSelected.connect(self.show_person)
        self.timeline.eventActivated.connect(self.open_event)
        self.article_view.personClicked.connect(self.open_person)
        self.refresh_people()

    # -- building ------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.status_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._show_progress(False)
        self._show_counts()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_files_action = self._action(file_menu, "&Import Files…", QKeySequence.StandardKey.Open,
                                                self.choose_files)
        self._action(file_menu, "Import &Folder…", QKeySequence("Ctrl+Shift+O"), self.choose_folder)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        view_menu = self.menuBar().addMenu("&View")
        self._action(view_menu, "&Find Person", QKeySequence.StandardKey.Find,
                     lambda: self.people_panel.search.setFocus())
        self._action(view_menu, "Fit &All", QKeySequence("Ctrl+0"), self.timeline.canvas.fit_all)
        self._action(view_menu, "Zoom &In", QKeySequence.StandardKey.ZoomIn,
                     lambda: self.timeline.canvas.zoom(1.5))
        self._action(view_menu, "Zoom &Out", QKeySequence.StandardKey.ZoomOut,
                     lambda: self.timeline.canvas.zoom(1 / 1.5))

    def _action(self, menu, text, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

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

    def open_event(self, event_id: int) -> None:
        event = self.events.get(event_id)
        if event is None:
            return
        self.open_article(event.article_id, event.evidence)

    def open_article(self, article_id: int, highlight=None) -> None:
        article = self.library.article(article_id)
        if article is not None:
            self.article_view.show_article(article, highlight, self.library.mentions(article_id))

    def open_person(self, person_id: int) -> None:
        """Show a person's timeline, e.g. after a click on their name in an article."""
        if not self.people_panel.select(person_id):
            self.people_panel.search.clear()  # they may be filtered out of the list
            if not self.people_panel.select(person_id):
                self.show_person(person_id)

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
        if self.task is not None:
            self.pending.append(list(paths))
            self.status_label.setText("Import queued; it starts when the current one ends.")
            return
        self._run(ImportTask(self.library.path, paths, parent=self))

    def start_seed_import(self) -> None:
        self._run(ImportTask(self.library.path, seeds=True, parent=self))

    def cancel_import(self) -> None:
        if self.task is not None:
            self.pending.clear()
            self.task.cancel()
            self.status_label.setText("Cancelling after the current article…")

    def _run(self, task: ImportTask) -> None:
        self.task = task
        task.progress.connect(self._on_progress)
        task.done.connect(self._on_done)
        task.error.connect(self._on_error)
        self._show_progress(True)
        self.progress.setRange(0, 0)  # busy until the first file is counted
        self.status_label.setText("Reading articles…")
        task.start()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status_label.setText(f"Importing {name}")

    def _on_done(self, report: ImportReport) -> None:
        self._finish_task()
        self.last_report = report
        self.refresh_people()
        if self.current_person is None and self.people_panel.model.people:
            self.people_panel.select(self.people_panel.model.people[0].id)
        elif self.current_person is not None:
            self.show_person(self.current_person)
        self._show_counts(report.summary())
        if report.failed:
            self._report_failures(report)
        self.importFinished.emit(report)
        self._next_pending()

    def _on_error(self, message: str) -> None:
        self._finish_task()
        self.status_label.setText(message)
        QMessageBox.warning(self, "Import stopped", message)
        self._next_pending()

    def _finish_task(self) -> None:
        self.task = None
        self._show_progress(False)

    def _next_pending(self) -> None:
        if self.pending:
            self.start_import(self.pending.pop(0))

    def _report_failures(self, report: ImportReport) -> None:
        lines = [f"{Path(path).name}: {reason}" for path, reason in report.failed[:FAILURES_SHOWN]]
        if len(report.failed) > FAILURES_SHOWN:
            lines.append(f"… and {len(report.failed) - FAILURES_SHOWN} more")
        box = QMessageBox(QMessageBox.Icon.Warning, "Some files were not imported",
                          f"{len(report.failed)} file(s) could not be imported; "
                          f"the others were.\n\n" + "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self)
        box.setModal(False)
        box.show()
        self.failure_box = box

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)

    def _show_counts(self, prefix: str = "") -> None:
        counts = self.library.counts()
        text = (f"{counts['articles']} articles · {counts['people']} people · "
                f"{counts['events']} events")
        self.status_label.setText(f"{prefix} — {text}" if prefix else text)

    # -- drag and drop -------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def closeEvent(self, event) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)
