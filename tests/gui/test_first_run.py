"""The first-run page of an empty database: first desk and user, or demo data."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QRunnable, Qt

from gui.main_window import MainWindow
from storage.engine import Database


def count(db: Database, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


@pytest.fixture
def first_run(make_window, empty_db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(empty_db)
    assert window.is_first_run()
    return window


def test_empty_database_opens_on_the_welcome_page(first_run: MainWindow) -> None:
    page = first_run.first_run_page
    assert page is not None and page.isVisible()
    # The sections cannot be reached until the database has a desk and a user.
    assert not first_run.section_actions[0].isEnabled()


def test_first_desk_and_user_are_created(first_run: MainWindow, empty_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    page: Any = first_run.first_run_page
    qtbot.keyClicks(page.code_edit, "CR01")
    qtbot.keyClicks(page.name_edit, "Sportello lavoro di Cremona")
    qtbot.keyClicks(page.municipality_edit, "Cremona")
    qtbot.keyClicks(page.province_edit, "cr")
    qtbot.keyClicks(page.username_edit, "m.rossi")
    qtbot.keyClicks(page.full_name_edit, "Maria Rossi")
    qtbot.keyClicks(page.password_edit, "una frase lunga")
    qtbot.keyClicks(page.confirm_edit, "una frase lunga")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not first_run.is_first_run()
    assert first_run.section_actions[0].isEnabled()
    assert empty_db.read("SELECT code, province FROM desks") == [("CR01", "CR")]
    assert empty_db.read("SELECT username, role FROM users") == [("m.rossi", "coordinator")]
    # Monday to Friday, 09:00-13:00 by default.
    assert count(empty_db, "opening_hours") == 5
    assert "CR01" in first_run.statusBar().currentMessage()


def test_bad_input_is_shown_by_the_field_and_changes_nothing(
    first_run: MainWindow, empty_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page: Any = first_run.first_run_page
    qtbot.keyClicks(page.code_edit, "CR 01!")
    qtbot.keyClicks(page.username_edit, "m.rossi")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert first_run.is_first_run()
    code_error = page.errors["desk.code"]
    assert code_error.isVisibleTo(page) and "Codice" in code_error.text()
    name_error = page.errors["desk.name"]
    assert name_error.isVisibleTo(page) and "Nome" in name_error.text()
    assert page.errors["user.full_name"].isVisibleTo(page)
    assert count(empty_db, "desks") == 0 and count(empty_db, "users") == 0


def test_demo_data_loads_and_opens_the_agenda(
    first_run: MainWindow, empty_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page: Any = first_run.first_run_page
    page.demo_spin.setValue(40)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not first_run.is_first_run())
    assert count(empty_db, "participants") == 40
    assert count(empty_db, "appointments") > 0
    assert "40" in first_run.statusBar().currentMessage()
    assert first_run.current_index() == 0
    # The demo users sign in: the dialog names some of them and their password.
    from storage.demo import DEMO_PASSWORD

    dialog: Any = first_run.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert f"«{DEMO_PASSWORD}»" in dialog.hint.text() and "(coordinatore)" in dialog.hint.text()
    coordinator = empty_db.read("SELECT username FROM users WHERE role = 'coordinator' LIMIT 1")
    dialog.username_edit.setText(coordinator[0][0])
    dialog.password_edit.setText(DEMO_PASSWORD)
    dialog.enter_button.click()
    assert not dialog.isVisible()
    assert first_run.ctx.actor.username == coordinator[0][0]
    assert first_run.lock_action.isEnabled()


class CancellingPool:
    """Runs a task inline after the person has already pressed "Annulla"."""

    def start(self, runnable: QRunnable) -> None:
        runnable._handle.cancel()  # type: ignore[attr-defined]
        runnable.run()


def test_cancelled_demo_leaves_the_database_empty(
    first_run: MainWindow, empty_db: Database, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import gui.first_run as module

    shown: list[str] = []
    monkeypatch.setattr(
        module, "message_box", lambda _parent, title, *_a, **_k: shown.append(title)
    )
    page: Any = first_run.first_run_page
    page.ctx.pool = CancellingPool()
    page.demo_spin.setValue(1500)
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Caricamento annullato"]
    assert first_run.is_first_run()
    assert page.demo_button.isEnabled()
    for table in ("participants", "desks", "users"):
        assert count(empty_db, table) == 0
