"""The article pane: read-only text with one passage highlighted and scrolled into view.

The text is set as plain text, so nothing in an article is ever fetched, run
or followed: an HTML page's images and links are gone before it gets here.
Names of people are underlined; clicking one emits `personClicked`.
"""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from gossip_timeline.core.model import Mention, Span, StoredArticle


def qt_offset(text: str, index: int) -> int:
    """A Python string index as a Qt document position (Qt counts UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class ArticleView(QWidget):
    personClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setPlaceholderText("Click an event to read the sentence it comes from.")
        self.body.viewport().setMouseTracking(True)
        self.body.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        layout.addWidget(self.body, 1)
        self.article: StoredArticle | None = None
        self._names: list[tuple[int, int, int]] = []  # (qt start, qt end, person id), by start
        self._name_selections: list[QTextEdit.ExtraSelection] = []
        self._highlight: list[QTextEdit.ExtraSelection] = []

    def show_article(self, article: StoredArticle, highlight: Span | None = None,
                     mentions: list[Mention] = ()) -> None:
        if self.article is None or self.article.id != article.id:
            self.article = article
            self.header.setText(article.display_title)
            date = article.published.strftime("%d %B %Y").lstrip("0") if article.published else "date unknown"
            self.details.setText(f"{date} · {Path(article.source).name}")
            self.details.setToolTip(article.source)
            self.body.setPlainText(article.text)
            self._set_mentions(mentions)
        self.highlight(highlight)

    def _set_mentions(self, mentions) -> None:
        text = self.article.text
        self._names = sorted((qt_offset(text, m.span.start), qt_offset(text, m.span.end), m.person_id)
                             for m in mentions)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(self.palette().link().color())
        self._name_selections = []
        for start, end, _person in self._names:
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            self._name_selections.append(selection)

    def highlight(self, span: Span | None) -> None:
        self._highlight = []
        if self.article is not None and span is not None:
            text = self.article.text
            start, end = qt_offset(text, span.start), qt_offset(text, span.end)
            cursor = QTextCursor(self.body.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe066"))
            fmt.setForeground(QColor("#1a1a1a"))
            selection.format = fmt
            self._highlight = [selection]
        self.body.setExtraSelections(self._name_selections + self._highlight)
        if self._highlight:
            # Scroll so the whole passage shows: its end first, then its start.
            caret = QTextCursor(self.body.document())
            caret.setPosition(end)
            self.body.setTextCursor(caret)
            self.body.ensureCursorVisible()
            caret.setPosition(start)
            self.body.setTextCursor(caret)
            self.body.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """What is highlighted now, as the user sees it ("" when nothing is)."""
        if not self._highlight:
            return ""
        return self._highlight[0].cursor.selectedText().replace("\u2029", "\n")

    def person_at(self, position: int) -> int | None:
        """The person named at a document position, if a name is there."""
        index = bisect_right(self._names, (position, float("inf"), 0)) - 1
        if index >= 0:
            start, end, person = self._names[index]
            if start <= position < end:
                return person
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body.viewport() and self._names:
            kind = event.type()
            if kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
                position = self.body.cursorForPosition(event.position().toPoint()).position()
                person = self.person_at(position)
                self.body.viewport().setCursor(Qt.CursorShape.PointingHandCursor if person
                                               else Qt.CursorShape.IBeamCursor)
                if kind == QEvent.Type.MouseButtonRelease and person is not None \
                        and event.button() == Qt.MouseButton.LeftButton \
                        and not self.body.textCursor().hasSelection():
                    self.personClicked.emit(person)
                    return True
        return super().eventFilter(watched, event)
