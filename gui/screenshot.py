"""Render the window on the sample articles to a PNG (the README's screenshot).

    python -m gossip_timeline.gui.screenshot docs/screenshot.png
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from .app import create_window


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshot.png")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        window = create_window(Path(folder) / "library.db")
        window.resize(1500, 860)
        loop = QEventLoop()
        window.importFinished.connect(loop.quit)
        window.show()
        if window.imports.busy():
            loop.exec()
        dated = [e for e in window.events.values() if e.when is not None]
        if dated:
            window.timeline.canvas.select_event(dated[-1].id)
            window.open_event(dated[-1].id)
        QTimer.singleShot(300, app.quit)
        app.exec()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
        window.library.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
