"""Hostile command-line arguments (issue #8): SQL, wildcards and path tricks in every kind of
argument are refused with a clear Italian message or found harmless, and nothing changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "demo.db"
    result = run(path, "demo", "--participants", "40", "--seed", "5")
    assert result.returncode == 0, result.stderr
    return path


def counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("participants", "tutoring_notes", "appointments")
        )


SQL_CF = "' OR 1=1 --"


def test_sql_as_a_codice_fiscale_is_an_unknown_person(demo_db: Path, tmp_path: Path) -> None:
    before = counts(demo_db)
    out = tmp_path / "x.pdf"
    result = run(demo_db, "export", "dossier", SQL_CF, "--out", str(out))
    assert result.returncode == 2
    assert "Partecipante: nessuna persona con codice fiscale" in result.stderr
    assert not out.exists()
    result = run(demo_db, "list", "notes", "--participant", SQL_CF)
    assert result.returncode == 2, result.stderr
    assert counts(demo_db) == before


def test_sql_and_fts_syntax_in_a_search_find_nothing_and_break_nothing(demo_db: Path) -> None:
    before = counts(demo_db)
    for typed in ('"; DROP TABLE tutoring_notes; --', "NEAR(a b)", "* OR *"):
        result = run(demo_db, "search", "notes", typed)
        assert result.returncode == 0, (typed, result.stderr)
    # Nothing but punctuation: no word to look for, said by name.
    result = run(demo_db, "search", "notes", "'")
    assert result.returncode == 2
    assert "Cerca: scrivete almeno una parola da cercare." in result.stderr
    assert counts(demo_db) == before


def test_bad_choices_are_refused_by_name(demo_db: Path) -> None:
    result = run(demo_db, "list", "participants", "--format", "csv; rm -rf /")
    assert result.returncode == 2
    assert "--format" in result.stderr


def test_a_path_through_a_missing_folder_writes_nothing(demo_db: Path, tmp_path: Path) -> None:
    cf = sqlite3.connect(demo_db).execute("SELECT codice_fiscale FROM participants").fetchone()[0]
    sneaky = tmp_path / "nope" / ".." / ".." / "escaped.pdf"
    result = run(demo_db, "export", "dossier", cf, "--out", str(sneaky))
    assert result.returncode == 2
    assert "File di uscita" in result.stderr
    assert not (tmp_path.parent / "escaped.pdf").exists()
    wrong_kind = tmp_path / "passwd"
    result = run(demo_db, "export", "dossier", cf, "--out", str(wrong_kind))
    assert result.returncode == 2
    assert "deve finire con .pdf" in result.stderr
    assert not wrong_kind.exists()
