"""Documents and reports from the command line, on the demo database: each command writes a
real PDF (or JSON/XLSX) that holds what it must, and bad input exits 2 writing nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("documents") / "demo.db"
    result = run(path, "demo", "--participants", "120", "--seed", "3")
    assert result.returncode == 0, result.stderr
    return path


def sql(db: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(query))


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def busy_participant(db: Path) -> tuple[str, str]:
    """A person with a pathway and hours delivered: codice fiscale and internal code."""
    cf, code = sql(
        db,
        "SELECT p.codice_fiscale, p.internal_code FROM participants p "
        "JOIN pathways w ON w.participant_id = p.id "
        "JOIN service_deliveries d ON d.pathway_id = w.id "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
    )[0]
    return str(cf), str(code)


def test_dossier_full_and_redacted(demo_db: Path, tmp_path: Path) -> None:
    cf, code = busy_participant(demo_db)
    full, redacted = tmp_path / "full.pdf", tmp_path / "red.pdf"
    result = run(demo_db, "export", "dossier", cf, "--out", str(full))
    assert result.returncode == 0, result.stderr
    assert (
        run(demo_db, "export", "dossier", cf, "--redacted", "--out", str(redacted)).returncode == 0
    )
    full_text, redacted_text = pdf_text(full), pdf_text(redacted)
    assert code in full_text and "pagina 1 di" in full_text
    assert code in redacted_text
    flat = " ".join(redacted_text.split())
    assert "Questo fascicolo non contiene:" in flat and "le note riservate" in flat
    assert "versione ridotta" in flat and "Questo fascicolo non contiene" not in full_text


def test_timesheet_plan_and_register(demo_db: Path, tmp_path: Path) -> None:
    cf, code = busy_participant(demo_db)
    month = str(
        sql(
            demo_db,
            "SELECT substr(d.date, 1, 7) FROM service_deliveries d "
            "JOIN pathways w ON w.id = d.pathway_id JOIN participants p ON p.id = w.participant_id "
            f"WHERE p.codice_fiscale = '{cf}' ORDER BY d.date DESC LIMIT 1",
        )[0][0]
    )
    sheet = tmp_path / "ore.pdf"
    done = run(
        demo_db, "export", "timesheet", "--participant", cf, "--month", month, "--out", str(sheet)
    )
    assert done.returncode == 0, done.stderr
    assert code in pdf_text(sheet)
    plan = tmp_path / "piano.pdf"
    assert run(demo_db, "export", "plan", cf, "--out", str(plan)).returncode == 0
    assert code in pdf_text(plan) and "€" in pdf_text(plan)
    edition = str(sql(demo_db, "SELECT min(id) FROM course_editions")[0][0])
    register = tmp_path / "registro.pdf"
    made = run(demo_db, "export", "register", "--edition", edition, "--out", str(register))
    assert made.returncode == 0, made.stderr
    assert "pagina 1 di" in pdf_text(register)


@pytest.mark.parametrize("fmt", ["json", "xlsx", "pdf"])
def test_indicators_report(demo_db: Path, tmp_path: Path, fmt: str) -> None:
    start = (date.today() - timedelta(days=365)).isoformat()
    out = tmp_path / f"indicatori.{fmt}"
    result = run(
        demo_db,
        "report",
        "indicators",
        "--from",
        start,
        "--to",
        date.today().isoformat(),
        "--format",
        fmt,
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        for key in (
            "participants",
            "participants_by_sex",
            "participants_by_target_group",
            "attended_over_75_percent",
            "counselling_sessions",
            "work_experiences",
            "work_experiences_total",
            "days_to_first_work",
            "companies_contacted",
            "consultancies",
            "internships_activated",
            "internships_converted",
            "people_hired",
        ):
            assert key in data, key
        assert data["participants"] > 0
        assert set(data["days_to_first_work"]) >= {"min", "median", "max"}
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        assert len(load_workbook(out).sheetnames) > 2
    else:
        assert "Definizioni" in pdf_text(out)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["export", "dossier", "RSSMRA80A01H501U", "--out", "{tmp}/x.pdf"], "Partecipante"),
        (
            [
                "export",
                "timesheet",
                "--participant",
                "{cf}",
                "--month",
                "2026-13",
                "--out",
                "{tmp}/x.pdf",
            ],
            "Mese",
        ),
        (["export", "dossier", "{cf}", "--out", "{tmp}/manca/x.pdf"], "non esiste"),
        (
            [
                "report",
                "indicators",
                "--from",
                "2026-06-01",
                "--to",
                "2026-01-01",
                "--out",
                "{tmp}/x.json",
            ],
            "",
        ),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    demo_db: Path, tmp_path: Path, args: list[str], field: str
) -> None:
    cf, _code = busy_participant(demo_db)
    filled = [a.format(tmp=tmp_path, cf=cf) for a in args]
    result = run(demo_db, *filled)
    assert result.returncode == 2, result.stderr
    assert field in result.stderr
    assert list(tmp_path.rglob("*.*")) == []
