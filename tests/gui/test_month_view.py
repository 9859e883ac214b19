"""The month overview: counts per day from one service call, keyboard navigation, open a day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from gui.month_view import MonthView
from models.enums import AppointmentStatus


def test_month_grid_shows_counts_and_opens_a_day(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []

    def source(year: int, month: int) -> dict[date, dict[AppointmentStatus, int]]:
        calls.append((year, month))
        return {
            date(year, month, 3): {AppointmentStatus.BOOKED: 4, AppointmentStatus.NO_SHOW: 1},
            date(year, month, 10): {AppointmentStatus.CANCELLED_SERVICE: 2},
        }

    view = MonthView(source)
    qtbot.addWidget(view)
    view.show_month(2026, 11)
    assert calls == [(2026, 11)]
    assert view.title.text() == "Novembre 2026 · 4 appuntamenti"
    model = view.model
    assert model.data(model.index_of(date(2026, 11, 3))) == "3\n4 app. · 1 assenti"
    assert model.data(model.index_of(date(2026, 11, 10))) == "10"  # only cancelled ones
    # The grid starts on the Monday before the 1st: 26/10/2026.
    assert model.day_at(model.index(0, 0)) == date(2026, 10, 26)
    opened: list[date] = []
    view.dayActivated.connect(opened.append)
    view.grid.setFocus()
    view.grid.setCurrentIndex(model.index_of(date(2026, 11, 3)))
    qtbot.keyClick(view.grid, Qt.Key.Key_Right)
    qtbot.keyClick(view.grid, Qt.Key.Key_Return)
    assert opened == [date(2026, 11, 4)]
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert calls[-1] == (2026, 12)
    view.shift(-2)
    assert calls[-1] == (2026, 10)
    view.shift(-10)
    assert calls[-1] == (2025, 12)
