"""The "Nuovo utente" dialog of Amministrazione: username, full name, role, email and password.

One call to `create_user` when the person presses Enter or "Crea l'utente"; each problem is shown
under its field and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog
from gui.password_dialog import password_edit
from gui.widgets import hint_label
from models import validation
from models.enums import Role
from models.errors import ValidationError
from models.passwords import MIN_LENGTH, check_confirmation, check_password


class UserEditor(FormDialog):
    """Create a user; emits `user_created` with the new UserRow and closes."""

    user_created = Signal(object)  # UserRow

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nuovo utente"))
        self.setAccessibleName(self.tr("Nuovo utente"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)

        self.username_edit = QLineEdit()
        self.username_edit.setAccessibleName(self.tr("Nome utente"))
        self.username_edit.setPlaceholderText("m.rossi")
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setAccessibleName(self.tr("Nome e cognome"))
        self.full_name_edit.setPlaceholderText(self.tr("Maria Rossi"))
        self.full_name_edit.setMaxLength(200)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Ruolo"))
        for role in (Role.OPERATOR, Role.TUTOR, Role.COORDINATOR, Role.ADMIN):
            self.role_combo.addItem(labels.role_label(role), role.value)
        self.role_combo.setToolTip(
            self.tr(
                "Coordinatori e amministratori configurano sportelli e utenti; solo un "
                "amministratore crea altri amministratori."
            )
        )
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.email_edit.setPlaceholderText("m.rossi@example.org")
        self.email_edit.setMaxLength(200)
        self.password_edit = password_edit(self.tr("Password iniziale"))
        self.confirm_edit = password_edit(self.tr("Conferma della password iniziale"))
        self.change_check = QCheckBox(self.tr("L'utente la &cambia al primo accesso"))
        self.change_check.setAccessibleName(self.tr("Cambio della password al primo accesso"))
        self.change_check.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(form, "username", self.tr("Nome &utente:"), self.username_edit)
        self.add_row(form, "full_name", self.tr("&Nome e cognome:"), self.full_name_edit)
        self.add_row(form, "role", self.tr("&Ruolo:"), self.role_combo)
        self.add_row(form, "email", self.tr("&Email:"), self.email_edit)
        self.add_row(form, "password", self.tr("&Password iniziale:"), self.password_edit)
        self.add_row(form, "confirm", self.tr("R&ipetetela:"), self.confirm_edit)
        form.addRow("", self.change_check)
        hint = hint_label(
            self.tr(
                "Il nome utente è quello con cui la persona apre il programma: lettere minuscole, "
                "cifre, punti o trattini, senza spazi (per esempio m.rossi). La password: "
                "almeno {n} caratteri, diversa dal nome utente; comunicatela di persona."
            ).format(n=MIN_LENGTH)
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Crea l'utente"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.username_edit.setFocus()

    def _precheck(self) -> list[ValidationError]:
        checks = (
            lambda: validation.username(self.username_edit.text()),
            lambda: validation.required(
                self.full_name_edit.text(), "full_name", self.tr("Nome e cognome")
            ),
            lambda: validation.email(self.email_edit.text()),
            lambda: check_password(self.password_edit.text(), self.username_edit.text()),
            lambda: check_confirmation(self.password_edit.text(), self.confirm_edit.text()),
        )
        return self.run_checks(checks)

    def save(self) -> None:
        from storage.services.admin import UserInput, create_user

        self.clear_errors()
        if self.show_problems(self._precheck()):
            return
        try:
            row = create_user(
                self.ctx.db,
                self.ctx.actor,
                UserInput(
                    username=self.username_edit.text(),
                    full_name=self.full_name_edit.text(),
                    role=str(self.role_combo.currentData()),
                    email=self.email_edit.text() or None,
                    password=self.password_edit.text(),
                    must_change_password=self.change_check.isChecked(),
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.user_created.emit(row)
        self.accept()

    def done(self, result: int) -> None:
        # The typed password does not outlive the dialog.
        self.password_edit.clear()
        self.confirm_edit.clear()
        super().done(result)
