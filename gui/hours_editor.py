"""Weekly hours as a compact grid: one line per interval (day, from, to), lines added and removed.

Used for a desk's opening hours and for an operator's hours at a desk. The grid only collects
what is typed; the rules (a day, from before to, no overlaps) are checked by the services, which
name the day and the clashing times in their message.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import time
from itertools import pairwise

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.widgets import hint_label

DEFAULT_START = "09:00"
DEFAULT_END = "13:00"


def _qtime(value: time | str) -> QTime:
    if isinstance(value, time):
        return QTime(value.hour, value.minute)
    return QTime.fromString(value.strip().replace(".", ":"), "HH:mm")


class IntervalRow:
    """The widgets of one line of the grid."""

    def __init__(self, weekday: int, start: time | str, end: time | str) -> None:
        self.day = QComboBox()
        for day in range(7):
            self.day.addItem(labels.weekday_long(day), day)
        self.day.setCurrentIndex(weekday)
        self.start = QTimeEdit(_qtime(start))
        self.end = QTimeEdit(_qtime(end))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.setCurrentSection(QTimeEdit.Section.HourSection)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.day, self.start, self.end, self.remove)

    def value(self) -> tuple[int, str, str]:
        return (
            int(self.day.currentData()),
            self.start.time().toString("HH:mm"),
            self.end.time().toString("HH:mm"),
        )


class HoursEditor(QWidget):
    """Intervals of a week, edited in place; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._name = name
        self.rows: list[IntervalRow] = []

        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        for column, title in enumerate((self.tr("Giorno"), self.tr("Dalle"), self.tr("Alle"))):
            header = QLabel(title)
            header.setObjectName("subTitle")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(4, 1)
        self.grid.setRowStretch(1000, 1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.grid_holder)
        self.scroll.viewport().setAutoFillBackground(False)
        self.grid_holder.setAutoFillBackground(False)

        self.empty = hint_label(empty_text)

        self.add_button = QPushButton(self.tr("&Aggiungi un orario"))
        self.add_button.setAccessibleName(self.tr("Aggiungi un orario: {name}").format(name=name))
        self.add_button.setToolTip(
            self.tr("Aggiunge una riga: il giorno dopo l'ultima riga, con gli stessi orari.")
        )
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_empty()

    # ------------------------------------------------------------------ values

    def set_intervals(self, items: Iterable[tuple[int, time | str, time | str]]) -> None:
        """Replace every line (sorted by day and time); does not fire `changed`."""
        for row in list(self.rows):
            self._drop(row)
        for weekday, start, end in sorted(items, key=lambda i: (i[0], _qtime(i[1]))):
            self._append(weekday, start, end)
        self._update_empty()

    def intervals(self) -> list[tuple[int, str, str]]:
        """What is typed, as (weekday 0-6, "HH:MM", "HH:MM"), in the order of the lines."""
        return [row.value() for row in self.rows]

    # ------------------------------------------------------------------ lines

    def add_interval(
        self, weekday: int | None = None, start: str | None = None, end: str | None = None
    ) -> IntervalRow:
        """Add a line; by default the day after the last line, with the same hours."""
        if self.rows:
            last_day, last_start, last_end = self.rows[-1].value()
        else:
            last_day, last_start, last_end = -1, DEFAULT_START, DEFAULT_END
        row = self._append(
            (last_day + 1) % 7 if weekday is None else weekday,
            start or last_start,
            end or last_end,
        )
        self._update_empty()
        self.changed.emit()
        return row

    def remove_interval(self, row: IntervalRow) -> None:
        """Remove a line; the cursor goes to the line that takes its place, or to "Aggiungi"."""
        index = self.rows.index(row)
        self._drop(row)
        self._relayout()
        self._update_empty()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        # Lines made before the editor was placed in its dialog sit at the end of the chain.
        self._fix_tab_order()
        super().showEvent(event)

    def problem_row(self) -> IntervalRow | None:
        """The first line that ends before it starts or overlaps an earlier one of its day."""
        seen: list[tuple[int, str, str]] = []
        for row in self.rows:
            day, start, end = row.value()
            if end <= start or any(d == day and s < end and start < e for d, s, e in seen):
                return row
            seen.append((day, start, end))
        return None

    def focus_problem(self) -> None:
        """Put the cursor on the line the rules refuse (or on the first line) and show it."""
        row = self.problem_row()
        if row is None:
            self.focus_first()
            return
        row.day.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(row.day)

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].day.setFocus()
        else:
            self.add_button.setFocus()

    def _add_clicked(self) -> None:
        row = self.add_interval()
        row.day.setFocus()
        self.scroll.ensureWidgetVisible(row.remove)

    def _append(self, weekday: int, start: time | str, end: time | str) -> IntervalRow:
        row = IntervalRow(weekday, start, end)
        row.day.currentIndexChanged.connect(self._row_changed)
        row.start.timeChanged.connect(self._row_changed)
        row.end.timeChanged.connect(self._row_changed)
        row.remove.clicked.connect(lambda: self.remove_interval(row))
        self.rows.append(row)
        line = len(self.rows)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, column)
        self._name_row(row, line)
        self._fix_tab_order()
        return row

    def _drop(self, row: IntervalRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _relayout(self) -> None:
        for line, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.removeWidget(widget)
                self.grid.addWidget(widget, line, column)
            self._name_row(row, line)
        self._fix_tab_order()

    def _name_row(self, row: IntervalRow, line: int) -> None:
        row.day.setAccessibleName(self.tr("Giorno, riga {n}").format(n=line))
        row.start.setAccessibleName(self.tr("Dalle, riga {n}").format(n=line))
        row.end.setAccessibleName(self.tr("Alle, riga {n}").format(n=line))
        row.remove.setAccessibleName(self.tr("Togli la riga {n}").format(n=line))
        row.remove.setToolTip(self.tr("Togli questo orario"))

    def _fix_tab_order(self) -> None:
        """Line by line, left to right, then "Aggiungi", where the editor sits in the window.

        New lines join the window's focus chain at its end: they are moved after the last
        focusable widget that comes before the editor itself.
        """
        anchor = self.previousInFocusChain()
        for _ in range(10_000):
            if anchor is self:
                break
            if not self.isAncestorOf(anchor) and anchor.focusPolicy() & Qt.FocusPolicy.TabFocus:
                break
            anchor = anchor.previousInFocusChain()
        chain = [w for row in self.rows for w in row.widgets()] + [self.add_button]
        if anchor is not self:
            chain.insert(0, anchor)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _row_changed(self, *_args: object) -> None:
        self.changed.emit()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
        self.scroll.setVisible(bool(self.rows))
