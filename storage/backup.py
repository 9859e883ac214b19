"""Consistent online backups of the SQLite store, restore, and the integrity check.

Backups use SQLite's online backup API, so they are consistent while the program runs. A backup
is written under a temporary name and renamed only when complete: a process killed in the middle
leaves no half backup that looks whole.

A backup has the encryption of its source: the backup of an encrypted database is encrypted with
the same passphrase (under its own random salt), so no plaintext copy is ever written.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.errors import StorageUnavailable, ValidationError
from storage.crypto import (
    SQLITE_HEADER,
    KeyRequired,
    Passphrase,
    WrongKey,
    is_plain_sqlite,
    key_required_message,
    looks_encrypted,
)
from storage.engine import Target, is_driver_error

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10


def _stem(target: Target) -> str:
    return target.path.stem if target.path else "sportello"


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _key_for(path: Path, key: Passphrase | None) -> Passphrase | None:
    """The key to open path with: the target's key when the file is encrypted, else none."""
    return key if key is not None and looks_encrypted(path) else None


def _connect(path: Path, key: Passphrase | None, *, readonly: bool = False) -> Any:
    if key is not None:
        from storage.crypto import connect

        return connect(path, key, readonly=readonly)
    if readonly:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(path, timeout=5)


def _copy(source: Path, dest: Path, key: Passphrase | None = None) -> None:
    """Copy an SQLite database page by page into dest (a new file), as one self-contained file.

    With a key the source is read with it and dest is encrypted with it (a new salt)."""
    src = _connect(source, key, readonly=True)
    try:
        dst = _connect(dest, key)
        try:
            src.backup(dst)
            # A backup is a single file: no -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_database(
    target: Target,
    *,
    to: Path | None = None,
    keep: int | None = DEFAULT_KEEP,
    label: str | None = None,
) -> Path:
    """Write a timestamped consistent copy of the database; keep only the newest `keep` ones."""
    if not target.is_sqlite or target.path is None:
        raise StorageUnavailable(
            "Il backup integrato vale per i database SQLite; per PostgreSQL usate pg_dump."
        )
    if not target.path.exists():
        raise StorageUnavailable(f"Il database {target.path} non esiste: niente da salvare.")
    folder = to or target.backup_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(f"La cartella {folder} non può essere creata: {exc}") from exc
    name = f"{_stem(target)}-{label + '-' if label else ''}{_timestamp()}"
    final = folder / f"{name}.db"
    n = 2
    while final.exists():
        final = folder / f"{name}-{n}.db"
        n += 1
    partial = final.with_suffix(".db.part")
    try:
        _copy(target.path, partial, _key_for(target.path, target.key))
        os.replace(partial, final)
    except StorageUnavailable:
        partial.unlink(missing_ok=True)
        raise
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageUnavailable(
            f"Backup non riuscito in {folder}: {exc.strerror}. Il database non è cambiato."
        ) from exc
    except Exception as exc:
        partial.unlink(missing_ok=True)
        if is_driver_error(exc):
            raise StorageUnavailable(
                f"Backup non riuscito: {exc}. Il database non è cambiato."
            ) from exc
        raise
    if keep is not None and label is None:
        prune_backups(folder, _stem(target), keep)
    log.info("Backup written: %s", final)
    return final


