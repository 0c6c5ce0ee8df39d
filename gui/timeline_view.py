"""A person's timeline: a time axis with one marker per event, coloured by type.

A day is a dot; a longer interval (a month, a season, a year) is a bar across
it. Labels are laid out in lanes so they never overlap. Events with no date
are listed apart, under the axis. Clicking either emits `eventActivated`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
                               QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout,
                               QWidget)

from gossip_timeline.core.model import TimelineEvent

EVENT_COLORS = {
    "dating": "#e8588a", "engaged": "#b05be0", "married": "#7b3fd1",
    "separated": "#f08c3a", "divorced": "#d9482b", "breakup": "#e86f51",
    "birth": "#3fae5a", "death": "#5c5c66", "sighting": "#2f8fd8",
    "met": "#20a7a0", "legal": "#b8860b", "other": "#8a8a8a",
}
EVENT_ID = 0  # graphics item data key holding the event id

AXIS_HEIGHT = 34
LANE_HEIGHT = 26
DOT = 11
LABEL_GAP = 6
MIN_TICK_SPACING = 90


def event_color(kind: str) -> QColor:
    return QColor(EVENT_COLORS.get(kind, EVENT_COLORS["other"]))


def when_label(event: TimelineEvent) -> str:
    when = event.when
    if when is None:
        return "undated"
    if when.start == when.end:
        day = when.start.strftime("%d %b %Y").lstrip("0")
    else:
        day = f"{when.start.isoformat()} – {when.end.isoformat()}"
    written = f" (“{when.text}”)" if when.text else ""
    return f"{day}{written}"


def event_tooltip(event: TimelineEvent) -> str:
    lines = [event.summary or event.type, f"{event.type} · {when_label(event)}"]
    if event.attribution:
        lines.append(f"according to {event.attribution}")
    lines.append(f"source: {event.article_title}")
    return "\n".join(lines)


def legend_html(kinds: set[str]) -> str:
    """Coloured keys for the event types shown, in the order of a relationship."""
    return "&nbsp;&nbsp;".join(
        f'<span style="color:{EVENT_COLORS[k]}">&#9679;</span>&nbsp;{k}'
        for k in EVENT_COLORS if k in kinds)


@dataclass(frozen=True)
class Tick:
    day: dt.date
    label: str


def axis_ticks(first: dt.date, last: dt.date, px_per_day: float) -> list[Tick]:
    """Ticks from decades down to days, as dense as fits MIN_TICK_SPACING pixels."""
    span_px = MIN_TICK_SPACING / max(px_per_day, 1e-9)
    if span_px <= 1:
        step, unit = 1, "day"
    elif span_px <= 7:
        step, unit = 7, "day"
    elif span_px <= 31:
        step, unit = 1, "month"
    elif span_px <= 92:
        step, unit = 3, "month"
    elif span_px <= 366:
        step, unit = 1, "year"
    elif span_px <= 366 * 5:
        step, unit = 5, "year"
    else:
        step, unit = 10, "year"
    ticks: list[Tick] = []
    if unit == "day":
        day = first
        while day <= last:
            ticks.append(Tick(day, day.strftime("%d %b %Y").lstrip("0")))
            day += dt.timedelta(days=step)
    elif unit == "month":
        year, month = first.year, first.month
        month -= (month - 1) % step
        while dt.date(year, month, 1) <= last:
            day = dt.date(year, month, 1)
            if day >= first:
                ticks.append(Tick(day, day.strftime("%b %Y")))
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    else:
        year = first.year - first.year % step
        while dt.date(year, 1, 1) <= last:
            if dt.date(year, 1, 1) >= first:
                ticks.append(Tick(dt.date(year, 1, 1), str(year)))
            year += step
    return ticks


class TimelineCanvas(QGraphicsView):
    """The drawn part: axis, bars and dots. Zoom with the wheel, drag to pan."""

    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.events: list[TimelineEvent] = []
        self.items_by_event: dict[int, QGraphicsItem] = {}
        self.selected_id: int | None = None
        self.px_per_day = 1.0
        self._first = self._last = dt.date.today()
        self._fitted = False

    # -- content -----------------------------------------------------------

    def set_events(self, events: list[TimelineEvent]) -> None:
        self.events = [e for e in events if e.when is not None]
        self.selected_id = None
        if self.events:
            first = min(e.when.start for e in self.events)
            last = max(e.when.end for e in self.events)
            pad = max(20, (last - first).days // 12)
            self._first = first - dt.timedelta(days=pad)
            self._last = last + dt.timedelta(days=pad)
        self.fit_all()

    def fit_all(self) -> None:
        days = max((self._last - self._first).days, 1)
        width = max(self.viewport().width() - 260, 200)  # room for the last label
        self.px_per_day = width / days
        self._fitted = True
        self._rebuild()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in time, keeping the date under `anchor_x` (view pixels) where it is."""
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        scene_x = self.mapToScene(int(anchor_x), 0).x()
        day_under = scene_x / self.px_per_day
        self.px_per_day = min(max(self.px_per_day * factor, 0.002), 400.0)
        self._rebuild()
        self.horizontalScrollBar().setValue(int(day_under * self.px_per_day - anchor_x))

    def x_of(self, day: dt.date) -> float:
        return (day - self._first).days * self.px_per_day

    def _rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self.items_by_event = {}
        if not self.events:
            note = scene.addSimpleText("No dated events yet.")
            note.setBrush(self.palette().placeholderText())
            scene.setSceneRect(QRectF(0, 0, 300, 60))
            return
        fg = self.palette().text().color()
        faint = QColor(fg)
        faint.setAlpha(50)
        label_font = QFont(self.font())
        metrics = QFontMetricsF(label_font)
        lanes_end: list[float] = []
        right_edge = self.x_of(self._last)

        for event in sorted(self.events, key=lambda e: (e.when.start, e.when.end, e.id)):
            x0 = self.x_of(event.when.start)
            x1 = self.x_of(event.when.end + dt.timedelta(days=1))
            text = f"{event.type}: {event.summary}" if event.summary else event.type
            if len(text) > 60:
                text = text[:58] + "…"
            marker_right = max(x1, x0 + DOT)
            extent = marker_right + LABEL_GAP + metrics.horizontalAdvance(text) + 12
            lane = next((i for i, end in enumerate(lanes_end) if end <= x0), len(lanes_end))
            if lane == len(lanes_end):
                lanes_end.append(extent)
            else:
                lanes_end[lane] = extent
            right_edge = max(right_edge, extent)
            y = AXIS_HEIGHT + 10 + lane * LANE_HEIGHT
            color = event_color(event.type)
            if x1 - x0 > DOT:
                fill = QColor(color)
                fill.setAlpha(90)
                marker = QGraphicsRectItem(QRectF(x0, y + 3, x1 - x0, DOT - 2))
                marker.setBrush(QBrush(fill))
                marker.setPen(QPen(color, 1.2))
            else:
                center = (x0 + x1) / 2
                marker = QGraphicsEllipseItem(QRectF(center - DOT / 2, y + 1, DOT, DOT))
                marker.setBrush(QBrush(color))
                marker.setPen(QPen(color.darker(130), 1))
            marker.setData(EVENT_ID, event.id)
            marker.setToolTip(event_tooltip(event))
            marker.setCursor(Qt.CursorShape.PointingHandCursor)
            scene.addItem(marker)
            label = QGraphicsSimpleTextItem(text)
            label.setFont(label_font)
            label.setBrush(QBrush(fg))
            label.setPos(marker_right + LABEL_GAP, y + DOT / 2 - metrics.height() / 2 + 1)
            label.setData(EVENT_ID, event.id)
            label.setToolTip(event_tooltip(event))
            label.setCursor(Qt.CursorShape.PointingHandCursor)
            scene.addItem(label)
            self.items_by_event[event.id] = marker

        height = AXIS_HEIGHT + 20 + len(lanes_end) * LANE_HEIGHT
        for tick in axis_ticks(self._first, self._last, self.px_per_day):
            x = self.x_of(tick.day)
            scene.addLine(x, AXIS_HEIGHT - 6, x, height, QPen(faint, 1))
            label = scene.addSimpleText(tick.label)
            label.setBrush(QBrush(fg))
            label.setPos(x + 3, 4)
        scene.addLine(0, AXIS_HEIGHT, right_edge, AXIS_HEIGHT, QPen(fg, 1.2))
        scene.setSceneRect(QRectF(-10, 0, right_edge + 20, height))
        self._mark_selected()

    # -- selection ---------------------------------------------------------

    def select_event(self, event_id: int | None) -> None:
        self.selected_id = event_id
        self._mark_selected()
        item = self.items_by_event.get(event_id) if event_id is not None else None
        if item is not None:
            self.ensureVisible(item, 80, 20)

    def _mark_selected(self) -> None:
        for event_id, item in self.items_by_event.items():
            selected = event_id == self.selected_id
            pen = item.pen()
            pen.setWidthF(3.0 if selected else 1.2)
            pen.setColor(self.palette().highlight().color() if selected
                         else event_color(self._event(event_id).type).darker(130))
            item.setPen(pen)

    def _event(self, event_id: int) -> TimelineEvent:
        return next(e for e in self.events if e.id == event_id)

    def event_at(self, pos) -> int | None:
        for item in self.items(pos):
            event_id = item.data(EVENT_ID)
            if event_id is not None:
                return int(event_id)
        return None

    # -- input -------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        event_id = self.event_at(event.position().toPoint())
        if event_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_event(event_id)
            self.eventActivated.emit(event_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25 ** steps, event.position().x())
            event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted and self.events:
            self.fit_all()

    def center_of(self, event_id: int) -> QPointF:
        """Where an event's marker is, in viewport pixels (for tests and tooltips)."""
        item = self.items_by_event[event_id]
        return QPointF(self.mapFromScene(item.sceneBoundingRect().center()))


