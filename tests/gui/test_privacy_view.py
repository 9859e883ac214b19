"""Amministrazione › Riservatezza: releasing a restricted person with a reason, and anonymising
the people past retention after a backup, from the GUI."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.context import AppContext
from gui.privacy_view import PrivacyView, ReasonDialog
from gui.workers import SynchronousPool
from models.enums import Role
from models.rows import Actor
from storage.engine import Database
from storage.services.retention import restrict_participant, restricted_participants
from tests.unit.test_retention import people  # noqa: F401  (the fixture)

COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)
TUTOR = Actor("g.verdi", Role.TUTOR)


def make_view(qtbot, db: Database, actor: Actor) -> PrivacyView:  # type: ignore[no-untyped-def]
    view = PrivacyView(AppContext(db, actor, SynchronousPool()))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def test_release_asks_a_reason_and_brings_the_person_back(
    qtbot,
    db: Database,
    admin: Actor,
    people: dict[str, int],  # type: ignore[no-untyped-def]  # noqa: F811
) -> None:
    restrict_participant(db, admin, people["new"], "Richiesta scritta del 02/11/2026")
    view = make_view(qtbot, db, COORDINATOR)
    assert view.restricted_model.rowCount() == 1
    assert view.restricted_model.index(0, 1).data() == "Bianchi"
    # The coordinator does not manage retention: said in place of the list.
    assert view.retention_model.rowCount() == 0
    assert not view.anonymise_button.isEnabled()

    view.release_selected()
    dialog = view._dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Motivo: va scritto, resta nel registro."
    assert len(restricted_participants(db, COORDINATOR)) == 1

    dialog.reason_edit.setPlainText("L'interessato ha ritirato la richiesta")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert restricted_participants(db, COORDINATOR) == []
    assert view.restricted_model.rowCount() == 0
    assert view.status_label.text().endswith(": limitazione tolta.")
    reasons = db.read("SELECT summary FROM audit_events WHERE summary LIKE '%ritirato%'")
    assert len(reasons) == 1


def test_the_administrator_anonymises_after_a_backup(
    qtbot,
    db: Database,
    admin: Actor,
    people: dict[str, int],  # type: ignore[no-untyped-def]  # noqa: F811
) -> None:
    view = make_view(qtbot, db, admin)
    assert view.retention_model.rowCount() == 1
    code = view.retention_model.index(0, 0).data()
    assert code.startswith("P-")
    assert view.retention_model.index(0, 1).data() == "OLD"
    assert view.retention_model.index(0, 2).data() == "31/12/2024"
    view.anonymise()
    assert view.status_label.text().startswith("1 persona anonimizzata. Backup fatto prima: ")
    assert view.retention_model.rowCount() == 0
    assert db.read("SELECT last_name FROM participants WHERE id = :i", {"i": people["old"]}) != [
        ("Rossi",)
    ]


def test_a_tutor_sees_why_not(qtbot, db: Database, people: dict[str, int]) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    view = make_view(qtbot, db, TUTOR)
    assert not view.release_button.isEnabled()
    assert not view.anonymise_button.isEnabled()
    assert view.restricted_model.rowCount() == 0
