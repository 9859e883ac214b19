"""`--as USERNAME` signs in: SPORTELLO_PASSWORD or a terminal prompt gives the password."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from storage.demo import DEMO_PASSWORD
from tests.e2e.test_cli import MAIN, ROOT, _env, csv_rows, run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signin") / "demo.db"
    result = run(path, "demo", "--participants", "20", "--seed", "3")
    assert result.returncode == 0, result.stderr
    return path


def _as(db: Path, user: str, password: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = _env()
    env.pop("SPORTELLO_PASSWORD", None)
    if password is not None:
        env["SPORTELLO_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, str(MAIN), "--db", str(db), "--as", user, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


def _user(db: Path, role: str) -> str:
    users = csv_rows(run(db, "list", "users").stdout)
    return next(u["username"] for u in users if u["role"] == role and u["active"] == "True")


def _logins(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT summary FROM audit_events WHERE action = 'login' ORDER BY id")
        return [r[0] for r in rows]
    finally:
        conn.close()


def test_env_password_signs_in_and_is_audited(demo_db: Path) -> None:
    """SPORTELLO_PASSWORD with the right password: the command runs as that user."""
    tutor = _user(demo_db, "tutor")
    before = len(_logins(demo_db))
    result = _as(demo_db, tutor, DEMO_PASSWORD, "list", "desks")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("code,name,municipality")
    assert _logins(demo_db)[before:] == ["ok via=cli"]
    assert DEMO_PASSWORD not in (demo_db.parent / "demo.db").read_bytes().decode("latin-1")


def test_wrong_password_and_unknown_user_exit_4_with_the_same_message(demo_db: Path) -> None:
    """A wrong password and a name that does not exist cannot be told apart."""
    operator = _user(demo_db, "operator")
    wrong = _as(demo_db, operator, "non-è-questa", "list", "desks")
    unknown = _as(demo_db, "nessuno", DEMO_PASSWORD, "list", "desks")
    assert wrong.returncode == unknown.returncode == 4
    assert wrong.stderr == unknown.stderr == "Errore: Nome utente o password errati.\n"
    assert wrong.stdout == unknown.stdout == ""


def test_no_password_and_no_terminal_exit_4_naming_the_variable(demo_db: Path) -> None:
    """Without SPORTELLO_PASSWORD and without a terminal the command is refused."""
    tutor = _user(demo_db, "tutor")
    result = _as(demo_db, tutor, None, "list", "desks")
    assert result.returncode == 4
    assert "SPORTELLO_PASSWORD" in result.stderr and f"--as {tutor}" in result.stderr


def test_without_as_the_administrator_acts_without_password(demo_db: Path) -> None:
    """Holding the file is being its administrator: no --as, no password asked."""
    env = _env()
    env.pop("SPORTELLO_PASSWORD")
    result = subprocess.run(
        [sys.executable, str(MAIN), "--db", str(demo_db), "list", "users"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0 and result.stdout.startswith("username,")


def test_lockout_applies_on_the_command_line(tmp_path: Path) -> None:
    """Five wrong passwords, then even the right one waits (exit 4, the wait said)."""
    db = tmp_path / "lock.db"
    assert run(db, "demo", "--participants", "10", "--seed", "5").returncode == 0
    coordinator = _user(db, "coordinator")
    for _ in range(5):
        assert _as(db, coordinator, "non-è-questa", "list", "desks").returncode == 4
    locked = _as(db, coordinator, DEMO_PASSWORD, "list", "desks")
    assert locked.returncode == 4
    assert "Troppi tentativi errati per questo utente: riprovate tra" in locked.stderr
    assert _logins(db)[-6:] == ["wrong_password via=cli"] * 5 + ["locked via=cli"]


def test_password_asked_on_the_terminal(demo_db: Path) -> None:
    """With a terminal and no SPORTELLO_PASSWORD, getpass asks for it."""
    tutor = _user(demo_db, "tutor")
    master, slave = os.openpty()

    def take_terminal() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    env = _env()
    env.pop("SPORTELLO_PASSWORD")
    proc = subprocess.Popen(
        [sys.executable, str(MAIN), "--db", str(demo_db), "--as", tutor, "list", "desks"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        preexec_fn=take_terminal,  # the child needs the pty as its controlling terminal
    )
    os.close(slave)
    prompt = b""
    while b"Password di" not in prompt:
        chunk = os.read(master, 100)
        assert chunk, "no prompt"
        prompt += chunk
    os.write(master, DEMO_PASSWORD.encode() + b"\n")
    out, err = proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == 0, err
    assert out.decode().startswith("code,name,municipality")
    assert DEMO_PASSWORD.encode() not in prompt


def test_gui_smoke_with_as_signs_in_from_the_environment(demo_db: Path) -> None:
    """--smoke --as USER: the right SPORTELLO_PASSWORD opens the window, a wrong one exits 4."""
    coordinator = _user(demo_db, "coordinator")
    opened = _as(demo_db, coordinator, DEMO_PASSWORD, "--smoke")
    assert opened.returncode == 0, opened.stderr
    wrong = _as(demo_db, coordinator, "non-è-questa", "--smoke")
    assert wrong.returncode == 4
    assert "Errore: Nome utente o password errati." in wrong.stderr
    missing = _as(demo_db, coordinator, None, "--smoke")
    assert missing.returncode == 4 and "SPORTELLO_PASSWORD" in missing.stderr
    assert _logins(demo_db)[-2:] == ["ok via=gui", "wrong_password via=gui"]


def test_a_reset_password_must_be_changed_before_using_as(tmp_path: Path) -> None:
    """After a coordinator's reset, --as with the new password is refused until it is changed."""
    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.auth import reset_password

    db_path = tmp_path / "reset.db"
    assert run(db_path, "demo", "--participants", "10", "--seed", "6").returncode == 0
    tutor = _user(db_path, "tutor")
    db = open_database(str(db_path))
    try:
        reset_password(db, Actor.system_admin(), tutor, "provvisoria-123")
    finally:
        db.dispose()
    result = _as(db_path, tutor, "provvisoria-123", "list", "desks")
    assert result.returncode == 4
    assert f"La password di {tutor} è stata reimpostata da un coordinatore" in result.stderr
