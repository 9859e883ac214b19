"""The program as a subprocess: the command-line contract of shared/DESIGN.md, and faults."""

from __future__ import annotations

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storage.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # --as signs in: demo users share DEMO_PASSWORD.
    env["SPORTELLO_PASSWORD"] = DEMO_PASSWORD
    return env


def run(db: Path | str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(MAIN), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(),
        cwd=ROOT,
    )


def start(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(MAIN), "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run(path, "demo", "--participants", "150", "--seed", "7")
    assert result.returncode == 0, result.stderr
    return path


def test_init_check_backup_restore_cycle(tmp_path: Path) -> None:
    """init, check, backup, restore and list all exit 0 on a new database."""
    db = tmp_path / "s.db"
    assert run(db, "init").returncode == 0
    check = run(db, "check")
    assert check.returncode == 0 and "Controllo superato" in check.stdout
    backup = run(db, "backup")
    assert backup.returncode == 0
    path = backup.stdout.strip().split(": ", 1)[1]
    assert Path(path).is_file()
    restore = run(db, "restore", path)
    assert restore.returncode == 0, restore.stderr
    assert "prima-del-ripristino" in restore.stdout
    assert run(db, "check").returncode == 0


def test_list_participants_csv_has_the_contract_columns(demo_db: Path) -> None:
    """The CSV header carries at least codice_fiscale,last_name,first_name,birth_date."""
    result = run(demo_db, "list", "participants", "--format", "csv")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split(",")
    assert header[:4] == ["codice_fiscale", "last_name", "first_name", "birth_date"]
    assert len(csv_rows(result.stdout)) == 150


@pytest.mark.parametrize(
    ("what", "columns"),
    [
        ("desks", ["code", "name", "municipality"]),
        ("users", ["username", "full_name", "role"]),
        ("programmes", ["code", "name", "funder"]),
        (
            "appointments",
            ["id", "start", "minutes", "desk", "operator", "participant", "kind", "status"],
        ),
    ],
)
def test_list_contract_columns(demo_db: Path, what: str, columns: list[str]) -> None:
    """Each list has the columns DESIGN.md promises, and rows."""
    result = run(demo_db, "list", what)
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split(",")
    assert header[: len(columns)] == columns
    assert len(result.stdout.splitlines()) > 1


def test_list_json_and_filters(demo_db: Path) -> None:
    """JSON output parses; the desk filter keeps only that desk's appointments."""
    import json

    desks = csv_rows(run(demo_db, "list", "desks").stdout)
    code = desks[0]["code"]
    result = run(demo_db, "list", "appointments", "--desk", code, "--format", "json")
    rows = json.loads(result.stdout)
    assert rows and {r["desk"] for r in rows} == {code}


def test_demo_is_deterministic_per_seed(demo_db: Path, tmp_path: Path) -> None:
    """The same seed gives the same participants."""
    other = tmp_path / "again.db"
    assert run(other, "demo", "--participants", "150", "--seed", "7").returncode == 0
    first = run(demo_db, "list", "participants").stdout
    second = run(other, "list", "participants").stdout
    assert first == second


def test_demo_database_passes_check(demo_db: Path) -> None:
    """Demo data satisfies integrity, foreign keys and the audit chain."""
    result = run(demo_db, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_demo_refuses_a_database_with_data(demo_db: Path) -> None:
    """Loading demo data twice is a conflict (exit 3) and changes nothing."""
    before = run(demo_db, "list", "participants").stdout
    result = run(demo_db, "demo", "--participants", "10")
    assert result.returncode == 3 and "Errore" in result.stderr
    assert run(demo_db, "list", "participants").stdout == before


def test_invalid_input_exits_2_naming_the_field(demo_db: Path) -> None:
    """A bad date exits 2 with an Italian message naming the field."""
    bad_date = run(demo_db, "list", "appointments", "--from", "31/02/2026")
    assert bad_date.returncode == 2 and "Dal giorno" in bad_date.stderr
    bad_demo = run(demo_db, "demo", "--participants", "0")
    assert bad_demo.returncode == 2


def test_permission_denied_exits_4(demo_db: Path) -> None:
    """An operator may not take or restore backups: exit 4 and nothing written."""
    users = csv_rows(run(demo_db, "list", "users").stdout)
    operator = next(u["username"] for u in users if u["role"] == "operator")
    backups = set((demo_db.parent / "backups").glob("*.db"))
    result = run(demo_db, "--as", operator, "backup")
    assert result.returncode == 4 and operator in result.stderr
    assert set((demo_db.parent / "backups").glob("*.db")) == backups


def test_missing_database_for_read_commands(tmp_path: Path) -> None:
    """check/list on a missing file exit 1 and say how to create it, creating nothing."""
    db = tmp_path / "missing.db"
    result = run(db, "check")
    assert result.returncode == 1 and "init" in result.stderr
    assert not db.exists()


def test_not_a_database_is_left_untouched(tmp_path: Path) -> None:
    """A text file given as database gives a clear message and is not modified."""
    db = tmp_path / "notes.db"
    db.write_text("appunti personali")
    for args in (("check",), ("init",), ("list", "participants"), ("--smoke",)):
        result = run(db, *args)
        assert result.returncode == 1, args
        assert "non è un database" in result.stderr, args
    assert db.read_text() == "appunti personali"


def test_too_new_database_is_refused(tmp_path: Path) -> None:
    """A database from a newer Sportello is refused by every command, untouched."""
    db = tmp_path / "new.db"
    assert run(db, "init").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for args in (("check",), ("init",), ("--smoke",)):
        result = run(db, *args)
        assert result.returncode == 1 and "più recente" in result.stderr, args
    assert db.read_bytes() == before


def test_restore_of_a_bad_file_exits_2(tmp_path: Path) -> None:
    """Restoring something that is not a backup is invalid input and changes nothing."""
    db = tmp_path / "s.db"
    run(db, "init")
    bad = tmp_path / "bad.db"
    bad.write_text("x")
    result = run(db, "restore", str(bad))
    assert result.returncode == 2 and "File di backup" in result.stderr
    assert run(db, "check").returncode == 0


def test_smoke_starts_the_gui_and_exits_0(demo_db: Path) -> None:
    """--smoke opens the main window on real data, loads the home view and quits cleanly."""
    result = run(demo_db, "--smoke", timeout=60)
    assert result.returncode == 0, result.stderr


def test_smoke_on_an_empty_database(tmp_path: Path) -> None:
    """--smoke on a brand-new database (first-run page) also exits 0."""
    result = run(tmp_path / "fresh.db", "--smoke", timeout=60)
    assert result.returncode == 0, result.stderr


def _wait_for(predicate: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_sigkill_during_demo_leaves_a_consistent_database(tmp_path: Path) -> None:
    """Killing demo mid-way leaves a database that passes check, with no half-loaded data."""
    db = tmp_path / "killed.db"
    assert run(db, "init").returncode == 0
    wal = Path(str(db) + "-wal")
    proc = start(db, "demo", "--participants", "40000", "--seed", "3")
    # Wait until the load is really writing (the WAL grows past 1 MB), then kill it.
    grew = _wait_for(lambda: wal.exists() and wal.stat().st_size > 1_000_000, 60)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=10)
    assert grew, "demo never started writing"
    assert proc.returncode == -signal.SIGKILL
    check = run(db, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert csv_rows(run(db, "list", "participants").stdout) == []


def test_sigkill_during_backup_leaves_database_and_backups_sound(tmp_path: Path) -> None:
    """Killing a backup leaves the database passing check and no broken file named like a backup."""
    db = tmp_path / "big.db"
    assert run(db, "demo", "--participants", "3000").returncode == 0
    for delay in (0.05, 0.15, 0.3):
        proc = start(db, "backup")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    assert run(db, "check").returncode == 0
    for path in (db.parent / "backups").glob("*.db"):
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", path
        conn.close()


def test_import_participants_reports_rejected_rows_and_exits_2(tmp_path: Path) -> None:
    """`import participants` imports the valid rows, reports the others, exits 2 if any."""
    from datetime import date as day

    from models.codice_fiscale import compose
    from models.enums import Sex

    db = tmp_path / "imp.db"
    assert run(db, "init").returncode == 0
    cf = compose("Rossi", "Mario", Sex.MALE, day(1980, 1, 1), "D150")
    good = tmp_path / "good.csv"
    good.write_text(f"codice_fiscale,cognome,nome\n{cf},Rossi,Mario\n", encoding="utf-8")
    assert run(db, "import", "participants", str(good)).returncode == 0
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(f"cf;cognome;nome\n{cf};Rossi;Mario\nXXX;Verdi;Anna\n", encoding="utf-8")
    report = tmp_path / "rejected.csv"
    result = run(db, "import", "participants", str(mixed), "--report", str(report))
    assert result.returncode == 2
    assert "1 già presenti" in result.stdout and "riga 3" in result.stderr
    assert "3;Codice fiscale;" in report.read_text(encoding="utf-8-sig")
    assert len(csv_rows(run(db, "list", "participants").stdout)) == 1
    assert run(db, "import", "participants", str(tmp_path / "none.xlsx")).returncode == 2


def test_list_notes_and_deliveries_respect_confidentiality(demo_db: Path) -> None:
    """Confidential notes are listed for their author and coordinators, never for others."""
    import sqlite3 as sq

    conn = sq.connect(demo_db)
    author, other = (
        r[0]
        for r in conn.execute(
            # Tutors with confidential notes about someone they follow now.
            "SELECT DISTINCT u.username FROM tutoring_notes n JOIN users u ON u.id = n.author_id"
            " JOIN pathways w ON w.participant_id = n.participant_id AND w.tutor_id = u.id"
            " WHERE n.confidential = 1 AND u.role = 'tutor' ORDER BY u.username LIMIT 2"
        )
    )
    # The author's confidential notes about the people they follow now (their caseload).
    secret = conn.execute(
        "SELECT count(*) FROM tutoring_notes n JOIN users u ON u.id = n.author_id"
        " JOIN participants p ON p.id = n.participant_id"
        " WHERE n.confidential = 1 AND u.username = ?1 AND (p.id IN ("
        "   SELECT w.participant_id FROM pathways w JOIN users t ON t.id = w.tutor_id"
        "   WHERE t.username = ?1)"
        " OR (p.created_by = ?1 AND NOT EXISTS ("
        "   SELECT 1 FROM pathways x WHERE x.participant_id = p.id)))",
        (author,),
    ).fetchone()[0]
    conn.close()
    assert secret > 0
    mine = csv_rows(run(demo_db, "--as", author, "list", "notes", "--limit", "5000").stdout)
    theirs = csv_rows(run(demo_db, "--as", other, "list", "notes", "--limit", "5000").stdout)
    assert sum(r["confidential"] == "True" and r["author"] == author for r in mine) == secret
    assert not any(r["confidential"] == "True" and r["author"] == author for r in theirs)
    person = csv_rows(run(demo_db, "list", "participants").stdout)[0]["codice_fiscale"]
    hours = run(demo_db, "list", "deliveries", "--participant", person, "--format", "json")
    assert hours.returncode == 0
