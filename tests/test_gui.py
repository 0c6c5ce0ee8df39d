"""The real main window, driven with pytest-qt: drop, import, select, click, read."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gossip_timeline.core.library import Library
from gossip_timeline.gui.app import create_window
from gossip_timeline.gui.main_window import MainWindow

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "seed-cruise-khayrova.txt"
IMPORT_TIMEOUT = 120_000

pytestmark = pytest.mark.model


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(Library(tmp_path / "library.db"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.library.close()


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    """What the window receives when files are dragged in and released."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window accepts dragged files"
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)


def import_by_drop(qtbot, window: MainWindow, paths: list[Path]):
    with qtbot.waitSignal(window.importFinished, timeout=IMPORT_TIMEOUT) as blocker:
        drop_files(window, paths)
        assert window.progress.isVisible(), "progress shows while the import runs"
        assert window.cancel_button.isVisible()
    return blocker.args[0]


def test_drop_select_click_highlights_the_evidence(qtbot, window, tmp_path):
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    report = import_by_drop(qtbot, window, [article])
    assert report.imported == [str(article)]
    assert not window.progress.isVisible()

    names = [p.name for p in window.people_panel.model.people]
    assert "Tom Cruise" in names
    tom = next(p for p in window.people_panel.model.people if p.name == "Tom Cruise")
    window.people_panel.select(tom.id)
    assert window.current_person == tom.id
    assert "Tom Cruise" in window.timeline.title.text()
    legend = window.timeline.legend.text()
    for kind in {e.type for e in window.events.values()}:
        assert kind in legend

    canvas = window.timeline.canvas
    dated = [e for e in window.events.values() if e.when is not None]
    assert dated, "the seed gives Tom Cruise dated events"
    event = dated[0]
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=canvas.center_of(event.id).toPoint())
    assert canvas.selected_id == event.id
    highlighted = window.article_view.highlighted_text()
    assert highlighted == event.evidence_text
    assert highlighted == SEED.read_text(encoding="utf-8")[len(" date 2023-12-20 "):][
        event.evidence.start:event.evidence.end]
    # The highlighted passage is scrolled into view.
    body = window.article_view.body
    rect = body.cursorRect()
    assert body.viewport().rect().contains(rect.center())


def test_undated_events_are_listed_apart_and_open_their_sentence(qtbot, window, tmp_path):
    import_by_drop(qtbot, window, [SEED])
    tom = next(p for p in window.people_panel.model.people if p.name == "Tom Cruise")
    window.people_panel.select(tom.id)
    undated = [e for e in window.events.values() if e.when is None]
    assert window.timeline.undated.count() == len(undated)
    assert undated, "the seed tells when they met without a date"
    item = window.timeline.undated.item(0)
    window.timeline.undated.itemClicked.emit(item)
    event_id = int(item.data(Qt.ItemDataRole.UserRole))
    assert window.article_view.highlighted_text() == window.events[event_id].evidence_text


def test_people_search_filters_by_name_and_alias_as_you_type(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    everyone = len(window.people_panel.model.people)
    qtbot.keyClicks(window.people_panel.search, "Khay")
    names = [p.name for p in window.people_panel.model.people]
    assert names == ["Elsina Khayrova"]
    window.people_panel.search.clear()
    assert len(window.people_panel.model.people) == everyone
    qtbot.keyClicks(window.people_panel.search, '"(*')  # odd syntax is just text
    assert window.people_panel.model.people == []


def test_a_bad_file_is_reported_by_name_and_the_others_are_imported(qtbot, window, tmp_path):
    good = tmp_path / "good.txt"
    shutil.copy(SEED, good)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    report = import_by_drop(qtbot, window, [good, empty, binary])
    assert report.imported == [str(good)]
    failed = dict(report.failed)
    assert set(failed) == {str(empty), str(binary)}
    box = window.failure_box
    assert box is not None and box.isVisible()
    assert "empty.txt" in box.text() and "photo.txt" in box.text()
    assert "binary" in box.text()
    assert window.library.counts()["articles"] == 1


def test_cancel_stops_the_import_and_keeps_what_was_stored(qtbot, window, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i:02}.txt").write_text(text + f"\n\nUpdate number {i}.", encoding="utf-8")
    with qtbot.waitSignal(window.importFinished, timeout=IMPORT_TIMEOUT) as blocker:
        drop_files(window, [folder])
        qtbot.waitUntil(lambda: window.progress.value() >= 1, timeout=IMPORT_TIMEOUT)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.cancelled
    stored = window.library.counts()["articles"]
    assert stored == len(report.imported) < 40
    # Every stored article is whole: its events point at people and sentences.
    for person in window.library.people():
        for event in window.library.timeline(person.id):
            assert event.evidence_text


def test_first_run_imports_the_seeds_and_shows_who_is_newest_in_the_news(qtbot, tmp_path):
    window = create_window(tmp_path / "fresh.db")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.importFinished, timeout=IMPORT_TIMEOUT) as blocker:
        window.show()
    report = blocker.args[0]
    seed_files = [p for p in SEEDS.iterdir() if p.suffix in {".txt", ".html", ".md"}]
    assert len(report.imported) == len(seed_files)
    assert window.current_person == window.people_panel.model.people[0].id
    # The newest sample article is the Cruise one; he is its most talked-about person.
    assert window.timeline.title.text().startswith("Tom Cruise")
    assert window.timeline.canvas.events, "his timeline is drawn"
    assert not window.library.needs_seeds()
    window.close()
    window.library.close()
    # A second start does not import them again.
    again = create_window(tmp_path / "fresh.db")
    qtbot.addWidget(again)
    assert again.task is None
    again.close()
    again.library.close()


def test_wheel_zoom_changes_the_scale_and_fit_all_restores_it(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    tom = next(p for p in window.people_panel.model.people if p.name == "Tom Cruise")
    window.people_panel.select(tom.id)
    canvas = window.timeline.canvas
    fitted = canvas.px_per_day
    canvas.zoom(2.0, anchor_x=100)
    assert canvas.px_per_day == pytest.approx(fitted * 2)
    canvas.fit_all()
    assert canvas.px_per_day == pytest.approx(fitted)
    assert canvas.event_at(QPoint(-50, -50)) is None
