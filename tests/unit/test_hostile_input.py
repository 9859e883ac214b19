"""Hostile input (issue #8): control characters, huge values and SQL in text fields are refused
or harmless, with a message naming the field, and nothing is written."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.rows import Actor, ParticipantQuery
from models.validation import ParticipantInput, free_text
from storage.engine import Database
from storage.services.participants import count_participants, create_participant, participant_ids


def _people(db: Database) -> int:
    return int(db.read("SELECT count(*) FROM participants")[0][0])


@pytest.mark.parametrize(
    ("field", "value", "label"),
    [
        ("last_name", "Ros\x00si", "Cognome"),
        ("last_name", "Ros\x1b[2Jsi", "Cognome"),
        ("first_name", "Mario\u202e", "Nome"),
        ("first_name", "Ma\u200brio", "Nome"),
        ("address", "Via Roma\x07 1", "Indirizzo"),
    ],
)
def test_control_characters_are_refused_by_name(
    db: Database, admin: Actor, field: str, value: str, label: str
) -> None:
    values = {"last_name": "Rossi", "first_name": "Mario", field: value}
    with pytest.raises(ValidationError) as caught:
        create_participant(db, admin, ParticipantInput(**values))
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{label}: contiene un carattere di controllo non ammesso")
    assert _people(db) == 0


def test_a_ten_thousand_character_name_is_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        create_participant(db, admin, ParticipantInput("R" * 10_000, "Mario"))
    assert str(caught.value) == "Cognome: è troppo lungo (massimo 100 caratteri)."
    assert _people(db) == 0


def test_new_lines_and_tabs_fold_into_one_line_in_a_name(db: Database, admin: Actor) -> None:
    created = create_participant(db, admin, ParticipantInput("Rossi\n\tBianchi", "Mario"))
    assert created.row.last_name == "Rossi Bianchi"


SQL = "Robert'); DROP TABLE participants;--"


def test_sql_in_a_name_is_stored_as_text_and_found_as_text(db: Database, admin: Actor) -> None:
    create_participant(db, admin, ParticipantInput(SQL, "Mario"))
    create_participant(db, admin, ParticipantInput("Bianchi", "Anna"))
    assert db.read("SELECT last_name FROM participants ORDER BY id")[0] == (SQL,)
    for typed in (SQL, "' OR '1'='1", '" OR 1=1 --', "\\", "robert'"):
        query = ParticipantQuery(text=typed)
        found = participant_ids(db, admin, query)
        assert count_participants(db, admin, query) == len(found)
        assert len(found) <= 1, typed  # at most Robert himself, never «everyone»
    # LIKE wildcards are not wildcards: they are dropped, like an empty search.
    for typed in ("%", "_"):
        assert count_participants(db, admin, ParticipantQuery(text=typed)) == 2
    assert count_participants(db, admin, ParticipantQuery(text="robert")) == 1
    assert _people(db) == 2


def test_free_text_keeps_lines_and_refuses_controls_and_floods() -> None:
    assert free_text("Prima riga\r\n\tseconda  \n", "text", "Testo") == "Prima riga\n\tseconda"
    assert free_text("   \n ", "text", "Testo") is None
    with pytest.raises(ValidationError, match=r"^Testo: contiene un carattere di controllo"):
        free_text("ciao\x00", "text", "Testo")
    with pytest.raises(ValidationError, match=r"^Testo: è troppo lungo \(massimo 20\.000"):
        free_text("x" * 20_001, "text", "Testo")
