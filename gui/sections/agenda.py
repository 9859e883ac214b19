"""The home section: the day's appointments at a glance, with a few counts.

A date navigator (previous/next day, "Oggi", a calendar) and a desk filter choose the day; the
counters come from `home_summary`, the day's list from `list_appointments`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_date, fmt_int
from gui.models import AppointmentTableModel
from gui.widgets import CounterCard, LazyDeskCombo, RowTableView, TableOrEmpty, section_title
from models.rows import AppointmentRow, DeskRow
from storage.services.agenda import list_appointments
from storage.services.home import home_summary


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AgendaSection(QWidget):
    """The appointments of one day at one desk (or all desks), and the home counters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Agenda"))

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
        self.prev_button.setAccessibleName(self.tr("Giorno precedente"))
        self.prev_button.setToolTip(self.tr("Giorno precedente (Alt+Sinistra)"))
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
        self.next_button.setAccessibleName(self.tr("Giorno successivo"))
        self.next_button.setToolTip(self.tr("Giorno successivo (Alt+Destra)"))
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

        navigator = QHBoxLayout()
        navigator.addWidget(self.prev_button)
        navigator.addWidget(self.date_edit)
        navigator.addWidget(self.next_button)
        navigator.addWidget(self.today_button)
        navigator.addSpacing(16)
        navigator.addWidget(desk_label)
        navigator.addWidget(self.desk_combo)
        navigator.addStretch(1)

        self.day_label = QLabel()
        self.day_label.setObjectName("dayHeading")

        self.model = AppointmentTableModel(self)
        self.table = RowTableView(self.tr("Appuntamenti del giorno"))
        self.table.setModel(self.model)
        self.table.set_column_widths((6, 6, 33, 20, 22, 27, 12, 10))
        self.view = TableOrEmpty(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Agenda")))
        layout.addLayout(counters)
        layout.addSpacing(6)
        layout.addLayout(navigator)
        layout.addWidget(self.day_label)
        layout.addWidget(self.view, 1)

        self.refresh()

    # -- public
    def day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def desk_code(self) -> str | None:
        code = self.desk_combo.currentData()
        return str(code) if code else None

    def focus_main(self) -> None:
        self.table.setFocus() if self.model.rowCount() else self.date_edit.setFocus()

    def refresh(self) -> None:
        """Reload the counters, the desks and the day shown."""
        with reporting_errors(self):
            summary = home_summary(self.ctx.db, self.ctx.actor)
            self.counter_participants.set_value(fmt_int(summary.participants))
            self.counter_pathways.set_value(fmt_int(summary.open_pathways))
            self.counter_week.set_value(fmt_int(summary.upcoming_week))
            self.counter_no_shows.set_value(fmt_int(summary.no_shows_30d))
            if self.desk_combo.loaded:
                self.desk_combo.reload()
            today_rows = summary.appointments_today
            if self.day() == date.today() and self.desk_code() is None:
                self._show_rows(self.day(), today_rows)
            else:
                self.show_day(self.day())

    def show_day(self, day: date) -> None:
        if self.day() != day:
            self.date_edit.setDate(_qdate(day))  # emits dateChanged, which comes back here
            return
        with reporting_errors(self):
            rows = list_appointments(
                self.ctx.db, self.ctx.actor, start=day, end=day, desk_code=self.desk_code()
            )
            self._show_rows(day, rows)

    # -- private
    def _desks(self) -> list[DeskRow]:
        # Imported here: the administration services load the ORM, which start-up avoids.
        from storage.services.admin import list_desks

        with reporting_errors(self):
            return list_desks(self.ctx.db, self.ctx.actor)
        return []

    def _show_rows(self, day: date, rows: list[AppointmentRow]) -> None:
        self.model.set_rows(rows)
        day_text = f"{labels.weekday_long(day.weekday())} {fmt_date(day)}"
        if len(rows) == 1:
            count = self.tr("1 appuntamento")
        else:
            count = self.tr("{n} appuntamenti").format(n=fmt_int(len(rows)))
        heading = f"{day_text[:1].upper()}{day_text[1:]} · {count}"
        if day == date.today():
            heading += " · " + self.tr("oggi")
        self.day_label.setText(heading)
        if rows:
            self.view.show_table()
            return
        if self.desk_code():
            text = self.tr("Nessun appuntamento per {day} allo sportello {desk}.").format(
                day=day_text, desk=self.desk_combo.currentText()
            )
            hint = self.tr(
                "Scegliete «Tutti gli sportelli» per vedere le altre sedi, oppure un altro "
                "giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il calendario."
            )
        else:
            text = self.tr("Nessun appuntamento per {day}.").format(day=day_text)
            hint = self.tr(
                "Passate a un altro giorno con le frecce (Alt+Sinistra, Alt+Destra) o con il "
                "calendario; «Oggi» torna alla giornata corrente. Gli appuntamenti prenotati "
                "compariranno qui."
            )
        self.view.show_empty(f"{text}\n\n{hint}")

    def _step(self, days: int) -> None:
        self.show_day(self.day() + timedelta(days=days))

    def _on_today_clicked(self) -> None:
        self.show_day(date.today())

    def _on_date_edit_changed(self, _qdate_value: QDate) -> None:
        self.show_day(self.day())
