"""A library far bigger than the seeds: the synthetic store, paged people, big timelines."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from gossip_timeline.core.library import Library
from gossip_timeline.core.synthetic_store import build
from gossip_timeline.gui.main_window import MainWindow
from gossip_timeline.gui.people_panel import PeopleModel


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "library.db"
    counts = build(path, articles=300, events=3000, people=1000)
    return path, counts


def test_the_synthetic_store_has_exactly_the_size_asked(big_db):
    _path, counts = big_db
    assert counts == {"articles": 300, "people": 1000, "events": 3000}


def test_every_stored_event_points_at_its_sentence(big_db):
    path, _ = big_db
    with Library(path) as library:
        star = library.people()[0]
        for event in library.timeline(star.id)[:50]:
            assert all(name in event.evidence_text for name in event.people)


def test_people_counts_kept_on_import_match_the_rows(big_db):
    path, _ = big_db
    with Library(path) as library:
        conn = library._store.db.conn
        for person in library.people(limit=25):
            events = conn.execute("SELECT count(*) FROM event_people WHERE person_id = ?",
                                  [person.id]).fetchone()[0]
            articles = conn.execute("SELECT count(*) FROM article_people WHERE person_id = ?",
                                    [person.id]).fetchone()[0]
            assert (person.event_count, person.article_count) == (events, articles)


def test_people_list_loads_a_page_at_a_time(qtbot, big_db):
    path, _ = big_db
    window = MainWindow(Library(path))
    qtbot.addWidget(window)
    window.show()
    model = window.people_panel.model
    assert len(model.people) == PeopleModel.PAGE
    assert model.canFetchMore()
    window.people_panel.list.scrollToBottom()
    qtbot.waitUntil(lambda: len(model.people) > PeopleModel.PAGE)
    everyone = window.library.people()
    assert [p.id for p in model.people] == [p.id for p in everyone[:len(model.people)]]
    name = everyone[-1].name
    qtbot.keyClicks(window.people_panel.search, name)
    assert [p.name for p in model.people] == [name]
    window.close()
    window.library.close()


def test_a_star_with_hundreds_of_events_gets_a_full_timeline(qtbot, big_db):
    path, _ = big_db
    window = MainWindow(Library(path))
    qtbot.addWidget(window)
    window.show()
    star = max(window.library.people(), key=lambda p: p.event_count)
    window.show_person(star.id)
    story = window.timeline.story
    shown = sum(m.count for m in story.markers) + sum(m.count for m in story.undated)
    assert shown == star.event_count
    canvas = window.timeline.canvas
    canvas.zoom(4.0, anchor_x=200)
    first = canvas.step(1)
    assert first is not None and canvas.selected_id == first
    window.close()
    window.library.close()
