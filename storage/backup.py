"""Consistent online backups of the SQLite store, restore, and the integrity check.

Backups use SQLite's online backup API, so they are consistent while the program runs. A backup
is written under a temporary name and renamed only when complete: a process killed in the middle
leaves no half backup that looks whole.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from models.errors import StorageUnavailable, ValidationError
from storage.engine import SQLITE_HEADER, Target

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10


def _stem(target: Target) -> str:
    return target.path.stem if target.path else "sportello"


def _timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _copy(source: Path, dest: Path) -> None:
    """Copy an SQLite database page by page into dest (a new file), as one self-contained file."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
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
        _copy(target.path, partial)
        os.replace(partial, final)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StorageUnavailable(
            f"Backup non riuscito: {exc}. Il database non è cambiato."
        ) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageUnavailable(
            f"Backup non riuscito in {folder}: {exc.strerror}. Il database non è cambiato."
        ) from exc
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


def validate_backup_file(path: Path) -> str:
    """Check that `path` is a whole Sportello database this program reads; return its revision."""
    from storage.schema import KNOWN_REVISIONS

    if not path.is_file():
        raise ValidationError("file", f"il file {path} non esiste.", label="File di backup")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise ValidationError(
                "file", f"{path} non è un database SQLite di Sportello.", label="File di backup"
            )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    except sqlite3.Error as exc:
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
    validate_backup_file(source)
    if source == target.path:
        raise ValidationError("file", "è il database stesso.", label="File di backup")
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
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target.path, timeout=5)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
            dst.commit()
        except sqlite3.OperationalError as exc:
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
