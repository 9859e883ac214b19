"""The participant page: registering a newcomer, consents, pathways, editing from the registry.

Driven from the keyboard where a person would: Ctrl+Shift+N for a newcomer, accelerators to the
fields, typing, Enter to save, Alt+letter for tabs and buttons.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.main_window import PARTICIPANTS, MainWindow
from gui.participant_page import (
    TAB_CONSENTS,
    TAB_PATHWAYS,
    TAB_RECORD,
    ParticipantPage,
    PathwayDialog,
)
from models.codice_fiscale import compose
from models.enums import ServiceType, Sex
from models.rows import Actor
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NEWCOMER_CF = compose("Galli", "Marta", Sex.FEMALE, date(1990, 6, 12), "D150")


def count(db: Any, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture
def section(make_window, seeded) -> Any:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(seeded.db)
    window.show_section(PARTICIPANTS)
    return window.section(PARTICIPANTS)


def new_page(qtbot: Any, section: Any) -> ParticipantPage:
    """Ctrl+Shift+N from the registry opens the empty form with the cursor in the CF field."""
    activate(qtbot, section.window())
    section.search.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(section._dialogs))
    page = section._dialogs[-1]
    assert isinstance(page, ParticipantPage) and page.isVisible()
    activate(qtbot, page)
    assert page.tabs.currentIndex() == TAB_RECORD
    assert not page.tabs.isTabEnabled(TAB_CONSENTS)
    return page


def field(qtbot: Any, letter: Qt.Key) -> None:
    """Alt+letter: the field of that caption takes the cursor."""
    press(qtbot, letter, ALT)


def fill_name(qtbot: Any, last: str, first: str) -> None:
    field(qtbot, Qt.Key.Key_C)
    type_keys(qtbot, last)
    field(qtbot, Qt.Key.Key_N)
    type_keys(qtbot, first)


def open_registry_row(qtbot: Any, section: Any, surname: str) -> ParticipantPage:
    activate(qtbot, section.window())
    section.search.setFocus()
    type_keys(qtbot, surname)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.total() >= 1)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(section._dialogs))
    page = section._dialogs[-1]
    activate(qtbot, page)
    return page


def test_newcomer_with_a_valid_code_fills_birth_date_and_sex(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = count(seeded.db, "participants")
    page = new_page(qtbot, section)
    field(qtbot, Qt.Key.Key_F)
    type_keys(qtbot, NEWCOMER_CF)
    assert page.birth_edit.text() == "12/06/1990"
    assert page.sex_combo.currentData() == "F"
    assert page.line_edits["birth_place"].text()
    assert page.cf_hint.isVisible()
    fill_name(qtbot, "Galli", "Marta")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participant_id is not None)
    assert count(seeded.db, "participants") == before + 1
    assert page.tabs.isTabEnabled(TAB_CONSENTS)
    assert "Galli Marta" in page.windowTitle()
    # Without a signed notice the consent tab says what can be recorded.
    press(qtbot, Qt.Key.Key_O, ALT)
    assert page.tabs.currentIndex() == TAB_CONSENTS
    assert page.consent_banner.isVisible()
    assert "primo appuntamento" in page.consent_banner.text()
    # The registry shows the newcomer.
    section.search.setText("Galli")
    section.run_search()
    assert section.model.total() == 1


def test_code_contradicting_the_birth_date_is_shown_there_and_nothing_saved(
    section, seeded, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = count(seeded.db, "participants")
    page = new_page(qtbot, section)
    fill_name(qtbot, "Galli", "Marta")
    field(qtbot, Qt.Key.Key_T)
    type_keys(qtbot, "13/06/1990")
    field(qtbot, Qt.Key.Key_F)
    type_keys(qtbot, NEWCOMER_CF)
    assert page.birth_edit.text() == "13/06/1990"  # what was typed is never overwritten
    press(qtbot, Qt.Key.Key_Return)
    error = page.errors["birth_date"]
    assert error.isVisible() and "12/06/1990" in error.text()
    assert QApplication.focusWidget() is page.birth_edit
    assert page.participant_id is None
    assert count(seeded.db, "participants") == before


def test_taken_code_names_the_existing_person(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    taken = compose("Rossi", "Mario", Sex.MALE, date(1980, 3, 14), "D150")
    before = count(seeded.db, "participants")
    page = new_page(qtbot, section)
    field(qtbot, Qt.Key.Key_F)
    type_keys(qtbot, taken)
    fill_name(qtbot, "Rossi", "Marco")
    press(qtbot, Qt.Key.Key_Return)
    assert page.banner.isVisible()
    assert "Rossi Mario" in page.banner.text() and taken in page.banner.text()
    assert count(seeded.db, "participants") == before


def test_possible_duplicate_is_listed_with_a_button_that_opens_it(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = count(seeded.db, "participants")
    page = new_page(qtbot, section)
    fill_name(qtbot, "Rossi", "Mario")
    field(qtbot, Qt.Key.Key_T)
    type_keys(qtbot, "14/03/1980")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.duplicates_box.isVisible()
    assert count(seeded.db, "participants") == before
    button = page.duplicate_buttons[0]
    assert "Rossi Mario" in button.text()
    assert QApplication.focusWidget() is button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(section._dialogs) == 2)
    other = section._dialogs[-1]
    assert other.participant_id == seeded.participants["Rossi"].id
    other.reject()
    activate(qtbot, page)
    page.save_button.click()  # a second "Salva" registers anyway
    qtbot.waitUntil(lambda: page.participant_id is not None)
    assert count(seeded.db, "participants") == before + 1


def test_consent_then_pathway_with_a_plan(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from storage.services.admin import ProgrammeInput, create_programme

    create_programme(
        seeded.db,
        Actor.system_admin(),
        ProgrammeInput(
            "DUL26", "Dote Unica Lavoro", "Regione", "01/01/2026", "31/12/2027",
            caps=[("coaching", 20)],
        ),
    )  # fmt: skip
    page = open_registry_row(qtbot, section, "Bianchi")
    # The seeded notice is withdrawn: the banner appears.
    press(qtbot, Qt.Key.Key_O, ALT)
    assert page.tabs.currentIndex() == TAB_CONSENTS
    assert not page.consent_banner.isVisible()
    press(qtbot, Qt.Key.Key_F, ALT)
    assert QApplication.focusWidget() is page.consent_table
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: page.consent_banner.isVisible())
    assert page.consent_model.row_at(0).withdrawn_on == date.today()
    assert "primo appuntamento" in page.consent_banner.text()
    # Opening a pathway without a signed notice: banner in the tab, conflict in the dialog.
    press(qtbot, Qt.Key.Key_P, ALT)
    assert page.tabs.currentIndex() == TAB_PATHWAYS
    assert page.consent_banner.isVisible()
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: isinstance(page.sub_dialog, PathwayDialog))
    dialog = page.sub_dialog
    assert dialog is not None
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.banner.isVisible() and "informativa" in dialog.banner.text()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    activate(qtbot, page)

    # The signed notice.
    press(qtbot, Qt.Key.Key_O, ALT)
    assert page.tabs.currentIndex() == TAB_CONSENTS
    press(qtbot, Qt.Key.Key_E, ALT)
    assert QApplication.focusWidget() is page.version_edit
    type_keys(qtbot, "2026.1")
    page.art9_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.consent_model.rowCount() == 2)
    assert not page.consent_banner.isVisible()
    assert any(row.art9_consent for row in page.consent_model.rows())

    # The pathway, with 10 hours of coaching.
    press(qtbot, Qt.Key.Key_P, ALT)
    assert not page.consent_banner.isVisible()
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: isinstance(page.sub_dialog, PathwayDialog))
    dialog = page.sub_dialog
    assert isinstance(dialog, PathwayDialog)
    activate(qtbot, dialog)
    dialog.hours[ServiceType.COACHING].setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "25")
    press(qtbot, Qt.Key.Key_Return)  # over the programme's 20 hours
    error = dialog.errors["plan"]
    assert error.isVisible() and "Coaching" in error.text() and "20" in error.text()
    coaching = dialog.hours[ServiceType.COACHING]
    assert QApplication.focusWidget() in (coaching, coaching.lineEdit())
    assert count(seeded.db, "pathways") == 0
    type_keys(qtbot, "10")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert page.pathway_tree.topLevelItemCount() == 1
    top = page.pathway_tree.topLevelItem(0)
    assert top.text(0).startswith("DUL26")
    assert top.child(0).text(0) == "Coaching" and top.child(0).text(4) == "10"
    assert count(seeded.db, "pathways") == 1


def test_edit_a_field_and_see_it_in_the_registry(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_registry_row(qtbot, section, "Colombo")
    assert page.line_edits["municipality"].text() == "Cremona"
    field(qtbot, Qt.Key.Key_R)
    assert QApplication.focusWidget() is page.line_edits["municipality"]
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "Soresina")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.notice.isVisible())
    assert not page.banner.isVisible()
    row = section.model.row_at(0)
    assert row.last_name == "Colombo" and row.municipality == "Soresina"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not section._dialogs)


def test_name_not_matching_the_code_saves_with_the_services_warning(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = new_page(qtbot, section)
    field(qtbot, Qt.Key.Key_F)
    type_keys(qtbot, NEWCOMER_CF)
    fill_name(qtbot, "Conti", "Marta")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participant_id is not None)
    assert "cognome non corrisponde" in page.notice.text()


def test_change_tutor_then_close_the_pathway(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.participant_page import StatusDialog, TutorDialog
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import PathwayInput, open_pathway

    admin = Actor.system_admin()
    create_programme(
        seeded.db, admin, ProgrammeInput("DUL26", "Dote", "Regione", "01/01/2026", "31/12/2027")
    )
    cf = compose("Ricci", "Luca", Sex.MALE, date(1987, 12, 1), "D150")
    open_pathway(
        seeded.db,
        admin,
        PathwayInput(cf, "DUL26", "g.verdi", date(2026, 2, 1), plan=[("coaching", 5)]),
    )
    page = open_registry_row(qtbot, section, "Ricci")
    press(qtbot, Qt.Key.Key_P, ALT)
    top = page.pathway_tree.topLevelItem(0)
    assert top.text(1) == "Giovanna Verdi"
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: isinstance(page.sub_dialog, TutorDialog))
    dialog = page.sub_dialog
    assert isinstance(dialog, TutorDialog)
    activate(qtbot, dialog)
    dialog.tutor_combo.setCurrentIndex(dialog.tutor_combo.findData("c.neri"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert page.pathway_tree.topLevelItem(0).text(1) == "Carla Neri"

    activate(qtbot, page)
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: isinstance(page.sub_dialog, StatusDialog))
    dialog = page.sub_dialog
    assert isinstance(dialog, StatusDialog)
    activate(qtbot, dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("closed_positive"))
    press(qtbot, Qt.Key.Key_Return)  # no reason: the error is under the reason
    assert dialog.errors["reason"].isVisible()
    assert QApplication.focusWidget() is dialog.reason_edit
    type_keys(qtbot, "Assunto")
    press(qtbot, Qt.Key.Key_Return)  # a positive closing needs its outcome
    assert dialog.errors["outcome"].isVisible() and page.sub_dialog is dialog
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("open_ended"))
    dialog.employer_edit.setText("Latteria Soresinese")
    dialog.hours_spin.setValue(30)
    dialog.reason_edit.setFocus()
    qtbot.waitUntil(lambda: dialog.reason_edit.hasFocus())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    assert seeded.db.read("SELECT type, employer, hours_per_week FROM outcomes") == [
        ("open_ended", "Latteria Soresinese", 30)
    ]
    top = page.pathway_tree.topLevelItem(0)
    assert "Assunto" in top.text(3)
    assert "Tutor nel tempo:" in top.toolTip(1) and top.toolTip(1).count("dal ") == 2
    assert not page.tutor_button.isEnabled() and not page.status_button.isEnabled()


def test_a_changed_birth_date_is_checked_again_for_duplicates(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = count(seeded.db, "participants")
    page = new_page(qtbot, section)
    fill_name(qtbot, "Rossi", "Mario")
    field(qtbot, Qt.Key.Key_T)
    type_keys(qtbot, "15/03/1980")
    press(qtbot, Qt.Key.Key_Return)  # nobody born that day: saved at once
    qtbot.waitUntil(lambda: page.participant_id is not None)
    assert not page.duplicates_box.isVisible()
    assert count(seeded.db, "participants") == before + 1
    page.reject()
    page = new_page(qtbot, section)
    fill_name(qtbot, "Rossi", "Mario")
    field(qtbot, Qt.Key.Key_T)
    type_keys(qtbot, "15/03/1980")
    press(qtbot, Qt.Key.Key_Return)
    assert page.duplicates_box.isVisible() and len(page.duplicate_buttons) == 1
    field(qtbot, Qt.Key.Key_T)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "14/03/1980")
    press(qtbot, Qt.Key.Key_Return)  # another date: checked again, the seeded Rossi Mario
    assert page.participant_id is None
    assert (
        "P-" in page.duplicate_buttons[0].text()
        and "14/03/1980" in page.duplicate_buttons[0].text()
    )
    assert count(seeded.db, "participants") == before + 1


def test_esc_with_unsaved_changes_asks_first(section, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_registry_row(qtbot, section, "Colombo")
    field(qtbot, Qt.Key.Key_E)  # Telefono
    type_keys(qtbot, "333 832 1673")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.close_box is not None and page.close_box.isVisible())
    box = page.close_box
    assert box is not None
    activate(qtbot, box)
    press(qtbot, Qt.Key.Key_Escape)  # back to the page, the typing kept
    qtbot.waitUntil(lambda: page.close_box is None)
    assert page.isVisible() and page.line_edits["phone"].text() == "333 832 1673"
    activate(qtbot, page)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.close_box is not None and page.close_box.isVisible())
    box = page.close_box
    assert box is not None
    activate(qtbot, box)
    press(qtbot, Qt.Key.Key_S, ALT)  # Chiudi senza salvare
    qtbot.waitUntil(lambda: not section._dialogs)
    assert seeded.db.read("SELECT phone FROM participants WHERE last_name = 'Colombo'") == [(None,)]


def test_an_operator_sees_identity_contacts_consents_and_appointments_only(
    make_window, seeded, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """No Percorsi tab (not even by Alt+P), no tutor's tabs, none of the record's boxes."""
    from models.enums import Role

    user = seeded.users["l.bianchi"]
    actor = Actor(user.username, Role.OPERATOR, user.id, user.full_name)
    window = make_window(seeded.db, actor)
    window.show_section(PARTICIPANTS)
    section = window.section(PARTICIPANTS)
    page = open_registry_row(qtbot, section, "Ricci")
    press(qtbot, Qt.Key.Key_P, ALT)
    assert page.tabs.currentIndex() == TAB_RECORD
    visible = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert visible == ["&Anagrafica", "C&onsensi", "Prossimi appunta&menti"]
    assert not page.extra_tabs and not page.access_button.isVisible()
    assert not page.restrict_button.isVisible()
    assert not page.l68_check.isVisibleTo(page) and not page.education_combo.isVisibleTo(page)
    assert page.desk_combo.isVisibleTo(page) and page.line_edits["phone"].isVisibleTo(page)


def test_intake_interview_from_the_pathways_tab(make_window, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+Q on a chosen pathway opens the intake interview; saved, it shows in the plan."""
    from datetime import date as day

    from gui.intake_dialog import IntakeDialog
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import PathwayInput, open_pathway

    create_programme(
        seeded.db,
        seeded.admin,
        ProgrammeInput(
            "GOL", "GOL", "Regione", "01/01/2026", "31/12/2027", caps=[("specialist_interview", 4)]
        ),
    )
    cf = seeded.participants["Rossi"].codice_fiscale
    open_pathway(
        seeded.db,
        seeded.admin,
        PathwayInput(cf, "GOL", "g.verdi", day(2026, 1, 20), plan=[("specialist_interview", 2)]),
    )
    window = make_window(seeded.db)
    section = window.show_section(1)
    row = next(
        i for i in range(section.model.total()) if section.model.row_at(i).last_name == "Rossi"
    )
    page = section.open_participant(row)
    page.tabs.setCurrentIndex(2)
    page.pathway_tree.setCurrentItem(page.pathway_tree.topLevelItem(0))
    assert page.intake_button.isEnabled()
    page.intake_button.click()
    dialog = page.sub_dialog
    assert isinstance(dialog, IntakeDialog)
    dialog.sections["assessment"].setPlainText("Motivato")
    dialog.save()
    qtbot.waitUntil(lambda: page.sub_dialog is None)
    plan = page.details.pathways[0].plan
    assert [(p.service_type, str(p.delivered_hours)) for p in plan] == [
        ("specialist_interview", "1.00")
    ]


def test_a_coordinator_restricts_a_person_who_leaves_the_registry(
    qtbot: Any, section: Any, seeded: Any
) -> None:
    """«Limita il trattamento…» asks the reason, restricts, and the registry no longer lists
    the person; an empty reason changes nothing."""
    from gui.privacy_view import ReasonDialog
    from storage.services.retention import restricted_participants

    page = open_registry_row(qtbot, section, "Zanetti")
    assert page.restrict_button.isVisible()
    page.ask_restrict()
    dialog = page.restrict_dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Motivo: va scritto, resta nel registro."
    assert restricted_participants(seeded.db, Actor.system_admin()) == []
    dialog.reason_edit.setPlainText("Richiesta di cancellazione del 20/11/2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    box = QApplication.activeModalWidget()
    assert box is not None and "trattamento limitato" in box.text()  # type: ignore[attr-defined]
    box.close()
    restricted = restricted_participants(seeded.db, Actor.system_admin())
    assert [r.last_name for r in restricted] == ["Zanetti"]
    qtbot.waitUntil(lambda: not page.isVisible())
    shown = [section.model.index(r, 0).data() for r in range(section.model.rowCount())]
    assert not any("Zanetti" in str(value) for value in shown)
