"""The companies section and the company dialog, driven from the keyboard.

Alt+A (or Ctrl+N) opens a new company, Alt+letter reaches a field or a tab, Enter saves or
presses the main button of the tab in view, Alt+H archives the selected company.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.company_dialog import TAB_CONTACTS, TAB_DATA, TAB_L68, CompanyDialog
from gui.main_window import COMPANIES, MainWindow
from models.enums import Role
from models.rows import Actor
from storage.services.companies import CompanyInput, create_company
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TUTOR = Actor("g.verdi", Role.TUTOR)


def rows(db: Any, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in db.read(sql)]


@pytest.fixture
def section(make_window, seeded) -> Any:  # type: ignore[no-untyped-def]
    """The companies section of a window acting as the tutor g.verdi."""
    user = seeded.users["g.verdi"]
    window: MainWindow = make_window(seeded.db, Actor("g.verdi", Role.TUTOR, user.id))
    window.show_section(COMPANIES)
    return window.section(COMPANIES)


def new_company(qtbot: Any, section: Any, shortcut: tuple[Qt.Key, Any]) -> CompanyDialog:
    activate(qtbot, section.window())
    section.filter_edit.setFocus()
    press(qtbot, *shortcut)
    qtbot.waitUntil(lambda: bool(section.dialogs))
    dialog = section.dialogs[-1]
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit)
    return dialog


def open_row(qtbot: Any, section: Any, name: str) -> CompanyDialog:
    """Filter by name, Enter on the row: its dialog."""
    activate(qtbot, section.window())
    section.filter_edit.setFocus()
    type_keys(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
    assert section.model.rowCount() == 1
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(section.dialogs))
    dialog = section.dialogs[-1]
    activate(qtbot, dialog)
    return dialog


def test_create_a_company_with_the_keyboard(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+A, name, Alt+I VAT, Alt+O ATECO, Enter: saved, the other tabs open, the list has it."""
    assert section.view.is_empty_shown()
    dialog = new_company(qtbot, section, (Qt.Key.Key_A, ALT))
    assert dialog.company_id is None
    assert [dialog.tabs.isTabEnabled(t) for t in range(4)] == [True, False, False, False]
    type_keys(qtbot, "Falegnameria Bassi srl")
    press(qtbot, Qt.Key.Key_I, ALT)
    assert QApplication.focusWidget() is dialog.vat_edit
    type_keys(qtbot, "00743110157")
    press(qtbot, Qt.Key.Key_A, ALT)
    type_keys(qtbot, "881000")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.company_id is not None)
    assert rows(seeded.db, "SELECT name, vat_number, ateco_code, created_by FROM companies") == [
        ("Falegnameria Bassi srl", "00743110157", "88.10.00", "g.verdi")
    ]
    assert all(dialog.tabs.isTabEnabled(t) for t in range(4))
    assert dialog.windowTitle() == "Azienda: Falegnameria Bassi srl"
    assert section.model.rowCount() == 1
    assert section.model.row_at(0).name == "Falegnameria Bassi srl"
    # The Law 68/99 tab: the figures follow the headcount as it is typed; Enter saves it.
    press(qtbot, Qt.Key.Key_L, ALT)
    assert dialog.tabs.currentIndex() == TAB_L68
    press(qtbot, Qt.Key.Key_P, ALT)
    type_keys(qtbot, "51")
    assert dialog.l68_values["reserved_quota"].text() == "3 posti"
    assert dialog.l68_values["art18_quota"].text() == "1 posto"
    assert dialog.l68_values["uncovered"].text() == "3 posti"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.row_at(0).open_positions_l68 == 3)
    assert rows(seeded.db, "SELECT headcount FROM companies") == [(51,)]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not section.dialogs)


def test_ctrl_n_opens_a_new_company_too(section, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N in the section is the same as "Nuova azienda"."""
    dialog = new_company(qtbot, section, (Qt.Key.Key_N, CTRL))
    assert dialog.windowTitle() == "Nuova azienda"
    dialog.reject()


def test_a_wrong_vat_number_is_shown_under_its_field(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A wrong check digit: the message under «Partita IVA», the cursor there, nothing saved."""
    dialog = new_company(qtbot, section, (Qt.Key.Key_A, ALT))
    type_keys(qtbot, "Falegnameria Bassi srl")
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "00743110158")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.problems_shown() == {
        "vat_number": "Partita IVA: «00743110158» non è valida: la cifra di controllo non "
        "torna (controllate di averla copiata bene)."
    }
    assert dialog.errors["vat_number"].isVisible()
    assert QApplication.focusWidget() is dialog.vat_edit
    assert dialog.company_id is None and dialog.isVisible()
    assert rows(seeded.db, "SELECT count(*) FROM companies") == [(0,)]
    # Corrected, it saves and the message goes.
    dialog.vat_edit.selectAll()
    type_keys(qtbot, "00743110157")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.company_id is not None)
    assert dialog.problems_shown() == {}


