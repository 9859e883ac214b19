"""Sign-in dialog, idle lock screen, password dialogs and the user buttons of Amministrazione."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from gui.lock_screen import LockScreen, _Cover
from gui.main_window import ADMIN, MainWindow
from gui.password_dialog import ChangePasswordDialog
from gui.sign_in import SignInDialog, start_up_actor
from models.enums import Role
from models.rows import Actor
from storage.engine import Database
from storage.services.admin import UserInput, create_user
from storage.services.auth import sign_in

PASSWORD = "una frase lunga"


def _logins(db: Database) -> list[str]:
    rows = db.read("SELECT summary FROM audit_events WHERE action = 'login' ORDER BY id")
    return [r[0] for r in rows]


@pytest.fixture
def coordinator(seeded: Any) -> Actor:
    admin = Actor.system_admin()
    create_user(
        seeded.db, admin, UserInput("c.sala", "Carla Sala", "coordinator", password=PASSWORD)
    )
    return sign_in(seeded.db, "c.sala", PASSWORD)


@pytest.fixture
def signed_window(make_window: Any, seeded: Any, coordinator: Actor) -> MainWindow:
    window: MainWindow = make_window(seeded.db, coordinator)
    return window


# ---------------------------------------------------------------- sign-in dialog


def test_wrong_password_is_said_in_the_dialog_then_the_right_one_signs_in(
    seeded: Any, coordinator: Actor, qtbot: Any
) -> None:
    """The message stays in the dialog, the password is cleared; then the actor is known."""
    dialog = SignInDialog(seeded.db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username_edit, "c.sala")
    qtbot.keyClicks(dialog.password_edit, "non era questa")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisible() and dialog.error.text() == "Nome utente o password errati."
    assert dialog.password_edit.text() == ""
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == coordinator
    assert _logins(seeded.db)[-2:] == ["wrong_password via=gui", "ok via=gui"]


def test_lockout_shows_the_wait_on_the_button(seeded: Any, coordinator: Actor, qtbot: Any) -> None:
    """After 5 wrong passwords «Entra» counts down; another username may try at once."""
    dialog = SignInDialog(seeded.db, username="c.sala")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        dialog.password_edit.setText("non era questa")
        dialog.try_sign_in()
    assert "riprovate tra 30 secondi" in dialog.error.text()
    assert not dialog.enter_button.isEnabled()
    assert dialog.enter_button.text() == "Attendete 30 s"
    assert dialog.wait_left() == 30
    dialog.wait.tick()
    assert dialog.enter_button.text() == "Attendete 29 s"
    qtbot.keyClicks(dialog.username_edit, "x")
    assert dialog.enter_button.isEnabled() and dialog.wait_left() == 0


def test_start_up_with_as_and_the_environment_password(
    seeded: Any, coordinator: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--as USER with SPORTELLO_PASSWORD opens without a dialog; smoke without --as is admin."""
    from storage.services.auth import SignInRefused

    monkeypatch.setenv("SPORTELLO_PASSWORD", PASSWORD)
    assert start_up_actor(seeded.db, "c.sala") == coordinator
    monkeypatch.setenv("SPORTELLO_PASSWORD", "sbagliata!!")
    with pytest.raises(SignInRefused):
        start_up_actor(seeded.db, "c.sala")
    assert start_up_actor(seeded.db, None, smoke=True) == Actor.system_admin()


