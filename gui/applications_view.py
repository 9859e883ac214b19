"""The tutor's list of applications: those of the participants whose current pathway they follow.

Earliest follow-up first (those without one at the end); a follow-up already past is in the
warning colour and says «scaduto». «Solo da seguire entro 7 giorni» (Alt+G) keeps the active
applications with a follow-up due within a week, overdue ones included. Enter (or a double click)
on a row emits `open_participant` with the person's id: the main window opens their page. F5
reads the list again. The storage service is imported when the list is first read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui import labels
from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_date
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, section_title

if TYPE_CHECKING:
    from storage.services.jobsearch import ApplicationRow

WARNING = QColor("#b42318")
MUTED = QColor("#52606d")


class TutorApplicationsTableModel(ListTableModel["ApplicationRow"]):
    """Applications of the tutor's participants, earliest follow-up first."""

    (
        COL_FOLLOW_UP,
        COL_PARTICIPANT,
        COL_COMPANY,
        COL_ROLE,
        COL_STATUS,
        COL_CHANNEL,
        COL_APPLIED,
    ) = range(7)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Da richiamare il"),
            self.tr("Partecipante"),
            self.tr("Azienda"),
            self.tr("Mansione"),
            self.tr("Stato"),
            self.tr("Canale"),
            self.tr("Inviata il"),
        )

    def display(self, row: ApplicationRow, column: int) -> str:
        if column == self.COL_FOLLOW_UP:
            if row.follow_up_on is None:
                return ""
            day = fmt_date(row.follow_up_on)
            return self.tr("{day} (scaduto)").format(day=day) if row.overdue else day
        if column == self.COL_PARTICIPANT:
            return row.participant_name
        if column == self.COL_COMPANY:
            return row.company_name
        if column == self.COL_ROLE:
            return row.role
        if column == self.COL_STATUS:
            return labels.application_status_label(row.status)
        if column == self.COL_CHANNEL:
            return labels.application_channel_label(row.channel)
        if column == self.COL_APPLIED:
            return fmt_date(row.applied_on)
        return ""

    def foreground(self, row: ApplicationRow, column: int) -> QColor | None:
        if column == self.COL_FOLLOW_UP and row.overdue:
            return WARNING
        if column == self.COL_CHANNEL:
            return MUTED
        return None

    def font(self, row: ApplicationRow, column: int) -> QFont | None:
        if column == self.COL_FOLLOW_UP and row.overdue:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def tooltip(self, row: ApplicationRow, column: int) -> str | None:
        if column == self.COL_PARTICIPANT:
            return self.tr("{name} ({code}): Invio apre la scheda").format(
                name=row.participant_name, code=row.participant_code
            )
        if column in (self.COL_COMPANY, self.COL_ROLE):
            return self.display(row, column)
        return None


class TutorApplicationsView(QWidget):
    """The applications the acting tutor follows (see the module docstring)."""

    open_participant = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = section_title(self.tr("Candidature dei miei partecipanti"))
        self.due_check = QCheckBox(self.tr("Solo da seguire entro 7 &giorni"))
        self.due_check.setAccessibleName(self.tr("Solo da seguire entro 7 giorni"))
        self.due_check.toggled.connect(lambda _checked: self.refresh())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.due_check)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.model = TutorApplicationsTableModel(self)
        self.table = RowTableView(self.tr("Candidature dei miei partecipanti"))
        self.table.setModel(self.model)
        self.table.set_column_widths((27, 20, 24, 22, 11, 20, 10))
        self.table.row_activated.connect(self._on_row_activated)
        self.holder = TableOrEmpty(self.table)
        caption = QLabel(self.tr("&Candidature:"))
        caption.setBuddy(self.table)

        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(caption)
        layout.addWidget(self.holder, 1)

    def refresh(self) -> None:
        """Read the list again (keeping the selected application when it is still there)."""
        from storage.services.jobsearch import tutor_applications

        current = self.model.row_at(self.table.currentIndex().row())
        due_only = self.due_check.isChecked()
        with reporting_errors(self):
            rows = tutor_applications(self.ctx.db, self.ctx.actor, due_only=due_only)
            self.model.set_rows(rows)
            if rows:
                self.holder.show_table()
                overdue = sum(1 for r in rows if r.overdue)
                text = (
                    self.tr("{n} candidature").format(n=len(rows))
                    if len(rows) != 1
                    else self.tr("1 candidatura")
                )
                if overdue == 1:
                    text += " · " + self.tr("1 richiamo scaduto")
                elif overdue:
                    text += " · " + self.tr("{n} richiami scaduti").format(n=overdue)
                self.count_label.setText(text)
            else:
                self.count_label.setText("")
                self.holder.show_empty(self._empty_text(due_only))
            index = next(
                (n for n, r in enumerate(rows) if current is not None and r.id == current.id), 0
            )
            if rows:
                self.table.setCurrentIndex(self.model.index(index, 0))

    def _empty_text(self, due_only: bool) -> str:
        if due_only:
            return self.tr(
                "Nessun richiamo nei prossimi 7 giorni.\n"
                "Togliete «Solo da seguire entro 7 giorni» (Alt+G) per vedere tutte le candidature."
            )
        return self.tr(
            "Nessuna candidatura per le persone che seguite.\n"
            "Le candidature si registrano dalla scheda della persona, «Ricerca lavoro»; qui "
            "compaiono quelle delle persone con un percorso aperto di cui siete tutor."
        )

    def focus_main(self) -> None:
        """The cursor in the list (or on the filter when the list is empty)."""
        if self.holder.is_empty_shown():
            self.due_check.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_row_activated(self, row: int) -> None:
        application = self.model.row_at(row)
        if application is not None:
            self.open_participant.emit(application.participant_id)
