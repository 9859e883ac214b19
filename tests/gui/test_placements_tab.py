"""The «Tirocini ed esiti» tab: an internship and its conversion into a contract, by keyboard.

Dates are relative to today: closing an internship in the future is refused.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.context import AppContext
from gui.format import fmt_date
from gui.placements_tab import (
    CloseInternshipDialog,
    ExtendDialog,
    InternshipDialog,
    OutcomeDialog,
    PlacementsTab,
)
from gui.workers import SynchronousPool
from models.enums import InternshipOutcome, OutcomeType, Role
from models.rows import Actor
from tests.gui.keyboard import activate, press, retype, type_keys

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
START = date.today() - timedelta(days=200)
END = date.today() - timedelta(days=30)


def count(db: Any, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


def make_tab(qtbot: Any, seeded: Any, username: str, role: Role) -> PlacementsTab:
    from models.entities import Company

    with seeded.db.transaction() as session:
        if count(seeded.db, "companies") == 0:
            for name in ("Acme Srl", "Latteria Soresinese"):
                session.add(Company(name=name, created_by="admin", updated_by="admin"))
    if role == Role.TUTOR:
        from sqlalchemy import text

        # Rossi is the tutor's own intake (no pathway yet): in their caseload.
        with seeded.db.transaction() as session:
            session.execute(
                text("UPDATE participants SET created_by = :u WHERE id = :i"),
                {"u": username, "i": seeded.participants["Rossi"].id},
            )
    user = seeded.users[username]
    actor = Actor(username, role, user.id, user.full_name)
    ctx = AppContext(seeded.db, actor, pool=SynchronousPool())
    tab = PlacementsTab(ctx, seeded.participants["Rossi"].id)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    activate(qtbot, tab)
    return tab


def wait_dialog(qtbot: Any, tab: PlacementsTab, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(tab.sub_dialog, kind) and tab.sub_dialog.isVisible())
    dialog = tab.sub_dialog
    activate(qtbot, dialog)
    return dialog


@pytest.fixture
def tab(qtbot, seeded) -> PlacementsTab:  # type: ignore[no-untyped-def]
    return make_tab(qtbot, seeded, "g.verdi", Role.TUTOR)


def test_internship_converted_into_a_contract_by_keyboard(tab, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+V records an internship; Alt+H closes it as converted; the contract follows."""
    assert tab.internship_view.is_empty_shown() and tab.outcome_view.is_empty_shown()
    assert "Nuovo tirocinio" in tab.internship_view.empty.text()
    press(qtbot, Qt.Key.Key_V, ALT)
    dialog = wait_dialog(qtbot, tab, InternshipDialog)
    press(qtbot, Qt.Key.Key_A, ALT)
    assert QApplication.focusWidget() in (dialog.company_combo, dialog.company_combo.lineEdit())
    type_keys(qtbot, "Latt")
    press(qtbot, Qt.Key.Key_I, ALT)
    retype(qtbot, fmt_date(START))
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, fmt_date(START - timedelta(days=1)))
    press(qtbot, Qt.Key.Key_Return)  # ends before it starts
    assert dialog.errors["end_date"].text() == "Fine: è prima dell'inizio."
    assert QApplication.focusWidget() is dialog.end_edit
    retype(qtbot, fmt_date(END))
    press(qtbot, Qt.Key.Key_D, ALT)
    type_keys(qtbot, "-5")
    press(qtbot, Qt.Key.Key_Return)  # a negative stipend
    assert dialog.errors["monthly_stipend"].text() == (
        "Indennità mensile: non può essere negativa."
    )
    assert QApplication.focusWidget() is dialog.stipend_edit
    assert count(seeded.db, "internships") == 0
    retype(qtbot, "500,00")
    press(qtbot, Qt.Key.Key_Z, ALT)
    type_keys(qtbot, "Paolo Conti")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.sub_dialog is None)
    assert not tab.internship_view.is_empty_shown()
    [row] = tab.internship_model.rows()
    assert row.company_name == "Latteria Soresinese" and row.company_tutor == "Paolo Conti"
    assert row.start_date == START and row.end_date == END
    assert row.promoter_tutor == "Giovanna Verdi"
    assert tab.internship_model.index(0, tab.internship_model.STATUS).data() == "In corso"

    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_C, ALT)
    assert QApplication.focusWidget() is tab.internship_table
    press(qtbot, Qt.Key.Key_T, ALT)
    closing = wait_dialog(qtbot, tab, CloseInternshipDialog)
    assert closing.date_edit.text() == fmt_date(END)
    press(qtbot, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert closing.chosen() is InternshipOutcome.CONVERTED
    press(qtbot, Qt.Key.Key_Return)
    contract = wait_dialog(qtbot, tab, OutcomeDialog)
    assert contract.employer_combo.currentText() == "Latteria Soresinese"
    assert contract.start_edit.text() == fmt_date(END + timedelta(days=1))
    assert contract.type_combo.currentData() == OutcomeType.FIXED_TERM.value
    press(qtbot, Qt.Key.Key_Return)  # a fixed-term contract without its months
    assert contract.errors["months"].text() == (
        "Durata in mesi: indicate la durata del contratto in mesi."
    )
    assert count(seeded.db, "outcomes") == 0
    assert seeded.db.read("SELECT outcome FROM internships") == [("ongoing",)]
    press(qtbot, Qt.Key.Key_S, ALT)
    retype(qtbot, "12")
    press(qtbot, Qt.Key.Key_M, ALT)
    type_keys(qtbot, "Casaro")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.sub_dialog is None)

    [row] = tab.internship_model.rows()
    assert row.outcome is InternshipOutcome.CONVERTED
    assert tab.internship_model.index(0, tab.internship_model.STATUS).data() == (
        "Trasformato in contratto"
    )
    assert not tab.outcome_view.is_empty_shown()
    [outcome] = tab.outcome_model.rows()
    assert outcome.type is OutcomeType.FIXED_TERM and outcome.months == 12
    assert outcome.employer == "Latteria Soresinese" and outcome.occupation == "Casaro"
    assert outcome.start_date == END + timedelta(days=1)
    assert tab.outcome_model.index(0, tab.outcome_model.TYPE).data() == "Tempo determinato"
    assert not tab.close_button.isEnabled() and not tab.extend_button.isEnabled()


