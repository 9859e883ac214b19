"""The passphrase dialog at start-up (gui/passphrase_dialog.py, gui/app.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from gui.app import open_with_passphrase
from gui.passphrase_dialog import PassphraseDialog
from storage.crypto import KeyRequired, Passphrase, WrongKey
from storage.engine import Database, resolve_target
from storage.schema import open_database

SECRET = "una passphrase lunga"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "cifrato.db"
    open_database(resolve_target(str(path)).with_key(Passphrase(SECRET))).dispose()
    return path


def _attempt(path: Path) -> object:
    def attempt(text: str) -> Database:
        return open_database(resolve_target(str(path)).with_key(Passphrase(text)))

    return attempt


def test_wrong_passphrase_is_said_in_the_dialog_then_the_right_one_opens(
    qtbot, encrypted: Path
) -> None:  # type: ignore[no-untyped-def]
    """A wrong passphrase keeps the dialog open with the message; the right one opens."""
    before = encrypted.read_bytes()
    dialog = PassphraseDialog(str(encrypted), _attempt(encrypted))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
    qtbot.keyClicks(dialog.edit, "sbagliata-sbagliata")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.opened is None
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Passphrase errata:")
    assert encrypted.read_bytes() == before
    dialog.grab().save(str(encrypted.parent / "passphrase.png"))
    qtbot.keyClicks(dialog.edit, SECRET)  # the wrong text was selected: typing replaces it
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert isinstance(dialog.opened, Database) and dialog.opened.target.encrypted
    assert dialog.attempts == 2
    dialog.opened.dispose()


def test_empty_passphrase_is_not_tried(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    """Apri with nothing typed asks for the passphrase and tries nothing."""
    dialog = PassphraseDialog(str(encrypted), _attempt(encrypted))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.attempts == 0 and dialog.error.text() == "Scrivete la passphrase, oppure Esci."


def test_show_passphrase_toggles_echo(qtbot, encrypted: Path) -> None:  # type: ignore[no-untyped-def]
    """«Mostra la passphrase» (Alt+M) shows what was typed."""
    dialog = PassphraseDialog(str(encrypted), _attempt(encrypted))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_check.setChecked(True)
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Normal


def test_smoke_mode_reports_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a dialog (smoke): exit 2 when no key was given, 4 for a wrong one."""
    assert open_with_passphrase(None, KeyRequired("serve SPORTELLO_KEY"), smoke=True) == 2
    assert open_with_passphrase(None, WrongKey("Passphrase errata"), smoke=True) == 4
    err = capsys.readouterr().err
    assert "Errore: serve SPORTELLO_KEY" in err and "Errore: Passphrase errata" in err


def test_cancel_quits_cleanly(qtbot, encrypted: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Esci at the start-up dialog: exit code 0, nothing opened."""
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: PassphraseDialog.DialogCode.Rejected)
    assert open_with_passphrase(str(encrypted), KeyRequired("x"), smoke=False) == 0
