"""Password dialogs: «Cambia password» for the signed-in user, «Reimposta password» for another.

Both ask for the new password twice and check the policy (models.passwords) before calling the
service, so each problem shows under its field. Passwords live only in the line edits, which are
cleared when the dialog closes; nothing is logged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog
from gui.widgets import hint_label
from models.errors import ValidationError
from models.passwords import MIN_LENGTH, check_confirmation, check_password
from models.rows import Actor, UserRow

if TYPE_CHECKING:
    from storage.engine import Database


def password_edit(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class _PasswordForm(FormDialog):
    """New password and confirmation, with the policy said once under them."""

    def _new_fields(self, form: QFormLayout) -> None:
        self.new_edit = password_edit(self.tr("Nuova password"))
        self.confirm_edit = password_edit(self.tr("Conferma della nuova password"))
        self.add_row(form, "new_password", self.tr("&Nuova password:"), self.new_edit)
        self.add_row(form, "confirm", self.tr("&Ripetetela:"), self.confirm_edit)

    def _lay_out(
        self,
        intro: QLabel,
        form: QFormLayout,
        save_text: str,
        cancel_text: str,
        on_save: Callable[[], None],
    ) -> None:
        """The intro, the fields, the password rule, the banner and Save/Cancel, top to bottom;
        Save (or Enter) calls `on_save`."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.policy_hint())
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

    def policy_hint(self) -> QLabel:
        return hint_label(
            self.tr(
                "Almeno {n} caratteri, diversa dal nome utente. Una frase di alcune parole è "
                "facile da ricordare e difficile da indovinare."
            ).format(n=MIN_LENGTH)
        )

    def _check_new(self, username: str) -> list[ValidationError]:
        new, confirm = self.new_edit.text(), self.confirm_edit.text()
        return self.run_checks(
            (
                lambda: check_password(
                    new, username, field="new_password", label=self.tr("Nuova password")
                ),
                lambda: check_confirmation(new, confirm),
            )
        )

    def done(self, result: int) -> None:
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()
        super().done(result)


class ChangePasswordDialog(_PasswordForm):
    """The signed-in user changes their own password (the current one is required).

    `forced=True` after a coordinator's reset: the dialog says why, and leaving it means not
    entering the program.
    """

    password_changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.forced = forced
        self.setWindowTitle(self.tr("Cambia password"))
        self.setAccessibleName(self.tr("Cambia password"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        intro = QLabel(
            self.tr(
                "Un coordinatore ha reimpostato la vostra password: per entrare sceglietene ora "
                "una nuova, che conoscerete solo voi."
            )
            if forced
            else self.tr("Utente: {name}").format(name=actor.full_name or actor.username)
        )
        intro.setWordWrap(True)
        self.old_edit = password_edit(self.tr("Password attuale"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(form, "old_password", self.tr("Password &attuale:"), self.old_edit)
        self._new_fields(form)

        self._lay_out(
            intro,
            form,
            self.tr("&Cambia la password"),
            self.tr("E&sci") if forced else self.tr("Annulla"),
            self.save,
        )
        self.old_edit.setFocus()

    def save(self) -> None:
        from storage.services.auth import SignInRefused, change_password

        self.clear_errors()
        if self.show_problems(self._check_new(self.actor.username)):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            change_password(self.db, self.actor, self.old_edit.text(), self.new_edit.text())
        except SignInRefused as exc:
            # Wrong current password (it counts toward the lockout) or the account waits.
            self.old_edit.clear()
            label = self.errors["old_password"]
            label.setText(str(exc))
            label.setVisible(True)
            self.old_edit.setFocus()
            self.fit_height()
            return
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password_changed.emit()
        self.accept()


class ResetPasswordDialog(_PasswordForm):
    """A coordinator or administrator gives someone a new password (to change at next sign-in)."""

    password_reset = Signal(object)  # UserRow

    def __init__(
        self, db: Database, actor: Actor, user: UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.user = user
        self.setWindowTitle(self.tr("Reimposta password"))
        self.setAccessibleName(self.tr("Reimposta password"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        intro = QLabel(
            self.tr(
                "Nuova password per {name} ({username}). Comunicatela di persona: al prossimo "
                "accesso dovrà sceglierne una sua. Se l'utente era bloccato per troppi tentativi "
                "errati, potrà entrare subito."
            ).format(name=user.full_name, username=user.username)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._new_fields(form)
        self._lay_out(intro, form, self.tr("&Reimposta"), self.tr("Annulla"), self.save)
        self.new_edit.setFocus()

    def save(self) -> None:
        from storage.services.auth import reset_password

        self.clear_errors()
        if self.show_problems(self._check_new(self.user.username)):
            return
        try:
            row = reset_password(self.db, self.actor, self.user.username, self.new_edit.text())
        except ValidationError as exc:
            if exc.field == "password":
                exc = ValidationError("new_password", exc.reason, label=self.tr("Nuova password"))
            self.show_problem(exc)
            return
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.password_reset.emit(row)
        self.accept()
