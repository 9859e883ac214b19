"""«Cerca nelle note» (Ctrl+Shift+F): typing finds notes, Enter opens the person's page."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.note_search import NoteHitModel, NoteSearchDialog
from gui.participant_page import ParticipantPage
from models.enums import Role
from models.rows import Actor
from storage.services.tutoring import NoteInput, add_note


def registered_by(seeded: Any, surname: str, username: str) -> None:
    """Make the person `username`'s own intake (no pathway yet): in that tutor's caseload."""
    from sqlalchemy import text

    with seeded.db.transaction() as session:
        session.execute(
            text("UPDATE participants SET created_by = :u WHERE id = :i"),
            {"u": username, "i": seeded.participants[surname].id},
        )


def test_search_by_keyboard_and_open_the_page(qtbot: Any, make_window: Any, seeded: Any) -> None:
    rossi = seeded.participants["Rossi"]
    ferrari = seeded.participants["Ferrari"]
    registered_by(seeded, "Rossi", "g.verdi")
    registered_by(seeded, "Ferrari", "g.verdi")
    tutor = Actor("g.verdi", Role.TUTOR, seeded.users["g.verdi"].id, "Giovanna Verdi")
    add_note(
        seeded.db,
        tutor,
        NoteInput(
            rossi.internal_code,
            date(2026, 3, 2),
            "company",
            "company_visit",
            "Visita alla falegnameria Bassi",
        ),
    )
    add_note(
        seeded.db,
        tutor,
        NoteInput(
            ferrari.internal_code,
            date(2026, 3, 3),
            "family",
            "phone",
            "La falegnameria è lontana",
            confidential=True,
        ),
    )
    window = make_window(seeded.db, tutor)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.note_search_dialog
    assert isinstance(dialog, NoteSearchDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.edit)
    assert dialog.view.is_empty_shown()
    qtbot.keyClicks(dialog.edit, "FALEGN")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    model = dialog.model
    assert [model.display(r, NoteHitModel.AUTHOR) for r in model.rows()] == [
        "g.verdi — riservata",
        "g.verdi",
    ]
    assert dialog.count_label.text() == "2 note"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ParticipantPage))
    page = QApplication.activeModalWidget()
    assert isinstance(page, ParticipantPage) and page.participant_id == rossi.id
    page.reject()


def test_another_tutor_finds_nothing_confidential(qtbot: Any, seeded: Any) -> None:
    from gui.context import AppContext
    from storage.services.admin import UserInput, create_user

    ferrari = seeded.participants["Ferrari"]
    registered_by(seeded, "Ferrari", "g.verdi")
    tutor = Actor("g.verdi", Role.TUTOR)
    add_note(
        seeded.db,
        tutor,
        NoteInput(
            ferrari.internal_code,
            date(2026, 3, 3),
            "family",
            "phone",
            "Sorella in ospedale",
            confidential=True,
        ),
    )
    other = create_user(seeded.db, seeded.admin, UserInput("m.sala", "Marta Sala", "tutor"))
    registered_by(seeded, "Ferrari", "m.sala")  # now m.sala's: she finds it, not the secret
    dialog = NoteSearchDialog(AppContext(seeded.db, Actor("m.sala", Role.TUTOR, other.id)))
    qtbot.addWidget(dialog)
    dialog.edit.setText("ospedale")
    dialog.search()
    assert dialog.model.rowCount() == 0
    assert "Nessuna nota contiene «ospedale»" in dialog.view.empty.text()
