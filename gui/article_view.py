"""The article pane: read-only text with one passage highlighted and scrolled into view.

The text is set as plain text, so nothing in an article is ever fetched or run.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from gossip_timeline.core.model import Span, StoredArticle


def qt_offset(text: str, index: int) -> int:
    """A Python string index as a Qt document position (Qt counts UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class ArticleView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(self.header.textFormat().PlainText)
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setPlaceholderText("Click an event to read the sentence it comes from.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        layout.addWidget(self.body, 1)
        self.article: StoredArticle | None = None
        self._highlight: Span | None = None

    def show_article(self, article: StoredArticle, highlight: Span | None = None) -> None:
        if self.article is None or self.article.id != article.id:
            self.article = article
            self.header.setText(article.display_title)
            date = article.published.strftime("%d %B %Y").lstrip("0") if article.published else "date unknown"
            self.details.setText(f"{date} · {Path(article.source).name}")
            self.details.setToolTip(article.source)
            self.body.setPlainText(article.text)
        self.highlight(highlight)

    def highlight(self, span: Span | None) -> None:
        self._highlight = span
        if self.article is None or span is None:
            self.body.setExtraSelections([])
            return
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
        self.body.setExtraSelections([selection])
        # Scroll so the whole passage shows: end first, then start.
        caret = QTextCursor(self.body.document())
        caret.setPosition(end)
        self.body.setTextCursor(caret)
        self.body.ensureCursorVisible()
        caret.setPosition(start)
        self.body.setTextCursor(caret)
        self.body.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """What is highlighted now, as the user sees it ("" when nothing is)."""
        selections = self.body.extraSelections()
        if not selections:
            return ""
        return selections[0].cursor.selectedText().replace("\u2029", "\n")
