"""The agenda's printing, recurring series and per-operator day, driven from the keyboard.

Printing goes through `gui.files`: the tests replace its file chooser (the answer is a path in
the test's folder) and `QDesktopServices.openUrl` (nothing is opened), then read the PDF and the
audit trail. Background tasks run inline (`SynchronousPool`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from gui import files
from gui.sections.agenda import AgendaSection
from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from tests.gui.test_booking import (
    agenda_of,
    alt,
    alt_click,
    choose_person,
    focused,
    press,
    sql,
    wait_active,
)

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


# --------------------------------------------------------------------------- printing

# Popup menus and list dialogs on the offscreen platform cannot raise windows or grab the keyboard.
POPUP_NOISE = "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


@pytest.fixture
def saving(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """The file chooser answers at once with a path under tmp_path; openUrl opens nothing."""
    asked: dict[str, Any] = {"opened": []}

    def choose(parent, title, proposed, name_filter, on_chosen):  # type: ignore[no-untyped-def]
        asked.update(title=title, proposed=proposed, filter=name_filter)
        asked["path"] = tmp_path / "stampe" / proposed
        on_chosen(asked["path"])

    def open_url(url: QUrl) -> bool:
        asked["opened"].append(url.toLocalFile())
        return True

    monkeypatch.setattr(files, "ask_save_path", choose)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def exports(seeded: Any) -> list[tuple[Any, ...]]:
    return sql(
        seeded,
        "SELECT entity, summary FROM audit_events WHERE action = 'export' ORDER BY id",
    )


def open_for_printing(qtbot: Any, notice: QMessageBox) -> None:
    """The notice after saving: its default button opens the file in the viewer."""
    assert notice is not None and notice.isVisible()
    wait_active(qtbot, notice)
    press(qtbot, Qt.Key.Key_Return)
    assert not notice.isVisible()


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_print_agenda_asks_the_desk_and_writes_the_pdf(window, qtbot, seeded, saving) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P with every desk shown: which desk (Enter), the PDF, the audit event, open it."""
    agenda = agenda_of(window, qtbot)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the table
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    question = agenda.desk_question
    assert question is not None and question.isVisible()
    assert question.textValue().startswith("Sportello Lavoro Cremona (CR01) · 3 appuntamenti")
    wait_active(qtbot, question)
    press(qtbot, Qt.Key.Key_Return)
    today = date.today()
    assert saving["proposed"] == f"agenda-CR01-{today.isoformat()}.pdf"
    path = saving["path"]
    assert path.read_bytes().startswith(b"%PDF")
    assert exports(seeded) == [("agenda", f"desk=CR01 day={today.isoformat()}")]
    assert "Agenda salvata" in window.statusBar().currentMessage()
    assert str(path) in window.statusBar().currentMessage()
    open_for_printing(qtbot, agenda.print_notice)
    assert saving["opened"] == [str(path)]
    assert agenda.printing == 0


def test_print_agenda_of_the_desk_shown_asks_nothing_more(window, qtbot, seeded, saving) -> None:  # type: ignore[no-untyped-def]
    """A desk chosen: Ctrl+P goes straight to the file; Esc on the notice opens nothing."""
    agenda = agenda_of(window, qtbot)
    alt(qtbot, Qt.Key.Key_S)
    choose(qtbot, agenda.desk_combo, "CM01")
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert agenda.desk_question is None
    assert saving["proposed"].startswith("agenda-CM01-")
    assert saving["path"].read_bytes().startswith(b"%PDF")
    notice = agenda.print_notice
    wait_active(qtbot, notice)
    press(qtbot, Qt.Key.Key_Escape)
    assert saving["opened"] == []
    assert [e for e, _ in exports(seeded)] == ["agenda"]


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_reminder_card_of_a_booked_appointment(window, qtbot, seeded, saving) -> None:  # type: ignore[no-untyped-def]
    """Enter on Ferrari's row, M (Promemoria…): the card is saved, audited and opened."""
    agenda = agenda_of(window, qtbot)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down)
    ferrari = agenda.current_appointment()
    assert ferrari.participant_name == "Ferrari Nicolò"
    assert agenda.reminder_action.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    menu = agenda.action_menu
    assert menu is not None and menu.isVisible()
    qtbot.keyClick(menu, Qt.Key.Key_M)  # Pro&memoria…
    assert saving["proposed"] == f"promemoria-{ferrari.id}.pdf"
    assert saving["path"].read_bytes().startswith(b"%PDF")
    assert exports(seeded) == [("reminder_card", f"appointment={ferrari.id}")]
    open_for_printing(qtbot, agenda.print_notice)
    assert saving["opened"] == [str(saving["path"])]


