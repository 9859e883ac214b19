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

import pytest

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


def alt_click(qtbot: Any, key: Qt.Key) -> None:
    """Alt+letter on a button: Qt animates the press and clicks 100 ms later."""
    alt(qtbot, key)
    qtbot.wait(200)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def wait_active(qtbot: Any, window: QWidget) -> None:
    """Wait until the window is the active one (the keys then reach its focus widget)."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def db_file(seeded: Any) -> str:
    return str(seeded.db.target.display)


def sql(seeded: Any, query: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db_file(seeded))
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def agenda_of(window: MainWindow, qtbot: Any) -> Any:
    wait_active(qtbot, window)
    return window.show_section(AGENDA)


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


# --------------------------------------------------------------------------- the booking dialog


@pytest.fixture
def ctx(seeded):  # type: ignore[no-untyped-def]
    from gui.context import AppContext
    from gui.workers import SynchronousPool

    return AppContext(seeded.db, seeded.admin, SynchronousPool())  # type: ignore[arg-type]


def open_dialog(qtbot: Any, ctx: Any, **kwargs: Any) -> Any:
    from gui.booking_dialog import BookingDialog

    dialog = BookingDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_active(qtbot, dialog)
    return dialog


def choose_person(qtbot: Any, dialog: Any, text: str) -> None:
    """Type in the search box, wait for the results, go down into them and press Enter."""
    dialog.search.setFocus()
    type_text(qtbot, text)
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is dialog.results
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.participant is not None
    assert focused() is dialog.kind_combo


def appointments(seeded: Any) -> int:
    return int(sql(seeded, "SELECT count(*) FROM appointments")[0][0])


def test_dialog_books_with_the_keyboard_alone(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """Person by name, desk, duration, note, a proposed free slot, Enter: booked."""
    dialog = open_dialog(qtbot, ctx)
    assert focused() is dialog.search
    choose_person(qtbot, dialog, "Ricci")
    alt(qtbot, Qt.Key.Key_S)
    assert focused() is dialog.desk_combo
    target = dialog.desk_combo.findData("CR01")
    while dialog.desk_combo.currentIndex() != target:
        press(qtbot, Qt.Key.Key_Down)
    alt(qtbot, Qt.Key.Key_O)
    assert focused() is dialog.operator_combo
    while dialog.operator() != "l.bianchi":
        press(qtbot, Qt.Key.Key_Down)
    alt(qtbot, Qt.Key.Key_U)
    assert focused() is dialog.minutes_spin
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "45")
    alt(qtbot, Qt.Key.Key_E)
    type_text(qtbot, "Portare il curriculum")
    alt_click(qtbot, Qt.Key.Key_L)
    assert dialog.slots and focused() is dialog.slot_list
    slot = dialog.slots[0]
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.start() == slot.start and dialog.isVisible()
    assert focused() is dialog.ok_button
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    booked = dialog.result_booked
    assert booked is not None and not booked.recorded
    assert booked.row.participant_name == "Ricci Luca"
    stored = sql(
        seeded,
        "SELECT a.minutes, a.note, a.status, d.code, u.username FROM appointments a "
        "JOIN desks d ON d.id = a.desk_id JOIN users u ON u.id = a.operator_id WHERE a.id = ?",
        (booked.row.id,),
    )
    assert stored == [(45, "Portare il curriculum", "booked", "CR01", "l.bianchi")]


def test_a_clash_is_shown_and_the_dialog_stays_open(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """The operator is already busy: the clash is named in the dialog and nothing is written."""
    from storage.services.booking import BookingInput, book_appointment

    slot = free_slot(seeded)
    rossi = seeded.participants["Rossi"].internal_code
    book_appointment(
        seeded.db, seeded.admin, BookingInput(rossi, "l.bianchi", "CR01", slot.start, 60)
    )
    before = appointments(seeded)
    dialog = open_dialog(qtbot, ctx, desk_code="CR01", operator="l.bianchi", start=slot.start)
    choose_person(qtbot, dialog, "Bianchi")
    press(qtbot, Qt.Key.Key_Return)  # Enter on the kind: the default button books
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "Luca Bianchi" in dialog.problem.text() and "ha già" in dialog.problem.text()
    assert appointments(seeded) == before


def test_a_bad_duration_names_the_field(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """Zero minutes: the message appears under Durata, which gets the keyboard back."""
    slot = free_slot(seeded)
    before = appointments(seeded)
    dialog = open_dialog(qtbot, ctx, desk_code="CR01", operator="l.bianchi", start=slot.start)
    choose_person(qtbot, dialog, "Zanetti")
    alt(qtbot, Qt.Key.Key_U)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text("minutes").startswith("Durata:")
    assert not dialog.problem.isVisible()
    assert focused() is dialog.minutes_spin
    assert appointments(seeded) == before


def test_no_person_chosen_is_named_under_the_search(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, ctx, desk_code="CR01")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text("participant").startswith("Partecipante:")
    assert focused() is dialog.search


def test_a_past_start_says_it_will_be_recorded(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """Before confirming, the dialog says that a past start is recorded as done."""
    yesterday = datetime.combine(date.today() - timedelta(days=1), time(10, 0))
    dialog = open_dialog(qtbot, ctx, desk_code="CR01", start=yesterday)
    assert dialog.past_note.isVisible()
    assert "registrato come già svolto" in dialog.past_note.text()
    assert dialog.ok_button.text() == "Registra come svolto"
    dialog.set_start(datetime.now() + timedelta(days=3))
    assert not dialog.past_note.isVisible()
    assert dialog.ok_button.text() == "Prenota"


def test_quick_add_registers_the_person_with_the_minimum(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """Nobody found: "Nuova persona" takes surname, name and phone, and chooses the newcomer."""
    dialog = open_dialog(qtbot, ctx, desk_code="CR01")
    type_text(qtbot, "Verdi Anna")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    assert dialog.results.item(0).data(Qt.ItemDataRole.UserRole) is None  # "nobody found"
    alt_click(qtbot, Qt.Key.Key_N)
    assert dialog.new_box.isVisible()
    assert focused() is dialog.new_last
    assert (dialog.new_last.text(), dialog.new_first.text()) == ("Verdi", "Anna")
    alt(qtbot, Qt.Key.Key_F)
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.error_text("phone").startswith("Telefono:")
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "333 123 4567")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.new_box.isVisible()
    assert dialog.participant is not None and dialog.participant.last_name == "Verdi"
    assert dialog.kind() == AppointmentKind.FIRST_CONTACT
    assert focused() is dialog.kind_combo
    stored = sql(
        seeded,
        "SELECT p.phone, d.code FROM participants p JOIN desks d ON d.id = p.desk_id "
        "WHERE p.last_name = 'Verdi'",
    )
    assert stored == [("+393331234567", "CR01")]


def test_cancel_dialog_requires_a_reason(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    from gui.booking_dialog import CancelDialog
    from storage.services.agenda import list_appointments

    target = next(
        r
        for r in list_appointments(seeded.db, seeded.admin, start=date.today(), end=date.today())
        if r.status == AppointmentStatus.BOOKED
    )
    dialog = CancelDialog(ctx, target)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_active(qtbot, dialog)
    assert focused() is dialog.reason_edit
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.reason_error.isVisible()
    assert dialog.reason_error.text().startswith("Motivo:")
    alt_click(qtbot, Qt.Key.Key_S)  # "Annullato dal servizio"
    assert dialog.by_service.isChecked()
    alt(qtbot, Qt.Key.Key_M)
    type_text(qtbot, "sciopero dei trasporti")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sql(
        seeded, "SELECT status, cancel_reason FROM appointments WHERE id = ?", (target.id,)
    ) == [("cancelled_service", "sciopero dei trasporti")]
