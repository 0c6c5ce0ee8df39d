"""Help → Keyboard Shortcuts: every key the window answers to, in one list."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

# Keys the timeline answers to itself (menu actions list their own).
CANVAS_KEYS = [
    ("Timeline: previous / next event", "Left / Right"),
    ("Timeline: open the selected event's sentence", "Enter"),
    ("Timeline: zoom in / out", "+ / −, mouse wheel, pinch"),
    ("Timeline: pan", "Drag, Ctrl+Left / Ctrl+Right, Up / Down"),
    ("Event table: open the selected event", "Enter, double-click"),
    ("Search: run now", "Enter"),
]


def shortcuts_dialog(parent: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard Shortcuts")
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels(["Action", "Keys"])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (action, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(action))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(560, 420)
    return dialog
