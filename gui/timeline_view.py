"""A person's timeline: a time axis with one marker per event, coloured by type.

A day is a dot; a longer interval (a month, a season, a year) is a bar across
it. Labels are laid out in lanes so they never overlap. Events with no date
are listed apart, under the axis. Clicking either emits `eventActivated`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter,
                           QPen)
from PySide6.QtWidgets import (QCheckBox, QGraphicsEllipseItem, QGraphicsItem,
                               QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem,
                               QGraphicsView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QSplitter, QVBoxLayout, QWidget)

from gossip_timeline.core.model import TimelineEvent
from gossip_timeline.core.timeline import Marker, Period, Story, build_story

EVENT_COLORS = {
    "dating": "#e8588a", "engaged": "#b05be0", "married": "#7b3fd1",
    "separated": "#f08c3a", "divorced": "#d9482b", "breakup": "#e86f51",
    "birth": "#3fae5a", "death": "#5c5c66", "sighting": "#2f8fd8",
    "met": "#20a7a0", "legal": "#b8860b", "other": "#8a8a8a",
}
EVENT_ID = 0  # graphics item data key holding the event id

AXIS_HEIGHT = 34
LANE_HEIGHT = 24
PERIOD_HEIGHT = 7
DOT = 11
LABEL_GAP = 6


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
    if event.claim != "stated":
        lines.append("a rumour" if event.claim == "hedged" else "denied")
    if event.attribution:
        lines.append(f"according to {event.attribution}")
    lines.append(f"source: {event.article_title}")
    return "\n".join(lines)


def marker_label(marker: Marker) -> str:
    first = marker.events[0]
    text = f"{marker.type}: {first.summary}" if first.summary else marker.type
    if len(text) > 60:
        text = text[:58] + "…"
    if marker.count > 1:
        text += f"  ×{marker.count}"
    if marker.disputed:
        text += "  (dates disagree)"
    return text


def marker_tooltip(marker: Marker) -> str:
    """The summary, the date as written and as resolved, who claims it, and the sources."""
    first = marker.events[0]
    lines = [first.summary or marker.type, f"{marker.type} · {when_label(first)}"]
    if marker.claim != "stated":
        lines.append("a rumour, not confirmed" if marker.claim == "hedged" else "denied")
    if marker.attributions:
        lines.append("according to " + "; ".join(marker.attributions))
    if marker.disputed:
        lines.append("other articles give this a different date")
    titles = sorted({e.article_title for e in marker.events})
    lines.append(("source: " if len(titles) == 1 else f"told by {marker.count} tellings in: ")
                 + "; ".join(titles))
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


# (unit, step, days it spans, room its label needs in pixels), finest first
TICK_UNITS = [("day", 1, 1, 84), ("day", 7, 7, 84), ("month", 1, 30.4, 70), ("month", 3, 91.3, 70),
              ("year", 1, 365.25, 44), ("year", 5, 1826, 44), ("year", 10, 3652, 44),
              ("year", 50, 18262, 44)]


def axis_ticks(first: dt.date, last: dt.date, px_per_day: float) -> list[Tick]:
    """Ticks from decades down to days: the finest unit whose labels fit."""
    unit, step = "year", 50
    for name, count, days, room in TICK_UNITS:
        if days * px_per_day >= room:
            unit, step = name, count
            break
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
    """The drawn part: one lane per related person, bars for relationships, a
    marker per told event. Wheel or +/- to zoom, drag or arrow keys to pan,
    Left/Right (with Ctrl) to step between events, Enter to open one."""

    eventActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.story: Story | None = None
        self.events: list[TimelineEvent] = []
        self.items_by_event: dict[int, QGraphicsItem] = {}
        self.marker_of: dict[int, Marker] = {}
        self.selected_id: int | None = None
        self.show_rumours = True
        self._ring: QGraphicsItem | None = None  # the selection outline
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
        if markers:
            first = min(m.when.start for m in markers)
            last = max(m.when.end for m in markers)
            pad = max(20, (last - first).days // 12)
            self._first = first - dt.timedelta(days=pad)
            self._last = last + dt.timedelta(days=pad)
        self.fit_all()

    def set_show_rumours(self, show: bool) -> None:
        self.show_rumours = show
        self._rebuild()

    def visible_markers(self) -> list[Marker]:
        if self.story is None:
            return []
        return [m for m in self.story.markers if self.show_rumours or m.claim == "stated"]

    def fit_all(self) -> None:
        days = max((self._last - self._first).days, 1)
        width = max(self.viewport().width() - 300, 200)  # room for the last label
        self.px_per_day = width / days
        self._fitted = True
        self._rebuild()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in time, keeping the date under `anchor_x` (view pixels) where it is."""
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        scene_x = self.mapToScene(int(anchor_x), 0).x()
        day_under = scene_x / self.px_per_day
        self.px_per_day = min(max(self.px_per_day * factor, 0.002), 400.0)
        self._fitted = False
        self._rebuild()
        self.horizontalScrollBar().setValue(int(day_under * self.px_per_day - anchor_x))

    def x_of(self, day: dt.date) -> float:
        return (day - self._first).days * self.px_per_day

    def _rebuild(self) -> None:
        scene = self.scene()
        scene.clear()
        self._ring = None  # cleared with the scene
        self.items_by_event = {}
        visible = {id(m) for m in self.visible_markers()}
        if not visible:
            note = scene.addSimpleText("No dated events yet." if not self.events
                                       else "Only rumours and denials here: they are hidden.")
            note.setBrush(self.palette().placeholderText())
            scene.setSceneRect(QRectF(0, 0, 300, 60))
            return
        fg = self.palette().text().color()
        metrics = QFontMetricsF(self.font())
        y = AXIS_HEIGHT + 8
        right_edge = self.x_of(self._last)
        for lane in self.story.lanes:
            markers = [m for m in lane.markers if id(m) in visible]
            if not markers:
                continue
            title = scene.addSimpleText(lane.title if lane.person is None else f"with {lane.title}")
            bold = QFont(self.font())
            bold.setBold(True)
            title.setFont(bold)
            title.setBrush(QBrush(fg))
            title.setPos(self.horizontalScrollBar().value() + 4, y)
            y += metrics.height() + 4
            if lane.period is not None:
                y = self._draw_period(lane.period, y) + 6
            lanes_end: list[float] = []
            for marker in markers:
                row, extent = self._draw_marker(marker, y, lanes_end, metrics, fg)
                right_edge = max(right_edge, extent)
            y += max(len(lanes_end), 1) * LANE_HEIGHT + 10
        height = y + 6
        faint = QColor(fg)
        faint.setAlpha(45)
        for tick in axis_ticks(self._first, self._last, self.px_per_day):
            x = self.x_of(tick.day)
            scene.addLine(x, AXIS_HEIGHT - 6, x, height, QPen(faint, 1))
            label = scene.addSimpleText(tick.label)
            label.setBrush(QBrush(fg))
            label.setPos(x + 3, 4)
        scene.addLine(0, AXIS_HEIGHT, right_edge, AXIS_HEIGHT, QPen(fg, 1.2))
        scene.setSceneRect(QRectF(-10, 0, right_edge + 20, height))
        self._mark_selected()

    def _draw_period(self, period: Period, y: float) -> float:
        """A relationship as one bar, each stage in its colour; open-ended bars fade out."""
        scene = self.scene()
        end_day = period.end or self._last
        bounds = [day for _, day in period.stages[1:]] + [end_day]
        for (kind, start), stop in zip(period.stages, bounds):
            x0, x1 = self.x_of(start), self.x_of(max(stop, start))
            color = event_color(kind)
            rect = QRectF(x0, y, max(x1 - x0, 2), PERIOD_HEIGHT)
            if period.end is None and stop == end_day:
                fade = QLinearGradient(rect.topLeft(), rect.topRight())
                fade.setColorAt(0, color)
                fade.setColorAt(1, QColor(color.red(), color.green(), color.blue(), 0))
                brush = QBrush(fade)
            else:
                brush = QBrush(color)
            bar = scene.addRect(rect, QPen(Qt.PenStyle.NoPen), brush)
            bar.setToolTip(f"{kind} from {start.isoformat()}"
                           + ("" if period.end or stop != end_day else " (ongoing)"))
        return y + PERIOD_HEIGHT

    def _draw_marker(self, marker: Marker, lane_top: float, lanes_end: list[float],
                     metrics: QFontMetricsF, fg: QColor) -> tuple[int, float]:
        scene = self.scene()
        x0 = self.x_of(marker.when.start)
        x1 = self.x_of(marker.when.end + dt.timedelta(days=1))
        text = marker_label(marker)
        marker_right = max(x1, x0 + DOT)
        extent = marker_right + LABEL_GAP + metrics.horizontalAdvance(text) + 12
        row = next((i for i, end in enumerate(lanes_end) if end <= x0), len(lanes_end))
        if row == len(lanes_end):
            lanes_end.append(extent)
        else:
            lanes_end[row] = extent
        y = lane_top + row * LANE_HEIGHT
        color = event_color(marker.type)
        if x1 - x0 > DOT:  # an interval: a soft bar, as unsure as it is wide
            item = QGraphicsRectItem(QRectF(x0, y + 2, x1 - x0, DOT))
            fill = QLinearGradient(QPointF(x0, 0), QPointF(x1, 0))
            soft = QColor(color)
            soft.setAlpha(40)
            strong = QColor(color)
            strong.setAlpha(140)
            fill.setColorAt(0, soft)
            fill.setColorAt(0.5, strong)
            fill.setColorAt(1, soft)
            brush = QBrush(fill)
        else:  # a known day: a sharp dot
            center = (x0 + x1) / 2
            item = QGraphicsEllipseItem(QRectF(center - DOT / 2, y + 2, DOT, DOT))
            brush = QBrush(color)
        pen = QPen(color.darker(130), 1.4)
        if marker.claim != "stated":  # rumours hollow, denials hollow and dashed
            brush = QBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(color, 1.6, Qt.PenStyle.DashLine if marker.claim == "denied"
                       else Qt.PenStyle.SolidLine)
        item.setBrush(brush)
        item.setPen(pen)
        item.setData(EVENT_ID, marker.events[0].id)
        item.setToolTip(marker_tooltip(marker))
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        scene.addItem(item)
        label = QGraphicsSimpleTextItem(text)
        label.setFont(self.font())
        label.setBrush(QBrush(fg))
        label.setPos(marker_right + LABEL_GAP, y + 2 + DOT / 2 - metrics.height() / 2)
        label.setData(EVENT_ID, marker.events[0].id)
        label.setToolTip(item.toolTip())
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        scene.addItem(label)
        for event in marker.events:
            self.items_by_event[event.id] = item
        return row, extent

    # -- selection ---------------------------------------------------------

    def select_event(self, event_id: int | None) -> None:
        self.selected_id = event_id
        self._mark_selected()
        item = self.items_by_event.get(event_id) if event_id is not None else None
        if item is not None:
            self.ensureVisible(item, 80, 20)

    def _mark_selected(self) -> None:
        selected = self.items_by_event.get(self.selected_id) if self.selected_id else None
        if self._ring is not None:
            self.scene().removeItem(self._ring)
        self._ring = None
        if selected is not None:
            ring = selected.sceneBoundingRect().adjusted(-4, -4, 4, 4)
            self._ring = self.scene().addRect(ring, QPen(self.palette().highlight().color(), 2.5))
            self._ring.setZValue(-1)

    def step(self, direction: int) -> int | None:
        """Select the next (+1) or previous (-1) visible event in time; returns its id."""
        markers = [m for m in self.visible_markers() if m.events[0].id in self.items_by_event]
        if not markers:
            return None
        current = self.marker_of.get(self.selected_id) if self.selected_id else None
        if current in markers:
            index = max(0, min(len(markers) - 1, markers.index(current) + direction))
        else:
            index = 0 if direction > 0 else len(markers) - 1
        event_id = markers[index].events[0].id
        self.select_event(event_id)
        return event_id

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
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom(1 + event.value(), event.position().x())  # trackpad pinch
            return True
        return super().viewportEvent(event)

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
