"""Importing off the main thread, with progress and cancel.

The worker opens its own `Library` on its own thread (sqlite3 connections
belong to the thread that made them) and reports back through signals only;
it never touches a widget.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gossip_timeline.core.library import ImportReport, Library, StoreError


class _Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, db_path: Path, paths: list[str], seeds: bool, stop: threading.Event):
        super().__init__()
        self._db_path, self._paths, self._seeds, self._stop = db_path, paths, seeds, stop

    @Slot()
    def run(self) -> None:
        try:
            with Library(self._db_path) as library:
                work = library.import_seeds if self._seeds else (
                    lambda **kw: library.import_paths(self._paths, **kw))
                # The model parses in a separate process: loading and running it here
                # would hold the interpreter lock and stall the window.
                report = work(progress=self.progress.emit, should_stop=self._stop.is_set, isolated=True)
        except StoreError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the window must hear about it, not a dead thread
            self.failed.emit(f"import stopped: {exc}")
        else:
            self.finished.emit(report)


class ImportTask(QObject):
    """One import run: `start()`, watch `progress`, maybe `cancel()`, then `done` or `error`."""

    progress = Signal(int, int, str)
    done = Signal(object)  # ImportReport
    error = Signal(str)

    def __init__(self, db_path: Path, paths: list[str] | None = None, seeds: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(db_path, list(paths or []), seeds, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _finish(self, report: ImportReport) -> None:
        self.wait()
        self.done.emit(report)

    def _fail(self, message: str) -> None:
        self.wait()
        self.error.emit(message)
