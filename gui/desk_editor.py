"""The desk editor of Amministrazione: details, weekly hours, closures and operators' hours.

Four tabs. "Dati" and "Orari" are saved together by the dialog's "Salva" (one call to
`update_desk`, or `create_desk` for a new desk); a closure is added or removed at once with its
own button, and an operator's hours are saved with "Salva gli orari di …" (`set_availability`):
one service call per button. Enter presses the main button of the tab in view, Esc closes.

Under the hours the national and provincial holidays of the coming twelve months are listed, so
that the person sees that they are already taken into account and need no closure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QRegularExpression,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_int, fmt_phone
from gui.hours_editor import HoursEditor
from gui.models import ListTableModel
from gui.widgets import RowTableView, hint_label
from models import validation
from models.booking import holiday_name
from models.enums import Role
from models.errors import ValidationError
from models.rows import DeskRow, OpeningInterval, UserRow

if TYPE_CHECKING:
    from storage.services.desks import ClosureRow, DeskDetails

_MUTED = QColor("#6b7280")

TAB_DETAILS, TAB_HOURS, TAB_CLOSURES, TAB_OPERATORS = range(4)


# --------------------------------------------------------------------------- plain helpers


def upcoming_holidays(
    province: str | None,
    patron_day: str | None,
    patron_name: str | None,
    start: date,
    days: int = 365,
) -> list[tuple[date, str]]:
    """Holidays from `start` on for `days` days: national and provincial, and the patron day.

    `patron_day` is "gg/mm" as typed (ignored when it is not a day of the year).
    """
    patron = _patron_month_day(patron_day)
    found: list[tuple[date, str]] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        name = holiday_name(day, province or None)
        if patron is not None and (day.month, day.day) == patron:
            saint = patron_name or QCoreApplication.translate("DeskEditor", "santo patrono")
            name = (
                name
                if name and saint.lower() in name.lower()
                else (f"{name}; " if name else "") + saint
            )
        if name:
            found.append((day, name))
    return found


def _patron_month_day(text: str | None) -> tuple[int, int] | None:
    try:
        day, month = (int(x) for x in (text or "").strip().split("/"))
        date(2024, month, day)
    except ValueError:
        return None
    return month, day


def _stored_to_typed(patron_day: str | None) -> str:
    """ "11-13" (as stored) to "13/11" (as people write it)."""
    if not patron_day or "-" not in patron_day:
        return patron_day or ""
    month, day = patron_day.split("-")
    return f"{day}/{month}"


def _intervals(items: Sequence[tuple[int, time, time]]) -> tuple[OpeningInterval, ...]:
    return tuple(OpeningInterval(d, f"{a:%H:%M}", f"{b:%H:%M}") for d, a, b in items)


def desk_row_from_details(details: DeskDetails, desk_id: int) -> DeskRow:
    """The table's row of a desk, from what `update_desk` gives back (no second read)."""
    return DeskRow(
        id=desk_id,
        code=details.code,
        name=details.name,
        municipality=details.municipality,
        province=details.province,
        address=details.address,
        rooms=details.rooms,
        active=details.active,
        opening=_intervals(details.opening),
    )


# --------------------------------------------------------------------------- table models


@dataclass(frozen=True)
class OperatorEntry:
    """A user who may work at the desk, with their weekly hours there."""

    username: str
    full_name: str
    role: Role | None
    active: bool
    hours: tuple[tuple[int, time, time], ...] = ()


