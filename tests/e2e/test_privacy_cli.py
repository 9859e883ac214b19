"""Privacy commands on the demo database: right of access and retention."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("privacy") / "demo.db"
    assert run(path, "demo", "--participants", "60", "--seed", "9").returncode == 0
    return path


def test_export_subject_writes_pdf_and_json(demo_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        cf, code = conn.execute(
            "SELECT codice_fiscale, internal_code FROM participants LIMIT 1"
        ).fetchone()
    result = run(demo_db, "export", "subject", cf, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert folder.name.startswith(f"accesso-{code}-")
    data = json.loads((folder / "dati.json").read_text(encoding="utf-8"))
    assert cf in json.dumps(data)
    assert (folder / "dati.pdf").read_bytes().startswith(b"%PDF-")
    missing = run(demo_db, "export", "subject", cf, "--out", str(tmp_path / "manca"))
    assert missing.returncode == 2 and "non esiste" in missing.stderr


def test_retention_dry_run_then_apply(demo_db: Path) -> None:
    dry = run(demo_db, "retention", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "oltre il tempo di conservazione (nessun dato modificato)" in dry.stdout
    with sqlite3.connect(demo_db) as conn:
        tutor = conn.execute("SELECT username FROM users WHERE role = 'tutor'").fetchone()[0]
    refused = run(demo_db, "--as", tutor, "retention", "--apply")
    assert refused.returncode == 4
    applied = run(demo_db, "retention", "--apply")
    assert applied.returncode == 0, applied.stderr
    assert "persone anonimizzate" in applied.stdout
