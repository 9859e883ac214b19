"""Shared fixtures: every test gets its own data, log and settings folders, and a fresh database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from models.codice_fiscale import compose
from models.enums import Sex
from models.rows import Actor
from storage.engine import Database
from storage.schema import open_database

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


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor.system_admin()


def make_cf(last: str, first: str, sex: str, born: date, place: str = "D150") -> str:
    """A valid codice fiscale for test people (Cremona by default)."""
    return compose(last, first, Sex(sex), born, place)
