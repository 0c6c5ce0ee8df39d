"""Start the window: one QApplication, one Library, the seeds imported on first run."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from gossip_timeline.core.library import DB_ENV, Library, StoreError, default_db_path

from . import settings
from .main_window import MainWindow


def create_window(db_path: str | Path | None = None) -> MainWindow:
    """The main window on a database; imports the sample articles the first time."""
    window = MainWindow(Library(db_path))
    if window.library.needs_seeds():
        window.start_seed_import()
    return window


def startup_library(db_path: str | Path | None) -> Path:
    """--db or $GOSSIP_TIMELINE_DB if given, else the library open last time, else the default."""
    if db_path:
        return Path(db_path)
    if os.environ.get(DB_ENV):
        return default_db_path()
    last = settings.last_library()
    return last if last is not None and last.exists() else default_db_path()


def run_app(db_path: str | Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Gossip Timeline")
    app.setOrganizationName("gossip-timeline")
    try:
        window = create_window(startup_library(db_path))
    except StoreError as exc:
        QMessageBox.critical(None, "Gossip Timeline", f"Cannot open the database.\n\n{exc}")
        print(f"gossip-timeline: {exc}", file=sys.stderr)
        return 2
    window.show()
    return app.exec()
