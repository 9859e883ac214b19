"""«Cerca nelle note» (Ctrl+Shift+F): full-text search over the tutoring notes one may read.

Typing searches after a short pause (accents and case ignored, the last word as a prefix);
Enter or a double click on a hit opens the participant's page. What comes back is already
filtered by the service: confidential notes of others never reach this window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_date
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label

if TYPE_CHECKING:
    from storage.services.search import NoteHit

LIMIT = 50
DELAY_MS = 250


class NoteHitModel(ListTableModel["NoteHit"]):
    DAY, PERSON, AUTHOR, TEXT = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("Data"), self.tr("Partecipante"), self.tr("Autore"), self.tr("Testo"))

    def display(self, row: NoteHit, column: int) -> str:
        if column == self.DAY:
            return fmt_date(row.day)
        if column == self.PERSON:
            return f"{row.participant_name} ({row.participant_code})"
        if column == self.AUTHOR:
            return row.author + (self.tr(" — riservata") if row.confidential else "")
        return row.snippet

    def tooltip(self, row: NoteHit, column: int) -> str | None:
        return row.snippet if column == self.TEXT else None


class NoteSearchDialog(QDialog):
    """Search the notes; `open_participant` carries the id of the person whose note is chosen."""

    open_participant = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cerca nelle note"))
        self.resize(900, 520)

        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Parole da cercare nelle note"))
        self.edit.setPlaceholderText(self.tr("per esempio: colloquio falegnameria"))
        self.edit.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Cerca:"))
        label.setBuddy(self.edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = NoteHitModel(self)
        self.table = RowTableView(self.tr("Note trovate"))
        self.table.setModel(self.model)
        self.table.set_column_widths((11, 30, 18, 60))
        self.table.row_activated.connect(self.choose)
        self.view = TableOrEmpty(self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._enter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("C&hiudi"))
        # Enter searches or opens a hit; it must never close the window (Esc does).
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        hint = hint_label(
            self.tr(
                "Accenti e maiuscole non contano; l'ultima parola vale anche come inizio di "
                "parola. Le note riservate si vedono solo se le avete scritte voi o siete "
                "coordinatori. Invio apre la scheda della persona."
            )
        )
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._show_start()
        self.edit.setFocus()

    def _show_start(self) -> None:
        self.count_label.clear()
        self.view.show_empty(
            self.tr(
                "Scrivete una o più parole: compariranno le note che le contengono, "
                "dalla più recente."
            )
        )

    def _enter(self) -> None:
        """Enter in the search box: search now, or open the hit already chosen."""
        if self._timer.isActive() or not self.model.rowCount():
            self.search()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def search(self) -> None:
        from storage.services.search import search_notes

        self._timer.stop()
        text = self.edit.text().strip()
        if not any(ch.isalnum() for ch in text):
            self.model.set_rows([])
            self._show_start()
            return
        with reporting_errors(self):
            hits = search_notes(self.ctx.db, self.ctx.actor, text, limit=LIMIT)
            self.model.set_rows(hits)
            if not hits:
                self.count_label.clear()
                self.view.show_empty(
                    self.tr("Nessuna nota contiene «{text}».").format(text=text)
                    + "\n\n"
                    + self.tr("Provate con meno parole o con l'inizio di una parola.")
                )
                return
            self.view.show_table()
            if len(hits) >= LIMIT:
                self.count_label.setText(
                    self.tr("Le {n} note più recenti: aggiungete parole per restringere.").format(
                        n=LIMIT
                    )
                )
            elif len(hits) == 1:
                self.count_label.setText(self.tr("1 nota"))
            else:
                self.count_label.setText(self.tr("{n} note").format(n=len(hits)))

    def choose(self, row: int) -> None:
        hit = self.model.row_at(row)
        if hit is not None:
            self.open_participant.emit(hit.participant_id)
