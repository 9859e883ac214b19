"""The «Ore e piano» tab: hours per service against plan and cap, recording past the cap (refused
for a tutor, allowed to a coordinator with a reason), deleting hours recorded by mistake."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.context import AppContext
from gui.hours_tab import DeliveryDialog, DeliveryTableModel, HoursTab, HoursTableModel
from models.enums import Role, ServiceType
from models.rows import Actor
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import PathwayInput, open_pathway
from storage.services.tutoring import DeliveryInput, record_delivery
from tests.gui.test_diary_tab import activate, actor, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def pathway_id(seeded: Any) -> int:
    """Rossi's pathway: coaching planned 3 hours under a cap of 3, 2.5 hours already done."""
    create_programme(
        seeded.db,
        seeded.admin,
        ProgrammeInput(
            "GOL",
            "Garanzia occupabilità",
            "Regione",
            "01/01/2026",
            "31/12/2027",
            caps=[("coaching", 3), ("orientation", 10)],
        ),
    )
    person = seeded.participants["Rossi"]
    pathway = open_pathway(
        seeded.db,
        seeded.admin,
        PathwayInput(
            person.internal_code,
            "GOL",
            "g.verdi",
            date(2026, 2, 2),
            plan=[("coaching", 3), ("orientation", 4)],
        ),
    ).id
    record_delivery(
        seeded.db,
        actor(seeded, "g.verdi"),
        DeliveryInput(pathway, "coaching", "03/03/2026", time(9), time(11, 30), place="Sportello"),
    )
    return pathway


def make_tab(qtbot: Any, seeded: Any, who: Actor, surname: str = "Rossi") -> HoursTab:
    tab = HoursTab(AppContext(seeded.db, who), seeded.participants[surname].id)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    return tab


def table(tab: HoursTab) -> list[list[str]]:
    model = tab.hours_model
    return [[model.display(r, c) for c in range(model.columnCount())] for r in model.rows()]


def open_dialog(qtbot: Any, tab: HoursTab) -> DeliveryDialog:
    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, DeliveryDialog))
    dialog = tab.dialog
    assert isinstance(dialog, DeliveryDialog)
    activate(qtbot, dialog)
    return dialog


def fill_one_hour_of_coaching(qtbot: Any, dialog: DeliveryDialog) -> None:
    press(qtbot, Qt.Key.Key_S, ALT)
    assert dialog.service_combo.currentData() == "orientation"  # the plan's first, in order
    type_keys(qtbot, "C")
    assert dialog.service_combo.currentData() == "coaching"
    press(qtbot, Qt.Key.Key_D, ALT)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "04/03/2026")
    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, "9:00")
    press(qtbot, Qt.Key.Key_F, ALT)
    type_keys(qtbot, "10:00")
    press(qtbot, Qt.Key.Key_L, ALT)
    type_keys(qtbot, "Sportello Cremona")


