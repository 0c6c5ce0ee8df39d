"""What the window remembers between runs: layout, the last library, preferences."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = APPLICATION = "gossip-timeline"


def settings() -> QSettings:
    """The user's settings file (an INI file in their configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def last_library() -> Path | None:
    value = settings().value("library/last")
    return Path(value) if value else None


def remember_library(path: Path) -> None:
    settings().setValue("library/last", str(path))


def save_state(name: str, state: QByteArray) -> None:
    settings().setValue(f"layout/{name}", state)


def load_state(name: str) -> QByteArray | None:
    value = settings().value(f"layout/{name}")
    return value if isinstance(value, QByteArray) else None


def preference(name: str, default: bool) -> bool:
    value = settings().value(f"preferences/{name}", default)
    return value in (True, "true", "1", 1)


def set_preference(name: str, value: bool) -> None:
    settings().setValue(f"preferences/{name}", bool(value))
