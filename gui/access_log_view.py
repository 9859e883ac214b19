"""The access log viewer (registro degli accessi), a tab of Amministrazione.

Filters (user, action, kind of record or one record's id, a period, free text) run in SQL through
`storage.services.access_log`; the table is lazy: `AccessLogTableModel` knows only how many
events match (one COUNT) and fetches the 200-row pages the view paints (LIMIT/OFFSET, newest
first), keeping at most `max_blocks` pages. This is the idea of `ParticipantTableModel`, without
its list of ids: a log grows to millions of rows and is only ever read newest first, so the
position in the result is all a page needs, and the scroll bar stays honest (it shows the whole
result, not «Altri 200» at a time).

«Esporta CSV…» writes the events that match the filters (for Excel: UTF-8 with BOM, «;») off the
GUI thread; the export is itself recorded in the log. A line under the filters says how long the
log is kept (the `audit.retention_months` setting: nothing is ever pruned, see the service) and
that its events are chained, so that `check` finds an edited or removed one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import files, labels
from gui.context import AppContext
from gui.dialogs import reporting_errors, show_task_error
from gui.format import fmt_int, fmt_utc
from gui.models import ROW_ROLE, BlockCache, ModelIndex
from gui.widgets import FlowLayout, RowTableView, TableOrEmpty, control_group, hint_label
from gui.workers import run_task
from models.enums import AuditAction
from models.errors import PermissionDenied, ValidationError
from models.validation import parse_date
from storage.services.access_log import (
    RETENTION_MAXIMUM,
    RETENTION_MINIMUM,
    AccessLogRow,
    access_log_entities,
    count_access_log,
    export_access_log_csv,
    get_audit_retention,
    search_access_log,
    set_audit_retention,
)

log = logging.getLogger(__name__)

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class LogFilters:
    """What the filter bar asks for; None is «any»."""

    user: str | None = None
    action: AuditAction | None = None
    entity: str | None = None
    start: date | None = None
    end: date | None = None
    text: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "user": self.user,
            "action": self.action,
            "entity": self.entity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


CountSource = Callable[[LogFilters], int]
PageSource = Callable[[LogFilters, int, int], list[AccessLogRow]]


def action_text(action: AuditAction) -> str:
    """The action's label (its code for an action added after this screen)."""
    try:
        return labels.audit_action_label(action)
    except KeyError:
        return str(action.value)