class ClosureTableModel(ListTableModel["ClosureRow"]):
    """The desk's closures, past ones greyed."""

    COL_START, COL_END, COL_DAYS, COL_REASON = range(4)
    RIGHT_ALIGNED = frozenset({COL_DAYS})

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today

    def headers(self) -> Sequence[str]:
        return (self.tr("Dal"), self.tr("Al"), self.tr("Giorni"), self.tr("Motivo"))

    def display(self, row: ClosureRow, column: int) -> str:
        if column == self.COL_START:
            return fmt_date(row.start)
        if column == self.COL_END:
            return fmt_date(row.end)
        if column == self.COL_DAYS:
            return fmt_int((row.end - row.start).days + 1)
        if column == self.COL_REASON:
            return row.reason
        return ""

    def foreground(self, row: ClosureRow, column: int) -> QColor | None:
        return _MUTED if row.end < self.today else None

    def tooltip(self, row: ClosureRow, column: int) -> str | None:
        return self.tr("Chiusura passata") if row.end < self.today else None


class OperatorTableModel(ListTableModel[OperatorEntry]):
    """Users and their hours at this desk; hours typed and not yet saved are marked."""

    COL_NAME, COL_ROLE, COL_HOURS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # What is typed and not yet saved, by username: (weekday, "HH:MM", "HH:MM").
        self.pending: dict[str, list[tuple[int, str, str]]] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Operatore"), self.tr("Ruolo"), self.tr("Orari a questo sportello"))

    def display(self, row: OperatorEntry, column: int) -> str:
        if column == self.COL_NAME:
            return row.full_name
        if column == self.COL_ROLE:
            return labels.role_label(row.role) if row.role else ""
        if column == self.COL_HOURS:
            text = self._summary(row) or self.tr("nessun orario")
            if row.username in self.pending:
                text = self.tr("da salvare: {hours}").format(hours=text)
            return text
        return ""

    def _summary(self, row: OperatorEntry) -> str:
        typed = self.pending.get(row.username)
        if typed is None:
            return labels.opening_summary(_intervals(row.hours))
        return labels.opening_summary(OpeningInterval(d, a, b) for d, a, b in typed)

    def foreground(self, row: OperatorEntry, column: int) -> QColor | None:
        if column == self.COL_HOURS and row.username in self.pending:
            return QColor("#b42318")
        return None if row.active and (row.hours or column != self.COL_HOURS) else _MUTED

    def tooltip(self, row: OperatorEntry, column: int) -> str | None:
        if column == self.COL_NAME:
            return self.tr("Nome utente: {name}").format(name=row.username)
        if column == self.COL_HOURS and (row.hours or row.username in self.pending):
            return self._summary(row).replace("; ", "\n")
        return None

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def replace_row(self, row: int, entry: OperatorEntry) -> None:
        self._rows[row] = entry
        self.refresh_row(row)


def operator_entries(users: Sequence[UserRow], details: DeskDetails | None) -> list[OperatorEntry]:
    """Active users, and inactive ones still holding hours here, by name."""
    hours: dict[str, list[tuple[int, time, time]]] = {}
    names: dict[str, str] = {}
    for a in details.availability if details else ():
        hours.setdefault(a.username, []).append((a.weekday, a.start, a.end))
        names[a.username] = a.full_name
    entries = [
        OperatorEntry(u.username, u.full_name, u.role, u.active, tuple(hours.get(u.username, ())))
        for u in users
        if u.active or u.username in hours
    ]
    known = {u.username for u in users}
    entries += [
        OperatorEntry(name, names[name], None, True, tuple(h))
        for name, h in hours.items()
        if name not in known
    ]
    return sorted(entries, key=lambda e: (e.full_name.casefold(), e.username))


# --------------------------------------------------------------------------- the dialog


