"""Amministrazione › Riservatezza: restricted people and data past their retention.

Two lists a coordinator or an administrator needs and no other screen shows:
- the people whose processing is restricted after an erasure request (hidden everywhere else),
  with «Togli la limitazione…», which asks for the reason kept in the access log;
- the people whose retention period is over (pseudonymous codes only), with «Anonimizza ora…»
  for administrators: the same as `retention --apply`, a backup first.

`ReasonDialog` asks for the reason of a restriction or a release; the participant page uses it too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import confirm
from gui.format import fmt_date
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label
from models.enums import Role
from models.errors import PermissionDenied, SportelloError, ValidationError
from storage.services.retention import (
    RestrictedRow,
    RetentionRow,
    apply_retention,
    release_participant,
    restricted_participants,
    retention_candidates,
)

REASON_LIMIT = 500


class ReasonDialog(QDialog):
    """Ask for a required reason (kept in the access log); the error is shown in the dialog."""

    def __init__(
        self, title: str, question: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Motivo"))
        self.reason_edit.setPlaceholderText(
            self.tr("Per esempio: richiesta scritta dell'interessato del 12/03/2026, prot. 45")
        )
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(80)
        reason_label = QLabel(self.tr("&Motivo (resta nel registro degli accessi):"))
        reason_label.setBuddy(self.reason_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet("color: #b42318;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _check(self) -> None:
        reason = self.reason()
        if not reason:
            self.error_label.setText(self.tr("Motivo: va scritto, resta nel registro."))
            self.reason_edit.setFocus()
            return
        if len(reason) > REASON_LIMIT:
            self.error_label.setText(
                self.tr("Motivo: al massimo {limit} caratteri.").format(limit=REASON_LIMIT)
            )
            self.reason_edit.setFocus()
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)


class RestrictedTableModel(ListTableModel[RestrictedRow]):
    def headers(self) -> Sequence[str]:
        return (self.tr("Codice"), self.tr("Cognome"), self.tr("Nome"), self.tr("Codice fiscale"))

    def display(self, row: RestrictedRow, column: int) -> str:
        values = (row.internal_code, row.last_name, row.first_name, row.codice_fiscale or "")
        return values[column] if 0 <= column < len(values) else ""


class RetentionTableModel(ListTableModel[RetentionRow]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Codice"),
            self.tr("Programmi"),
            self.tr("Conservazione fino al"),
            self.tr("Limitato"),
        )

    def display(self, row: RetentionRow, column: int) -> str:
        if column == 0:
            return row.internal_code
        if column == 1:
            return ", ".join(row.programmes) or "—"
        if column == 2:
            return fmt_date(row.retention_end)
        if column == 3:
            return self.tr("Sì") if row.restricted else ""
        return ""


def _list_box(title: str, hint: str, view: QWidget, button: QPushButton) -> QGroupBox:
    """A titled box: what the list is, the list, and its action at the bottom right."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(hint_label(hint))
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return box


