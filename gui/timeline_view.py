"""A person's timeline: a time axis, one lane per partner, a marker per told event.

A day is a sharp dot; a month, a season or a year is a soft bar across it.
Relationships are bars from their first to their last event. Rumours are
hollow, denials dashed. Events with no date are listed apart, beneath.
Clicking a marker, or Enter on the selected one, emits `eventActivated`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (QCheckBox, QGraphicsScene, QGraphicsView, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QSplitter, QToolTip, QVBoxLayout,
                               QWidget)

from gossip_timeline.core.model import TimelineEvent
from gossip_timeline.core.timeline import Marker, Story, build_story

from .timeline_lane import LaneItem
from .timeline_style import (axis_ticks, event_color, legend_html, marker_label, marker_tooltip)

AXIS_HEIGHT = 30
LANE_GAP = 10


class TimelineCanvas(QGraphicsView):
    """The drawn part. Wheel, pinch or +/- zoom (anchored under the mouse); drag or
    Ctrl+arrows pan; Left/Right step from event to event; Enter opens one."""

    eventActivated = Signal(int)  # open this event's sentence
    eventSelected = Signal(int)  # the user moved the selection here

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a few lane items
        self.setScene(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The axis and lane titles stay in view while scrolling, so repaint whole frames.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.story: Story | None = None
        self.events: list[TimelineEvent] = []
        self.marker_of: dict[int, Marker] = {}
        self.lane_items: list[LaneItem] = []
        self._shown_for: bool | None = None  # the rumour setting _shown was made for
        self._shown: dict[int, list[Marker]] = {}
        self.selected_id: int | None = None
        self.show_rumours = True
        self.px_per_day = 1.0
        self._first = self._last = dt.date.today()
        self._fitted = False

    # -- content -----------------------------------------------------------

    def set_story(self, story: Story | None) -> None:
        self.story = story
        markers = story.markers if story else []
        self.events = [e for m in markers for e in m.events if e.when is not None]
        self.marker_of = {e.id: m for m in markers for e in m.events}
        self.selected_id = None
        self.scene().clear()
        self._shown_for = None
        self.lane_items = [LaneItem(lane, self.font(), self._colors()) for lane in (story.lanes if story else [])]
        for item in self.lane_items:
            self.scene().addItem(item)
        if markers:
            first = min(m.when.start for m in markers)
            last = max(m.when.end for m in markers)
            pad = max(20, (last - first).days // 12)
            self._first = first - dt.timedelta(days=pad)
            self._last = last + dt.timedelta(days=pad)
        self.fit_all()

    def set_show_rumours(self, show: bool) -> None:
        self.show_rumours = show
        if self.selected_id is not None and self.marker_of[self.selected_id] not in self.visible_markers():
            self.select_event(None)
        self._relayout()

    def visible_markers(self) -> list[Marker]:
        """Dated markers shown now, in time order."""
        if self.story is None:
            return []
        return [m for m in self.story.markers if self.show_rumours or m.claim == "stated"]

    def fit_all(self) -> None:
        days = max((self._last - self._first).days, 1)
        width = max(self.viewport().width() - 300, 200)  # room for the last label
        self.px_per_day = width / days
        self._fitted = True
        self._relayout()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in time, keeping the date under `anchor_x` (view pixels) where it is."""
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        day_under = self.mapToScene(int(anchor_x), 0).x() / self.px_per_day
        self.px_per_day = min(max(self.px_per_day * factor, 0.002), 400.0)
        self._fitted = False
        self._relayout()
        self.horizontalScrollBar().setValue(int(day_under * self.px_per_day - anchor_x))

    def x_of(self, day: dt.date) -> float:
        return (day - self._first).days * self.px_per_day

    def day_at(self, x: float) -> dt.date:
        days = int(x / self.px_per_day) if self.px_per_day else 0
        return self._first + dt.timedelta(days=max(min(days, 3_000_000), -700_000))

    def _relayout(self) -> None:
        if self._shown_for != self.show_rumours:  # which markers each lane shows
            self._shown_for = self.show_rumours
            shown = {id(m) for m in self.visible_markers()}
            self._shown = {id(item): [m for m in item.lane.markers if id(m) in shown]
                           for item in self.lane_items}
        y, right = AXIS_HEIGHT + 8, self.x_of(self._last)
        for item in self.lane_items:
            markers = self._shown[id(item)]
            item.setVisible(bool(markers))
            if not markers:
                continue
            item.setPos(0, y)
            y += item.layout(markers, self._first, self.px_per_day, self._last) + LANE_GAP
            right = max(right, item.left + item.width)
        self.scene().setSceneRect(QRectF(-10, 0, right + 20, max(y, AXIS_HEIGHT + 60)))
        self.viewport().update()

    # -- drawing around the lanes ---------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.palette().base())
        faint = QColor(self.palette().text().color())
        faint.setAlpha(40)
        painter.setPen(QPen(faint, 0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # hairlines: sharp and fast
        for tick in self._ticks(rect):
            x = round(self.x_of(tick.day))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The axis along the top and lane titles at the left stay in view."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        text = self.palette().text().color()
        band = QRectF(visible.left(), visible.top(), visible.width(), AXIS_HEIGHT)
        painter.fillRect(band, self.palette().window())
        painter.setPen(QPen(text, 0))
        painter.drawLine(QPointF(visible.left(), band.bottom()), QPointF(visible.right(), band.bottom()))
        metrics = QFontMetricsF(self.font())
        for tick in self._ticks(visible):
            x = self.x_of(tick.day)
            painter.drawLine(QPointF(x, band.bottom() - 6), QPointF(x, band.bottom()))
            painter.drawText(QPointF(x + 3, band.top() + metrics.ascent() + 6), tick.label)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        for item in self.lane_items:
            top = item.pos().y()
            if item.isVisible() and visible.top() + AXIS_HEIGHT <= top + metrics.height() \
                    and top <= visible.bottom():
                painter.drawText(QPointF(visible.left() + 6, top + metrics.ascent()), item.title)

    def _ticks(self, rect: QRectF):
        if self.story is None or not self.events:
            return []
        return axis_ticks(self.day_at(rect.left()), self.day_at(rect.right()) + dt.timedelta(days=1),
                          self.px_per_day)

    # -- selection -------------------------------------------------------------

    def select_event(self, event_id: int | None) -> None:
        self.selected_id = event_id
        marker = self.marker_of.get(event_id) if event_id is not None else None
        for item in self.lane_items:
            item.selected = marker
            item.update()
        rect = self.marker_rect(event_id) if marker is not None else None
        if rect is not None:
            self.ensureVisible(rect, 80, 40)

    def step(self, direction: int) -> int | None:
        """Select the next (+1) or previous (-1) visible event in time; returns its id."""
        markers = self.visible_markers()
        if not markers:
            return None
        current = self.marker_of.get(self.selected_id) if self.selected_id else None
        if current in markers:
            index = max(0, min(len(markers) - 1, markers.index(current) + direction))
        else:
            index = 0 if direction > 0 else len(markers) - 1
        event_id = markers[index].events[0].id
        self.select_event(event_id)
        self.eventSelected.emit(event_id)
        return event_id

    def marker_rect(self, event_id: int) -> QRectF | None:
        """Where an event's marker is drawn, in scene coordinates."""
        marker = self.marker_of.get(event_id)
        for item in self.lane_items:
            placed = item.placed_for(marker) if item.isVisible() else None
            if placed is not None:
                return placed.marker_rect.translated(item.pos())
        return None

    def center_of(self, event_id: int) -> QPointF:
        """Where an event's marker is, in viewport pixels."""
        return QPointF(self.mapFromScene(self.marker_rect(event_id).center()))

    def event_at(self, pos) -> int | None:
        """The event whose marker or label is at a viewport point."""
        point = self.mapToScene(pos)
        for item in self.lane_items:
            if item.isVisible() and item.sceneBoundingRect().contains(point):
                marker = item.marker_at(item.mapFromScene(point))
                if marker is not None:
                    return marker.events[0].id
        return None

    def tooltip_for(self, event_id: int) -> str:
        return marker_tooltip(self.marker_of[event_id])

    # -- input -------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        event_id = self.event_at(event.position().toPoint())
        if event_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select_event(event_id)
            self.eventSelected.emit(event_id)
            self.eventActivated.emit(event_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not ctrl:
            self.step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + (120 if key == Qt.Key.Key_Right else -120))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (40 if key == Qt.Key.Key_Down else -40))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.eventActivated.emit(self.selected_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25 ** steps, event.position().x())
            event.accept()

    def viewportEvent(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            event_id = self.event_at(event.pos())
            if event_id is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(event_id), self.viewport())
            return True
        if kind == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom(1 + event.value(), event.position().x())  # trackpad pinch
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted and self.events:
            self.fit_all()

    def _colors(self) -> dict[str, QColor]:
        return {"text": self.palette().text().color(), "highlight": self.palette().highlight().color()}

    def changeEvent(self, event) -> None:
        """Light or dark: follow the palette when the system switches."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for item in self.lane_items:
                item.colors = self._colors()
            self.viewport().update()


class TimelineView(QWidget):
    """The canvas and, beneath it, the events that have no date."""

    eventActivated = Signal(int)
    eventSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel("Pick someone on the left.")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.rumours = QCheckBox("Rumours && denials")
        self.rumours.setChecked(True)
        self.rumours.setToolTip("Show events an article only reports as rumour, or that someone denies "
                                "(drawn hollow; denials dashed)")
        self.canvas = TimelineCanvas()
        self.undated = QListWidget()
        self.undated.setAlternatingRowColors(True)
        undated_box = self.undated_box = QWidget()
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
        keys = QHBoxLayout()
        keys.addWidget(self.legend, 1)
        keys.addWidget(self.rumours)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(keys)
        layout.addWidget(split, 1)
        self.story: Story | None = None
        self.canvas.eventActivated.connect(self._activated_on_canvas)
        self.canvas.eventSelected.connect(self.eventSelected)
        self.undated.itemClicked.connect(self._activated_in_list)
        self.undated.itemActivated.connect(self._activated_in_list)
        self.rumours.toggled.connect(self._show_rumours)

    def show_person(self, name: str | None, events: list[TimelineEvent]) -> None:
        self.story = build_story(name, events) if name else None
        if self.story is None:
            self.title.setText("Pick someone on the left.")
        else:
            dated = len(self.story.markers)
            self.title.setText(f"{name} — {dated} dated, {len(self.story.undated)} undated events")
        self.canvas.set_story(self.story)
        self.legend.setText(legend_html({e.type for e in events}))
        self._fill_undated()

    def _fill_undated(self) -> None:
        self.undated.clear()
        for marker in self.story.undated if self.story else []:
            if not self.canvas.show_rumours and marker.claim != "stated":
                continue
            item = QListWidgetItem(marker_label(marker))
            item.setData(Qt.ItemDataRole.UserRole, marker.events[0].id)
            item.setForeground(event_color(marker.type))
            item.setToolTip(marker_tooltip(marker))
            if marker.claim != "stated":
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.undated.addItem(item)
        self.undated_box.setVisible(self.undated.count() > 0)

    def _show_rumours(self, show: bool) -> None:
        self.canvas.set_show_rumours(show)
        self._fill_undated()

    def _activated_on_canvas(self, event_id: int) -> None:
        self.undated.clearSelection()
        self.eventActivated.emit(event_id)

    def _activated_in_list(self, item: QListWidgetItem) -> None:
        event_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.canvas.select_event(None)
        self.eventActivated.emit(event_id)
