"""Shared fixtures: every test gets its own data, log and settings folders, and a fresh database.

The `db` fixture is SQLite by default. For the modules in `PG_MODULES` it is parametrized: each
test runs once on SQLite (`[sqlite]`) and once on a real PostgreSQL server that the session
starts itself (`[postgresql]`, see tests/pg.py), in a fresh database copied from a migrated
template. Without PostgreSQL binaries, or with SPORTELLO_TEST_PG=0, the PostgreSQL runs are
skipped with the reason shown in pytest's summary.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from models.codice_fiscale import compose
from models.enums import Sex
from models.rows import Actor
from storage.engine import Database
from storage.schema import open_database
from tests.pg import PostgresServer, pg_bin_or_skip

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's data, log or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("SPORTELLO_LOG_DIR", str(home / "log"))
    monkeypatch.delenv("SPORTELLO_DB", raising=False)
    # Nothing from the developer's shell decides a key or a password for a test.
    for name in ("SPORTELLO_KEY", "SPORTELLO_NEW_KEY", "SPORTELLO_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sportello.db"


# tests/unit modules whose `db` tests also run on PostgreSQL (the file name without .py).
# A test about something only SQLite has (a file, PRAGMAs, the built-in backup) carries
# @pytest.mark.sqlite_only("why") and runs on SQLite alone. Not listed: test_encryption (SQLCipher
# is SQLite's). test_caseload and test_permission_matrix build their own worlds instead of using
# `db`: their fixtures ask `engines_for`.
PG_MODULES: frozenset[str] = frozenset(
    {
        "test_access_log",
        "test_activity_import",
        "test_auth",
        "test_backup",
        "test_booking_service",
        "test_caseload",
        "test_companies",
        "test_confidential_notes",
        "test_courses",
        "test_demo",
        "test_desks",
        "test_dossier",
        "test_forms",
        "test_hostile_input",
        "test_import",
        "test_indicators",
        "test_intake",
        "test_jobsearch",
        "test_permission_matrix",
        "test_placements",
        "test_printing",
        "test_registers",
        "test_retention",
        "test_schema",
        "test_search",
        "test_services",
        "test_subject_access",
        "test_timeline",
        "test_tutoring",
        "test_tutoring_more",
    }
)
PG_TEMPLATE = "sportello_template"
ENGINES = ("sqlite", "postgresql")


def _on_postgresql(module: str) -> bool:
    """In PG_MODULES, or named by SPORTELLO_PG_MODULES (comma-separated, or * for every module:
    how to try a module on PostgreSQL before adding it to the list)."""
    extra = os.environ.get("SPORTELLO_PG_MODULES", "")
    wanted = {name.strip() for name in extra.split(",") if name.strip()}
    return module in PG_MODULES or module in wanted or "*" in wanted


def engines_for(module: str) -> tuple[str, ...]:
    """The engines a module's own database fixtures run on (for modules that build their
    worlds themselves instead of using `db`): both when the module is in PG_MODULES."""
    return ENGINES if _on_postgresql(module) else ENGINES[:1]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the `db` tests of the PG_MODULES once per engine."""
    path = metafunc.definition.path
    # The list names tests/unit modules: tests/gui has modules of the same names.
    in_unit = path.parent.name == "unit"
    if in_unit and "db" in metafunc.fixturenames and _on_postgresql(path.stem):
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("db", ENGINES[:1] if only_sqlite else ENGINES, indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session, or a skip that says why there is none."""
    server = PostgresServer(pg_bin_or_skip()).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A database migrated to head once; each PostgreSQL test gets a copy of it."""
    database = open_database(pg_server.create_database(PG_TEMPLATE))
    database.dispose()  # a template must have no connections when it is copied
    return PG_TEMPLATE


_pg_databases = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_template: str) -> Iterator[str]:
    """The URL of a fresh database at head on the session's server, dropped afterwards."""
    name = f"test_{next(_pg_databases)}"
    yield pg_server.create_database(name, template=pg_template)
    pg_server.drop_database(name)


@pytest.fixture
def pg_empty_url(pg_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database (no schema at all) on the session's server."""
    name = f"empty_{next(_pg_databases)}"
    yield pg_server.create_database(name)
    pg_server.drop_database(name)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A fresh database at head: an SQLite file, or (parametrized) a PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor.system_admin()


def stored(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows of `Database.read` as SQLite gives them, whatever the engine: dates, times and
    timestamps as the ISO text SQLAlchemy stores in SQLite, so one expected value fits both."""

    def text(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, time):
            return value.strftime("%H:%M:%S.%f")
        return value

    return [tuple(text(v) for v in row) for row in rows]


def make_cf(last: str, first: str, sex: str, born: date, place: str = "D150") -> str:
    """A valid codice fiscale for test people (Cremona by default)."""
    return compose(last, first, Sex(sex), born, place)
