"""Opening, creating and migrating the store (storage/schema.py, storage/engine.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models.errors import StorageUnavailable
from storage.engine import Database, read_revision, resolve_target
from storage.schema import HEAD_REVISION, KNOWN_REVISIONS, MIGRATIONS_DIR, open_database, upgrade
from tests.pg import PostgresServer


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    """Without --db or SPORTELLO_DB the file is sportello.db in the platformdirs data folder."""
    target = resolve_target(None)
    assert target.path is not None
    assert target.path.name == "sportello.db"
    assert str(target.path).startswith(os.environ["XDG_DATA_HOME"])


def test_environment_variable_and_urls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """SPORTELLO_DB names the file; a value with :// is taken as an SQLAlchemy URL."""
    monkeypatch.setenv("SPORTELLO_DB", str(tmp_path / "env.db"))
    assert resolve_target(None).path == tmp_path / "env.db"
    pg = resolve_target("postgresql+psycopg://u:secret@localhost/sportello")
    assert pg.path is None and not pg.is_sqlite and "secret" not in pg.display


@pytest.mark.sqlite_only("PRAGMAs are SQLite's")
def test_pragmas_on_every_connection(db: Database) -> None:
    """Foreign keys on, WAL journal, synchronous NORMAL and a busy timeout."""
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_fresh_database_is_at_head(db: Database) -> None:
    """A new file is created and migrated to the newest revision."""
    assert read_revision(db.engine) == HEAD_REVISION


def test_known_revisions_match_the_scripts() -> None:
    """The revision list the program checks at start-up is the one Alembic's scripts define."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    chain = [rev.revision for rev in script.walk_revisions()]
    assert tuple(reversed(chain)) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD_REVISION


def schema_differences(db: Database) -> list[object]:
    """What autogenerate finds between the migrated schema and the models (nothing, we hope)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from models.base import Base

    def include_name(name: str | None, type_: str, _parent: object) -> bool:
        if type_ == "index" and name == "ix_tutoring_notes_fts":  # PostgreSQL's text search
            return False
        return not (type_ == "table" and name is not None and name.startswith("notes_fts"))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": include_name}
        )
        return list(compare_metadata(context, Base.metadata))


def test_models_and_migrations_agree(db: Database) -> None:
    """Autogenerate finds no difference between the migrated schema and the models."""
    assert schema_differences(db) == []


def test_empty_postgresql_database_is_migrated_to_head(pg_empty_url: str) -> None:
    """An empty PostgreSQL database runs 0001..head; check names the revision and says ok."""
    from storage.check import check_database

    db = open_database(pg_empty_url)
    try:
        assert read_revision(db.engine) == HEAD_REVISION
        report = check_database(db)
        assert report.problems == []
        assert f"Schema: {HEAD_REVISION} (aggiornato)" in report.lines
        assert "Connessione al server postgresql: ok" in report.lines
        assert "Indice di ricerca delle note: ok" in report.lines
        assert schema_differences(db) == []
    finally:
        db.dispose()
    again = open_database(pg_empty_url)  # at head: opened as it is
    assert read_revision(again.engine) == HEAD_REVISION
    again.dispose()


def test_postgresql_note_search_index_ignores_accents(pg_empty_url: str) -> None:
    """0004 gives PostgreSQL an accent-free text-search index over the notes."""
    db = open_database(pg_empty_url)
    try:
        with db.engine.connect() as conn:
            folded = conn.execute(text("SELECT f_unaccent('Perché Nicolò')")).scalar()
            index = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_tutoring_notes_fts'")
            ).scalar()
        assert folded == "Perche Nicolo"
        assert index is not None and "gin" in index and "f_unaccent" in index
    finally:
        db.dispose()


def test_postgresql_downgrade_to_nothing_and_back(pg_empty_url: str) -> None:
    """Every PostgreSQL migration step is reversible: down to base, then up to head again."""
    from alembic import command

    from storage.schema import alembic_config

    db = open_database(pg_empty_url)
    try:
        cfg = alembic_config(db)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
            command.downgrade(cfg, "base")  # type: ignore[arg-type]
        assert read_revision(db.engine) is None
        upgrade(db, None)
        assert read_revision(db.engine) == HEAD_REVISION
        assert schema_differences(db) == []
    finally:
        db.dispose()


