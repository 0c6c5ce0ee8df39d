"""The Qt binding itself must be sound: a release that loses references to None
crashes the window after a few thousand drawing calls."""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QLinearGradient, QPen
from PySide6.QtWidgets import QGraphicsRectItem


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp):
    color = QColor("red")
    item = QGraphicsRectItem(QRectF(0, 0, 1, 1))
    gradient = QLinearGradient(QPointF(0, 0), QPointF(1, 0))
    calls = [lambda: color.setAlpha(40), lambda: item.setPen(QPen(color, 1)),
             lambda: item.setToolTip("x"), lambda: gradient.setColorAt(0.5, color)]
    before = sys.getrefcount(None)
    for call in calls:
        for _ in range(500):
            call()
    assert sys.getrefcount(None) >= before - 50
