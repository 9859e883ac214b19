"""Message boxes for expected failures and notices; they open without blocking the caller.

Expected failures (`ValidationError`, `ConflictError`, `PermissionDenied`, `StorageUnavailable`)
are shown to the person with a title that says what kind of problem it is; anything else is a bug
and is left to the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import (
    ConflictError,
    PermissionDenied,
    SportelloError,
    StorageUnavailable,
    ValidationError,
)

EXPECTED_ERRORS = (ValidationError, ConflictError, PermissionDenied, StorageUnavailable)


def error_title(exc: SportelloError) -> str:
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("dialogs", "Dati non validi")
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("dialogs", "Operazione in conflitto")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("dialogs", "Operazione non permessa")
    if isinstance(exc, StorageUnavailable):
        return QCoreApplication.translate("dialogs", "Database non disponibile")
    return QCoreApplication.translate("dialogs", "Operazione non riuscita")


def message_box(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    *,
    details: str | None = None,
) -> QMessageBox:
    """Open a message box without blocking (window-modal on its parent) and return it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setInformativeText(details)
    box.open()
    return box


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    action: str,
    on_confirm: Callable[[], object],
    *,
    keep: str | None = None,
) -> QMessageBox:
    """Ask before something that cannot be undone, without blocking: `action` (e.g. «&Elimina»)
    runs `on_confirm`; the safe answer (`keep`, «&Annulla» unless given) is the default and Esc.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    act = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(
        keep or QCoreApplication.translate("dialogs", "&Annulla"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)

    def done(_result: int) -> None:
        if box.clickedButton() is act:
            on_confirm()

    box.finished.connect(done)
    box.open()
    return box


def expected_error_box(parent: QWidget | None, exc: SportelloError) -> QMessageBox:
    icon = (
        QMessageBox.Icon.Critical
        if isinstance(exc, StorageUnavailable)
        else QMessageBox.Icon.Warning
    )
    return message_box(parent, error_title(exc), str(exc), icon)


@contextmanager
def reporting_errors(parent: QWidget | None) -> Iterator[None]:
    """Show an expected failure raised inside the block; let anything else through (a bug)."""
    try:
        yield
    except EXPECTED_ERRORS as exc:
        expected_error_box(parent, exc)


def show_task_error(parent: QWidget | None, exc: BaseException) -> None:
    """Error callback for background tasks: expected failures as messages, bugs re-raised."""
    if isinstance(exc, EXPECTED_ERRORS):
        expected_error_box(parent, exc)
        return
    raise exc
