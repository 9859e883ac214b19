"""The agenda's printing, recurring series and per-operator day, driven from the keyboard.

Printing goes through `gui.files`: the tests replace its file chooser (the answer is a path in
the test's folder) and `QDesktopServices.openUrl` (nothing is opened), then read the PDF and the
audit trail. Background tasks run inline (`SynchronousPool`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt

from gui.sections.agenda import AgendaSection
from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from tests.gui.test_booking import agenda_of, alt, alt_click, focused, press

# --------------------------------------------------------------------------- helpers


def future_weekday(weekday: int, weeks: int = 1) -> date:
    """That weekday (0 = Monday) at least `weeks` weeks from today."""
    day = date.today() + timedelta(days=7 * weeks)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def insert(seeded: Any, desk: str, operator: str, person: str, start: datetime) -> int:
    """An appointment written directly (the test sets the scene; the GUI is what is tested)."""
    from models.entities import Appointment

    with seeded.db.transaction() as session:
        appointment = Appointment(
            desk_id=seeded.desks[desk].id,
            operator_id=seeded.users[operator].id,
            participant_id=seeded.participants[person].id,
            kind=AppointmentKind.MONITORING,
            mode=AppointmentMode.IN_PERSON,
            status=AppointmentStatus.BOOKED,
            start=start,
            minutes=45,
            created_by="admin",
            updated_by="admin",
        )
        session.add(appointment)
        session.flush()
        return int(appointment.id)


def go_to(agenda: AgendaSection, day: date) -> None:
    agenda.show_day(day)
    assert agenda.day() == day


def choose(qtbot: Any, combo: Any, data: object) -> None:
    """Arrows in a combo (which has the keyboard) until the item with that data is chosen."""
    assert focused() is combo
    target = combo.findData(data)
    assert target >= 0, data
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        press(qtbot, key)


# --------------------------------------------------------------------------- one operator's day


def test_operator_filter_shows_that_operators_day_across_desks(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """Alt+R, an operator: only their appointments, at every desk or at the one chosen."""
    day = future_weekday(2)
    at = datetime.combine(day, time(10, 0))
    verdi_cr = insert(seeded, "CR01", "g.verdi", "Rossi", at)
    verdi_cm = insert(seeded, "CM01", "g.verdi", "Ferrari", at + timedelta(hours=1))
    insert(seeded, "CR01", "l.bianchi", "Bianchi", at)
    agenda = agenda_of(window, qtbot)
    go_to(agenda, day)
    assert len(agenda.model.rows()) == 3
    alt(qtbot, Qt.Key.Key_R)
    assert agenda.operator_combo.loaded
    choose(qtbot, agenda.operator_combo, "g.verdi")
    assert [r.id for r in agenda.model.rows()] == [verdi_cr, verdi_cm]
    assert {r.desk_code for r in agenda.model.rows()} == {"CR01", "CM01"}
    assert "Giovanna Verdi" in agenda.day_label.text()
    alt(qtbot, Qt.Key.Key_S)
    choose(qtbot, agenda.desk_combo, "CM01")
    assert [r.id for r in agenda.model.rows()] == [verdi_cm]
    alt_click(qtbot, Qt.Key.Key_Right)  # the next day: nothing with her there
    assert not agenda.model.rows()
    assert "con Giovanna Verdi" in agenda.view.empty.text()
    alt(qtbot, Qt.Key.Key_R)
    choose(qtbot, agenda.operator_combo, None)
    alt_click(qtbot, Qt.Key.Key_Left)
    assert len(agenda.model.rows()) == 1  # CM01, everyone
    # The week has its own operator filter: the day's one is hidden there.
    alt(qtbot, Qt.Key.Key_M)
    assert not agenda.operator_combo.isVisible()
    alt(qtbot, Qt.Key.Key_G)
    assert agenda.operator_combo.isVisible()