class DeskEditor(FormDialog):
    """Create a desk (details is None) or edit one; emits `desk_saved` with the table row."""

    desk_saved = Signal(object)  # DeskRow

    def __init__(
        self,
        ctx: AppContext,
        users: Sequence[UserRow],
        details: DeskDetails | None = None,
        *,
        desk_id: int = 0,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.details = details
        self.desk_id = desk_id
        self.today = today or date.today()
        self.is_new = details is None
        self._current_operator: str | None = None
        self._loading = False

        if details is None:
            self.setWindowTitle(self.tr("Nuovo sportello"))
        else:
            self.setWindowTitle(
                self.tr("Sportello {code} – {name}").format(code=details.code, name=details.name)
            )
        self.setAccessibleName(self.windowTitle())

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parti della scheda dello sportello"))
        self.tabs.addTab(self._build_details(), self.tr("&Dati"))
        self.tabs.addTab(self._build_hours(), self.tr("&Orari"))
        self.tabs.addTab(self._build_closures(), self.tr("C&hiusure"))
        self.tabs.addTab(self._build_operators(users), self.tr("O&peratori"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("Crea lo &sportello") if self.is_new else self.tr("&Salva")
        )
        self.save_button.setToolTip(self.tr("Salva i dati e gli orari dello sportello (Invio)."))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annulla"))
        self.cancel_button.setAccessibleName(self.tr("Annulla"))
        self.cancel_button.setToolTip(
            self.tr(
                "Chiude senza salvare dati e orari (Esc). Chiusure e orari degli operatori "
                "già salvati restano."
            )
            if not self.is_new
            else self.tr("Chiude senza creare lo sportello (Esc).")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.tabs.currentChanged.connect(self._tab_changed)
        if self.is_new:
            for tab in (TAB_CLOSURES, TAB_OPERATORS):
                self.tabs.setTabEnabled(tab, False)
                self.tabs.setTabToolTip(
                    tab, self.tr("Disponibile dopo aver creato lo sportello, con «Modifica…».")
                )
        self._load()
        self._tab_changed(TAB_DETAILS)
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 140, metrics.height() * 46)
        self.resize(self.sizeHint().expandedTo(wanted))
        (self.code_edit if self.is_new else self.name_edit).setFocus()

    # ------------------------------------------------------------------ building

    def _line(self, accessible: str, placeholder: str = "", max_length: int = 0) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if max_length:
            edit.setMaxLength(max_length)
        return edit

    def _build_details(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        char = self.fontMetrics().averageCharWidth()

        self.code_edit = self._line(self.tr("Codice dello sportello"), "CR02", 32)
        self.code_edit.setMaximumWidth(char * 18 + 24)
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9_-]{0,32}"), self.code_edit)
        )
        self.code_edit.textEdited.connect(lambda text: self._upper(self.code_edit, text))
        self.name_edit = self._line(
            self.tr("Nome dello sportello"), self.tr("Sportello Lavoro Cremona"), 200
        )
        self.municipality_edit = self._line(self.tr("Comune"), "Cremona", 100)
        self.province_edit = self._line(self.tr("Provincia (sigla)"), "CR", 2)
        self.province_edit.setMaximumWidth(char * 6 + 24)
        self.province_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.province_edit)
        )
        self.province_edit.textEdited.connect(lambda text: self._upper(self.province_edit, text))
        self.province_edit.textChanged.connect(self._update_holidays)
        self.address_edit = self._line(self.tr("Indirizzo"), self.tr("Via Roma 1"), 300)
        self.phone_edit = self._line(self.tr("Telefono"), "0372 407111", 30)
        self.phone_edit.setMaximumWidth(char * 24 + 24)
        self.rooms_spin = QSpinBox()
        self.rooms_spin.setRange(1, 50)
        self.rooms_spin.setMaximumWidth(char * 8 + 40)
        self.rooms_spin.setAccessibleName(self.tr("Stanze per i colloqui"))
        self.rooms_spin.setToolTip(
            self.tr("Quanti colloqui in presenza possono svolgersi allo stesso tempo.")
        )
        self.active_check = QCheckBox(self.tr("Sportello &attivo"))
        self.active_check.setAccessibleName(self.tr("Sportello attivo"))
        self.active_check.setToolTip(
            self.tr(
                "Uno sportello non attivo resta nei dati ma non si propone per i nuovi "
                "appuntamenti."
            )
        )

        self.patron_day_edit = self._line(
            self.tr("Giorno del santo patrono (gg/mm)"), self.tr("gg/mm"), 5
        )
        self.patron_day_edit.setMaximumWidth(char * 8 + 24)
        self.patron_day_edit.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"\d{0,2}(/\d{0,2})?"), self.patron_day_edit
            )
        )
        self.patron_day_edit.textChanged.connect(self._update_holidays)
        self.patron_name_edit = self._line(self.tr("Nome del santo patrono"), "", 100)
        for edit in (self.patron_day_edit, self.patron_name_edit):
            edit.setToolTip(
                self.tr("La festa del santo patrono del comune: lo sportello quel giorno è chiuso.")
            )
        self.patron_name_edit.textChanged.connect(self._update_holidays)
        patron = QWidget()
        patron_row = QHBoxLayout(patron)
        patron_row.setContentsMargins(0, 0, 0, 0)
        patron_row.addWidget(self.patron_day_edit)
        name_caption = QLabel(self.tr("nom&e:"))
        name_caption.setBuddy(self.patron_name_edit)
        patron_row.addWidget(name_caption)
        patron_row.addWidget(self.patron_name_edit, 1)
        patron_box = QWidget()
        patron_layout = QVBoxLayout(patron_box)
        patron_layout.setContentsMargins(0, 0, 0, 0)
        patron_layout.setSpacing(2)
        patron_layout.addWidget(patron)
        patron_hint = hint_label(
            self.tr("La festa del santo patrono del comune: quel giorno lo sportello è chiuso.")
        )
        patron_layout.addWidget(patron_hint)
        patron_layout.addWidget(self.register("patron_day", self.patron_day_edit))
        patron_layout.addWidget(self.register("patron_name", self.patron_name_edit))

        if self.is_new:
            self.add_row(form, "code", self.tr("&Codice:"), self.code_edit)
        else:
            self.code_label = QLabel(self.details.code if self.details else "")
            self.code_label.setAccessibleName(self.tr("Codice dello sportello"))
            self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Codice:"), self.code_label)
        self.add_row(form, "name", self.tr("&Nome:"), self.name_edit)
        self.add_row(form, "municipality", self.tr("Co&mune:"), self.municipality_edit)
        self.add_row(form, "province", self.tr("Pro&vincia:"), self.province_edit)
        self.add_row(form, "address", self.tr("&Indirizzo:"), self.address_edit)
        rooms = QWidget()
        rooms_row = QHBoxLayout(rooms)
        rooms_row.setContentsMargins(0, 0, 0, 0)
        rooms_row.addWidget(self.rooms_spin)
        rooms_hint = QLabel(self.tr("colloqui in presenza che possono svolgersi alla stessa ora"))
        rooms_hint.setObjectName("hint")
        rooms_row.addWidget(rooms_hint, 1)
        self.add_row(form, "rooms", self.tr("Stan&ze:"), rooms, buddy=self.rooms_spin)
        self.phone_caption = self.add_row(form, "phone", self.tr("&Telefono:"), self.phone_edit)
        self.patron_caption = QLabel(self.tr("Santo pat&rono:"))
        self.patron_caption.setBuddy(self.patron_day_edit)
        form.addRow(self.patron_caption, patron_box)
        form.addRow("", self.with_error("active", self.active_check))
        if self.is_new:
            for widget in (self.phone_edit, self.active_check):
                form.setRowVisible(widget.parentWidget(), False)
            form.setRowVisible(patron_box, False)
            later = hint_label(
                self.tr(
                    "Telefono, santo patrono, chiusure e orari degli operatori si indicano "
                    "dopo aver creato lo sportello, con «Modifica…»."
                )
            )
            form.addRow(later)
        return page

    def _build_hours(self) -> QWidget:
        page = QWidget()
        self.opening = HoursEditor(
            self.tr("Orari di apertura"),
            self.tr("Nessun orario: lo sportello risulta chiuso tutta la settimana."),
        )
        hint = hint_label(
            self.tr(
                "Una riga per ogni fascia di apertura; per l'orario spezzato usate due righe "
                "per lo stesso giorno."
            )
        )
        opening_error = self.register("opening", self.opening)

        holidays_title = QLabel(self.tr("Festività dei prossimi 12 mesi"))
        holidays_title.setObjectName("subTitle")
        holidays_hint = hint_label(
            self.tr(
                "Nelle festività nazionali e provinciali e nel giorno del santo patrono lo "
                "sportello è già considerato chiuso: non serve inserirle tra le chiusure."
            )
        )
        self.holidays_grid = QGridLayout()
        self.holidays_grid.setHorizontalSpacing(12)
        self.holidays_grid.setVerticalSpacing(1)
        self.holiday_labels: list[QLabel] = []
        holidays = QWidget()
        holidays.setAccessibleName(self.tr("Festività dei prossimi 12 mesi"))
        holidays.setLayout(self.holidays_grid)

        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.opening, 1)
        layout.addWidget(opening_error)
        layout.addSpacing(6)
        layout.addWidget(holidays_title)
        layout.addWidget(holidays_hint)
        layout.addWidget(holidays)
        return page

    def _build_closures(self) -> QWidget:
        page = QWidget()
        self.closure_model = ClosureTableModel(self.today, self)
        self.closure_table = RowTableView(self.tr("Chiusure dello sportello"))
        self.closure_table.setModel(self.closure_model)
        self.closure_table.set_column_widths((10, 10, 5, 30))
        list_caption = QLabel(self.tr("&Elenco delle chiusure:"))
        list_caption.setBuddy(self.closure_table)

        self.remove_closure_button = QPushButton(self.tr("&Togli la chiusura selezionata"))
        self.remove_closure_button.setAccessibleName(self.tr("Togli la chiusura selezionata"))
        self.remove_closure_button.clicked.connect(self.remove_closure)
        closure_error = self.register("closure", self.closure_table)

        self.closure_start = QDateEdit(QDate(self.today))
        self.closure_end = QDateEdit(QDate(self.today))
        for edit, name in (
            (self.closure_start, self.tr("Chiusura dal giorno")),
            (self.closure_end, self.tr("Chiusura fino al giorno")),
        ):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.closure_start.dateChanged.connect(self._start_changed)
        self.closure_reason = self._line(
            self.tr("Motivo della chiusura"), self.tr("Ponte, lavori, sciopero…"), 200
        )
        self.add_closure_button = QPushButton(self.tr("A&ggiungi la chiusura"))
        self.add_closure_button.setAccessibleName(self.tr("Aggiungi la chiusura"))
        self.add_closure_button.clicked.connect(self.add_closure)

        new_row = QHBoxLayout()
        for caption, field, stretch in (
            (self.tr("Da&l:"), self.closure_start, 0),
            (self.tr("&Fino al:"), self.closure_end, 0),
            (self.tr("&Motivo:"), self.closure_reason, 1),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            new_row.addWidget(label)
            new_row.addWidget(field, stretch)
            new_row.addSpacing(6)
        new_row.addWidget(self.add_closure_button)
        new_errors = QVBoxLayout()
        new_errors.setSpacing(2)
        for key, field in (
            ("start", self.closure_start),
            ("end", self.closure_end),
            ("reason", self.closure_reason),
        ):
            new_errors.addWidget(self.register(key, field))
        new_title = QLabel(self.tr("Nuova chiusura"))
        new_title.setObjectName("subTitle")
        hint = hint_label(
            self.tr(
                "Le chiusure si aggiungono e si tolgono subito, senza «Salva». In quei giorni "
                "non si prendono appuntamenti."
            )
        )

        remove_row = QHBoxLayout()
        remove_row.addWidget(closure_error, 1)
        remove_row.addStretch(0)
        remove_row.addWidget(self.remove_closure_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(page)
        layout.addWidget(list_caption)
        layout.addWidget(self.closure_table, 1)
        layout.addLayout(remove_row)
        layout.addSpacing(6)
        layout.addWidget(new_title)
        layout.addLayout(new_row)
        layout.addLayout(new_errors)
        layout.addWidget(hint)
        return page

    def _build_operators(self, users: Sequence[UserRow]) -> QWidget:
        page = QWidget()
        self.operator_model = OperatorTableModel(self)
        self.operator_model.set_rows(operator_entries(users, self.details))
        self.operator_table = RowTableView(self.tr("Operatori e orari a questo sportello"))
        self.operator_table.setModel(self.operator_model)
        self.operator_table.set_column_widths((20, 14, 20))
        self.operator_table.row_activated.connect(lambda _row: self.operator_hours.focus_first())
        self.operator_table.selectionModel().currentRowChanged.connect(self._operator_changed)
        list_caption = QLabel(self.tr("Ope&ratori:"))
        list_caption.setBuddy(self.operator_table)
        operator_error = self.register("operator", self.operator_table)

        self.operator_title = QLabel()
        self.operator_title.setObjectName("subTitle")
        self.operator_title.setWordWrap(True)
        self.operator_hours = HoursEditor(
            self.tr("Orari dell'operatore a questo sportello"),
            self.tr("Nessun orario a questo sportello."),
        )
        self.operator_hours.changed.connect(self._operator_edited)
        hours_error = self.register("hours", self.operator_hours)
        self.save_operator_button = QPushButton(self.tr("Sal&va gli orari"))
        self.save_operator_button.clicked.connect(self.save_operator)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_operator_button)
        hint = hint_label(
            self.tr(
                "Gli orari di ciascun operatore si salvano con il loro pulsante. Chi non ha "
                "orari in nessuno sportello è considerato presente quando lo sportello è "
                "aperto."
            )
        )

        left = QVBoxLayout()
        left.addWidget(list_caption)
        left.addWidget(self.operator_table, 1)
        left.addWidget(operator_error)
        right = QVBoxLayout()
        right.addWidget(self.operator_title)
        right.addWidget(self.operator_hours, 1)
        right.addWidget(hours_error)
        right.addLayout(save_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(8)
        columns.addLayout(right, 4)

        layout = QVBoxLayout(page)
        layout.addLayout(columns, 1)
        layout.addWidget(hint)
        return page

    # ------------------------------------------------------------------ filling

    def _load(self) -> None:
        details = self.details
        if details is None:
            self.rooms_spin.setValue(1)
            self.active_check.setChecked(True)
            self.opening.set_intervals((d, "09:00", "13:00") for d in range(5))
        else:
            self.name_edit.setText(details.name)
            self.municipality_edit.setText(details.municipality)
            self.province_edit.setText(details.province or "")
            self.address_edit.setText(details.address or "")
            self.phone_edit.setText(fmt_phone(details.phone))
            self.rooms_spin.setValue(details.rooms)
            self.active_check.setChecked(details.active)
            self.patron_day_edit.setText(_stored_to_typed(details.patron_day))
            self.patron_name_edit.setText(details.patron_name or "")
            self.opening.set_intervals(details.opening)
            self.closure_model.set_rows(details.closures)
        for edit in (self.name_edit, self.address_edit, self.municipality_edit):
            edit.setCursorPosition(0)
        self._update_holidays()
        self._closures_changed()
        if self.operator_model.rowCount():
            self.operator_table.setCurrentIndex(self.operator_model.index(0, 0))
        else:
            self._operator_changed(QModelIndex(), QModelIndex())

    def _upper(self, edit: QLineEdit, text: str) -> None:
        if text != text.upper():
            position = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(position)

    def _update_holidays(self, *_args: object) -> None:
        """The list under the hours follows the province and patron day as they are typed."""
        province = self.province_edit.text().strip().upper()
        days = upcoming_holidays(
            province if len(province) == 2 else None,
            self.patron_day_edit.text(),
            self.patron_name_edit.text().strip() or None,
            self.today,
        )
        while self.holidays_grid.count():
            item = self.holidays_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.holiday_labels = []
        half = (len(days) + 1) // 2
        for n, (day, name) in enumerate(days):
            column, row = divmod(n, half)
            when = QLabel(f"{labels.weekday_short(day.weekday())} {fmt_date(day)}")
            what = QLabel(name)
            what.setToolTip(name)
            for label in (when, what):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.holidays_grid.addWidget(when, row, column * 2)
            self.holidays_grid.addWidget(what, row, column * 2 + 1)
            self.holiday_labels.append(what)
        self.holidays_grid.setColumnStretch(1, 1)
        self.holidays_grid.setColumnStretch(3, 1)

    # ------------------------------------------------------------------ the tabs' main buttons

    def _tab_changed(self, index: int) -> None:
        """Enter presses the main button of the tab in view."""
        if index == TAB_CLOSURES:
            self.add_closure_button.setDefault(True)
        elif index == TAB_OPERATORS:
            self.save_operator_button.setDefault(True)
        else:
            self.save_button.setDefault(True)

    # ------------------------------------------------------------------ saving the desk

    def _precheck(self) -> list[ValidationError]:
        """Every problem the pure rules can see, at once, with the services' own checks."""
        checks = [
            lambda: validation.required(self.name_edit.text(), "name", self.tr("Nome")),
            lambda: validation.required(
                self.municipality_edit.text(), "municipality", self.tr("Comune"), 100
            ),
            lambda: validation.weekly_intervals(
                self.opening.intervals(), "opening", self.tr("Orari di apertura")
            ),
        ]
        if self.is_new:
            checks.insert(
                0,
                lambda: validation.code(self.code_edit.text(), "code", self.tr("Codice sportello")),
            )
        else:
            checks.append(lambda: validation.phone(self.phone_edit.text()))
        return self.run_checks(checks)

    def save(self) -> None:
        """Create or update the desk (one service call); on success close the dialog."""
        self.clear_errors()
        if self.show_problems(self._precheck()):
            return
        try:
            row = self._create() if self.is_new else self._update()
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.desk_saved.emit(row)
        self.accept()

    def _create(self) -> DeskRow:
        from storage.services.admin import DeskInput, create_desk

        return create_desk(
            self.ctx.db,
            self.ctx.actor,
            DeskInput(
                code=self.code_edit.text(),
                name=self.name_edit.text(),
                municipality=self.municipality_edit.text(),
                province=self.province_edit.text().upper() or None,
                address=self.address_edit.text() or None,
                rooms=self.rooms_spin.value(),
                opening=self.opening.intervals(),
            ),
        )

    def _update(self) -> DeskRow:
        from storage.services.desks import DeskUpdate, update_desk

        assert self.details is not None
        details = update_desk(
            self.ctx.db,
            self.ctx.actor,
            self.details.code,
            DeskUpdate(
                name=self.name_edit.text(),
                municipality=self.municipality_edit.text(),
                province=self.province_edit.text().upper() or None,
                address=self.address_edit.text() or None,
                phone=self.phone_edit.text() or None,
                rooms=self.rooms_spin.value(),
                patron_day=self.patron_day_edit.text() or None,
                patron_name=self.patron_name_edit.text() or None,
                active=self.active_check.isChecked(),
                opening=self.opening.intervals(),
            ),
        )
        return desk_row_from_details(details, self.desk_id)

    # ------------------------------------------------------------------ closures

    def _start_changed(self, start: QDate) -> None:
        if self.closure_end.date() < start:
            self.closure_end.setDate(start)

    def _closures_changed(self) -> None:
        self.remove_closure_button.setEnabled(self.closure_model.rowCount() > 0)

    def add_closure(self) -> None:
        """Close the desk for the chosen days at once (`add_closure`)."""
        from storage.services.desks import add_closure

        assert self.details is not None
        self.clear_errors()
        try:
            closure = add_closure(
                self.ctx.db,
                self.ctx.actor,
                self.details.code,
                self.closure_start.date().toPython(),
                self.closure_end.date().toPython(),
                self.closure_reason.text(),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        rows = sorted([*self.closure_model.rows(), closure], key=lambda c: (c.start, c.end))
        self.closure_model.set_rows(rows)
        self.closure_table.setCurrentIndex(self.closure_model.index(rows.index(closure), 0))
        self.closure_reason.clear()
        self.closure_reason.setFocus()
        self._closures_changed()

    def remove_closure(self) -> None:
        """Reopen the desk on the selected closure's days at once (`remove_closure`)."""
        from storage.services.desks import remove_closure

        self.clear_errors()
        index = self.closure_table.currentIndex()
        closure = self.closure_model.row_at(index.row()) if index.isValid() else None
        if closure is None:
            self.show_field_error(
                ValidationError(
                    "closure", self.tr("sceglietene una nell'elenco."), label=self.tr("Chiusura")
                )
            )
            return
        try:
            remove_closure(self.ctx.db, self.ctx.actor, closure.id)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        rows = [c for c in self.closure_model.rows() if c.id != closure.id]
        self.closure_model.set_rows(rows)
        if rows:
            self.closure_table.setCurrentIndex(
                self.closure_model.index(min(index.row(), len(rows) - 1), 0)
            )
            self.closure_table.setFocus()
        else:
            self.closure_start.setFocus()
        self._closures_changed()

    # ------------------------------------------------------------------ operators

    def current_operator(self) -> OperatorEntry | None:
        index = self.operator_table.currentIndex()
        return self.operator_model.row_at(index.row()) if index.isValid() else None

    def _operator_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.operator_model.row_at(current.row()) if current.isValid() else None
        self._current_operator = entry.username if entry else None
        self._loading = True
        if entry is None:
            self.operator_title.setText(self.tr("Nessun utente da assegnare a questo sportello."))
            self.operator_hours.set_intervals(())
        else:
            self.operator_title.setText(
                self.tr("Orari di {name} a questo sportello").format(name=entry.full_name)
            )
            pending = self.operator_model.pending.get(entry.username)
            self.operator_hours.set_intervals(pending if pending is not None else entry.hours)
        self._loading = False
        self.operator_hours.setEnabled(entry is not None)
        self.save_operator_button.setEnabled(entry is not None)
        self.save_operator_button.setText(
            self.tr("Sal&va gli orari di {name}").format(name=entry.full_name)
            if entry
            else self.tr("Sal&va gli orari")
        )
        self.save_operator_button.setAccessibleName(
            self.save_operator_button.text().replace("&", "")
        )

    def _operator_edited(self) -> None:
        """Keep what is typed for this operator while others are looked at; mark it unsaved."""
        if self._loading or self._current_operator is None:
            return
        self.operator_model.pending[self._current_operator] = self.operator_hours.intervals()
        self.operator_model.refresh_row(self.operator_table.currentIndex().row())

    def save_operator(self) -> None:
        """Replace the chosen operator's hours at this desk (`set_availability`)."""
        from storage.services.desks import set_availability

        assert self.details is not None
        self.clear_errors()
        entry = self.current_operator()
        if entry is None:
            return
        hours = self.operator_hours.intervals()
        try:
            validation.weekly_intervals(hours, "hours", self.tr("Orari dell'operatore"))
            saved = set_availability(
                self.ctx.db, self.ctx.actor, entry.username, self.details.code, hours
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.operator_model.pending.pop(entry.username, None)
        row = self.operator_table.currentIndex().row()
        self.operator_model.replace_row(
            row, replace(entry, hours=tuple((a.weekday, a.start, a.end) for a in saved))
        )