def test_no_reminder_card_for_a_missed_appointment(window, qtbot, seeded, saving) -> None:  # type: ignore[no-untyped-def]
    """Bianchi did not come: Promemoria is greyed, and the service would refuse it anyway."""
    agenda = agenda_of(window, qtbot)
    bianchi = next(r for r in agenda.model.rows() if r.status == AppointmentStatus.NO_SHOW)
    agenda.select_appointment(bianchi.id)
    assert not agenda.reminder_action.isEnabled()
    agenda.print_reminder(bianchi)
    boxes = [b for b in agenda.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "promemoria si stampa solo" in boxes[-1].text()
    assert "path" not in saving  # refused before asking where to save
    assert exports(seeded) == []
    boxes[-1].close()


def test_the_save_dialog_proposes_the_name_in_the_last_folder(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own save dialog (not the platform's): the proposed name, Enter saves there."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    files.remember_folder(tmp_path / "prima.pdf")
    assert files.save_folder() == tmp_path
    chosen: list[Any] = []
    dialog = files.ask_save_path(
        None, "Salva", "agenda-CR01-2026-11-24.pdf", "Documenti PDF (*.pdf)", chosen.append
    )
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    wait_active(qtbot, dialog)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None and name.text() == "agenda-CR01-2026-11-24.pdf"
    assert focused() is name
    press(qtbot, Qt.Key.Key_Return)
    assert chosen == [tmp_path / "agenda-CR01-2026-11-24.pdf"]
    assert files.file_name("promemoria", 12) == "promemoria-12.pdf"
    assert files.file_name("agenda", "C/R 01", "2026-11-24") == "agenda-C-R-01-2026-11-24.pdf"


# --------------------------------------------------------------------------- recurring series


def quiet_tuesday() -> datetime:
    """10:00 on a Tuesday of next February: no Italian holiday in the three weeks after it."""
    first = date(date.today().year + 1, 2, 2)
    first += timedelta(days=(1 - first.weekday()) % 7)
    return datetime.combine(first, time(10, 0))


@pytest.fixture
def ctx(seeded):  # type: ignore[no-untyped-def]
    from gui.context import AppContext
    from gui.workers import SynchronousPool

    return AppContext(seeded.db, seeded.admin, SynchronousPool())


def series_rows(seeded: Any, last_name: str) -> list[tuple[Any, ...]]:
    return sql(
        seeded,
        "SELECT a.start, a.status, a.series_uuid FROM appointments a "
        "JOIN participants p ON p.id = a.participant_id WHERE p.last_name = ? ORDER BY a.start",
        (last_name,),
    )


def test_a_weekly_series_of_three_from_the_agenda(window, qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N, a person, Alt+R «Ogni settimana», Alt+V 3 times, Enter: three appointments."""
    agenda = agenda_of(window, qtbot)
    alt(qtbot, Qt.Key.Key_S)
    choose(qtbot, agenda.desk_combo, "CR01")
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = agenda.booking_dialog
    wait_active(qtbot, dialog)
    choose_person(qtbot, dialog, "Zanetti")
    alt(qtbot, Qt.Key.Key_O)
    choose(qtbot, dialog.operator_combo, "l.bianchi")
    start = quiet_tuesday()
    dialog.set_start(start)
    assert not dialog.repeat_options.isVisible()
    alt(qtbot, Qt.Key.Key_R)
    assert focused() is dialog.repeat_combo
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.frequency() == "weekly" and dialog.repeat_options.isVisible()
    assert dialog.ok_button.text() == "Prenota la serie"
    alt_click(qtbot, Qt.Key.Key_V)
    assert dialog.times_radio.isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.times_spin
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "3")
    last = start + timedelta(weeks=2)
    assert dialog.repeat_note.text().startswith("3 appuntamenti, l'ultimo martedì")
    assert last.strftime("%d/%m/%Y") in dialog.repeat_note.text()
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    rows = series_rows(seeded, "Zanetti")
    assert [r[0][:16] for r in rows] == [
        (start + timedelta(weeks=n)).isoformat(sep=" ")[:16] for n in range(3)
    ]
    assert {r[1] for r in rows} == {"booked"} and len({r[2] for r in rows}) == 1
    assert dialog.result_series is not None and len(dialog.result_series.booked) == 3
    assert agenda.day() == start.date()
    assert agenda.current_appointment().id == dialog.result_series.booked[0].id
    assert "Serie prenotata: Zanetti Elena, 3 appuntamenti" in window.statusBar().currentMessage()


def test_a_clashing_series_lists_the_clash_and_can_skip_it(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """The second week is taken: nothing is booked, the date is named; Enter skips it."""
    from gui.booking_dialog import BookingDialog
    from storage.services.booking import BookingInput, book_appointment

    start = quiet_tuesday()
    taken = start + timedelta(weeks=1)
    rossi = seeded.participants["Rossi"].internal_code
    book_appointment(seeded.db, seeded.admin, BookingInput(rossi, "l.bianchi", "CR01", taken, 60))
    dialog = BookingDialog(ctx, desk_code="CR01", operator="l.bianchi", start=start)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_active(qtbot, dialog)
    choose_person(qtbot, dialog, "Colombo")
    alt(qtbot, Qt.Key.Key_R)
    press(qtbot, Qt.Key.Key_Down)
    alt_click(qtbot, Qt.Key.Key_V)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "3")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert f"• {taken:%d/%m/%Y %H:%M}" in dialog.problem.text()
    assert "Luca Bianchi" in dialog.problem.text()
    assert series_rows(seeded, "Colombo") == []
    assert dialog.skip_button.isVisible() and focused() is dialog.skip_button
    press(qtbot, Qt.Key.Key_Return)  # «Prenota saltando le date occupate»
    assert not dialog.isVisible()
    booked = [r[0][:10] for r in series_rows(seeded, "Colombo")]
    assert booked == [start.date().isoformat(), (start + timedelta(weeks=2)).date().isoformat()]
    result = dialog.result_series
    assert [s for s, _why in result.skipped] == [taken]


def test_a_change_to_the_form_withdraws_the_offer_to_skip(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    from gui.booking_dialog import BookingDialog
    from models.errors import ConflictError

    dialog = BookingDialog(ctx, desk_code="CR01", operator="l.bianchi", start=quiet_tuesday())
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.repeat_combo.setCurrentIndex(2)
    dialog.show_clashes(ConflictError("La serie non è stata prenotata: 01/01/2027 10:00: chiuso"))
    assert dialog.skip_button.isVisible()
    dialog.minutes_spin.setValue(30)
    assert not dialog.skip_button.isVisible() and not dialog.problem.isVisible()


def test_cancel_also_the_following_ones_of_the_series(window, qtbot, seeded, ctx) -> None:  # type: ignore[no-untyped-def]
    """Cancel the second of three with «anche i successivi»: the second and third go."""
    from gui.booking_dialog import CancelDialog
    from storage.services.agenda import list_appointments
    from storage.services.booking import BookingInput, book_series

    start = quiet_tuesday()
    ricci = seeded.participants["Ricci"].internal_code
    series = book_series(
        seeded.db,
        seeded.admin,
        BookingInput(ricci, "l.bianchi", "CR01", start, 45),
        frequency="weekly",
        times=3,
    )
    first, second, third = series.booked
    assert first.start < second.start < third.start
    agenda = agenda_of(window, qtbot)
    go_to(agenda, second.start.date())
    agenda.select_appointment(second.id)
    agenda.table.setFocus()
    qtbot.waitUntil(lambda: agenda.table.hasFocus())
    alt(qtbot, Qt.Key.Key_A)  # Annulla…
    dialog = agenda.cancel_dialog
    wait_active(qtbot, dialog)
    assert dialog.series == series.series_uuid and dialog.following_check.isVisible()
    alt_click(qtbot, Qt.Key.Key_A)  # the check box, inside the dialog
    assert dialog.following_check.isChecked()
    alt(qtbot, Qt.Key.Key_M)
    qtbot.keyClicks(focused(), "trasferimento in altra provincia")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [r[1] for r in series_rows(seeded, "Ricci")[-3:]] == [
        "booked",
        "cancelled_participant",
        "cancelled_participant",
    ]
    assert "Annullati 2 appuntamenti della serie: Ricci Luca" in (
        window.statusBar().currentMessage()
    )
    assert agenda.current_appointment().id == second.id
    # A single appointment has no series: no check box.
    ferrari = next(
        r
        for r in list_appointments(seeded.db, seeded.admin, start=date.today(), end=date.today())
        if r.participant_name == "Ferrari Nicolò"
    )
    single = CancelDialog(ctx, ferrari)
    qtbot.addWidget(single)
    assert single.series is None and not single.following_check.isVisibleTo(single)


def test_a_fortnightly_series_until_a_day(qtbot, ctx, seeded) -> None:  # type: ignore[no-untyped-def]
    """«Ogni due settimane» «fino al giorno»: the note counts them, Enter books them."""
    from PySide6.QtCore import QDate

    from gui.booking_dialog import BookingDialog

    start = quiet_tuesday()
    dialog = BookingDialog(ctx, desk_code="CR01", operator="l.bianchi", start=start)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_active(qtbot, dialog)
    choose_person(qtbot, dialog, "Bianchi")
    alt(qtbot, Qt.Key.Key_R)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.frequency() == "biweekly"
    alt_click(qtbot, Qt.Key.Key_V)
    press(qtbot, Qt.Key.Key_Right)  # the other radio button: «fino al giorno»
    assert dialog.until_radio.isChecked() and dialog.until_edit.isEnabled()
    assert not dialog.times_spin.isEnabled()
    until = start.date() + timedelta(days=30)
    dialog.until_edit.setDate(QDate(until.year, until.month, until.day))
    assert dialog.repeat_note.text().startswith("3 appuntamenti")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    days = [r[0][:10] for r in series_rows(seeded, "Bianchi") if r[2]]
    assert days == [(start + timedelta(weeks=2 * n)).date().isoformat() for n in range(3)]


def test_stampa_agenda_is_reachable_with_tab(window, qtbot, seeded, saving) -> None:  # type: ignore[no-untyped-def]
    """From the operator filter, Tab reaches «Stampa agenda…»; Space prints the desk shown."""
    agenda = agenda_of(window, qtbot)
    alt(qtbot, Qt.Key.Key_S)
    choose(qtbot, agenda.desk_combo, "CR01")
    alt(qtbot, Qt.Key.Key_R)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is agenda.print_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "path" in saving, timeout=2000)
    assert saving["proposed"].startswith("agenda-CR01-")
    assert saving["path"].read_bytes().startswith(b"%PDF")


def test_a_file_that_cannot_be_written_is_said_not_crashed(
    window, qtbot, seeded, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A folder chosen as the file: a warning names the problem; nothing is audited."""
    folder = tmp_path / "una-cartella"
    folder.mkdir()
    monkeypatch.setattr(files, "ask_save_path", lambda *args: args[-1](folder))
    agenda = agenda_of(window, qtbot)
    alt(qtbot, Qt.Key.Key_S)
    choose(qtbot, agenda.desk_combo, "CR01")
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    boxes = [b for b in agenda.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and boxes[-1].windowTitle() == "PDF non salvato"
    assert "Il file non si può scrivere" in boxes[-1].text()
    assert window.statusBar().currentMessage() == "PDF non salvato."
    assert exports(seeded) == [] and agenda.printing == 0
    boxes[-1].close()