def test_a_reset_password_must_be_changed(seeded: Any, coordinator: Actor, qtbot: Any) -> None:
    """The forced dialog explains why; the new password then signs in and the flag is gone."""
    from storage.services.auth import password_change_required, reset_password

    create_user(seeded.db, Actor.system_admin(), UserInput("t.rosa", "Tina Rosa", "tutor"))
    reset_password(seeded.db, coordinator, "t.rosa", "provvisoria-1")
    tutor = sign_in(seeded.db, "t.rosa", "provvisoria-1")
    dialog = ChangePasswordDialog(seeded.db, tutor, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "E&sci"
    dialog.old_edit.setText("provvisoria-1")
    dialog.new_edit.setText("la mia frase segreta")
    dialog.confirm_edit.setText("la mia frase diversa")
    dialog.save_button.click()
    assert dialog.errors["confirm"].text() == "Conferma: le due password non coincidono."
    dialog.confirm_edit.setText("la mia frase segreta")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert all(e.text() == "" for e in dialog.findChildren(QLineEdit))
    assert password_change_required(seeded.db, tutor) is False
    assert sign_in(seeded.db, "t.rosa", "la mia frase segreta").username == "t.rosa"


# ---------------------------------------------------------------- lock screen


def test_lock_now_hides_the_content_and_the_right_password_unlocks(
    signed_window: MainWindow, seeded: Any, qtbot: Any
) -> None:
    """Ctrl+L: the sections and an open dialog are covered; a wrong password counts."""
    editor = signed_window.change_password()  # an open dialog with something typed in it
    editor.new_edit.setText("scritto a metà")  # type: ignore[attr-defined]
    title = editor.windowTitle()
    signed_window.lock_action.trigger()
    lock = signed_window.session_lock
    screen = lock.screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    assert not signed_window.workspace.isVisible()
    assert signed_window.pages.currentWidget().objectName() == "lockedPage"
    assert not signed_window.menuBar().isEnabled()
    assert not signed_window.quit_action.isEnabled()
    assert not signed_window.search_action.isEnabled()
    covers = [c for c in editor.findChildren(_Cover) if c.isVisible()]
    assert len(covers) == 1 and covers[0].geometry() == editor.rect()
    assert editor.windowTitle() == signed_window.windowTitle() == "Sportello (bloccato)"
    assert "Carla Sala (Coordinatore)" in screen.who.text()

    qtbot.keyClicks(screen.password_edit, "non era questa")
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert lock.is_locked() and screen.error.text() == "Nome utente o password errati."
    assert seeded.db.read("SELECT failed_logins FROM users WHERE username = 'c.sala'") == [(1,)]
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert screen.isVisible()

    qtbot.keyClicks(screen.password_edit, PASSWORD)
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
    assert not lock.is_locked()
    assert signed_window.workspace.isVisible() and signed_window.menuBar().isEnabled()
    assert signed_window.quit_action.isEnabled() and signed_window.search_action.isEnabled()
    assert not [c for c in editor.findChildren(_Cover) if c.isVisible()]
    assert editor.isVisible() and editor.windowTitle() == title
    assert editor.new_edit.text() == "scritto a metà"  # type: ignore[attr-defined]
    assert _logins(seeded.db)[-2:] == ["wrong_password via=unlock", "ok via=unlock"]
    assert lock.watcher.timer.isActive()


def test_idle_time_locks_the_window(signed_window: MainWindow, qtbot: Any) -> None:
    """With no input for the configured time the lock screen appears by itself."""
    lock = signed_window.session_lock
    assert lock.watcher.timer.interval() == 10 * 60_000  # the default, 10 minutes
    lock.watcher.set_interval_ms(50)
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked() and not signed_window.workspace.isVisible()


def test_input_postpones_the_lock(signed_window: MainWindow, qtbot: Any) -> None:
    """A key press restarts the idle timer."""
    lock = signed_window.session_lock
    lock.watcher.set_interval_ms(60_000)
    qtbot.wait(200)
    before = lock.watcher.timer.remainingTime()
    qtbot.keyClick(signed_window.nav, Qt.Key.Key_Down)
    assert lock.watcher.timer.remainingTime() > before


def test_quit_from_the_lock_screen_closes_the_window(signed_window: MainWindow) -> None:
    """«Esci» closes every window without unlocking."""
    editor = signed_window.change_password()
    signed_window.lock_now()
    screen = signed_window.session_lock.screen
    assert screen is not None
    screen.quit_button.click()
    assert not signed_window.isVisible() and not editor.isVisible()


def test_the_administrator_of_the_file_has_nothing_to_lock(window: MainWindow) -> None:
    """Without a signed-in user there is no password: no lock, no password change."""
    assert not window.lock_action.isEnabled() and not window.password_action.isEnabled()
    window.lock_now()
    assert not window.session_lock.is_locked()


# ---------------------------------------------------------------- Amministrazione › Utenti


def _users_tab(window: MainWindow) -> Any:
    section: Any = window.show_section(ADMIN)
    section.tabs.setCurrentWidget(section.user_page)
    return section


def _select(section: Any, username: str) -> None:
    names = [u.username for u in section.user_model.rows()]
    section.user_table.setCurrentIndex(section.user_model.index(names.index(username), 0))


def test_disable_and_enable_a_user_no_delete_button(signed_window: MainWindow, seeded: Any) -> None:
    """«Disattiva» keeps the row (shown «No»), the button becomes «Riattiva»; no delete."""
    from PySide6.QtWidgets import QPushButton

    section = _users_tab(signed_window)
    _select(section, "l.bianchi")
    assert section.active_button.text() == "Disa&ttiva"
    section.active_button.click()
    assert seeded.db.read("SELECT active FROM users WHERE username = 'l.bianchi'") == [(0,)]
    row = next(u for u in section.user_model.rows() if u.username == "l.bianchi")
    assert row.active is False
    assert section.active_button.text() == "Ria&ttiva"
    index = section.user_table.currentIndex()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Disattivato: non può entrare, ma la sua storia resta sua."
    )
    section.active_button.click()
    assert seeded.db.read("SELECT active FROM users WHERE username = 'l.bianchi'") == [(1,)]
    labels = [b.text().replace("&", "").lower() for b in signed_window.findChildren(QPushButton)]
    assert not [t for t in labels if "elimina" in t or "cancella" in t]


