"""Full-text search over the articles, as you type, with the matching words in bold.

The panel is given a `search(query) -> list[SearchHit]` callable (the window passes
`library.search`), so it knows nothing of the store. Whatever is typed is searched:
the core turns any text into a valid query, and the panel shows a message, never a
traceback, for text with nothing to search or a search that fails.

Snippets come from SQLite with each match marked (see core.search_query). They are drawn as
rich text, so the article's own text is HTML-escaped first: a "<b>" an article
contains shows as the four characters it is.
"""
from __future__ import annotations

import html
import logging
import re
from typing import Callable

from PySide6.QtCore import (QAbstractListModel, QEvent, QModelIndex, QObject, QRectF, QSize, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QLineEdit, QListView,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
                               QWidget)

from gossip_timeline.core.library import MATCH_END, MATCH_START
from gossip_timeline.core.model import SearchHit

log = logging.getLogger(__name__)

HIT_ROLE = Qt.ItemDataRole.UserRole
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_WORD = re.compile(r"\w+")
_MARKED = re.compile(f"{MATCH_START}([^{MATCH_END}]*){MATCH_END}")


def snippet_html(snippet: str) -> str:
    """The snippet as safe rich text, each match in bold (the store marks matches
    with control characters, so brackets in an article stay as written)."""
    out, position = [], 0
    for found in _MARKED.finditer(snippet):
        out.append(html.escape(snippet[position:found.start()]))
        out.append("<b>" + html.escape(found.group(1)) + "</b>")
        position = found.end()
    out.append(html.escape(snippet[position:]))
    return "".join(out)


def hit_date(hit: SearchHit) -> str:
    day = hit.published
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else "date unknown"


class SearchResultsModel(QAbstractListModel):
    """A thin adapter over the `SearchHit` records of one search."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._html: list[str] = []

    def set_hits(self, hits: list[SearchHit], query: str) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self._html = [snippet_html(h.snippet) for h in self.hits]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit_date(hit)}"
        if role == SNIPPET_HTML_ROLE:
            return self._html[index.row()]
        if role == HIT_ROLE:
            return hit
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """Title (bold, elided) and date on the first line, the snippet on the next two."""

    SNIPPET_LINES = 2
    PAD = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * (1 + self.SNIPPET_LINES) + 2 * self.PAD + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, text_role)
        dim = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText

        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        hit: SearchHit = index.data(HIT_ROLE)
        date = hit_date(hit)
        painter.save()
        date_width = metrics.horizontalAdvance(date)
        painter.setPen(opt.palette.color(group, dim))
        painter.drawText(QRectF(rect.right() - date_width, rect.top(), date_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date)
        title_font = opt.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_room = max(0, rect.width() - date_width - 12)
        title = painter.fontMetrics().elidedText(hit.title, Qt.TextElideMode.ElideRight, title_room)
        painter.drawText(QRectF(rect.left(), rect.top(), title_room, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

        # The snippet: rich text (already escaped) clipped to its lines.
        self._doc.setDefaultFont(option.font)
        self._doc.setHtml(index.data(SNIPPET_HTML_ROLE))
        self._doc.setTextWidth(rect.width())
        top = rect.top() + line + 2
        clip = QRectF(0, 0, rect.width(), line * self.SNIPPET_LINES)
        painter.translate(rect.left(), top)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = clip
        self._doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    """A search box over a list of articles. `resultActivated(article_id, match_span)`
    when a result is clicked or Enter is pressed on it; the span (or None) is where
    the first searched word stands in the article's text."""

    resultActivated = Signal(int, object)
    searched = Signal(str)  # after each search has run and its results are shown

    def __init__(self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self.query = QLineEdit()
        self.query.setPlaceholderText("Search the articles…")
        self.query.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = SearchResultsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(SearchHitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # keeps the message at the top while the list is hidden

        self.query.textChanged.connect(lambda _text: self.timer.start())
        self.query.returnPressed.connect(self.run)
        self.timer.timeout.connect(self.run)
        self.list.clicked.connect(self._activate)
        self.query.installEventFilter(self)
        self.list.installEventFilter(self)
        self._show_state("")

    # -- the public API ---------------------------------------------------------

    def results(self) -> list[SearchHit]:
        return list(self.model.hits)

    def set_query(self, text: str) -> None:
        """Type `text` into the box and search at once."""
        self.query.setText(text)
        self.run()

    def run(self) -> None:
        """Search for what is in the box now (the debounce timer calls this too)."""
        self.timer.stop()
        query = self.query.text()
        hits: list[SearchHit] = []
        error = None
        if _WORD.search(query):
            try:
                hits = self._search(query)
            except Exception as exc:  # a search box must never take the window down
                log.exception("search failed for %r", query)
                error = str(exc) or exc.__class__.__name__
        self.model.set_hits(hits, query)
        self._show_state(query, error)
        self.searched.emit(query)

    # -- reacting ---------------------------------------------------------------

    def _show_state(self, query: str, error: str | None = None) -> None:
        count = len(self.model.hits)
        if error is not None:
            text = f"The search failed: {error}"
        elif not query.strip():
            text = "Type words to find them in the articles; \"quotes\" find a phrase."
        elif not _WORD.search(query):
            text = "Type a word or a name to search for."
        elif count == 0:
            text = "No articles match."
        else:
            text = f"{count} article{'s' if count != 1 else ''}"
        self.status.setText(text)
        self.list.setVisible(count > 0)

    def _activate(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit: SearchHit = index.data(HIT_ROLE)
        self.resultActivated.emit(hit.article_id, hit.match)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.query and key == Qt.Key.Key_Down and self.model.rowCount():
                self.list.setFocus()
                if not self.list.currentIndex().isValid():
                    self.list.setCurrentIndex(self.model.index(0))
                return True
            if watched is self.list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)