def test_too_new_postgresql_database_is_refused(pg_empty_url: str) -> None:
    """A PostgreSQL database from a newer program is refused, its revision left as it was."""
    db = open_database(pg_empty_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    db.dispose()
    with pytest.raises(StorageUnavailable, match="versione più recente"):
        open_database(pg_empty_url)
    other = Database(resolve_target(pg_empty_url))
    assert read_revision(other.engine) == "0999"
    other.dispose()


def test_previous_revision_keeps_its_data_through_upgrade(db_path: Path) -> None:
    """A database at 0001 with people in it is backed up, upgraded, and its people searchable."""
    from storage.engine import Database, make_engine

    target = resolve_target(str(db_path))
    old = Database(target, make_engine(target))
    upgrade(old, None, to="0001")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (uuid, internal_code, last_name, first_name, created_at,"
                " updated_at, l68_registered, driving_licence, own_transport, restricted)"
                " VALUES ('u-1', 'P-1', 'Citì', 'Nicolò', '2026-01-01', '2026-01-01', 0, 0, 0, 0)"
            )
        )
    old.dispose()
    db = open_database(str(db_path))
    assert read_revision(db.engine) == HEAD_REVISION
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT last_name, search_key FROM participants")).one()
    assert tuple(row) == ("Citì", "citi nicolo")
    backups = list((db_path.parent / "backups").glob("sportello-prima-della-migrazione-0001-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT count(*) FROM participants").fetchone() == (1,)
    copy.close()


@pytest.mark.sqlite_only(
    "about the file (PostgreSQL's twin: test_too_new_postgresql_database_is_refused)"
)
def test_too_new_database_is_refused_untouched(db: Database, db_path: Path) -> None:
    """A database from a newer program is refused with a message, and not modified."""
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(StorageUnavailable, match="versione più recente"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused_and_names_the_backup(tmp_path: Path) -> None:
    """A file that is not SQLite is never overwritten; the message names the latest backup."""
    bad = tmp_path / "sportello.db"
    bad.write_bytes(b"questo non e' un database" * 100)
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "sportello-20260101-120000.db").write_bytes(b"x")
    with pytest.raises(StorageUnavailable) as err:
        open_database(str(bad))
    assert "sportello-20260101-120000.db" in str(err.value) and "restore" in str(err.value)
    assert bad.read_bytes() == b"questo non e' un database" * 100


@pytest.mark.sqlite_only("about the file's bytes and permissions")
def test_corrupt_database_is_refused(db: Database, db_path: Path) -> None:
    """A database whose pages are garbage gives StorageUnavailable, not a traceback."""
    db.dispose()
    data = bytearray(db_path.read_bytes())
    data[100 : 4096 * 3] = b"\xff" * (4096 * 3 - 100)
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StorageUnavailable, match="danneggiato"):
        open_database(str(db_path))


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    """An SQLite file of another program is left alone."""
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE ricette (nome TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageUnavailable, match="non sono di Sportello"):
        open_database(str(other))


@pytest.mark.sqlite_only("about the file's bytes and permissions")
@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_is_refused_for_writing(db: Database, db_path: Path) -> None:
    """A read-only file gives a clear message when the program needs to write."""
    db.dispose()
    db_path.chmod(0o444)
    try:
        with pytest.raises(StorageUnavailable, match="sola lettura"):
            open_database(str(db_path))
    finally:
        db_path.chmod(0o644)


@pytest.mark.sqlite_only("about the file's bytes and permissions")
def test_read_only_check_is_detected_even_as_root(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the OS says the file is not writable, opening for writing is refused."""
    db.dispose()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with pytest.raises(StorageUnavailable, match="sola lettura"):
        open_database(str(db_path))


def test_missing_file_without_create(tmp_path: Path) -> None:
    """Read-only commands on a missing file say how to create it."""
    with pytest.raises(StorageUnavailable, match="init"):
        open_database(str(tmp_path / "nope.db"), create=False)


@pytest.mark.sqlite_only("SQLite's write lock")
def test_locked_database_gives_storage_unavailable(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another process holds the write lock, a write fails with a clear message."""
    import storage.engine as engine_module
    from models.rows import Actor
    from storage.services.admin import DeskInput, create_desk

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()  # new connections take the short timeout
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageUnavailable, match="bloccato"):
            create_desk(db, Actor.system_admin(), DeskInput("LODI", "Lodi", "Lodi"))
    finally:
        other.rollback()
        other.close()
    assert create_desk(db, Actor.system_admin(), DeskInput("LODI", "Lodi", "Lodi")).code == "LODI"


def test_postgresql_connection_faults_get_clear_messages(pg_server: PostgresServer) -> None:
    """A database or a user the server does not know, or a server that is not there: a
    StorageUnavailable that says which, never a driver traceback."""
    import socket

    base = f"postgresql+psycopg://{{user}}@127.0.0.1:{pg_server.port}/{{db}}"
    with pytest.raises(StorageUnavailable, match="non esiste il database"):
        open_database(base.format(user="postgres", db="manca"))
    with pytest.raises(StorageUnavailable, match="non accetta l'utente"):
        open_database(base.format(user="nessuno", db="postgres"))
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with pytest.raises(StorageUnavailable, match="non risponde"):
        open_database(f"postgresql+psycopg://postgres@127.0.0.1:{closed}/sportello")