class AccessLogTableModel(QAbstractTableModel):
    """Events matching the filters, newest first, fetched in pages as the view paints them."""

    COL_AT = 0
    COL_USER = 1
    COL_ACTION = 2
    COL_ENTITY = 3
    COL_UUID = 4
    COL_SUMMARY = 5
    COLUMN_COUNT = 6

    reloaded = Signal(int)  # how many events match

    def __init__(
        self,
        count_source: CountSource,
        page_source: PageSource,
        *,
        block_size: int = 200,
        max_blocks: int = 32,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_source = count_source
        self._page_source = page_source
        self.block_size = block_size
        self._filters = LogFilters()
        self._total = 0
        self._blocks: BlockCache[AccessLogRow] = BlockCache(max_blocks)

    @property
    def filters(self) -> LogFilters:
        return self._filters

    def reload(self, filters: LogFilters | None = None) -> None:
        """Count again (with new filters) and show the result from the newest event."""
        filters = filters if filters is not None else self._filters
        total = self._count_source(filters)  # first: a refusal leaves the model as it was
        self.beginResetModel()
        self._filters = filters
        self._total = total
        self._blocks.clear()
        self.endResetModel()
        self.reloaded.emit(total)

    def total(self) -> int:
        return self._total

    @property
    def fetches(self) -> int:
        """Pages fetched (tests read it)."""
        return self._blocks.fetches

    def loaded_rows(self) -> int:
        return self._blocks.rows()

    def row_at(self, row: int) -> AccessLogRow | None:
        if not 0 <= row < self._total:
            return None
        number, offset = divmod(row, self.block_size)
        block = self._blocks.get(
            number, lambda n: self._page_source(self._filters, self.block_size, n * self.block_size)
        )
        # Events written since the count show as empty rows until the next reload.
        return block[offset] if offset < len(block) else None

    # -- QAbstractTableModel
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Data e ora"),
            self.tr("Utente"),
            self.tr("Azione"),
            self.tr("Oggetto"),
            self.tr("Id oggetto"),
            self.tr("Dettagli"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            ROW_ROLE,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        return self._display(row, index.column())

    def _display(self, row: AccessLogRow, column: int) -> str:
        if column == self.COL_AT:
            return fmt_utc(row.at)
        if column == self.COL_USER:
            return row.username
        if column == self.COL_ACTION:
            return action_text(row.action)
        if column == self.COL_ENTITY:
            return row.entity
        if column == self.COL_UUID:
            return row.entity_uuid or ""
        if column == self.COL_SUMMARY:
            return row.summary
        return ""

    def _tooltip(self, row: AccessLogRow, column: int) -> str | None:
        if column == self.COL_USER and row.full_name:
            return row.full_name
        if column == self.COL_AT:
            return self.tr("Evento n. {number}").format(number=row.id)
        if column == self.COL_SUMMARY and row.summary:
            return row.summary
        return None


def access_log_model_for(
    ctx: AppContext, parent: QObject | None = None, *, block_size: int = 200
) -> AccessLogTableModel:
    """The model reading through the access log service as the context's user."""
    return AccessLogTableModel(
        lambda f: count_access_log(ctx.db, ctx.actor, **f.as_kwargs()),
        lambda f, limit, offset: search_access_log(
            ctx.db, ctx.actor, **f.as_kwargs(), limit=limit, offset=offset
        ),
        block_size=block_size,
        parent=parent,
    )


def _editable_combo(placeholder: str, chars: int) -> tuple[QComboBox, QLineEdit]:
    """A combo whose choices help but whose text is what counts (a username, a kind, an id)."""
    combo = QComboBox()
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(64)
    combo.setLineEdit(edit)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(chars)
    return combo, edit


def _field(label_text: str, widget: QWidget, name: str) -> QWidget:
    label = QLabel(label_text)
    label.setBuddy(widget)
    widget.setAccessibleName(name)
    return control_group(label, widget)


class AccessLogView(QWidget):
    """Filters, the lazy table of events, «Esporta CSV…» and what the log promises."""

    exported = Signal(str, int)  # the file written and how many events it holds

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Registro degli accessi"))
        self._export_running = False

        self.user_combo, self.user_edit = _editable_combo(self.tr("tutti"), 12)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("Tutte"), None)
        for action in AuditAction:
            self.action_combo.addItem(action_text(action), action.value)
        self.entity_combo, self.entity_edit = _editable_combo(self.tr("tutti"), 14)
        self.entity_combo.setToolTip(
            self.tr("Il tipo di record (participant, dossier…) o l'id di un record")
        )
        self.start_edit = QLineEdit()
        self.end_edit = QLineEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("gg/mm/aaaa"))
            edit.setMaxLength(10)
            edit.setFixedWidth(edit.fontMetrics().averageCharWidth() * 12 + 16)
            edit.returnPressed.connect(self.apply_filters)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("nei dettagli, nell'oggetto o nell'utente"))
        self.text_edit.setMinimumWidth(self.text_edit.fontMetrics().averageCharWidth() * 34)
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.returnPressed.connect(self.apply_filters)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(400)
        self._text_timer.timeout.connect(self.apply_filters)
        self.text_edit.textEdited.connect(lambda _t: self._text_timer.start())
        self.user_combo.activated.connect(lambda _i: self.apply_filters())
        self.user_edit.returnPressed.connect(self.apply_filters)
        self.action_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.entity_combo.activated.connect(lambda _i: self.apply_filters())
        self.entity_edit.returnPressed.connect(self.apply_filters)

        self.clear_button = QPushButton(self.tr("Mos&tra tutto"))
        self.clear_button.setAccessibleName(self.tr("Azzera i filtri"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("Esporta &CSV…"))
        self.export_button.setAccessibleName(self.tr("Esporta il registro in CSV"))
        self.export_button.setToolTip(
            self.tr("Gli eventi che corrispondono ai filtri, in un file per Excel (separatore ;)")
        )
        self.export_button.clicked.connect(self.export_csv)

        filters = QWidget()
        flow = FlowLayout(filters)
        flow.addWidget(_field(self.tr("Ut&ente:"), self.user_combo, self.tr("Utente")))
        flow.addWidget(_field(self.tr("A&zione:"), self.action_combo, self.tr("Azione")))
        flow.addWidget(_field(self.tr("&Oggetto:"), self.entity_combo, self.tr("Oggetto")))
        flow.addWidget(_field(self.tr("Da&l:"), self.start_edit, self.tr("Dal giorno")))
        flow.addWidget(_field(self.tr("Fi&no al:"), self.end_edit, self.tr("Fino al giorno")))
        flow.addWidget(_field(self.tr("Te&sto:"), self.text_edit, self.tr("Testo da cercare")))

        self.model = access_log_model_for(ctx, self)
        self.table = RowTableView(self.tr("Eventi del registro"))
        self.table.setModel(self.model)
        self.table.set_column_widths((19, 14, 14, 16, 42, 30))
        self.view = TableOrEmpty(self.table)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Eventi trovati"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Esito"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept_label = hint_label()
        self.kept_label.setAccessibleName(self.tr("Conservazione del registro"))
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(RETENTION_MINIMUM, RETENTION_MAXIMUM)
        self.retention_spin.setSuffix(self.tr(" mesi"))
        self.retention_spin.setAccessibleName(self.tr("Mesi di conservazione del registro"))
        self.retention_spin.setToolTip(
            self.tr("Almeno sei mesi, come chiede il Garante per i registri degli accessi")
        )
        self.retention_button = QPushButton(self.tr("Sal&va conservazione"))
        self.retention_button.setAccessibleName(self.tr("Salva i mesi di conservazione"))
        self.retention_button.clicked.connect(self.save_retention)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("Conserva il registro per &almeno:"))
        keep_label.setBuddy(self.retention_spin)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.retention_spin)
        keep_row.addWidget(self.retention_button)
        keep_row.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(keep_row)
        layout.addWidget(self.kept_label)

    # ------------------------------------------------------------------ reading

    def focus_main(self) -> None:
        """The table when it has events, else the first filter."""
        if self.model.total():
            self.table.setFocus()
        else:
            self.user_combo.setFocus()

    def refresh(self) -> None:
        """Fill the choices, say how long the log is kept, and search again."""
        try:
            months = get_audit_retention(self.ctx.db, self.ctx.actor)
            entities = access_log_entities(self.ctx.db, self.ctx.actor)
            from storage.services.admin import list_users

            users = list_users(self.ctx.db, self.ctx.actor)
        except PermissionDenied as exc:
            self._refuse(str(exc))
            return
        self._fill_combo(self.user_combo, sorted({"admin", *(u.username for u in users)}))
        names = {u.username: u.full_name for u in users}
        for row in range(self.user_combo.count()):
            name = names.get(self.user_combo.itemText(row))
            if name:
                self.user_combo.setItemData(row, name, Qt.ItemDataRole.ToolTipRole)
        self._fill_combo(self.entity_combo, entities)
        self.retention_spin.setValue(months)
        self._say_kept(months)
        self.apply_filters()

    def save_retention(self) -> None:
        """Store how many months the log is kept (administrators and coordinators)."""
        self.status_label.clear()
        try:
            months = set_audit_retention(self.ctx.db, self.ctx.actor, self.retention_spin.value())
        except (ValidationError, PermissionDenied) as exc:
            self.status_label.setText(str(exc))
            return
        self._say_kept(months)
        self.status_label.setText(
            self.tr("Conservazione salvata: almeno {months} mesi.").format(months=months)
        )

    def _say_kept(self, months: int) -> None:
        self.kept_label.setText(
            self.tr(
                "Il registro è conservato per almeno {months} mesi (la legge ne chiede almeno sei) "
                "e nessun evento viene mai cancellato. Ogni evento è concatenato al precedente con "
                "un'impronta SHA-256: il controllo del database («check») scopre e nomina un "
                "evento modificato o tolto."
            ).format(months=months)
        )

    def _fill_combo(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        combo.addItems(values)
        combo.setEditText(current)
        combo.blockSignals(False)

    def _refuse(self, message: str) -> None:
        widgets: tuple[QWidget, ...] = (
            self.user_combo,
            self.action_combo,
            self.entity_combo,
            self.start_edit,
            self.end_edit,
            self.text_edit,
            self.clear_button,
            self.export_button,
            self.retention_spin,
            self.retention_button,
        )
        for widget in widgets:
            widget.setEnabled(False)
        self.view.show_empty(message)
        self.count_label.clear()

    def current_filters(self) -> LogFilters:
        """The filters as typed; a date that is not one raises ValidationError naming it."""
        action = self.action_combo.currentData()
        return LogFilters(
            user=self.user_combo.currentText().strip() or None,
            action=AuditAction(action) if action else None,
            entity=self.entity_combo.currentText().strip() or None,
            start=parse_date(self.start_edit.text(), "start", self.tr("Dal")),
            end=parse_date(self.end_edit.text(), "end", self.tr("Fino al")),
            text=self.text_edit.text().strip() or None,
        )

    def apply_filters(self) -> None:
        """Search with what the filter bar says."""
        self._text_timer.stop()
        self.status_label.clear()
        try:
            self.model.reload(self.current_filters())
        except ValidationError as exc:
            self.status_label.setText(str(exc))
            return
        except PermissionDenied as exc:
            self._refuse(str(exc))
            return
        self._show_result()

    def clear_filters(self) -> None:
        self.action_combo.blockSignals(True)
        self.action_combo.setCurrentIndex(0)
        self.action_combo.blockSignals(False)
        for edit in (self.start_edit, self.end_edit, self.text_edit):
            edit.clear()
        self.user_combo.setEditText("")
        self.entity_combo.setEditText("")
        self.apply_filters()

    def _show_result(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            self.tr("{count} eventi").format(count=fmt_int(total))
            if total != 1
            else self.tr("1 evento")
        )
        self.export_button.setEnabled(total > 0 and not self._export_running)
        if total:
            self.view.show_table()
            self.table.setCurrentIndex(self.model.index(0, 0))
            return
        if self.model.filters == LogFilters():
            self.view.show_empty(
                self.tr("Il registro è vuoto.")
                + "\n\n"
                + self.tr(
                    "Vi compariranno ogni consultazione di una scheda, ogni esportazione e ogni "
                    "modifica, con utente, data e ora."
                )
            )
        else:
            self.view.show_empty(
                self.tr("Nessun evento corrisponde ai filtri.")
                + "\n\n"
                + self.tr("Allargate il periodo o togliete un filtro; «Mostra tutto» li azzera.")
            )

    # ------------------------------------------------------------------ export

    def export_csv(self) -> None:
        """Ask where, then write the matching events off the GUI thread."""
        if self._export_running:
            return
        with reporting_errors(self):
            self.current_filters()  # a bad date is said now, not after the dialog
            files.ask_save_path(
                self,
                self.tr("Esporta il registro degli accessi"),
                files.file_name("registro-accessi", date.today().isoformat(), suffix=".csv"),
                self.tr("File CSV (*.csv)"),
                self._export_to,
            )

    def _export_to(self, path: Path) -> None:
        filters = self.current_filters()
        db, actor = self.ctx.db, self.ctx.actor
        self._export_running = True
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Esportazione in corso…"))
        run_task(
            lambda: export_access_log_csv(db, actor, **filters.as_kwargs(), out=path),
            lambda count: self._on_exported(path, int(count)),
            self._on_export_failed,
            pool=self.ctx.pool,
        )

    def _on_exported(self, path: Path, count: int) -> None:
        self._export_running = False
        files.remember_folder(path)
        self.apply_filters()  # the export is now the newest event
        self.status_label.setText(
            self.tr("Esportati {count} eventi in {path}").format(count=fmt_int(count), path=path)
        )
        self.exported.emit(str(path), count)

    def _on_export_failed(self, exc: BaseException) -> None:
        self._export_running = False
        self.export_button.setEnabled(self.model.total() > 0)
        self.status_label.setText(self.tr("Esportazione non riuscita."))
        show_task_error(self, exc)