def test_extend_then_delete_an_outcome(tab, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alt+R extends within the law; Alt+L asks before deleting an outcome."""
    from storage.services.placements import InternshipInput, OutcomeInput, add_internship
    from storage.services.placements import add_outcome as record

    company = int(seeded.db.read("SELECT id FROM companies WHERE name = 'Acme Srl'")[0][0])
    rossi = seeded.participants["Rossi"].id
    add_internship(
        seeded.db,
        tab.ctx.actor,
        InternshipInput(rossi, company, "extracurricular", START, END, 25),
    )
    record(seeded.db, tab.ctx.actor, OutcomeInput(rossi, "education", END, employer="ITIS"))
    tab.reload()
    press(qtbot, Qt.Key.Key_R, ALT)
    dialog = wait_dialog(qtbot, tab, ExtendDialog)
    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, fmt_date(START + timedelta(days=400)))
    press(qtbot, Qt.Key.Key_Return)
    assert "al massimo 12 mesi" in dialog.errors["extended_to"].text()
    retype(qtbot, fmt_date(END + timedelta(days=20)))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.sub_dialog is None)
    assert tab.internship_model.rows()[0].extended_to == END + timedelta(days=20)
    assert "(prorogato)" in tab.internship_model.index(0, tab.internship_model.END).data()

    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_S, ALT)
    assert QApplication.focusWidget() is tab.outcome_table
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: tab.confirm_box is not None and tab.confirm_box.isVisible())
    box = tab.confirm_box
    assert isinstance(box, QMessageBox) and "Rientro in formazione — ITIS" in box.text()
    activate(qtbot, box)
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: tab.confirm_box is None)
    assert count(seeded.db, "outcomes") == 0
    assert tab.outcome_view.is_empty_shown()


def test_an_operator_reads_but_cannot_change(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """Every button that changes something is disabled, with the reason as its tooltip."""
    tab = make_tab(qtbot, seeded, "l.bianchi", Role.OPERATOR)
    for button in (tab.new_internship_button, tab.new_outcome_button, tab.close_button):
        assert not button.isEnabled()
    assert tab.new_internship_button.toolTip() == "Solo tutor, coordinatori e amministratori."
    press(qtbot, Qt.Key.Key_V, ALT)
    assert tab.sub_dialog is None


def test_enter_in_the_company_list_saves(tab, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The completed name is taken and Enter saves, as in every other field."""
    press(qtbot, Qt.Key.Key_V, ALT)
    dialog = wait_dialog(qtbot, tab, InternshipDialog)
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, fmt_date(END))
    press(qtbot, Qt.Key.Key_I, ALT)
    retype(qtbot, fmt_date(START))
    press(qtbot, Qt.Key.Key_A, ALT)
    type_keys(qtbot, "nessuna")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.errors["company_id"].text() == (
        "Azienda ospitante: «nessuna» non è tra le aziende: sceglietene una dall'elenco."
    )
    retype(qtbot, "acme")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.sub_dialog is None)
    assert [row.company_name for row in tab.internship_model.rows()] == ["Acme Srl"]
