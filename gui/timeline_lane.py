"""One lane of the timeline as one graphics item.

A lane (the person's own events, or those with one partner) holds the
relationship bar and a marker per told event; the view draws its title. Geometry is worked out in
`layout()`, in plain Python, whenever the scale changes; `paint()` only draws
what the exposed rectangle shows. Thousands of events therefore cost a few
items, not thousands (the habit of git-cola's fast graph view).
"""
from __future__ import annotations

import bisect
import datetime as dt
import heapq
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from gossip_timeline.core.timeline import Lane, Marker

from .timeline_style import event_color, marker_label

ROW_HEIGHT = 24
PERIOD_HEIGHT = 7
DOT = 11
LABEL_GAP = 6
TITLE_GAP = 4
DAY = dt.timedelta(days=1)


@dataclass(slots=True)
class Placed:
    """A marker where it is drawn, in lane coordinates (worked out once per layout)."""

    marker: Marker
    x0: float
    x1: float  # x0 + DOT for a day, the interval's end otherwise
    y: float
    label: str
    label_width: float
    label_x: float
    right: float  # where its label ends

    @property
    def is_bar(self) -> bool:
        return self.x1 - self.x0 > DOT

    @property
    def marker_rect(self) -> QRectF:
        if self.is_bar:
            return QRectF(self.x0, self.y + 2, self.x1 - self.x0, DOT)
        center = (self.x0 + self.x1) / 2
        return QRectF(center - DOT / 2, self.y + 2, DOT, DOT)


class LaneItem(QGraphicsItem):
    def __init__(self, lane: Lane, font: QFont, colors: dict[str, QColor]):
        super().__init__()
        self.lane = lane
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.colors = colors  # "text", "highlight", "faint"
        self.title = lane.title if lane.person is None else f"with {lane.title}"  # drawn by the view
        self.placed: list[Placed] = []
        self.starts: list[float] = []
        self.period_rects: list[tuple[QRectF, str, bool]] = []  # rect, kind, fades out
        self.selected: Marker | None = None
        self.height = 0.0
        self.left = 0.0
        self.width = 0.0
        self._source: list[Marker] | None = None
        self._first: dt.date | None = None
        self._specs: list[tuple[Marker, int, int, str, float]] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    # -- geometry ------------------------------------------------------------

    def layout(self, markers: list[Marker], first: dt.date, px_per_day: float,
               last_day: dt.date) -> float:
        """Place markers for the current scale (day `first` at x = 0); returns the lane's height.

        Runs for every lane on every zoom step, so it is plain arithmetic on
        numbers prepared once per marker list.
        """
        self.prepareGeometryChange()
        y = self.metrics.height() + TITLE_GAP
        self.period_rects = []
        period = self.lane.period
        if period is not None:
            end_day = period.end or last_day
            bounds = [day for _, day in period.stages[1:]] + [end_day]
            for (kind, start), stop in zip(period.stages, bounds):
                x0 = (start - first).days * px_per_day
                x1 = (max(stop, start) - first).days * px_per_day
                fades = period.end is None and stop == end_day
                self.period_rects.append((QRectF(x0, y, max(x1 - x0, 2), PERIOD_HEIGHT), kind, fades))
            y += PERIOD_HEIGHT + 6
        if markers is not self._source or first != self._first:  # once per marker list
            self._source, self._first = markers, first
            self._specs = []
            for marker in markers:
                label = marker_label(marker)
                self._specs.append((marker, (marker.when.start - first).days,
                                    (marker.when.end - first).days + 1, label,
                                    self.metrics.horizontalAdvance(label)))
        rows: list[tuple[float, int]] = []  # (right edge, row): the row that frees up first
        placed = []
        for marker, start_day, end_day, label, width in self._specs:
            x0 = start_day * px_per_day
            x1 = max(end_day * px_per_day, x0 + DOT)
            if rows and rows[0][0] <= x0:
                _, row = heapq.heappop(rows)
            else:
                row = len(rows)
            label_x = x1 + LABEL_GAP
            right = label_x + width
            placed.append(Placed(marker, x0, x1, y + row * ROW_HEIGHT, label, width, label_x, right))
            heapq.heappush(rows, (right + 12, row))
        self.placed = placed  # the lane's markers come in time order
        self.starts = [p.x0 for p in placed]
        self.height = y + max(len(rows), 1) * ROW_HEIGHT + 6
        lefts = [p.x0 for p in placed[:1]] + [r.left() for r, _, _ in self.period_rects]
        self.left = min(lefts, default=0.0) - 8
        self.width = max((p.right for p in placed), default=0.0) + 20 - self.left
        return self.height

    def boundingRect(self) -> QRectF:
        return QRectF(self.left, 0, self.width, self.height)

    def marker_at(self, point: QPointF) -> Marker | None:
        """The marker (or its label) under a point in lane coordinates."""
        for placed in self._near(point.x() - 1000, point.x() + 1):
            rect = placed.marker_rect.adjusted(-3, -3, 3, 3)
            label = QRectF(placed.label_x, placed.y, placed.label_width, ROW_HEIGHT - 4)
            if rect.contains(point) or label.contains(point):
                return placed.marker
        return None

    def placed_for(self, marker: Marker) -> Placed | None:
        return next((p for p in self.placed if p.marker is marker), None)

    def _near(self, left: float, right: float):
        """Placed markers that may reach into [left, right] (labels reach right)."""
        stop = bisect.bisect_right(self.starts, right)
        for placed in self.placed[:stop]:
            if placed.right >= left:
                yield placed

    # -- drawing -------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        exposed = option.exposedRect
        for rect, kind, fades in self.period_rects:
            if rect.right() < exposed.left() or rect.left() > exposed.right():
                continue
            color = event_color(kind)
            if fades:
                gradient = QLinearGradient(rect.topLeft(), rect.topRight())
                gradient.setColorAt(0, color)
                gradient.setColorAt(1, QColor(color.red(), color.green(), color.blue(), 0))
                painter.fillRect(rect, QBrush(gradient))
            else:
                painter.fillRect(rect, color)
        painter.setFont(self.font)
        top, bottom = exposed.top() - ROW_HEIGHT, exposed.bottom()
        for placed in self._near(exposed.left(), exposed.right()):
            if top <= placed.y <= bottom:
                self._paint_marker(painter, placed)

    def _paint_marker(self, painter: QPainter, placed: Placed) -> None:
        marker = placed.marker
        color = event_color(marker.type)
        rect = placed.marker_rect
        if marker.claim != "stated":  # rumours hollow, denials hollow and dashed
            style = Qt.PenStyle.DashLine if marker.claim == "denied" else Qt.PenStyle.SolidLine
            painter.setPen(QPen(color, 1.6, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif placed.is_bar:  # as unsure as it is wide: soft at both ends
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            gradient.setColorAt(0, _alpha(color, 40))
            gradient.setColorAt(0.5, _alpha(color, 150))
            gradient.setColorAt(1, _alpha(color, 40))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(gradient))
        else:
            painter.setPen(QPen(color.darker(130), 1.2))
            painter.setBrush(color)
        if placed.is_bar:
            painter.drawRoundedRect(rect, 3, 3)
        else:
            painter.drawEllipse(rect)
        if marker is self.selected:
            painter.setPen(QPen(self.colors["highlight"], 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 4, 4)
        painter.setPen(self.colors["text"])
        painter.drawText(QPointF(placed.label_x, placed.y + 2 + DOT / 2 + self.metrics.ascent() / 2 - 1),
                         placed.label)


def _alpha(color: QColor, alpha: int) -> QColor:
    faded = QColor(color)
    faded.setAlpha(alpha)
    return faded
