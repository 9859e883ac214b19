"""Booking from the agenda with the keyboard: the dialog, the week view, the appointment actions.

Dialogs open with open() (never exec()), so a test types into them and reads them while they are
shown. The keys go to the widget that has the focus, as a person's keystrokes would.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
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
    qtbot.waitUntil(lambda: dialog.search.hasFocus())
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
    alt(qtbot, Qt.Key.Key_I)
    assert focused() is dialog.date_edit
    press(qtbot, Qt.Key.Key_Up)  # from tomorrow: a slot minutes away could pass meanwhile
    assert dialog.start().date() == date.today() + timedelta(days=1)
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


# --------------------------------------------------------------------------- the agenda


def status_of(seeded: Any, appointment_id: int) -> str:
    return str(sql(seeded, "SELECT status FROM appointments WHERE id = ?", (appointment_id,))[0][0])


def todays(agenda: Any, last_name: str) -> AppointmentRow:
    return next(r for r in agenda.model.rows() if r.participant_name.startswith(last_name))


def to_desk(qtbot: Any, agenda: Any, code: str) -> None:
    """Alt+S, then arrows in the desk list until the desk is chosen."""
    alt(qtbot, Qt.Key.Key_S)
    assert focused() is agenda.desk_combo
    target = agenda.desk_combo.findData(code)
    key = Qt.Key.Key_Down if agenda.desk_combo.currentIndex() < target else Qt.Key.Key_Up
    while agenda.desk_combo.currentIndex() != target:
        press(qtbot, key)


def week_of(qtbot: Any, agenda: Any, code: str = "CR01") -> Any:
    alt(qtbot, Qt.Key.Key_M)
    assert agenda.mode == 1 and agenda.week is not None
    to_desk(qtbot, agenda, code)
    assert agenda.week.desk_code == code
    agenda.focus_main()
    return agenda.week


def test_ctrl_n_books_and_the_day_table_shows_it(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N, a person, a free slot, Enter: the agenda goes to that day and selects it."""
    agenda = agenda_of(window, qtbot)
    alt_click(qtbot, Qt.Key.Key_Right)  # tomorrow: the dialog proposes from that day
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = agenda.booking_dialog
    assert dialog is not None
    wait_active(qtbot, dialog)
    choose_person(qtbot, dialog, "Esposito")
    alt(qtbot, Qt.Key.Key_S)
    while dialog.desk_code() != "CR01":
        press(qtbot, Qt.Key.Key_Down)
    alt_click(qtbot, Qt.Key.Key_L)
    slot = dialog.slots[0]
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    booked = dialog.result_booked.row
    assert agenda.day() == slot.start.date()
    assert booked.id in [r.id for r in agenda.model.rows()]
    assert agenda.current_appointment().id == booked.id
    assert status_of(seeded, booked.id) == "booked"
    assert "Prenotato: Esposito Salvatore" in window.statusBar().currentMessage()


def test_week_view_shows_the_appointments_in_their_day_column(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    week = week_of(qtbot, agenda)
    layout = week.layout_data()
    today = date.today()
    assert today in layout.days
    column = layout.column_of(today)
    names = sorted(p.row.participant_name for p in layout.placed[column])
    assert names == ["Bianchi Giulia", "Ferrari Nicolò", "Rossi Mario"]
    for placed in layout.placed[column]:
        rect = week.grid.rect_of(placed.row.id)
        assert week.grid.column_x(column) <= rect.left() < week.grid.column_x(column + 1)
    tomorrow = today + timedelta(days=1)
    if tomorrow in layout.days:
        assert [p.row.participant_name for p in layout.placed[layout.column_of(tomorrow)]] == [
            "Ricci Luca"
        ]
    heading = agenda.day_label.text()
    assert heading.startswith("Settimana dal") and f"{layout.count()} appuntamenti" in heading


def test_arrows_and_page_keys_move_the_week(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    week = week_of(qtbot, agenda)
    monday = week.monday
    alt_click(qtbot, Qt.Key.Key_Right)
    assert week.monday == monday + timedelta(days=7)
    alt_click(qtbot, Qt.Key.Key_Left)
    alt_click(qtbot, Qt.Key.Key_Left)
    assert week.monday == monday - timedelta(days=7)
    agenda.focus_main()
    assert focused() is week.grid
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)
    assert week.monday == monday + timedelta(days=7)
    assert agenda.day() == date.today() + timedelta(days=7)
    press(qtbot, Qt.Key.Key_PageUp)
    assert week.monday == monday
    while week.grid.column > 0:
        press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)  # past Monday: the previous week
    assert week.monday == monday - timedelta(days=7)
    alt_click(qtbot, Qt.Key.Key_O)  # Oggi
    assert week.monday == monday and agenda.day() == date.today()


def test_enter_on_an_empty_slot_opens_the_dialog_there(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    week = week_of(qtbot, agenda)
    press(qtbot, Qt.Key.Key_PageDown)
    press(qtbot, Qt.Key.Key_PageDown)  # two weeks on: nothing booked there
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)
    grid = week.grid
    assert not grid.cursor_rows()
    expected = grid.layout_data.slot_start(grid.column, 1)
    assert expected.time() == time(9, 15)
    press(qtbot, Qt.Key.Key_Return)
    dialog = agenda.booking_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.start() == expected
    assert dialog.desk_code() == "CR01"
    dialog.reject()


