"""The intake interview dialog: typed with the keyboard, saved as the first delivery."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication


def open_pathway_for(seeded: Any) -> int:
    from storage.services.admin import ProgrammeInput, create_programme
    from storage.services.intake import PathwayInput, open_pathway

    create_programme(
        seeded.db,
        seeded.admin,
        ProgrammeInput("GOL", "GOL", "Regione Lombardia", "01/01/2026", "31/12/2027"),
    )
    cf = seeded.participants["Rossi"].codice_fiscale
    opened = open_pathway(
        seeded.db, seeded.admin, PathwayInput(cf, "GOL", "g.verdi", date(2026, 1, 20))
    )
    return opened.id


def test_intake_is_typed_and_saved(seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.context import AppContext
    from gui.intake_dialog import IntakeDialog

    pathway_id = open_pathway_for(seeded)
    dialog = IntakeDialog(AppContext(seeded.db, seeded.admin), pathway_id)
    qtbot.addWidget(dialog)
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.day_edit.setDate(QDate(2026, 2, 3))
    qtbot.keyClicks(dialog.sections["experiences"], "Magazziniere")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    # The assessment is required: the message is under it, nothing saved, the dialog stays.
    assert dialog.isVisible() and not saved
    assert dialog.errors["assessment"].isVisibleTo(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.sections["assessment"])
    qtbot.keyClicks(dialog.sections["assessment"], "Motivato")
    dialog.minutes_spin.setValue(90)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert saved and not dialog.isVisible()
    rows = seeded.db.read("SELECT minutes, date, note FROM service_deliveries")
    assert rows[0][0] == 90 and rows[0][1] == "2026-02-03"
    assert "Valutazione dell'operatore:\nMotivato" in rows[0][2]
