"""Encryption at rest (storage/crypto.py and its use by engine, schema, backup and check)."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from models.errors import StorageUnavailable, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage import crypto
from storage.backup import backup_database, restore_database, validate_backup_file
from storage.check import check_database
from storage.crypto import KeyRequired, Passphrase, WrongKey
from storage.demo import load_demo
from storage.engine import Database, resolve_target
from storage.schema import HEAD_REVISION, open_database
from storage.services.participants import create_participant
from storage.services.search import search_notes
from tests.conftest import make_cf

SECRET = "una passphrase lunga"
OTHER = "un'altra passphrase"


@pytest.fixture(autouse=True)
def _no_key_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPORTELLO_KEY", raising=False)


def _open_encrypted(path: Path, secret: str = SECRET) -> Database:
    return open_database(resolve_target(str(path)).with_key(Passphrase(secret)))


@pytest.fixture
def enc(tmp_path: Path) -> Iterator[Database]:
    database = _open_encrypted(tmp_path / "cifrato.db")
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def demo_encrypted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """An encrypted database with demo data, and the surnames and codici fiscali in it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = _open_encrypted(path)
    load_demo(db, Actor.system_admin(), participants=40, seed=3)
    secrets = [
        str(v)
        for row in db.read("SELECT last_name, codice_fiscale FROM participants")
        for v in row
        if len(str(v)) >= 5
    ]
    db.dispose()
    yield path, secrets


def _add(db: Database, last: str, first: str) -> None:
    cf = make_cf(last, first, "M", date(1985, 5, 17))
    create_participant(db, Actor.system_admin(), ParticipantInput(last, first, cf))


def _count(db: Database) -> int:
    return int(db.read("SELECT count(*) FROM participants")[0][0])


def _leaks(data: bytes, words: list[str]) -> list[str]:
    return [w for w in words if w.encode() in data or w.upper().encode() in data]


def test_passphrase_never_shows_in_repr_display_or_url(tmp_path: Path) -> None:
    """The key is not in repr(), str(), the URL or display of the target."""
    target = resolve_target(str(tmp_path / "x.db")).with_key(Passphrase(SECRET))
    for shown in (repr(target), str(target), target.url, target.display, repr(target.key)):
        assert SECRET not in shown
    assert repr(target.key) == "Passphrase(***)"
    assert target.encrypted


def test_raw_files_hold_no_demo_name_or_codice_fiscale(
    demo_encrypted: tuple[Path, list[str]],
) -> None:
    """The .db, its -wal while open, and a backup: no surname or codice fiscale in the bytes."""
    path, words = demo_encrypted
    assert len(words) >= 60
    db = _open_encrypted(path)
    try:
        _add(db, "Zeferino", "Ottavio")  # leaves a -wal while the engine is open
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert _leaks(wal.read_bytes(), [*words, "Zeferino"]) == []
        backup = backup_database(db.target)
    finally:
        db.dispose()
    assert _leaks(path.read_bytes(), [*words, "Zeferino"]) == []
    assert _leaks(backup.read_bytes(), [*words, "Zeferino"]) == []
    assert not crypto.is_plain_sqlite(backup)


def test_standard_sqlite3_module_cannot_read_it(demo_encrypted: tuple[Path, list[str]]) -> None:
    """Python's sqlite3 sees no database: 'file is not a database'."""
    path, _ = demo_encrypted
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT count(*) FROM participants").fetchall()
    conn.close()


