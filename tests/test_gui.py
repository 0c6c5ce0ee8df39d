"""The real main window, driven with pytest-qt: drop, import, select, click, read."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QToolTip

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
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window accepts dragged files"
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)


def import_by_drop(qtbot, window: MainWindow, paths: list[Path]):
    with qtbot.waitSignal(window.importFinished, timeout=IMPORT_TIMEOUT) as blocker:
        drop_files(window, paths)
        assert window.imports.progress.isVisible(), "progress shows while the import runs"
        assert window.imports.cancel_button.isVisible()
    return blocker.args[0]


def select_person(window: MainWindow, name: str):
    person = next(p for p in window.people_panel.model.people if p.name == name)
    window.people_panel.select(person.id)
    return person


def test_drop_select_click_highlights_the_evidence(qtbot, window, tmp_path):
    article = tmp_path / "article.txt"
    shutil.copy(SEED, article)
    report = import_by_drop(qtbot, window, [article])
    assert report.imported == [str(article)]
    assert not window.imports.progress.isVisible()

    names = [p.name for p in window.people_panel.model.people]
    assert "Tom Cruise" in names
    tom = select_person(window, "Tom Cruise")
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
    select_person(window, "Tom Cruise")
    undated = window.timeline.story.undated
    assert undated, "the seed tells of marriages without dates"
    assert window.timeline.undated.count() == len(undated)
    assert window.timeline.undated_box.isVisibleTo(window)
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
    box = window.imports.failure_box
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
        qtbot.waitUntil(lambda: window.imports.progress.value() >= 1, timeout=IMPORT_TIMEOUT)
        qtbot.mouseClick(window.imports.cancel_button, Qt.MouseButton.LeftButton)
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
    assert again.imports.task is None
    again.close()
    again.library.close()


def test_wheel_zoom_changes_the_scale_and_fit_all_restores_it(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    canvas = window.timeline.canvas
    fitted = canvas.px_per_day
    canvas.zoom(2.0, anchor_x=100)
    assert canvas.px_per_day == pytest.approx(fitted * 2)
    canvas.fit_all()
    assert canvas.px_per_day == pytest.approx(fitted)
    assert canvas.event_at(QPoint(-50, -50)) is None


def test_keys_step_through_events_in_time_and_enter_opens_the_source(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    canvas = window.timeline.canvas
    canvas.setFocus()
    order = [m.events[0].id for m in canvas.visible_markers()]
    assert len(order) >= 2
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected_id == order[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.selected_id == order[1]
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected_id == order[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.article_view.highlighted_text() == window.events[order[0]].evidence_text
    scale = canvas.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.px_per_day == pytest.approx(scale * 1.5)


def test_hover_text_tells_date_as_written_and_resolved_claim_and_source(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    canvas = window.timeline.canvas
    marker = canvas.visible_markers()[0]
    event = marker.events[0]
    pos = canvas.center_of(event.id).toPoint()
    QApplication.sendEvent(canvas.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos,
                                                         canvas.viewport().mapToGlobal(pos)))
    tip = QToolTip.text()
    assert tip == canvas.tooltip_for(event.id)
    assert event.summary in tip
    assert event.when.start.isoformat() in tip or event.when.start.strftime("%b %Y") in tip
    if event.when.text:
        assert event.when.text in tip
    assert event.article_title in tip
    if event.attribution:
        assert event.attribution in tip


def test_rumours_and_denials_can_be_hidden(qtbot, window, tmp_path):
    article = tmp_path / "rumour.txt"
    article.write_text(
        " date 2021-05-10 Lena Marsh and Ivo Brandt were spotted kissing in Rome last Tuesday. "
        "The pair reportedly got engaged in April, according to a source.\n\n"
        "Marsh's rep denied that the two are dating.", encoding="utf-8")
    import_by_drop(qtbot, window, [article])
    lena = next(p for p in window.people_panel.model.people if p.name == "Lena Marsh")
    window.people_panel.select(lena.id)
    canvas = window.timeline.canvas
    claims = {m.claim for m in canvas.visible_markers()} | {m.claim for m in window.timeline.story.undated}
    assert "stated" in claims and claims - {"stated"}, claims
    window.timeline.rumours.setChecked(False)
    assert {m.claim for m in canvas.visible_markers()} <= {"stated"}
    assert all("rumour" not in window.timeline.undated.item(i).toolTip()
               for i in range(window.timeline.undated.count()))
    window.timeline.rumours.setChecked(True)
    assert {m.claim for m in canvas.visible_markers()} | {m.claim for m in window.timeline.story.undated} == claims


def test_an_existing_library_is_never_filled_with_samples(qtbot, tmp_path):
    db = tmp_path / "mine.db"
    with Library(db) as library:
        report = library.import_paths([SEED])
        assert report.imported
    window = create_window(db)
    qtbot.addWidget(window)
    assert window.imports.task is None
    assert window.library.counts()["articles"] == 1
    window.close()
    window.library.close()


def test_names_in_the_article_open_that_persons_timeline(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    dated = next(e for e in window.events.values() if e.when is not None)
    window.open_event(dated.id)
    view = window.article_view
    text = view.article.text
    start = text.index("Dmitry Tsetkov")
    body = view.body
    cursor = body.textCursor()
    cursor.setPosition(start + 2)
    body.setTextCursor(cursor)
    body.ensureCursorVisible()
    point = body.cursorRect(cursor).center()
    assert view.person_at(cursor.position()) is not None
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.timeline.title.text().startswith("Dmitry Tsetkov")
    current = window.people_panel.list.currentIndex()
    assert window.people_panel.model.people[current.row()].name == "Dmitry Tsetkov"
    assert view.person_at(text.index("quietly")) is None


def test_table_and_timeline_share_the_selection(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    table = window.event_table
    assert sorted(table.visible_event_ids()) == sorted(window.events)
    canvas = window.timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert table.selected_event_id() == canvas.selected_id
    other = next(e.id for e in window.events.values()
                 if e.when is not None and canvas.marker_of[e.id] is not canvas.marker_of[canvas.selected_id])
    table.view.selectRow(table.proxy.mapFromSource(table.model.index(
        next(i for i, e in enumerate(table.model.events) if e.id == other), 0)).row())
    assert canvas.marker_of[canvas.selected_id] is canvas.marker_of[other]
    assert window.article_view.highlighted_text() == window.events[other].evidence_text


def test_search_result_opens_the_article_with_the_match_highlighted(qtbot, window):
    import_by_drop(qtbot, window, [SEED])
    window.focus_search()
    assert window.sidebar.currentWidget() is window.search_panel
    window.search_panel.set_query("Grosvenor")
    hit = window.search_panel.results()[0]
    window.search_panel.resultActivated.emit(hit.article_id, hit.match)
    assert window.article_view.highlighted_text() == "Grosvenor"


def test_help_lists_a_shortcut_for_every_menu_action(qtbot, window):
    rows = dict(window.shortcuts())
    for name, action in window.actions_by_name.items():
        assert not action.shortcut().isEmpty(), name
        assert name in rows
    assert "Timeline: previous / next event" in rows
    window.show_shortcuts()
    assert window.shortcuts_box.isVisible()
    assert window.shortcuts_box.findChild(QTableWidget).rowCount() == len(rows)


def test_layout_preferences_and_the_last_library_survive_a_restart(qtbot, tmp_path):
    from gossip_timeline.gui.app import startup_library

    first = MainWindow(Library(tmp_path / "one.db"))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 600)  # the offscreen screen is 800 pixels wide
    first.split.setSizes([200, 300, 150])
    first.timeline.rumours.setChecked(False)
    assert first.open_library(tmp_path / "two.db")
    assert first.windowTitle().endswith("two.db")
    sizes = first.split.sizes()
    first.close()
    first.library.close()
    assert startup_library(None) == tmp_path / "two.db"
    assert startup_library(str(tmp_path / "given.db")) == tmp_path / "given.db"

    again = MainWindow(Library(startup_library(None)))
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (760, 600)
    assert again.split.sizes() == sizes
    assert not again.timeline.rumours.isChecked()
    again.close()
    again.library.close()


def test_a_broken_library_file_is_refused_and_the_open_one_kept(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all" * 50)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = window.library.path
    assert not window.open_library(broken)
    assert window.library.path == before
    assert shown and "broken.db" in shown[0]
    assert broken.read_bytes() == b"not a database at all" * 50


def test_timeline_pans_by_dragging_and_keys_and_follows_a_dark_palette(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    canvas = window.timeline.canvas
    canvas.zoom(8.0, anchor_x=10)
    bar = canvas.horizontalScrollBar()
    assert bar.maximum() > 0
    start = bar.value()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() > start
    moved = bar.value()
    empty = QPoint(canvas.viewport().width() - 5, canvas.viewport().height() - 5)
    assert canvas.event_at(empty) is None
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    qtbot.mouseMove(canvas.viewport(), empty - QPoint(150, 0))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=empty - QPoint(150, 0))
    assert bar.value() > moved, "dragging left moves later in time into view"

    dark = QPalette(canvas.palette())
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    canvas.setPalette(dark)
    assert all(item.colors["text"] == QColor("#eeeeee") for item in canvas.lane_items)


def test_export_from_the_window_writes_each_format(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QMessageBox

    from gossip_timeline.core.library import EXPORT_FORMATS
    from gossip_timeline.gui.main_window import EXPORT_LABELS

    assert set(EXPORT_LABELS) == set(EXPORT_FORMATS)
    import_by_drop(qtbot, window, [SEED])
    select_person(window, "Tom Cruise")
    for fmt in EXPORT_FORMATS:
        out = tmp_path / f"tom.{fmt}"
        assert window.export_current(out, fmt)
        assert out.stat().st_size > 100
    assert not QImage(str(tmp_path / "tom.png")).isNull()
    assert "BEGIN:VCALENDAR" in (tmp_path / "tom.ics").read_text(encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.export_current(tmp_path / "missing" / "tom.csv", "csv")
    assert shown and not (tmp_path / "missing").exists()
