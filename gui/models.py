"""Qt item models over the services' plain rows.

`ParticipantTableModel` is the big one: it holds only the ids a search returned (sorted in SQL)
and fetches the rows it is asked to paint in blocks, so a registry of 100,000 people opens at
once. The other models hold short lists (a day of appointments, the latest pathways, desks...).
Every model has named column constants and gives the row object under `ROW_ROLE`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from gui import labels
from gui.format import fmt_date, fmt_hours, fmt_int, fmt_phone, fmt_time, fmt_utc
from models.enums import AppointmentStatus
from models.rows import (
    AppointmentRow,
    AuditRow,
    CompanyRow,
    DeskRow,
    ParticipantQuery,
    ParticipantRow,
    PathwayRow,
    ProgrammeRow,
    UserRow,
)

ROW_ROLE = Qt.ItemDataRole.UserRole
ModelIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class BlockCache(Generic[R]):
    """The blocks of rows a lazy table model has fetched, the least recently used dropped
    beyond `max_blocks`; `fetches` counts the fetches (tests and benchmarks read it)."""

    def __init__(self, max_blocks: int) -> None:
        self.max_blocks = max_blocks
        self._blocks: OrderedDict[int, list[R]] = OrderedDict()
        self.fetches = 0

    def get(self, number: int, fetch: Callable[[int], list[R]]) -> list[R]:
        """Block `number`, from memory or from `fetch(number)`."""
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        self.fetches += 1
        block = fetch(number)
        self._blocks[number] = block
        while len(self._blocks) > self.max_blocks:
            self._blocks.popitem(last=False)
        return block

    def clear(self) -> None:
        self._blocks.clear()

    def rows(self) -> int:
        """How many rows are held in memory now."""
        return sum(len(block) for block in self._blocks.values())


class ListTableModel(QAbstractTableModel, Generic[R]):
    """A table over a short list of rows; subclasses name the columns and say what to show.

    Subclasses implement `headers()` and `display()`, and may refine `alignment()`,
    `foreground()`, `font()` and `tooltip()`.
    """

    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- what subclasses say
    def headers(self) -> Sequence[str]:
        """Abstract: each table model names its columns (every subclass overrides this)."""
        raise NotImplementedError

    def display(self, row: R, column: int) -> str:
        """Abstract: each table model says what a cell shows (every subclass overrides this)."""
        raise NotImplementedError

    def foreground(self, row: R, column: int) -> QColor | None:
        return None

    def font(self, row: R, column: int) -> QFont | None:
        return None

    def tooltip(self, row: R, column: int) -> str | None:
        return None

    # -- the rows
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.RIGHT_ALIGNED else _LEFT
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.RIGHT_ALIGNED else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None


# --------------------------------------------------------------------------- agenda


_MUTED = QColor("#6b7280")
_ALERT = QColor("#b42318")
_CANCELLED = frozenset(
    {
        AppointmentStatus.CANCELLED_PARTICIPANT,
        AppointmentStatus.CANCELLED_SERVICE,
        AppointmentStatus.RESCHEDULED,
    }
)


class AppointmentTableModel(ListTableModel[AppointmentRow]):
    """One day of appointments, in time order."""

    COL_START = 0
    COL_END = 1
    COL_DESK = 2
    COL_OPERATOR = 3
    COL_PARTICIPANT = 4
    COL_KIND = 5
    COL_STATUS = 6
    COL_MODE = 7

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Ora"),
            self.tr("Fine"),
            self.tr("Sportello"),
            self.tr("Operatore"),
            self.tr("Partecipante"),
            self.tr("Tipo"),
            self.tr("Stato"),
            self.tr("Modalità"),
        )

    def display(self, row: AppointmentRow, column: int) -> str:
        if column == self.COL_START:
            return fmt_time(row.start)
        if column == self.COL_END:
            return fmt_time(row.start + timedelta(minutes=row.minutes))
        if column == self.COL_DESK:
            return row.desk_name
        if column == self.COL_OPERATOR:
            return row.operator_name
        if column == self.COL_PARTICIPANT:
            return row.participant_name
        if column == self.COL_KIND:
            return labels.appointment_kind_label(row.kind)
        if column == self.COL_STATUS:
            return labels.appointment_status_label(row.status)
        if column == self.COL_MODE:
            return labels.appointment_mode_label(row.mode)
        return ""

    def foreground(self, row: AppointmentRow, column: int) -> QColor | None:
        if row.status == AppointmentStatus.NO_SHOW and column == self.COL_STATUS:
            return _ALERT
        if row.status in _CANCELLED:
            return _MUTED
        return None

    def font(self, row: AppointmentRow, column: int) -> QFont | None:
        if row.status in _CANCELLED and column != self.COL_STATUS:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def tooltip(self, row: AppointmentRow, column: int) -> str | None:
        if column == self.COL_DESK:
            return row.desk_code
        if column == self.COL_OPERATOR:
            return row.operator
        if column == self.COL_PARTICIPANT:
            return row.participant_cf or row.participant_code
        return None


# --------------------------------------------------------------------------- pathways, companies


class PathwayTableModel(ListTableModel[PathwayRow]):
    """Pathways, newest first, with planned against delivered hours."""

    COL_PARTICIPANT = 0
    COL_PROGRAMME = 1
    COL_TUTOR = 2
    COL_START = 3
    COL_PLANNED_END = 4
    COL_STATUS = 5
    COL_PLANNED_HOURS = 6
    COL_DELIVERED_HOURS = 7

    RIGHT_ALIGNED = frozenset({COL_PLANNED_HOURS, COL_DELIVERED_HOURS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Partecipante"),
            self.tr("Programma"),
            self.tr("Tutor"),
            self.tr("Inizio"),
            self.tr("Fine prevista"),
            self.tr("Stato"),
            self.tr("Ore previste"),
            self.tr("Ore erogate"),
        )

    def display(self, row: PathwayRow, column: int) -> str:
        if column == self.COL_PARTICIPANT:
            return row.participant_name
        if column == self.COL_PROGRAMME:
            return row.programme_code
        if column == self.COL_TUTOR:
            return row.tutor or ""
        if column == self.COL_START:
            return fmt_date(row.start_date)
        if column == self.COL_PLANNED_END:
            return fmt_date(row.planned_end)
        if column == self.COL_STATUS:
            return labels.pathway_status_label(row.status)
        if column == self.COL_PLANNED_HOURS:
            return fmt_hours(row.planned_hours)
        if column == self.COL_DELIVERED_HOURS:
            return fmt_hours(row.delivered_hours)
        return ""

    def foreground(self, row: PathwayRow, column: int) -> QColor | None:
        if (
            column == self.COL_DELIVERED_HOURS
            and row.planned_hours
            and row.delivered_hours > row.planned_hours
        ):
            return _ALERT
        return None

    def tooltip(self, row: PathwayRow, column: int) -> str | None:
        if column == self.COL_PARTICIPANT:
            return row.participant_code
        if column == self.COL_DELIVERED_HOURS and row.delivered_hours > row.planned_hours > 0:
            return self.tr("Ore erogate oltre quelle previste dal piano")
        return None


class CompanyTableModel(ListTableModel[CompanyRow]):
    """Companies, with internships hosted and uncovered Law 68/99 posts."""

    COL_NAME = 0
    COL_VAT = 1
    COL_ATECO = 2
    COL_MUNICIPALITY = 3
    COL_HEADCOUNT = 4
    COL_INTERNSHIPS = 5
    COL_L68_OPEN = 6

    RIGHT_ALIGNED = frozenset({COL_HEADCOUNT, COL_INTERNSHIPS, COL_L68_OPEN})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Ragione sociale"),
            self.tr("Partita IVA"),
            self.tr("ATECO"),
            self.tr("Comune"),
            self.tr("Dipendenti"),
            self.tr("Tirocini"),
            self.tr("Posti L. 68 scoperti"),
        )

    def display(self, row: CompanyRow, column: int) -> str:
        if column == self.COL_NAME:
            if row.archived:
                return self.tr("{name} (archiviata)").format(name=row.name)
            return row.name
        if column == self.COL_VAT:
            return row.vat_number or ""
        if column == self.COL_ATECO:
            return row.ateco_code or ""
        if column == self.COL_MUNICIPALITY:
            return row.municipality or ""
        if column == self.COL_HEADCOUNT:
            return fmt_int(row.headcount)
        if column == self.COL_INTERNSHIPS:
            return fmt_int(row.internships)
        if column == self.COL_L68_OPEN:
            return fmt_int(row.open_positions_l68)
        return ""

    def foreground(self, row: CompanyRow, column: int) -> QColor | None:
        if row.archived:
            return _MUTED
        if column == self.COL_L68_OPEN and (row.open_positions_l68 or 0) > 0:
            return _ALERT
        return None

    def tooltip(self, row: CompanyRow, column: int) -> str | None:
        if row.archived:
            return self.tr("Archiviata: fuori dagli elenchi, con la sua storia")
        return None


# --------------------------------------------------------------------------- documents, admin


class AuditTableModel(ListTableModel[AuditRow]):
    """Entries of the audit trail (the export history on the Documents page)."""

    COL_AT = 0
    COL_USER = 1
    COL_ACTION = 2
    COL_ENTITY = 3
    COL_SUMMARY = 4

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Data e ora"),
            self.tr("Utente"),
            self.tr("Azione"),
            self.tr("Documento"),
            self.tr("Dettagli"),
        )

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_AT:
            return fmt_utc(row.at)
        if column == self.COL_USER:
            return row.username
        if column == self.COL_ACTION:
            return labels.audit_action_label(row.action)
        if column == self.COL_ENTITY:
            return row.entity
        if column == self.COL_SUMMARY:
            return row.summary
        return ""


class DeskTableModel(ListTableModel[DeskRow]):
    """Desks with their weekly opening hours in a line."""

    COL_CODE = 0
    COL_NAME = 1
    COL_MUNICIPALITY = 2
    COL_PROVINCE = 3
    COL_ADDRESS = 4
    COL_ROOMS = 5
    COL_OPENING = 6
    COL_ACTIVE = 7

    RIGHT_ALIGNED = frozenset({COL_ROOMS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Codice"),
            self.tr("Nome"),
            self.tr("Comune"),
            self.tr("Prov."),
            self.tr("Indirizzo"),
            self.tr("Stanze"),
            self.tr("Orari di apertura"),
            self.tr("Attivo"),
        )

    def display(self, row: DeskRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_MUNICIPALITY:
            return row.municipality
        if column == self.COL_PROVINCE:
            return row.province or ""
        if column == self.COL_ADDRESS:
            return row.address or ""
        if column == self.COL_ROOMS:
            return fmt_int(row.rooms)
        if column == self.COL_OPENING:
            return labels.opening_summary(row.opening) or self.tr("nessun orario")
        if column == self.COL_ACTIVE:
            return self.tr("Sì") if row.active else self.tr("No")
        return ""

    def tooltip(self, row: DeskRow, column: int) -> str | None:
        if column == self.COL_OPENING and row.opening:
            return labels.opening_summary(row.opening).replace("; ", "\n")
        return None


class UserTableModel(ListTableModel[UserRow]):
    """Users with their role in Italian."""

    COL_USERNAME = 0
    COL_FULL_NAME = 1
    COL_ROLE = 2
    COL_EMAIL = 3
    COL_ACTIVE = 4

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Nome utente"),
            self.tr("Nome e cognome"),
            self.tr("Ruolo"),
            self.tr("Email"),
            self.tr("Attivo"),
        )

    def display(self, row: UserRow, column: int) -> str:
        if column == self.COL_USERNAME:
            return row.username
        if column == self.COL_FULL_NAME:
            return row.full_name
        if column == self.COL_ROLE:
            return labels.role_label(row.role)
        if column == self.COL_EMAIL:
            return row.email or ""
        if column == self.COL_ACTIVE:
            return self.tr("Sì") if row.active else self.tr("No")
        return ""

    def foreground(self, row: UserRow, column: int) -> QColor | None:
        return None if row.active else _MUTED


class ProgrammeTableModel(ListTableModel[ProgrammeRow]):
    """Funding programmes with their dates, budget and open pathways."""

    COL_CODE = 0
    COL_NAME = 1
    COL_FUNDER = 2
    COL_NOTICE = 3
    COL_START = 4
    COL_END = 5
    COL_BUDGET_HOURS = 6
    COL_RETENTION = 7
    COL_OPEN_PATHWAYS = 8

    RIGHT_ALIGNED = frozenset({COL_BUDGET_HOURS, COL_RETENTION, COL_OPEN_PATHWAYS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Codice"),
            self.tr("Nome"),
            self.tr("Ente finanziatore"),
            self.tr("Avviso"),
            self.tr("Inizio"),
            self.tr("Fine"),
            self.tr("Ore per partecipante"),
            self.tr("Conservazione (anni)"),
            self.tr("Percorsi aperti"),
        )

    def display(self, row: ProgrammeRow, column: int) -> str:
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_FUNDER:
            return row.funder
        if column == self.COL_NOTICE:
            return row.notice_code or ""
        if column == self.COL_START:
            return fmt_date(row.start_date)
        if column == self.COL_END:
            return fmt_date(row.end_date)
        if column == self.COL_BUDGET_HOURS:
            return fmt_hours(row.budget_hours)
        if column == self.COL_RETENTION:
            return fmt_int(row.retention_years)
        if column == self.COL_OPEN_PATHWAYS:
            return fmt_int(row.open_pathways)
        return ""


# --------------------------------------------------------------------------- participants

IdsSource = Callable[[ParticipantQuery], list[int]]
RowsSource = Callable[[list[int]], list[ParticipantRow]]


class ParticipantTableModel(QAbstractTableModel):
    """The participant registry: ids from the search, rows fetched lazily in blocks.

    `ids_source(query)` returns the matching ids in order (filtered and sorted in SQL);
    `rows_source(ids)` returns their rows in the same order. Only the blocks the view paints are
    fetched, and at most `max_blocks` of them are kept. Sorting re-runs the query with the sort key
    of the clicked column: nothing is sorted in Python.
    """

    COL_LAST_NAME = 0
    COL_FIRST_NAME = 1
    COL_CODICE_FISCALE = 2
    COL_BIRTH_DATE = 3
    COL_MUNICIPALITY = 4
    COL_PHONE = 5
    COL_INTERNAL_CODE = 6
    COL_DESK = 7
    COLUMN_COUNT = 8

    # Column -> the service's sort key; columns missing here cannot be sorted.
    SORT_KEYS = {
        COL_LAST_NAME: "name",
        COL_CODICE_FISCALE: "codice_fiscale",
        COL_BIRTH_DATE: "birth_date",
        COL_MUNICIPALITY: "municipality",
        COL_INTERNAL_CODE: "internal_code",
    }

    reloaded = Signal(int)  # the number of matching participants

    def __init__(
        self,
        ids_source: IdsSource,
        rows_source: RowsSource,
        *,
        block_size: int = 200,
        max_blocks: int = 64,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ids_source = ids_source
        self._rows_source = rows_source
        self.block_size = block_size
        self._query = ParticipantQuery()
        self._ids: list[int] = []
        self._blocks: BlockCache[ParticipantRow | None] = BlockCache(max_blocks)

    # -- querying
    @property
    def query(self) -> ParticipantQuery:
        return self._query

    def reload(self, query: ParticipantQuery | None = None) -> None:
        """Run the query (or the current one again) and show its result from the top."""
        query = query if query is not None else self._query
        ids = self._ids_source(query)  # first: a failure leaves the model as it was
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._blocks.clear()
        self.endResetModel()
        self.reloaded.emit(len(ids))

    def set_text(self, text: str) -> None:
        self.reload(replace(self._query, text=text))

    def set_desk(self, desk_code: str | None) -> None:
        self.reload(replace(self._query, desk_code=desk_code))

    def total(self) -> int:
        return len(self._ids)

    @property
    def fetches(self) -> int:
        """How many times rows were fetched (tests and benchmarks read it)."""
        return self._blocks.fetches

    def loaded_rows(self) -> int:
        """How many rows are held in memory now."""
        return self._blocks.rows()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> ParticipantRow | None:
        """The participant on this row, fetching its block if needed."""
        if not 0 <= row < len(self._ids):
            return None
        number, offset = divmod(row, self.block_size)
        block = self._blocks.get(number, self._fetch_block)
        return block[offset] if offset < len(block) else None

    def _fetch_block(self, number: int) -> list[ParticipantRow | None]:
        ids = self._ids[number * self.block_size : (number + 1) * self.block_size]
        by_id = {r.id: r for r in self._rows_source(ids)}
        # A participant removed since the search shows as an empty row until the next reload.
        return [by_id.get(i) for i in ids]

    # -- sorting
    def sort_column(self) -> int:
        for column, key in self.SORT_KEYS.items():
            if key == self._query.sort:
                return column
        return self.COL_LAST_NAME

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )

    def is_sortable(self, column: int) -> bool:
        return column in self.SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.reload(replace(self._query, sort=key, descending=descending))

    # -- QAbstractTableModel
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if role == Qt.ItemDataRole.ToolTipRole and section not in self.SORT_KEYS:
            return self.tr("Questa colonna non si può ordinare")
        return None

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Cognome"),
            self.tr("Nome"),
            self.tr("Codice fiscale"),
            self.tr("Data di nascita"),
            self.tr("Comune"),
            self.tr("Telefono"),
            self.tr("Codice interno"),
            self.tr("Sportello"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, ROW_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        return self._display(row, index.column())

    def _display(self, row: ParticipantRow, column: int) -> str:
        if column == self.COL_LAST_NAME:
            return row.last_name
        if column == self.COL_FIRST_NAME:
            return row.first_name
        if column == self.COL_CODICE_FISCALE:
            return row.codice_fiscale or ""
        if column == self.COL_BIRTH_DATE:
            return fmt_date(row.birth_date)
        if column == self.COL_MUNICIPALITY:
            return row.municipality or ""
        if column == self.COL_PHONE:
            return fmt_phone(row.phone)
        if column == self.COL_INTERNAL_CODE:
            return row.internal_code
        if column == self.COL_DESK:
            return row.desk_code or ""
        return ""


def participant_model_for(
    db: Any, actor: Any, parent: QObject | None = None
) -> ParticipantTableModel:
    """A participant model reading through the storage services (imported when first needed)."""
    from storage.services.participants import participant_ids, participant_rows

    # The rows are asked with the search that found their ids: an operator's exact codice
    # fiscale finds a person outside their desks (to book a returning person), and only then.
    model: ParticipantTableModel = ParticipantTableModel(
        lambda query: participant_ids(db, actor, query),
        lambda ids: participant_rows(db, actor, ids, query=model.query),
        parent=parent,
    )
    return model
