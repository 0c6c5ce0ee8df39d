"""Imports as the window shows them: progress and Cancel in the status bar, a queue
for files dropped while one runs, and a report of the files that failed."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton, QStatusBar, QWidget

from gossip_timeline.core.library import ImportReport

from .import_task import ImportTask

FAILURES_SHOWN = 20


class ImportBar(QObject):
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, status_bar: QStatusBar, db_path: Callable[[], Path], parent: QWidget):
        super().__init__(parent)
        self._db_path = db_path
        self._window = parent
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop after the current article; what is stored stays")
        self.cancel_button.clicked.connect(self.cancel)
        self.label = QLabel()
        status_bar.addWidget(self.label, 1)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        self.task: ImportTask | None = None
        self.pending: list[list[str]] = []
        self.failure_box: QMessageBox | None = None
        self._show_progress(False)

    def busy(self) -> bool:
        return self.task is not None

    def start(self, paths: list[str]) -> None:
        if self.task is not None:
            self.pending.append(list(paths))
            self.label.setText("Import queued; it starts when the current one ends.")
            return
        self._run(ImportTask(self._db_path(), paths, parent=self))

    def start_seeds(self) -> None:
        self._run(ImportTask(self._db_path(), seeds=True, parent=self))

    def cancel(self) -> None:
        if self.task is not None:
            self.pending.clear()
            self.task.cancel()
            self.label.setText("Cancelling after the current article…")

    def stop_and_wait(self) -> None:
        """Cancel and wait for the worker, e.g. before the window closes."""
        if self.task is not None:
            self.cancel()
            self.task.wait()

    def _run(self, task: ImportTask) -> None:
        self.task = task
        task.progress.connect(self._on_progress)
        task.done.connect(self._on_done)
        task.error.connect(self._on_error)
        self._show_progress(True)
        self.progress.setRange(0, 0)  # busy until the first file is counted
        self.label.setText("Reading articles…")
        task.start()

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.label.setText(f"Importing {name}")

    def _on_done(self, report: ImportReport) -> None:
        self._finish()
        if report.failed:
            self._report_failures(report)
        self.finished.emit(report)
        self._next()

    def _on_error(self, message: str) -> None:
        self._finish()
        self.label.setText(message)
        QMessageBox.warning(self._window, "Import stopped", message)
        self.failed.emit(message)
        self._next()

    def _finish(self) -> None:
        self.task = None
        self._show_progress(False)

    def _next(self) -> None:
        if self.pending:
            self.start(self.pending.pop(0))

    def _report_failures(self, report: ImportReport) -> None:
        lines = [f"{Path(path).name}: {reason}" for path, reason in report.failed[:FAILURES_SHOWN]]
        if len(report.failed) > FAILURES_SHOWN:
            lines.append(f"… and {len(report.failed) - FAILURES_SHOWN} more")
        box = QMessageBox(QMessageBox.Icon.Warning, "Some files were not imported",
                          f"{len(report.failed)} file(s) could not be imported; "
                          f"the others were.\n\n" + "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setModal(False)
        box.show()
        self.failure_box = box

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
