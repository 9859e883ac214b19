"""Backups, restore and the check (storage/backup.py, storage/check.py)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from models.errors import StorageUnavailable, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.backup import backup_database, list_backups, restore_database
from storage.check import check_database
from storage.engine import Database
from storage.schema import HEAD_REVISION, open_database
from storage.services.participants import create_participant
from tests.conftest import make_cf


def _add(db: Database, admin: Actor, last: str, first: str) -> None:
    cf = make_cf(last, first, "M", date(1985, 5, 17))
    create_participant(db, admin, ParticipantInput(last, first, cf))


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.sqlite_only("the built-in backup copies an SQLite file; PostgreSQL's will use pg_dump")
def test_backup_is_a_consistent_self_contained_copy(db: Database, admin: Actor) -> None:
    """The backup holds the committed data in one file, without a WAL beside it."""
    _add(db, admin, "Rossi", "Mario")
    path = backup_database(db.target)
    assert path.parent == db.target.backup_dir
    assert _count(path) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.sqlite_only("the built-in backup copies an SQLite file; PostgreSQL's will use pg_dump")
def test_backup_keeps_only_the_newest(db: Database, tmp_path: Path) -> None:
    """With keep=N only the N newest timestamped backups remain."""
    folder = tmp_path / "bk"
    for _ in range(4):
        backup_database(db.target, to=folder, keep=2)
    assert len(list_backups(folder, "sportello")) == 2


@pytest.mark.sqlite_only("the built-in backup copies an SQLite file; PostgreSQL's will use pg_dump")
def test_restore_replaces_and_keeps_a_copy(db: Database, admin: Actor) -> None:
    """Restore brings back the backup's data and keeps what it replaced."""
    _add(db, admin, "Rossi", "Mario")
    path = backup_database(db.target)
    _add(db, admin, "Bianchi", "Luca")
    db.dispose()
    kept = restore_database(db.target, path)
    assert kept is not None and _count(kept) == 2
    reopened = open_database(db.target)
    with reopened.engine.connect() as conn:
        names = conn.execute(text("SELECT last_name FROM participants")).scalars().all()
    assert names == ["Rossi"]
    assert check_database(reopened).ok


@pytest.mark.sqlite_only("the built-in backup copies an SQLite file; PostgreSQL's will use pg_dump")
def test_restore_refuses_a_bad_file_and_changes_nothing(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    """A file that is not a Sportello database is refused before anything is touched."""
    _add(db, admin, "Rossi", "Mario")
    bad = tmp_path / "bad.db"
    bad.write_text("niente")
    with pytest.raises(ValidationError, match="non è un database"):
        restore_database(db.target, bad)
    assert _count(db.target.path) == 1  # type: ignore[arg-type]
    assert not list(db.target.backup_dir.glob("*prima-del-ripristino*"))


@pytest.mark.sqlite_only("the built-in backup copies an SQLite file; PostgreSQL's will use pg_dump")
def test_restore_over_a_corrupt_file_keeps_it_byte_for_byte(db: Database, admin: Actor) -> None:
    """When the current file is garbage, restore moves it aside untouched."""
    _add(db, admin, "Rossi", "Mario")
    good = backup_database(db.target)
    db.dispose()
    assert db.target.path is not None
    db.target.path.write_bytes(b"garbage" * 1000)
    kept = restore_database(db.target, good)
    assert kept is not None and kept.read_bytes() == b"garbage" * 1000
    assert _count(db.target.path) == 1


def test_backup_of_missing_database(tmp_path: Path) -> None:
    """Backing up a file that does not exist says so."""
    from storage.engine import resolve_target

    with pytest.raises(StorageUnavailable, match="non esiste"):
        backup_database(resolve_target(str(tmp_path / "none.db")))


def test_check_passes_on_a_healthy_database(db: Database, admin: Actor) -> None:
    """Integrity, foreign keys, schema and audit chain all reported ok."""
    _add(db, admin, "Rossi", "Mario")
    report = check_database(db)
    assert report.ok, report.problems
    assert any(f"Schema: {HEAD_REVISION}" in line for line in report.lines)


@pytest.mark.sqlite_only("PostgreSQL refuses a dangling foreign key when it is written")
def test_check_finds_dangling_foreign_keys(db: Database) -> None:
    """A row pointing to a missing record is reported."""
    raw = sqlite3.connect(db.target.path)  # type: ignore[arg-type]
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(
        "INSERT INTO opening_hours (desk_id, weekday, start_time, end_time) "
        "VALUES (999, 0, '09:00:00', '12:00:00')"
    )
    raw.commit()
    raw.close()
    report = check_database(db)
    assert not report.ok and "opening_hours" in report.problems[0]


def test_check_finds_an_edited_audit_event(db: Database, admin: Actor) -> None:
    """Changing an audit row after the fact breaks the hash chain at that row."""
    _add(db, admin, "Rossi", "Mario")
    _add(db, admin, "Bianchi", "Luca")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET username = 'intruso' WHERE id = 1"))
    report = check_database(db)
    assert any("evento 1 è stato modificato" in p for p in report.problems)


def test_check_finds_a_removed_audit_event(db: Database, admin: Actor) -> None:
    """Deleting an audit row in the middle is detected."""
    for last in ("Rossi", "Bianchi", "Verdi"):
        _add(db, admin, last, "Mario")
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = 2"))
    assert any("mancano gli eventi da 2" in p for p in check_database(db).problems)
