"""Encryption at rest from the command line: init --encrypt, SPORTELLO_KEY, rekey, backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
KEY = "una passphrase lunga"
NEW_KEY = "la passphrase nuova"


def run(
    db: Path, *args: str, key: str | None = KEY, new_key: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["SPORTELLO_PASSWORD"] = DEMO_PASSWORD
    env["SPORTELLO_LOG_DIR"] = str(db.parent / "log")
    for name, value in (("SPORTELLO_KEY", key), ("SPORTELLO_NEW_KEY", new_key)):
        env.pop(name, None)
        if value is not None:
            env[name] = value
    return subprocess.run(
        [sys.executable, str(MAIN), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )


def _plain_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, int]]]:
    """A plain demo database (with a plain backup) encrypted in place by init --encrypt."""
    path = tmp_path_factory.mktemp("cifrato") / "sportello.db"
    assert run(path, "demo", "--participants", "40", key=None).returncode == 0
    assert run(path, "backup", key=None).returncode == 0
    counts = _plain_counts(path)
    result = run(path, "init", "--encrypt")
    assert result.returncode == 0, result.stderr
    assert f"Database cifrato sul posto: {path} ({len(counts)} tabelle verificate)" in result.stdout
    assert "Backup cifrato preso prima:" in result.stdout
    assert "Attenzione: 1 backup in" in result.stdout
    assert "init --remove-plain-backups" in result.stdout
    yield path, counts


def test_encrypt_in_place_keeps_every_row_count(encrypted: tuple[Path, dict[str, int]]) -> None:
    """Every table has the rows it had before init --encrypt (counted through SQLCipher)."""
    path, counts = encrypted
    from storage.crypto import Passphrase, plain_or_keyed, table_counts

    with plain_or_keyed(path, Passphrase(KEY)) as conn:
        # init --encrypt adds one audit event (the encryption itself), nothing else changes.
        assert table_counts(conn) == {**counts, "audit_events": counts["audit_events"] + 1}
    assert not Path(f"{path}-wal").exists()


def test_list_check_search_and_backup_work_with_the_key(
    encrypted: tuple[Path, dict[str, int]],
) -> None:
    """check, list, search and backup run with SPORTELLO_KEY; the backup is encrypted."""
    path, counts = encrypted
    check = run(path, "check")
    assert check.returncode == 0, check.stderr
    assert "Cifratura: attiva (SQLCipher 4." in check.stdout
    listed = run(path, "list", "participants")
    assert listed.returncode == 0
    assert len(listed.stdout.strip().splitlines()) == counts["participants"] + 1
    found = run(path, "search", "notes", "colloquio")
    assert found.returncode == 0 and "colloquio" in found.stdout.lower()
    backup = run(path, "backup")
    assert backup.returncode == 0
    written = Path(backup.stdout.strip().removeprefix("Backup scritto: "))
    assert written.is_file()
    assert not written.read_bytes().startswith(b"SQLite format 3\x00")
    surnames = [line.split(",")[1] for line in listed.stdout.splitlines()[1:]]
    data = written.read_bytes() + path.read_bytes()
    assert [s for s in surnames if len(s) >= 4 and s.encode() in data] == []


def test_missing_key_exits_2_naming_the_variable(encrypted: tuple[Path, dict[str, int]]) -> None:
    """Without SPORTELLO_KEY (and no terminal) every command exits 2 and names the variable."""
    path, _ = encrypted
    for args in (("check",), ("list", "participants"), ("--smoke",)):
        result = run(path, *args, key=None)
        assert result.returncode == 2, (args, result.stderr)
        assert "SPORTELLO_KEY" in result.stderr, args


def test_wrong_key_exits_4_and_leaves_the_file_byte_identical(
    encrypted: tuple[Path, dict[str, int]],
) -> None:
    """A wrong key: exit 4, «Passphrase errata», nothing of SQLCipher's log, file unchanged."""
    path, _ = encrypted
    before = path.read_bytes()
    for args in (("check",), ("init",), ("list", "participants"), ("backup",), ("--smoke",)):
        result = run(path, *args, key="passphrase sbagliata")
        assert result.returncode == 4, (args, result.stderr)
        assert f"Errore: Passphrase errata per il database {path}" in result.stderr, args
        assert "hmac" not in result.stderr.lower() and "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_sqlite3_shell_reads_nothing(encrypted: tuple[Path, dict[str, int]]) -> None:
    """The Debian sqlite3 shell cannot read the encrypted database."""
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.skip("the sqlite3 shell is not installed (Debian package sqlite3)")
    path, _ = encrypted
    result = subprocess.run(
        [shell, "-readonly", str(path), ".tables"], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0 and "file is not a database" in result.stderr


def test_remove_plain_backups(encrypted: tuple[Path, dict[str, int]]) -> None:
    """init --remove-plain-backups deletes the backups taken before encryption, and only those."""
    path, _ = encrypted
    folder = path.parent / "backups"
    plain = [p for p in folder.glob("*.db") if p.read_bytes()[:16] == b"SQLite format 3\x00"]
    assert len(plain) == 1
    result = run(path, "init", "--remove-plain-backups")
    assert result.returncode == 0, result.stderr
    assert "Backup non cifrati eliminati: 1." in result.stdout
    assert not plain[0].exists()
    assert [p for p in folder.glob("*.db") if p.read_bytes()[:16] == b"SQLite format 3\x00"] == []
    assert list(folder.glob("*prima-della-cifratura*"))


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    """init --encrypt with an 8-character SPORTELLO_KEY: exit 2 naming the field, no file."""
    path = tmp_path / "nuovo.db"
    result = run(path, "init", "--encrypt", key="corta123")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "Errore: Passphrase del database (SPORTELLO_KEY): deve avere almeno 12 caratteri (ne ha 8)."
    )
    assert not path.exists()


