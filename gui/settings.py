"""The GUI's own settings (window geometry and state), declared once over QSettings.

The file is an INI file in the user's configuration folder on every platform, so that tests can
redirect it with QSettings.setPath(IniFormat, UserScope, folder).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Sportello"
APPLICATION = "Sportello"

WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
