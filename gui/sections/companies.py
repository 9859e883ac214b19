"""Companies: host companies and employers, with internships and uncovered Law 68/99 posts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_int
from gui.models import CompanyTableModel
from gui.widgets import RowTableView, TableOrEmpty, section_title
from storage.services.companies import list_companies

LIMIT = 500
FILTER_DELAY_MS = 200


class CompaniesSection(QWidget):
    """A name filter over the list of companies."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Aziende"))

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

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = CompanyTableModel(self)
        self.table = RowTableView(self.tr("Elenco delle aziende"))
        self.table.setModel(self.model)
        self.table.set_column_widths((34, 13, 9, 18, 11, 9, 18))
        self.view = TableOrEmpty(self.table)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Aziende")))
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.refresh()

    def focus_main(self) -> None:
        self.filter_edit.setFocus()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.filter_edit.text().strip()
        with reporting_errors(self):
            rows = list_companies(self.ctx.db, self.ctx.actor, text=text, limit=LIMIT)
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
                        "quelle con obblighi della legge 68/99, con i posti ancora scoperti."
                    )
                )
