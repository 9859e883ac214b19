"""The «Diario» tab: a tutor records a company visit with the keyboard alone, confidential notes
stay with their author and the coordinators, an edit keeps the previous text."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.context import AppContext
from gui.diary_tab import DiaryTab, NoteDialog, NoteTableModel, VersionsDialog
from gui.format import fmt_date, fmt_hours
from gui.hours_tab import HoursTab
from models.enums import Role, ServiceType
from models.rows import Actor
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import PathwayInput, open_pathway
from storage.services.tutoring import NoteInput, add_note, edit_note
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def actor(seeded: Any, username: str) -> Actor:
    user = seeded.users[username]
    return Actor(user.username, user.role, user.id, user.full_name)


@pytest.fixture
def pathway_id(seeded: Any) -> int:
    """Rossi's pathway in a programme that caps company scouting at 10 hours."""
    create_programme(
        seeded.db,
        seeded.admin,
        ProgrammeInput(
            "DOTE-DIS",
            "Dote lavoro disabilità",
            "Provincia",
            "01/01/2026",
            "31/12/2027",
            caps=[("company_scouting", 10), ("coaching", 3)],
        ),
    )
    person = seeded.participants["Rossi"]
    return open_pathway(
        seeded.db,
        seeded.admin,
        PathwayInput(
            person.internal_code,
            "DOTE-DIS",
            "g.verdi",
            date(2026, 2, 2),
            plan=[("company_scouting", 8), ("coaching", 3)],
        ),
    ).id


def make_tab(qtbot: Any, seeded: Any, who: Actor, cls: type = DiaryTab) -> Any:
    tab = cls(AppContext(seeded.db, who), seeded.participants["Rossi"].id)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    return tab


def hand_over(seeded: Any, pathway_id: int) -> Actor:
    """Rossi passes to another tutor, m.gialli (who then sees the record, not the secrets)."""
    from storage.services.intake import change_tutor

    other = create_user(seeded.db, seeded.admin, UserInput("m.gialli", "Marco Gialli", "tutor"))
    change_tutor(seeded.db, seeded.admin, pathway_id, other.username, date.today())
    return Actor(other.username, Role.TUTOR, other.id, other.full_name)


def open_dialog(qtbot: Any, tab: DiaryTab, letter: Qt.Key) -> NoteDialog:
    activate(qtbot, tab)
    press(qtbot, letter, ALT)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, NoteDialog))
    dialog = tab.dialog
    assert isinstance(dialog, NoteDialog)
    activate(qtbot, dialog)
    return dialog


