"""Documents: the history of what was printed or exported (dossiers, timesheets, agendas)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_int
from gui.models import AuditTableModel
from gui.widgets import RowTableView, TableOrEmpty, section_title
from models.enums import AuditAction
from models.errors import PermissionDenied
from models.rows import AuditRow
from storage.services.admin import recent_audit

LIMIT = 500


class DocumentsSection(QWidget):
    """The export history from the audit trail, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Documenti"))

        intro = QLabel(
            self.tr(
                "Ogni documento stampato o esportato da Sportello resta registrato: chi l'ha "
                "prodotto, quando e che cosa conteneva."
            )
        )
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = AuditTableModel(self)
        self.table = RowTableView(self.tr("Storico dei documenti esportati"))
        self.table.setModel(self.model)
        self.table.set_column_widths((17, 14, 14, 16, 40))
        self.view = TableOrEmpty(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Documenti")))
        layout.addWidget(intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.refresh()

    def focus_main(self) -> None:
        self.table.setFocus()

    def refresh(self) -> None:
        with reporting_errors(self):
            try:
                rows = recent_audit(
                    self.ctx.db, self.ctx.actor, actions={AuditAction.EXPORT}, limit=LIMIT
                )
            except PermissionDenied:
                self._show_not_allowed()
            else:
                self._show_rows(rows)

    def _show_not_allowed(self) -> None:
        self.model.set_rows([])
        self.count_label.clear()
        self.view.show_empty(
            self.tr("Lo storico dei documenti è visibile a coordinatori e amministratori.")
            + "\n\n"
            + self.tr("Chiedete a un coordinatore se vi serve sapere chi ha stampato un documento.")
        )

    def _show_rows(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        if len(rows) == 1:
            self.count_label.setText(self.tr("1 documento esportato"))
        else:
            self.count_label.setText(
                self.tr("{n} documenti esportati").format(n=fmt_int(len(rows)))
            )
        if rows:
            self.view.show_table()
            return
        self.view.show_empty(
            self.tr("Nessun documento è stato ancora esportato.")
            + "\n\n"
            + self.tr(
                "I dossier dei partecipanti, i registri presenze (timesheet) e le agende "
                "giornaliere stampati da Sportello saranno elencati qui, con data, autore e "
                "contenuto, così che si sappia sempre quali dati sono usciti dal programma."
            )
        )
