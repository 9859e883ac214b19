"""Whom each role finds in the lists: the registry, pathways, notes, hours, registers, search.

The permission matrix (test_permission_matrix.py) checks the refusals; lists do not refuse, they
filter in SQL (storage/services/access.py), and this file checks what they hold, on the same
small world: «own» Rossi Mario (tutor.uno's, booked at the operator's desk CR01) and «other»
Verdi Anna (tutor.due's, at CM01).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from models.enums import Role
from models.errors import PermissionDenied
from models.rows import Actor, ParticipantQuery
from models.validation import ParticipantInput
from tests.conftest import engines_for
from tests.unit.permission_world import OTHER_TUTOR, World, WorldFactory

TUTOR, OPERATOR, COORDINATOR = Role.TUTOR, Role.OPERATOR, Role.COORDINATOR


@pytest.fixture(scope="module", params=engines_for("test_caseload"))
def factory(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorldFactory]:
    """The world, once per engine: an SQLite file, or a database on the PostgreSQL server."""
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    made = WorldFactory(tmp_path_factory.mktemp("caseload-template"), server)
    yield made
    made.close_all()


@pytest.fixture
def world(factory: WorldFactory, tmp_path: Path) -> Iterator[World]:
    opened = factory.open(tmp_path / "world")
    yield opened
    factory.close(opened)


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(f"{r.last_name} {r.first_name}" for r in rows)


def test_the_registry_holds_whom_each_role_may_see(world: World) -> None:
    from storage.services.participants import (
        count_participants,
        list_participants,
        participant_ids,
        participant_rows,
    )

    everyone = ParticipantQuery()
    seen = {
        role: names(list_participants(world.db, world.actor(role), everyone))
        for role in (OPERATOR, TUTOR, COORDINATOR)
    }
    assert seen == {
        OPERATOR: ["Rossi Mario"],
        TUTOR: ["Rossi Mario"],
        COORDINATOR: ["Rossi Mario", "Verdi Anna"],
    }
    tutor = world.actor(TUTOR)
    assert count_participants(world.db, tutor, everyone) == 1
    assert participant_ids(world.db, tutor, everyone) == [world.participant("own")]
    # Asking for rows by id does not get around the filter.
    ids = [world.participant("own"), world.participant("other")]
    assert names(participant_rows(world.db, tutor, ids)) == ["Rossi Mario"]
    assert names(participant_rows(world.db, world.actor(COORDINATOR), ids)) == [
        "Rossi Mario",
        "Verdi Anna",
    ]


def test_an_operator_finds_anyone_by_the_exact_codice_fiscale_only(world: World) -> None:
    """To book a returning person: the full codice fiscale, not a part of it, not the name."""
    from storage.services.participants import list_participants, participant_ids, participant_rows

    operator = world.actor(OPERATOR)
    exact = ParticipantQuery(text=world.cf("other").lower())
    assert names(list_participants(world.db, operator, exact)) == ["Verdi Anna"]
    ids = participant_ids(world.db, operator, exact)
    assert ids == [world.participant("other")]
    assert names(participant_rows(world.db, operator, ids, query=exact)) == ["Verdi Anna"]
    assert participant_rows(world.db, operator, ids) == []  # without the search, no
    for partial in (world.cf("other")[:15], "Verdi", "Anna"):
        assert list_participants(world.db, operator, ParticipantQuery(text=partial)) == []
    # A tutor does not: the exact code is the operators' way to book.
    assert list_participants(world.db, world.actor(TUTOR), exact) == []


def test_possible_duplicates_only_among_the_people_one_may_see(world: World) -> None:
    from storage.services.participants import possible_duplicates

    def found(role: Role) -> list[str]:
        rows = possible_duplicates(world.db, world.actor(role), "Verdi", "Anna", date(1990, 6, 2))
        return names(rows)

    assert found(COORDINATOR) == ["Verdi Anna"]
    assert found(TUTOR) == [] and found(OPERATOR) == []


def test_an_operator_gets_identity_and_contacts_only(world: World) -> None:
    from storage.services.participants import participant_details

    details = participant_details(world.db, world.actor(OPERATOR), world.participant("own"))
    assert details.values["phone"] == "+390372412345" and details.values["last_name"] == "Rossi"
    assert "l68_registered" not in details.values and "education_level" not in details.values
    assert details.pathways == () and details.target_groups == ()
    assert len(details.next_appointments) == 1
    full = participant_details(world.db, world.actor(TUTOR), world.participant("own"))
    assert [p.programme_code for p in full.pathways] == ["GOL"]
    assert "l68_registered" in full.values


def test_an_operators_edit_keeps_what_they_cannot_see(world: World) -> None:
    """The operator's form has identity and contacts only: the rest stays as it was."""
    from storage.services.participants import participant_details, update_participant

    coordinator = world.actor(COORDINATOR)
    update_participant(
        world.db,
        coordinator,
        world.participant("own"),
        ParticipantInput(
            "Rossi",
            "Mario",
            codice_fiscale=world.cf("own"),
            phone="0372 412345",
            education_level="upper_secondary",
            target_groups=["vulnerable_family"],
        ),
    )
    update_participant(
        world.db,
        world.actor(OPERATOR),
        world.participant("own"),
        ParticipantInput("Rossi", "Mario", codice_fiscale=world.cf("own"), phone="0372 111222"),
    )
    after = participant_details(world.db, coordinator, world.participant("own"))
    assert after.values["phone"] == "+390372111222"
    assert after.values["education_level"] is not None
    assert after.target_groups == ("vulnerable_family",)