class PrivacyView(QWidget):
    """Restricted people and retention, for coordinators and administrators."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Riservatezza"))

        self.restricted_model = RestrictedTableModel(self)
        self.restricted_table = RowTableView(self.tr("Persone con trattamento limitato"))
        self.restricted_table.setModel(self.restricted_model)
        self.restricted_view = TableOrEmpty(self.restricted_table)
        self.release_button = QPushButton(self.tr("&Togli la limitazione…"))
        self.release_button.setAccessibleName(self.tr("Togli la limitazione alla persona scelta"))
        self.release_button.clicked.connect(self.release_selected)
        restricted_box = _list_box(
            self.tr("Trattamento limitato"),
            self.tr(
                "Chi ha chiesto la cancellazione mentre i dati vanno ancora conservati: non "
                "compare negli elenchi né nelle ricerche, resta per i controlli dei "
                "finanziatori. Si limita dalla scheda della persona."
            ),
            self.restricted_view,
            self.release_button,
        )

        self.retention_model = RetentionTableModel(self)
        self.retention_table = RowTableView(self.tr("Persone oltre la conservazione"))
        self.retention_table.setModel(self.retention_model)
        self.retention_view = TableOrEmpty(self.retention_table)
        self.anonymise_button = QPushButton(self.tr("A&nonimizza ora…"))
        self.anonymise_button.setAccessibleName(
            self.tr("Anonimizza le persone oltre la conservazione")
        )
        self.anonymise_button.clicked.connect(self.ask_anonymise)
        retention_box = _list_box(
            self.tr("Conservazione dei dati"),
            self.tr(
                "Chi ha superato gli anni di conservazione del suo programma. Anonimizzare "
                "toglie nome, codice fiscale, contatti e testi liberi e tiene i numeri, così "
                "i rendiconti passati tornano; prima si fa un backup."
            ),
            self.retention_view,
            self.anonymise_button,
        )

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Esito"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(restricted_box, 1)
        layout.addWidget(retention_box, 1)
        layout.addWidget(self.status_label)
        self._dialog: ReasonDialog | None = None

    def focus_main(self) -> None:
        self.restricted_table.setFocus()

    def refresh(self) -> None:
        """Read both lists; what the role cannot see is said in place of the list."""
        try:
            restricted = restricted_participants(self.ctx.db, self.ctx.actor)
        except PermissionDenied as exc:
            self.restricted_view.show_empty(str(exc))
            self.release_button.setEnabled(False)
        else:
            self.restricted_model.set_rows(restricted)
            if restricted:
                self.restricted_view.show_table()
                self.restricted_table.selectRow(0)
            else:
                self.restricted_view.show_empty(
                    self.tr("Nessuna persona ha il trattamento limitato.")
                )
            self.release_button.setEnabled(bool(restricted))
        is_admin = self.ctx.actor.role == Role.ADMIN
        if not is_admin:
            self.retention_model.set_rows([])
            self.retention_view.show_empty(
                self.tr("La conservazione dei dati è gestita dall'amministratore.")
            )
            self.anonymise_button.setEnabled(False)
            return
        try:
            candidates = retention_candidates(self.ctx.db, self.ctx.actor)
        except PermissionDenied as exc:
            self.retention_view.show_empty(str(exc))
            self.anonymise_button.setEnabled(False)
            return
        self.retention_model.set_rows(candidates)
        if candidates:
            self.retention_view.show_table()
        else:
            self.retention_view.show_empty(
                self.tr("Nessuna persona ha superato il periodo di conservazione.")
            )
        self.anonymise_button.setEnabled(bool(candidates))

    def selected_restricted(self) -> RestrictedRow | None:
        index = self.restricted_table.currentIndex()
        return self.restricted_model.row_at(index.row()) if index.isValid() else None

    def release_selected(self) -> None:
        row = self.selected_restricted()
        if row is None:
            self.status_label.setText(self.tr("Scegliete prima una persona dall'elenco."))
            return
        dialog = ReasonDialog(
            self.tr("Togli la limitazione"),
            self.tr(
                "{name} ({code}) tornerà visibile negli elenchi e nelle ricerche. Perché?"
            ).format(name=f"{row.last_name} {row.first_name}", code=row.internal_code),
            self.tr("&Togli la limitazione"),
            self,
        )
        self._dialog = dialog

        def done() -> None:
            try:
                release_participant(
                    self.ctx.db, self.ctx.actor, row.participant_id, dialog.reason()
                )
            except (ValidationError, PermissionDenied) as exc:
                dialog.show_error(str(exc))
                dialog.open()
                return
            self.status_label.setText(
                self.tr("{code}: limitazione tolta.").format(code=row.internal_code)
            )
            self.refresh()
            self.changed.emit()

        dialog.accepted.connect(done)
        dialog.open()

    def ask_anonymise(self) -> None:
        count = self.retention_model.rowCount()
        if not count:
            return
        who = (
            self.tr("una persona") if count == 1 else self.tr("{count} persone").format(count=count)
        )
        confirm(
            self,
            self.tr("Anonimizza"),
            self.tr(
                "Anonimizzare {who}? Nome, codice fiscale, contatti e testi liberi saranno tolti "
                "per sempre; prima viene fatto un backup."
            ).format(who=who),
            self.tr("A&nonimizza"),
            self.anonymise,
        )

    def anonymise(self) -> None:
        try:
            report = apply_retention(self.ctx.db, self.ctx.actor)
        except SportelloError as exc:
            # Refused, or the backup could not be taken: nothing was changed.
            self.status_label.setText(str(exc))
            return
        count = len(report.anonymised)
        text = (
            self.tr("1 persona anonimizzata.")
            if count == 1
            else self.tr("{count} persone anonimizzate.").format(count=count)
        )
        if report.backup is not None:
            text += " " + self.tr("Backup fatto prima: {path}").format(path=report.backup)
        self.status_label.setText(text)
        self.refresh()
        self.changed.emit()
