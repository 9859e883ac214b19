"""Booking from the agenda with the keyboard: the dialog, the week view, the appointment actions.

Dialogs open with open() (never exec()), so a test types into them and reads them while they are
shown. The keys go to the widget that has the focus, as a person's keystrokes would.
"""

from __future__ import annotations

import random
import sqlite3
import time as clock
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui.main_window import AGENDA, MainWindow
from gui.week_view import STEP, layout_day, layout_week
from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from models.rows import AppointmentRow, OpeningInterval

ROOT = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------- helpers


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    qtbot.keyClick(focused(), key, modifier or Qt.KeyboardModifier.NoModifier)


def alt(qtbot: Any, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def db_file(seeded: Any) -> str:
    return str(seeded.db.target.display)


def sql(seeded: Any, query: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db_file(seeded))
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def agenda_of(window: MainWindow, qtbot: Any) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    agenda = window.show_section(AGENDA)
    return agenda


def free_slot(seeded: Any, *, desk: str = "CR01", operator: str = "l.bianchi", minutes: int = 60):  # type: ignore[no-untyped-def]
    from storage.services.booking import find_slots

    slots = find_slots(
        seeded.db,
        seeded.admin,
        desk=desk,
        operator=operator,
        minutes=minutes,
        after=datetime.now() + timedelta(days=1),
        count=1,
    )
    assert slots
    return slots[0]


def row(
    ident: int,
    start: datetime,
    minutes: int = 30,
    *,
    operator: str = "l.bianchi",
    status: AppointmentStatus = AppointmentStatus.BOOKED,
) -> AppointmentRow:
    return AppointmentRow(
        id=ident,
        uuid=f"u{ident}",
        start=start,
        minutes=minutes,
        desk_code="CR01",
        desk_name="Cremona",
        operator=operator,
        operator_name=operator.title(),
        participant_code=f"P-{ident:08d}",
        participant_name=f"Persona {ident}",
        participant_cf=None,
        kind=AppointmentKind.MONITORING,
        mode=AppointmentMode.IN_PERSON,
        status=status,
    )


# --------------------------------------------------------------------------- pure layout

MONDAY = date(2026, 11, 23)
OPENING = [OpeningInterval(d, "09:00", "12:30") for d in range(5)] + [
    OpeningInterval(1, "14:00", "17:00")
]


def test_overlapping_appointments_stand_side_by_side() -> None:
    """Three overlapping appointments take three lanes; a later one gets the whole column."""
    at = datetime.combine(MONDAY, time(9, 0))
    placed = layout_day(
        [
            row(1, at, 60),
            row(2, at + timedelta(minutes=15), 30),
            row(3, at + timedelta(minutes=30), 60),
            row(4, at + timedelta(hours=3), 30),
        ]
    )
    lanes = {p.row.id: (p.lane, p.lanes) for p in placed}
    assert lanes == {1: (0, 3), 2: (1, 3), 3: (2, 3), 4: (0, 1)}


def test_week_hours_and_days_follow_the_desk() -> None:
    """Rows from the earliest opening to the latest closing; Saturday only when it is used."""
    layout = layout_week([], MONDAY + timedelta(days=2), OPENING)
    assert layout.monday == MONDAY
    assert [d.weekday() for d in layout.days] == [0, 1, 2, 3, 4]
    assert (layout.first, layout.last) == (9 * 60, 17 * 60)
    assert layout.rows == 8 * 60 // STEP
    assert layout.is_open(1, layout.slot_of(time(15, 0)))
    assert not layout.is_open(0, layout.slot_of(time(15, 0)))
    early = row(1, datetime.combine(MONDAY + timedelta(days=5), time(8, 10)), 30)
    layout = layout_week([early], MONDAY, OPENING)
    assert [d.weekday() for d in layout.days] == [0, 1, 2, 3, 4, 5]
    assert layout.first == 8 * 60
    assert [p.row.id for p in layout.placed[5]] == [1]


def test_two_thousand_appointments_lay_out_quickly() -> None:
    """A crowded week (2,000 appointments) lays out in well under the 50 ms budget."""
    rng = random.Random(4)
    rows = []
    for ident in range(2000):
        day = MONDAY + timedelta(days=rng.randrange(5))
        start = datetime.combine(day, time(9, 0)) + timedelta(minutes=15 * rng.randrange(28))
        rows.append(row(ident, start, rng.choice((30, 45, 60)), operator=f"op{ident % 20}"))
    started = clock.perf_counter()
    layout = layout_week(rows, MONDAY, OPENING)
    elapsed = clock.perf_counter() - started
    assert layout.count() == 2000
    assert elapsed < 0.2  # about 5 ms on a developer's machine; generous for slow CI
    for column in layout.placed:
        by_lane: dict[int, list[tuple[int, int]]] = {}
        for p in column:
            assert 0 <= p.lane < p.lanes
            by_lane.setdefault(p.lane, []).append((p.start, p.end))
        for spans in by_lane.values():
            spans.sort()
            assert all(a[1] <= b[0] for a, b in pairwise(spans))