def test_an_operator_registers_identity_and_contacts_only(world: World) -> None:
    from storage.services.participants import create_participant

    with pytest.raises(PermissionDenied) as info:
        create_participant(
            world.db,
            world.actor(OPERATOR),
            ParticipantInput("Bassi", "Lucia", target_groups=["young"]),
        )
    assert "oltre l'anagrafica e i contatti" in str(info.value)
    made = create_participant(world.db, world.actor(OPERATOR), ParticipantInput("Bassi", "Lucia"))
    assert made.row.last_name == "Bassi"


def test_pathway_lists_hold_the_caseload(world: World) -> None:
    from storage.services.pathways import list_pathways, participants_for_month

    def people(role: Role) -> list[str]:
        return sorted(r.participant_name for r in list_pathways(world.db, world.actor(role)))

    assert people(TUTOR) == ["Rossi Mario"]
    assert people(COORDINATOR) == ["Rossi Mario", "Verdi Anna"]
    month = date(2026, 2, 1)
    assert len(participants_for_month(world.db, world.actor(TUTOR), month)) == 1
    assert len(participants_for_month(world.db, world.actor(COORDINATOR), month)) == 2
    with pytest.raises(PermissionDenied):
        list_pathways(world.db, world.actor(OPERATOR))


def test_notes_hours_and_registers_hold_the_caseload(world: World) -> None:
    from storage.services.registers import list_registers, sign_timesheet
    from storage.services.tutoring import (
        DeliveryInput,
        NoteInput,
        add_note,
        list_deliveries,
        list_notes,
        record_delivery,
    )

    admin = world.actor(Role.ADMIN)
    for which in ("own", "other"):
        add_note(
            world.db,
            admin,
            NoteInput(world.cf(which), date(2026, 2, 11), "participant", "phone", "Sentito."),
        )
        record_delivery(
            world.db,
            admin,
            DeliveryInput(world.pathway(which), "coaching", date(2026, 2, 10), minutes=60),
        )
        sign_timesheet(world.db, admin, world.cf(which), "2026-02", signed_on="28/02/2026")
    tutor = world.actor(TUTOR)
    assert [n.participant_name for n in list_notes(world.db, tutor)] == ["Rossi Mario"]
    assert [d.pathway_id for d in list_deliveries(world.db, tutor)] == [world.pathway("own")]
    assert [r.participant_name for r in list_registers(world.db, tutor)] == ["Rossi Mario"]
    assert len(list_notes(world.db, world.actor(COORDINATOR))) == 2
    assert len(list_registers(world.db, world.actor(COORDINATOR))) == 2


def test_a_change_of_tutor_moves_access(world: World) -> None:
    """tutor.uno hands Rossi over to tutor.due: the person leaves one caseload for the other,
    and so do the next steps of tutor.uno's notes on the home page."""
    from storage.services.home import my_next_steps
    from storage.services.intake import change_tutor
    from storage.services.participants import list_participants
    from storage.services.tutoring import NoteInput, add_note, tutoring_context

    tutor = world.actor(TUTOR)
    add_note(
        world.db,
        tutor,
        NoteInput(world.cf("own"), date.today(), "participant", "phone", "Sentito.",
                  next_steps="Richiamare", next_step_due=date.today()),
    )  # fmt: skip
    assert [s[1] for s in my_next_steps(world.db, tutor)] == ["Rossi Mario"]
    change_tutor(world.db, world.admin, world.pathway("own"), OTHER_TUTOR, date.today())
    assert list_participants(world.db, tutor, ParticipantQuery()) == []
    with pytest.raises(PermissionDenied) as info:
        tutoring_context(world.db, tutor, world.participant("own"))
    assert str(info.value) == (
        "L'utente tutor.uno (tutor) non può consultare i percorsi: la persona non è tra quelle "
        "che gli sono assegnate."
    )
    assert my_next_steps(world.db, tutor) == []
    from models.rows import Actor

    newcomer = Actor(OTHER_TUTOR, Role.TUTOR)
    assert names(list_participants(world.db, newcomer, ParticipantQuery())) == [
        "Rossi Mario",
        "Verdi Anna",
    ]


def test_a_tutors_own_intake_is_theirs_until_a_pathway_is_opened(world: World) -> None:
    from storage.services.participants import create_participant, list_participants
    from storage.services.tutoring import tutoring_context

    tutor = world.actor(TUTOR)
    made = create_participant(world.db, tutor, ParticipantInput("Bassi", "Lucia"))
    assert names(list_participants(world.db, tutor, ParticipantQuery(text="bassi"))) == [
        "Bassi Lucia"
    ]
    assert tutoring_context(world.db, tutor, made.row.id).pathways == ()
    with pytest.raises(PermissionDenied):
        tutoring_context(world.db, world.actor(OPERATOR), made.row.id)


def test_the_scope_clause_is_safe_in_a_query_that_joins_pathways() -> None:
    """Aliased subqueries: they keep their FROM even when the outer query joins pathways."""
    from sqlalchemy import select

    from models.entities import Participant, Pathway
    from storage.services.access import participant_scope_clause

    clause = participant_scope_clause(Actor("g.verdi", Role.TUTOR))
    assert clause is not None
    sql = str(
        select(Pathway.id).join(Participant, Participant.id == Pathway.participant_id).where(clause)
    )
    assert "FROM pathways AS pathways_1" in sql and "FROM pathways AS pathways_2" in sql
