"""The crash dialog and the excepthook that opens it: a bug is logged and shown, never silent.

Expected failures (models.errors) that reach the hook by mistake are shown as plain messages;
anything else opens a dialog with copyable details (the traceback), which is also logged.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import SportelloError

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The traceback, without SQL parameter values (they may be names or notes)."""
    from storage.logsetup import redact

    lines = traceback.format_exception(exc_type, exc, tb)
    return redact("".join(lines).rstrip())


class CrashDialog(QDialog):
    """Says that something unexpected happened and shows the details, ready to copy."""

    def __init__(
        self, details: str, *, log_file: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Errore inatteso"))
        self.setAccessibleName(self.tr("Errore inatteso"))
        self.resize(720, 460)
        intro = self.tr(
            "Sportello ha incontrato un errore inatteso. I dati già salvati non sono persi: "
            "ogni operazione viene salvata per intero o per niente."
        )
        hint = self.tr(
            "Copiate i dettagli qui sotto e inviateli a chi vi dà assistenza, dicendo che cosa "
            "stavate facendo."
        )
        if log_file:
            hint += " " + self.tr("Gli stessi dettagli sono nel file di log: %1").replace(
                "%1", log_file
            )
        self.message = QLabel(f"{intro}\n\n{hint}")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Dettagli dell'errore"))

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copia"))
        self.copy_button.setAccessibleName(self.tr("Copia i dettagli"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("C&hiudi"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copiato"))


class CrashHandler:
    """The installed sys.excepthook: logs every uncaught exception and shows it to the person."""

    def __init__(self, *, log_file: str | None = None, show_dialog: bool = True) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self.errors: list[BaseException] = []
        self._previous: ExceptHook | None = None
        self._open: list[QDialog] = []
        self._busy = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.errors.append(exc)
        if isinstance(exc, SportelloError):
            # The message may quote what was typed (a name, a codice fiscale): type only.
            log.warning("Expected error not handled where it happened: %s", exc_type.__name__)
        else:
            log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if not self.show_dialog or app is None or self._busy:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            self.show(exc_type, exc, tb)
        except Exception:  # the dialog itself failed: fall back to stderr
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            self._busy = False

    def show(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> QDialog:
        """Open (without blocking) the dialog for this exception and return it."""
        parent = QApplication.activeWindow()
        if isinstance(exc, SportelloError):
            from gui.dialogs import expected_error_box

            return expected_error_box(parent, exc)
        dialog = CrashDialog(
            format_details(exc_type, exc, tb), log_file=self.log_file, parent=parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)