def test_a_duplicate_vat_number_names_the_other_company(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The conflict is shown above the buttons and names who has the number."""
    create_company(seeded.db, TUTOR, CompanyInput("Bassi srl", vat_number="00743110157"))
    dialog = new_company(qtbot, section, (Qt.Key.Key_A, ALT))
    type_keys(qtbot, "Bassi di nuovo")
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "00743110157")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.banner.isVisible()
    assert "è già di «Bassi srl»" in dialog.banner.text()
    assert rows(seeded.db, "SELECT count(*) FROM companies") == [(1,)]


def test_archive_hides_a_company_from_the_list(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+H archives the selected company; «Mostra anche le archiviate» brings it back in
    view, marked, and Alt+R restores it."""
    for name in ("Bassi srl", "Cooperativa Il Sentiero"):
        create_company(seeded.db, TUTOR, CompanyInput(name))
    section.refresh()
    activate(qtbot, section.window())
    section.table.setFocus()
    assert section.selected().name == "Bassi srl"
    assert section.archive_button.text() == "Arc&hivia"
    press(qtbot, Qt.Key.Key_H, ALT)  # a mnemonic "clicks" after a short animation
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert [r.name for r in section.model.rows()] == ["Cooperativa Il Sentiero"]
    assert rows(seeded.db, "SELECT name FROM companies WHERE archived") == [("Bassi srl",)]
    press(qtbot, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(section.archived_check.isChecked)
    shown = [section.model.index(n, 0).data() for n in range(section.model.rowCount())]
    assert shown == ["Bassi srl (archiviata)", "Cooperativa Il Sentiero"]
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(0, 0))
    assert section.archive_button.text() == "&Ripristina"
    press(qtbot, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: section.archive_button.text() == "Arc&hivia")
    assert rows(seeded.db, "SELECT count(*) FROM companies WHERE archived") == [(0,)]
    assert section.model.index(0, 0).data() == "Bassi srl"


def test_delete_is_refused_with_the_reason_for_a_company_with_history(  # type: ignore[no-untyped-def]
    section, seeded, qtbot
) -> None:
    """A company with a contact is not deleted: the message says it can be archived; one
    without history is deleted after the confirmation."""
    from storage.services.companies import CompanyContactInput, add_contact

    used = create_company(seeded.db, TUTOR, CompanyInput("Bassi srl"))
    add_contact(seeded.db, TUTOR, CompanyContactInput(used.id, date(2026, 3, 2), "call"))
    create_company(seeded.db, TUTOR, CompanyInput("Creata per sbaglio"))
    section.refresh()
    activate(qtbot, section.window())
    section.table.setFocus()
    section.ask_delete()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in boxes))
    box = next(b for b in boxes if b.isVisible())
    assert box.text() == (
        "«Bassi srl» non si può eliminare: ha 1 contatto registrato. "
        "Potete archiviarla: esce dagli elenchi e conserva la sua storia."
    )
    box.close()
    section.table.setCurrentIndex(section.model.index(1, 0))
    section.ask_delete()
    confirm = section.delete_box
    assert confirm is not None and "«Creata per sbaglio»" in confirm.text()
    delete = next(b for b in confirm.buttons() if b.text() == "&Elimina")
    delete.click()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert rows(seeded.db, "SELECT name FROM companies") == [("Bassi srl",)]