def test_reset_password_from_the_users_tab(signed_window: MainWindow, seeded: Any) -> None:
    """The dialog checks the policy under the field; the reset forces a change."""
    section = _users_tab(signed_window)
    _select(section, "l.bianchi")
    dialog = section.reset_user_password()
    dialog.new_edit.setText("corta")
    dialog.save_button.click()
    assert dialog.errors["new_password"].text() == "Nuova password: almeno 10 caratteri."
    dialog.new_edit.setText("provvisoria-42")
    dialog.confirm_edit.setText("provvisoria-42")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert seeded.db.read(
        "SELECT must_change_password FROM users WHERE username = 'l.bianchi'"
    ) == [(1,)]
    assert sign_in(seeded.db, "l.bianchi", "provvisoria-42").role == Role.OPERATOR
    names = [u.username for u in section.user_model.rows()]
    index = section.user_model.index(names.index("l.bianchi"), 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Cambierà la password al prossimo accesso."


def test_idle_minutes_are_saved_and_rearm_the_lock(signed_window: MainWindow, seeded: Any) -> None:
    """«Applica» stores the minutes and the window's idle timer follows."""
    section = _users_tab(signed_window)
    assert section.idle_spin.value() == 10
    section.idle_spin.setValue(3)
    section.idle_save_button.click()
    assert seeded.db.read("SELECT value FROM app_settings WHERE key = 'security.idle_minutes'") == [
        ("3",)
    ]
    assert signed_window.session_lock.watcher.timer.interval() == 3 * 60_000


def test_first_run_needs_a_password_and_goes_on_signed_in(
    make_window: Any, empty_db: Database, qtbot: Any
) -> None:
    """Short or unconfirmed passwords are refused by their fields; then the user is signed in."""
    window: MainWindow = make_window(empty_db)
    page: Any = window.first_run_page
    assert [page.role_combo.itemData(i) for i in range(page.role_combo.count())] == [
        "coordinator",
        "admin",
    ]
    page.code_edit.setText("CR01")
    page.name_edit.setText("Sportello lavoro di Cremona")
    page.municipality_edit.setText("Cremona")
    page.username_edit.setText("m.rossi")
    page.full_name_edit.setText("Maria Rossi")
    page.password_edit.setText("corta")
    page.create_button.click()
    assert page.errors["user.password"].text() == "Password: almeno 10 caratteri."
    assert page.errors["user.confirm"].text() == "Conferma: le due password non coincidono."
    assert empty_db.read("SELECT count(*) FROM users") == [(0,)]
    page.password_edit.setText(PASSWORD)
    page.confirm_edit.setText(PASSWORD)
    page.create_button.click()
    assert not window.is_first_run()
    assert window.ctx.actor.username == "m.rossi" and window.ctx.actor.user_id is not None
    assert window.user_label.text() == "Utente: Maria Rossi (Coordinatore)"
    assert window.lock_action.isEnabled() and window.session_lock.watcher.timer.isActive()
    assert _logins(empty_db) == ["ok via=gui"]


def test_the_lock_screen_waits_out_a_lockout_on_its_button(
    signed_window: MainWindow, qtbot: Any
) -> None:
    """Five wrong passwords on the lock screen: «Sblocca» waits, counting down, then works."""
    signed_window.lock_action.trigger()
    screen = signed_window.session_lock.screen
    assert isinstance(screen, LockScreen)
    for _ in range(5):
        screen.password_edit.setText("non era questa")
        screen.try_unlock()
    assert not screen.unlock_button.isEnabled()
    assert screen.unlock_button.text() == "Attendete 30 s"
    screen.wait.tick()
    assert screen.unlock_button.text() == "Attendete 29 s"
    screen.wait.stop()
    assert screen.unlock_button.isEnabled() and screen.unlock_button.text() == "&Sblocca"
