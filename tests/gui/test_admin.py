"""Amministrazione: the desk editor (details, hours, closures, operators) and the new-user dialog.

Driven from the keyboard where a person would use it: arrows and Enter on the desk list,
accelerators for tabs and fields, typing into the time and date fields, Enter to save.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.desk_editor import TAB_CLOSURES, TAB_HOURS, TAB_OPERATORS, DeskEditor
from gui.main_window import ADMIN, MainWindow
from gui.user_editor import UserEditor
from models.enums import Role
from models.rows import Actor
from storage.engine import Database
from storage.services.desks import desk_details
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CR01_OPENING = (
    (0, time(9), time(12, 30)),
    (0, time(14), time(17)),
    (1, time(9), time(12, 30)),
    (2, time(9), time(12, 30)),
    (3, time(9), time(12, 30)),
    (4, time(9), time(12, 30)),
)


def admin_section(window: MainWindow) -> Any:
    return window.show_section(ADMIN)


def open_desk(qtbot: Any, section: Any, code: str) -> DeskEditor:
    """Walk the desk list with the arrow keys to the desk and press Enter."""
    activate(qtbot, section.window())
    section.tabs.setCurrentIndex(0)
    section.desk_table.setFocus()
    qtbot.waitUntil(lambda: section.desk_table.hasFocus())
    table = section.desk_table
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(section.desk_model.rowCount()):
        if section.current_desk().code == code:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert section.current_desk().code == code
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = section.desk_editor
    assert isinstance(editor, DeskEditor) and editor.isVisible()
    activate(qtbot, editor)
    return editor


def details(db: Database, code: str = "CR01") -> Any:
    return desk_details(db, Actor.system_admin(), code)


def count(db: Database, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


def message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


@pytest.fixture
def admin(make_window, seeded) -> Any:  # type: ignore[no-untyped-def]
    return admin_section(make_window(seeded.db))


# --------------------------------------------------------------------------- desks


def test_edit_rooms_and_hours(admin: Any, seeded: Any, qtbot: Any) -> None:
    editor = open_desk(qtbot, admin, "CR01")
    qtbot.waitUntil(lambda: editor.name_edit.hasFocus())
    assert [tuple(r) for r in editor.opening.intervals()] == [
        (d, f"{a:%H:%M}", f"{b:%H:%M}") for d, a, b in CR01_OPENING
    ]
    # Stanze (Alt+Z): two rooms become three.
    press(qtbot, Qt.Key.Key_Z, ALT)
    qtbot.waitUntil(lambda: editor.rooms_spin.hasFocus())
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "3")
    # Orari (Alt+O), then "Aggiungi un orario" (Alt+A): Saturday, with Friday's hours...
    press(qtbot, Qt.Key.Key_O, ALT)
    assert editor.tabs.currentIndex() == TAB_HOURS
    press(qtbot, Qt.Key.Key_A, ALT)  # a button's accelerator clicks it a moment later
    qtbot.waitUntil(lambda: len(editor.opening.rows) == 7)
    saturday = editor.opening.rows[-1]
    qtbot.waitUntil(lambda: saturday.day.hasFocus())
    assert saturday.value() == (5, "09:00", "12:30")
    # ...from 09:00 to 12:00, typed: Tab goes from field to field (and from hours to minutes).
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: saturday.start.hasFocus())
    type_keys(qtbot, "0900")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: saturday.end.hasFocus())
    type_keys(qtbot, "1200")
    assert saturday.value() == (5, "09:00", "12:00")
    # Monday afternoon goes: its ✕ button, from the keyboard.
    monday_afternoon = editor.opening.rows[1]
    monday_afternoon.remove.setFocus()
    qtbot.waitUntil(lambda: monday_afternoon.remove.hasFocus())
    press(qtbot, Qt.Key.Key_Space)
    assert len(editor.opening.rows) == 6
    press(qtbot, Qt.Key.Key_Return)

    assert admin.desk_editor is None and not editor.isVisible()
    saved = details(seeded.db)
    assert saved.rooms == 3
    assert saved.opening == (*CR01_OPENING[:1], *CR01_OPENING[2:], (5, time(9), time(12)))
    row = admin.current_desk()
    assert row.code == "CR01" and row.rooms == 3
    model = admin.desk_model
    shown = model.data(model.index(admin.desk_table.currentIndex().row(), model.COL_OPENING))
    assert shown == "Lun–Ven 09:00–12:30; Sab 09:00–12:00"
    assert model.data(model.index(admin.desk_table.currentIndex().row(), model.COL_ROOMS)) == "3"


def test_overlapping_hours_are_shown_by_the_hours_and_change_nothing(
    admin: Any, seeded: Any, qtbot: Any
) -> None:
    before = details(seeded.db)
    audit_before = count(seeded.db, "audit_events")
    editor = open_desk(qtbot, admin, "CR01")
    press(qtbot, Qt.Key.Key_Z, ALT)
    press(qtbot, Qt.Key.Key_Up)  # three rooms, which must not be saved either
    row = editor.opening.add_interval(0, "12:00", "13:00")  # Monday again, over 09:00-12:30
    editor.tabs.setCurrentIndex(0)
    editor.name_edit.setFocus()
    qtbot.waitUntil(lambda: editor.name_edit.hasFocus())
    press(qtbot, Qt.Key.Key_Return)

    assert editor.isVisible() and admin.desk_editor is editor
    assert editor.tabs.currentIndex() == TAB_HOURS
    error = editor.errors["opening"]
    assert error.isVisible() and "si sovrappongono" in error.text()
    assert "lunedì" in error.text() and "12:00" in error.text()
    assert row.value() == (0, "12:00", "13:00")
    assert details(seeded.db) == before
    assert count(seeded.db, "audit_events") == audit_before
    # Putting it right clears the message and saves.
    row.remove.click()
    editor.save_button.click()
    assert not editor.isVisible()
    assert details(seeded.db).rooms == 3


def test_bad_fields_are_shown_next_to_each_field(admin: Any, seeded: Any, qtbot: Any) -> None:
    editor = open_desk(qtbot, admin, "CR01")
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)  # no name
    press(qtbot, Qt.Key.Key_T, ALT)
    type_keys(qtbot, "12")  # not a phone number
    press(qtbot, Qt.Key.Key_R, ALT)
    type_keys(qtbot, "31/02")  # not a day of the year
    press(qtbot, Qt.Key.Key_Return)

    assert editor.isVisible()
    assert editor.errors["name"].isVisible() and "obbligatorio" in editor.errors["name"].text()
    assert editor.errors["phone"].isVisible() and "Telefono" in editor.errors["phone"].text()
    qtbot.waitUntil(lambda: editor.name_edit.hasFocus())  # the first problem takes the cursor
    # Name and phone put right: now the service finds the patron day.
    editor.name_edit.setText("Sportello Lavoro Cremona")
    editor.phone_edit.setText("0372 407111")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert not editor.errors["name"].isVisible() and not editor.errors["phone"].isVisible()
    error = editor.errors["patron_day"]
    assert error.isVisible() and "31/02" in error.text()
    qtbot.waitUntil(lambda: editor.patron_day_edit.hasFocus())
    assert details(seeded.db).phone is None


def test_holidays_of_the_province_are_listed_under_the_hours(admin: Any, qtbot: Any) -> None:
    editor = open_desk(qtbot, admin, "CR01")
    press(qtbot, Qt.Key.Key_O, ALT)
    names = [label.text() for label in editor.holiday_labels]
    assert "Natale" in names and "Capodanno" in names
    assert "Sant'Omobono" in names  # Cremona's, from the province
    assert len(names) >= 12
    # The patron day, as it is typed, joins the list.
    editor.patron_day_edit.setText("15/02")
    editor.patron_name_edit.setText("Santi Faustino e Giovita")
    assert "Santi Faustino e Giovita" in [label.text() for label in editor.holiday_labels]
    editor.province_edit.setText("MI")
    names = [label.text() for label in editor.holiday_labels]
    assert "Sant'Omobono" not in names and "Sant'Ambrogio" in names


def test_add_and_remove_a_closure(admin: Any, seeded: Any, qtbot: Any) -> None:
    editor = open_desk(qtbot, admin, "CR01")
    press(qtbot, Qt.Key.Key_H, ALT)
    assert editor.tabs.currentIndex() == TAB_CLOSURES
    first = date.today() + timedelta(days=10)
    last = first + timedelta(days=2)
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: editor.closure_start.hasFocus())
    type_keys(qtbot, first.strftime("%d%m%Y"))
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, last.strftime("%d%m%Y"))
    press(qtbot, Qt.Key.Key_M, ALT)
    type_keys(qtbot, "Lavori all'impianto elettrico")
    press(qtbot, Qt.Key.Key_Return)  # Enter adds the closure on this tab

    assert editor.isVisible()
    stored = details(seeded.db).closures
    assert [(c.start, c.end, c.reason) for c in stored] == [
        (first, last, "Lavori all'impianto elettrico")
    ]
    assert editor.closure_model.rows() == list(stored)
    qtbot.waitUntil(lambda: editor.closure_reason.hasFocus())
    assert editor.closure_reason.text() == ""

    # The same days again: the conflict is said in the dialog, nothing is added.
    type_keys(qtbot, "Sciopero")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.banner.isVisible() and "si sovrappone" in editor.banner.text()
    assert len(details(seeded.db).closures) == 1
    # No reason: said by the reason field.
    editor.closure_reason.clear()
    editor.closure_start.setFocus()
    qtbot.waitUntil(lambda: editor.closure_start.hasFocus())
    press(qtbot, Qt.Key.Key_Return)
    assert not editor.banner.isVisible()
    assert editor.errors["reason"].isVisible() and "Motivo" in editor.errors["reason"].text()

    # Remove it: choose it in the list (Alt+E) and "Togli" (Alt+T).
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: editor.closure_table.hasFocus())
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: editor.closure_model.rowCount() == 0)
    assert details(seeded.db).closures == ()
    assert editor.closure_model.rowCount() == 0
    assert not editor.remove_closure_button.isEnabled()
    # Closures are saved at once: Esc keeps them (none left) and closes.
    press(qtbot, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_set_an_operators_hours(admin: Any, seeded: Any, qtbot: Any) -> None:
    editor = open_desk(qtbot, admin, "CR01")
    press(qtbot, Qt.Key.Key_P, ALT)
    assert editor.tabs.currentIndex() == TAB_OPERATORS
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: editor.operator_table.hasFocus())
    names = [entry.full_name for entry in editor.operator_model.rows()]
    assert names == ["Carla Neri", "Giovanna Verdi", "Luca Bianchi"]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert editor.current_operator().username == "l.bianchi"
    press(qtbot, Qt.Key.Key_Return)  # Enter on the operator goes to their hours
    qtbot.waitUntil(lambda: editor.operator_hours.add_button.hasFocus())
    press(qtbot, Qt.Key.Key_A, ALT)  # Monday 09:00-13:00
    qtbot.waitUntil(lambda: len(editor.operator_hours.rows) == 1)
    press(qtbot, Qt.Key.Key_A, ALT)  # Tuesday, same hours
    qtbot.waitUntil(lambda: len(editor.operator_hours.rows) == 2)
    tuesday = editor.operator_hours.rows[1]
    tuesday.start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: tuesday.start.hasFocus())
    type_keys(qtbot, "1000")
    assert "da salvare" in editor.operator_model.data(editor.operator_model.index(2, 2))
    press(qtbot, Qt.Key.Key_Return)  # Enter saves this operator's hours on this tab

    assert editor.isVisible()
    rows = details(seeded.db).availability
    assert [(a.username, a.weekday, a.start, a.end) for a in rows] == [
        ("l.bianchi", 0, time(9), time(13)),
        ("l.bianchi", 1, time(10), time(13)),
    ]
    shown = editor.operator_model.data(editor.operator_model.index(2, 2))
    assert shown == "Lun 09:00–13:00; Mar 10:00–13:00"

    # Overlapping hours: the message goes by the hours, nothing is saved.
    editor.operator_hours.add_interval(0, "12:00", "14:00")
    editor.save_operator_button.click()
    error = editor.errors["hours"]
    assert error.isVisible() and "si sovrappongono" in error.text()
    assert len(details(seeded.db).availability) == 2


def test_an_operator_cannot_be_at_two_desks_at_once(admin: Any, seeded: Any, qtbot: Any) -> None:
    from storage.services.desks import set_availability

    set_availability(seeded.db, Actor.system_admin(), "g.verdi", "CM01", [(2, "09:00", "13:00")])
    editor = open_desk(qtbot, admin, "CR01")
    editor.tabs.setCurrentIndex(TAB_OPERATORS)
    editor.operator_table.setCurrentIndex(editor.operator_model.index(1, 0))
    assert editor.current_operator().username == "g.verdi"
    editor.operator_hours.add_interval(2, "11:00", "12:00")
    editor.save_operator_button.click()
    assert editor.banner.isVisible() and "CM01" in editor.banner.text()
    assert details(seeded.db).availability == ()


def test_create_a_desk(admin: Any, seeded: Any, qtbot: Any) -> None:
    activate(qtbot, admin.window())
    admin.desk_table.setFocus()
    qtbot.waitUntil(lambda: admin.desk_table.hasFocus())
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: admin.desk_editor is not None)
    editor = admin.desk_editor
    assert isinstance(editor, DeskEditor) and editor.is_new
    activate(qtbot, editor)
    qtbot.waitUntil(lambda: editor.code_edit.hasFocus())
    assert not editor.tabs.isTabEnabled(TAB_CLOSURES)
    type_keys(qtbot, "cr02")
    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, "Sportello di Soresina")
    press(qtbot, Qt.Key.Key_Return)
    # The municipality is missing.
    assert editor.isVisible()
    assert editor.errors["municipality"].isVisible()
    qtbot.waitUntil(lambda: editor.municipality_edit.hasFocus())
    type_keys(qtbot, "Soresina")
    press(qtbot, Qt.Key.Key_Return)

    assert not editor.isVisible()
    created = details(seeded.db, "CR02")
    assert created.name == "Sportello di Soresina" and created.municipality == "Soresina"
    assert [d for d, _a, _b in created.opening] == [0, 1, 2, 3, 4]
    assert admin.current_desk().code == "CR02"
    assert [d.code for d in admin.desk_model.rows()] == ["CM01", "CR01", "CR02"]


def test_a_duplicate_desk_code_is_a_conflict_in_the_dialog(admin: Any, seeded: Any) -> None:
    admin.new_desk()
    editor = admin.desk_editor
    editor.code_edit.setText("CR01")
    editor.name_edit.setText("Doppione")
    editor.municipality_edit.setText("Cremona")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.banner.isVisible() and "CR01" in editor.banner.text()
    assert count(seeded.db, "desks") == 2


# --------------------------------------------------------------------------- users


def test_create_a_user(admin: Any, seeded: Any, qtbot: Any) -> None:
    activate(qtbot, admin.window())
    press(qtbot, Qt.Key.Key_U, ALT)  # the Utenti tab
    admin.user_table.setFocus()
    qtbot.waitUntil(lambda: admin.user_table.hasFocus())
    press(qtbot, Qt.Key.Key_N, ALT)  # "Nuovo utente…"
    qtbot.waitUntil(lambda: admin.user_editor is not None)
    editor = admin.user_editor
    assert isinstance(editor, UserEditor)
    activate(qtbot, editor)
    qtbot.waitUntil(lambda: editor.username_edit.hasFocus())
    type_keys(qtbot, "s.gallo")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Sara Gallo")
    press(qtbot, Qt.Key.Key_R, ALT)
    type_keys(qtbot, "t")  # Tutor
    press(qtbot, Qt.Key.Key_E, ALT)
    type_keys(qtbot, "sara.gallo@")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.isVisible()
    qtbot.waitUntil(lambda: editor.email_edit.hasFocus())
    assert editor.errors["email"].isVisible()
    type_keys(qtbot, "example.org")
    press(qtbot, Qt.Key.Key_P, ALT)
    type_keys(qtbot, "prima password")
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "prima password")
    press(qtbot, Qt.Key.Key_Return)

    assert not editor.isVisible() and admin.user_editor is None
    assert seeded.db.read(
        "SELECT full_name, role, email FROM users WHERE username = 's.gallo'"
    ) == [("Sara Gallo", "tutor", "sara.gallo@example.org")]
    names = [u.username for u in admin.user_model.rows()]
    assert names == sorted(names) and "s.gallo" in names
    current = admin.user_model.row_at(admin.user_table.currentIndex().row())
    assert current.username == "s.gallo"


def test_an_existing_username_is_a_conflict_in_the_dialog(admin: Any, seeded: Any) -> None:
    admin.new_user()
    editor = admin.user_editor
    editor.username_edit.setText("g.verdi")
    editor.full_name_edit.setText("Gina Verdi")
    editor.password_edit.setText("prima password")
    editor.confirm_edit.setText("prima password")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.banner.isVisible() and "g.verdi" in editor.banner.text()
    assert count(seeded.db, "users") == 3


# --------------------------------------------------------------------------- permissions


def test_an_operator_is_told_they_may_not_change_desks(
    make_window: Any, seeded: Any, qtbot: Any
) -> None:
    window = make_window(seeded.db, Actor("l.bianchi", Role.OPERATOR))
    section = admin_section(window)
    before = details(seeded.db)
    editor = open_desk(qtbot, section, "CR01")
    press(qtbot, Qt.Key.Key_Z, ALT)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)

    boxes = message_boxes(editor)
    assert len(boxes) == 1 and "non può modificare gli sportelli" in boxes[0].text()
    assert boxes[0].windowTitle() == "Operazione non permessa"
    boxes[0].close()
    assert editor.isVisible()  # what was typed is still there
    assert details(seeded.db) == before

    # Closures and operators' hours are refused the same way.
    editor.tabs.setCurrentIndex(TAB_CLOSURES)
    editor.closure_reason.setText("Ponte")
    editor.add_closure_button.click()
    assert "non può chiudere gli sportelli" in message_boxes(editor)[0].text()
    message_boxes(editor)[0].close()
    editor.tabs.setCurrentIndex(TAB_OPERATORS)
    editor.operator_hours.add_interval(0, "09:00", "10:00")
    editor.save_operator_button.click()
    assert "non può assegnare" in message_boxes(editor)[0].text()
    message_boxes(editor)[0].close()
    assert details(seeded.db) == before


def test_an_operator_may_not_create_users(make_window: Any, seeded: Any) -> None:
    section = admin_section(make_window(seeded.db, Actor("l.bianchi", Role.OPERATOR)))
    section.new_user()
    editor = section.user_editor
    editor.username_edit.setText("x.rossi")
    editor.full_name_edit.setText("Xenia Rossi")
    editor.password_edit.setText("prima password")
    editor.confirm_edit.setText("prima password")
    editor.save_button.click()
    boxes = message_boxes(editor)
    assert len(boxes) == 1 and "non può creare utenti" in boxes[0].text()
    boxes[0].close()
    assert count(seeded.db, "users") == 3


def test_privacy_tab_for_coordinators_only(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    """Riservatezza is an Amministrazione tab for coordinators and administrators; it is built
    when first shown and says when nobody is restricted."""
    from models.enums import Role
    from models.rows import Actor

    window = make_window(seeded.db)
    admin_section = window.show_section(window.section_titles().index("Amministrazione"))
    titles = [admin_section.tabs.tabText(i) for i in range(admin_section.tabs.count())]
    assert "Ri&servatezza" in titles
    admin_section.tabs.setCurrentWidget(admin_section.privacy_page)
    view = admin_section.privacy_view
    assert view is not None
    assert view.restricted_view.currentIndex() == 1  # the empty state
    tutor = make_window(seeded.db, Actor("g.verdi", Role.TUTOR))
    if "Amministrazione" in tutor.section_titles():  # the section may be hidden altogether
        section = tutor.show_section(tutor.section_titles().index("Amministrazione"))
        tabs = [section.tabs.tabText(i) for i in range(section.tabs.count())]
        assert "Ri&servatezza" not in tabs
