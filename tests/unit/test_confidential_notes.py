"""A confidential note stays with its author and the coordinators through every path.

Lists, the to-do list, the note's own page, the timeline, full-text search and the command-line
export (`list notes --format json --as USER`) are all asked by another tutor, who must get
nothing of it (the person handed over to them, so that they may see the rest of the record); the
author and a coordinator get it everywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.errors import PermissionDenied
from models.rows import Actor
from storage.engine import Database
from storage.services.intake import change_tutor
from storage.services.search import search_notes
from storage.services.timeline import ItemKind, timeline
from storage.services.tutoring import (
    NoteInput,
    add_note,
    list_notes,
    my_next_steps,
    note_details,
)
from tests.unit.test_tutoring import CF, COORDINATOR, OTHER, TUTOR
from tests.unit.test_tutoring import pathway_id as pathway_id  # the fixture

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Ricoverata in psichiatria, la madre chiede riservatezza"


@pytest.fixture
def secret(db: Database, pathway_id: int) -> int:
    add_note(db, TUTOR, NoteInput(CF, date.today(), "participant", "phone", "Telefonata breve"))
    return add_note(
        db,
        TUTOR,
        NoteInput(
            CF,
            date.today(),
            "family",
            "phone",
            SECRET,
            next_steps="Richiamare la madre",
            next_step_due=date.today() + timedelta(days=2),
            confidential=True,
        ),
    )


def paths(db: Database, actor: Actor) -> dict[str, bool]:
    """Whether the secret note reaches `actor` through each path."""

    def readable() -> bool:
        try:
            note_details(db, actor, secret_id)
        except PermissionDenied:
            return False
        return True

    secret_id = next(n.id for n in list_notes(db, COORDINATOR) if n.confidential)
    return {
        "list": any(n.text == SECRET for n in list_notes(db, actor, participant=CF)),
        "todo": any(n.text == SECRET for n in my_next_steps(db, actor)),
        "details": readable(),
        "timeline": any(
            i.ref_id == secret_id for i in timeline(db, actor, CF, kinds=[ItemKind.NOTE])
        ),
        "search": any(h.id == secret_id for h in search_notes(db, actor, "psichiatria")),
        "search by next step": any(h.id == secret_id for h in search_notes(db, actor, "madre")),
    }


def hand_over(db: Database, pathway_id: int) -> None:
    """The person passes to the other tutor (who then sees their record, not the secret)."""
    change_tutor(db, Actor.system_admin(), pathway_id, OTHER.username, date.today())


def test_another_tutor_gets_it_nowhere(db: Database, secret: int, pathway_id: int) -> None:
    with pytest.raises(PermissionDenied):  # not their person: not even the open notes
        paths(db, OTHER)
    hand_over(db, pathway_id)
    assert paths(db, OTHER) == dict.fromkeys(paths(db, OTHER), False)
    assert [n.text for n in list_notes(db, OTHER, participant=CF)] == ["Telefonata breve"]


def test_author_and_coordinator_get_it_everywhere(db: Database, secret: int) -> None:
    assert paths(db, TUTOR) == dict.fromkeys(paths(db, TUTOR), True)
    seen = paths(db, COORDINATOR)
    assert seen.pop("todo") is False  # the to-do list is the author's own
    assert seen == dict.fromkeys(seen, True)


def test_the_command_line_export_leaves_it_out(db: Database, secret: int, pathway_id: int) -> None:
    from sqlalchemy import text

    from storage.services.auth import hash_password

    # --as needs a password: give the three users one, passed to the subprocess by environment.
    password = "passaggio-a-nord-ovest"
    with db.transaction() as session:
        session.execute(text("UPDATE users SET password_hash = :h"), {"h": hash_password(password)})
    env = dict(os.environ, SPORTELLO_PASSWORD=password)

    def exported(user: str, code: int = 0) -> str:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--db",
                str(db.target.path or db.target.url),  # a file, or a PostgreSQL URL
                "--as",
                user,
                "list",
                "notes",
                "--participant",
                CF,
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
            env=env,
        )
        assert result.returncode == code, result.stderr
        return result.stdout

    assert SECRET in exported("g.verdi") and SECRET in exported("c.bianchi")
    assert exported("l.neri", 4) == ""  # not their person
    hand_over(db, pathway_id)
    assert SECRET not in exported("l.neri")
    assert len(json.loads(exported("l.neri"))) == 1
