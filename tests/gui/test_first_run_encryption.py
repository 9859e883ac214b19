"""The first-run page's «Cifra il database» group: the empty database encrypted before use."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from storage.crypto import Passphrase, is_plain_sqlite
from storage.engine import Database, resolve_target
from storage.schema import open_database

SECRET = "una passphrase lunga"


@pytest.fixture
def first_run(make_window, empty_db) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(empty_db)
    assert window.is_first_run()
    return window


def _fill(page: Any, qtbot: Any, passphrase: str, confirm: str) -> None:
    qtbot.keyClicks(page.code_edit, "CR01")
    qtbot.keyClicks(page.name_edit, "Sportello lavoro di Cremona")
    qtbot.keyClicks(page.municipality_edit, "Cremona")
    qtbot.keyClicks(page.username_edit, "m.rossi")
    qtbot.keyClicks(page.full_name_edit, "Maria Rossi")
    qtbot.keyClicks(page.password_edit, "una frase lunga")
    qtbot.keyClicks(page.confirm_edit, "una frase lunga")
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClicks(page.passphrase_confirm_edit, confirm)


def test_the_group_is_shown_with_its_advice(first_run: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The page shows «Cifra il database», password fields, and the advice."""
    page: Any = first_run.first_run_page
    assert page.encryption_box.isVisibleTo(page)
    assert page.encryption_box.title() == "Cifra il database"
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Password
    first_run.resize(1100, 900)
    page.encryption_box.grab().save(str(tmp_path / "cifra.png"))


def test_filled_group_encrypts_the_empty_database_then_creates_desk_and_user(
    first_run: MainWindow, empty_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """With a passphrase the file is encrypted first; desk and user land in the encrypted file."""
    page: Any = first_run.first_run_page
    path = empty_db.target.path
    assert path is not None and is_plain_sqlite(path)
    _fill(page, qtbot, SECRET, SECRET)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not first_run.is_first_run()
    assert empty_db.target.encrypted  # the same Database object goes on, encrypted
    assert empty_db.read("SELECT code FROM desks") == [("CR01",)]
    empty_db.dispose()
    assert not is_plain_sqlite(path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM desks").fetchall()
    reopened = open_database(resolve_target(str(path)).with_key(Passphrase(SECRET)))
    try:
        assert reopened.read("SELECT username FROM users") == [("m.rossi",)]
    finally:
        reopened.dispose()


def test_short_or_mismatched_passphrase_is_shown_by_the_field_and_nothing_is_written(
    first_run: MainWindow, empty_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Too short, then not repeated the same: the message under the field, no desk, no cipher."""
    page: Any = first_run.first_run_page
    _fill(page, qtbot, "corta", "corta")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    error = page.errors["crypto.passphrase"]
    assert error.isVisibleTo(page)
    assert error.text() == "Passphrase: deve avere almeno 12 caratteri (ne ha 5)."
    assert first_run.is_first_run() and not empty_db.target.encrypted
    page.passphrase_edit.setText(SECRET)
    page.passphrase_confirm_edit.setText(SECRET + "x")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.errors["crypto.confirm"].text() == (
        "Conferma della passphrase: non coincide con la passphrase."
    )
    assert empty_db.read("SELECT count(*) FROM desks") == [(0,)]
    assert empty_db.target.path is not None and is_plain_sqlite(empty_db.target.path)


def test_empty_group_leaves_the_database_plain(
    first_run: MainWindow, empty_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Without a passphrase nothing is encrypted (the choice stays the person's)."""
    page: Any = first_run.first_run_page
    _fill(page, qtbot, "", "")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert not first_run.is_first_run()
    assert not empty_db.target.encrypted
    assert empty_db.target.path is not None and is_plain_sqlite(empty_db.target.path)
