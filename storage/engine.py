"""The database: where it lives, how connections are set up, and how a unit of work runs.

SQLite is the default (a file in the platformdirs user data folder); any SQLAlchemy URL
(PostgreSQL for multi-desk setups) can be given with --db or SPORTELLO_DB.

SQLAlchemy is imported on first use, not at import time: on a modest laptop importing its ORM
costs more than starting Qt, and the home view can be served by plain SQL (see `Database.read`).
"""

from __future__ import annotations

import enum
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from models.errors import StorageUnavailable
from storage.crypto import (
    SQLITE_HEADER,
    KeyRequired,
    Passphrase,
    WrongKey,
    key_required_message,
    looks_encrypted,
    wrong_key_message,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "sportello"
APP_AUTHOR = "Sportello"
DEFAULT_FILE_NAME = "sportello.db"
BUSY_TIMEOUT_MS = 5000


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class Target:
    """Where the data is: an SQLAlchemy URL, the file path when it is SQLite, and the key.

    The key (an encrypted SQLite file's passphrase) is never part of the URL, of repr() or of
    `display`: it travels only to the code that opens connections.
    """

    url: str
    path: Path | None
    key: Passphrase | None = field(default=None, repr=False, compare=False)

    def with_key(self, key: Passphrase | None) -> Target:
        return replace(self, key=key)

    @property
    def encrypted(self) -> bool:
        return self.key is not None and self.path is not None

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def display(self) -> str:
        """What to show a person: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        scheme, _, rest = self.url.partition("://")
        credentials, at, host = rest.rpartition("@")
        if not at:
            return self.url
        user = credentials.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}"

    @property
    def backup_dir(self) -> Path:
        """Backups of a file database sit in a 'backups' folder beside it."""
        if self.path is None:
            return default_data_dir() / "backups"
        return self.path.parent / "backups"


def resolve_target(value: str | None = None) -> Target:
    """--db, else SPORTELLO_DB, else the default file; a value with :// is an SQLAlchemy URL."""
    raw = value or os.environ.get("SPORTELLO_DB") or str(default_data_dir() / DEFAULT_FILE_NAME)
    if "://" in raw:
        if raw.startswith("sqlite:///") and len(raw) > len("sqlite:///"):
            path = Path(raw[len("sqlite:///") :]).expanduser().resolve()
            return Target(url=f"sqlite:///{path}", path=path)
        return Target(url=raw, path=None)
    path = Path(raw).expanduser().resolve()
    return Target(url=f"sqlite:///{path}", path=path)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is replaced by explicit BEGINs (see _sqlite_on_begin),
    # so that write transactions can take the write lock first with BEGIN IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            # A read-only folder cannot hold the -wal file; reading still works.
            pass
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(target: Target, **kwargs: Any) -> Engine:
    """The engine for target. SQL parameters (names, codici fiscali) never reach a message.

    An encrypted file is opened through SQLCipher by a `creator` that applies the derived key
    (see storage.crypto) rather than SQLAlchemy's `sqlite+pysqlcipher` URL, which would carry
    the passphrase in the URL and pay the key derivation on every new connection.
    """
    from sqlalchemy import create_engine, event

    kwargs.setdefault("hide_parameters", True)
    if target.is_sqlite:
        if target.encrypted:
            from storage import crypto

            path, key, where = target.path, target.key, target.display
            assert path is not None and key is not None

            def creator() -> Any:
                return crypto.connect(path, key, check_same_thread=False, where=where)

            kwargs.setdefault("module", crypto.dbapi())
            kwargs.setdefault("creator", creator)
            # The most recently used connection first: its page cache is the warm one.
            kwargs.setdefault("pool_use_lifo", True)
        engine = create_engine(target.url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(target.url, pool_pre_ping=True, **kwargs)


class Database:
    """An open store: the engine and the session factories for reads and for writes.

    The engine is built on first use, so that a start-up that only needs `read` never imports
    SQLAlchemy.
    """

    def __init__(self, target: Target, engine: Engine | None = None) -> None:
        self.target = target
        self._engine = engine
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.target)
        return self._engine

    def _factories(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            write_bind = (
                engine.execution_options(sqlite_begin="IMMEDIATE")
                if self.target.is_sqlite
                else engine
            )
            self._sessions = (
                sessionmaker(engine, expire_on_commit=False),
                sessionmaker(write_bind, expire_on_commit=False),
            )
        return self._sessions

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """One unit of work. On SQLite a write transaction takes the write lock at its start,
        so two processes checking and writing the same slot cannot both win."""
        from sqlalchemy.exc import DBAPIError

        read, written = self._factories()
        factory = written if write else read
        try:
            with factory.begin() as session:
                yield session
        except DBAPIError as exc:
            raise classify_error(exc, self.target) from exc

    def reopen(self, target: Target) -> None:
        """Continue on target (the same file after encrypting it in place): engine rebuilt."""
        self.dispose()
        self._engine = None
        self._sessions = None
        self.target = target

    def read(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Run one portable read-only SQL query with :named parameters; return plain tuples.

        On SQLite this uses the standard library directly (no SQLAlchemy import), converting
        dates and times to the text form SQLAlchemy stores; callers turn values back with
        `as_datetime`/`as_date`. Elsewhere it goes through the engine.
        """
        params = params or {}
        if self.target.is_sqlite and self.target.path is not None:
            converted = {k: _sqlite_param(v) for k, v in params.items()}
            try:
                conn = _file_connection(self.target)
                try:
                    return [tuple(r) for r in conn.execute(sql, converted).fetchall()]
                finally:
                    conn.close()
            except Exception as exc:
                if is_driver_error(exc):
                    raise classify_error(exc, self.target) from exc
                raise
        from sqlalchemy import text
        from sqlalchemy.exc import DBAPIError

        # An enum member goes as its value, as on SQLite, whatever the driver makes of enums.
        params = {k: _enum_value(v) for k, v in params.items()}
        try:
            with self.engine.connect() as connection:
                return [tuple(r) for r in connection.execute(text(sql), params)]
        except DBAPIError as exc:
            raise classify_error(exc, self.target) from exc

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def is_driver_error(exc: BaseException) -> bool:
    """An error of the sqlite3 module or of SQLCipher's (imported only if a file is encrypted)."""
    if isinstance(exc, sqlite3.Error):
        return True
    module = sys.modules.get("sqlcipher3.dbapi2")
    return module is not None and isinstance(exc, module.Error)


def _file_connection(target: Target) -> Any:
    """A DB-API connection to an SQLite file: the standard module, or SQLCipher with the key.

    A keyed connection costs what a plain one does: the key is derived once per process.
    """
    assert target.path is not None
    if target.encrypted:
        from storage import crypto

        assert target.key is not None
        return crypto.connect(target.path, target.key, where=target.display)
    return sqlite3.connect(target.path, timeout=BUSY_TIMEOUT_MS / 1000)


def _enum_value(value: Any) -> Any:
    if isinstance(value, enum.Enum) and isinstance(value.value, str):
        return value.value
    return value


def _sqlite_param(value: Any) -> Any:
    # The text forms SQLAlchemy's SQLite dialect stores, so comparisons agree with the ORM.
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum member
        return value.value
    return value


def as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def latest_backup(target: Target) -> Path | None:
    folder = target.backup_dir
    if not folder.is_dir():
        return None
    stem = target.path.stem if target.path else "sportello"
    files = sorted(folder.glob(f"{stem}-*.db"), key=lambda p: p.stat().st_mtime)
    return files[-1] if files else None


def restore_hint(target: Target) -> str:
    """A sentence naming the latest backup and the command that restores it."""
    backup = latest_backup(target)
    if backup is None:
        return "Non è stato trovato alcun backup di questo database."
    return (
        f"L'ultimo backup è {backup}. Per ripristinarlo: "
        f'python main.py --db "{target.display}" restore "{backup}"'
    )


def classify_error(exc: BaseException, target: Target) -> Exception:
    """Turn an environment failure into StorageUnavailable; leave bugs as they are."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, StorageUnavailable):  # raised by a connection creator (WrongKey)
        return orig
    message = str(orig).lower()
    where = target.display
    operational = isinstance(orig, sqlite3.OperationalError) or (
        type(exc).__name__ == "OperationalError"
    )
    if operational:
        if "locked" in message or "busy" in message:
            return StorageUnavailable(
                f"Il database {where} è bloccato da un altro programma o da un'altra finestra di "
                "Sportello. Chiudete l'altra sessione e riprovate."
            )
        if "readonly" in message or "read-only" in message:
            return StorageUnavailable(
                f"Il database {where} è in sola lettura: nulla può essere salvato. Controllate i "
                "permessi del file e della cartella."
            )
        if "full" in message:
            return StorageUnavailable(
                f"Il disco che contiene {where} è pieno: liberate spazio e riprovate. "
                "Nessun dato è stato perso."
            )
        if "unable to open" in message:
            return StorageUnavailable(
                f"Il database {where} non può essere aperto: la cartella non esiste o non è "
                "accessibile."
            )
        if "disk i/o" in message:
            return StorageUnavailable(f"Errore di lettura o scrittura del disco su {where}.")
    database_error = isinstance(orig, sqlite3.DatabaseError) or (
        is_driver_error(orig) and type(orig).__name__ == "DatabaseError"
    )
    if database_error and target.encrypted and "not a database" in message:
        return WrongKey(wrong_key_message(where))
    if database_error and (
        "not a database" in message or "malformed" in message or "corrupt" in message
    ):
        return StorageUnavailable(
            f"Il file {where} non è un database di Sportello o è danneggiato. Il file non è stato "
            f"modificato. {restore_hint(target)}"
        )
    if operational and not target.is_sqlite:
        if "password authentication failed" in message or (
            "role" in message and "does not exist" in message
        ):
            return StorageUnavailable(
                f"Il server del database {where} non accetta l'utente o la password indicati "
                "nell'indirizzo. Controllateli con l'amministratore del server."
            )
        if "database" in message and "does not exist" in message:
            return StorageUnavailable(
                f"Sul server non esiste il database indicato in {where}. Createlo (createdb) o "
                "correggete il nome nell'indirizzo."
            )
        return StorageUnavailable(
            f"Il server del database {where} non risponde. Controllate la rete e riprovate: "
            "quanto è stato salvato finora non è perso."
        )
    return exc  # type: ignore[return-value]


def probe_sqlite_file(target: Target) -> None:
    """Refuse, with a clear message, a file that is not an SQLite database; never touch it."""
    path = target.path
    assert path is not None
    if not path.exists():
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageUnavailable(
                    f"La cartella {path.parent} non può essere creata: {exc.strerror}."
                ) from exc
        if not os.access(path.parent, os.W_OK):
            raise StorageUnavailable(
                f"La cartella {path.parent} è in sola lettura: il database non può essere creato."
            )
        return
    if path.is_dir():
        raise StorageUnavailable(f"{path} è una cartella, non un file di database.")
    if not os.access(path, os.R_OK):
        raise StorageUnavailable(f"Il file {path} non è leggibile: controllate i permessi.")
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER and looks_encrypted(path):
        if target.key is None:
            raise KeyRequired(key_required_message(str(path)))
        return
    if header != SQLITE_HEADER:
        raise StorageUnavailable(
            f"Il file {path} non è un database di Sportello (o è cifrato, o danneggiato). "
            f"Il file non è stato modificato. {restore_hint(target)}"
        )


def probe_sqlite_schema(target: Target) -> tuple[str | None, set[str]]:
    """Schema revision and table names of an existing SQLite file, with the standard library."""
    assert target.path is not None
    try:
        conn = _file_connection(target)
        try:
            tables = {
                str(r[0])
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            return revision, tables
        finally:
            conn.close()
    except Exception as exc:
        if is_driver_error(exc):
            raise classify_error(exc, target) from exc
        raise


def sync_id_sequences(session: Session, tables: Iterable[str]) -> None:
    """After rows went in with explicit ids, move each table's id sequence past its largest id.

    PostgreSQL hands out `SERIAL` ids from a sequence that an explicit id does not advance, so
    the next ordinary insert would collide; SQLite takes max(id) + 1 by itself (nothing to do).
    """
    from sqlalchemy import text

    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce(max(id), 0) + 1, false) FROM {table}"
            )
        )


def table_names(engine: Engine) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(engine).get_table_names())


def read_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        if "alembic_version" not in table_names(engine):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None