def test_add_a_contact_from_the_dialog(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+C, kind and note, Enter: the contact is in the log, signed by the tutor."""
    create_company(seeded.db, TUTOR, CompanyInput("Bassi srl"))
    section.refresh()
    dialog = open_row(qtbot, section, "Bassi")
    assert dialog.tabs.currentIndex() == TAB_DATA
    assert dialog.contact_view.is_empty_shown()
    press(qtbot, Qt.Key.Key_C, ALT)
    assert dialog.tabs.currentIndex() == TAB_CONTACTS
    press(qtbot, Qt.Key.Key_T, ALT)
    dialog.contact_date_edit.selectAll()
    type_keys(qtbot, "09/03/2026")
    press(qtbot, Qt.Key.Key_P, ALT)
    press(qtbot, Qt.Key.Key_Down)  # Telefonata -> Visita
    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, "Visita al magazzino")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.contact_model.rowCount() == 1)
    assert not dialog.contact_view.is_empty_shown()
    model = dialog.contact_model
    assert [model.index(0, c).data() for c in range(4)] == [
        "09/03/2026",
        "Visita",
        "Visita al magazzino",
        "Giovanna Verdi",
    ]
    assert rows(
        seeded.db,
        "SELECT c.date, c.kind, c.note, u.username FROM company_contacts c "
        "JOIN users u ON u.id = c.user_id",
    ) == [("2026-03-09", "visit", "Visita al magazzino", "g.verdi")]
    assert dialog.contact_note_edit.text() == ""
    # A date in the future is shown under «Data» and not recorded.
    dialog.contact_date_edit.setText("01/01/2099")
    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, "Domani")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.problems_shown() == {
        "contact_date": "Data: è nel futuro: si registrano i contatti avvenuti."
    }
    assert rows(seeded.db, "SELECT count(*) FROM company_contacts") == [(1,)]


def test_a_convention_outside_one_to_five_years_is_refused_under_fine(  # type: ignore[no-untyped-def]
    section, seeded, qtbot
) -> None:
    """Alt+V, an art. 14 with its cooperative for six months: the message under «Fine»; with
    two years it is recorded and covers posts in the Law 68/99 tab."""
    create_company(seeded.db, TUTOR, CompanyInput("Bassi srl", headcount=40))
    section.refresh()
    dialog = open_row(qtbot, section, "Bassi")
    press(qtbot, Qt.Key.Key_V, ALT)
    press(qtbot, Qt.Key.Key_O, ALT)
    type_keys(qtbot, "Coop. Il Sentiero")
    start = date.today().replace(day=1)
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, start.strftime("%d/%m/%Y"))
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, (start + timedelta(days=180)).strftime("%d/%m/%Y"))
    press(qtbot, Qt.Key.Key_Return)
    problems = dialog.problems_shown()
    assert list(problems) == ["convention_end_date"]
    assert problems["convention_end_date"].startswith("Fine: una convenzione dura almeno un anno")
    assert rows(seeded.db, "SELECT count(*) FROM conventions") == [(0,)]
    dialog.convention_end_edit.setText(start.replace(year=start.year + 2).strftime("%d/%m/%Y"))
    press(qtbot, Qt.Key.Key_R, ALT)
    type_keys(qtbot, "2")
    assert dialog.posts_spin.value() == 2
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.convention_model.rowCount() == 1)
    assert rows(seeded.db, "SELECT kind, cooperative, posts_covered FROM conventions") == [
        ("art14", "Coop. Il Sentiero", 2)
    ]
    assert dialog.l68_values["convention_posts"].text() == "2 posti"
    assert dialog.l68_values["uncovered"].text() == "0 posti"
    assert section.model.row_at(0).open_positions_l68 == 0
    # Enter on the convention puts it in the form; a change is saved in place.
    dialog.convention_table.setFocus()
    qtbot.keyClick(dialog.convention_table, Qt.Key.Key_Return)
    assert dialog.editing_convention is not None
    assert dialog.cooperative_edit.text() == "Coop. Il Sentiero"
    assert dialog.convention_button.text() == "Salva le &modifiche"
    press(qtbot, Qt.Key.Key_R, ALT)
    type_keys(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.editing_convention is None)
    assert rows(seeded.db, "SELECT count(*), sum(posts_covered) FROM conventions") == [(1, 1)]
    assert dialog.l68_values["uncovered"].text() == "1 posto"
    assert section.model.row_at(0).open_positions_l68 == 1


def test_esc_with_changes_not_saved_asks_first(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Esc after typing asks; «Torna alla scheda» keeps the text, «Chiudi senza salvare» closes
    and saves nothing."""
    dialog = new_company(qtbot, section, (Qt.Key.Key_A, ALT))
    type_keys(qtbot, "Bassi")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.close_box is not None and dialog.close_box.isVisible())
    box = dialog.close_box
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # back to the dialog
    qtbot.waitUntil(lambda: dialog.close_box is None)
    assert dialog.isVisible() and dialog.name_edit.text() == "Bassi"
    dialog.reject()
    box = dialog.close_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Chiudi &senza salvare").click()
    qtbot.waitUntil(lambda: not section.dialogs)
    assert rows(seeded.db, "SELECT count(*) FROM companies") == [(0,)]
