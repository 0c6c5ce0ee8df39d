"""Measure the window on a big library: start-up, typing, drawing, zooming, memory, imports.

    python -m gossip_timeline.core.synthetic_store big.db        # 10,000 articles, 100,000 events
    python -m gossip_timeline.gui.measure_scale big.db [--import-articles 1000] [--json]

Each figure is measured the way a user meets it: start-up is a fresh process
until its window is shown and idle; a keystroke is the time until the people
list has changed; a timeline is drawn when the scene is painted; zoom and pan
frames include repainting; during an import, a timer ticking every 5 ms on
the main thread records the longest stall of the event loop.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTUP_MARK = "interactive"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def startup_seconds(db: Path) -> float:
    """Wall time of a fresh process until the window is shown and the event loop idle."""
    code = ("import sys\n"
            "from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from gossip_timeline.gui.app import create_window\n"
            "app = QApplication(sys.argv[:1])\n"
            f"window = create_window({str(db)!r})\n"
            "window.show()\n"
            f"QTimer.singleShot(0, lambda: (print({STARTUP_MARK!r}, flush=True), app.quit()))\n"
            "app.exec()\n")
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    if STARTUP_MARK not in run.stdout:
        raise RuntimeError(run.stderr[-2000:])
    return time.perf_counter() - start


def measure(db: Path, import_articles: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from gossip_timeline.core.library import Library
    from gossip_timeline.gui.main_window import MainWindow

    figures: dict = {"startup_ms": _ms(min(startup_seconds(db) for _ in range(3)))}
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Library(db))
    window.resize(1500, 900)
    window.show()
    app.processEvents()
    counts = window.library.counts()
    figures.update(articles=counts["articles"], people=counts["people"], events=counts["events"])

    search = window.people_panel.search
    keystrokes = []
    for text in ("b", "be", "bel", "belb", "bel", "be", "b", ""):
        start = time.perf_counter()
        search.setText(text)  # textChanged refreshes the list synchronously
        app.processEvents()
        keystrokes.append(time.perf_counter() - start)
    figures["keystroke_ms_max"] = _ms(max(keystrokes))
    figures["keystroke_ms_median"] = _ms(sorted(keystrokes)[len(keystrokes) // 2])

    busiest = sorted(window.library.people(limit=200), key=lambda p: -p.event_count)
    for key, person in (("star", busiest[0]),
                        ("", min(busiest, key=lambda p: abs(p.event_count - 2000)))):
        start = time.perf_counter()
        window.show_person(person.id)
        window.timeline.canvas.viewport().repaint()
        figures[f"timeline{'_' + key if key else ''}_person_events"] = person.event_count
        figures[f"timeline{'_' + key if key else ''}_draw_ms"] = _ms(time.perf_counter() - start)

    canvas = window.timeline.canvas
    frames = []
    for factor in (1.25,) * 8 + (0.8,) * 8:
        start = time.perf_counter()
        canvas.zoom(factor, anchor_x=400)
        canvas.viewport().repaint()
        frames.append(time.perf_counter() - start)
    figures["zoom_frame_ms_max"] = _ms(max(frames))
    bar = canvas.horizontalScrollBar()
    frames = []
    for _ in range(20):
        start = time.perf_counter()
        bar.setValue(bar.value() + 40)
        canvas.viewport().repaint()
        frames.append(time.perf_counter() - start)
    figures["pan_frame_ms_max"] = _ms(max(frames))
    figures["memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if import_articles:
        figures["import_articles"] = import_articles
        figures["import_longest_stall_ms"] = _ms(import_stall(app, import_articles))
        figures["memory_after_import_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    window.close()
    window.library.close()
    return figures


def import_stall(app, articles: int) -> float:
    """The longest gap between 5 ms ticks of the main thread while a window imports."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from gossip_timeline.core.bench_corpus import write_corpus
    from gossip_timeline.core.library import Library
    from gossip_timeline.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_corpus(folder / "corpus", articles)
        window = MainWindow(Library(folder / "import.db"))
        window.show()
        clock = QElapsedTimer()
        clock.start()
        longest = [0]
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            longest[0] = max(longest[0], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        window.importFinished.connect(loop.quit)
        window.start_import([str(folder / "corpus")])
        timer.start()
        last[0] = clock.elapsed()
        loop.exec()
        timer.stop()
        window.close()
        window.library.close()
    return longest[0] / 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--import-articles", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.db, args.import_articles)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:<28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
