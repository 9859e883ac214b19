"""The "Nuovo utente" dialog of Amministrazione: username, full name, role and email.

One call to `create_user` when the person presses Enter or "Crea l'utente"; each problem is shown
under its field and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
from gui.widgets import hint_label
from models import validation
from models.enums import Role
from models.errors import ValidationError


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

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(form, "username", self.tr("Nome &utente:"), self.username_edit)
        self.add_row(form, "full_name", self.tr("&Nome e cognome:"), self.full_name_edit)
        self.add_row(form, "role", self.tr("&Ruolo:"), self.role_combo)
        self.add_row(form, "email", self.tr("&Email:"), self.email_edit)
        hint = hint_label(
            self.tr(
                "Il nome utente è quello con cui la persona apre il programma: lettere minuscole, "
                "cifre, punti o trattini, senza spazi (per esempio m.rossi)."
            )
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
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.user_created.emit(row)
        self.accept()