def test_new_encrypted_database_rekey_and_restore(tmp_path: Path) -> None:
    """init --encrypt on a new file, rekey: the old key fails, the new works; restore with it."""
    path = tmp_path / "nuovo.db"
    created = run(path, "init", "--encrypt")
    assert created.returncode == 0, created.stderr
    assert f"Database cifrato creato: {path}" in created.stdout
    assert not path.read_bytes().startswith(b"SQLite format 3\x00")
    assert run(path, "demo", "--participants", "5").returncode == 0
    backup = Path(run(path, "backup").stdout.strip().removeprefix("Backup scritto: "))
    missing = run(path, "rekey")
    assert missing.returncode == 2 and "SPORTELLO_NEW_KEY" in missing.stderr
    changed = run(path, "rekey", new_key=NEW_KEY)
    assert changed.returncode == 0, changed.stderr
    assert "restano cifrati con la passphrase precedente" in changed.stdout
    assert run(path, "check").returncode == 4
    assert run(path, "check", key=NEW_KEY).returncode == 0
    # The older backup keeps the old key: restoring it with the new one is refused, untouched.
    before = path.read_bytes()
    refused = run(path, "restore", str(backup), key=NEW_KEY)
    assert refused.returncode == 4 and "Passphrase errata per il backup" in refused.stderr
    assert path.read_bytes() == before
    fresh = Path(run(path, "backup", key=NEW_KEY).stdout.strip().removeprefix("Backup scritto: "))
    restored = run(path, "restore", str(fresh), key=NEW_KEY)
    assert restored.returncode == 0, restored.stderr
    listed = run(path, "list", "participants", key=NEW_KEY)
    assert len(listed.stdout.strip().splitlines()) == 6


def test_rekey_of_a_plain_database_is_refused(tmp_path: Path) -> None:
    """rekey on a plain database: exit 2, pointing to init --encrypt."""
    path = tmp_path / "piano.db"
    assert run(path, "init", key=None).returncode == 0
    result = run(path, "rekey", key=None, new_key=NEW_KEY)
    assert result.returncode == 2 and "init --encrypt" in result.stderr
