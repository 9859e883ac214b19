"""The participant registry: search as you type over a lazy table, sorted in SQL.

Typing waits ~200 ms before searching (a debounce); Enter searches at once and moves to the
table; Down moves to the table too. Enter or a double click on a row opens the participant card.

Beside the search, filters narrow the list in SQL: desk (Alt+S), tutor (Alt+T), programme (Alt+P),
pathway status (Alt+O) and target group (Alt+G), each "Tutti…" by default and filled the first
time it is opened; "Azzera filtri" (Alt+Z) puts them all back. "Importa…" (Alt+M) opens the
import wizard (gui/import_wizard.py); the list reloads after an import.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_int
from gui.models import ParticipantTableModel, participant_model_for
from gui.participant_page import ParticipantPage
from gui.registry_filters import (
    LazyChoiceCombo,
    LazyProgrammeCombo,
    RegistryCombo,
    RegistryDeskCombo,
    RegistryUserCombo,
    pathway_status_choices,
    target_group_choices,
)
from gui.widgets import (
    FlowLayout,
    RowTableView,
    TableOrEmpty,
    control_group,
    section_title,
)
from models.rows import DeskRow, ParticipantQuery, ProgrammeRow, UserRow

SEARCH_DELAY_MS = 200


# The widest codice fiscale one meets: capitals where they can be (the column fits it whole).
CF_SAMPLE = "MMMWMW00M00M000W"


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
        self._dialogs: list[ParticipantPage] = []

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

        self.desk_combo = RegistryDeskCombo(self.tr("Tutti gli sportelli"), self._desks)
        self.tutor_combo = RegistryUserCombo(self.tr("Tutti i tutor"), self._users)
        self.programme_combo = LazyProgrammeCombo(self.tr("Tutti i programmi"), self._programmes)
        self.status_combo = LazyChoiceCombo(self.tr("Tutti gli stati"), pathway_status_choices)
        self.group_combo = LazyChoiceCombo(self.tr("Tutti i gruppi"), target_group_choices)
        filters = FlowLayout()
        for combo, chars, caption, name, tip in (
            (
                self.desk_combo,
                22,
                self.tr("&Sportello:"),
                self.tr("Sportello"),
                self.tr("Le persone assegnate a questo sportello"),
            ),
            (
                self.tutor_combo,
                16,
                self.tr("&Tutor:"),
                self.tr("Tutor"),
                self.tr("Le persone con un percorso seguito da questo tutor"),
            ),
            (
                self.programme_combo,
                22,
                self.tr("&Programma:"),
                self.tr("Programma"),
                self.tr("Le persone con un percorso in questo programma"),
            ),
            (
                self.status_combo,
                20,
                self.tr("Stato del perc&orso:"),
                self.tr("Stato del percorso"),
                self.tr(
                    "Le persone con un percorso in questo stato; con tutor o programma, "
                    "lo stesso percorso"
                ),
            ),
            (
                self.group_combo,
                18,
                self.tr("&Gruppo target:"),
                self.tr("Gruppo target"),
                self.tr("Le persone di questo gruppo target"),
            ),
        ):
            combo.setAccessibleName(name)
            combo.steady(chars)
            combo.set_tip(tip)
            combo.currentIndexChanged.connect(self._on_filter_changed)
            label = QLabel(caption)
            label.setBuddy(combo)
            filters.addWidget(control_group(label, combo))
        self.reset_button = QPushButton(self.tr("A&zzera filtri"))
        self.reset_button.setAccessibleName(self.tr("Azzera filtri"))
        self.reset_button.setToolTip(self.tr("Torna a «Tutti…» in ogni filtro"))
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_button)

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
        self.table.set_column_widths((18, 16, CF_SAMPLE, 13, 18, 16, 13, 10))
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self.table.row_activated.connect(self.open_participant)
        self.view = TableOrEmpty(self.table)

        self.new_button = QPushButton(self.tr("Nuova persona…"))
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_button.setToolTip(self.tr("Registra una nuova persona (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_participant)

        self.import_button = QPushButton(self.tr("I&mporta…"))
        self.import_button.setAccessibleName(self.tr("Importa partecipanti"))
        self.import_button.setToolTip(
            self.tr("Importa persone da un foglio di calcolo (CSV o XLSX), con anteprima")
        )
        self.import_button.clicked.connect(self.open_import)
        self._import_wizard: QWidget | None = None

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Partecipanti")))
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)

        self.refresh()

    # -- public
    def focus_main(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_search(self) -> None:
        self.focus_main()

    def filter_combos(self) -> tuple[RegistryCombo, ...]:
        return (
            self.desk_combo,
            self.tutor_combo,
            self.programme_combo,
            self.status_combo,
            self.group_combo,
        )

    def refresh(self) -> None:
        """Ask for the filters' choices again (those already opened) and run the search again."""
        with reporting_errors(self):
            for combo in self.filter_combos():
                if combo.loaded:
                    combo.reload()
            self.model.reload(self.filtered_query())

    def filtered_query(self) -> ParticipantQuery:
        """The model's query with what the filters say now."""

        def chosen(combo: RegistryCombo) -> str | None:
            value = combo.currentData()
            return str(value) if value else None

        return replace(
            self.model.query,
            desk_code=chosen(self.desk_combo),
            tutor=chosen(self.tutor_combo),
            programme_code=chosen(self.programme_combo),
            pathway_status=chosen(self.status_combo),
            target_group=chosen(self.group_combo),
        )

    def filters_active(self) -> bool:
        return any(combo.currentData() for combo in self.filter_combos())

    def reset_filters(self) -> None:
        """Every filter back to «Tutti…», with one search."""
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
            combo.refresh_tip()
        self._on_filter_changed()
        self.search.setFocus()

    def run_search(self) -> None:
        """Search now with the text typed (the debounce timer calls this)."""
        self._timer.stop()
        text = self.search.text().strip()
        if text == self.model.query.text:
            return
        with reporting_errors(self):
            self.model.set_text(text)

    def open_participant(
        self, row: int | None = None, *, pid: int | None = None
    ) -> ParticipantPage | None:
        """The page of the participant in table row `row` (or with id `pid`; neither: a newcomer).

        A save reloads the registry; a possible duplicate asked for opens in a page of its own.
        """
        if row is not None:
            participant = self.model.row_at(row)
            if participant is None:
                return None
            pid = participant.id
        dialog = ParticipantPage(self.ctx, pid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._dialogs.remove(dialog))
        dialog.saved.connect(lambda _row: self.refresh())
        dialog.open_record.connect(lambda other: self.open_participant(pid=other))
        self._dialogs.append(dialog)
        dialog.open()
        return dialog

    def new_participant(self) -> ParticipantPage | None:
        """ "Nuova persona…" (Ctrl+Shift+N): the empty form of a newcomer."""
        return self.open_participant()

    def open_import(self) -> QWidget:
        """The import wizard (not blocking); the registry reloads after an import."""
        from gui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self, desk_code=self.desk_combo.currentData())
        wizard.imported.connect(lambda _report: self.refresh())
        wizard.finished.connect(lambda _r: self._on_import_closed(wizard))
        self._import_wizard = wizard
        wizard.open()
        return wizard

    def _on_import_closed(self, wizard: QWidget) -> None:
        if self._import_wizard is wizard:
            self._import_wizard = None
        wizard.deleteLater()

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

    def _on_filter_changed(self, _index: int = 0) -> None:
        self.reset_button.setEnabled(self.filters_active())
        with reporting_errors(self):
            self.model.reload(self.filtered_query())

    # -- the filters' choices (the administration services load only when a filter is opened)
    def _desks(self) -> list[DeskRow]:
        from storage.services.admin import list_desks

        return list_desks(self.ctx.db, self.ctx.actor)

    def _users(self) -> list[UserRow]:
        from storage.services.admin import list_users

        return list_users(self.ctx.db, self.ctx.actor)

    def _programmes(self) -> list[ProgrammeRow]:
        from storage.services.admin import list_programmes

        return list_programmes(self.ctx.db, self.ctx.actor)

    def _on_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
            header.blockSignals(False)

    def _on_model_reloaded(self, total: int) -> None:
        query = self.model.query
        narrowed = bool(query.text) or self.filters_active()
        if narrowed and total == 1:
            self.count_label.setText(self.tr("1 partecipante trovato"))
        elif narrowed:
            self.count_label.setText(self.tr("{n} partecipanti trovati").format(n=fmt_int(total)))
        elif total == 1:
            self.count_label.setText(self.tr("1 partecipante"))
        else:
            self.count_label.setText(self.tr("{n} partecipanti").format(n=fmt_int(total)))
        if total:
            self.view.show_table()
            return
        others = (query.tutor, query.programme_code, query.pathway_status, query.target_group)
        if query.text:
            text = self.tr("Nessun partecipante corrisponde a «{text}».").format(text=query.text)
            if self.filters_active():
                hint = self.tr(
                    "Controllate l'ortografia, provate con il solo cognome o con le prime "
                    "lettere del codice fiscale, oppure azzerate i filtri (Alt+Z)."
                )
            else:
                hint = self.tr(
                    "Controllate l'ortografia, provate con il solo cognome o con le prime "
                    "lettere del codice fiscale."
                )
        elif any(others):
            text = self.tr("Nessun partecipante corrisponde ai filtri scelti.")
            hint = self.tr("Premete «Azzera filtri» (Alt+Z) per vedere l'intera anagrafica.")
        elif query.desk_code:
            text = self.tr("Nessun partecipante è assegnato a questo sportello.")
            hint = self.tr("Scegliete «Tutti gli sportelli» per vedere l'intera anagrafica.")
        else:
            text = self.tr("L'anagrafica è ancora vuota.")
            hint = self.tr(
                "I partecipanti si importano da un foglio di calcolo (CSV o XLSX) con il "
                "pulsante «Importa…» (Alt+M); per fare pratica potete caricare i dati "
                "dimostrativi con «sportello demo»."
            )
        self.view.show_empty(f"{text}\n\n{hint}")
