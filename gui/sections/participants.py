"""The participant registry: search as you type over a lazy table, sorted in SQL.

Typing waits ~200 ms before searching (a debounce); Enter searches at once and moves to the
table; Down moves to the table too. Enter or a double click on a row opens the participant card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_int
from gui.models import ParticipantTableModel, participant_model_for
from gui.participant_dialog import ParticipantDialog
from gui.widgets import RowTableView, TableOrEmpty, fill_desk_combo, section_title
from storage.services.admin import list_desks

SEARCH_DELAY_MS = 200


class _SearchEdit(QLineEdit):
    """The search box; Down hands the keyboard to the results."""

    def __init__(self, on_down: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_down = on_down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and callable(self._on_down):
            self._on_down()
            return
        super().keyPressEvent(event)


class ParticipantsSection(QWidget):
    """Search box, desk filter, count and the lazy table of participants."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Partecipanti"))
        self._dialogs: list[ParticipantDialog] = []

        self.search = _SearchEdit(self._focus_table)
        self.search.setPlaceholderText(
            self.tr("Cerca per cognome e nome, codice fiscale, codice interno o telefono")
        )
        self.search.setAccessibleName(self.tr("Cerca partecipanti"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        search_label = QLabel(self.tr("C&erca:"))
        search_label.setBuddy(self.search)

        self.desk_combo = QComboBox()
        self.desk_combo.setAccessibleName(self.tr("Sportello"))
        self.desk_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.desk_combo.currentIndexChanged.connect(self._on_desk_changed)
        desk_label = QLabel(self.tr("&Sportello:"))
        desk_label.setBuddy(self.desk_combo)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Numero di partecipanti trovati"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)

        self.model: ParticipantTableModel = participant_model_for(ctx.db, ctx.actor, self)
        self.model.reloaded.connect(self._on_model_reloaded)
        self.table = RowTableView(self.tr("Elenco dei partecipanti"))
        self.table.setModel(self.model)
        self.table.set_column_widths((18, 16, 21, 13, 18, 16, 13, 10))
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self.table.row_activated.connect(self.open_participant)
        self.view = TableOrEmpty(self.table)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(desk_label)
        top.addWidget(self.desk_combo)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Partecipanti")))
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)

        self.refresh()

    # -- public
    def focus_main(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_search(self) -> None:
        self.focus_main()

    def refresh(self) -> None:
        with reporting_errors(self):
            fill_desk_combo(
                self.desk_combo,
                list_desks(self.ctx.db, self.ctx.actor),
                self.tr("Tutti gli sportelli"),
            )
            self.model.reload()

    def run_search(self) -> None:
        """Search now with the text typed (the debounce timer calls this)."""
        self._timer.stop()
        text = self.search.text().strip()
        if text == self.model.query.text:
            return
        with reporting_errors(self):
            self.model.set_text(text)

    def open_participant(self, row: int) -> ParticipantDialog | None:
        participant = self.model.row_at(row)
        if participant is None:
            return None
        dialog = ParticipantDialog(participant, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog))
        self._dialogs.append(dialog)
        dialog.open()
        return dialog

    # -- slots
    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_search_return_pressed(self) -> None:
        self.run_search()
        self._focus_table()

    def _focus_table(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(max(self.table.currentIndex().row(), 0))

    def _on_desk_changed(self, _index: int) -> None:
        code = self.desk_combo.currentData()
        with reporting_errors(self):
            self.model.set_desk(str(code) if code else None)

    def _on_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)

    def _on_model_reloaded(self, total: int) -> None:
        if total == 1:
            self.count_label.setText(self.tr("1 partecipante"))
        else:
            self.count_label.setText(self.tr("{n} partecipanti").format(n=fmt_int(total)))
        if total:
            self.view.show_table()
            return
        query = self.model.query
        if query.text:
            text = self.tr("Nessun partecipante corrisponde a «{text}».").format(text=query.text)
            hint = self.tr(
                "Controllate l'ortografia, provate con il solo cognome o con le prime lettere "
                "del codice fiscale, oppure scegliete «Tutti gli sportelli»."
            )
        elif query.desk_code:
            text = self.tr("Nessun partecipante è assegnato a questo sportello.")
            hint = self.tr("Scegliete «Tutti gli sportelli» per vedere l'intera anagrafica.")
        else:
            text = self.tr("L'anagrafica è ancora vuota.")
            hint = self.tr(
                "I partecipanti si importano da un foglio di calcolo (CSV o XLSX) con il comando "
                "«sportello import participants FILE»; per fare pratica potete caricare i dati "
                "dimostrativi con «sportello demo»."
            )
        self.view.show_empty(f"{text}\n\n{hint}")
