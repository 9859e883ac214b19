"""Booking, moving and cancelling an appointment from the keyboard.

`BookingDialog` asks for the person, the kind, mode, desk and operator, the start and duration.

The person is found as you type (surname and name, codice fiscale or internal code; Down moves
into the results, Enter chooses) or registered on the spot with the minimum ("Nuova persona").
"Proponi orari liberi" lists the next free starts of the desk; choosing one sets the start and the
operator. Enter books, Esc cancels. A refused booking keeps the dialog open: a bad field shows its
message under the field, a clash shows the clash above the buttons. A start already past books
the appointment as recorded (done), and the dialog says so under the start before confirming.
"Ripeti" (Alt+R) books a weekly or fortnightly series, a number of times or until a day
(`book_series`): when some dates clash nothing is booked, the clashes are listed one a line and
"Prenota saltando le date occupate" (focused, so Enter) books the others.
With `appointment=` the same dialog moves an appointment (`reschedule`); `CancelDialog` cancels
one, asking who cancelled and why, and for an occurrence of a series offers to cancel the later
ones too (`cancel_following`).

The storage services are imported when the dialog needs them, never when this module is imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, expected_error_box
from gui.format import fmt_date, fmt_phone, fmt_time
from gui.widgets import hint_label
from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from models.errors import ConflictError, ValidationError
from models.rows import AppointmentRow, DeskRow, ParticipantQuery, ParticipantRow, UserRow

if TYPE_CHECKING:
    from storage.services.booking import Booked, BookingInput, SeriesResult, SlotRow

SEARCH_DELAY_MS = 200
SEARCH_LIMIT = 15
DEFAULT_MINUTES = 60
SLOT_COUNT = 10
ROLE = Qt.ItemDataRole.UserRole

# Recurring series: the service's frequencies, weeks between occurrences, how many at most.
FREQUENCY_WEEKS = {"weekly": 1, "biweekly": 2}
SERIES_TIMES = (2, 60)
DEFAULT_TIMES = 4
MAX_CLASH_LINES = 8  # clashing dates listed in the dialog; the rest are counted
# Where one clashing occurrence begins in the service's message («…; 01/12/2026 10:00: …»).
_CLASH = re.compile(r"(?:\. |; )(?=\d{2}/\d{2}/\d{4} \d{2}:\d{2}: )")


def next_quarter(moment: datetime) -> datetime:
    """The first quarter hour at or after `moment` (10:45:30 gives 11:00, never the past)."""
    if moment.second or moment.microsecond:
        moment = moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return moment + timedelta(minutes=(-moment.minute) % 15)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --------------------------------------------------------------------------- small widgets


class SearchEdit(QLineEdit):
    """The person search: Down moves into the results; Enter may be taken by `on_enter`."""

    def __init__(
        self,
        on_down: Callable[[], None],
        on_enter: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_down = on_down
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self._on_down()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._on_enter():
            event.accept()
            return
        super().keyPressEvent(event)


class ChoiceList(QListWidget):
    """A short list of choices: Enter or a double click chooses (the dialog does not book).

    Up on the first row gives the keyboard back to `back_to` (the search box).
    """

    chosen = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.back_to: QWidget | None = None
        self.setUniformItemSizes(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentRow() >= 0:
                self.chosen.emit(self.currentRow())
                event.accept()
                return
            event.ignore()
            return
        if key == Qt.Key.Key_Up and self.currentRow() <= 0 and self.back_to is not None:
            self.back_to.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None:
            self.chosen.emit(self.row(item))

    def set_rows_visible(self, rows: int) -> None:
        """At least that many rows tall; the list grows with the dialog."""
        height = self.fontMetrics().height() + 4
        self.setMinimumHeight(rows * height + 2 * self.frameWidth() + 4)


class QuarterTimeEdit(QTimeEdit):
    """A time field whose arrows step the minutes by a quarter hour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QTimeEdit.Section.MinuteSection:
            current = self.time()
            minutes = current.hour() * 60 + current.minute()
            # Off the grid, the first step lands on the neighbouring quarter hour.
            base = minutes // 15 if steps > 0 else (minutes + 14) // 15
            minutes = max(0, min((base + steps) * 15, 23 * 60 + 45))
            self.setTime(QTime(minutes // 60, minutes % 60))
            return
        super().stepBy(steps)


# --------------------------------------------------------------------------- the dialog


class BookingDialog(QDialog):
    """Book an appointment, or (with `appointment=`) move an existing one with `reschedule`."""

    booked = Signal(object)  # Booked
    series_booked = Signal(object)  # SeriesResult
    moved = Signal(object)  # AppointmentRow: the new appointment after a move

    def __init__(
        self,
        ctx: AppContext,
        *,
        desk_code: str | None = None,
        operator: str | None = None,
        start: datetime | None = None,
        appointment: AppointmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.participant: ParticipantRow | None = None
        self.result_booked: Booked | None = None
        self.result_series: SeriesResult | None = None
        self.result_row: AppointmentRow | None = None
        self.desks: list[DeskRow] = []
        self.users: list[UserRow] = []
        self.staff: dict[str, list[str]] = {}
        self.slots: list[SlotRow] = []
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._kind_touched = False
        moving = appointment is not None
        self.setWindowTitle(
            self.tr("Sposta l'appuntamento") if moving else self.tr("Nuovo appuntamento")
        )
        self.setAccessibleName(self.windowTitle())

        self._load_choices()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)

        left = self._build_move_box() if moving else self._build_person_box()
        right = QVBoxLayout()
        right.addWidget(self._build_details_box())
        right.addWidget(self._build_slots_box(), 1)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(left, 1)
        columns.addLayout(right, 1)

        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setAccessibleName(self.tr("Problema della prenotazione"))
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Sposta") if moving else self.tr("Prenota"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Shown when some dates of a series clash: books the others (Enter, it has the focus).
        self.skip_button = QPushButton(self.tr("Prenota saltando le date occupate"))
        self.skip_button.setVisible(False)
        self.skip_button.clicked.connect(lambda: self.submit(skip_conflicts=True))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annulla"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        bottom = QHBoxLayout()  # the box would show the skip button again when it lays out
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.buttons, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        unit = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(min(140 * unit, 1100))
        self._sized = False

        self._prefill(desk_code, operator, start)
        self._set_tab_order()
        # The dates that clashed belong to the form as it was: a change hides the offer to skip.
        self.minutes_spin.valueChanged.connect(lambda _v: self._hide_skip())
        self.operator_combo.currentIndexChanged.connect(lambda _i: self._hide_skip())
        self.desk_combo.currentIndexChanged.connect(lambda _i: self._hide_skip())
        self._update_past_note()
        (self.date_edit if moving else self.search).setFocus()

    # ------------------------------------------------------------------ building

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        self.errors[key] = label
        return label

    def _with_error(self, key: str, field: QWidget, *extra: QWidget) -> QWidget:
        """The field, then anything else that belongs under it, then where its error appears."""
        self.fields[key] = field
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        for widget in extra:
            box.addWidget(widget)
        box.addWidget(self._error_label(key))
        return holder

    def _build_person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Persona"))
        self.search = SearchEdit(self._focus_results, self._on_search_enter)
        self.search.setAccessibleName(self.tr("Cerca la persona"))
        self.search.setPlaceholderText(self.tr("Cognome e nome, codice fiscale o codice interno"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._on_search_edited)
        search_label = QLabel(self.tr("&Persona:"))
        search_label.setBuddy(self.search)

        self.results = ChoiceList(self.tr("Persone trovate"))
        self.results.back_to = self.search
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.set_rows_visible(6)
        self.results.chosen.connect(self._on_result_chosen)

        self.chosen_label = hint_label()
        self.chosen_label.setAccessibleName(self.tr("Persona scelta"))

        self.new_button = QPushButton(self.tr("Nuova perso&na…"))
        self.new_button.setAccessibleName(self.tr("Registra una nuova persona"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.show_new_person)

        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self._with_error("participant", self.results, self.chosen_label), 1)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._build_new_person_box())
        self._show_chosen()
        return box

    def _build_new_person_box(self) -> QGroupBox:
        self.new_box = QGroupBox(self.tr("Nuova persona"))
        form = QFormLayout(self.new_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.new_last = QLineEdit()
        self.new_last.setAccessibleName(self.tr("Cognome"))
        self.new_first = QLineEdit()
        self.new_first.setAccessibleName(self.tr("Nome"))
        self.new_phone = QLineEdit()
        self.new_phone.setAccessibleName(self.tr("Telefono"))
        self.new_phone.setPlaceholderText(self.tr("es. 333 123 4567"))
        for key, text, field in (
            ("last_name", self.tr("Co&gnome:"), self.new_last),
            ("first_name", self.tr("No&me:"), self.new_first),
            ("phone", self.tr("Tele&fono:"), self.new_phone),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, self._with_error(key, field))
            field.installEventFilter(self)
        consent = hint_label(
            self.tr(
                "Il consenso a essere contattati non si registra qui: si raccoglie con "
                "l'informativa privacy firmata dalla persona."
            )
        )
        self.register_button = QPushButton(self.tr("Registr&a la persona"))
        self.register_button.setAutoDefault(False)
        self.register_button.clicked.connect(self.register_person)
        form.addRow(consent)
        form.addRow(self.register_button)
        self.new_box.setVisible(False)
        return self.new_box

    def _build_move_box(self) -> QGroupBox:
        row = self.appointment
        assert row is not None
        box = QGroupBox(self.tr("Appuntamento da spostare"))
        end = row.start + timedelta(minutes=row.minutes)
        text = self.tr(
            "{person}\n{kind} · {mode}\n{weekday} {day}, {start}–{end}\ncon {operator}, {desk}"
        ).format(
            person=row.participant_name,
            kind=labels.appointment_kind_label(row.kind),
            mode=labels.appointment_mode_label(row.mode),
            weekday=labels.weekday_long(row.start.weekday()),
            day=fmt_date(row.start.date()),
            start=fmt_time(row.start),
            end=fmt_time(end),
            operator=row.operator_name,
            desk=row.desk_name,
        )
        summary = QLabel(text)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary.setAccessibleName(self.tr("Appuntamento da spostare"))
        note = hint_label(
            self.tr(
                "L'appuntamento attuale resterà in agenda come «Spostato»; quello nuovo "
                "mantiene persona, tipo, modalità e nota."
            )
        )
        layout = QVBoxLayout(box)
        layout.addWidget(summary)
        layout.addWidget(note)
        layout.addStretch(1)
        return box

    def _build_details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Appuntamento"))
        # Never squeezed below its natural height: the free-slot list below gives way instead.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Tipo di appuntamento"))
        for kind in AppointmentKind:
            self.kind_combo.addItem(labels.appointment_kind_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(AppointmentKind.MONITORING.value))
        self.kind_combo.activated.connect(self._on_kind_activated)

        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("Modalità"))
        for mode in AppointmentMode:
            self.mode_combo.addItem(labels.appointment_mode_label(mode), mode.value)

        self.desk_combo = QComboBox()
        self.desk_combo.setAccessibleName(self.tr("Sportello"))
        for desk in self.desks:
            self.desk_combo.addItem(f"{desk.name} ({desk.code})", desk.code)

        self.operator_combo = QComboBox()
        self.operator_combo.setAccessibleName(self.tr("Operatore"))
        for user in self.users:
            self.operator_combo.addItem(f"{user.full_name} ({user.username})", user.username)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setAccessibleName(self.tr("Giorno dell'appuntamento"))
        self.date_edit.setToolTip(self.tr("Giorno (gg/mm/aaaa)"))
        self.time_edit = QuarterTimeEdit()
        self.time_edit.setAccessibleName(self.tr("Ora di inizio"))
        self.time_edit.setToolTip(self.tr("Ora di inizio (hh:mm); le frecce vanno di 15 minuti"))
        for edit in (self.date_edit, self.time_edit):
            edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.date_edit.dateChanged.connect(lambda _d: self._on_start_changed())
        self.time_edit.timeChanged.connect(lambda _t: self._on_start_changed())
        start_row = QWidget()
        start_layout = QHBoxLayout(start_row)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(self.date_edit)
        start_layout.addWidget(self.time_edit)
        start_layout.addStretch(1)
        self.fields["time"] = self.time_edit
        self.past_note = QLabel()
        self.past_note.setObjectName("pastNote")
        self.past_note.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.past_note.setWordWrap(True)
        self.past_note.setAccessibleName(self.tr("Avviso sull'inizio"))
        self.past_note.setVisible(False)

        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 600)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(
            self.appointment.minutes if self.appointment is not None else DEFAULT_MINUTES
        )
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Durata in minuti"))

        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Nota"))
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("facoltativa, es. portare il curriculum"))

        start_field = self._with_error("start", start_row, self.past_note)
        self.fields["start"] = self.date_edit
        rows = [
            ("kind", self.tr("&Tipo:"), self._with_error("kind", self.kind_combo)),
            ("mode", self.tr("Mo&dalità:"), self._with_error("mode", self.mode_combo)),
            ("desk", self.tr("&Sportello:"), self._with_error("desk", self.desk_combo)),
            ("operator", self.tr("&Operatore:"), self._with_error("operator", self.operator_combo)),
            ("start", self.tr("&Inizio:"), start_field),
            ("minutes", self.tr("D&urata:"), self._with_error("minutes", self.minutes_spin)),
        ]
        if self.appointment is None:  # a move keeps the appointment single
            rows.append(("repeat", self.tr("&Ripeti:"), self._build_repeat_field()))
        rows.append(("note", self.tr("Not&e:"), self._with_error("note", self.note_edit)))
        for key, text, field in rows:
            caption = QLabel(text)
            caption.setBuddy(self.fields[key])
            form.addRow(caption, field)

        if self.appointment is not None:
            # A move keeps the person, kind, mode, desk and note: shown, not editable.
            self.note_edit.setPlaceholderText("")
            for widget in (self.kind_combo, self.mode_combo, self.desk_combo, self.note_edit):
                widget.setEnabled(False)
        return box

    def _build_repeat_field(self) -> QWidget:
        """Non ripetere / every week / every two weeks; then N times or until a day."""
        self.repeat_combo = QComboBox()
        self.repeat_combo.setAccessibleName(self.tr("Ripetizione"))
        self.repeat_combo.addItem(self.tr("Non ripetere"), None)
        self.repeat_combo.addItem(self.tr("Ogni settimana"), "weekly")
        self.repeat_combo.addItem(self.tr("Ogni due settimane"), "biweekly")
        self.repeat_combo.currentIndexChanged.connect(lambda _i: self._update_repeat())

        self.times_radio = QRadioButton(self.tr("Numero di &volte:"))
        self.times_spin = QSpinBox()
        self.times_spin.setRange(*SERIES_TIMES)
        self.times_spin.setValue(DEFAULT_TIMES)
        self.times_spin.setAccessibleName(self.tr("Quante volte"))
        self.until_radio = QRadioButton(self.tr("fino al giorno:"))
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        self.until_edit.setAccessibleName(self.tr("Ultimo giorno della serie"))
        self.until_edit.setToolTip(self.tr("Fino a questo giorno compreso (gg/mm/aaaa)"))
        self.times_radio.setChecked(True)
        self.repeat_how = QButtonGroup(self)
        self.repeat_how.addButton(self.times_radio)
        self.repeat_how.addButton(self.until_radio)
        self.times_radio.toggled.connect(lambda _on: self._update_repeat())
        self.times_spin.valueChanged.connect(lambda _v: self._update_repeat())
        self.until_edit.dateChanged.connect(lambda _d: self._update_repeat())

        self.repeat_options = QWidget()
        options = QHBoxLayout(self.repeat_options)
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.times_radio)
        options.addWidget(self.times_spin)
        options.addSpacing(12)
        options.addWidget(self.until_radio)
        options.addWidget(self.until_edit)
        options.addStretch(1)
        self.repeat_note = hint_label()
        self.repeat_note.setAccessibleName(self.tr("Appuntamenti della serie"))

        field = self._with_error("repeat", self.repeat_combo, self.repeat_options, self.repeat_note)
        # The service names "times" or "until": their message appears under the same row.
        for key, widget in (("times", self.times_spin), ("until", self.until_edit)):
            self.errors[key] = self.errors["repeat"]
            self.fields[key] = widget
        self._update_repeat()
        return field

    def frequency(self) -> str | None:
        """The series' frequency ("weekly", "biweekly") or None for a single appointment."""
        if self.appointment is not None:
            return None
        data = self.repeat_combo.currentData()
        return str(data) if data else None

    def series_starts(self) -> list[datetime]:
        """The starts the series asks for (before holidays, closures and clashes)."""
        frequency = self.frequency()
        if frequency is None:
            return [self.start()]
        step = timedelta(weeks=FREQUENCY_WEEKS[frequency])
        first = self.start()
        if self.times_radio.isChecked():
            return [first + n * step for n in range(self.times_spin.value())]
        until: date = self.until_edit.date().toPython()  # type: ignore[assignment]
        starts = []
        while first.date() <= until and len(starts) <= SERIES_TIMES[1]:
            starts.append(first)
            first += step
        return starts

    def _update_repeat(self) -> None:
        if not hasattr(self, "repeat_note"):
            return
        repeating = self.frequency() is not None
        self.repeat_options.setVisible(repeating)
        self.repeat_note.setVisible(repeating)
        self.times_spin.setEnabled(self.times_radio.isChecked())
        self.until_edit.setEnabled(self.until_radio.isChecked())
        self._hide_skip()
        if hasattr(self, "ok_button"):
            self._update_past_note()
        if not repeating:
            return
        starts = self.series_starts()
        if len(starts) < 2:
            self.repeat_note.setText(self.tr("Il giorno finale deve venire dopo il primo."))
            return
        if len(starts) > SERIES_TIMES[1]:
            self.repeat_note.setText(
                self.tr("Più di {n} appuntamenti: scegliete un giorno finale più vicino.").format(
                    n=SERIES_TIMES[1]
                )
            )
            return
        last = starts[-1]
        self.repeat_note.setText(
            self.tr("{n} appuntamenti, l'ultimo {weekday} {day}.").format(
                n=len(starts),
                weekday=labels.weekday_long(last.weekday()),
                day=fmt_date(last.date()),
            )
        )

    def _on_start_changed(self) -> None:
        """A new first day moves the "fino al" limits with it."""
        self._update_past_note()
        if not hasattr(self, "until_edit"):
            return
        first = self.start().date()
        self.until_edit.setMinimumDate(_qdate(first))
        if not self.until_radio.isChecked():
            weeks = FREQUENCY_WEEKS.get(self.frequency() or "weekly", 1)
            self.until_edit.setDate(_qdate(first + timedelta(weeks=weeks * (DEFAULT_TIMES - 1))))
        self._update_repeat()

    def _build_slots_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Orari liberi"))
        self.slots_button = QPushButton(self.tr("Proponi orari &liberi"))
        self.slots_button.setAutoDefault(False)
        self.slots_button.setToolTip(
            self.tr("I prossimi orari liberi dello sportello, dal giorno scelto in avanti")
        )
        self.slots_button.clicked.connect(self.propose_slots)
        self.any_operator = QCheckBox(self.tr("&Qualsiasi operatore"))
        self.any_operator.setToolTip(
            self.tr("Cerca tra gli operatori con orari allo sportello, non solo quello scelto")
        )
        self.slot_list = ChoiceList(self.tr("Orari liberi proposti"))
        self.slot_list.set_rows_visible(5)
        self.slot_list.chosen.connect(self._on_slot_chosen)
        self.slots_hint = hint_label(
            self.tr(
                "«Proponi orari liberi» (Alt+L) elenca i prossimi orari liberi dal giorno "
                "scelto; Invio ne sceglie uno e lo mette come inizio."
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.slots_button)
        row.addWidget(self.any_operator)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.slot_list, 1)
        layout.addWidget(self.slots_hint)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # measured once shown: the stylesheet's margins apply by then
            self._sized = True
            self._reserve_room()
        super().showEvent(event)

    def _reserve_room(self) -> None:
        """Size the dialog for its tallest state, so that showing a panel never squeezes it."""
        extras: list[QWidget] = [self.past_note]
        if self.appointment is None:
            extras += [self.new_box, self.repeat_options, self.repeat_note]
        shown = [w for w in extras if not w.isVisibleTo(self)]
        for widget in shown:
            widget.setVisible(True)
        layout = self.layout()
        width = self.minimumWidth()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(height, layout.totalSizeHint().height()))
        for widget in shown:
            widget.setVisible(False)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = []
        if self.appointment is None:
            chain += [
                self.search,
                self.results,
                self.new_button,
                self.new_last,
                self.new_first,
                self.new_phone,
                self.register_button,
                self.kind_combo,
                self.mode_combo,
                self.desk_combo,
            ]
        chain += [
            self.operator_combo,
            self.date_edit,
            self.time_edit,
            self.minutes_spin,
        ]
        if self.appointment is None:
            chain += [
                self.repeat_combo,
                self.times_radio,
                self.times_spin,
                self.until_radio,
                self.until_edit,
            ]
        chain += [
            self.note_edit,
            self.slots_button,
            self.any_operator,
            self.slot_list,
            self.ok_button,
            self.skip_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ initial values

    def _load_choices(self) -> None:
        from storage.services.admin import list_desks, list_users
        from storage.services.desks import staff_by_desk

        try:
            self.desks = [d for d in list_desks(self.ctx.db, self.ctx.actor) if d.active]
            self.users = [u for u in list_users(self.ctx.db, self.ctx.actor) if u.active]
            self.staff = staff_by_desk(self.ctx.db, self.ctx.actor)
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)

    def _prefill(self, desk_code: str | None, operator: str | None, start: datetime | None) -> None:
        row = self.appointment
        if row is not None:
            desk_code, operator = row.desk_code, row.operator
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(row.kind.value))
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(row.mode.value))
            if start is None:
                start = next_quarter(max(datetime.now(), row.start))
        self._select(self.desk_combo, desk_code)
        if operator is None and self.operator_combo.findData(self.ctx.actor.username) >= 0:
            operator = self.ctx.actor.username
        if operator is None:
            # Someone who works at that desk rather than the first name in the list.
            chosen = str(self.desk_combo.currentData() or "")
            at_desk = self.staff.get(chosen, [])
            operator = at_desk[0] if at_desk else None
        self._select(self.operator_combo, operator)
        self.set_start(start or next_quarter(datetime.now()))

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        if value is None:
            return
        index = combo.findData(value)
        if index < 0:
            index = combo.findData(value.strip().upper())
        if index < 0:
            index = combo.findData(value.strip().lower())
        if index >= 0:
            combo.setCurrentIndex(index)

    # ------------------------------------------------------------------ reading the form

    def start(self) -> datetime:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        clock: time = self.time_edit.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, clock.replace(second=0, microsecond=0))

    def set_start(self, moment: datetime) -> None:
        self.date_edit.setDate(_qdate(moment.date()))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))

    def desk_code(self) -> str:
        return str(self.desk_combo.currentData() or "")

    def operator(self) -> str:
        return str(self.operator_combo.currentData() or "")

    def kind(self) -> AppointmentKind:
        return AppointmentKind(self.kind_combo.currentData())

    def mode(self) -> AppointmentMode:
        return AppointmentMode(self.mode_combo.currentData())

    def is_past(self) -> bool:
        return self.start() < datetime.now()

    # ------------------------------------------------------------------ the person

    def run_search(self) -> None:
        """Look the typed text up now (the debounce timer calls this)."""
        from storage.services.participants import list_participants

        self._search_timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if len(text) < 2:
            return
        try:
            found = list_participants(
                self.ctx.db, self.ctx.actor, ParticipantQuery(text=text), limit=SEARCH_LIMIT + 1
            )
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        more = len(found) > SEARCH_LIMIT
        found = found[:SEARCH_LIMIT]
        for person in found:
            item = QListWidgetItem(self._person_text(person))
            item.setData(ROLE, person)
            self.results.addItem(item)
        note = None
        if not found:
            note = self.tr("Nessuna persona trovata: controllate o usate «Nuova persona» (Alt+N).")
        elif more:
            note = self.tr("Ce ne sono altre: scrivete di più (nome o codice fiscale).")
        if note is not None:
            item = QListWidgetItem(note)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _person_text(self, person: ParticipantRow) -> str:
        parts = [f"{person.last_name} {person.first_name}"]
        parts.append(person.codice_fiscale or person.internal_code)
        if person.birth_date:
            parts.append(fmt_date(person.birth_date))
        if person.phone:
            parts.append(fmt_phone(person.phone))
        return " · ".join(parts)

    def choose_participant(self, person: ParticipantRow) -> None:
        self.participant = person
        self.search.setText(f"{person.last_name} {person.first_name}")
        self._hide_error("participant")
        self._show_chosen()

    def _show_chosen(self) -> None:
        person = self.participant
        if person is None:
            self.chosen_label.setText(
                self.tr("Nessuna persona scelta: scrivete e scegliete dall'elenco (freccia giù).")
            )
            return
        code = person.codice_fiscale or ""
        text = self.tr("Scelta: {name} ({code})").format(
            name=f"{person.last_name} {person.first_name}", code=person.internal_code
        )
        if code:
            text += f" · {code}"
        self.chosen_label.setText(text)

    def _on_search_edited(self, _text: str) -> None:
        if self.participant is not None:
            self.participant = None
            self._show_chosen()
        self._search_timer.start()

    def _focus_results(self) -> None:
        if self._search_timer.isActive():
            self.run_search()
        if self.results.count() and self.results.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.results.setFocus()
            self.results.setCurrentRow(max(self.results.currentRow(), 0))

    def _on_search_enter(self) -> bool:
        """Enter in the search box: chooses the only match, or moves into the results."""
        if self.participant is not None:
            return False  # a person is chosen: Enter books
        if self._search_timer.isActive() or not self.results.count():
            self.run_search()
        people = [
            self.results.item(i).data(ROLE)
            for i in range(self.results.count())
            if self.results.item(i).data(ROLE) is not None
        ]
        if len(people) == 1:
            self.choose_participant(people[0])
            self.kind_combo.setFocus()
            return True
        if people:
            self._focus_results()
            return True
        return False

    def _on_result_chosen(self, row: int) -> None:
        item = self.results.item(row)
        person = item.data(ROLE) if item is not None else None
        if person is None:
            return
        self.choose_participant(person)
        self.kind_combo.setFocus()

    # -- quick add
    def show_new_person(self) -> None:
        self.new_box.setVisible(True)
        words = self.search.text().split()
        if self.participant is None and words and not self.new_last.text():
            self.new_last.setText(words[0].title())
            self.new_first.setText(" ".join(w.title() for w in words[1:]))
        self.new_last.setFocus()
        self.new_last.selectAll()

    def register_person(self) -> None:
        """Register the newcomer with the minimum (one service call) and choose them."""
        from models.validation import ParticipantInput
        from storage.services.participants import create_participant

        for key in ("last_name", "first_name", "phone"):
            self._hide_error(key)
        self._hide_problem()
        data = ParticipantInput(
            last_name=self.new_last.text(),
            first_name=self.new_first.text(),
            phone=self.new_phone.text() or None,
            desk_code=self.desk_code() or None,
        )
        try:
            created = create_participant(self.ctx.db, self.ctx.actor, data)
        except ValidationError as exc:
            self.show_error(exc)
            return
        except ConflictError as exc:
            self.show_problem(str(exc))
            return
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        self.new_box.setVisible(False)
        for edit in (self.new_last, self.new_first, self.new_phone):
            edit.clear()
        self.results.clear()
        self.choose_participant(created.row)
        note = self.tr("Registrata: {name}.").format(
            name=f"{created.row.last_name} {created.row.first_name}"
        )
        if created.warnings:
            note += " " + " ".join(created.warnings)
        self.chosen_label.setText(f"{note} {self.chosen_label.text()}")
        if not self._kind_touched:
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData(AppointmentKind.FIRST_CONTACT.value)
            )
        self.kind_combo.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field of the new person registers them (and does not book)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in (self.new_last, self.new_first, self.new_phone)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.register_person()
            return True
        return super().eventFilter(watched, event)

    def _on_kind_activated(self, _index: int) -> None:
        self._kind_touched = True

    # ------------------------------------------------------------------ free slots

    def propose_slots(self) -> None:
        """Fill the list with the next free starts (one `find_slots` call)."""
        from storage.services.booking import find_slots

        self._hide_problem()
        for key in ("desk", "operator", "minutes"):
            self._hide_error(key)
        day_start = datetime.combine(self.start().date(), time.min)
        after = max(next_quarter(datetime.now()), day_start)
        participant = None
        if self.appointment is not None:
            participant = self.appointment.participant_code
        elif self.participant is not None:
            participant = self.participant.internal_code
        try:
            self.slots = find_slots(
                self.ctx.db,
                self.ctx.actor,
                desk=self.desk_code(),
                operator=None if self.any_operator.isChecked() else self.operator() or None,
                minutes=self.minutes_spin.value(),
                after=after,
                count=SLOT_COUNT,
                participant=participant,
                moving=self.appointment.id if self.appointment is not None else None,
            )
        except ValidationError as exc:
            self.show_error(exc)
            return
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        self.slot_list.clear()
        for slot in self.slots:
            end = slot.start + timedelta(minutes=slot.minutes)
            text = (
                f"{labels.weekday_short(slot.start.weekday())} {fmt_date(slot.start.date())} · "
                f"{fmt_time(slot.start)}–{fmt_time(end)} · {slot.operator_name}"
            )
            self.slot_list.addItem(text)
        if self.slots:
            self.slots_hint.setText(
                self.tr("{n} orari liberi: Invio o doppio clic ne sceglie uno.").format(
                    n=len(self.slots)
                )
            )
            self.slot_list.setFocus()
            self.slot_list.setCurrentRow(0)
        else:
            self.slots_hint.setText(
                self.tr(
                    "Nessun orario libero nei prossimi due mesi per questa durata: provate "
                    "un'altra durata, un altro operatore o «Qualsiasi operatore»."
                )
            )

    def _on_slot_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.slots):
            return
        slot = self.slots[row]
        self._select(self.operator_combo, slot.operator)
        self.set_start(slot.start)
        self.slots_hint.setText(
            self.tr("Scelto: {weekday} {day} alle {time} con {operator}. Invio prenota.").format(
                weekday=labels.weekday_long(slot.start.weekday()),
                day=fmt_date(slot.start.date()),
                time=fmt_time(slot.start),
                operator=slot.operator_name,
            )
        )
        self.ok_button.setFocus()

    # ------------------------------------------------------------------ messages

    def _update_past_note(self) -> None:
        if not hasattr(self, "ok_button"):
            return
        past = self.is_past()
        moving = self.appointment is not None
        if past and moving:
            self.past_note.setText(
                self.tr("Questo inizio è già passato: si sposta solo verso un orario futuro.")
            )
        elif past:
            self.past_note.setText(
                self.tr(
                    "Questo inizio è già passato: l'appuntamento sarà registrato come già "
                    "svolto, non prenotato."
                )
            )
        self.past_note.setVisible(past)
        if moving:
            return
        if self.frequency() is not None:
            self.ok_button.setText(self.tr("Prenota la serie"))
            if past:
                self.past_note.setText(
                    self.tr("Questo inizio è già passato: una serie comincia da oggi in avanti.")
                )
        elif past:
            self.ok_button.setText(self.tr("Registra come svolto"))
        else:
            self.ok_button.setText(self.tr("Prenota"))

    def show_error(self, exc: ValidationError) -> None:
        """The message under its field (focused); a field not on the form goes above the buttons."""
        label = self.errors.get(exc.field)
        if label is None:
            self.show_problem(str(exc))
            return
        text = str(exc)
        if exc.field == "participant" and self.participant is None and self.search.text():
            text += " " + self.tr("Sceglietela dall'elenco sotto (freccia giù).")
        label.setText(text)
        label.setVisible(True)
        self._grow_to_fit()
        field = self.fields.get(exc.field)
        if field is not None and field.isEnabled():
            if exc.field == "participant" and self.appointment is None:
                field = self.search
            field.setFocus()

    def _hide_error(self, key: str) -> None:
        label = self.errors.get(key)
        if label is not None:
            label.clear()
            label.setVisible(False)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when a message needs it (a wrapped text does not make a window grow by itself).

        Without this the form would be squeezed and its fields drawn over one another.
        """
        layout = self.layout()
        layout.activate()
        width = self.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        need = max(need, layout.totalMinimumSize().height())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - 40)
        if need > self.height():
            self.resize(width, need)

    def _hide_problem(self) -> None:
        self.problem.clear()
        self.problem.setToolTip("")
        self.problem.setVisible(False)

    def show_clashes(self, exc: ConflictError) -> None:
        """Some dates of the series clash: list them, one a line, and offer to skip them."""
        lines = _CLASH.sub("\n• ", str(exc)).split("\n")
        if len(lines) > MAX_CLASH_LINES + 1:  # the whole list stays in the tooltip
            more = len(lines) - 1 - MAX_CLASH_LINES
            lines = [
                *lines[: MAX_CLASH_LINES + 1],
                "• " + self.tr("… e altre {n} date occupate.").format(n=more),
            ]
            self.problem.setToolTip(str(exc))
        self.show_problem("\n".join(lines))
        self.skip_button.setVisible(True)
        self.skip_button.setAutoDefault(True)
        self.skip_button.setFocus()

    def _hide_skip(self) -> None:
        if hasattr(self, "skip_button") and self.skip_button.isVisible():
            self.skip_button.setVisible(False)
            if self.problem.isVisible():
                self._hide_problem()

    def clear_errors(self) -> None:
        for key in self.errors:
            self._hide_error(key)
        self._hide_problem()

    def error_text(self, key: str) -> str:
        """The message shown under a field ("" when none is shown)."""
        label = self.errors.get(key)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    # ------------------------------------------------------------------ submitting

    def submit(self, *, skip_conflicts: bool = False) -> None:
        """Book (a series, or move): one service call; on success the dialog closes."""
        self.clear_errors()
        self.skip_button.setVisible(False)
        try:
            if self.appointment is not None:
                self._move()
            elif self.frequency() is not None:
                self._book_series(skip_conflicts=skip_conflicts)
            else:
                self._book()
        except ValidationError as exc:
            self.show_error(exc)
        except ConflictError as exc:
            if self.frequency() is not None and not skip_conflicts:
                self.show_clashes(exc)
            else:
                self.show_problem(str(exc))
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)

    def _input(self) -> BookingInput:
        from storage.services.booking import BookingInput

        key = self.participant.internal_code if self.participant else self.search.text()
        return BookingInput(
            participant=key,
            operator=self.operator(),
            desk=self.desk_code(),
            start=self.start(),
            minutes=self.minutes_spin.value(),
            kind=self.kind(),
            mode=self.mode(),
            note=self.note_edit.text() or None,
        )

    def _book_series(self, *, skip_conflicts: bool) -> None:
        from storage.services.booking import book_series

        frequency = self.frequency()
        assert frequency is not None
        by_times = self.times_radio.isChecked()
        until: date = self.until_edit.date().toPython()  # type: ignore[assignment]
        result = book_series(
            self.ctx.db,
            self.ctx.actor,
            self._input(),
            frequency=frequency,
            times=self.times_spin.value() if by_times else None,
            until=None if by_times else until,
            skip_conflicts=skip_conflicts,
        )
        self.result_series = result
        self.result_row = result.booked[0]
        self.series_booked.emit(result)
        self.accept()

    def _book(self) -> None:
        from storage.services.booking import book_appointment

        result = book_appointment(self.ctx.db, self.ctx.actor, self._input())
        self.result_booked = result
        self.result_row = result.row
        self.booked.emit(result)
        self.accept()

    def _move(self) -> None:
        from storage.services.booking import reschedule

        old = self.appointment
        assert old is not None
        operator = self.operator()
        row = reschedule(
            self.ctx.db,
            self.ctx.actor,
            old.id,
            self.start(),
            minutes=self.minutes_spin.value(),
            operator=operator if operator and operator != old.operator else None,
        )
        self.result_row = row
        self.moved.emit(row)
        self.accept()


# --------------------------------------------------------------------------- cancelling


class CancelDialog(QDialog):
    """Cancel an appointment: who cancelled and why (the reason is required).

    For an occurrence of a recurring series, a check box cancels the later ones still booked or
    confirmed as well (`cancel_following`), with the same reason.
    """

    cancelled = Signal(object)  # AppointmentRow after the change

    def __init__(
        self, ctx: AppContext, appointment: AppointmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment = appointment
        self.result_row: AppointmentRow | None = None
        self.result_ids: list[int] = []  # every appointment cancelled (several for a series)
        self.series: str | None = None
        self._load_series()
        self.setWindowTitle(self.tr("Annulla l'appuntamento"))
        self.setAccessibleName(self.windowTitle())

        row = appointment
        summary = QLabel(
            self.tr("{person}, {weekday} {day} alle {time} con {operator}").format(
                person=row.participant_name,
                weekday=labels.weekday_long(row.start.weekday()),
                day=fmt_date(row.start.date()),
                time=fmt_time(row.start),
                operator=row.operator_name,
            )
        )
        summary.setWordWrap(True)
        summary.setObjectName("subTitle")

        self.by_person = QRadioButton(self.tr("Annullato dalla &persona"))
        self.by_service = QRadioButton(self.tr("Annullato dal &servizio"))
        self.by_person.setChecked(True)
        who = QButtonGroup(self)
        who.addButton(self.by_person)
        who.addButton(self.by_service)

        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Motivo dell'annullamento"))
        self.reason_edit.setPlaceholderText(self.tr("es. malattia, impegno di lavoro, sciopero"))
        self.reason_error = QLabel()
        self.reason_error.setObjectName("fieldError")
        self.reason_error.setWordWrap(True)
        self.reason_error.setVisible(False)
        reason_label = QLabel(self.tr("&Motivo:"))
        reason_label.setBuddy(self.reason_edit)

        self.following_check = QCheckBox(self.tr("&Annulla anche i successivi della serie"))
        self.following_check.setToolTip(
            self.tr(
                "Gli appuntamenti della stessa serie da questo in avanti, se ancora prenotati o "
                "confermati, con lo stesso motivo"
            )
        )
        self.following_check.setVisible(self.series is not None)

        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Annulla l'appuntamento"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        back.setText(self.tr("Indietro"))
        back.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        reason_box = QVBoxLayout()
        reason_box.setSpacing(2)
        reason_box.addWidget(self.reason_edit)
        reason_box.addWidget(self.reason_error)
        form.addRow(reason_label, reason_box)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.by_person)
        layout.addWidget(self.by_service)
        layout.addLayout(form)
        layout.addWidget(self.following_check)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(60 * self.fontMetrics().averageCharWidth())
        self.reason_edit.setFocus()

    def _load_series(self) -> None:
        from storage.services.agenda import series_of

        try:
            self.series = series_of(self.ctx.db, self.ctx.actor, self.appointment.id)
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)

    def status(self) -> AppointmentStatus:
        if self.by_service.isChecked():
            return AppointmentStatus.CANCELLED_SERVICE
        return AppointmentStatus.CANCELLED_PARTICIPANT

    def submit(self) -> None:
        from storage.services.agenda import get_appointment
        from storage.services.booking import cancel_following, set_status

        self.reason_error.setVisible(False)
        self.problem.setVisible(False)
        db, actor, appointment_id = self.ctx.db, self.ctx.actor, self.appointment.id
        try:
            if self.series is not None and self.following_check.isChecked():
                ids = cancel_following(
                    db, actor, appointment_id, self.status(), reason=self.reason_edit.text()
                )
                row = get_appointment(db, actor, appointment_id)
            else:
                row = set_status(
                    db, actor, appointment_id, self.status(), reason=self.reason_edit.text()
                )
                ids = [row.id]
        except ValidationError as exc:
            if exc.field == "reason":
                self.reason_error.setText(str(exc))
                self.reason_error.setVisible(True)
                self.reason_edit.setFocus()
            else:
                self.problem.setText(str(exc))
                self.problem.setVisible(True)
            return
        except ConflictError as exc:
            self.problem.setText(str(exc))
            self.problem.setVisible(True)
            return
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        self.result_row = row
        self.result_ids = ids
        self.cancelled.emit(row)
        self.accept()
