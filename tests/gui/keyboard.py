"""Driving the GUI from the keyboard in tests, as a person would: the window active, keys sent to
whatever has the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: Any, widget: QWidget) -> None:
    """Make the window active, as it is for a person, so that typing goes where the cursor is."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def type_keys(qtbot: Any, text: str) -> None:
    """Type into whatever has the keyboard focus, one key at a time."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key (with a modifier) to whatever has the keyboard focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def retype(qtbot: Any, text: str) -> None:
    """Select all of the focused field and type over it."""
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, text)
