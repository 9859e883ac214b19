"""The passphrase of an encrypted database, asked at start-up before anything else opens.

The dialog tries the passphrase itself (through a callback given by gui.app): a wrong one is
said inside the dialog, which stays open for another try; Esci closes it and the program quits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import SportelloError
from storage.crypto import WrongKey


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the encrypted database `where` until it opens or Esci.

    `attempt(passphrase)` opens the database and returns it; it raises WrongKey for a wrong
    passphrase (shown here) and another SportelloError for anything else (kept in `failure`, the
    dialog closes). On success the opened database is in `opened`.
    """

    def __init__(
        self, where: str, attempt: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.opened: object | None = None
        self.failure: SportelloError | None = None
        self.attempts = 0
        self.setWindowTitle(self.tr("Database cifrato"))
        self.setAccessibleName(self.tr("Passphrase del database"))
        self.setMinimumWidth(460)

        self.message = QLabel(
            self.tr(
                "Il database {path} è cifrato. Scrivete la passphrase scelta quando è stato "
                "cifrato."
            ).format(path=where)
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        caption = QLabel(self.tr("&Passphrase"))
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        caption.setBuddy(self.edit)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Errore della passphrase"))

        self.show_check = QCheckBox(self.tr("&Mostra la passphrase"))
        self.show_check.toggled.connect(self._on_show_toggled)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("&Apri"))
        self.quit_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.quit_button.setText(self.tr("&Esci"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.show_check)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.adjustSize()  # a longer message grows the dialog instead of being cut
        self.edit.selectAll()
        self.edit.setFocus()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def accept(self) -> None:
        """Try the passphrase: open and close, or say it is wrong and stay open."""
        text = self.edit.text()
        if not text:
            self.show_error(self.tr("Scrivete la passphrase, oppure Esci."))
            return
        self.attempts += 1
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.opened = self._attempt(text)
        except WrongKey:
            self.show_error(
                self.tr(
                    "Passphrase errata: controllate maiuscole, minuscole e spazi e riprovate. "
                    "Il database non è stato modificato."
                )
            )
            return
        except SportelloError as exc:
            self.failure = exc
            super().reject()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.edit.clear()
        super().accept()
