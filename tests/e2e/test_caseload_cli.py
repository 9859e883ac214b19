"""The caseload from the command line: `--as` a tutor, another tutor's participant is refused
(exit 4) by every command that takes a person, or is simply not among what is listed; `--as` an
operator, every command of the record is refused. The person's own tutor gets them all (exit 0),
so the refusals are the rule at work and not a broken command.

The demo database's users share the demo password (SPORTELLO_PASSWORD, set by `run`).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import csv_rows, run

PERMISSION_DENIED = 4
ASSIGNED = "non è tra quelle che gli sono assegnate"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("caseload") / "demo.db"
    result = run(path, "demo", "--participants", "120", "--seed", "11")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def world(demo_db: Path) -> dict[str, str]:
    """A person with a full record followed by one tutor, another tutor, an operator, a month
    with hours and a word of their notes."""
    conn = sqlite3.connect(demo_db)
    try:
        cf, owner, person_id = conn.execute(
            "SELECT p.codice_fiscale, u.username, p.id FROM participants p "
            "JOIN pathways w ON w.participant_id = p.id JOIN users u ON u.id = w.tutor_id "
            "WHERE u.role = 'tutor' AND p.restricted = 0 AND p.anonymised_at IS NULL "
            "AND p.codice_fiscale IS NOT NULL "
            "AND (SELECT count(DISTINCT y.tutor_id) FROM pathways y "
            "     WHERE y.participant_id = p.id) = 1 "
            "AND EXISTS (SELECT 1 FROM tutoring_notes n WHERE n.participant_id = p.id "
            "            AND n.confidential = 0) "
            "ORDER BY (SELECT count(*) FROM job_applications a WHERE a.participant_id = p.id)"
            " + (SELECT count(*) FROM internships i WHERE i.participant_id = p.id) DESC, p.id "
            "LIMIT 1"
        ).fetchone()
        other = conn.execute(
            "SELECT username FROM users WHERE role = 'tutor' AND active = 1 AND username != ? "
            "ORDER BY username LIMIT 1",
            (owner,),
        ).fetchone()[0]
        operator = conn.execute(
            "SELECT username FROM users WHERE role = 'operator' AND active = 1 "
            "ORDER BY username LIMIT 1"
        ).fetchone()[0]
        month = conn.execute(
            "SELECT strftime('%Y-%m', d.date) FROM service_deliveries d "
            "JOIN pathways w ON w.id = d.pathway_id WHERE w.participant_id = ? "
            "ORDER BY d.date DESC LIMIT 1",
            (person_id,),
        ).fetchone()
        text = conn.execute(
            "SELECT text FROM tutoring_notes WHERE participant_id = ? AND confidential = 0 "
            "ORDER BY id LIMIT 1",
            (person_id,),
        ).fetchone()[0]
    finally:
        conn.close()
    word = max((w.strip(".,;:!?«»()") for w in str(text).split()), key=len)
    return {
        "cf": str(cf),
        "owner": str(owner),
        "other": str(other),
        "operator": str(operator),
        "month": str(month[0]) if month else "2026-01",
        "word": word,
    }


def person_commands(w: dict[str, str], out: Path) -> dict[str, list[str]]:
    """Every command that takes a participant, with valid arguments."""
    cf = w["cf"]
    return {
        "list notes": ["list", "notes", "--participant", cf],
        "list deliveries": ["list", "deliveries", "--participant", cf],
        "list applications": ["list", "applications", "--participant", cf],
        "list internships": ["list", "internships", "--participant", cf],
        "list outcomes": ["list", "outcomes", "--participant", cf],
        "export dossier": ["export", "dossier", cf, "--out", str(out / "fascicolo.pdf")],
        "export timesheet": [
            "export", "timesheet", "--participant", cf, "--month", w["month"],
            "--out", str(out / "foglio.pdf"),
        ],
        "export plan": ["export", "plan", cf, "--out", str(out / "piano.pdf")],
        "search notes": ["search", "notes", w["word"], "--participant", cf],
    }  # fmt: skip


COMMANDS = (
    "list notes",
    "list deliveries",
    "list applications",
    "list internships",
    "list outcomes",
    "export dossier",
    "export timesheet",
    "export plan",
    "search notes",
)


@pytest.mark.parametrize("command", COMMANDS)
def test_another_tutors_participant_is_refused(
    demo_db: Path, world: dict[str, str], tmp_path: Path, command: str
) -> None:
    args = person_commands(world, tmp_path)[command]
    refused = run(demo_db, "--as", world["other"], *args)
    assert refused.returncode == PERMISSION_DENIED, (refused.stdout, refused.stderr)
    assert f"L'utente {world['other']} (tutor) non può" in refused.stderr
    assert ASSIGNED in refused.stderr
    assert refused.stdout == "" and not any(tmp_path.iterdir())


@pytest.mark.parametrize("command", COMMANDS)
def test_the_persons_own_tutor_gets_them(
    demo_db: Path, world: dict[str, str], tmp_path: Path, command: str
) -> None:
    """The control: the same command, by the person's tutor, works."""
    args = person_commands(world, tmp_path)[command]
    done = run(demo_db, "--as", world["owner"], *args)
    assert done.returncode == 0, done.stderr


