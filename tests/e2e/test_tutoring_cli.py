"""Tutoring from the command line: lists, note search as a user, imports of past activity."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_agenda_cli import rows
from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tutoring") / "demo.db"
    result = run(path, "demo", "--participants", "150", "--seed", "5")
    assert result.returncode == 0, result.stderr
    return path


def sql(db: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(query, params))


@pytest.mark.parametrize("what", ["companies", "internships", "outcomes", "applications"])
def test_lists_in_csv_and_json(demo_db: Path, what: str) -> None:
    as_csv = run(demo_db, "list", what)
    assert as_csv.returncode == 0, as_csv.stderr
    as_json = run(demo_db, "list", what, "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert len(data) == len(rows(as_csv.stdout)) > 0
    table = {"companies": "companies", "internships": "internships", "outcomes": "outcomes",
             "applications": "job_applications"}[what]  # fmt: skip
    expected = sql(demo_db, f"SELECT count(*) FROM {table}")[0][0]
    if what == "companies":
        expected = sql(demo_db, "SELECT count(*) FROM companies WHERE archived = 0")[0][0]
    assert len(data) == expected


def test_lists_for_one_participant(demo_db: Path) -> None:
    cf, code = sql(
        demo_db,
        "SELECT p.codice_fiscale, p.internal_code FROM participants p "
        "JOIN outcomes o ON o.participant_id = p.id LIMIT 1",
    )[0]
    listed = rows(run(demo_db, "list", "outcomes", "--participant", str(cf)).stdout)
    assert listed and {r["participant_code"] for r in listed} == {code}


def test_search_notes_hides_confidential_notes_of_others(demo_db: Path) -> None:
    from models.enums import Role
    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.tutoring import NoteInput, add_note

    tutors = [str(r[0]) for r in sql(demo_db, "SELECT username FROM users WHERE role = 'tutor'")]
    author, other = tutors[0], tutors[1]
    # A person the author follows now (a tutor writes and searches only their caseload's notes).
    cf = str(
        sql(
            demo_db,
            "SELECT p.codice_fiscale FROM participants p "
            "JOIN pathways w ON w.participant_id = p.id JOIN users u ON u.id = w.tutor_id "
            "WHERE u.username = ? AND p.codice_fiscale IS NOT NULL AND p.restricted = 0 LIMIT 1",
            author,
        )[0][0]
    )
    db = open_database(str(demo_db))
    try:
        add_note(db, Actor(author, Role.TUTOR), NoteInput(
            cf, date.today(), "family", "phone", "Zebrato: la sorella segue le pratiche",
            confidential=True,
        ))  # fmt: skip
    finally:
        db.dispose()
    mine = run(demo_db, "--as", author, "search", "notes", "zebrato", "--format", "json")
    assert mine.returncode == 0, mine.stderr
    assert [h["confidential"] for h in json.loads(mine.stdout)] == [True]
    theirs = run(demo_db, "--as", other, "search", "notes", "ZEBRATO")
    assert theirs.returncode == 0 and rows(theirs.stdout) == []
    empty = run(demo_db, "search", "notes", "...")
    assert empty.returncode == 2 and "Cerca" in empty.stderr


def test_import_deliveries_and_outcomes(demo_db: Path, tmp_path: Path) -> None:
    cf, programme, started = sql(
        demo_db,
        "SELECT p.codice_fiscale, f.code, w.start_date FROM pathways w "
        "JOIN participants p ON p.id = w.participant_id "
        "JOIN programmes f ON f.id = w.programme_id "
        "WHERE w.status = 'open' AND w.start_date < date('now', '-3 days') "
        "AND (SELECT count(*) FROM pathways x WHERE x.participant_id = p.id) = 1 LIMIT 1",
    )[0]
    day = date.fromisoformat(str(started)) + timedelta(days=1)
    before = sql(demo_db, "SELECT count(*) FROM service_deliveries")[0][0]
    hours = tmp_path / "ore.csv"
    hours.write_text(
        "Codice fiscale;Data;Inizio;Fine;Servizio;Programma\n"
        f"{cf};{day:%d/%m/%Y};8:00;8:45;Orientamento;{programme}\n"
        f"{cf};{day:%d/%m/%Y};10:00;9:00;Orientamento;{programme}\n"
        f"NONESISTE;{day:%d/%m/%Y};8:00;9:00;Orientamento;{programme}\n",
        encoding="utf-8",
    )
    report = tmp_path / "scarti.csv"
    first = run(demo_db, "import", "deliveries", str(hours), "--report", str(report))
    assert first.returncode == 2, first.stderr
    assert "3 righe: 1 importate, 0 già presenti" in first.stdout
    assert "riga 3: Fine" in first.stderr and "riga 4: Codice fiscale" in first.stderr
    assert "3;Fine;la fine deve seguire" in report.read_text(encoding="utf-8-sig")
    again = run(demo_db, "import", "deliveries", str(hours))
    assert "0 importate, 1 già presenti" in again.stdout
    assert sql(demo_db, "SELECT count(*) FROM service_deliveries")[0][0] == before + 1

    outcomes = tmp_path / "esiti.csv"
    outcomes.write_text(
        "cf,contract type,employer,start date,months\n"
        f"{cf},Tempo determinato,Cooperativa Il Ponte,{date.today().isoformat()},6\n",
        encoding="utf-8",
    )
    done = run(demo_db, "import", "outcomes", str(outcomes))
    assert done.returncode == 0, done.stderr
    assert "1 importate" in done.stdout
    listed = rows(run(demo_db, "list", "outcomes", "--participant", str(cf)).stdout)
    assert any(r["employer"] == "Cooperativa Il Ponte" and r["months"] == "6" for r in listed)


def test_check_finds_a_stale_note_index_and_init_rebuilds_it(tmp_path: Path) -> None:
    path = tmp_path / "idx.db"
    assert run(path, "demo", "--participants", "20").returncode == 0
    assert "Indice di ricerca delle note: ok" in run(path, "check").stdout
    with sqlite3.connect(path) as conn:  # an index that no longer matches its notes
        conn.execute("DROP TRIGGER tutoring_notes_fts_update")
        conn.execute("UPDATE tutoring_notes SET text = 'zzz' WHERE id = 1")
    stale = run(path, "check")
    assert stale.returncode == 1 and "init --rebuild-index" in stale.stdout + stale.stderr
    assert run(path, "init", "--rebuild-index").returncode == 0
    assert run(path, "check").returncode == 0
