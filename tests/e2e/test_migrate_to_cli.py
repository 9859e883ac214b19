"""`migrate-to URL` as a subprocess: a demo desk moved to a real PostgreSQL server, and faults."""

from __future__ import annotations

import contextlib
import re
import socket
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_agenda_cli import rows
from tests.e2e.test_cli import run
from tests.pg import PostgresServer, pg_bin_or_skip

TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.fixture(scope="module")
def desk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "desk.db"
    result = run(path, "demo", "--participants", "40", "--seed", "9")
    assert result.returncode == 0, result.stderr
    return path


def test_the_demo_moves_and_the_server_books_on(desk_file: Path, pg_empty_url: str) -> None:
    """Counts printed and verified, check passes on the server, lists equal, a new booking works."""
    moved = run(desk_file, "migrate-to", pg_empty_url)
    assert moved.returncode == 0, moved.stderr
    assert "Conteggi verificati: tutti uguali" in moved.stdout
    assert "participants" in moved.stdout and "audit_events" in moved.stdout
    assert "notes_fts" not in moved.stdout
    check = run(pg_empty_url, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "catena integra" in check.stdout
    for what in ("participants", "desks", "users", "appointments"):
        assert run(pg_empty_url, "list", what).stdout == run(desk_file, "list", what).stdout
    desk = rows(run(pg_empty_url, "list", "desks").stdout)[1]["code"]
    slot = run(pg_empty_url, "slots", "--from", TOMORROW, "--desk", desk, "--minutes", "30")
    assert slot.returncode == 0, slot.stderr
    start, operator = slot.stdout.split("\n")[0].split()
    person = rows(run(pg_empty_url, "list", "participants").stdout)[0]["codice_fiscale"]
    booked = run(
        pg_empty_url,
        "book",
        "--participant",
        person,
        "--operator",
        operator,
        "--desk",
        desk,
        "--start",
        start,
        "--minutes",
        "30",
    )
    assert booked.returncode == 0, booked.stderr
    again = run(desk_file, "migrate-to", pg_empty_url)
    assert again.returncode == 0, again.stderr
    assert "Già presenti sul server, non duplicati" in again.stdout
    assert "Conteggi verificati: tutti uguali" in again.stdout
    # The booking made on the server is still the only new appointment there.
    server = rows(run(pg_empty_url, "list", "appointments").stdout)
    assert len(server) == len(rows(run(desk_file, "list", "appointments").stdout)) + 1


def test_an_encrypted_desk_moves_with_its_key(tmp_path: Path, pg_empty_url: str) -> None:
    """SPORTELLO_KEY opens an encrypted source (as for every command); without it, exit 2."""
    from tests.e2e import test_encryption_cli as encrypted

    path = tmp_path / "cifrato.db"
    assert encrypted.run(path, "demo", "--participants", "20", key=None).returncode == 0
    assert encrypted.run(path, "init", "--encrypt").returncode == 0
    refused = encrypted.run(path, "migrate-to", pg_empty_url, key=None)
    assert refused.returncode == 2
    assert "SPORTELLO_KEY" in refused.stderr
    moved = encrypted.run(path, "migrate-to", pg_empty_url)
    assert moved.returncode == 0, moved.stderr
    assert "Conteggi verificati: tutti uguali" in moved.stdout


def test_a_server_that_is_down_exits_1_without_the_password(desk_file: Path) -> None:
    """Nothing listens: exit 1, the URL shown with its password hidden."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://sportello:segreta@127.0.0.1:{port}/sportello"
    result = run(desk_file, "migrate-to", url)
    assert result.returncode == 1
    assert f"sportello:***@127.0.0.1:{port}/sportello" in result.stderr
    assert "segreta" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://u:segreta@host:porta/db", "server/sportello", "mysql://u:p@h/db"],
)
def test_a_malformed_url_exits_2(desk_file: Path, url: str) -> None:
    """A URL that cannot name a PostgreSQL database: exit 2, nothing attempted."""
    result = run(desk_file, "migrate-to", url)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("Errore: Destinazione:")
    assert "segreta" not in result.stderr


def test_a_source_that_is_not_sqlite_exits_2(pg_url: str) -> None:
    """The source must be a desk's SQLite file."""
    result = run(pg_url, "migrate-to", pg_url)
    assert result.returncode == 2
    assert "SQLite" in result.stderr


def test_an_operator_may_not_move_the_desk(desk_file: Path, pg_empty_url: str) -> None:
    """Moving the database is for coordinators and administrators: exit 4, nothing copied."""
    operators = [u for u in rows(run(desk_file, "list", "users").stdout) if u["role"] == "operator"]
    result = run(desk_file, "--as", operators[0]["username"], "migrate-to", pg_empty_url)
    assert result.returncode == 4, result.stderr
    assert "Conteggi" not in result.stdout


@pytest.fixture(scope="module")
def password_server() -> Iterator[PostgresServer]:
    """A server of its own that asks for a password over TCP (the session's one trusts all)."""
    server = PostgresServer(pg_bin_or_skip()).start()
    try:
        with contextlib.closing(server.connect()) as conn:
            conn.execute(b"ALTER ROLE postgres PASSWORD 'giusta'")
            conn.execute(b"CREATE DATABASE sportello")
        hba = server.data_dir / "pg_hba.conf"
        lines = hba.read_text().splitlines()
        hba.write_text(
            "\n".join(
                re.sub(r"\btrust$", "scram-sha-256", line) if line.startswith("host") else line
                for line in lines
            )
            + "\n"
        )
        assert server._run("pg_ctl", "reload", "-D", str(server.data_dir)).returncode == 0
        yield server
    finally:
        server.stop()


def test_a_wrong_password_exits_1_and_says_so(
    desk_file: Path, password_server: PostgresServer
) -> None:
    """The server refuses the password: exit 1, «rifiutato l'utente o la password», hidden."""
    url = f"postgresql+psycopg://postgres:sbagliata@127.0.0.1:{password_server.port}/sportello"
    result = run(desk_file, "migrate-to", url)
    assert result.returncode == 1, result.stderr
    assert "ha rifiutato l'utente o la password" in result.stderr
    assert "sbagliata" not in result.stderr + result.stdout
    right = url.replace("sbagliata", "giusta")
    moved = run(desk_file, "migrate-to", right)
    assert moved.returncode == 0, moved.stderr
    assert "giusta" not in moved.stdout + moved.stderr