class TimelineView(QWidget):
    """The canvas and, beneath it, the events that have no date."""

    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel("Pick someone on the left.")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.canvas = TimelineCanvas()
        self.undated = QListWidget()
        self.undated.setAlternatingRowColors(True)
        undated_box = QWidget()
        box_layout = QVBoxLayout(undated_box)
        box_layout.setContentsMargins(0, 4, 0, 0)
        box_layout.addWidget(QLabel("Undated events"))
        box_layout.addWidget(self.undated)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.canvas)
        split.addWidget(undated_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 140])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        self.canvas.eventActivated.connect(self._activated_on_canvas)
        self.undated.itemClicked.connect(self._activated_in_list)
        self.undated.itemActivated.connect(self._activated_in_list)

    def show_person(self, name: str | None, events: list[TimelineEvent]) -> None:
        if name is None:
            self.title.setText("Pick someone on the left.")
        else:
            dated = sum(1 for e in events if e.when)
            self.title.setText(f"{name} — {dated} dated, {len(events) - dated} undated events")
        self.canvas.set_events(events)
        self.legend.setText(legend_html({e.type for e in events}))
        self.undated.clear()
        for event in events:
            if event.when is None:
                item = QListWidgetItem(f"{event.type}: {event.summary}")
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                item.setForeground(event_color(event.type))
                item.setToolTip(event_tooltip(event))
                self.undated.addItem(item)

    def _activated_on_canvas(self, event_id: int) -> None:
        self.undated.clearSelection()
        self.eventActivated.emit(event_id)

    def _activated_in_list(self, item: QListWidgetItem) -> None:
        event_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.canvas.select_event(None)
        self.eventActivated.emit(event_id)
