"""The home section: the appointments of a day or of a week, with a few counts, and booking.

A date navigator (previous/next day or week, "Oggi", a calendar) and a desk filter choose what is
shown; "Giorno" lists the day's appointments in a table, "Settimana" paints one desk's week
(gui/week_view.py). "Nuovo appuntamento" (Ctrl+N) opens the booking dialog; the buttons above the
list (or Enter on an appointment, which opens the same actions in a menu) confirm, mark done or
no-show, cancel with a reason or move the chosen appointment. After any change the counters and
the view are read again. In "Giorno" an operator filter (Alt+R) shows one person's day, at one
desk or across all of them.

"Stampa agenda…" (Ctrl+P) saves a desk's day as a PDF (asking which desk when all are shown) and
"Promemoria…" (Ctrl+Shift+P) the chosen appointment's reminder card: the data is read at once,
the file chosen in Qt's save dialog (`gui.files`), the PDF drawn on a worker thread, the export
written to the audit trail, and the notice offers to open the file in the system's viewer.

The counters come from `home_summary`, the lists from `list_appointments`; the booking services
and the week view are imported the first time they are used, so that opening the program stays
fast and does not load SQLAlchemy.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import (
    EXPECTED_ERRORS,
    expected_error_box,
    message_box,
    reporting_errors,
    show_task_error,
)
from gui.format import fmt_date, fmt_int, fmt_time
from gui.models import AppointmentTableModel
from gui.widgets import (
    CounterCard,
    EmptyState,
    FlowLayout,
    LazyDeskCombo,
    LazyUserCombo,
    RowTableView,
    TableOrEmpty,
    control_group,
    section_title,
)
from gui.workers import run_task
from models.enums import AppointmentStatus, AuditAction
from models.errors import StorageUnavailable
from models.rows import AppointmentRow, DeskRow, UserRow
from storage.services.agenda import list_appointments
from storage.services.home import home_summary, my_next_steps

if TYPE_CHECKING:
    from collections.abc import Callable

    from gui.booking_dialog import BookingDialog, CancelDialog
    from gui.month_view import MonthView
    from gui.week_view import WeekView
    from storage.services.booking import Booked, SeriesResult

log = logging.getLogger(__name__)

DAY, WEEK, MONTH = 0, 1, 2

# A reminder card is printed for appointments still to come (the service refuses the others).
REMINDER_STATUSES = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED})

# The toolbar's actions look like buttons (a flat text would not say it can be pressed).
TOOLBAR_STYLE = """
QToolBar { border: none; spacing: 6px; }
QToolBar QToolButton {
    background: #ffffff; border: 1px solid #bcc4ce; border-radius: 4px; padding: 4px 8px;
    color: #1f2933;
}
QToolBar QToolButton:hover { background: #eef1f5; }
QToolBar QToolButton:checked { background: #cfe0f5; border-color: #1d5fa8; color: #102a43; }
QToolBar QToolButton:disabled { color: #9aa5b1; border-color: #d7dce3; }
QToolBar QToolButton#primaryButton {
    background: #1d5fa8; color: #ffffff; border-color: #174c87; font-weight: bold;
}
QToolBar QToolButton#primaryButton:hover { background: #174c87; }
QToolBar QToolButton#qt_toolbar_ext_button {
    background: transparent; border: none; padding: 0px; min-width: 18px;
}
"""


def _files() -> Any:
    """gui.files, imported when something is saved (not at start-up)."""
    from gui import files

    return files


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class AgendaSection(QWidget):
    """The appointments of one day (all desks or one) or one desk's week, and the counters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Agenda"))
        self.mode = DAY
        self.week: WeekView | None = None
        self.month: MonthView | None = None
        self.booking_dialog: BookingDialog | None = None
        self.cancel_dialog: CancelDialog | None = None
        self.action_menu: QMenu | None = None
        self.desk_question: QInputDialog | None = None
        self.print_notice: QMessageBox | None = None
        self.printing = 0  # PDFs being written in the background
        self._desk_rows: dict[str, DeskRow] = {}

        self.counter_participants = CounterCard(self.tr("Partecipanti"))
        self.counter_pathways = CounterCard(self.tr("Percorsi aperti"))
        self.counter_week = CounterCard(self.tr("Appuntamenti nei prossimi 7 giorni"))
        self.counter_no_shows = CounterCard(self.tr("Assenze negli ultimi 30 giorni"))
        counters = QHBoxLayout()
        for card in (
            self.counter_participants,
            self.counter_pathways,
            self.counter_week,
            self.counter_no_shows,
        ):
            counters.addWidget(card, 1)

        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self._step(-1))

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setAccessibleName(self.tr("Giorno"))
        self.date_edit.setToolTip(self.tr("Giorno mostrato (gg/mm/aaaa)"))
        self.date_edit.setDate(_qdate(date.today()))
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)

        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self._step(1))

        self.today_button = QPushButton(self.tr("&Oggi"))
        self.today_button.setAccessibleName(self.tr("Torna a oggi"))
        self.today_button.clicked.connect(self._on_today_clicked)

        self.desk_combo = LazyDeskCombo(self.tr("Tutti gli sportelli"), self._desks)
        self.desk_combo.setAccessibleName(self.tr("Sportello"))
        self.desk_combo.currentIndexChanged.connect(lambda _i: self.show_day(self.day()))
        desk_label = QLabel(self.tr("&Sportello:"))
        desk_label.setBuddy(self.desk_combo)

        # Giorno only (the week has its own filter): one operator's day, at one desk or at all.
        self.operator_combo = LazyUserCombo(self.tr("Tutti gli operatori"), self._users)
        self.operator_combo.setAccessibleName(self.tr("Operatore"))
        self.operator_combo.setToolTip(
            self.tr("Gli appuntamenti di un operatore; con «Tutti gli sportelli», in ogni sede")
        )
        self.operator_combo.currentIndexChanged.connect(lambda _i: self._on_operator_changed())
        self.operator_label = QLabel(self.tr("Ope&ratore:"))
        self.operator_label.setBuddy(self.operator_combo)

        # One line on a wide window; the filters go on a second line when it is narrow.
        navigator = FlowLayout()
        navigator.addWidget(
            control_group(self.prev_button, self.date_edit, self.next_button, self.today_button)
        )
        navigator.addWidget(control_group(desk_label, self.desk_combo))
        self.operator_group = control_group(self.operator_label, self.operator_combo)
        navigator.addWidget(self.operator_group)

        # The actions sit in a toolbar: on a narrow window the ones that do not fit go into its
        # » menu, and each keeps its shortcut (shown in its tooltip).
        self.toolbar = QToolBar(self.tr("Azioni dell'agenda"))
        self.toolbar.setAccessibleName(self.tr("Azioni dell'agenda"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.setStyleSheet(TOOLBAR_STYLE)
        self.mode_actions = QActionGroup(self)
        self.mode_actions.setExclusive(True)
        self.day_action = self._action(
            self.tr("&Giorno"), "Alt+G", self.tr("Gli appuntamenti di un giorno, in tabella")
        )
        self.week_action = self._action(
            self.tr("Setti&mana"), "Alt+M", self.tr("La settimana di uno sportello, ora per ora")
        )
        self.month_action = self._action(
            self.tr("M&ese"), "Alt+E", self.tr("Il mese, con quanti appuntamenti ha ogni giorno")
        )
        for mode, action in (
            (DAY, self.day_action),
            (WEEK, self.week_action),
            (MONTH, self.month_action),
        ):
            action.setCheckable(True)
            self.mode_actions.addAction(action)
            action.triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
        self.day_action.setChecked(True)
        self.new_action = self._action(
            self.tr("N&uovo appuntamento…"), "Ctrl+N", self.tr("Prenota un appuntamento")
        )
        self.new_action.triggered.connect(lambda: self.open_booking())
        self.confirm_action = self._action(
            self.tr("&Conferma"), "Alt+C", self.tr("La persona ha confermato che verrà")
        )
        self.confirm_action.triggered.connect(lambda: self.confirm())
        self.done_action = self._action(
            self.tr("Svol&to"), "Alt+T", self.tr("L'appuntamento si è svolto")
        )
        self.done_action.triggered.connect(lambda: self.mark_done())
        self.no_show_action = self._action(
            self.tr("&Non presentato"), "Alt+N", self.tr("La persona non si è presentata")
        )
        self.no_show_action.triggered.connect(lambda: self.mark_no_show())
        self.cancel_action = self._action(
            self.tr("&Annulla…"), "Alt+A", self.tr("Annulla l'appuntamento, con il motivo")
        )
        self.cancel_action.triggered.connect(lambda: self.ask_cancel())
        self.move_action = self._action(
            self.tr("S&posta…"), "Alt+P", self.tr("Sposta l'appuntamento a un altro orario")
        )
        self.move_action.triggered.connect(lambda: self.open_move())
        self.reminder_action = self._action(
            self.tr("Pro&memoria…"),
            "Ctrl+Shift+P",
            self.tr("Il promemoria da dare alla persona, in PDF da stampare"),
        )
        self.reminder_action.triggered.connect(lambda: self.print_reminder())
        self.appointment_actions = (
            self.confirm_action,
            self.done_action,
            self.no_show_action,
            self.cancel_action,
            self.move_action,
            self.reminder_action,
        )
        self.print_action = self._action(
            self.tr("Stampa agenda…"),
            "Ctrl+P",
            self.tr("L'agenda del giorno di uno sportello, in PDF da stampare"),
        )
        self.print_action.triggered.connect(lambda: self.print_agenda())
        # It prints what the navigator chooses (day and desk), so it sits there, not in the toolbar.
        self.print_button = QPushButton(self.print_action.iconText())
        self.print_button.setToolTip(self.print_action.toolTip())
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_action.trigger)
        navigator.addWidget(self.print_button)
        self.toolbar.addAction(self.day_action)
        self.toolbar.addAction(self.week_action)
        self.toolbar.addAction(self.month_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_action)
        self.toolbar.addSeparator()
        for action in self.appointment_actions:
            action.setEnabled(False)
            self.toolbar.addAction(action)
        new_button = self.toolbar.widgetForAction(self.new_action)
        if new_button is not None:
            new_button.setObjectName("primaryButton")

        self.day_label = QLabel()
        self.day_label.setObjectName("dayHeading")
        self.day_label.setWordWrap(True)

        self.model = AppointmentTableModel(self)
        self.table = RowTableView(self.tr("Appuntamenti del giorno"))
        self.table.setModel(self.model)
        self.table.set_column_widths((6, 6, 33, 20, 22, 27, 12, 10))
        self.table.row_activated.connect(self._on_row_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.view = TableOrEmpty(self.table)

        self.views = QStackedWidget()
        self.views.addWidget(self.view)

        # The tutor's own next steps due soon (from their notes); hidden when there are none.
        self.todo_label = QLabel(self.tr("Le mie prossime azioni (entro 14 giorni):"))
        self.todo_label.setObjectName("hint")
        self.todo = QListWidget()
        self.todo.setAccessibleName(self.tr("Le mie prossime azioni"))
        self.todo.setMaximumHeight(self.todo.fontMetrics().height() * 4 + 12)
        self.todo_label.setVisible(False)
        self.todo.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Agenda")))
        layout.addLayout(counters)
        layout.addWidget(self.todo_label)
        layout.addWidget(self.todo)
        layout.addSpacing(6)
        layout.addLayout(navigator)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.day_label)
        layout.addWidget(self.views, 1)

        self._update_navigation_texts()
        self.refresh()

    def _action(self, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text.replace("&", ""))  # keep the "…" of actions that ask more
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip} ({shortcut})")
        action.setStatusTip(tip)
        self.addAction(action)  # the shortcut works while the agenda is shown
        return action

    def day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def desk_code(self) -> str | None:
        code = self.desk_combo.currentData()
        return str(code) if code else None

    def operator(self) -> str | None:
        """The operator the day table is filtered on (None: everyone; Giorno mode only)."""
        username = self.operator_combo.currentData()
        return str(username) if username else None

    def focus_main(self) -> None:
        if self.mode == MONTH and self.month is not None:
            self.month.grid.setFocus()
            return
        if self.mode == WEEK and self.week is not None and self.views.currentIndex() == WEEK:
            self.week.grid.setFocus()
        elif self.model.rowCount():
            self.table.setFocus()
        else:
            self.date_edit.setFocus()

    def _fill_todo(self) -> None:
        steps = my_next_steps(self.ctx.db, self.ctx.actor)
        self.todo.clear()
        today = date.today()
        for due, name, code, what in steps:
            late = self.tr(" (scaduta)") if due < today else ""
            self.todo.addItem(f"{fmt_date(due)}{late} · {name} ({code}) · {what}")
        self.todo_label.setVisible(bool(steps))
        self.todo.setVisible(bool(steps))

    def refresh(self) -> None:
        """Reload the counters, the desks and the day or week shown."""
        with reporting_errors(self):
            summary = home_summary(self.ctx.db, self.ctx.actor)
            self.counter_participants.set_value(fmt_int(summary.participants))
            self.counter_pathways.set_value(fmt_int(summary.open_pathways))
            self.counter_week.set_value(fmt_int(summary.upcoming_week))
            self.counter_no_shows.set_value(fmt_int(summary.no_shows_30d))
            self._fill_todo()
            if self.desk_combo.loaded:
                self.desk_combo.reload()
            if self.operator_combo.loaded:
                self.operator_combo.reload()
            if self.mode == WEEK:
                self._load_week(force=True)
            elif self.mode == MONTH:
                self._load_month()
            elif self.day() == date.today() and self.desk_code() is None and not self.operator():
                self._show_rows(self.day(), summary.appointments_today)
            else:
                self._load_day()

    def show_day(self, day: date) -> None:
        """Show that day (in week mode: its week, with the cursor on it)."""
        if self.day() != day:
            self.date_edit.setDate(_qdate(day))  # emits dateChanged, which comes back here
            return
        if self.mode == WEEK:
            self._load_week()
        elif self.mode == MONTH:
            self._load_month()
        else:
            self._load_day()

    def set_mode(self, mode: int) -> None:
        """DAY shows the day's table, WEEK the week of one desk, MONTH the month's counts."""
        if mode == MONTH:
            self._ensure_month()
        if mode == WEEK:
            self._ensure_week()
            if self.desk_code() is None:
                self._choose_first_desk()
        self.mode = mode
        self.operator_group.setVisible(mode == DAY)
        action = {WEEK: self.week_action, MONTH: self.month_action}.get(mode, self.day_action)
        if not action.isChecked():
            action.setChecked(True)
        self._update_navigation_texts()
        with reporting_errors(self):
            if mode == WEEK:
                self._load_week(force=True)
            elif mode == MONTH:
                self._load_month()
            else:
                self.views.setCurrentIndex(DAY)
                self._load_day()
        self._update_actions()
        self.focus_main()

    def current_appointment(self) -> AppointmentRow | None:
        """The appointment the action buttons act on: the table's row or the week's block."""
        if self.mode == WEEK:
            return self.week.selected() if self.week is not None else None
        if self.mode == MONTH:
            return None
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_appointment(self, appointment_id: int) -> None:
        """Put the selection on an appointment of the view shown (after booking or a change)."""
        if self.mode == WEEK and self.week is not None:
            self.week.select(appointment_id)
            return
        for number, row in enumerate(self.model.rows()):
            if row.id == appointment_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                self.table.scrollTo(self.model.index(number, 0))
                return

    # ------------------------------------------------------------------ booking and actions

    def open_booking(
        self,
        start: datetime | None = None,
        *,
        desk_code: str | None = None,
        operator: str | None = None,
    ) -> BookingDialog:
        """Open the booking dialog (not blocking), prefilled with what the view shows."""
        from gui.booking_dialog import BookingDialog

        if desk_code is None:
            desk_code = self.desk_code()
        if operator is None and self.mode == WEEK and self.week is not None:
            operator = self.week.operator()
        elif operator is None and self.mode == DAY:
            operator = self.operator()
        if start is None and self.day() > date.today():
            start = datetime.combine(self.day(), datetime.min.time()).replace(hour=9)
        dialog = BookingDialog(
            self.ctx, desk_code=desk_code, operator=operator, start=start, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.booked.connect(self._on_booked)
        dialog.series_booked.connect(self._on_series_booked)
        dialog.destroyed.connect(lambda _o=None: self._forget_dialog("booking_dialog", dialog))
        self.booking_dialog = dialog
        dialog.open()
        dialog.search.setFocus()
        return dialog

    def open_move(self, row: AppointmentRow | None = None) -> BookingDialog | None:
        """Move an appointment: the booking dialog in its "Sposta" form."""
        from gui.booking_dialog import BookingDialog

        row = row or self.current_appointment()
        if row is None:
            return None
        dialog = BookingDialog(self.ctx, appointment=row, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.moved.connect(self._on_moved)
        dialog.destroyed.connect(lambda _o=None: self._forget_dialog("booking_dialog", dialog))
        self.booking_dialog = dialog
        dialog.open()
        dialog.date_edit.setFocus()
        return dialog

    def ask_cancel(self, row: AppointmentRow | None = None) -> CancelDialog | None:
        """Cancel an appointment: a small dialog asks who cancelled and why."""
        from gui.booking_dialog import CancelDialog

        row = row or self.current_appointment()
        if row is None:
            return None
        dialog = CancelDialog(self.ctx, row, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancelled.connect(lambda r: self._on_cancelled(r, len(dialog.result_ids)))
        dialog.destroyed.connect(lambda _o=None: self._forget_dialog("cancel_dialog", dialog))
        self.cancel_dialog = dialog
        dialog.open()
        dialog.reason_edit.setFocus()
        return dialog

    def _on_cancelled(self, row: AppointmentRow, count: int) -> None:
        if count > 1:
            message = self.tr("Annullati {n} appuntamenti della serie: {who}.").format(
                n=count, who=row.participant_name
            )
        else:
            message = self.tr("Appuntamento annullato: {who}.").format(who=row.participant_name)
        self._after_change(row, message)

    def confirm(self, row: AppointmentRow | None = None) -> None:
        self._change_status(row, AppointmentStatus.CONFIRMED, self.tr("Confermato"))

    def mark_done(self, row: AppointmentRow | None = None) -> None:
        self._change_status(row, AppointmentStatus.DONE, self.tr("Segnato come svolto"))

    def mark_no_show(self, row: AppointmentRow | None = None) -> None:
        self._change_status(row, AppointmentStatus.NO_SHOW, self.tr("Segnato come non presentato"))

    def _change_status(
        self, row: AppointmentRow | None, status: AppointmentStatus, done_text: str
    ) -> None:
        from storage.services.booking import set_status

        row = row or self.current_appointment()
        if row is None:
            return
        try:
            updated = set_status(self.ctx.db, self.ctx.actor, row.id, status)
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        self._after_change(
            updated, self.tr("{what}: {who}.").format(what=done_text, who=updated.participant_name)
        )

    def show_action_menu(
        self, rows: list[AppointmentRow], at: QPoint, start: datetime | None = None
    ) -> QMenu:
        """The actions on these appointments (a submenu each when there are several)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName(self.tr("Azioni sull'appuntamento"))
        if len(rows) == 1:
            self._fill_actions(menu, rows[0], with_title=True)
        else:
            for row in rows:
                title = f"{fmt_time(row.start)} {row.participant_name} · {row.operator_name}"
                self._fill_actions(menu.addMenu(title), row, with_title=False)
        if start is not None:
            menu.addSeparator()
            new = menu.addAction(
                self.tr("N&uovo appuntamento alle {time}…").format(time=fmt_time(start))
            )
            new.triggered.connect(lambda: self._open_booking_at(start))
        self.action_menu = menu
        menu.destroyed.connect(lambda _o=None: self._forget_dialog("action_menu", menu))
        menu.popup(at)
        return menu

    def _fill_actions(self, menu: QMenu, row: AppointmentRow, *, with_title: bool) -> None:
        if with_title:
            title = menu.addAction(
                f"{fmt_time(row.start)} {row.participant_name} · "
                f"{labels.appointment_status_label(row.status)}"
            )
            title.setEnabled(False)
            menu.addSeparator()
        for text, slot in (
            (self.tr("&Conferma"), self.confirm),
            (self.tr("Svol&to"), self.mark_done),
            (self.tr("&Non presentato"), self.mark_no_show),
            (self.tr("&Annulla…"), self.ask_cancel),
            (self.tr("S&posta…"), self.open_move),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, s=slot, r=row: s(r))
        menu.addSeparator()
        reminder = menu.addAction(self.tr("Pro&memoria…"))
        reminder.setEnabled(row.status in REMINDER_STATUSES)
        reminder.triggered.connect(lambda _c=False, r=row: self.print_reminder(r))

    # ------------------------------------------------------------------ printing

    def print_agenda(self) -> None:
        """Ctrl+P: the day's agenda of a desk as a PDF; with every desk shown, ask which one."""
        day = self.day()
        code = self.week.desk_code if self.mode == WEEK and self.week is not None else None
        code = code or self.desk_code()
        if code:
            self._ask_where_agenda(code, day)
            return
        self.desk_combo.ensure_loaded()
        desks = [d for d in self._desk_rows.values() if d.active]
        if not desks:
            message_box(
                self,
                self.tr("Stampa agenda"),
                self.tr("Non c'è nessuno sportello attivo di cui stampare l'agenda."),
            )
            return
        if len(desks) == 1:
            self._ask_where_agenda(desks[0].code, day)
            return
        self.ask_print_desk(desks, day)

    def ask_print_desk(self, desks: list[DeskRow], day: date) -> QInputDialog:
        """Which desk's agenda to print: a list (the chosen appointment's desk first chosen)."""
        counts: dict[str, int] = {}
        if self.mode == DAY and not self.operator():
            for row in self.model.rows():
                counts[row.desk_code] = counts.get(row.desk_code, 0) + 1
        choices: dict[str, str] = {}
        for desk in desks:
            text = f"{desk.name} ({desk.code})"
            if self.mode == DAY and not self.operator():
                n = counts.get(desk.code, 0)
                text += " · " + (
                    self.tr("1 appuntamento")
                    if n == 1
                    else self.tr("{n} appuntamenti").format(n=fmt_int(n))
                )
            choices[text] = desk.code
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Stampa agenda"))
        dialog.setAccessibleName(self.tr("Stampa agenda"))
        dialog.setLabelText(
            self.tr("Di quale sportello stampare l'agenda di {day}?").format(
                day=f"{labels.weekday_long(day.weekday())} {fmt_date(day)}"
            )
        )
        dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
        dialog.setComboBoxItems(list(choices))
        current = self.current_appointment()
        chosen = next(
            (t for t, c in choices.items() if current is not None and c == current.desk_code),
            next(iter(choices)),
        )
        dialog.setTextValue(chosen)
        # The dialog sizes itself to its contents: the list is what must be wide enough.
        listing = dialog.findChild(QListView)
        if listing is not None:
            metrics = listing.fontMetrics()
            longest = max(metrics.horizontalAdvance(t) for t in choices)
            listing.setMinimumWidth(longest + 6 * metrics.averageCharWidth())
        dialog.setOkButtonText(self.tr("Avanti…"))
        dialog.setCancelButtonText(self.tr("Annulla"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda text: self._ask_where_agenda(choices[text], day) if text in choices else None
        )
        dialog.destroyed.connect(lambda _o=None: self._forget_dialog("desk_question", dialog))
        self.desk_question = dialog
        dialog.open()
        return dialog

    def _ask_where_agenda(self, code: str, day: date) -> None:
        """Read the agenda (a refusal is shown before asking anything), then ask the file."""
        from storage.printing import agenda_document, render_agenda_pdf

        try:
            doc = agenda_document(self.ctx.db, self.ctx.actor, code, day)
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        when = f"{labels.weekday_long(day.weekday())} {fmt_date(day)}"

        def write(path: Path) -> None:
            self._write_pdf(
                lambda: render_agenda_pdf(doc, path),
                entity="agenda",
                summary=f"desk={doc.desk_code} day={day.isoformat()}",
                title=self.tr("Agenda salvata"),
                text=self.tr("L'agenda di {desk} per {when} è salvata in PDF.").format(
                    desk=doc.desk_name, when=when
                ),
            )

        _files().ask_save_path(
            self,
            self.tr("Salva l'agenda di {desk} in PDF").format(desk=doc.desk_name),
            _files().file_name("agenda", doc.desk_code, day.isoformat()),
            self.tr("Documenti PDF (*.pdf)"),
            write,
        )

    def print_reminder(self, row: AppointmentRow | None = None) -> None:
        """The reminder card of the chosen appointment, as a PDF to print and hand over."""
        from storage.printing import reminder_card, render_reminder_card

        row = row or self.current_appointment()
        if row is None:
            return
        try:  # refused for an appointment that no longer takes place: said before asking
            card = reminder_card(self.ctx.db, self.ctx.actor, row.id)
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return

        def write(path: Path) -> None:
            self._write_pdf(
                lambda: render_reminder_card(card, path),
                entity="reminder_card",
                summary=f"appointment={card.appointment_id}",
                title=self.tr("Promemoria salvato"),
                text=self.tr("Il promemoria per {who} è salvato in PDF.").format(
                    who=row.participant_name
                ),
            )

        _files().ask_save_path(
            self,
            self.tr("Salva il promemoria in PDF"),
            _files().file_name("promemoria", card.appointment_id),
            self.tr("Documenti PDF (*.pdf)"),
            write,
        )

    def _write_pdf(
        self, render: Callable[[], Path], *, entity: str, summary: str, title: str, text: str
    ) -> None:
        """Draw off the GUI thread; then audit the export, say so and offer to open the file."""
        self.printing += 1
        self._notify(self.tr("Preparazione del PDF…"))

        def done(result: object) -> None:
            self.printing -= 1
            path = Path(str(result))
            self._audit_export(entity, summary)
            _files().remember_folder(path)
            self._notify(self.tr("{what}: {path}").format(what=title, path=path))
            notice = _files().offer_to_open(self, title, text, path)
            notice.destroyed.connect(lambda _o=None: self._forget_dialog("print_notice", notice))
            self.print_notice = notice

        def failed(exc: BaseException) -> None:
            self.printing -= 1
            self._notify(self.tr("PDF non salvato."))
            if isinstance(exc, OSError):  # the chosen folder is read-only, the disk full…
                message_box(
                    self,
                    self.tr("PDF non salvato"),
                    self.tr("Il file non si può scrivere: {error}").format(
                        error=exc.strerror or exc
                    ),
                    QMessageBox.Icon.Warning,
                )
                return
            show_task_error(self, exc)

        run_task(render, done, failed, pool=self.ctx.pool)

    def _audit_export(self, entity: str, summary: str) -> None:
        from storage.services.admin import log_event

        try:
            log_event(self.ctx.db, self.ctx.actor, AuditAction.EXPORT, entity, summary)
        except StorageUnavailable as exc:  # a read-only store: the file is written all the same
            log.warning("Export not recorded in the audit trail: %s", exc)

    # ------------------------------------------------------------------ loading

    def _desks(self) -> list[DeskRow]:
        # Imported here: the administration services load the ORM, which start-up avoids.
        from storage.services.admin import list_desks

        with reporting_errors(self):
            desks = list_desks(self.ctx.db, self.ctx.actor)
            self._desk_rows = {d.code: d for d in desks}
            return desks
        return []

    def _users(self) -> list[UserRow]:
        from storage.services.admin import list_users

        with reporting_errors(self):
            return [u for u in list_users(self.ctx.db, self.ctx.actor) if u.active]
        return []

    def _load_day(self) -> None:
        day = self.day()
        with reporting_errors(self):
            rows = list_appointments(
                self.ctx.db,
                self.ctx.actor,
                start=day,
                end=day,
                desk_code=self.desk_code(),
                operator=self.operator(),
            )
            self._show_rows(day, rows)

    def _show_rows(self, day: date, rows: list[AppointmentRow]) -> None:
        current = self.current_appointment() if self.mode == DAY else None
        self.model.set_rows(rows)
        if current is not None:
            self.select_appointment(current.id)
        day_text = f"{labels.weekday_long(day.weekday())} {fmt_date(day)}"
        if len(rows) == 1:
            count = self.tr("1 appuntamento")
        else:
            count = self.tr("{n} appuntamenti").format(n=fmt_int(len(rows)))
        heading = f"{day_text[:1].upper()}{day_text[1:]} · {count}"
        if self.operator():
            heading += " · " + self.operator_combo.currentText()
        if day == date.today():
            heading += " · " + self.tr("oggi")
        self.day_label.setText(heading)
        if rows:
            self.view.show_table()
            return
        if self.operator():
            who = self.operator_combo.currentText()
            if self.desk_code():
                text = self.tr(
                    "Nessun appuntamento per {day} con {operator} allo sportello {desk}."
                )
            else:
                text = self.tr(
                    "Nessun appuntamento per {day} con {operator}, in nessuno sportello."
                )
            text = text.format(day=day_text, operator=who, desk=self.desk_combo.currentText())
            hint = self.tr(
                "Scegliete «Tutti gli operatori» dall'elenco «Operatore» (Alt+R) per vedere gli "
                "altri, oppure un altro giorno con le frecce (Alt+Sinistra, Alt+Destra). Per "
                "prenotare con {operator}: «Nuovo appuntamento» (Ctrl+N)."
            ).format(operator=who)
        elif self.desk_code():
            text = self.tr("Nessun appuntamento per {day} allo sportello {desk}.").format(
                day=day_text, desk=self.desk_combo.currentText()
            )
            hint = self.tr(
                "Scegliete «Tutti gli sportelli» per vedere le altre sedi, oppure un altro "
                "giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il calendario. "
                "Per prenotare: «Nuovo appuntamento» (Ctrl+N)."
            )
        else:
            text = self.tr("Nessun appuntamento per {day}.").format(day=day_text)
            hint = self.tr(
                "Passate a un altro giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il "
                "calendario; «Oggi» torna alla giornata corrente. Per prenotare: «Nuovo "
                "appuntamento» (Ctrl+N)."
            )
        self.view.show_empty(f"{text}\n\n{hint}")

    def _ensure_month(self) -> MonthView:
        if self.month is None:
            from gui.month_view import MonthView

            self._ensure_week()  # the week page keeps index WEEK; the month comes after it
            self.month = MonthView(self._month_counts)
            self.month.dayActivated.connect(self._on_month_day)
            self.views.addWidget(self.month)
        return self.month

    def _month_counts(self, year: int, month: int) -> dict[date, dict[AppointmentStatus, int]]:
        from storage.services.agenda import month_counts

        return month_counts(self.ctx.db, self.ctx.actor, year, month, desk_code=self.desk_code())

    def _load_month(self) -> None:
        month = self._ensure_month()
        day = self.day()
        month.show_month(day.year, day.month, focus=day)
        self.views.setCurrentWidget(month)
        desk = self.desk_combo.currentText() if self.desk_code() else self.tr("tutti gli sportelli")
        self.day_label.setText(self.tr("Mese · {desk}").format(desk=desk))

    def _on_month_day(self, day: date) -> None:
        """Enter or a double-click on a day of the month opens that day's table."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(day))
        self.date_edit.blockSignals(False)
        self.set_mode(DAY)

    def _ensure_week(self) -> WeekView:
        if self.week is None:
            from gui.week_view import WeekView

            self.week = WeekView()
            self.week.activated.connect(self._on_week_activated)
            self.week.day_requested.connect(self.show_day)
            self.week.cursor_moved.connect(self._on_week_cursor_moved)
            self.week.selection_changed.connect(self._update_actions)
            self.week_empty = EmptyState()
            self.week_empty.setAccessibleName(self.tr("Settimana dello sportello"))
            self.week_page = QStackedWidget()
            self.week_page.addWidget(self.week)
            self.week_page.addWidget(self.week_empty)
            self.views.addWidget(self.week_page)
        return self.week

    def _choose_first_desk(self) -> None:
        """The week shows one desk: with "all desks" chosen, take the first one."""
        self.desk_combo.ensure_loaded()
        if self.desk_combo.count() > 1 and self.desk_code() is None:
            self.desk_combo.blockSignals(True)
            self.desk_combo.setCurrentIndex(1)
            self.desk_combo.blockSignals(False)

    def _load_week(self, *, force: bool = False) -> None:
        """One `list_appointments` call for the desk's week (none when it is shown already)."""
        week = self._ensure_week()
        self.views.setCurrentIndex(WEEK)
        day, code = self.day(), self.desk_code()
        if code is None:
            self.day_label.setText(self.tr("Settimana"))
            self.week_empty.setText(
                self.tr(
                    "La settimana si mostra per uno sportello alla volta.\n\nScegliete uno "
                    "sportello dall'elenco «Sportello» (Alt+S), oppure tornate alla vista "
                    "«Giorno» (Alt+G) per vedere tutte le sedi insieme."
                )
            )
            self.week_page.setCurrentWidget(self.week_empty)
            self._update_actions()
            return
        self.week_page.setCurrentWidget(week)
        if not force and week.is_loaded(day, code):
            week.set_day(day)
            return
        self.desk_combo.ensure_loaded()
        desk = self._desk_rows.get(code)
        monday = _monday(day)
        rows = list_appointments(
            self.ctx.db,
            self.ctx.actor,
            start=monday,
            end=monday + timedelta(days=6),
            desk_code=code,
        )
        week.set_week(
            monday,
            code,
            desk.opening if desk is not None else (),
            rows,
            day=day,
            province=desk.province if desk is not None else None,
        )
        self._show_week_heading(monday, desk, len(week.shown_rows()))
        self._update_actions()

    def _show_week_heading(self, monday: date, desk: DeskRow | None, count: int) -> None:
        assert self.week is not None
        days = self.week.layout_data().days
        last = days[-1] if days else monday + timedelta(days=4)
        if count == 1:
            counted = self.tr("1 appuntamento")
        else:
            counted = self.tr("{n} appuntamenti").format(n=fmt_int(count))
        heading = self.tr("Settimana dal {first} al {last}").format(
            first=monday.strftime("%d/%m"), last=fmt_date(last)
        )
        heading += f" · {desk.name if desk else self.desk_code()} · {counted}"
        if monday == _monday(date.today()):
            heading += " · " + self.tr("questa settimana")
        self.day_label.setText(heading)

    # ------------------------------------------------------------------ after a change

    def _after_change(self, row: AppointmentRow, message: str) -> None:
        """Read the counters and the view again, keep the appointment selected, say it."""
        self.refresh()
        self.select_appointment(row.id)
        self._update_actions()
        self._notify(message)

    def _go_to_booked(self, row: AppointmentRow) -> None:
        """Show the day (and, when one desk is shown, the desk) of a new appointment."""
        if self.desk_code() is not None and self.desk_code() != row.desk_code:
            index = self.desk_combo.findData(row.desk_code)
            if index >= 0:
                self.desk_combo.blockSignals(True)
                self.desk_combo.setCurrentIndex(index)
                self.desk_combo.blockSignals(False)
        if self.operator() is not None and self.operator() != row.operator:
            self.operator_combo.blockSignals(True)
            self.operator_combo.setCurrentIndex(0)
            self.operator_combo.blockSignals(False)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(row.start.date()))
        self.date_edit.blockSignals(False)

    def _on_booked(self, booked: Booked) -> None:
        row = booked.row
        self._go_to_booked(row)
        when = f"{labels.weekday_long(row.start.weekday())} {fmt_date(row.start.date())}"
        if booked.recorded:
            message = self.tr("Registrato come svolto: {who}, {when} alle {time}.")
        else:
            message = self.tr("Prenotato: {who}, {when} alle {time} con {operator}.")
        self._after_change(
            row,
            message.format(
                who=row.participant_name,
                when=when,
                time=fmt_time(row.start),
                operator=row.operator_name,
            ),
        )
        self.focus_main()

    def _on_series_booked(self, result: SeriesResult) -> None:
        """A series: show its first appointment and say how many were booked or skipped."""
        first, last = result.booked[0], result.booked[-1]
        self._go_to_booked(first)
        message = self.tr("Serie prenotata: {who}, {n} appuntamenti dal {first} al {last}.").format(
            who=first.participant_name,
            n=len(result.booked),
            first=fmt_date(first.start.date()),
            last=fmt_date(last.start.date()),
        )
        if result.skipped:
            days = ", ".join(fmt_date(start.date()) for start, _why in result.skipped)
            message += " " + self.tr("Date occupate saltate: {days}.").format(days=days)
        self._after_change(first, message)
        self.focus_main()

    def _on_moved(self, row: AppointmentRow) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(row.start.date()))
        self.date_edit.blockSignals(False)
        when = f"{labels.weekday_long(row.start.weekday())} {fmt_date(row.start.date())}"
        self._after_change(
            row,
            self.tr("Spostato: {who}, ora {when} alle {time}.").format(
                who=row.participant_name, when=when, time=fmt_time(row.start)
            ),
        )
        self.focus_main()

    def _notify(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    def _update_actions(self) -> None:
        """Only what the chosen appointment's status allows (the service checks it again)."""
        row = self.current_appointment()
        if row is None:  # nothing chosen (as at start-up): no need to load the rules
            for action in self.appointment_actions:
                action.setEnabled(False)
            return
        from models.booking import MOVABLE, can_become

        status = row.status
        allowed = {
            self.confirm_action: AppointmentStatus.CONFIRMED,
            self.done_action: AppointmentStatus.DONE,
            self.no_show_action: AppointmentStatus.NO_SHOW,
            self.cancel_action: AppointmentStatus.CANCELLED_PARTICIPANT,
        }
        for action, wanted in allowed.items():
            action.setEnabled(status is not None and can_become(status, wanted))
        self.move_action.setEnabled(status in MOVABLE)
        self.reminder_action.setEnabled(status in REMINDER_STATUSES)

    def _forget_dialog(self, name: str, widget: object) -> None:
        if getattr(self, name, None) is widget:
            setattr(self, name, None)

    def _update_navigation_texts(self) -> None:
        if self.mode == MONTH:
            previous, following = self.tr("Mese precedente"), self.tr("Mese successivo")
        elif self.mode == WEEK:
            previous, following = self.tr("Settimana precedente"), self.tr("Settimana successiva")
        else:
            previous, following = self.tr("Giorno precedente"), self.tr("Giorno successivo")
        self.prev_button.setAccessibleName(previous)
        self.prev_button.setToolTip(previous + " " + self.tr("(Alt+Sinistra)"))
        self.next_button.setAccessibleName(following)
        self.next_button.setToolTip(following + " " + self.tr("(Alt+Destra)"))

    # ------------------------------------------------------------------ slots

    def _step(self, steps: int) -> None:
        if self.mode == MONTH:
            index = self.day().year * 12 + self.day().month - 1 + steps
            self.show_day(date(index // 12, index % 12 + 1, 1))
            return
        self.show_day(self.day() + timedelta(days=steps * (7 if self.mode == WEEK else 1)))

    def _on_operator_changed(self) -> None:
        if self.mode == DAY:
            with reporting_errors(self):
                self._load_day()

    def _on_today_clicked(self) -> None:
        self.show_day(date.today())

    def _on_date_edit_changed(self, _qdate_value: QDate) -> None:
        self.show_day(self.day())

    def _on_row_activated(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is None:
            return
        rect = self.table.visualRect(self.model.index(row_number, 0))
        self.show_action_menu([row], self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def _on_table_context_menu(self, point: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(point)
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.table.setCurrentIndex(index)
            self.show_action_menu([row], self.table.viewport().mapToGlobal(point))

    def _on_week_activated(self, start: datetime, rows: list[AppointmentRow]) -> None:
        if not rows:
            self._open_booking_at(start)
            return
        assert self.week is not None
        grid = self.week.grid
        rect = grid.cell_rect(grid.column, grid.slot)
        self.show_action_menu(rows, grid.viewport().mapToGlobal(rect.bottomLeft()), start)

    def _open_booking_at(self, start: datetime) -> None:
        desk = self.week.desk_code if self.mode == WEEK and self.week is not None else None
        self.open_booking(start, desk_code=desk)

    def _on_week_cursor_moved(self, day: date) -> None:
        if day != self.day():
            self.date_edit.setDate(_qdate(day))
