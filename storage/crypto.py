"""Encryption at rest with SQLCipher: the passphrase, keyed connections, encrypting and rekeying.

An encrypted database is an SQLCipher 4 file (AES-256, an HMAC per page, the key derived from
the passphrase with PBKDF2-HMAC-SHA512 over the random salt in the file's first 16 bytes). It
opens with the same passphrase in any SQLCipher 4 tool; the plain `sqlite3` shell sees noise.

SQLCipher pays the key derivation (about 0.1 s) on every connection that is given the
passphrase. Sportello opens many short connections (`Database.read`, the probes, the pool), so
`Passphrase` derives the key itself, once per file salt, with the same parameters, and hands
SQLCipher the raw key: a keyed connection then costs what a plain one does. The passphrase never
appears in a URL, a repr, a log record or an exception.

`sqlcipher3` is imported only when an encrypted file is opened (start-up time is a feature).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from models.errors import StorageUnavailable, ValidationError

log = logging.getLogger(__name__)

KEY_ENV = "SPORTELLO_KEY"
NEW_KEY_ENV = "SPORTELLO_NEW_KEY"
MIN_PASSPHRASE_LENGTH = 12
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4 defaults: a file opened by any SQLCipher 4 tool with the passphrase agrees with us.
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"
# The smallest page SQLite allows: every database file, encrypted or not, is a multiple of it.
MIN_PAGE_SIZE = 512
BUSY_TIMEOUT_S = 5.0
# Pages are decrypted when read into SQLite's page cache, so a pooled connection keeps more of
# them (plain files lean on the OS cache instead). Filled only as pages are read; see
# tests/perf/bench_encrypted_registry.py for what it buys on 100,000 participants.
CACHE_KIB = 65_536


class KeyRequired(StorageUnavailable):
    """The database is encrypted and no passphrase was given (and none could be asked)."""

    exit_code = 2


class WrongKey(StorageUnavailable):
    """The passphrase does not open the file. Nothing was written."""

    exit_code = 4


class Passphrase:
    """A database passphrase, with the keys derived from it for each file salt.

    The secret is kept out of repr() and str(), so that a Target or a traceback that shows one
    does not show the passphrase.
    """

    __slots__ = ("_derived", "_pending", "_secret")

    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")
        self._derived: dict[bytes, bytes] = {}
        self._pending: dict[Path, bytes] = {}

    def __repr__(self) -> str:
        return "Passphrase(***)"

    __str__ = __repr__

    def __len__(self) -> int:
        return len(self._secret.decode("utf-8"))

    def same_as(self, other: Passphrase) -> bool:
        return self._secret == other._secret

    def derive(self, salt: bytes) -> bytes:
        """The raw SQLCipher key for a file with this salt (PBKDF2, computed once per salt)."""
        key = self._derived.get(salt)
        if key is None:
            import hashlib  # here, not at start-up: only an encrypted file needs it

            key = hashlib.pbkdf2_hmac(KDF_HASH, self._secret, salt, KDF_ITERATIONS, KEY_BYTES)
            self._derived[salt] = key
        return key

    def pragma_value(self, path: Path | None) -> str:
        """The value for `PRAGMA key` (or ATTACH … KEY) that opens or creates the file at path.

        An existing file brings its salt; a new one gets a random salt, spelled out in the key
        so that the file opens later with the passphrase alone. Until the file is written, every
        connection to it gets the same new salt.
        """
        salt = read_salt(path) if path is not None else None
        if salt is not None:
            if path is not None:
                self._pending.pop(path, None)
            return f"x'{self.derive(salt).hex()}'"
        if path is None:
            salt = os.urandom(SALT_BYTES)
        else:
            salt = self._pending.setdefault(path, os.urandom(SALT_BYTES))
        return f"x'{self.derive(salt).hex()}{salt.hex()}'"


def read_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes); None for a missing or empty file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return head if len(head) == SALT_BYTES else None


def looks_encrypted(path: Path) -> bool:
    """Not empty, not a plain SQLite file, and sized in whole pages: possibly SQLCipher.

    A file whose size is not a multiple of the smallest page (a text file, a truncated copy)
    cannot be a database of either kind and gets the "not a database" message instead.
    """
    try:
        size = path.stat().st_size
        if size == 0 or size % MIN_PAGE_SIZE:
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER
    except OSError:
        return False


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_new_passphrase(secret: str, *, label: str = "Passphrase") -> Passphrase:
    """A new passphrase: at least MIN_PASSPHRASE_LENGTH characters, not only spaces."""
    if not secret or not secret.strip():
        raise ValidationError("passphrase", "è obbligatoria.", label=label)
    if len(secret) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase",
            f"deve avere almeno {MIN_PASSPHRASE_LENGTH} caratteri (ne ha {len(secret)}).",
            label=label,
        )
    return Passphrase(secret)


def key_from_env(name: str = KEY_ENV) -> Passphrase | None:
    value = os.environ.get(name)
    return Passphrase(value) if value else None


def key_required_message(where: str, *, what: str = "database") -> str:
    return (
        f"Il {what} {where} è cifrato: serve la passphrase. Indicatela nella variabile "
        f"d'ambiente {KEY_ENV}, oppure avviate il comando da un terminale per inserirla."
    )


def wrong_key_message(where: str) -> str:
    return (
        f"Passphrase errata per il database {where}: il file non è stato modificato. "
        "Controllate maiuscole, minuscole e spazi e riprovate. (Se il file non è un database "
        "cifrato di Sportello, indicatene un altro con --db.)"
    )


def dbapi() -> Any:
    """The SQLCipher DB-API module (imported on first use)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def connect(
    path: Path,
    key: Passphrase,
    *,
    readonly: bool = False,
    check_same_thread: bool = True,
    where: str | None = None,
) -> Any:
    """An SQLCipher connection to path with the key applied and checked.

    A wrong key raises WrongKey; the file is only read. SQLCipher's own error log (which would
    print "hmac check failed" on stderr) is silenced: the person sees our message only.
    """
    module = dbapi()
    target = f"file:{path}?mode=ro" if readonly else str(path)
    conn = module.connect(
        target, uri=readonly, timeout=BUSY_TIMEOUT_S, check_same_thread=check_same_thread
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key.pragma_value(path)}"')
        # Sorts and temporary tables stay in memory: nothing decrypted lands in a temp file.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise WrongKey(wrong_key_message(where or str(path))) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


