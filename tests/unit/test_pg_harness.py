"""The test harness's own PostgreSQL server (tests/pg.py): it starts, answers, and goes away."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import tests.pg
from tests.pg import PostgresServer, pg_bin_or_skip


def test_server_starts_answers_and_stops_without_a_trace() -> None:
    """initdb, start on 127.0.0.1, SELECT version() through psycopg, stop: the folder is gone."""
    server = PostgresServer(pg_bin_or_skip()).start()
    root = server.root
    try:
        assert root is not None and server.port > 0
        assert server.url("x").startswith(f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/")
        with contextlib.closing(server.connect()) as conn:
            row = conn.execute("SELECT version()").fetchone()
            encoding = conn.execute("SHOW server_encoding").fetchone()
        assert row is not None and str(row[0]).startswith("PostgreSQL")
        assert encoding == ("UTF8",)
    finally:
        server.stop()
    assert not server.running and not Path(root).exists()


def test_databases_are_created_from_a_template_and_dropped(pg_server: PostgresServer) -> None:
    """create_database copies a template with its tables; drop_database removes it."""
    pg_server.create_database("harness_template")
    with contextlib.closing(pg_server.connect("harness_template")) as conn:
        conn.execute("CREATE TABLE marker (n integer)")
        conn.execute("INSERT INTO marker VALUES (7)")
    url = pg_server.create_database("harness_copy", template="harness_template")
    assert url.endswith("/harness_copy")
    with contextlib.closing(pg_server.connect("harness_copy")) as conn:
        assert conn.execute("SELECT n FROM marker").fetchone() == (7,)
    for name in ("harness_copy", "harness_template"):
        pg_server.drop_database(name)
    with contextlib.closing(pg_server.connect()) as conn:
        names = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    assert not names & {"harness_copy", "harness_template"}


def test_bad_database_names_are_refused(pg_server: PostgresServer) -> None:
    """Names are checked before they reach SQL: no quoting games in the harness."""
    with pytest.raises(ValueError):
        pg_server.create_database('x"; DROP DATABASE postgres; --')


def test_missing_binaries_skip_with_a_visible_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without initdb the PostgreSQL tests are skipped, saying so, never silently passed."""
    monkeypatch.delenv("SPORTELLO_TEST_PG", raising=False)
    monkeypatch.setattr(tests.pg, "find_pg_bin", lambda: None)
    with pytest.raises(pytest.skip.Exception, match="PostgreSQL non installato"):
        pg_bin_or_skip()
    monkeypatch.setenv("SPORTELLO_TEST_PG", "0")
    with pytest.raises(pytest.skip.Exception, match="SPORTELLO_TEST_PG=0"):
        pg_bin_or_skip()


def test_root_without_the_postgres_user_is_a_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root the server runs as `postgres`: without that user, a skip that says so."""
    import pwd

    def no_such_user(name: str) -> object:
        raise KeyError(name)

    monkeypatch.delenv("SPORTELLO_TEST_PG", raising=False)
    monkeypatch.setattr(tests.pg, "find_pg_bin", lambda: Path("/usr/lib/postgresql/15/bin"))
    monkeypatch.setattr(tests.pg.os, "geteuid", lambda: 0)
    monkeypatch.setattr(pwd, "getpwnam", no_such_user)
    with pytest.raises(pytest.skip.Exception, match="manca l'utente di sistema"):
        pg_bin_or_skip()
