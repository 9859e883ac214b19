"""Use-case services: validation, conflicts, permissions, audit and plain rows."""

from __future__ import annotations

from dataclasses import is_dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from models.entities import Appointment, AuditEvent, Participant
from models.enums import AppointmentKind, AuditAction, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor, ParticipantQuery
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services import admin as admin_services
from storage.services.agenda import list_appointments
from storage.services.common import resolve_actor
from storage.services.home import home_summary
from storage.services.participants import (
    count_participants,
    create_participant,
    participant_ids,
    participant_rows,
)
from tests.conftest import make_cf


def _audit_count(db: Database) -> int:
    with db.transaction(write=False) as s:
        return int(s.scalar(select(func.count(AuditEvent.id))) or 0)


def test_create_participant_returns_a_plain_row_and_audits(db: Database, admin: Actor) -> None:
    """Creating a participant writes one audit event and returns a dataclass, not an ORM object."""
    cf = make_cf("Rossi", "Mario", "M", date(1980, 4, 3))
    created = create_participant(db, admin, ParticipantInput("Rossi", "Mario", cf))
    assert is_dataclass(created.row) and created.row.codice_fiscale == cf
    assert created.row.internal_code.startswith("P-")
    with db.transaction(write=False) as s:
        event = s.scalars(select(AuditEvent)).one()
    assert (event.action, event.entity, event.entity_uuid) == (
        AuditAction.CREATE,
        "participant",
        created.row.uuid,
    )
    assert "Rossi" not in event.summary  # no personal data in the trail


def test_duplicate_codice_fiscale_is_a_conflict_naming_the_record(
    db: Database, admin: Actor
) -> None:
    """The same codice fiscale twice is refused, names the existing record, writes nothing."""
    cf = make_cf("Rossi", "Mario", "M", date(1980, 4, 3))
    first = create_participant(db, admin, ParticipantInput("Rossi", "Mario", cf))
    events = _audit_count(db)
    with pytest.raises(ConflictError, match=first.row.internal_code):
        create_participant(db, admin, ParticipantInput("Rossi", "Mario", cf.lower()))
    assert _audit_count(db) == events


def test_bad_input_changes_nothing(db: Database, admin: Actor) -> None:
    """A ValidationError leaves no participant and no audit event behind."""
    with pytest.raises(ValidationError):
        create_participant(db, admin, ParticipantInput("Rossi", "Mario", "RSSMRA80D03D150X"))
    with db.transaction(write=False) as s:
        assert s.scalar(select(func.count(Participant.id))) == 0
    assert _audit_count(db) == 0


def test_name_mismatch_is_returned_as_warning(db: Database, admin: Actor) -> None:
    """The record is created and the warning reaches the caller."""
    cf = make_cf("Rossi", "Mario", "M", date(1980, 4, 3))
    created = create_participant(db, admin, ParticipantInput("Verdi", "Mario", cf))
    assert created.warnings == ["Il cognome non corrisponde alle lettere del codice fiscale."]


def test_search_is_accent_insensitive_and_sorted_in_sql(db: Database, admin: Actor) -> None:
    """'nicolo' finds Nicolò; name, code and first-name searches work; sort order is honoured."""
    people = [("Citì", "Nicolò"), ("Rossi", "Mario"), ("Rossini", "Anna"), ("Bianchi", "Mario")]
    for i, (last, first) in enumerate(people):
        sex = "F" if first == "Anna" else "M"
        cf = make_cf(last, first, sex, date(1970 + i, 1, 1))
        create_participant(db, admin, ParticipantInput(last, first, cf))

    def names(q: ParticipantQuery) -> list[str]:
        return [r.last_name for r in participant_rows(db, admin, participant_ids(db, admin, q))]

    assert names(ParticipantQuery("nicolo")) == ["Citì"]
    assert names(ParticipantQuery("ross")) == ["Rossi", "Rossini"]
    assert names(ParticipantQuery("mario")) == ["Bianchi", "Rossi"]
    assert names(ParticipantQuery("", sort="birth_date", descending=True))[0] == "Bianchi"
    assert count_participants(db, admin, ParticipantQuery("ross")) == 2
    cf = make_cf("Rossi", "Mario", "M", date(1971, 1, 1))
    assert names(ParticipantQuery(cf[:8].lower())) == ["Rossi"]


def test_operator_cannot_create_users(db: Database, admin: Actor) -> None:
    """Roles are enforced in the service, not the widget."""
    operator = Actor("g.bianchi", Role.OPERATOR)
    with pytest.raises(PermissionDenied, match="creare utenti"):
        admin_services.create_user(db, operator, admin_services.UserInput("x.y", "X Y", "tutor"))


def test_desk_and_user_validation(db: Database, admin: Actor) -> None:
    """Bad codes, usernames, roles and opening hours are refused naming the field."""
    with pytest.raises(ValidationError, match="Codice sportello"):
        admin_services.create_desk(db, admin, admin_services.DeskInput("", "X", "Lodi"))
    with pytest.raises(ValidationError, match="Orari"):
        admin_services.create_desk(
            db,
            admin,
            admin_services.DeskInput("LODI", "X", "Lodi", opening=[(0, "12:00", "09:00")]),
        )
    with pytest.raises(ValidationError, match="Nome utente"):
        admin_services.create_user(db, admin, admin_services.UserInput("Mario Rossi", "M", "tutor"))
    with pytest.raises(ValidationError, match="Ruolo"):
        admin_services.create_user(db, admin, admin_services.UserInput("m.rossi", "M", "capo"))
    assert admin_services.list_desks(db, admin) == []


