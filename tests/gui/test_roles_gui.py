"""What each role is offered: sections, document kinds, the participant page's tabs (issue #8).

The services refuse what a role may not do (tests/unit/test_permission_matrix.py); the window does
not offer it: an operator works on the agenda and on people's identity and contacts only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from gui.main_window import ADMIN, AGENDA, COMPANIES, DOCUMENTS, PARTICIPANTS, PATHWAYS
from models.enums import Role
from models.rows import Actor
from tests.gui.keyboard import activate, press

CTRL = Qt.KeyboardModifier.ControlModifier


def actor(seeded: Any, username: str, role: Role) -> Actor:
    user = seeded.users[username]
    return Actor(user.username, role, user.id, user.full_name)


def shown_sections(window: Any) -> list[str]:
    return [
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if not window.nav.item(i).isHidden()
    ]


def test_an_operator_gets_agenda_participants_and_documents(make_window, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(seeded.db, actor(seeded, "l.bianchi", Role.OPERATOR))
    assert shown_sections(window) == ["Agenda", "Partecipanti", "Documenti"]
    assert not window.backup_action.isVisible() and not window.note_search_action.isEnabled()
    activate(qtbot, window)
    for hidden in (PATHWAYS, COMPANIES, ADMIN):
        press(qtbot, getattr(Qt.Key, f"Key_{hidden + 1}"), CTRL)
        assert window.current_index() == AGENDA
        assert window.built_section(hidden) is None
    press(qtbot, Qt.Key.Key_5, CTRL)
    assert window.current_index() == DOCUMENTS


def test_tutors_and_coordinators_get_every_section(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    all_six = ["Agenda", "Partecipanti", "Percorsi", "Aziende", "Documenti", "Amministrazione"]
    for username, role in (("g.verdi", Role.TUTOR), ("c.neri", Role.COORDINATOR)):
        window = make_window(seeded.db, actor(seeded, username, role))
        assert shown_sections(window) == all_six
        assert window.note_search_action.isEnabled()


def test_a_signed_in_operator_loses_the_sections_of_the_file_holder(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    """After the first run the window changes hands: the sections follow the new user."""
    window = make_window(seeded.db)
    window.show_section(PATHWAYS, focus=False)
    window.set_actor(actor(seeded, "l.bianchi", Role.OPERATOR))
    assert shown_sections(window) == ["Agenda", "Partecipanti", "Documenti"]
    assert window.current_index() == AGENDA


def test_documents_offered_by_role(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    def kinds(username: str, role: Role) -> list[str]:
        window = make_window(seeded.db, actor(seeded, username, role))
        section = window.show_section(DOCUMENTS, focus=False)
        combo = section.kind_combo
        return [combo.itemData(i) for i in range(combo.count())]

    assert kinds("l.bianchi", Role.OPERATOR) == ["agenda", "privacy_notice"]
    record = ["agenda", "dossier", "timesheet", "attendance_register", "plan", "intake_sheet"]
    assert kinds("g.verdi", Role.TUTOR) == [*record, "privacy_notice"]
    assert kinds("c.neri", Role.COORDINATOR) == [*record, "privacy_notice", "indicators"]


def _page(make_window: Any, seeded: Any, who: Actor, surname: str) -> Any:
    window = make_window(seeded.db, who)
    section = window.show_section(PARTICIPANTS, focus=False)
    return section.open_participant(pid=seeded.participants[surname].id)


def test_a_tutors_page_has_the_record_tabs_and_no_right_of_access(make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    # A person in the tutor's caseload: their own intake without a pathway.
    from models.validation import ParticipantInput
    from storage.services.participants import create_participant

    tutor = actor(seeded, "g.verdi", Role.TUTOR)
    made = create_participant(seeded.db, tutor, ParticipantInput("Galli", "Marta"))
    seeded.participants["Galli"] = made.row
    page = _page(make_window, seeded, tutor, "Galli")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert titles[-5:] == [
        "Diario",
        "Ore e piano",
        "Ricerca lavoro",
        "Tirocini ed esiti",
        "Cronologia",
    ]
    assert not page.access_button.isVisible()
    coordinator = _page(make_window, seeded, actor(seeded, "c.neri", Role.COORDINATOR), "Galli")
    assert coordinator.access_button.isVisible()


def test_a_page_outside_the_caseload_says_why(make_window, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opened by id (a stale link): the service refuses, the page says it in Italian."""
    tutor = actor(seeded, "g.verdi", Role.TUTOR)
    page = _page(make_window, seeded, tutor, "Rossi")
    assert page.banner.text() == (
        "L'utente g.verdi (tutor) non può consultare la scheda: la persona non è tra quelle che "
        "gli sono assegnate."
    )
    assert not page.tabs.isEnabled() and not page.save_button.isEnabled()


def test_an_operator_finds_a_returning_person_by_the_exact_codice_fiscale(
    make_window, seeded, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Rossini has never been booked at the operator's desks: not found by name, found by the
    full codice fiscale (to book her), and the row is filled in."""
    window = make_window(seeded.db, actor(seeded, "l.bianchi", Role.OPERATOR))
    section = window.show_section(PARTICIPANTS, focus=False)
    rossini = seeded.participants["Rossini"]
    section.search.setText("Rossini")
    qtbot.waitUntil(lambda: section.model.query.text == "Rossini")
    assert section.model.total() == 0
    section.search.setText(rossini.codice_fiscale)
    qtbot.waitUntil(lambda: section.model.query.text == rossini.codice_fiscale)
    assert section.model.total() == 1
    row = section.model.row_at(0)
    assert row is not None and (row.last_name, row.first_name) == ("Rossini", "Anna")
