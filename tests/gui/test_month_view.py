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
    assert model.data(model.index_of(date(2026, 11, 3))) == "3\n4 app. · 1 assente"
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


def test_agenda_month_mode_counts_and_opens_the_day(make_window, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+E shows the month with the seeded appointments; Enter on a day opens its table."""
    window = make_window(seeded.db)
    agenda = window.section(0)
    agenda.set_mode(2)
    month = agenda.month
    assert month is not None and agenda.views.currentWidget() is month
    today = date.today()
    text = month.model.data(month.model.index_of(today))
    assert text.startswith(f"{today.day}\n2 app.")  # two held today, one no-show
    assert "1 assente" in text
    assert agenda.current_appointment() is None
    month.grid.setFocus()
    month.grid.setCurrentIndex(month.model.index_of(today))
    qtbot.keyClick(month.grid, Qt.Key.Key_Return)
    assert agenda.mode == 0 and agenda.day() == today
    assert agenda.model.rowCount() == 3


def test_home_shows_my_next_steps_only_to_me(make_window, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A tutor sees the next steps of their own notes due soon on the agenda; others do not."""
    from datetime import timedelta

    from sqlalchemy import text

    from models.enums import Role
    from models.rows import Actor
    from storage.services.tutoring import NoteInput, add_note

    tutor = Actor("g.verdi", Role.TUTOR)
    cf = seeded.participants["Rossi"].codice_fiscale
    today = date.today()
    # Rossi is the tutor's own intake (no pathway yet): in their caseload.
    with seeded.db.transaction() as session:
        session.execute(
            text("UPDATE participants SET created_by = 'g.verdi' WHERE codice_fiscale = :cf"),
            {"cf": cf},
        )
    add_note(
        seeded.db,
        tutor,
        NoteInput(
            cf,
            today,
            "participant",
            "phone",
            "Riservato",
            next_steps="Chiamare l'azienda",
            next_step_due=today + timedelta(days=2),
            confidential=True,
        ),
    )
    mine = make_window(seeded.db, tutor).section(0)
    assert mine.todo.isVisibleTo(mine) and mine.todo.count() == 1
    assert "Chiamare l'azienda" in mine.todo.item(0).text()
    theirs = make_window(seeded.db, Actor("l.bianchi", Role.OPERATOR)).section(0)
    assert not theirs.todo.isVisibleTo(theirs)
