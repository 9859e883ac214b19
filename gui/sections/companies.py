"""Companies: host companies and employers, with internships and uncovered Law 68/99 posts.

A name filter over the list; "Nuova azienda" (Alt+A or Ctrl+N) opens an empty company dialog,
"Apri" (Enter or a double click on a row) the selected one. "Archiviata" takes a company out of
the list and keeps its history ("Ripristina" brings it back; "Mostra anche le archiviate" lists
them). "Elimina" asks the service first: a company with a history is refused with its message
(it can be archived instead); one without is deleted after a confirmation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.company_dialog import CompanyDialog
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, confirm, expected_error_box, reporting_errors
from gui.format import fmt_int
from gui.models import CompanyTableModel
from gui.widgets import RowTableView, TableOrEmpty, section_title
from models.rows import CompanyRow
from storage.services.companies import (
    archive_company,
    delete_company,
    list_companies,
    restore_company,
)

LIMIT = 500
FILTER_DELAY_MS = 200


class CompaniesSection(QWidget):
    """A name filter over the list of companies, with the actions on the selected one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Aziende"))
        self.dialogs: list[CompanyDialog] = []
        self.delete_box: QMessageBox | None = None

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtra per ragione sociale"))
        self.filter_edit.setAccessibleName(self.tr("Filtra le aziende per nome"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Nome:"))
        filter_label.setBuddy(self.filter_edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        self.filter_edit.returnPressed.connect(self.refresh)

        self.archived_check = QCheckBox(self.tr("&Mostra anche le archiviate"))
        self.archived_check.setAccessibleName(self.tr("Mostra anche le aziende archiviate"))
        self.archived_check.toggled.connect(lambda _c: self.refresh())

        self.new_button = QPushButton(self.tr("Nuova &azienda…"))
        self.new_button.setToolTip(self.tr("Registra una nuova azienda (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_company())
        new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(lambda: self.open_company())
        self.open_button = QPushButton(self.tr("A&pri…"))
        self.open_button.setToolTip(self.tr("Apre la scheda dell'azienda scelta (Invio)"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.archive_button = QPushButton(self.tr("Arc&hivia"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button = QPushButton(self.tr("&Elimina…"))
        self.delete_button.setToolTip(
            self.tr("Elimina un'azienda senza storia; le altre si archiviano")
        )
        self.delete_button.clicked.connect(self.ask_delete)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = CompanyTableModel(self)
        self.table = RowTableView(self.tr("Elenco delle aziende"))
        self.table.setModel(self.model)
        self.table.set_column_widths((34, 13, 9, 18, 11, 9, 18))
        self.table.row_activated.connect(lambda row: self.open_company(row))
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.view = TableOrEmpty(self.table)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.archived_check)

        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Aziende")))
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.refresh()

    def focus_main(self) -> None:
        self.filter_edit.setFocus()

    # ------------------------------------------------------------------ the list

    def selected(self) -> CompanyRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.open_button, self.archive_button, self.delete_button):
            button.setEnabled(row is not None)
        if row is not None and row.archived:
            self.archive_button.setText(self.tr("&Ripristina"))
            self.archive_button.setToolTip(self.tr("Riporta l'azienda negli elenchi"))
        else:
            self.archive_button.setText(self.tr("Arc&hivia"))
            self.archive_button.setToolTip(
                self.tr("Toglie l'azienda dagli elenchi, conservando la sua storia")
            )

    def refresh(self, select_id: int | None = None) -> None:
        """Load the list again, keeping the selected company (or selecting `select_id`)."""
        self._timer.stop()
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        text = self.filter_edit.text().strip()
        archived = self.archived_check.isChecked()
        with reporting_errors(self):
            rows = list_companies(
                self.ctx.db, self.ctx.actor, text=text, limit=LIMIT, include_archived=archived
            )
            self.model.set_rows(rows)
            if len(rows) >= LIMIT:
                self.count_label.setText(
                    self.tr("Le prime {n} aziende in ordine alfabetico: filtrate per nome.").format(
                        n=fmt_int(LIMIT)
                    )
                )
            elif len(rows) == 1:
                self.count_label.setText(self.tr("1 azienda"))
            else:
                self.count_label.setText(self.tr("{n} aziende").format(n=fmt_int(len(rows))))
            if rows:
                self.view.show_table()
                for n, row in enumerate(rows):
                    if row.id == keep:
                        self.table.setCurrentIndex(self.model.index(n, 0))
                        break
            elif text:
                self.view.show_empty(
                    self.tr("Nessuna azienda contiene «{text}» nel nome.").format(text=text)
                    + "\n\n"
                    + self.tr("Provate con una parte più breve del nome.")
                )
            else:
                self.view.show_empty(
                    self.tr("Non ci sono ancora aziende.")
                    + "\n\n"
                    + self.tr(
                        "Qui compariranno le aziende contattate, quelle che ospitano tirocini e "
                        "quelle con obblighi della legge 68/99, con i posti ancora scoperti. "
                        "Per registrarne una: «Nuova azienda» (Alt+A o Ctrl+N)."
                    )
                )
        self._update_buttons()

    # ------------------------------------------------------------------ actions

    def _on_open_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_company(index.row())

    def open_company(self, row: int | None = None) -> CompanyDialog | None:
        """The dialog of the company in table row `row` (None: a new company)."""
        company_id = None
        if row is not None:
            company = self.model.row_at(row)
            if company is None:
                return None
            company_id = company.id
        dialog = CompanyDialog(self.ctx, company_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog))
        dialog.saved.connect(lambda details: self.refresh(select_id=details.id))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def toggle_archived(self) -> None:
        """Archive the selected company, or restore it when it is archived."""
        row = self.selected()
        if row is None:
            return
        with reporting_errors(self):
            if row.archived:
                restore_company(self.ctx.db, self.ctx.actor, row.id)
            else:
                archive_company(self.ctx.db, self.ctx.actor, row.id)
            self.refresh()
            self.table.setFocus()

    def ask_delete(self) -> None:
        """Ask the service whether the company can go; if so, confirm and delete it."""
        row = self.selected()
        if row is None:
            return
        try:
            delete_company(self.ctx.db, self.ctx.actor, row.id, check_only=True)
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        self.delete_box = confirm(
            self,
            self.tr("Elimina l'azienda"),
            self.tr("Eliminare «{name}»? Non ha storia: non resterà traccia nell'elenco.").format(
                name=row.name
            ),
            self.tr("&Elimina"),
            lambda: self.delete(row.id),
            keep=self.tr("&Non eliminare"),
        )
        self.delete_box.finished.connect(lambda _r: setattr(self, "delete_box", None))

    def delete(self, company_id: int) -> None:
        with reporting_errors(self):
            delete_company(self.ctx.db, self.ctx.actor, company_id)
            self.refresh()