def test_hours_per_service_against_plan_and_cap(qtbot: Any, seeded: Any, pathway_id: int) -> None:
    """Planned, delivered, cap, remaining and the totals; amber near the cap."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    assert "GOL" in tab.pathway_combo.currentText()
    lines = tab.hours_model.rows()
    assert [(x.service, x.planned, x.delivered, x.cap, x.remaining) for x in lines] == [
        (ServiceType.ORIENTATION, Decimal(4), Decimal("0.00"), Decimal(10), Decimal("10.00")),
        (ServiceType.COACHING, Decimal(3), Decimal("2.50"), Decimal(3), Decimal("0.50")),
        (None, Decimal(7), Decimal("2.50"), Decimal(13), Decimal("10.50")),
    ]
    assert [row[HoursTableModel.COL_SERVICE] for row in table(tab)] == [
        "Orientamento",
        "Coaching",
        "Totale",
    ]
    model = tab.hours_model
    coaching = model.index(1, HoursTableModel.COL_REMAINING)
    assert model.data(coaching, Qt.ItemDataRole.ForegroundRole).name() == "#9a6700"
    assert model.data(coaching, Qt.ItemDataRole.ToolTipRole) == (
        "Il massimo del programma è quasi raggiunto"
    )
    assert model.data(model.index(0, HoursTableModel.COL_REMAINING), 9) is None
    (delivery,) = tab.delivery_model.rows()
    shown = [tab.delivery_model.display(delivery, c) for c in range(8)]
    assert shown[:4] == ["03/03/2026", "09:00–11:30", tab.delivery_model.display(delivery, 2),
                         "Coaching"]  # fmt: skip
    assert shown[4:] == ["Individuale", "Giovanna Verdi", "Sportello", ""]


def test_a_tutor_is_refused_past_the_cap_and_a_coordinator_passes_it_with_a_reason(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """The refusal says by how much; c.neri gets the reason field and the hours go through."""
    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    dialog = open_dialog(qtbot, tab)
    fill_one_hour_of_coaching(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.banner.isVisible()
    assert dialog.banner.text().startswith(
        "Coaching: con queste ore il percorso supera di 30 minuti il massimo del programma"
    )
    assert "Un coordinatore può registrarle lo stesso" in dialog.banner.text()
    assert not dialog.reason_edit.isVisibleTo(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.dialog is None)
    assert len(tab.delivery_model.rows()) == 1

    coordinator = make_tab(qtbot, seeded, actor(seeded, "c.neri"))
    dialog = open_dialog(qtbot, coordinator)
    fill_one_hour_of_coaching(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert "supera di 30 minuti" in dialog.banner.text()
    assert dialog.reason_edit.isVisibleTo(dialog)
    assert QApplication.focusWidget() is dialog.reason_edit
    type_keys(qtbot, "Crisi sul lavoro")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: coordinator.dialog is None)
    newest = coordinator.delivery_model.rows()[0]
    assert (newest.day, newest.minutes, newest.cap_override_reason, newest.operator) == (
        date(2026, 3, 4),
        60,
        "Crisi sul lavoro",
        "c.neri",
    )
    assert (
        coordinator.delivery_model.display(newest, DeliveryTableModel.COL_OVERRIDE)
        == "Crisi sul lavoro"
    )
    coaching = coordinator.hours_model.rows()[1]
    assert (coaching.delivered, coaching.remaining) == (Decimal("3.50"), Decimal("-0.50"))
    model = coordinator.hours_model
    red = model.data(model.index(1, HoursTableModel.COL_REMAINING), Qt.ItemDataRole.ForegroundRole)
    assert red.name() == "#b42318"
    over_plan = model.data(
        model.index(1, HoursTableModel.COL_DELIVERED), Qt.ItemDataRole.ForegroundRole
    )
    assert over_plan.name() == "#b42318"


def test_hours_recorded_by_mistake_are_deleted_by_their_author(
    qtbot: Any, seeded: Any, pathway_id: int
) -> None:
    """Elimina asks first; another tutor (Rossi handed over to them for a day) has it
    disabled."""
    from storage.services.intake import change_tutor

    other = create_user(seeded.db, seeded.admin, UserInput("m.gialli", "Marco Gialli", "tutor"))
    change_tutor(seeded.db, seeded.admin, pathway_id, other.username, date.today())
    outsider = make_tab(qtbot, seeded, Actor(other.username, Role.TUTOR, other.id))
    assert outsider.selected_delivery() is not None
    assert not outsider.delete_button.isEnabled()
    change_tutor(seeded.db, seeded.admin, pathway_id, "g.verdi", date.today())

    tab = make_tab(qtbot, seeded, actor(seeded, "g.verdi"))
    assert tab.delete_button.isEnabled()
    activate(qtbot, tab)
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: isinstance(tab.confirm, QMessageBox))
    box = tab.confirm
    assert box is not None and "Eliminare 2" in box.text() and "Coaching" in box.text()
    delete = next(b for b in box.buttons() if b.text() == "&Elimina")
    delete.click()
    qtbot.waitUntil(lambda: tab.delivery_holder.is_empty_shown())
    assert "Registra ore" in tab.delivery_holder.empty.text()
    assert seeded.db.read("SELECT count(*) FROM service_deliveries") == [(0,)]
    assert seeded.db.read(
        "SELECT username FROM audit_events WHERE action = 'delete' AND entity = 'service_delivery'"
    ) == [("g.verdi",)]


def test_without_a_pathway_the_tab_says_where_to_open_one(qtbot: Any, seeded: Any) -> None:
    """No pathway: an empty state that points to the «Percorsi» tab, nothing to record."""
    # A coordinator (Ricci, without a pathway, is in no tutor's caseload).
    tab = make_tab(qtbot, seeded, actor(seeded, "c.neri"), "Ricci")
    assert tab.hours_holder.is_empty_shown()
    assert "scheda «Percorsi»" in tab.hours_holder.empty.text()
    assert not tab.record_button.isEnabled() and not tab.pathway_combo.isEnabled()