# --------------------------------------------------------------------------- whole-file work


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync(folder)


def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every ordinary table (FTS shadow tables included): what a copy must keep."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _verify(conn: Any, expected: dict[str, int] | None, what: str) -> dict[str, int]:
    result = conn.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        raise StorageUnavailable(f"{what}: controllo di integrità fallito ({result}).")
    counts = table_counts(conn)
    if expected is not None and counts != expected:
        differ = sorted(n for n in set(counts) | set(expected) if counts.get(n) != expected.get(n))
        raise StorageUnavailable(
            f"{what}: il numero di righe non corrisponde (tabelle: {', '.join(differ)})."
        )
    return counts


def _export_encrypted(source: Any, dest: Path, key: Passphrase) -> None:
    """Write the whole database open on `source` into a new encrypted file at dest."""
    dest.unlink(missing_ok=True)
    source.execute("ATTACH DATABASE ? AS sportello_enc KEY ?", (str(dest), key.pragma_value(None)))
    try:
        source.execute("SELECT sqlcipher_export('sportello_enc')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA sportello_enc.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE sportello_enc")
    _fsync(dest)


@dataclass
class EncryptReport:
    """What `init --encrypt` did: the backup it took and the rows it checked."""

    backup: Path | None
    counts: dict[str, int] = field(default_factory=dict)
    plain_backups: list[Path] = field(default_factory=list)


