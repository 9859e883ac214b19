"""Qt's own messages go to Python logging (and so to the log file), not straight to stderr.

A few messages that say nothing about Sportello (the offscreen platform used by the smoke test
and the test suite cannot resize windows to their hints) are logged at DEBUG level.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

HARMLESS = ("This plugin does not support propagateSizeHints()",)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = logging.DEBUG if message in HARMLESS else _LEVELS.get(mode, logging.WARNING)
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    log.log(level, "%s%s", message, where)


def install_qt_message_handler() -> Callable[..., Any] | None:
    """Route Qt messages to logging; returns the previous handler, to put back later."""
    return qInstallMessageHandler(_handler)


def restore_qt_message_handler(previous: Callable[..., Any] | None) -> None:
    qInstallMessageHandler(previous)
