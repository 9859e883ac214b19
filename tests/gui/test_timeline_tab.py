"""The «Cronologia» tab of the participant page: what happened, newest first, with filters."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from gui.context import AppContext
from gui.participant_page import ParticipantPage
from gui.timeline_tab import TimelineModel, TimelineTab
from models.enums import Role
from models.rows import Actor
from storage.services.tutoring import NoteInput, add_note

TUTOR = Actor("g.verdi", Role.TUTOR)


def registered_by(seeded: Any, surname: str, username: str) -> None:
    """Make the person `username`'s own intake (no pathway yet): in that tutor's caseload."""
    from sqlalchemy import text

    with seeded.db.transaction() as session:
        session.execute(
            text("UPDATE participants SET created_by = :u WHERE id = :i"),
            {"u": username, "i": seeded.participants[surname].id},
        )


def texts(tab: TimelineTab, column: int) -> list[str]:
    model = tab.model
    return [model.display(row, column) for row in model.rows()]


def test_page_opens_the_timeline_and_filters(qtbot: Any, seeded: Any) -> None:
    person = seeded.participants["Rossi"]
    registered_by(seeded, "Rossi", "g.verdi")
    add_note(
        seeded.db,
        TUTOR,
        NoteInput(person.internal_code, date.today(), "company", "company_visit", "Visita\nok"),
    )
    add_note(
        seeded.db,
        TUTOR,
        NoteInput(
            person.internal_code, date(2026, 1, 20), "family", "phone", "Segreta", confidential=True
        ),
    )
    ctx = AppContext(seeded.db, Actor("g.verdi", Role.TUTOR, seeded.users["g.verdi"].id))
    page = ParticipantPage(ctx, person.id)
    qtbot.addWidget(page)
    index = next(
        i for i in range(page.tabs.count()) if page.tabs.tabText(i).replace("&", "") == "Cronologia"
    )
    page.tabs.setCurrentIndex(index)
    tab = page.extra_tab(index)
    assert isinstance(tab, TimelineTab)
    whats = texts(tab, TimelineModel.WHAT)
    # Today: the 9:00 appointment, then the note without a time; in January the secret note.
    assert whats == [
        "Colloquio di presa in carico — Sportello Lavoro Cremona",
        "Azienda ospitante (visita in azienda): Visita",
        "[riservata] Familiare (telefono): Segreta",
    ]
    assert texts(tab, TimelineModel.KIND) == ["Appuntamenti", "Note", "Note"]

    tab.kind_checks["note"].setChecked(False)
    qtbot.waitUntil(lambda: all(k != "Note" for k in texts(tab, TimelineModel.KIND)))
    assert texts(tab, TimelineModel.KIND) == ["Appuntamenti"]
    assert texts(tab, TimelineModel.STATUS) == ["Confermato"]

    tab.show_everything()
    tab.from_edit.setText("01/01/2026")
    tab.to_edit.setText("31/01/2026")
    qtbot.keyClick(tab.to_edit, Qt.Key.Key_Return)
    assert texts(tab, TimelineModel.DAY) == ["20/01/2026"]
    tab.to_edit.setText("31/12/2025")
    qtbot.keyClick(tab.to_edit, Qt.Key.Key_Return)
    assert tab.error_label.isVisibleTo(tab) and "prima" in tab.error_label.text()


def test_another_tutor_does_not_see_a_confidential_note(qtbot: Any, seeded: Any) -> None:
    person = seeded.participants["Rossini"]
    registered_by(seeded, "Rossini", "g.verdi")
    add_note(
        seeded.db,
        TUTOR,
        NoteInput(
            person.internal_code, date(2026, 2, 1), "family", "phone", "Segreta", confidential=True
        ),
    )
    from storage.services.admin import UserInput, create_user

    other = create_user(seeded.db, seeded.admin, UserInput("m.sala", "Marta Sala", "tutor"))
    registered_by(seeded, "Rossini", "m.sala")  # now in m.sala's caseload, not g.verdi's
    tab = TimelineTab(AppContext(seeded.db, Actor("m.sala", Role.TUTOR, other.id)), person.id)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.view.is_empty_shown()
    assert "Non c'è ancora niente" in tab.view.empty.text()
