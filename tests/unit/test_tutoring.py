"""Service hours against the programme's caps, and tutoring notes (issue 6, first part)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from models.enums import PathwayStatus, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.intake import (
    ConsentInput,
    PathwayInput,
    change_tutor,
    open_pathway,
    record_consent,
    set_pathway_status,
)
from storage.services.participants import create_participant
from storage.services.tutoring import (
    DeliveryInput,
    NoteInput,
    add_note,
    edit_note,
    list_notes,
    my_next_steps,
    record_delivery,
)
from tests.conftest import make_cf, stored

CF = make_cf("Rossi", "Mario", "M", date(1980, 1, 1))
TUTOR = Actor("g.verdi", Role.TUTOR)
OTHER = Actor("l.neri", Role.TUTOR)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)


@pytest.fixture
def pathway_id(db: Database, admin: Actor) -> int:
    create_participant(db, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=CF))
    for username, role in (("g.verdi", "tutor"), ("l.neri", "tutor"), ("c.bianchi", "coordinator")):
        create_user(db, admin, UserInput(username, username.title(), role))
    create_programme(
        db,
        admin,
        ProgrammeInput("GOL", "GOL", "Regione", "01/01/2026", "31/12/2027", caps=[("coaching", 3)]),
    )
    record_consent(db, admin, CF, ConsentInput(date(2026, 2, 1)))
    return open_pathway(
        db, admin, PathwayInput(CF, "GOL", "g.verdi", date(2026, 2, 2), plan=[("coaching", 3)])
    ).id


def delivered(db: Database) -> int:
    return int(db.read("SELECT coalesce(sum(minutes), 0) FROM service_deliveries")[0][0])


def test_hours_stop_at_the_cap_unless_a_coordinator_says_why(db: Database, pathway_id: int) -> None:
    record_delivery(
        db, TUTOR, DeliveryInput(pathway_id, "coaching", "03/03/2026", time(9), time(11))
    )
    with pytest.raises(ConflictError) as info:
        record_delivery(db, TUTOR, DeliveryInput(pathway_id, "coaching", "04/03/2026", minutes=90))
    assert "supera di 30 minuti" in str(info.value) and "Coaching" in str(info.value)
    with pytest.raises(PermissionDenied):
        record_delivery(
            db,
            TUTOR,
            DeliveryInput(pathway_id, "coaching", "04/03/2026", minutes=90, override_reason="X"),
        )
    assert delivered(db) == 120
    row = record_delivery(
        db,
        COORDINATOR,
        DeliveryInput(
            pathway_id, "coaching", "04/03/2026", minutes=90, override_reason="Crisi in azienda"
        ),
    )
    assert row.cap_override_reason == "Crisi in azienda" and delivered(db) == 210
    # A service without a cap has no limit here.
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "orientation", "05/03/2026", minutes=240))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start": time(11), "end": time(9)}, "end"),
        ({"minutes": 13 * 60}, "minutes"),
        ({"minutes": 0}, "minutes"),
        ({"service_type": "nap"}, "service_type"),
        ({"day": "31/02/2026"}, "day"),
        ({"day": "01/01/2026"}, "day"),  # before the pathway
        ({"day": (date.today() + timedelta(days=3)).isoformat()}, "day"),
        ({"operator": "nessuno"}, "operator"),
    ],
)
def test_bad_deliveries_name_the_field(
    db: Database, pathway_id: int, change: dict[str, object], field: str
) -> None:
    data = DeliveryInput(pathway_id, "orientation", "03/03/2026", minutes=60)
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as info:
        record_delivery(db, TUTOR, data)
    assert info.value.field == field
    assert delivered(db) == 0


def test_no_hours_on_a_closed_pathway(db: Database, admin: Actor, pathway_id: int) -> None:
    set_pathway_status(
        db,
        admin,
        pathway_id,
        PathwayStatus.CLOSED_NEGATIVE,
        reason="Ritiro",
        end_date=date(2026, 4, 1),
    )
    with pytest.raises(ValidationError) as info:
        record_delivery(
            db, TUTOR, DeliveryInput(pathway_id, "orientation", "03/03/2026", minutes=60)
        )
    assert info.value.field == "pathway"


def note(**changes: object) -> NoteInput:
    data = NoteInput(CF, "10/03/2026", "family", "phone", "Sentita la madre: orari confermati.")
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_confidential_notes_are_read_only_by_author_and_coordinators(
    db: Database, admin: Actor, pathway_id: int
) -> None:
    add_note(db, TUTOR, note())
    add_note(db, TUTOR, note(text="Riservato: situazione familiare difficile.", confidential=True))
    assert len(list_notes(db, TUTOR, participant=CF)) == 2
    assert len(list_notes(db, COORDINATOR)) == 2
    # Another tutor sees nothing of a person outside their caseload...
    assert list_notes(db, OTHER) == []
    with pytest.raises(PermissionDenied):
        list_notes(db, OTHER, participant=CF)
    # ...and, once the person is theirs, the notes but not the former tutor's confidential one.
    change_tutor(db, admin, pathway_id, "l.neri", date(2026, 3, 1))
    others = list_notes(db, OTHER)
    assert [n.confidential for n in others] == [False]
    assert list_notes(db, TUTOR) == []


def test_editing_keeps_the_previous_version(db: Database, pathway_id: int) -> None:
    note_id = add_note(db, TUTOR, note())
    with pytest.raises(PermissionDenied):
        edit_note(db, OTHER, note_id, note(text="Altro"))
    edit_note(db, TUTOR, note_id, note(text="Sentita la madre: orari confermati per lunedì."))
    (row,) = list_notes(db, TUTOR)
    assert row.text.endswith("per lunedì.") and row.versions == 1
    assert db.read("SELECT text, edited_by FROM tutoring_note_versions") == [
        ("Sentita la madre: orari confermati.", "g.verdi")
    ]


def test_a_meeting_can_count_as_hours_and_next_steps_make_a_todo_list(
    db: Database, pathway_id: int
) -> None:
    soon = date.today()
    add_note(
        db,
        TUTOR,
        note(
            day=soon.isoformat(),
            counterpart="participant",
            mode="in_person",
            start=time(10),
            end=time(11, 30),
            pathway_id=pathway_id,
            counts_as="coaching",
            next_steps="Inviare il CV a due aziende",
            next_step_due=(soon + timedelta(days=5)).isoformat(),
        ),
    )
    assert delivered(db) == 90
    (todo,) = my_next_steps(db, TUTOR)
    assert todo.next_steps == "Inviare il CV a due aziende" and todo.delivery_id is not None
    assert my_next_steps(db, OTHER) == []
    with pytest.raises(ValidationError) as info:
        add_note(db, TUTOR, note(text="  "))
    assert info.value.field == "text"
    with pytest.raises(ValidationError) as info:
        add_note(db, TUTOR, note(counts_as="coaching"))  # no pathway chosen
    assert info.value.field == "pathway"


def test_operators_book_but_do_not_write_notes_or_hours(db: Database, pathway_id: int) -> None:
    operator = Actor("o.sala", Role.OPERATOR)
    with pytest.raises(PermissionDenied, match="operatore"):
        add_note(db, operator, NoteInput(CF, "03/03/2026", "participant", "phone", "Ciao"))
    with pytest.raises(PermissionDenied, match="operatore"):
        record_delivery(
            db, operator, DeliveryInput(pathway_id, "orientation", "03/03/2026", minutes=30)
        )
    assert delivered(db) == 0
    assert db.read("SELECT count(*) FROM tutoring_notes")[0][0] == 0


def test_the_cap_at_its_boundary(db: Database, pathway_id: int) -> None:
    """Exactly the cap goes through; one minute more is refused and says so."""
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "coaching", "03/03/2026", minutes=179))
    record_delivery(db, TUTOR, DeliveryInput(pathway_id, "coaching", "04/03/2026", minutes=1))
    assert delivered(db) == 180
    with pytest.raises(ConflictError) as info:
        record_delivery(db, TUTOR, DeliveryInput(pathway_id, "coaching", "05/03/2026", minutes=1))
    assert "supera di 1 minuto il massimo" in str(info.value)
    with pytest.raises(ConflictError) as info:
        record_delivery(db, TUTOR, DeliveryInput(pathway_id, "coaching", "05/03/2026", minutes=61))
    assert "supera di 1 ora e 1 minuto" in str(info.value)
    assert delivered(db) == 180


def test_hours_of_a_meeting_follow_its_edited_times(db: Database, pathway_id: int) -> None:
    """Editing the times of a meeting that counts as hours changes those hours, within the cap."""
    meeting = NoteInput(
        CF,
        "03/03/2026",
        "company",
        "company_visit",
        "Visita",
        start=time(9),
        end=time(10),
        pathway_id=pathway_id,
        counts_as="coaching",
    )
    note_id = add_note(db, TUTOR, meeting)
    assert delivered(db) == 60
    meeting.end = time(11, 30)
    meeting.counts_as = None
    edit_note(db, TUTOR, note_id, meeting)
    assert delivered(db) == 150
    times = stored(db.read("SELECT date, start_time, end_time FROM service_deliveries"))
    assert times[0][2].startswith("11:30")
    meeting.end = time(12, 30)  # 210 minutes: past the 3-hour cap
    with pytest.raises(ConflictError, match="supera di 30 minuti"):
        edit_note(db, TUTOR, note_id, meeting)
    assert delivered(db) == 150
    assert db.read("SELECT count(*) FROM tutoring_note_versions")[0][0] == 1  # nothing written
    meeting.end = time(10)
    edit_note(db, TUTOR, note_id, meeting)
    assert delivered(db) == 60
