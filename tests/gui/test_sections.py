"""The sections show real data from the services; the registry is lazy; crashes are reported."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from gui.main_window import MainWindow
from models.rows import Actor
from storage.engine import Database

PARTICIPANTS = 3000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from storage.demo import load_demo
    from storage.schema import open_database

    path = tmp_path_factory.mktemp("sections") / "demo.db"
    database = open_database(str(path))
    load_demo(database, Actor.system_admin(), participants=PARTICIPANTS, seed=3)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[Database]:
    from storage.schema import open_database

    database = open_database(str(demo_file))
    yield database
    database.dispose()


@pytest.fixture
def demo_window(make_window, demo_db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(demo_db)  # type: ignore[no-any-return]


def sql(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def test_agenda_lists_todays_appointments(demo_window: MainWindow, demo_file: Path) -> None:
    agenda: Any = demo_window.section(0)
    today = date.today().isoformat()
    expected = sql(
        demo_file,
        "SELECT count(*) FROM appointments WHERE start >= ? AND start < date(?, '+1 day')",
        (today, today),
    )[0][0]
    assert agenda.model.rowCount() == expected
    assert agenda.counter_participants.value.text().replace(".", "") == str(PARTICIPANTS)


def test_registry_fetches_only_what_is_shown(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_section(1)
    section: Any = demo_window.section(1)
    model = section.model
    qtbot.waitUntil(lambda: model.total() == PARTICIPANTS)
    QApplication.processEvents()
    assert 0 < model.loaded_rows() <= 2 * model.block_size
    section.table.scrollToBottom()
    QApplication.processEvents()
    assert model.loaded_rows() <= 3 * model.block_size
    last = model.row_at(PARTICIPANTS - 1)
    assert last is not None and last.last_name


def test_registry_search_and_sort_run_in_sql(
    demo_window: MainWindow, demo_file: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_section(1)
    section: Any = demo_window.section(1)
    model = section.model
    surname = sql(demo_file, "SELECT last_name FROM participants ORDER BY id LIMIT 1")[0][0]
    expected = sql(demo_file, "SELECT count(*) FROM participants WHERE last_name = ?", (surname,))[
        0
    ][0]
    qtbot.keyClicks(section.search, surname)
    qtbot.waitUntil(lambda: model.query.text == surname, timeout=3000)
    assert model.total() >= expected
    assert all(surname.lower() in model.row_at(i).last_name.lower() for i in range(model.total()))
    section.search.clear()
    qtbot.waitUntil(lambda: model.total() == PARTICIPANTS, timeout=3000)
    model.sort(model.COL_BIRTH_DATE)
    oldest = sql(demo_file, "SELECT min(birth_date) FROM participants")[0][0]
    assert model.row_at(0).birth_date.isoformat() == oldest


def test_administration_lists_desks_users_and_programmes(
    demo_window: MainWindow, demo_file: Path
) -> None:
    admin: Any = demo_window.section(5)
    models = {
        type(m).__name__: m
        for m in admin.findChildren(object)
        if type(m).__name__ in ("DeskTableModel", "UserTableModel", "ProgrammeTableModel")
    }
    assert models["DeskTableModel"].rowCount() == sql(demo_file, "SELECT count(*) FROM desks")[0][0]
    assert models["UserTableModel"].rowCount() == sql(demo_file, "SELECT count(*) FROM users")[0][0]
    assert models["ProgrammeTableModel"].rowCount() == 5  # four running, one closed in 2018


def test_pathways_and_companies_show_rows(demo_window: MainWindow) -> None:
    for index in (2, 3):
        section: Any = demo_window.section(index)
        assert section.model.rowCount() > 0, index


def test_unexpected_error_opens_the_crash_dialog_with_details(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    from gui.crash import CrashDialog, CrashHandler

    handler = CrashHandler(log_file="/tmp/sportello.log", show_dialog=True)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None and exc is not None
    handler(exc_type, exc, tb)
    assert handler.errors == [exc]
    assert "Unexpected error" in caplog.text
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    assert dialogs
    details = dialogs[-1].findChild(QPlainTextEdit)
    assert details is not None and "ZeroDivisionError: boom" in details.toPlainText()
    for dialog in dialogs:
        dialog.close()