def list_backups(folder: Path, stem: str) -> list[Path]:
    """Regular timestamped backups (not the copies made before a migration or restore)."""
    pattern = f"{stem}-[0-9]" + "?" * 7 + "-*.db"
    return sorted(folder.glob(pattern))


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    backups = list_backups(folder, stem)
    removed = backups[: max(0, len(backups) - keep)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def validate_backup_file(path: Path, key: Passphrase | None = None) -> str:
    """Check that `path` is a whole Sportello database this program reads; return its revision.

    An encrypted backup is read with key: none raises KeyRequired, a wrong one WrongKey (the
    backups taken before a change of passphrase keep the passphrase of their time)."""
    from storage.schema import KNOWN_REVISIONS

    if not path.is_file():
        raise ValidationError("file", f"il file {path} non esiste.", label="File di backup")
    encrypted = looks_encrypted(path)
    if encrypted and key is None:
        raise KeyRequired(key_required_message(str(path), what="backup"))
    with path.open("rb") as handle:
        if not encrypted and handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ValidationError(
                "file", f"{path} non è un database SQLite di Sportello.", label="File di backup"
            )
    try:
        try:
            conn = _connect(path, key if encrypted else None, readonly=True)
        except WrongKey:
            raise WrongKey(
                f"Passphrase errata per il backup {path}: il file non è stato letto né "
                "modificato. I backup fatti prima di un cambio di passphrase (rekey) si aprono "
                "con la passphrase di allora."
            ) from None
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if not result or result[0] != "ok":
                raise ValidationError(
                    "file",
                    f"{path} è danneggiato ({result[0] if result else '?'}).",
                    label="File di backup",
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except Exception as exc:
        if not is_driver_error(exc):
            raise
        raise ValidationError(
            "file",
            f"{path} non è un database di Sportello leggibile ({exc}).",
            label="File di backup",
        ) from exc
    revision = str(row[0]) if row else ""
    if revision not in KNOWN_REVISIONS:
        raise ValidationError(
            "file",
            f"{path} viene da una versione di Sportello che questo programma non conosce "
            f"(schema {revision or 'assente'}).",
            label="File di backup",
        )
    return revision


def restore_database(target: Target, source: Path) -> Path | None:
    """Replace the database with `source`, keeping a copy of what it replaces; return that copy.

    The source is checked whole before anything is touched. The current file is copied aside
    (or, if it cannot be read as a database, moved aside untouched) and then overwritten page by
    page through the backup API, so that a crash leaves either the old or the new database.
    """
    if not target.is_sqlite or target.path is None:
        raise StorageUnavailable(
            "Il ripristino integrato vale per i database SQLite; per PostgreSQL usate pg_restore."
        )
    source = source.expanduser().resolve()
    validate_backup_file(source, target.key)
    if source == target.path:
        raise ValidationError("file", "è il database stesso.", label="File di backup")
    source_key = _key_for(source, target.key)
    if source_key is None and target.path.exists() and looks_encrypted(target.path):
        raise ValidationError(
            "file",
            f"{source} non è cifrato, il database sì: ripristinarlo toglierebbe la cifratura. "
            "Ripristinatelo su un altro file (--db) e cifratelo con init --encrypt.",
            label="File di backup",
        )
    kept: Path | None = None
    folder = target.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    if target.path.exists():
        try:
            kept = backup_database(target, label="prima-del-ripristino", keep=None)
        except StorageUnavailable:
            # The current file is unreadable (corrupt): keep it as it is, byte for byte.
            kept = folder / f"{_stem(target)}-danneggiato-{_timestamp()}.db"
            os.replace(target.path, kept)
            for suffix in ("-wal", "-shm"):
                Path(str(target.path) + suffix).unlink(missing_ok=True)
        if source_key is not None and is_plain_sqlite(target.path):
            # An encrypted backup over a plain file: the plain file (copied aside above) goes,
            # and the backup is restored into a new encrypted file.
            for suffix in ("", "-wal", "-shm"):
                Path(str(target.path) + suffix).unlink(missing_ok=True)
    src = _connect(source, source_key, readonly=True)
    try:
        dst = _connect(target.path, source_key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
            dst.commit()
        except Exception as exc:
            if not (is_driver_error(exc) and type(exc).__name__ == "OperationalError"):
                raise
            raise StorageUnavailable(
                f"Ripristino non riuscito: {exc}. Il database precedente è salvato in {kept}."
            ) from exc
        finally:
            dst.close()
    finally:
        src.close()
    log.info("Restored %s from %s (previous copy: %s)", target.path, source, kept)
    return kept


@dataclass
class CheckReport:
    """What `check` found: one line per finding, ok when nothing is wrong."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems
