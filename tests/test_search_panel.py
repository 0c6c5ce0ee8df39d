"""The search panel over a real Library: type, wait, read the results, open one."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from gossip_timeline.core.library import Library
from gossip_timeline.core.model import Extraction
from gossip_timeline.core.reader import parse_article
from gossip_timeline.gui.search_panel import HIT_ROLE, SNIPPET_HTML_ROLE, SearchPanel, snippet_html

ARTICLES = {
    "engaged.txt": "Stars Engaged\n\nPublished March 3, 2021\n\nAnna Bell and Tom Rye got engaged "
                   "in Paris last spring, a friend of the couple said.",
    "tags.txt": "Markup Mishap\n\nThe caption read <b>bold</b> & <i>brave</i> before anyone "
                "noticed; the well-known actor laughed it off.",
    "split.txt": "A Quiet Split\n\nThe pair split quietly. A re-match is not planned, her "
                 "publicist said of the so-called co-stars [sic].",
    "cafe.txt": "Café Society\n\nThey were seen at a café in Rome with the actor.",
}


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library.db")
    for name, text in ARTICLES.items():
        article = parse_article(text.encode("utf-8"), str(tmp_path / name), ".txt")
        lib._store.add_article(article, Extraction([], []))
    yield lib
    lib.close()


@pytest.fixture
def panel(qtbot, library):
    widget = SearchPanel(library.search)
    qtbot.addWidget(widget)
    widget.resize(420, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_and_wait(qtbot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.searched, timeout=2000):
        qtbot.keyClicks(panel.query, text)


def titles(panel: SearchPanel) -> list[str]:
    return [hit.title for hit in panel.results()]


def test_searches_as_you_type_after_a_pause(qtbot, panel):
    assert panel.results() == []
    qtbot.keyClicks(panel.query, "engaged")
    assert panel.results() == [], "not on every key: the search waits for a pause"
    qtbot.waitUntil(lambda: titles(panel) == ["Stars Engaged"], timeout=2000)
    assert panel.status.text() == "1 article"
    assert panel.list.isVisible()


def test_typing_more_narrows_and_one_search_per_pause(qtbot, panel, library):
    calls = []
    panel._search = lambda q: calls.append(q) or library.search(q)
    type_and_wait(qtbot, panel, "actor")
    assert sorted(titles(panel)) == ["Café Society", "Markup Mishap"]
    assert calls == ["actor"], "a burst of keys makes one search"
    type_and_wait(qtbot, panel, " rome")
    assert titles(panel) == ["Café Society"]


def test_enter_searches_at_once(qtbot, panel):
    panel.query.setText("publicist")
    assert panel.results() == []
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert titles(panel) == ["A Quiet Split"], "no wait after Enter"
    assert not panel.timer.isActive()


def test_no_match_says_so(qtbot, panel):
    type_and_wait(qtbot, panel, "zeppelin")
    assert panel.results() == []
    assert panel.status.text() == "No articles match."
    assert not panel.list.isVisible()


@pytest.mark.parametrize("query", ['"unbalanced', "NOT", "a-b", "(", "***", "😀", "OR AND NEAR(",
                                   'split"', "re-match", "co-stars [sic]", "^", "col:umn", "'", "\\"])
def test_odd_syntax_never_raises(qtbot, panel, query):
    panel.set_query(query)
    # the state is coherent: either results with a count, or a message and no list
    if panel.results():
        assert panel.list.isVisible()
        assert panel.status.text().endswith(("article", "articles"))
    else:
        assert not panel.list.isVisible()
        assert panel.status.text() in ("No articles match.", "Type a word or a name to search for.")


def test_odd_syntax_typed_key_by_key(qtbot, panel):
    type_and_wait(qtbot, panel, '"re-match')
    assert titles(panel) == ["A Quiet Split"]
    panel.query.clear()
    type_and_wait(qtbot, panel, "***")
    assert panel.status.text() == "Type a word or a name to search for."
    panel.query.clear()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Type words"), timeout=2000)


def test_accents_are_found_either_way(qtbot, panel):
    panel.set_query("cafe")
    assert titles(panel) == ["Café Society"]
    assert "<b>café</b>" in panel.model.index(0).data(SNIPPET_HTML_ROLE)


def test_a_failing_search_shows_a_message(qtbot, panel):
    def broken(query):
        raise RuntimeError("database is locked")

    panel._search = broken
    panel.set_query("anything")
    assert panel.results() == []
    assert "database is locked" in panel.status.text()


def test_snippets_escape_the_article_html(qtbot, panel):
    panel.set_query("caption")
    shown = panel.model.index(0).data(SNIPPET_HTML_ROLE)
    assert "&lt;b&gt;bold&lt;/b&gt;" in shown, "the article's tags show as text"
    assert "&amp;" in shown
    assert "<b>caption</b>" in shown, "the match itself is bold"
    assert "<i>" not in shown
    panel.grab()  # paints through the delegate without trouble


def test_snippet_html_bolds_the_marked_matches_and_leaves_brackets_alone():
    assert snippet_html("a \x02b\x03 c [sic]") == "a <b>b</b> c [sic]"
    assert snippet_html("<x> \x02Tom Rye\x03 said") == "&lt;x&gt; <b>Tom Rye</b> said"
    assert snippet_html("[] \x02<b>\x03 &") == "[] <b>&lt;b&gt;</b> &amp;"


@pytest.mark.parametrize("query, word", [("engaged", "Engaged"), ("PARIS", "Paris"),
                                          ('"friend of the couple"', "friend of the couple"),
                                          ("publicist", "publicist")])
def test_clicking_a_result_gives_the_article_and_the_match(qtbot, panel, library, query, word):
    # ("Engaged": the first match is in the title line, which is part of the stored text)
    panel.set_query(query)
    index = panel.model.index(0)
    hit = index.data(HIT_ROLE)
    with qtbot.waitSignal(panel.resultActivated) as blocker:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.list.visualRect(index).center())
    article_id, span = blocker.args
    assert article_id == hit.article_id
    text = library.article(article_id).text
    assert text[span.start:span.end] == word


def test_enter_on_a_result_activates_it(qtbot, panel, library):
    panel.query.setFocus()
    type_and_wait(qtbot, panel, "actor")
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.list.hasFocus() or panel.list.currentIndex().row() == 0
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    second = panel.results()[1]
    with qtbot.waitSignal(panel.resultActivated) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args[0] == second.article_id
    text = library.article(second.article_id).text
    assert text[blocker.args[1].start:blocker.args[1].end] == "actor"