def test_resolve_actor(db: Database, admin: Actor) -> None:
    """--as names an existing active user; without it the administrator acts."""
    admin_services.create_user(
        db, admin, admin_services.UserInput("l.verdi", "Laura Verdi", "tutor")
    )
    assert resolve_actor(db, None).role == Role.ADMIN
    actor = resolve_actor(db, "L.Verdi")
    assert (actor.username, actor.role) == ("l.verdi", Role.TUTOR)
    with pytest.raises(ValidationError, match="non esiste"):
        resolve_actor(db, "nessuno")


def test_agenda_and_home_summary(db: Database, admin: Actor) -> None:
    """Today's appointments are listed in time order and counted on the home view."""
    desk = admin_services.create_desk(
        db, admin, admin_services.DeskInput("CREMA", "Sportello Crema", "Crema", "CR")
    )
    user = admin_services.create_user(
        db, admin, admin_services.UserInput("a.neri", "Anna Neri", "operator")
    )
    cf = make_cf("Rossi", "Mario", "M", date(1980, 4, 3))
    person = create_participant(db, admin, ParticipantInput("Rossi", "Mario", cf)).row
    today = date.today()
    with db.transaction() as s:
        for hour in (11, 9):
            s.add(
                Appointment(
                    desk_id=desk.id,
                    operator_id=user.id,
                    participant_id=person.id,
                    kind=AppointmentKind.INTAKE,
                    start=datetime.combine(today, datetime.min.time()) + timedelta(hours=hour),
                    minutes=45,
                )
            )
    rows = list_appointments(db, admin, start=today, end=today, desk_code="crema")
    assert [r.start.hour for r in rows] == [9, 11]
    assert rows[0].participant_cf == cf and rows[0].operator == "a.neri"
    summary = home_summary(db, admin)
    assert (summary.participants, summary.desks, len(summary.appointments_today)) == (1, 1, 2)


def test_schema_rejects_what_services_would_never_write(db: Database, admin: Actor) -> None:
    """CHECK constraints hold even if a bug bypassed validation."""
    from sqlalchemy.exc import IntegrityError

    desk = admin_services.create_desk(db, admin, admin_services.DeskInput("LODI", "Lodi", "Lodi"))
    user = admin_services.create_user(db, admin, admin_services.UserInput("a.b", "A B", "tutor"))
    cf = make_cf("Rossi", "Mario", "M", date(1980, 4, 3))
    person = create_participant(db, admin, ParticipantInput("Rossi", "Mario", cf)).row
    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(
            Appointment(
                desk_id=desk.id,
                operator_id=user.id,
                participant_id=person.id,
                kind=AppointmentKind.INTAKE,
                start=datetime(2026, 1, 1, 9),
                minutes=0,
            )
        )


def test_participants_for_month_by_programme_and_hours(db: Database, admin: Actor) -> None:
    """The people a monthly batch prints: pathway open in the month, with hours if asked."""
    from datetime import date as day

    from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
    from storage.services.intake import ConsentInput, PathwayInput, open_pathway, record_consent
    from storage.services.pathways import participants_for_month
    from storage.services.tutoring import DeliveryInput, record_delivery
    from tests.conftest import make_cf

    create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_programme(db, admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2026", "31/12/2027"))
    create_programme(
        db, admin, ProgrammeInput("L68", "L68", "Provincia", "01/01/2026", "31/12/2027")
    )
    codes = {}
    for last, first, programme, start in (
        ("Bianchi", "Anna", "GOL", day(2026, 3, 10)),
        ("Azzi", "Bruno", "GOL", day(2026, 5, 1)),
        ("Conti", "Carla", "L68", day(2026, 1, 5)),
    ):
        cf = make_cf(last, first, "F" if first.endswith("a") else "M", day(1990, 1, 1))
        codes[last] = create_participant(
            db, admin, ParticipantInput(last, first, codice_fiscale=cf)
        ).row.internal_code
        record_consent(db, admin, cf, ConsentInput(day(2026, 1, 2)))
        pathway = open_pathway(db, admin, PathwayInput(cf, programme, "g.verdi", start))
        if last == "Bianchi":
            record_delivery(
                db, admin, DeliveryInput(pathway.id, "orientation", "20/03/2026", minutes=60)
            )
    march = day(2026, 3, 1)
    assert participants_for_month(db, admin, march) == [codes["Bianchi"], codes["Conti"]]
    assert participants_for_month(db, admin, march, programme="gol") == [codes["Bianchi"]]
    assert participants_for_month(db, admin, march, with_hours=True) == [codes["Bianchi"]]
    assert participants_for_month(db, admin, day(2026, 5, 1), programme="GOL") == [
        codes["Azzi"],
        codes["Bianchi"],
    ]
