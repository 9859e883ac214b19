"""Opening a store: probe the file, compare the schema revision, back up, then migrate.

The revision check runs without importing Alembic, which is loaded only when an upgrade is
actually needed: start-up time is a feature.
"""

from __future__ import annotations

import logging
from pathlib import Path

from models.errors import StorageUnavailable
from storage.engine import (
    Database,
    Target,
    classify_error,
    probe_sqlite_file,
    probe_sqlite_schema,
    read_revision,
    resolve_target,
    table_names,
)

log = logging.getLogger(__name__)

# Every revision this program knows, oldest first. A test keeps this in step with the scripts.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def open_database(
    value: str | Target | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    writable: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) the store named by --db / SPORTELLO_DB.

    Raises StorageUnavailable with a clear Italian message for a missing, unreadable, read-only,
    corrupt, foreign or too-new database; such a file is never modified. An encrypted file is
    opened with the target's key, else with SPORTELLO_KEY; without either it raises KeyRequired,
    and with a wrong one WrongKey (storage.crypto).
    """
    target = value if isinstance(value, Target) else resolve_target(value)
    if target.is_sqlite and target.path is not None:
        from storage.crypto import is_plain_sqlite, key_from_env, looks_encrypted

        path = target.path
        if target.key is None and looks_encrypted(path):
            target = target.with_key(key_from_env())
        elif target.key is not None and is_plain_sqlite(path):
            target = target.with_key(None)  # a key given for a plain file is not used
    if target.is_sqlite:
        probe_sqlite_file(target)
        assert target.path is not None
        exists = target.path.exists() and target.path.stat().st_size > 0
        if not exists and not create:
            raise StorageUnavailable(
                f"Il database {target.path} non esiste. Createlo con: "
                f'python main.py --db "{target.path}" init'
            )
        if exists and writable and not _writable(target.path):
            raise StorageUnavailable(
                f"Il database {target.path} è in sola lettura: nulla potrebbe essere salvato. "
                "Controllate i permessi del file e della cartella, oppure copiatelo altrove."
            )
    db = Database(target)
    if target.is_sqlite:
        revision, tables = probe_sqlite_schema(target)
    else:
        from sqlalchemy.exc import DBAPIError

        try:
            revision = read_revision(db.engine)
            tables = table_names(db.engine)
        except DBAPIError as exc:
            db.dispose()
            raise classify_error(exc, target) from exc
    if revision == HEAD_REVISION:
        return db
    if revision is not None and revision not in KNOWN_REVISIONS:
        db.dispose()
        raise StorageUnavailable(
            f"Il database {target.display} è stato creato da una versione più recente di "
            f"Sportello (schema {revision}; questo programma arriva allo schema "
            f"{HEAD_REVISION}). Aggiornate il programma: il file non è stato modificato."
        )
    if revision is None and tables - {"alembic_version"}:
        db.dispose()
        raise StorageUnavailable(
            f"Il database {target.display} contiene tabelle che non sono di Sportello: "
            "non viene toccato. Indicate un altro file con --db."
        )
    if not migrate:
        db.dispose()
        raise StorageUnavailable(
            f"Lo schema del database {target.display} va creato o aggiornato: eseguite "
            f'python main.py --db "{target.display}" init'
        )
    from sqlalchemy.exc import DBAPIError

    try:
        upgrade(db, revision)
    except DBAPIError as exc:
        db.dispose()
        raise classify_error(exc, target) from exc
    return db


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def alembic_config(db: Database) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.target.url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, current: str | None, to: str = "head") -> Path | None:
    """Bring the schema to `to`; an existing database is backed up first. Each step is atomic."""
    from alembic import command

    backup: Path | None = None
    if current is not None and db.target.is_sqlite:
        from storage.backup import backup_database

        backup = backup_database(db.target, label=f"prima-della-migrazione-{current}", keep=None)
        log.info("Backup before migrating from %s: %s", current, backup)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(cfg, to)  # type: ignore[arg-type]
    log.info("Schema upgraded from %s to %s", current, to)
    return backup


def current_revision(db: Database) -> str | None:
    return read_revision(db.engine)
