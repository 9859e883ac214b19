"""Amministrazione, Programmi: the programme editor (new and edit), driven from the keyboard.

Accelerators for the buttons and fields, Tab along the grid of hour caps, Enter to save; each
problem under its field, the table refreshed with the saved programme selected.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.format import fmt_hours
from gui.main_window import ADMIN, MainWindow
from gui.programme_editor import ProgrammeEditor
from models.enums import Role, ServiceType
from models.rows import Actor
from storage.engine import Database
from storage.services.admin import ProgrammeInput, create_programme, list_programmes
from tests.gui.keyboard import activate, press, type_keys

ALT = Qt.KeyboardModifier.AltModifier
TAB_PROGRAMMES = 2


def message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def programmes(db: Database) -> dict[str, Any]:
    return {p.code: p for p in list_programmes(db, Actor.system_admin())}


def programme_tab(qtbot: Any, window: MainWindow) -> Any:
    section: Any = window.show_section(ADMIN)
    activate(qtbot, window)
    section.tabs.setCurrentIndex(TAB_PROGRAMMES)
    section.tabs.setFocus()
    qtbot.waitUntil(lambda: section.tabs.hasFocus())
    return section


def open_new(qtbot: Any, section: Any) -> ProgrammeEditor:
    press(qtbot, Qt.Key.Key_N, ALT)  # "Nuovo programma…"
    qtbot.waitUntil(lambda: section.programme_editor is not None)
    editor = section.programme_editor
    assert isinstance(editor, ProgrammeEditor) and editor.isVisible()
    activate(qtbot, editor)
    qtbot.waitUntil(lambda: editor.code_edit.hasFocus())
    return editor


def fill(qtbot: Any, editor: ProgrammeEditor, code: str, start: str, end: str) -> None:
    """Type a whole programme, field by field through the accelerators."""
    type_keys(qtbot, code.lower())
    for key, text in (
        (Qt.Key.Key_N, "Garanzia Occupabilita Lavoratori"),
        (Qt.Key.Key_E, "Regione Lombardia"),
        (Qt.Key.Key_A, "AV-2026/01"),
        (Qt.Key.Key_I, start),
        (Qt.Key.Key_F, end),
        (Qt.Key.Key_O, "40"),
        (Qt.Key.Key_U, "1500,50"),
    ):
        press(qtbot, key, ALT)
        type_keys(qtbot, text)


def seed_programme(db: Database) -> None:
    create_programme(
        db,
        Actor.system_admin(),
        ProgrammeInput(
            "GOL-CR",
            "GOL Cremona",
            "Regione Lombardia",
            "01/01/2026",
            caps=[("orientation", "8")],
        ),
    )


def test_a_programme_is_created_with_its_caps_from_the_keyboard(
    make_window: Any, seeded: Any, qtbot: Any
) -> None:
    section = programme_tab(qtbot, make_window(seeded.db))
    editor = open_new(qtbot, section)
    fill(qtbot, editor, "DOTE-26", "01/02/2026", "31/12/2027")
    press(qtbot, Qt.Key.Key_V, ALT)
    press(qtbot, Qt.Key.Key_Up)  # 6 years
    press(qtbot, Qt.Key.Key_M, ALT)  # the first cap: Accoglienza
    qtbot.waitUntil(lambda: editor.caps_grid.first().hasFocus())
    type_keys(qtbot, "2")
    for _ in range(4):  # on to Orientamento
        press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "10,5")
    press(qtbot, Qt.Key.Key_Return)

    assert not editor.isVisible()
    saved = programmes(seeded.db)["DOTE-26"]
    assert saved.name == "Garanzia Occupabilita Lavoratori"
    assert saved.funder == "Regione Lombardia" and saved.notice_code == "AV-2026/01"
    assert (saved.start_date, saved.end_date) == (date(2026, 2, 1), date(2027, 12, 31))
    assert saved.budget_hours == Decimal(40) and saved.budget_euros == Decimal("1500.50")
    assert saved.retention_years == 6
    assert dict(saved.caps) == {"reception": Decimal(2), "orientation": Decimal("10.5")}
    # The table shows it, selected, with its caps in the tooltip.
    current = section.current_programme()
    assert current is not None and current.code == "DOTE-26"
    model = section.programme_model
    tip = model.data(section.programme_table.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert f"Orientamento: {fmt_hours(Decimal('10.5'))} ore" in tip
    assert "Accoglienza: 2 ore" in tip


def test_a_programme_is_edited_name_and_cap(make_window: Any, seeded: Any, qtbot: Any) -> None:
    seed_programme(seeded.db)
    section = programme_tab(qtbot, make_window(seeded.db))
    section.programme_table.setFocus()
    qtbot.waitUntil(lambda: section.programme_table.hasFocus())
    assert section.current_programme().code == "GOL-CR"
    press(qtbot, Qt.Key.Key_Return)
    editor = section.programme_editor
    assert isinstance(editor, ProgrammeEditor) and editor.isVisible()
    activate(qtbot, editor)
    qtbot.waitUntil(lambda: editor.name_edit.hasFocus())
    assert editor.code_edit.isReadOnly() and editor.code_edit.text() == "GOL-CR"
    assert editor.caps_grid.edits[ServiceType.ORIENTATION].text() == "8"

    press(qtbot, Qt.Key.Key_N, ALT)
    type_keys(qtbot, "GOL Cremona e Crema")
    orientation = editor.caps_grid.edits[ServiceType.ORIENTATION]
    orientation.setFocus()
    qtbot.waitUntil(lambda: orientation.hasFocus())
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "0")  # 0: no cap any more
    for _ in range(6):  # on to Coaching
        press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.caps_grid.edits[ServiceType.COACHING].hasFocus())
    type_keys(qtbot, "6")
    press(qtbot, Qt.Key.Key_Return)

    assert not editor.isVisible()
    saved = programmes(seeded.db)["GOL-CR"]
    assert saved.name == "GOL Cremona e Crema"
    assert dict(saved.caps) == {"coaching": Decimal(6)}
    assert section.current_programme().name == "GOL Cremona e Crema"


def test_the_hours_of_an_existing_cap_are_changed(
    make_window: Any, seeded: Any, qtbot: Any
) -> None:
    seed_programme(seeded.db)
    section = programme_tab(qtbot, make_window(seeded.db))
    section.edit_programme(0)
    editor = section.programme_editor
    assert isinstance(editor, ProgrammeEditor)
    editor.caps_grid.edits[ServiceType.ORIENTATION].setText("12")
    editor.save()

    assert not editor.isVisible()
    assert dict(programmes(seeded.db)["GOL-CR"].caps) == {"orientation": Decimal(12)}


def test_an_end_before_the_start_is_shown_under_the_end_date(
    make_window: Any, seeded: Any, qtbot: Any
) -> None:
    section = programme_tab(qtbot, make_window(seeded.db))
    editor = open_new(qtbot, section)
    fill(qtbot, editor, "BAD-26", "01/06/2026", "31/05/2026")
    press(qtbot, Qt.Key.Key_Return)

    assert editor.isVisible()
    error = editor.errors["end_date"]
    assert error.isVisible() and "precede la data di inizio" in error.text()
    qtbot.waitUntil(lambda: editor.end_edit.hasFocus())
    assert not editor.banner.isVisible()
    assert programmes(seeded.db) == {}


def test_a_duplicate_code_shows_the_conflict(make_window: Any, seeded: Any, qtbot: Any) -> None:
    seed_programme(seeded.db)
    section = programme_tab(qtbot, make_window(seeded.db))
    editor = open_new(qtbot, section)
    fill(qtbot, editor, "GOL-CR", "01/01/2026", "")
    press(qtbot, Qt.Key.Key_Return)

    assert editor.isVisible()
    assert editor.banner.isVisible() and "Esiste già un programma" in editor.banner.text()
    assert programmes(seeded.db)["GOL-CR"].name == "GOL Cremona"


def test_an_operator_is_told_they_may_not_create_programmes(
    make_window: Any, seeded: Any, qtbot: Any
) -> None:
    section = programme_tab(qtbot, make_window(seeded.db, Actor("l.bianchi", Role.OPERATOR)))
    editor = open_new(qtbot, section)
    fill(qtbot, editor, "OPS-26", "01/01/2026", "")
    press(qtbot, Qt.Key.Key_Return)

    boxes = message_boxes(editor)
    assert len(boxes) == 1 and "non può creare programmi" in boxes[0].text()
    assert boxes[0].windowTitle() == "Operazione non permessa"
    boxes[0].close()
    assert editor.isVisible()
    assert programmes(seeded.db) == {}