# A popup menu on the offscreen platform: it cannot raise windows or grab the keyboard, and says
# so (one marker replaces the conftest one, hence propagateSizeHints again).
MENU_NOISE = "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


@pytest.mark.qt_log_ignore(MENU_NOISE)
def test_enter_on_an_appointment_in_the_week_offers_its_actions(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    week = week_of(qtbot, agenda)
    grid = week.grid
    press(qtbot, Qt.Key.Key_Home)  # 09:00 today: Rossi, confirmed
    rossi = grid.cursor_rows()[0]
    assert rossi.participant_name == "Rossi Mario"
    assert agenda.current_appointment() == rossi and agenda.done_action.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    menu = agenda.action_menu
    assert menu is not None and menu.isVisible()
    qtbot.keyClick(menu, Qt.Key.Key_T)  # Svol&to
    assert status_of(seeded, rossi.id) == "done"
    assert week.selected().status == AppointmentStatus.DONE


def test_mark_no_show_from_the_keyboard(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Agenda, focus on the table
    assert focused() is agenda.table
    press(qtbot, Qt.Key.Key_Down)  # Ferrari, 10:30
    ferrari = agenda.current_appointment()
    assert ferrari.participant_name == "Ferrari Nicolò"
    alt(qtbot, Qt.Key.Key_N)  # Non presentato
    assert status_of(seeded, ferrari.id) == "no_show"
    assert agenda.current_appointment().id == ferrari.id
    index = agenda.model.index(1, agenda.model.COL_STATUS)
    assert agenda.model.data(index) == "Assente"


@pytest.mark.qt_log_ignore(MENU_NOISE)
def test_enter_on_a_row_of_the_day_offers_its_actions(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down)
    ferrari = agenda.current_appointment()
    press(qtbot, Qt.Key.Key_Return)
    menu = agenda.action_menu
    assert menu is not None and menu.isVisible()
    assert menu.actions()[0].text().endswith("Ferrari Nicolò · Prenotato")
    qtbot.keyClick(menu, Qt.Key.Key_C)  # &Conferma
    assert status_of(seeded, ferrari.id) == "confirmed"
    assert todays(agenda, "Ferrari").status == AppointmentStatus.CONFIRMED


def test_cancel_asks_for_a_reason(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    upcoming = int(agenda.counter_week.value.text())
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down)
    ferrari = agenda.current_appointment()
    alt(qtbot, Qt.Key.Key_A)  # Annulla…
    dialog = agenda.cancel_dialog
    assert dialog is not None
    wait_active(qtbot, dialog)
    assert focused() is dialog.reason_edit
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.reason_error.isVisible()
    assert status_of(seeded, ferrari.id) == "booked"
    type_text(qtbot, "malattia")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sql(
        seeded, "SELECT status, cancel_reason FROM appointments WHERE id = ?", (ferrari.id,)
    ) == [("cancelled_participant", "malattia")]
    assert todays(agenda, "Ferrari").status == AppointmentStatus.CANCELLED_PARTICIPANT
    assert int(agenda.counter_week.value.text()) == upcoming - 1


def test_move_an_appointment_with_the_keyboard(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    agenda = agenda_of(window, qtbot)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down)
    ferrari = agenda.current_appointment()
    alt(qtbot, Qt.Key.Key_P)  # Sposta…
    dialog = agenda.booking_dialog
    assert dialog is not None and dialog.appointment == ferrari
    wait_active(qtbot, dialog)
    assert focused() is dialog.date_edit
    press(qtbot, Qt.Key.Key_Up)  # from tomorrow
    alt_click(qtbot, Qt.Key.Key_L)
    slot = dialog.slots[0]
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    moved = dialog.result_row
    assert moved.start == slot.start and moved.participant_name == "Ferrari Nicolò"
    assert status_of(seeded, ferrari.id) == "rescheduled"
    assert status_of(seeded, moved.id) == "booked"
    assert agenda.day() == slot.start.date()
    assert agenda.current_appointment().id == moved.id


def test_many_repaints_of_a_busy_week_keep_none_alive(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None at each void call until the
    interpreter aborted (pinned out in pyproject.toml): repainting must not leak."""
    agenda = agenda_of(window, qtbot)
    week = week_of(qtbot, agenda)
    before = sys.getrefcount(None)
    for _ in range(300):  # about 100,000 void calls
        week.grid.viewport().repaint()
    assert sys.getrefcount(None) >= before - 1_000


def test_opening_the_program_does_not_load_the_booking_code() -> None:
    """The agenda imports the week view, the dialog and SQLAlchemy only when they are used."""
    code = (
        "import sys, gui.main_window, gui.sections.agenda, gui.week_view, gui.booking_dialog;"
        "print(sorted(m for m in ('sqlalchemy', 'storage.services.booking') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_actions_follow_the_chosen_appointment_status(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A no-show can be corrected to done but not confirmed or moved; a booking can do all."""
    agenda = agenda_of(window, qtbot)
    rows = agenda.model.rows()
    by_status = {r.status.value: i for i, r in enumerate(rows)}
    agenda.table.setCurrentIndex(agenda.model.index(by_status["no_show"], 0))
    assert agenda.done_action.isEnabled()
    assert not agenda.confirm_action.isEnabled()
    assert not agenda.move_action.isEnabled()
    assert not agenda.cancel_action.isEnabled()
    agenda.table.setCurrentIndex(agenda.model.index(by_status["booked"], 0))
    assert all(a.isEnabled() for a in agenda.appointment_actions)
