"""Importing participants from a spreadsheet (CSV or XLSX): choose, check, import, report.

One dialog, three pages:

1. **File** – the person picks a .csv or .xlsx file (Qt's own dialog, so that it looks the same
   everywhere and a test can replace it: monkeypatch `gui.import_wizard.ask_open_path`). A file
   that cannot be read (unknown format, empty, damaged, too big) is explained on this page.
2. **Anteprima** – each column of the file with an example value and the field it goes into,
   guessed from its header (`models.importing.guess_mapping`) and changeable by hand; the counts
   (rows, new people, people already registered, rejected rows) and the first rejected rows with
   line, field and reason, recomputed by `preview_import` whenever the columns change; an optional
   desk for the new people. Nothing is written until «Importa N persone».
3. **Risultato** – what was imported, and «Salva le righe scartate…», which writes the rejected
   rows (line, field, reason) to a CSV file the person chooses, to fix the spreadsheet.

Reading the file, the preview and the import run in `gui.workers.run_task` (tests pass a
synchronous pool). The import writes in one transaction: cancelling its progress writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import files
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, expected_error_box, message_box
from gui.form_dialog import error_label
from gui.format import fmt_int
from gui.models import ListTableModel
from gui.settings import app_settings
from gui.widgets import CounterCard, RowTableView, fill_desk_combo, hint_label
from gui.workers import TaskHandle, run_task
from models.errors import ValidationError
from models.importing import ALIASES, LABELS, REQUIRED, RowProblem

if TYPE_CHECKING:
    from storage.services.importing import ImportPreview, ImportReport

log = logging.getLogger(__name__)

FILE_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(3)
SHOWN_PROBLEMS = 200  # rejected rows listed in the preview; all of them go to the saved file
EXAMPLE_ROWS = 5  # rows looked at for a column's example value
PREVIEW_DELAY_MS = 300  # after a column's field changes, before the file is read again
IMPORT_FOLDER = "import/folder"
FILE_FILTER = "*.csv *.xlsx *.xlsm *.txt"


def field_label(name: str) -> str:
    """The Italian name of a field (models.importing.LABELS), through the translator."""
    return QCoreApplication.translate("importing", LABELS.get(name, name))


def import_folder() -> Path:
    """Where the file dialog starts: the folder imported from last time, else Documents."""
    last = app_settings().value(IMPORT_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_open_path(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """Open Qt's own file dialog (not blocking); `on_chosen(path)` runs when a file is chosen."""
    dialog = files.file_dialog(
        parent,
        title,
        import_folder(),
        QCoreApplication.translate("ImportWizard", "Apri"),
        QCoreApplication.translate("ImportWizard", "Annulla"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [name_filter, QCoreApplication.translate("ImportWizard", "Tutti i file (*)")]
    )
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


# --------------------------------------------------------------------------- reading (worker)


@dataclass
class LoadedFile:
    """A file read for the preview page: its columns, an example of each, the guessed fields."""

    path: Path
    kind: str
    delimiter: str | None
    headers: list[str]
    examples: list[str]
    mapping: dict[int, str]
    preview: ImportPreview | None  # None when a required column was not recognised


def missing_required(mapping: dict[int, str]) -> list[str]:
    chosen = set(mapping.values())
    return [name for name in REQUIRED if name not in chosen]


def load_file(db: Any, actor: Any, path: Path) -> LoadedFile:
    """Read the file's columns and examples, then preview it with the guessed columns."""
    from models.importing import guess_mapping, read_table
    from storage.services.importing import preview_import

    table = read_table(path)
    examples = []
    for column in range(len(table.headers)):
        values = [
            cells[column] for _line, cells in table.rows[:EXAMPLE_ROWS] if column < len(cells)
        ]
        examples.append(next((v for v in values if v), ""))
    headers = list(table.headers)
    kind, delimiter = table.kind, table.delimiter
    mapping = guess_mapping(headers)
    del table  # a big file is read again by the preview: do not hold it twice
    preview = None
    if not missing_required(mapping):
        preview = preview_import(db, actor, path, mapping=mapping)
    return LoadedFile(path, kind, delimiter, headers, examples, mapping, preview)


# --------------------------------------------------------------------------- rejected rows


class ProblemTableModel(ListTableModel[RowProblem]):
    """Rejected rows: the line of the file, the field and why."""

    COL_LINE = 0
    COL_FIELD = 1
    COL_REASON = 2
    RIGHT_ALIGNED = frozenset({COL_LINE})

    def headers(self) -> Sequence[str]:
        return (self.tr("Riga"), self.tr("Campo"), self.tr("Motivo"))

    def display(self, row: RowProblem, column: int) -> str:
        if column == self.COL_LINE:
            return fmt_int(row.line)
        if column == self.COL_FIELD:
            return row.label
        if column == self.COL_REASON:
            return row.reason
        return ""

    def tooltip(self, row: RowProblem, column: int) -> str | None:
        return row.reason if column == self.COL_REASON else None


# --------------------------------------------------------------------------- the dialog


class ImportWizard(QDialog):
    """File → preview and columns → import with progress → result (see the module docstring)."""

    imported = Signal(object)  # the ImportReport, once people were written

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, desk_code: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Importa partecipanti"))
        self.setAccessibleName(self.tr("Importa partecipanti da un foglio di calcolo"))
        self.loaded: LoadedFile | None = None
        self.mapping: dict[int, str] = {}
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.combos: list[QComboBox] = []
        self._generation = 0  # previews started; an older one's answer is ignored
        self._task: TaskHandle | None = None  # the import, while it runs
        self._progress: QProgressDialog | None = None
        self._closed = False
        self._busy = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_result_page())

        self.back_button = QPushButton(self.tr("Indie&tro"))
        self.back_button.setToolTip(self.tr("Scegliete un altro file"))
        self.back_button.clicked.connect(lambda: self.show_page(FILE_PAGE))
        self.next_button = QPushButton()
        self.next_button.setObjectName("primaryButton")
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button = QPushButton(self.tr("Annulla"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        with_desks = self._fill_desks(desk_code)
        self.desk_row.setVisible(with_desks)
        self._fit_size()
        self.show_page(FILE_PAGE)

    # ------------------------------------------------------------------ building

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Importate le persone da un foglio di calcolo. La prima riga deve contenere i "
                "nomi delle colonne; servono almeno codice fiscale, cognome e nome. Prima di "
                "scrivere qualcosa vedrete un'anteprima: quante persone sono nuove, quante sono "
                "già in anagrafica (restano come sono) e quali righe vanno corrette."
            )
        )
        intro.setWordWrap(True)
        formats = hint_label(
            self.tr(
                "Formati: .xlsx (il primo foglio) oppure .csv separato da «;» o da «,», meglio "
                "se salvato come «CSV UTF-8». Le date come 31/12/1980. Un'intestazione che "
                "Sportello riconosce da sé: codice_fiscale; cognome; nome; data_nascita; sesso; "
                "telefono; email; indirizzo; cap; comune. Le altre colonne si abbinano a mano "
                "nel passo successivo."
            )
        )

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File da importare"))
        self.path_edit.setPlaceholderText(self.tr("Scegliete il file con «Sfoglia…»"))
        self.path_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.path_edit.returnPressed.connect(self._on_next_clicked)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Sfoglia…"))
        self.browse_button.setAccessibleName(self.tr("Sfoglia"))
        self.browse_button.setToolTip(self.tr("Scegliete il file .csv o .xlsx da importare"))
        self.browse_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.file_status = QLabel()
        self.file_status.setObjectName("hint")
        self.file_status.setVisible(False)
        self.file_error = error_label()
        self.file_error.setAccessibleName(self.tr("Problema del file"))

        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Quale file importare")))
        layout.addWidget(intro)
        layout.addWidget(formats)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.file_status)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.file_summary = hint_label()
        self.file_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Left: the columns of the file and where each one goes.
        columns_title = self._title(self.tr("&Colonne del file"))
        columns_hint = hint_label(
            self.tr(
                "Per ogni colonna scegliete il campo di Sportello in cui importarla, oppure "
                "«non importare». I campi con * sono obbligatori."
            )
        )
        self.columns_area = QScrollArea()
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setAccessibleName(self.tr("Colonne del file"))
        self.columns_area.setWidget(QWidget())
        self.columns_title = columns_title
        self.mapping_error = error_label()
        self.mapping_error.setAccessibleName(self.tr("Colonne mancanti"))
        left = QVBoxLayout()
        left.addWidget(columns_title)
        left.addWidget(columns_hint)
        left.addWidget(self.columns_area, 1)
        left.addWidget(self.mapping_error)

        # Right: the counts, the rejected rows and the desk.
        self.count_rows = CounterCard(self.tr("Righe nel file"))
        self.count_new = CounterCard(self.tr("Da importare"))
        self.count_new.setToolTip(self.tr("Persone nuove, con le righe corrette"))
        self.count_existing = CounterCard(self.tr("Già presenti"))
        self.count_existing.setToolTip(
            self.tr("Persone già in anagrafica con lo stesso codice fiscale: restano come sono")
        )
        self.count_rejected = CounterCard(self.tr("Scartate"))
        self.count_rejected.setToolTip(self.tr("Righe con un errore: non saranno importate"))
        counters = QGridLayout()
        for n, card in enumerate(
            (self.count_rows, self.count_new, self.count_existing, self.count_rejected)
        ):
            counters.addWidget(card, 0, n)
            counters.setColumnStretch(n, 1)
        self.problems_title = self._title(self.tr("Righe scartate"))
        self.problems_hint = hint_label()
        self.problems_model = ProblemTableModel(self)
        self.problems_table = self._problem_view((5, 14, 40))

        self.desk_combo = QComboBox()
        self.desk_combo.setAccessibleName(self.tr("Sportello dei nuovi partecipanti"))
        self.desk_combo.setToolTip(
            self.tr("Facoltativo; le persone già in anagrafica non cambiano sportello")
        )
        desk_label = QLabel(self.tr("Sportello &dei nuovi partecipanti:"))
        desk_label.setBuddy(self.desk_combo)
        self.desk_row = QWidget()
        desk_line = QHBoxLayout(self.desk_row)
        desk_line.setContentsMargins(0, 0, 0, 0)
        desk_line.addWidget(desk_label)
        desk_line.addWidget(self.desk_combo, 1)

        self.preview_status = hint_label()
        self.preview_status.setVisible(False)
        self.import_notice = error_label()
        self.import_notice.setAccessibleName(self.tr("Esito dell'importazione"))

        right = QVBoxLayout()
        right.addLayout(counters)
        right.addWidget(self.preview_status)
        right.addWidget(self.problems_title)
        right.addWidget(self.problems_hint)
        right.addWidget(self.problems_table, 1)
        right.addWidget(self.desk_row)
        right.addWidget(self.import_notice)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addSpacing(12)
        body.addLayout(right, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_summary)
        layout.addLayout(body, 1)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_title = self._title(self.tr("Importazione completata"))
        self.result_text = QLabel()
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_imported = CounterCard(self.tr("Importate"))
        self.result_existing = CounterCard(self.tr("Già presenti, non modificate"))
        self.result_rejected = CounterCard(self.tr("Righe scartate"))
        counters = QHBoxLayout()
        for card in (self.result_imported, self.result_existing, self.result_rejected):
            counters.addWidget(card, 1)
        self.rejected_hint = QLabel(
            self.tr(
                "Le righe qui sotto non sono state importate. Salvatele in un file, correggetele "
                "nel foglio di calcolo e importate di nuovo lo stesso file: le persone già "
                "importate non vengono duplicate."
            )
        )
        self.rejected_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Salva le righe scartate…"))
        self.save_button.setAccessibleName(self.tr("Salva le righe scartate"))
        self.save_button.setToolTip(
            self.tr("Un file CSV con riga, campo e motivo di ogni riga scartata")
        )
        self.save_button.clicked.connect(self.save_problems)
        self.save_status = hint_label()
        self.save_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_status.setVisible(False)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        self.result_problems = self._problem_view((5, 16, 60))

        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addLayout(counters)
        layout.addSpacing(8)
        layout.addWidget(self.rejected_hint)
        layout.addWidget(self.result_problems, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.save_status)
        self.result_spacer = QWidget()
        layout.addWidget(self.result_spacer, 1)
        return page

    def _fit_size(self) -> None:
        """Wide enough for the columns beside the counts, within the screen it opens on."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 180, metrics.height() * 48
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def _problem_view(self, widths: tuple[int, ...]) -> RowTableView:
        """The rejected rows; a long reason wraps (at most a few hundred rows are listed)."""
        view = RowTableView(self.tr("Righe scartate"))
        view.setModel(self.problems_model)
        view.set_column_widths(widths)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("subTitle")
        return label

    def _fill_desks(self, desk_code: str | None) -> bool:
        """The desks for the new people; False when none could be read (the row is hidden)."""
        from storage.services.admin import list_desks

        try:
            desks = list_desks(self.ctx.db, self.ctx.actor)
        except EXPECTED_ERRORS:
            return False
        fill_desk_combo(self.desk_combo, desks, self.tr("Nessuno"))
        if desk_code:
            self.desk_combo.setCurrentIndex(max(self.desk_combo.findData(desk_code), 0))
        return bool(desks)

    # ------------------------------------------------------------------ pages and buttons

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()
        if page == FILE_PAGE:
            (self.browse_button if not self.path_edit.text() else self.path_edit).setFocus()
        elif page == PREVIEW_PAGE:
            # Not on «Importa»: a second Enter after choosing the file must not import.
            (self.combos[0] if self.combos else self.back_button).setFocus()
        else:
            (self.save_button if self.save_button.isVisible() else self.close_button).setFocus()

    def _update_buttons(self) -> None:
        page = self.current_page()
        self.back_button.setVisible(page == PREVIEW_PAGE)
        self.back_button.setEnabled(not self._busy)
        self.next_button.setVisible(page != RESULT_PAGE)
        self.close_button.setText(self.tr("&Chiudi") if page == RESULT_PAGE else self.tr("Annulla"))
        self.close_button.setDefault(page == RESULT_PAGE)
        if page == FILE_PAGE:
            self.next_button.setText(self.tr("A&vanti"))
            self.next_button.setToolTip(self.tr("Legge il file e mostra l'anteprima"))
            self.next_button.setEnabled(bool(self.path_edit.text().strip()) and not self._busy)
            self.browse_button.setEnabled(not self._busy)
        elif page == PREVIEW_PAGE:
            new = self.preview.valid if self.preview is not None else 0
            ready = self.preview is not None and not self._busy and new > 0
            if self.preview is None:
                self.next_button.setText(self.tr("&Importa"))
            elif new == 0:
                self.next_button.setText(self.tr("Nessuna persona nuova da importare"))
            elif new == 1:
                self.next_button.setText(self.tr("&Importa 1 persona"))
            else:
                self.next_button.setText(self.tr("&Importa {n} persone").format(n=fmt_int(new)))
            self.next_button.setToolTip(
                self.tr("Scrive in anagrafica le persone nuove, tutte insieme (Alt+I)")
            )
            self.next_button.setEnabled(ready)
        # On the preview, Enter does not import: «Importa» takes a click, Alt+I or Space.
        self.next_button.setDefault(page == FILE_PAGE)
        self.next_button.setAutoDefault(page == FILE_PAGE)
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))

    def _on_next_clicked(self) -> None:
        if self.current_page() == FILE_PAGE:
            text = self.path_edit.text().strip()
            if text:
                self.load(Path(text))
        elif self.current_page() == PREVIEW_PAGE:
            self.start_import()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        for label in (self.file_status, self.preview_status):
            label.setText(message)
            label.setVisible(bool(message))
        self._update_buttons()

    # ------------------------------------------------------------------ 1. the file

    def choose_file(self) -> None:
        """Qt's file dialog; the file chosen is read at once."""
        ask_open_path(
            self,
            self.tr("Scegliete il file da importare"),
            self.tr("Fogli di calcolo ({patterns})").format(patterns=FILE_FILTER),
            self.load,
        )

    def load(self, path: Path) -> None:
        """Read the file and preview it, off the GUI thread; the preview page follows."""
        path = Path(path)
        self.path_edit.setText(str(path))
        self.file_error.setVisible(False)
        self._set_busy(True, self.tr("Lettura di {name}…").format(name=path.name))
        app_settings().setValue(IMPORT_FOLDER, str(path.parent))
        db, actor = self.ctx.db, self.ctx.actor
        self._generation += 1
        generation = self._generation
        run_task(
            lambda: load_file(db, actor, path),
            lambda loaded: self._on_loaded(generation, loaded),
            lambda exc: self._on_load_failed(generation, exc),
            pool=self.ctx.pool,
        )

    def _on_loaded(self, generation: int, loaded: LoadedFile) -> None:
        if self._closed or generation != self._generation:
            return
        self._set_busy(False)
        self.loaded = loaded
        self.mapping = dict(loaded.mapping)
        self.import_notice.setVisible(False)
        self._build_mapping(loaded)
        self._show_summary(loaded)
        self._show_preview(loaded.preview)
        self.show_page(PREVIEW_PAGE)

    def _on_load_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_file_error(exc)
            return
        if isinstance(exc, EXPECTED_ERRORS):
            expected_error_box(self, exc)
            return
        if isinstance(exc, OSError):  # unreadable: permissions, a vanished network folder
            self.show_file_error(ValidationError("file", str(exc), label=self.tr("File")))
            return
        raise exc

    def show_file_error(self, exc: ValidationError) -> None:
        reason = exc.reason[:1].upper() + exc.reason[1:]
        self.file_error.setText(
            self.tr(
                "Questo file non si può importare.\n{reason}\nNon è stato scritto nulla."
            ).format(reason=reason)
        )
        self.file_error.setVisible(True)
        self.show_page(FILE_PAGE)
        self.browse_button.setFocus()

    # ------------------------------------------------------------------ 2. columns and preview

    def _show_summary(self, loaded: LoadedFile) -> None:
        if loaded.kind == "csv":
            kind = self.tr("CSV separato da «{d}»").format(d=loaded.delimiter or ",")
        else:
            kind = self.tr("foglio Excel")
        self.file_summary.setText(
            self.tr("{name} · {kind} · {n} colonne · cartella {folder}").format(
                name=loaded.path.name,
                kind=kind,
                n=len(loaded.headers),
                folder=loaded.path.parent,
            )
        )

    def _build_mapping(self, loaded: LoadedFile) -> None:
        """One line per column of the file: its header, an example, and the field it goes into."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(10)
        for column, caption in enumerate(
            (self.tr("Colonna"), self.tr("Esempio"), self.tr("Importa come"))
        ):
            head = QLabel(caption)
            head.setObjectName("subTitle")
            grid.addWidget(head, 0, column)
        self.combos = []
        metrics = self.fontMetrics()
        for index, header in enumerate(loaded.headers):
            name = header.strip() or self.tr("(senza nome)")
            label = QLabel(name)
            label.setToolTip(
                self.tr("Colonna {letter} del file").format(letter=column_letter(index))
            )
            example = loaded.examples[index] if index < len(loaded.examples) else ""
            room = metrics.averageCharWidth() * 26
            sample = QLabel(metrics.elidedText(example, Qt.TextElideMode.ElideRight, room))
            sample.setObjectName("hint")
            sample.setToolTip(example)
            combo = self._field_combo(loaded.mapping.get(index))
            combo.setAccessibleName(self.tr("Campo per la colonna «{name}»").format(name=name))
            combo.currentIndexChanged.connect(lambda _i, c=index: self._on_field_chosen(c))
            label.setBuddy(combo)
            grid.addWidget(label, index + 1, 0)
            grid.addWidget(sample, index + 1, 1)
            grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(loaded.headers) + 1, 1)
        old = self.columns_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.columns_area.setWidget(holder)
        if self.combos:
            self.columns_title.setBuddy(self.combos[0])
        # Built after the buttons: put the columns first in the Tab order.
        chain: list[QWidget] = [
            *self.combos,
            self.problems_table,
            self.desk_combo,
            self.back_button,
            self.next_button,
            self.close_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._show_mapping_problems()

    def _field_combo(self, chosen: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("— non importare —"), None)
        for name in ALIASES:
            text = field_label(name) + (" *" if name in REQUIRED else "")
            combo.addItem(text, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        return combo

    def choose_field(self, column: int, field: str | None) -> None:
        """Send a column to a field (None: do not import it) and preview at once."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)
        self.flush_preview()

    def flush_preview(self) -> None:
        """Preview now if a change is waiting for the pause in typing."""
        if self._preview_timer.isActive():
            self._preview_timer.stop()
            self.refresh_preview()

    def _on_field_chosen(self, _column: int) -> None:
        """A column's field changed: check the columns now, preview after a short pause.

        Arrowing through a combo passes over several fields; only where it stops is previewed.
        """
        self.mapping = {
            index: str(combo.currentData())
            for index, combo in enumerate(self.combos)
            if combo.currentData()
        }
        self.import_notice.setVisible(False)
        if self._show_mapping_problems():
            self._preview_timer.stop()
            self.refresh_preview()
            return
        self._set_busy(True, self.tr("Anteprima in aggiornamento…"))
        self._preview_timer.start()

    def _header(self, column: int) -> str:
        headers = self.loaded.headers if self.loaded else []
        return (headers[column].strip() if column < len(headers) else "") or column_letter(column)

    def _show_mapping_problems(self) -> bool:
        """Say which fields have no column or more than one; True when there is a problem."""
        lines = []
        columns: dict[str, list[int]] = {}
        for index, field in sorted(self.mapping.items()):
            columns.setdefault(field, []).append(index)
        for field, indexes in columns.items():
            if len(indexes) > 1:
                text = self.tr("«{field}» è scelto per più colonne ({columns}): lasciatene una.")
                names = ", ".join(f"«{self._header(i)}»" for i in indexes)
                lines.append(text.format(field=field_label(field), columns=names))
        missing = missing_required(self.mapping)
        if missing:
            lines.append(
                self.tr(
                    "Manca la colonna per: {fields}. Scegliete qui sopra quale colonna la contiene."
                ).format(fields=", ".join(field_label(m) for m in missing))
            )
        self.mapping_error.setText("\n".join(lines))
        self.mapping_error.setVisible(bool(lines))
        return bool(lines)

    def refresh_preview(self) -> None:
        """Preview again with the columns chosen now (off the GUI thread)."""
        if self.loaded is None:
            return
        self._generation += 1
        generation = self._generation
        if self._show_mapping_problems():
            self._set_busy(False)
            self._show_preview(None)
            return
        from storage.services.importing import preview_import

        db, actor, path, mapping = self.ctx.db, self.ctx.actor, self.loaded.path, dict(self.mapping)
        self.preview = None
        self._set_busy(True, self.tr("Anteprima in aggiornamento…"))
        run_task(
            lambda: preview_import(db, actor, path, mapping=mapping),
            lambda preview: self._on_preview(generation, preview),
            lambda exc: self._on_preview_failed(generation, exc),
            pool=self.ctx.pool,
        )

    def _on_preview(self, generation: int, preview: ImportPreview) -> None:
        if self._closed or generation != self._generation:
            return
        self._set_busy(False)
        self._show_preview(preview)

    def _on_preview_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self._set_busy(False)
        self._show_preview(None)
        if isinstance(exc, ValidationError):
            # The file changed since it was chosen (emptied, replaced): say it on the first page.
            if exc.field == "file":
                self.show_file_error(exc)
            else:
                self.mapping_error.setText(str(exc))
                self.mapping_error.setVisible(True)
            return
        if isinstance(exc, EXPECTED_ERRORS):
            expected_error_box(self, exc)
            return
        raise exc

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        cards = (self.count_rows, self.count_new, self.count_existing, self.count_rejected)
        if preview is None:
            for card in cards:
                card.set_value("–")
            self.problems_model.set_rows([])
            self.problems_hint.setText(
                self.tr(
                    "I conteggi compaiono quando ogni campo obbligatorio ha la sua colonna, "
                    "una sola."
                )
            )
            self._update_buttons()
            return
        values = (preview.rows, preview.valid, preview.existing, len(preview.problems))
        for card, value in zip(cards, values, strict=True):
            card.set_value(fmt_int(value))
        problems = preview.problems
        self.problems_model.set_rows(problems[:SHOWN_PROBLEMS])
        if not preview.rows:
            hint = self.tr("Il file ha solo l'intestazione: non ci sono righe da importare.")
        elif not problems:
            hint = self.tr("Nessuna riga scartata: tutte le righe sono corrette.")
        elif len(problems) > SHOWN_PROBLEMS:
            hint = self.tr(
                "Le prime {shown} di {n}. Dopo l'importazione potrete salvarle tutte in un file "
                "da correggere."
            ).format(shown=fmt_int(SHOWN_PROBLEMS), n=fmt_int(len(problems)))
        else:
            hint = self.tr(
                "Queste righe non saranno importate; le altre sì. Dopo l'importazione potrete "
                "salvarle in un file da correggere."
            )
        self.problems_hint.setText(hint)
        self._update_buttons()

    # ------------------------------------------------------------------ 3. the import

    def desk_code(self) -> str | None:
        code = self.desk_combo.currentData() if self.desk_row.isVisibleTo(self) else None
        return str(code) if code else None

    def start_import(self) -> None:
        """Import the new people in the worker, with a progress that can be cancelled."""
        if self.loaded is None or self.preview is None or self._task is not None:
            return
        from storage.services.importing import import_participants

        db, actor, path = self.ctx.db, self.ctx.actor, self.loaded.path
        mapping, desk = dict(self.mapping), self.desk_code()
        total = self.preview.valid + self.preview.existing
        self.import_notice.setVisible(False)
        progress = QProgressDialog(
            self.tr("Controllo delle righe…\nSe annullate, non viene scritto nulla."),
            self.tr("Annulla"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(self.tr("Importazione"))
        progress.setAccessibleName(self.tr("Avanzamento dell'importazione"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(self.fontMetrics().averageCharWidth() * 75)
        progress.setValue(0)
        self._progress = progress
        self._set_busy(True)
        log.info("Import of %s rows started", total)
        task = run_task(
            lambda report: import_participants(
                db, actor, path, mapping=mapping, desk_code=desk, progress=report
            ),
            self._on_imported,
            self._on_import_failed,
            on_progress=self._on_import_progress,
            pool=self.ctx.pool,
        )
        if self._progress is not None:  # still running (a synchronous pool has finished already)
            self._task = task
            self._progress.canceled.connect(self._on_progress_canceled)

    def _on_progress_canceled(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Annullamento in corso: non verrà scritto nulla…"))

    def _on_import_progress(self, done: int, total: int) -> None:
        if self._progress is None or (self._task is not None and self._task.cancelled):
            return
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(min(done, total))
        self._progress.setLabelText(
            self.tr(
                "Righe controllate e scritte: {done} di {total}…\n"
                "Se annullate, non viene scritto nulla."
            ).format(done=fmt_int(done), total=fmt_int(total))
        )

    def _close_progress(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)

    def _on_imported(self, report: ImportReport) -> None:
        self._close_progress()
        self.report = report
        log.info("Imported %s participants", report.imported)
        self._show_result(report)
        self.show_page(RESULT_PAGE)
        self.imported.emit(report)

    def _on_import_failed(self, exc: BaseException) -> None:
        from storage.services.importing import ImportCancelled

        self._close_progress()
        if isinstance(exc, ImportCancelled):
            self.import_notice.setText(
                self.tr("Importazione annullata: non è stato scritto nulla in anagrafica.")
            )
            self.import_notice.setVisible(True)
            self.next_button.setFocus()
            return
        if isinstance(exc, EXPECTED_ERRORS):
            self.import_notice.setText(
                self.tr("Importazione non riuscita: non è stato scritto nulla.")
            )
            self.import_notice.setVisible(True)
            if isinstance(exc, ValidationError) and exc.field == "file":
                self.show_file_error(exc)
            else:
                expected_error_box(self, exc)
            return
        raise exc

    def _show_result(self, report: ImportReport) -> None:
        self.result_imported.set_value(fmt_int(report.imported))
        self.result_existing.set_value(fmt_int(report.existing))
        self.result_rejected.set_value(fmt_int(len(report.problems)))
        name = self.loaded.path.name if self.loaded else ""
        if report.imported == 0:
            text = self.tr("Nessuna persona nuova da {name} ({rows} righe).")
        elif report.imported == 1:
            text = self.tr("È stata importata 1 persona da {name} ({rows} righe).")
        else:
            text = self.tr("Sono state importate {n} persone da {name} ({rows} righe).")
        text = text.format(n=fmt_int(report.imported), name=name, rows=fmt_int(report.rows))
        desk = self.desk_code()
        if desk and report.imported:
            text += " " + self.tr("Le persone nuove sono assegnate allo sportello {desk}.").format(
                desk=self.desk_combo.currentText()
            )
        self.result_text.setText(text)
        with_problems = bool(report.problems)
        self.problems_model.set_rows(report.problems[:SHOWN_PROBLEMS])
        for widget in (self.rejected_hint, self.result_problems, self.save_button):
            widget.setVisible(with_problems)
        self.result_spacer.setVisible(not with_problems)
        self.save_status.setVisible(False)

    # ------------------------------------------------------------------ the rejected rows

    def save_problems(self) -> None:
        """Ask where, then write the rejected rows (riga;campo;motivo) as CSV."""
        if self.report is None or not self.report.problems:
            return
        stem = self.loaded.path.stem if self.loaded else "import"
        files.ask_save_path(
            self,
            self.tr("Salva le righe scartate"),
            files.file_name(stem, "righe-scartate", suffix=".csv"),
            self.tr("File CSV (*.csv)"),
            self.write_problems,
        )

    def write_problems(self, path: Path) -> None:
        from models.importing import iter_problem_csv

        if self.report is None:
            return
        try:
            # With a BOM, so that Excel reads the accents right.
            Path(path).write_text(
                "".join(iter_problem_csv(self.report.problems)), encoding="utf-8-sig"
            )
        except OSError as exc:
            message_box(
                self,
                self.tr("File non salvato"),
                self.tr("Non è stato possibile scrivere {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
                QMessageBox.Icon.Warning,
            )
            return
        files.remember_folder(Path(path))
        self.save_status.setText(
            self.tr("Salvate {n} righe scartate in {path}").format(
                n=fmt_int(len(self.report.problems)), path=path
            )
        )
        self.save_status.setVisible(True)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self._task is not None:  # the import is running: its progress has «Annulla»
            return
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._preview_timer.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            event.ignore()
            return
        super().closeEvent(event)


def column_letter(index: int) -> str:
    """A, B, … Z, AA, AB…: how a spreadsheet names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
