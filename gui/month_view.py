"""The month overview: a calendar grid with how many appointments each day holds.

Fed by one service call (storage.services.agenda.month_counts) per month shown; Enter or a
double-click on a day asks the agenda to open that day.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import AppointmentStatus

ModelIndex = QModelIndex | QPersistentModelIndex
Counts = dict[date, dict[AppointmentStatus, int]]
CountsSource = Callable[[int, int], Counts]

MONTHS = (
    QT_TRANSLATE_NOOP("MonthView", "gennaio"),
    QT_TRANSLATE_NOOP("MonthView", "febbraio"),
    QT_TRANSLATE_NOOP("MonthView", "marzo"),
    QT_TRANSLATE_NOOP("MonthView", "aprile"),
    QT_TRANSLATE_NOOP("MonthView", "maggio"),
    QT_TRANSLATE_NOOP("MonthView", "giugno"),
    QT_TRANSLATE_NOOP("MonthView", "luglio"),
    QT_TRANSLATE_NOOP("MonthView", "agosto"),
    QT_TRANSLATE_NOOP("MonthView", "settembre"),
    QT_TRANSLATE_NOOP("MonthView", "ottobre"),
    QT_TRANSLATE_NOOP("MonthView", "novembre"),
    QT_TRANSLATE_NOOP("MonthView", "dicembre"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("MonthView", "Lun"),
    QT_TRANSLATE_NOOP("MonthView", "Mar"),
    QT_TRANSLATE_NOOP("MonthView", "Mer"),
    QT_TRANSLATE_NOOP("MonthView", "Gio"),
    QT_TRANSLATE_NOOP("MonthView", "Ven"),
    QT_TRANSLATE_NOOP("MonthView", "Sab"),
    QT_TRANSLATE_NOOP("MonthView", "Dom"),
)
HELD = (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.DONE)
DAY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class MonthModel(QAbstractTableModel):
    """Six weeks × seven days; each cell is a day of the grid (days of other months greyed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year
        self.month = date.today().month
        self.counts: Counts = {}
        self._days: list[date] = []
        self._fill()

    def _fill(self) -> None:
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(self.year, self.month)
        while len(weeks) < 6:  # always six rows, so the grid does not jump between months
            last = weeks[-1][-1]
            weeks.append([date.fromordinal(last.toordinal() + i) for i in range(1, 8)])
        self._days = [day for week in weeks for day in week]

    def set_month(self, year: int, month: int, counts: Counts) -> None:
        self.beginResetModel()
        self.year, self.month, self.counts = year, month, counts
        self._fill()
        self.endResetModel()

    def day_at(self, index: ModelIndex) -> date | None:
        if not index.isValid():
            return None
        return self._days[index.row() * 7 + index.column()]

    def index_of(self, day: date) -> QModelIndex:
        if day not in self._days:
            return QModelIndex()
        position = self._days.index(day)
        return self.index(position // 7, position % 7)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("MonthView", str(WEEKDAYS[section]))
        return None

    def summary(self, day: date) -> str:
        by_status = self.counts.get(day, {})
        held = sum(by_status.get(s, 0) for s in HELD)
        missed = by_status.get(AppointmentStatus.NO_SHOW, 0)
        if not held and not missed:
            return ""
        text = QCoreApplication.translate("MonthView", "{n} app.").format(n=held)
        if missed == 1:
            text += " · " + QCoreApplication.translate("MonthView", "1 assente")
        elif missed:
            text += " · " + QCoreApplication.translate("MonthView", "{n} assenti").format(n=missed)
        return text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            summary = self.summary(day)
            return f"{day.day}\n{summary}" if summary else str(day.day)
        if role == DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.ForegroundRole and day.month != self.month:
            return QColor("#9aa5b1")
        if role == Qt.ItemDataRole.FontRole and day == date.today():
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.ToolTipRole:
            return day.strftime("%d/%m/%Y")
        return None


class MonthGrid(QTableView):
    """The grid; Enter opens the current day."""

    dayActivated = Signal(object)  # date

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            model = self.model()
            if isinstance(model, MonthModel):
                day = model.day_at(self.currentIndex())
                if day is not None:
                    self.dayActivated.emit(day)
                    return
        super().keyPressEvent(event)


class MonthView(QWidget):
    """Month navigation (previous, next, this month) above the grid."""

    dayActivated = Signal(object)  # date

    def __init__(self, source: CountsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.model = MonthModel(self)
        self.title = QLabel()
        self.title.setObjectName("dayTitle")
        self.prev_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Mese precedente (PagSu)"))
        self.prev_button.setAccessibleName(self.tr("Mese precedente"))
        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Mese successivo (PagGiù)"))
        self.next_button.setAccessibleName(self.tr("Mese successivo"))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.this_month = QPushButton(self.tr("&Questo mese"))
        self.this_month.clicked.connect(
            lambda: self.show_month(date.today().year, date.today().month)
        )
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.this_month)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        self.grid = MonthGrid()
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Panoramica del mese"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)
        self.grid.dayActivated.connect(self.dayActivated)
        self.grid.doubleClicked.connect(self._on_double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        day = self.model.day_at(index)
        if day is not None:
            self.dayActivated.emit(day)

    def show_month(self, year: int, month: int, *, focus: date | None = None) -> None:
        counts = self._source(year, month)  # first: a failure leaves the view as it was
        self.model.set_month(year, month, counts)
        total = sum(n for by_status in counts.values() for s, n in by_status.items() if s in HELD)
        self.title.setText(
            self.tr("{month} {year} · {n} appuntamenti").format(
                month=QCoreApplication.translate("MonthView", str(MONTHS[month - 1])).capitalize(),
                year=year,
                n=total,
            )
        )
        target = (
            focus if focus and (focus.year, focus.month) == (year, month) else date(year, month, 1)
        )
        self.grid.setCurrentIndex(self.model.index_of(target))

    def shift(self, months: int) -> None:
        index = self.model.year * 12 + self.model.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.shift(-1)
            return
        if event.key() == Qt.Key.Key_PageDown:
            self.shift(1)
            return
        super().keyPressEvent(event)
