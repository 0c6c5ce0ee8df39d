"""A person's timeline as a PNG or SVG file: the on-screen picture, drawn without a window.

A `TimelineCanvas` (the very widget the window shows) is laid out for the story
at a fixed width, never mapped on screen, and drawn into an image or an SVG
generator with a short header (name, event counts, colour key) above it. The
command line reaches this through `core.cli.run(render_image=render_timeline)`,
so `core` itself never loads Qt.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPaintDevice
from PySide6.QtWidgets import QApplication, QFrame

from gossip_timeline.core.timeline import Story

from .timeline_style import EVENT_COLORS, event_color
from .timeline_view import TimelineCanvas

FORMATS = ("png", "svg")
WIDTH = 1600  # the canvas fits the whole story into about this many pixels
PIXEL_RATIO = 2  # PNG pixels per drawn pixel, for crisp text when zoomed or printed
MARGIN = 10
KEY_DOT = 9


def ensure_app() -> QApplication:
    """The running QApplication, or a new one; with no display on Linux it draws offscreen."""
    app = QApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1])


def render_timeline(story: Story, path: str | Path, fmt: str, width: int = WIDTH) -> None:
    """Draw `story` into `path` as "png" or "svg"; raises OSError when the file cannot be written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown image format {fmt!r}; expected one of {', '.join(FORMATS)}")
    ensure_app()
    canvas = _laid_out_canvas(story, width)
    try:
        header = _Header(story, canvas)
        view = canvas.viewport().size()
        size = QSize(max(view.width(), int(header.width) + 2 * MARGIN), view.height() + int(header.height))
        if fmt == "png":
            _write_png(canvas, header, size, str(path))
        else:
            _write_svg(canvas, header, size, str(path), story.person)
    finally:
        canvas.close()
        canvas.deleteLater()


def _laid_out_canvas(story: Story, width: int) -> TimelineCanvas:
    """A hidden canvas showing the whole story: the viewport holds all of the scene."""
    canvas = TimelineCanvas()
    canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # laid out, never on screen
    canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    canvas.setFrameShape(QFrame.Shape.NoFrame)
    canvas.resize(width, 600)
    canvas.show()  # delivers the resize, so fit_all() sees the real viewport width
    canvas.set_story(story)  # fits the story to the width
    # zoom(1.0) keeps the scale but ends "fitted", so growing the view to the whole
    # scene (labels reach past the last day) does not refit it (resizeEvent).
    canvas.zoom(1.0)
    scene = canvas.sceneRect()  # at least `width` wide, so the axis runs across the picture
    canvas.resize(max(int(scene.width()) + 1, width), int(scene.height()) + 1)
    QApplication.processEvents()  # the resize reaches the viewport
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().minimum())
    return canvas


class _Header:
    """The person's name and counts, then a colour key for the event types shown."""

    def __init__(self, story: Story, canvas: TimelineCanvas):
        self.font = canvas.font()
        self.bold = canvas.font()
        self.bold.setBold(True)
        self.bold.setPointSizeF(self.bold.pointSizeF() * 1.3)
        self.text_color = canvas.palette().text().color()
        self.background = canvas.palette().window()
        # As the window titles it; undated events have no place on the axis.
        self.title = f"{story.person} — {len(story.markers)} dated, {len(story.undated)} undated events"
        kinds = {m.type for m in story.markers}
        self.kinds = [k for k in EVENT_COLORS if k in kinds]
        big, small = QFontMetricsF(self.bold), QFontMetricsF(self.font)
        self.title_height = big.height()
        self.key_height = small.height()
        self.ascent, self.small_ascent = big.ascent(), small.ascent()
        self.key_widths = [KEY_DOT + 4 + small.horizontalAdvance(k) + 14 for k in self.kinds]
        self.width = max(big.horizontalAdvance(self.title), sum(self.key_widths))
        self.height = MARGIN + self.title_height + 4 + (self.key_height + 6 if self.kinds else 0)

    def paint(self, painter: QPainter, width: float) -> None:
        painter.fillRect(QRectF(0, 0, width, self.height), self.background)
        painter.setPen(self.text_color)
        painter.setFont(self.bold)
        painter.drawText(QPointF(MARGIN, MARGIN + self.ascent), self.title)
        painter.setFont(self.font)
        x, top = float(MARGIN), MARGIN + self.title_height + 4
        for kind, step in zip(self.kinds, self.key_widths):
            color = event_color(kind)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(QRectF(x, top + (self.key_height - KEY_DOT) / 2, KEY_DOT, KEY_DOT))
            painter.setPen(self.text_color)
            painter.drawText(QPointF(x + KEY_DOT + 4, top + self.small_ascent), kind)
            x += step


def _paint(device: QPaintDevice, canvas: TimelineCanvas, header: _Header, size: QSize) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), canvas.palette().base())
        header.paint(painter, size.width())
        view = canvas.viewport().rect()
        # The view's own render: its background grid and sticky axis and lane
        # titles are drawn by the view, not the scene, so scene.render() would lose them.
        canvas.render(painter, QRectF(0, header.height, view.width(), view.height()), view)
    finally:
        painter.end()


def _write_png(canvas: TimelineCanvas, header: _Header, size: QSize, path: str) -> None:
    image = QImage(size * PIXEL_RATIO, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PIXEL_RATIO)
    image.fill(QColor("white"))
    _paint(image, canvas, header, size)
    if not image.save(path, "PNG"):
        raise OSError(f"cannot write {path}")


def _write_svg(canvas: TimelineCanvas, header: _Header, size: QSize, path: str, title: str) -> None:
    from PySide6.QtSvg import QSvgGenerator  # in PySide6-Essentials; loaded only for SVG

    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    # The canvas measured its labels at the screen's resolution; draw fonts at the same one.
    generator.setResolution(canvas.logicalDpiX())
    generator.setTitle(f"{title} — Gossip Timeline")
    _paint(generator, canvas, header, size)
    # QSvgGenerator reports no write errors: an empty or missing file is one.
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise OSError(f"cannot write {path}")