def test_a_tutor_records_a_company_visit_with_hours_and_next_step_by_keyboard(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """Alt+T, fields by their accelerators, Enter: the note, its 1.5 hours and the next step."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    assert tab.holder.is_empty_shown() and "Nuova nota" in tab.holder.empty.text()
    dialog = open_dialog(qtbot, tab, Qt.Key.Key_T)
    assert QApplication.focusWidget() is dialog.day_edit
    assert dialog.day_edit.text() == fmt_date(date.today())
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "10:00")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, "11:30")
    press(qtbot, Qt.Key.Key_C, ALT)
    assert QApplication.focusWidget() is dialog.counterpart_combo
    type_keys(qtbot, "A")  # Azienda ospitante
    assert dialog.counterpart_combo.currentData() == "company"
    press(qtbot, Qt.Key.Key_M, ALT)
    press(qtbot, Qt.Key.Key_End)  # Visita in azienda
    assert dialog.mode_combo.currentData() == "company_visit"
    press(qtbot, Qt.Key.Key_L, ALT)
    type_keys(qtbot, "Officine Po, Cremona")
    press(qtbot, Qt.Key.Key_T, ALT)
    assert QApplication.focusWidget() is dialog.text_edit
    type_keys(qtbot, "Visita con il capo reparto: postazione adatta.")
    press(qtbot, Qt.Key.Key_S, ALT)
    type_keys(qtbot, "Inviare il progetto formativo")
    due = date.today() + timedelta(days=7)
    press(qtbot, Qt.Key.Key_E, ALT)
    type_keys(qtbot, fmt_date(due))
    assert not dialog.pathway_combo.isEnabled()
    press(qtbot, Qt.Key.Key_O, ALT)  # «Conta come ore del percorso» (an animated click)
    qtbot.waitUntil(dialog.counts_check.isChecked)
    assert dialog.pathway_combo.isEnabled()
    assert dialog.pathway_combo.currentData() == pathway_id
    press(qtbot, Qt.Key.Key_V, ALT)
    assert QApplication.focusWidget() is dialog.service_combo
    assert dialog.service_combo.currentData() == "company_scouting"  # first of the plan
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None)

    (row,) = tab.model.rows()
    shown = [tab.model.display(row, c) for c in range(tab.model.columnCount())]
    assert shown == [
        fmt_date(date.today()),
        "Azienda ospitante",
        "Visita in azienda",
        "g.verdi",
        "",
        "Visita con il capo reparto: postazione adatta.",
        "Inviare il progetto formativo",
        fmt_date(due),
        "",
    ]
    assert tab.current is not None and tab.current.counts_as == ServiceType.COMPANY_SCOUTING
    assert "Officine Po, Cremona" in tab.reader.toPlainText()
    assert seeded.db.read("SELECT service_type, minutes, place FROM service_deliveries") == [
        ("company_scouting", 90, "Officine Po, Cremona")
    ]
    hours = make_tab(qtbot, seeded, actor(seeded, "g.verdi"), HoursTab)
    scouting = next(
        line for line in hours.hours_model.rows() if line.service == ServiceType.COMPANY_SCOUTING
    )
    assert (scouting.planned, scouting.delivered, scouting.remaining) == (
        Decimal(8),
        Decimal("1.50"),
        Decimal("8.50"),
    )
    assert hours.hours_model.display(scouting, hours.hours_model.COL_DELIVERED) == fmt_hours(1.5)
    (delivery,) = hours.delivery_model.rows()
    assert delivery.note_id == row.id


def test_missing_times_for_counted_hours_are_shown_under_the_field(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """Counting as hours without a start: the error goes under «Inizio», nothing is written."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    dialog = open_dialog(qtbot, tab, Qt.Key.Key_T)
    press(qtbot, Qt.Key.Key_T, ALT)
    type_keys(qtbot, "Telefonata breve")
    press(qtbot, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(dialog.counts_check.isChecked)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors["start"].isVisible()
    assert dialog.errors["start"].text() == "Inizio: indicate l'ora: conta come ore del percorso."
    assert QApplication.focusWidget() is dialog.start_edit
    assert seeded.db.read("SELECT count(*) FROM tutoring_notes") == [(0,)]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert tab.model.rowCount() == 0


def test_a_confidential_note_is_shown_to_its_author_and_the_coordinator_only(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """Another tutor's Diario leaves the note out; the coordinator's shows it with the lock."""
    person = seeded.participants["Rossi"]
    add_note(
        seeded.db,
        actor(seeded, "g.verdi"),
        NoteInput(person.internal_code, date(2026, 3, 2), "participant", "in_person", "Aperta"),
    )
    add_note(
        seeded.db,
        actor(seeded, "g.verdi"),
        NoteInput(
            person.internal_code,
            date(2026, 3, 3),
            "family",
            "phone",
            "Situazione familiare delicata",
            confidential=True,
        ),
    )
    author = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    assert len(author.model.rows()) == 2
    outsider = make_tab(qtbot, seeded, hand_over(seeded, pathway_id))
    texts = [r.text for r in outsider.model.rows()]
    assert texts == ["Aperta"]
    assert "delicata" not in outsider.reader.toPlainText()

    coordinator = make_tab(qtbot, seeded, actor(seeded, "c.neri"))
    rows = coordinator.model.rows()
    assert [(r.text, r.confidential) for r in rows] == [
        ("Situazione familiare delicata", True),
        ("Aperta", False),
    ]
    model = coordinator.model
    lock = model.index(0, NoteTableModel.COL_CONFIDENTIAL)
    assert model.data(lock) == "riservata"
    assert model.data(lock, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(1, NoteTableModel.COL_CONFIDENTIAL)) == ""
    assert "Situazione familiare delicata" in coordinator.reader.toPlainText()
    # The coordinator may change it; the other tutor could not even select it.
    assert coordinator.edit_button.isEnabled()


def test_editing_a_note_keeps_the_previous_version(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """Alt+F changes the text; «modificata 1 volta» and Alt+V show the old text and who."""
    person = seeded.participants["Rossi"]
    tutor = actor(seeded, "g.verdi")
    add_note(
        seeded.db,
        tutor,
        NoteInput(
            person.internal_code,
            date(2026, 3, 3),
            "family",
            "phone",
            "Sentita la madre.",
            next_steps="Richiamare",
        ),
    )
    tab = make_tab(qtbot, seeded, tutor)
    assert not tab.versions_button.isEnabled()
    dialog = open_dialog(qtbot, tab, Qt.Key.Key_F)
    assert dialog.text_edit.toPlainText() == "Sentita la madre."
    assert dialog.counts_check.isEnabled() is False
    press(qtbot, Qt.Key.Key_T, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "Sentita la madre: orari confermati.")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves from the text
    qtbot.waitUntil(lambda: tab.dialog is None)
    (row,) = tab.model.rows()
    assert row.text == "Sentita la madre: orari confermati."
    assert tab.model.display(row, NoteTableModel.COL_EDITED) == "modificata 1 volta"
    assert tab.versions_button.isEnabled()

    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, VersionsDialog))
    versions = tab.dialog
    assert isinstance(versions, VersionsDialog)
    shown = versions.view.toPlainText()
    assert "Sentita la madre." in shown and "g.verdi" in shown
    assert "orari confermati" not in shown
    activate(qtbot, versions)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_another_tutor_cannot_edit_and_a_coordinator_passes_the_cap_from_a_note(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """Modifica is off for someone else's note; a meeting past the cap needs c.neri's reason."""
    person = seeded.participants["Rossi"]
    tutor = actor(seeded, "g.verdi")
    note_id = add_note(
        seeded.db,
        tutor,
        NoteInput(person.internal_code, date(2026, 3, 3), "participant", "in_person", "Prima"),
    )
    edit_note(
        seeded.db,
        tutor,
        note_id,
        NoteInput(person.internal_code, date(2026, 3, 3), "participant", "in_person", "Dopo"),
    )
    outsider = make_tab(qtbot, seeded, hand_over(seeded, pathway_id))
    assert not outsider.edit_button.isEnabled()
    assert outsider.versions_button.isEnabled()

    coordinator = make_tab(qtbot, seeded, actor(seeded, "c.neri"))
    dialog = open_dialog(qtbot, coordinator, Qt.Key.Key_T)
    assert "solo c.neri" not in dialog.who_label.text()
    dialog.confidential_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.who_label.text() == "La leggeranno solo c.neri e i coordinatori."
    press(qtbot, Qt.Key.Key_I, ALT)
    type_keys(qtbot, "09:00")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, "13:00")  # four hours: one past coaching's cap of 3
    press(qtbot, Qt.Key.Key_T, ALT)
    type_keys(qtbot, "Lunga sessione di coaching")
    press(qtbot, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(dialog.counts_check.isChecked)
    press(qtbot, Qt.Key.Key_V, ALT)
    press(qtbot, Qt.Key.Key_Down)  # coaching, second in the plan
    assert dialog.service_combo.currentData() == "coaching"
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.banner.isVisible()
    assert "Coaching: con queste ore il percorso supera di 1 ora il massimo" in (
        dialog.banner.text()
    )
    assert QApplication.focusWidget() is dialog.reason_edit
    type_keys(qtbot, "Colloquio di selezione imminente")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: coordinator.dialog is None)
    assert seeded.db.read(
        "SELECT service_type, minutes, cap_override_reason FROM service_deliveries"
    ) == [("coaching", 240, "Colloquio di selezione imminente")]
    assert [r.text for r in coordinator.model.rows()] == ["Lunga sessione di coaching", "Dopo"]
