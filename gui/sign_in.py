"""The sign-in dialog shown at start-up, and the whole sign-in step (with a forced password change).

`ask_sign_in` is what the start-up code calls: the dialog until a user signs in or the person
leaves, then, when a coordinator reset that user's password, the change-password dialog that
cannot be skipped. A refused sign-in shows its message in the dialog; while an account waits
after too many wrong passwords, the «Entra» button counts the seconds down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.form_dialog import error_label
from gui.widgets import hint_label
from models.errors import PermissionDenied, StorageUnavailable
from models.rows import Actor

if TYPE_CHECKING:
    from storage.engine import Database


class LockoutWait(QObject):
    """A button that waits out a lockout: disabled, counting «Attendete N s» down each second,
    then enabled again with its own text. The sign-in dialog and the lock screen share it."""

    def __init__(self, button: QPushButton, text: str, parent: QObject) -> None:
        super().__init__(parent)
        self.button = button
        self.text = text
        self.left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def start(self, seconds: int) -> None:
        self.left = seconds
        self.button.setEnabled(False)
        self._show()
        self.timer.start()

    def _show(self) -> None:
        self.button.setText(self.tr("Attendete {n} s").format(n=self.left))

    def tick(self) -> None:
        """One second gone (the timer calls it; tests may too)."""
        self.left -= 1
        if self.left > 0:
            self._show()
            return
        self.stop()

    def stop(self) -> None:
        self.timer.stop()
        self.left = 0
        self.button.setText(self.text)
        self.button.setEnabled(True)


class SignInDialog(QDialog):
    """Username and password; `actor` holds who signed in once the dialog is accepted."""

    def __init__(
        self,
        db: Database,
        *,
        username: str = "",
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sportello — accesso"))
        self.setAccessibleName(self.tr("Accesso a Sportello"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        title = QLabel(self.tr("Entrate in Sportello"))
        title.setObjectName("welcomeTitle")
        where = hint_label(self.tr("Database: {path}").format(path=db.target.display))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.username_edit = QLineEdit(username)
        self.username_edit.setAccessibleName(self.tr("Nome utente"))
        self.username_edit.setPlaceholderText("m.rossi")
        self.username_edit.setMaxLength(64)
        self.username_edit.textEdited.connect(self._on_username_edited)
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        user_label = QLabel(self.tr("Nome &utente:"))
        user_label.setBuddy(self.username_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(user_label, self.username_edit)
        form.addRow(password_label, self.password_edit)

        self.error = error_label()
        self.error.setAccessibleName(self.tr("Accesso rifiutato"))
        self.hint = hint_label(hint)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(bool(hint))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.enter_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enter_button.setText(self.tr("&Entra"))
        self.enter_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("E&sci"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        self.wait = LockoutWait(self.enter_button, self.tr("&Entra"), self)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    def try_sign_in(self) -> None:
        """Check the password (about 0.2 s); on success accept, else say why in the dialog."""
        from storage.services.auth import SignInRefused, sign_in

        if not self.enter_button.isEnabled():
            return
        self.error.setVisible(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = sign_in(self.db, self.username_edit.text(), self.password_edit.text())
        except SignInRefused as exc:
            self._refused(str(exc), exc.retry_after)
            return
        except (PermissionDenied, StorageUnavailable) as exc:
            self._refused(str(exc), None)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password_edit.clear()
        self.accept()

    def _refused(self, message: str, wait: int | None) -> None:
        self.password_edit.clear()
        self.error.setText(message)
        self.error.setVisible(True)
        self.password_edit.setFocus()
        if wait:
            self.wait.start(wait)

    def _on_username_edited(self, _text: str) -> None:
        # The wait belongs to the account that was tried; another name may try at once.
        if self.wait.left:
            self.wait.stop()

    def wait_left(self) -> int:
        """Seconds before «Entra» works again (0 when it works now)."""
        return self.wait.left


def ask_sign_in(
    db: Database, *, username: str = "", hint: str = "", parent: QWidget | None = None
) -> Actor | None:
    """Who is using the program, or None when the person chose «Esci».

    A user whose password was reset by a coordinator chooses a new one before going on.
    """
    from storage.services.auth import password_change_required

    dialog = SignInDialog(db, username=username, hint=hint, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    actor = dialog.actor
    if password_change_required(db, actor):
        from gui.password_dialog import ChangePasswordDialog

        change = ChangePasswordDialog(db, actor, forced=True, parent=parent)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor


def start_up_actor(db: Database, as_user: str | None, *, smoke: bool = False) -> Actor | None:
    """Who the window opens as; None when the person left the sign-in dialog.

    - `--as USER` with SPORTELLO_PASSWORD signs in without a dialog (tests, screenshots); a wrong
      password raises SignInRefused (exit 4). Without the variable the dialog asks, with the
      name filled in (smoke mode cannot ask: PermissionDenied).
    - Without `--as`: the sign-in dialog once any active user has a password. A new database
      (the first-run page) or one from before sign-in existed opens as the administrator of the
      file, as does `--smoke`, like every command without --as.
    """
    import os

    from storage.services.auth import password_change_required, sign_in, sign_in_required

    if as_user:
        password = os.environ.get("SPORTELLO_PASSWORD")
        if password is None:
            if smoke:
                raise PermissionDenied(f"--as {as_user}: serve la password in SPORTELLO_PASSWORD.")
            return ask_sign_in(db, username=as_user)
        actor = sign_in(db, as_user, password, via="gui")
        if password_change_required(db, actor):
            if smoke:
                raise PermissionDenied(
                    f"La password di {actor.username} è stata reimpostata: sceglietene una nuova."
                )
            from gui.password_dialog import ChangePasswordDialog

            if ChangePasswordDialog(db, actor, forced=True).exec() != QDialog.DialogCode.Accepted:
                return None
        return actor
    if smoke or not sign_in_required(db):
        return Actor.system_admin()
    return ask_sign_in(db)