def test_sqlite3_shell_cannot_read_it(demo_encrypted: tuple[Path, list[str]]) -> None:
    """The sqlite3 command-line shell (Debian package sqlite3) refuses the file."""
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell is not installed (Debian package sqlite3)")
    path, words = demo_encrypted
    result = subprocess.run(
        [shell, "-readonly", str(path), "SELECT last_name FROM participants"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "file is not a database" in result.stderr
    assert _leaks(result.stdout.encode(), words) == []


def test_the_passphrase_opens_it_in_any_sqlcipher_4_tool(
    demo_encrypted: tuple[Path, list[str]],
) -> None:
    """Plain SQLCipher with PRAGMA key = 'passphrase' (no Sportello code) reads the file."""
    path, _ = demo_encrypted
    conn = crypto.dbapi().connect(str(path))
    conn.execute(f"PRAGMA key = '{SECRET}'")
    assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] >= 40
    conn.close()


def test_wrong_key_is_refused_and_the_file_is_byte_identical(
    demo_encrypted: tuple[Path, list[str]], capfd: pytest.CaptureFixture[str]
) -> None:
    """A wrong passphrase: WrongKey (exit 4) with the Italian message; not one byte changes."""
    path, _ = demo_encrypted
    before = path.read_bytes()
    neighbours = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(WrongKey) as caught:
        open_database(resolve_target(str(path)).with_key(Passphrase("sbagliata-sbagliata")))
    assert caught.value.exit_code == 4
    assert str(caught.value).startswith(f"Passphrase errata per il database {path}:")
    assert "il file non è stato modificato" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == neighbours
    assert "hmac" not in capfd.readouterr().err  # SQLCipher's own log is silenced


def test_missing_key_names_the_environment_variable(
    demo_encrypted: tuple[Path, list[str]],
) -> None:
    """No key and no SPORTELLO_KEY: KeyRequired, exit 2, the message names SPORTELLO_KEY."""
    path, _ = demo_encrypted
    with pytest.raises(KeyRequired) as caught:
        open_database(str(path))
    assert caught.value.exit_code == 2
    assert "SPORTELLO_KEY" in str(caught.value)


def test_key_from_the_environment(
    demo_encrypted: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SPORTELLO_KEY opens the file when the target carries no key."""
    path, _ = demo_encrypted
    monkeypatch.setenv("SPORTELLO_KEY", SECRET)
    db = open_database(str(path))
    try:
        assert db.target.encrypted and _count(db) >= 40
    finally:
        db.dispose()


def test_a_text_file_still_gets_the_not_a_database_message(tmp_path: Path) -> None:
    """A file that cannot be a database of either kind is not mistaken for an encrypted one."""
    path = tmp_path / "note.db"
    path.write_text("appunti personali")
    with pytest.raises(StorageUnavailable, match="non è un database") as caught:
        open_database(str(path))
    assert not isinstance(caught.value, KeyRequired)
    assert path.read_text() == "appunti personali"


def test_key_derivation_runs_once_not_per_read(
    demo_encrypted: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reads and transactions open many connections; PBKDF2 runs once for the file."""
    path, _ = demo_encrypted
    calls: list[bytes] = []
    real = hashlib.pbkdf2_hmac

    def counting(name: str, secret: bytes, salt: bytes, rounds: int, size: int) -> bytes:
        calls.append(salt)
        return real(name, secret, salt, rounds, size)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counting)
    db = _open_encrypted(path)
    try:
        for _ in range(30):
            _count(db)
        with db.transaction(write=False) as session:
            session.execute(text("SELECT 1"))
    finally:
        db.dispose()
    assert len(calls) == 1


def test_fts_search_works_encrypted(enc: Database, admin: Actor) -> None:
    """Note search (FTS5) answers on an encrypted database."""
    load_demo(enc, admin, participants=15, seed=2)
    hits = search_notes(enc, admin, "colloquio")
    assert hits
    assert all("colloquio" in hit.snippet.lower() for hit in hits)


def test_check_reports_encryption(enc: Database) -> None:
    """check passes and says the file is encrypted and every page authenticated."""
    report = check_database(enc)
    assert report.ok, report.problems
    assert any(line.startswith("Cifratura: attiva (SQLCipher 4.") for line in report.lines)


def test_check_of_a_plain_database_says_it_is_not_encrypted(db: Database) -> None:
    """A plain database passes check with a line saying it is not encrypted."""
    report = check_database(db)
    assert report.ok
    assert (
        "Cifratura: assente (chi copia il file legge i dati; per cifrarlo: init --encrypt)"
        in report.lines
    )


def test_encrypt_in_place_keeps_every_row_and_leaves_no_plaintext(
    tmp_path: Path, admin: Actor
) -> None:
    """A plain demo database encrypted in place: same row counts, encrypted backup, no -wal."""
    path = tmp_path / "piano.db"
    plain = open_database(str(path))
    load_demo(plain, admin, participants=20, seed=4)
    words = [str(r[0]) for r in plain.read("SELECT codice_fiscale FROM participants")]
    with crypto.plain_or_keyed(path, None) as conn:
        before = crypto.table_counts(conn)
    plain.dispose()
    key = Passphrase(SECRET)
    report = crypto.encrypt_in_place(path, key, tmp_path / "backups")
    assert report.counts == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert report.backup is not None and not crypto.is_plain_sqlite(report.backup)
    for data in (path.read_bytes(), report.backup.read_bytes()):
        assert _leaks(data, words) == []
    db = open_database(resolve_target(str(path)).with_key(key))
    try:
        with crypto.plain_or_keyed(path, key) as conn:
            assert crypto.table_counts(conn) == before
        assert check_database(db).ok
    finally:
        db.dispose()
    assert validate_backup_file(report.backup, key) == HEAD_REVISION


def test_encrypt_in_place_failing_before_the_rename_leaves_the_plain_file(
    tmp_path: Path, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure at the last step: the plain database keeps its rows and WAL mode, no copy left."""
    path = tmp_path / "piano.db"
    plain = open_database(str(path))
    _add(plain, "Rossi", "Mario")
    plain.dispose()
    with crypto.plain_or_keyed(path, None) as conn:
        before = crypto.table_counts(conn)

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypto.os, "replace", full_disk)
    with pytest.raises(OSError):
        crypto.encrypt_in_place(path, Passphrase(SECRET), tmp_path / "backups")
    monkeypatch.undo()
    assert crypto.is_plain_sqlite(path)
    with crypto.plain_or_keyed(path, None) as conn:
        assert crypto.table_counts(conn) == before
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "piano.db"]
    assert list((tmp_path / "backups").iterdir()) == []


def test_encrypt_in_place_refuses_a_database_open_in_another_process(
    tmp_path: Path, admin: Actor
) -> None:
    """Sportello open elsewhere on the file: refused, the plain file and backups untouched."""
    path = tmp_path / "aperto.db"
    plain = open_database(str(path))
    _add(plain, "Rossi", "Mario")
    plain.dispose()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            " c.execute('SELECT count(*) FROM participants').fetchone();"
            " print('open', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert crypto.open_elsewhere(path)
        with pytest.raises(StorageUnavailable, match="è aperto in un altro programma"):
            crypto.encrypt_in_place(path, Passphrase(SECRET), tmp_path / "backups")
    finally:
        holder.communicate("", timeout=10)
    assert crypto.is_plain_sqlite(path)
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
    assert not crypto.open_elsewhere(path)


def test_rekey_old_key_fails_new_key_works(enc: Database) -> None:
    """After rekey the old passphrase is refused and the new one opens the same rows."""
    _add(enc, "Rossi", "Mario")
    path = enc.target.path
    assert path is not None and enc.target.key is not None
    enc.dispose()
    counts = crypto.rekey(path, enc.target.key, Passphrase(OTHER))
    assert counts["participants"] == 1
    with pytest.raises(WrongKey):
        _open_encrypted(path, SECRET)
    db = _open_encrypted(path, OTHER)
    try:
        assert _count(db) == 1
        assert check_database(db).ok
    finally:
        db.dispose()
    conn = crypto.dbapi().connect(str(path))
    conn.execute(f'PRAGMA key = "{OTHER}"')  # the salt is kept: the passphrase alone opens it
    assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 1
    conn.close()


def test_backup_and_restore_encrypted(enc: Database) -> None:
    """An encrypted backup restores with the key; without it or with a wrong one it is refused."""
    _add(enc, "Rossi", "Mario")
    backup = backup_database(enc.target)
    _add(enc, "Bianchi", "Luca")
    assert enc.target.key is not None
    assert validate_backup_file(backup, enc.target.key) == HEAD_REVISION
    with pytest.raises(KeyRequired, match=r"Il backup .* è cifrato"):
        validate_backup_file(backup)
    with pytest.raises(WrongKey, match="Passphrase errata per il backup"):
        validate_backup_file(backup, Passphrase("sbagliata-sbagliata"))
    enc.dispose()
    kept = restore_database(enc.target, backup)
    assert kept is not None and not crypto.is_plain_sqlite(kept)
    db = open_database(enc.target)
    try:
        assert _count(db) == 1
        assert check_database(db).ok
    finally:
        db.dispose()


def test_plain_backup_is_not_restored_over_an_encrypted_database(
    enc: Database, db: Database
) -> None:
    """Restoring a plain backup would remove the encryption: refused, nothing touched."""
    plain_backup = backup_database(db.target)
    assert enc.target.path is not None
    enc.dispose()
    before = enc.target.path.read_bytes()
    with pytest.raises(ValidationError, match="non è cifrato, il database sì"):
        restore_database(enc.target, plain_backup)
    assert enc.target.path.read_bytes() == before


def test_encrypted_backup_restored_over_a_plain_database(enc: Database, db: Database) -> None:
    """With the key, an encrypted backup replaces a plain database: the result is encrypted."""
    _add(enc, "Rossi", "Mario")
    backup = backup_database(enc.target)
    enc.dispose()
    target = db.target.with_key(enc.target.key)
    db.dispose()
    plain = open_database(target)
    assert plain.target.encrypted is False  # a key given for a plain file is not used
    plain.dispose()
    kept = restore_database(target, backup)
    assert kept is not None and crypto.is_plain_sqlite(kept)  # what it replaced, as it was
    assert target.path is not None and not crypto.is_plain_sqlite(target.path)
    reopened = open_database(target)
    try:
        assert reopened.target.encrypted and _count(reopened) == 1
    finally:
        reopened.dispose()


def test_new_passphrase_minimum_length() -> None:
    """Fewer than 12 characters: a ValidationError naming the field."""
    with pytest.raises(ValidationError) as caught:
        crypto.check_new_passphrase("corta", label="Passphrase del database")
    assert str(caught.value) == (
        "Passphrase del database: deve avere almeno 12 caratteri (ne ha 5)."
    )
    assert crypto.check_new_passphrase("dodici carat").same_as(Passphrase("dodici carat"))


def test_failed_insert_puts_no_name_in_the_log_or_crash_details(
    enc: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing insert of «Zeferino»: the log file and the crash dialog text do not hold it."""
    from gui.crash import format_details
    from storage.logsetup import LOG_FILE, setup_logging

    monkeypatch.setenv("SPORTELLO_LOG_DIR", str(tmp_path / "log"))
    setup_logging()
    try:
        with enc.transaction() as session:
            session.execute(
                text("INSERT INTO participants (last_name, first_name) VALUES (:l, :f)"),
                {"l": "Zeferino", "f": "Ottavio"},
            )
    except Exception as exc:
        logging.getLogger("test").exception("Unexpected failure")
        details = format_details(type(exc), exc, exc.__traceback__)
    else:
        pytest.fail("the insert should have failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = (tmp_path / "log" / LOG_FILE).read_text(encoding="utf-8")
    assert "IntegrityError" in logged and "INSERT INTO participants" in logged
    assert "Zeferino" not in logged and "Ottavio" not in logged
    assert "Zeferino" not in details and "IntegrityError" in details


def test_redact_blanks_parameters_printed_by_other_engines() -> None:
    """The log formatter's safety net: a [parameters: …] block is replaced."""
    from storage.logsetup import redact

    message = "[SQL: INSERT INTO t (x) VALUES (?)]\n[parameters: ('Zeferino', 'a]b')]\n(Background"
    assert (
        redact(message)
        == "[SQL: INSERT INTO t (x) VALUES (?)]\n[parameters: nascosti]\n(Background"
    )


def test_layering_sqlcipher_is_not_imported_for_a_plain_database(tmp_path: Path) -> None:
    """Opening and reading a plain database never imports sqlcipher3 (start-up time)."""
    code = (
        "import sys; from storage.schema import open_database; "
        f"db = open_database({str(tmp_path / 'p.db')!r}); db.read('SELECT 1'); "
        "print('sqlcipher3' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "False"