def plain_backups(folder: Path) -> list[Path]:
    """Backups in folder that are not encrypted (readable by anyone who copies them)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.db") if is_plain_sqlite(p))


# SQLite's unix VFS: every connection to a WAL database holds a shared lock on this byte of the
# -shm file (the "DMS" slot, after the eight WAL locks at 120) for as long as it is open.
_SHM_DMS_BYTE = 128


def open_elsewhere(path: Path) -> bool:
    """Whether another process has the WAL database at path open (POSIX systems only).

    Call it before this process opens the file: POSIX locks are per process, and closing the
    probe's descriptor would drop this process's own SQLite locks on the -shm file.
    """
    shm = Path(f"{path}-shm")
    try:
        import fcntl
    except ImportError:  # not POSIX: the journal-mode check below is all there is
        return False
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
        return False
    finally:
        os.close(fd)


def _in_use_message(path: Path) -> str:
    return (
        f"Il database {path} è aperto in un altro programma o in un'altra finestra di "
        "Sportello: chiudetela e riprovate. Il file non è stato modificato."
    )


def encrypt_in_place(path: Path, key: Passphrase, backup_dir: Path) -> EncryptReport:
    """Encrypt the plain SQLite database at path with key, leaving no plaintext copy behind.

    1. the plain file's WAL is checkpointed and the file switched out of WAL mode, so that
       all of it is in the one file and no -wal is left;
    2. a backup is written into backup_dir, already encrypted with the new key, and verified;
    3. an encrypted copy is written beside the database under a temporary name, checked
       (integrity and the row count of every table) and renamed over the plain file.
    A failure before the rename leaves the plain database as it was (and removes the copy).
    Older plain backups are not touched: the report lists them. The file must not be open in
    another process (it would go on writing to the replaced plain file): that is refused.
    """
    if open_elsewhere(path):
        raise StorageUnavailable(_in_use_message(path))
    module = dbapi()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    temp = path.with_name(f".{path.name}.cifratura-{os.getpid()}.tmp")
    backup_dir.mkdir(parents=True, exist_ok=True)
    backup = backup_dir / f"{path.stem}-prima-della-cifratura-{stamp}.db"
    n = 2
    while backup.exists():
        backup = backup_dir / f"{path.stem}-prima-della-cifratura-{stamp}-{n}.db"
        n += 1
    source = module.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        source.execute("PRAGMA cipher_log_level = NONE")
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()
        if not mode or str(mode[0]).lower() != "delete":
            raise StorageUnavailable(_in_use_message(path))
        # From the first read to the close, this connection keeps its lock on the plain file:
        # nobody can write to it between the copy and the rename.
        source.execute("PRAGMA locking_mode = EXCLUSIVE")
        counts = _verify(source, None, "Il database da cifrare")
        try:
            for dest, what in ((backup, "Il backup cifrato"), (temp, "La copia cifrata")):
                _export_encrypted(source, dest, key)
                check = connect(dest, key, readonly=True)
                try:
                    _verify(check, counts, what)
                finally:
                    check.close()
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            backup.unlink(missing_ok=True)
            with contextlib.suppress(module.Error):
                source.execute("PRAGMA locking_mode = NORMAL")
                source.execute("PRAGMA journal_mode = WAL")
            raise
    finally:
        source.close()
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    _fsync_dir(path.parent)
    log.info("Database encrypted in place (%d tables checked)", len(counts))
    return EncryptReport(backup=backup, counts=counts, plain_backups=plain_backups(backup_dir))


def rekey(path: Path, old: Passphrase, new: Passphrase) -> dict[str, int]:
    """Change the key of the encrypted database at path from old to new, in one transaction.

    The WAL is checkpointed and the file taken out of WAL mode first (SQLCipher rewrites every
    page through the rollback journal, so a crash leaves the old or the new key, never a mix);
    the file keeps its salt, so the new passphrase opens it in any SQLCipher 4 tool.
    """
    if open_elsewhere(path):
        raise StorageUnavailable(_in_use_message(path))
    salt = read_salt(path)
    assert salt is not None
    conn = connect(path, old)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        counts = _verify(conn, None, "Il database")
        conn.execute(f"PRAGMA rekey = \"x'{new.derive(salt).hex()}'\"")
    finally:
        conn.close()
    check = connect(path, new)
    try:
        _verify(check, counts, "Il database con la nuova passphrase")
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    log.info("Database key changed")
    return counts


@contextlib.contextmanager
def plain_or_keyed(path: Path, key: Passphrase | None, *, readonly: bool = False) -> Iterator[Any]:
    """A DB-API connection to path: SQLCipher with the key, else the standard sqlite3 module."""
    if key is not None:
        conn = connect(path, key, readonly=readonly)
    elif readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    try:
        yield conn
    finally:
        conn.close()