def test_another_tutors_participant_is_not_listed_nor_found(
    demo_db: Path, world: dict[str, str]
) -> None:
    """Without a participant: the registry and the note search leave the person out."""
    cf = world["cf"]
    theirs = run(demo_db, "--as", world["other"], "list", "participants", "--search", cf)
    assert theirs.returncode == 0, theirs.stderr
    assert csv_rows(theirs.stdout) == []
    everyone = csv_rows(run(demo_db, "--as", world["other"], "list", "participants").stdout)
    assert cf not in {r["codice_fiscale"] for r in everyone} and everyone
    mine = csv_rows(run(demo_db, "--as", world["owner"], "list", "participants").stdout)
    assert cf in {r["codice_fiscale"] for r in mine}
    staff = csv_rows(run(demo_db, "list", "participants").stdout)
    assert len(mine) + len(everyone) <= len(staff)

    def found(user: str) -> set[str]:
        result = run(demo_db, "--as", user, "search", "notes", world["word"], "--format", "json")
        assert result.returncode == 0, result.stderr
        return {hit["participant_code"] for hit in json.loads(result.stdout)}

    code = next(r["internal_code"] for r in mine if r["codice_fiscale"] == cf)
    assert code in found(world["owner"])
    assert code not in found(world["other"])


def test_right_of_access_is_for_coordinators_only(
    demo_db: Path, world: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "accesso"
    out.mkdir()
    for user in (world["owner"], world["operator"]):
        refused = run(demo_db, "--as", user, "export", "subject", world["cf"], "--out", str(out))
        assert refused.returncode == PERMISSION_DENIED, refused.stderr
        assert "diritto di accesso" in refused.stderr
    assert not any(out.iterdir())


@pytest.mark.parametrize("command", COMMANDS)
def test_an_operator_is_refused_the_record(
    demo_db: Path, world: dict[str, str], tmp_path: Path, command: str
) -> None:
    args = person_commands(world, tmp_path)[command]
    refused = run(demo_db, "--as", world["operator"], *args)
    assert refused.returncode == PERMISSION_DENIED, (refused.stdout, refused.stderr)
    assert f"L'utente {world['operator']} (operatore) non può" in refused.stderr
    assert refused.stdout == "" and not any(tmp_path.iterdir())


@pytest.mark.parametrize("what", ["notes", "deliveries", "applications", "internships", "outcomes"])
def test_an_operator_is_refused_the_record_lists(
    demo_db: Path, world: dict[str, str], what: str
) -> None:
    """Not only one person's: the lists of the record as a whole."""
    refused = run(demo_db, "--as", world["operator"], "list", what)
    assert refused.returncode == PERMISSION_DENIED, (refused.stdout, refused.stderr)
    assert f"L'utente {world['operator']} (operatore) non può" in refused.stderr
