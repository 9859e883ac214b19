"""Retention (dry run and anonymisation with a backup first) and restriction (issue 8, point 5)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from models.entities import Appointment, Desk, Participant
from models.enums import AppointmentKind, AppointmentStatus, PathwayStatus, Role
from models.errors import ConflictError, PermissionDenied, StorageUnavailable, ValidationError
from models.rows import Actor, ParticipantQuery
from models.validation import ParticipantInput
from storage.backup import validate_backup_file
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.indicators import compute_indicators
from storage.services.intake import (
    ConsentInput,
    OutcomeInput,
    PathwayInput,
    open_pathway,
    record_consent,
    set_pathway_status,
)
from storage.services.participants import create_participant, list_participants
from storage.services.retention import (
    apply_retention,
    generalised_birth_date,
    pathway_retention_end,
    release_participant,
    restrict_participant,
    restricted_participants,
    retention_candidates,
    visible_participants_clause,
    visible_participants_sql,
)
from storage.services.search import search_notes
from storage.services.tutoring import DeliveryInput, NoteInput, add_note, edit_note, record_delivery
from tests.conftest import make_cf

TODAY = date(2026, 11, 23)
# Turned 30 on 14/03/2019: 30 at the first day of April 2019, 29 if born «1 July 1989».
OLD_CF = make_cf("Rossi", "Mario", "M", date(1989, 3, 14))
NEW_CF = make_cf("Bianchi", "Anna", "F", date(1995, 9, 2))
TUTOR = Actor("g.verdi", Role.TUTOR)
COORDINATOR = Actor("c.bianchi", Role.COORDINATOR)
SECRET = "Giuseppina accompagna il fratello"


def _count(db: Database, sql: str) -> object:
    return db.read(sql)[0][0]


@pytest.fixture
def people(db: Database, admin: Actor) -> dict[str, int]:
    """Rossi: a 2018–2019 pathway in a programme ended in 2019 (5 years); Bianchi: running."""
    for username, role in (("g.verdi", "tutor"), ("c.bianchi", "coordinator")):
        create_user(db, admin, UserInput(username, username.title(), role))
    create_programme(
        db,
        admin,
        ProgrammeInput(
            "OLD", "Vecchio", "FSE", "01/01/2018", "31/12/2019", caps=[("coaching", 40)]
        ),
    )
    create_programme(
        db,
        admin,
        ProgrammeInput("NOW", "Attuale", "FSE+", "01/01/2025", "31/12/2027", retention_years=10),
    )
    old = create_participant(
        db,
        admin,
        ParticipantInput(
            "Rossi", "Mario", codice_fiscale=OLD_CF, phone="3331234567", email="m.rossi@example.it"
        ),
    ).row.id
    new = create_participant(
        db, admin, ParticipantInput("Bianchi", "Anna", codice_fiscale=NEW_CF)
    ).row.id
    record_consent(db, admin, OLD_CF, ConsentInput(date(2018, 3, 1), signer_name="Rossi Mario"))
    record_consent(db, admin, NEW_CF, ConsentInput(date(2025, 2, 1)))
    pathway = open_pathway(
        db, admin, PathwayInput(OLD_CF, "OLD", "g.verdi", date(2018, 3, 1), plan=[("coaching", 40)])
    ).id
    open_pathway(db, admin, PathwayInput(NEW_CF, "NOW", "g.verdi", date(2025, 2, 1)))
    for day in (date(2018, 4, 10), date(2019, 2, 5)):
        record_delivery(
            db,
            TUTOR,
            DeliveryInput(
                pathway, "coaching", day, time(9), time(11), place="Via Roma 3", note="Con la madre"
            ),
        )
    note = NoteInput(
        OLD_CF, date(2018, 5, 2), "family", "phone", SECRET, next_steps="Chiamare Giuseppina",
        pathway_id=pathway,
    )  # fmt: skip
    note_id = add_note(db, TUTOR, note)
    note.text = SECRET + " ogni lunedì"
    edit_note(db, TUTOR, note_id, note)
    add_note(db, TUTOR, NoteInput(NEW_CF, date(2025, 3, 3), "participant", "in_person", "Primo"))
    set_pathway_status(
        db,
        admin,
        pathway,
        PathwayStatus.CLOSED_POSITIVE,
        reason="Assunto dopo il tirocinio",
        end_date=date(2019, 6, 30),
        outcome=OutcomeInput("fixed_term", employer="Coop Alfa", months=12),
    )
    with db.transaction() as session:
        desk = Desk(code="CR", name="Cremona", municipality="Cremona")
        session.add(desk)
        session.flush()
        session.add(
            Appointment(
                desk_id=desk.id,
                operator_id=1,
                participant_id=old,
                kind=AppointmentKind.INTAKE,
                status=AppointmentStatus.DONE,
                start=datetime(2019, 3, 4, 10),
                minutes=30,
                note="Porta la sorella Giuseppina",
            )
        )
    return {"old": old, "new": new, "pathway": pathway}


def test_birth_dates_keep_the_month_and_every_age_at_the_first_of_a_month() -> None:
    """Rounded up to a first of the month: «born after the 1st of X» is unchanged for every X."""
    assert generalised_birth_date(date(1989, 3, 14)) == date(1989, 4, 1)
    assert generalised_birth_date(date(1989, 3, 1)) == date(1989, 3, 1)
    assert generalised_birth_date(date(1990, 12, 31)) == date(1991, 1, 1)
    born = date(1996, 1, 1)
    while born < date(1997, 1, 1):
        rounded = generalised_birth_date(born)
        for month in range(1, 13):
            first = date(1996, month, 1)
            assert (born > first) == (rounded > first), (born, first)
        born += timedelta(days=1)


def test_retention_end_is_the_year_end_plus_the_programme_years() -> None:
    """31/12 of the programme's end year + years; a later pathway end counts; none: unknown."""
    assert pathway_retention_end(date(2019, 12, 31), date(2019, 6, 30), 5) == date(2024, 12, 31)
    assert pathway_retention_end(None, date(2020, 2, 1), 5) == date(2025, 12, 31)
    assert pathway_retention_end(date(2019, 12, 31), date(2020, 3, 1), 1) == date(2021, 12, 31)
    assert pathway_retention_end(None, None, 5) is None


def test_dry_run_lists_only_the_person_past_retention(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """The 2019 programme is past its 5 years on 23/11/2026; the running one is not."""
    (row,) = retention_candidates(db, admin, today=TODAY)
    assert row.participant_id == people["old"]
    assert row.programmes == ("OLD",)
    assert row.retention_end == date(2024, 12, 31)
    assert not row.restricted
    # On the last day of the retention nothing is due yet.
    assert retention_candidates(db, admin, today=date(2024, 12, 31)) == []


def test_activity_after_the_pathway_keeps_the_record(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """Someone who came back (an appointment in 2023) is kept 5 years from that activity."""
    with db.transaction() as session:
        session.add(
            Appointment(
                desk_id=1,
                operator_id=1,
                participant_id=people["old"],
                kind=AppointmentKind.MONITORING,
                start=datetime(2023, 5, 8, 10),
                minutes=30,
            )
        )
    assert retention_candidates(db, admin, today=TODAY) == []
    (row,) = retention_candidates(db, admin, today=date(2029, 1, 1))
    assert row.retention_end == date(2028, 12, 31)


def test_nobody_else_may_run_retention(
    db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    """Coordinators and tutors are refused the dry run and the apply; no backup is written."""
    for actor in (COORDINATOR, TUTOR):
        with pytest.raises(PermissionDenied):
            retention_candidates(db, actor, today=TODAY)
        with pytest.raises(PermissionDenied):
            apply_retention(db, actor, today=TODAY, backup_dir=tmp_path / "bk")
    assert not (tmp_path / "bk").exists()
    assert _count(db, "SELECT count(*) FROM participants WHERE anonymised_at IS NOT NULL") == 0


def _figures(db: Database) -> list[object]:
    return [
        _count(db, "SELECT count(*) FROM service_deliveries"),
        _count(db, "SELECT sum(minutes) FROM service_deliveries"),
        _count(db, "SELECT count(*) FROM outcomes"),
        _count(db, "SELECT count(*) FROM tutoring_notes"),
        _count(db, "SELECT count(*) FROM appointments"),
        _count(db, "SELECT count(*) FROM attendances"),
        _count(db, "SELECT count(*) FROM pathways"),
        _count(db, "SELECT count(*) FROM participants"),
    ]


@pytest.mark.sqlite_only("apply backs up first with the SQLite backup; PostgreSQL: pg_dump, later")
def test_apply_backs_up_then_anonymises_and_the_figures_stay(
    db: Database, admin: Actor, people: dict[str, int], tmp_path: Path
) -> None:
    """Backup first (the old data is in it), identity and texts gone, counts and report equal."""
    periods = [
        (date(2018, 1, 1), date(2019, 12, 31), "OLD"),
        (date(2019, 4, 1), date(2019, 6, 30), "OLD"),
        (date(2018, 1, 1), TODAY, None),
    ]
    before = [
        compute_indicators(db, admin, start=s, end=e, programme=p, today=TODAY)
        for s, e, p in periods
    ]
    counts = _figures(db)
    assert search_notes(db, admin, "Giuseppina")
    assert db.read("SELECT DISTINCT note, place FROM service_deliveries") == [
        ("Con la madre", "Via Roma 3")
    ]
    assert _count(db, "SELECT count(*) FROM tutoring_note_versions") == 1

    report = apply_retention(db, admin, today=TODAY, backup_dir=tmp_path / "bk")

    assert [r.participant_id for r in report.anonymised] == [people["old"]]
    assert (report.notes_cleared, report.versions_deleted) == (1, 1)
    assert report.backup is not None and report.backup.parent == tmp_path / "bk"
    assert "prima-della-conservazione" in report.backup.name
    validate_backup_file(report.backup)
    conn = sqlite3.connect(report.backup)
    try:
        assert conn.execute(
            "SELECT last_name, codice_fiscale FROM participants WHERE id = ?", (people["old"],)
        ).fetchone() == ("Rossi", OLD_CF)
    finally:
        conn.close()

    assert db.read(
        "SELECT last_name, first_name, codice_fiscale, birth_date, phone, email, search_key, "
        "sex, anonymised_at IS NOT NULL FROM participants WHERE id = :i",
        {"i": people["old"]},
    ) == [("Anonimo", "Anonimo", None, "1989-04-01", None, None, "", "M", 1)]
    assert db.read(
        "SELECT text, next_steps, place FROM tutoring_notes WHERE participant_id = 1"
    ) == [("[anonimizzato]", "[anonimizzato]", None)]
    assert _count(db, "SELECT count(*) FROM tutoring_note_versions") == 0
    assert db.read("SELECT note, place FROM service_deliveries") == [(None, None), (None, None)]
    assert db.read("SELECT note FROM appointments") == [(None,)]
    assert db.read(
        "SELECT signer_name FROM consents WHERE participant_id = :i", {"i": people["old"]}
    ) == [(None,)]
    assert db.read(
        "SELECT closure_reason FROM pathways WHERE id = :i", {"i": people["pathway"]}
    ) == [("[anonimizzato]",)]
    assert search_notes(db, admin, "Giuseppina") == []
    assert _count(db, "SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'giuseppina'") == 0
    # The running person is untouched.
    assert db.read("SELECT last_name FROM participants WHERE id = :i", {"i": people["new"]}) == [
        ("Bianchi",)
    ]
    assert len(search_notes(db, admin, "Primo")) == 1

    assert _figures(db) == counts
    after = [
        compute_indicators(db, admin, start=s, end=e, programme=p, today=TODAY)
        for s, e, p in periods
    ]
    assert after == before
    old_report = after[0]
    assert (old_report.participants, old_report.pathways, old_report.people_hired) == (1, 1, 1)
    coaching = [h for h in old_report.hours if h.delivered_hours]
    assert [(h.service.value, h.delivered_hours) for h in coaching] == [("coaching", Decimal(4))]
    assert [(b.key, b.count) for b in old_report.by_age_band if b.count] == [("under_30", 1)]
    april = after[1]
    assert [(b.key, b.count) for b in april.by_age_band if b.count] == [("30_54", 1)]
    assert [(b.key, b.count) for b in old_report.by_sex if b.count] == [("M", 1)]
    summaries = [
        r[0]
        for r in db.read(
            "SELECT summary FROM audit_events WHERE entity IN ('participant', 'retention') "
            "ORDER BY id DESC LIMIT 2"
        )
    ]
    assert summaries[0].startswith("anonimizzati 1; note 1; versioni eliminate 1; backup ")
    assert summaries[1] == "conservazione scaduta: anonimizzato"
    # Done once: nothing left to anonymise, and no second backup.
    again = apply_retention(db, admin, today=TODAY, backup_dir=tmp_path / "bk")
    assert again.anonymised == () and again.backup is None
    assert len(list((tmp_path / "bk").iterdir())) == 1


def test_restriction_needs_a_coordinator_and_a_reason(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """Coordinators restrict and release with a reason kept after «motivo:»; tutors cannot."""
    with pytest.raises(PermissionDenied):
        restrict_participant(db, TUTOR, NEW_CF, "Richiesta di cancellazione")
    with pytest.raises(ValidationError) as err:
        restrict_participant(db, COORDINATOR, NEW_CF, "  \n ")
    assert err.value.field == "reason"
    state = restrict_participant(db, COORDINATOR, NEW_CF, "Richiesta via PEC\x00 del 20/11")
    assert state.restricted and state.participant_id == people["new"]
    with pytest.raises(ConflictError):
        restrict_participant(db, COORDINATOR, people["new"], "di nuovo")
    assert [r.internal_code for r in restricted_participants(db, COORDINATOR)] == [
        state.internal_code
    ]
    with pytest.raises(PermissionDenied):
        restricted_participants(db, TUTOR)
    with pytest.raises(PermissionDenied):
        release_participant(db, TUTOR, NEW_CF, "Fine")
    with pytest.raises(ValidationError):
        release_participant(db, COORDINATOR, NEW_CF, "")
    assert not release_participant(db, admin, NEW_CF, "Richiesta ritirata").restricted
    assert [
        r[0]
        for r in db.read(
            "SELECT summary FROM audit_events WHERE summary LIKE '%motivo:%' ORDER BY id"
        )
    ] == [
        "limitazione; motivo: Richiesta via PEC del 20/11",
        "fine limitazione; motivo: Richiesta ritirata",
    ]
    assert restricted_participants(db, COORDINATOR) == []


@pytest.mark.sqlite_only("apply backs up first with the SQLite backup; PostgreSQL: pg_dump, later")
def test_restricted_people_are_still_candidates_and_anonymised_cannot_be_restricted(
    db: Database, admin: Actor, people: dict[str, int], tmp_path: Path
) -> None:
    """An erasure request during retention ends in anonymisation when the retention ends."""
    restrict_participant(db, COORDINATOR, OLD_CF, "Richiesta di cancellazione")
    (row,) = retention_candidates(db, admin, today=TODAY)
    assert row.restricted
    apply_retention(db, admin, today=TODAY, backup_dir=tmp_path)
    with pytest.raises(ConflictError):
        release_participant(db, COORDINATOR, people["old"], "Fine")


def test_visibility_clause_hides_restricted_and_anonymised(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """The condition the registry and the note search must apply, in ORM and SQL form."""
    from sqlalchemy import select

    restrict_participant(db, COORDINATOR, NEW_CF, "Richiesta")
    with db.transaction(write=False) as session:
        visible = list(session.scalars(select(Participant.id).where(visible_participants_clause())))
    assert visible == [people["old"]]
    sql = visible_participants_sql("p")
    assert db.read(f"SELECT p.id FROM participants p WHERE {sql}") == [(people["old"],)]
    with pytest.raises(ValueError):
        visible_participants_sql("p; DROP TABLE x")


def test_restricted_people_leave_the_registry(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """A restricted person is not listed (waits for participants.py to use the clause)."""
    restrict_participant(db, COORDINATOR, NEW_CF, "Richiesta")
    codes = [r.codice_fiscale for r in list_participants(db, admin, ParticipantQuery())]
    assert codes == [OLD_CF]


def test_restricted_people_leave_the_note_search(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """A restricted person's notes are not found (waits for search.py to use the clause)."""
    assert len(search_notes(db, admin, "Primo")) == 1
    restrict_participant(db, COORDINATOR, NEW_CF, "Richiesta")
    assert search_notes(db, admin, "Primo") == []


def test_people_without_a_pathway_follow_five_years_from_their_last_activity(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """Registered in 2015, never in a pathway: kept to 31/12/2020, then past retention."""
    lone = create_participant(
        db,
        admin,
        ParticipantInput(
            "Verdi", "Luca", codice_fiscale=make_cf("Verdi", "Luca", "M", date(1970, 5, 5))
        ),
    ).row.id
    with db.transaction() as session:
        person = session.get(Participant, lone)
        assert person is not None
        person.created_at = datetime(2015, 4, 2, 9)
    rows = {r.participant_id: r for r in retention_candidates(db, admin, today=TODAY)}
    assert set(rows) == {people["old"], lone}
    assert (rows[lone].programmes, rows[lone].retention_end) == ((), date(2020, 12, 31))


def test_a_failed_backup_changes_nothing(
    db: Database, admin: Actor, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No backup, no anonymisation: the error reaches the caller and the data is as it was."""
    import storage.services.retention as retention

    def broken(*_args: object, **_kwargs: object) -> Path:
        raise StorageUnavailable("Backup non riuscito: disco pieno. Il database non è cambiato.")

    monkeypatch.setattr(retention, "backup_database", broken)
    with pytest.raises(StorageUnavailable):
        apply_retention(db, admin, today=TODAY)
    assert _count(db, "SELECT count(*) FROM participants WHERE anonymised_at IS NOT NULL") == 0
    assert _count(db, "SELECT count(*) FROM tutoring_note_versions") == 1


def test_a_restricted_person_cannot_be_booked_or_moved(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """A restricted person leaves the booking dialog's picker; typed by the exact codice fiscale,
    they are refused a new appointment, a series and a move (no new processing); the appointment
    already booked can be cancelled. Released, they can be booked again."""
    from storage.services.admin import DeskInput, create_desk
    from storage.services.booking import (
        BookingInput,
        book_appointment,
        book_series,
        reschedule,
        set_status,
    )
    from storage.services.desks import set_availability

    create_desk(db, admin, DeskInput("CM", "Crema", "Crema", opening=[(0, "09:00", "13:00")]))
    create_user(db, admin, UserInput("o.sala", "Ornella Sala", "operator"))
    set_availability(db, admin, "o.sala", "CM", [(0, "09:00", "13:00")])
    operator = Actor("o.sala", Role.OPERATOR)
    monday = date.today() + timedelta(days=7 - date.today().weekday())

    def at(hour: int, weeks: int = 0) -> BookingInput:
        start = datetime.combine(monday + timedelta(weeks=weeks), time(hour))
        return BookingInput(NEW_CF, "o.sala", "CM", start, 30)

    booked = book_appointment(db, operator, at(9)).row
    code = db.read("SELECT internal_code FROM participants WHERE id = :i", {"i": people["new"]})
    assert [p.id for p in list_participants(db, operator, ParticipantQuery(text=NEW_CF))] == [
        people["new"]
    ]
    restrict_participant(db, COORDINATOR, NEW_CF, "Richiesta di cancellazione")
    # The booking dialog's person picker (the registry's search) no longer offers them, not
    # even for the exact codice fiscale.
    assert list_participants(db, operator, ParticipantQuery(text=NEW_CF)) == []
    refused = (
        f"Il trattamento dei dati della persona {code[0][0]} è limitato (richiesta di "
        "cancellazione): non si può {what}. Se la persona ritira la richiesta, un coordinatore "
        "toglie prima la limitazione."
    )
    with pytest.raises(ConflictError) as info:
        book_appointment(db, operator, at(10))
    assert str(info.value) == refused.format(what="prenotarle appuntamenti")
    with pytest.raises(ConflictError, match="è limitato"):
        book_series(db, operator, at(10, weeks=1), frequency="weekly", times=2)
    with pytest.raises(ConflictError) as info:
        reschedule(db, operator, booked.id, datetime.combine(monday, time(11)))
    assert str(info.value) == refused.format(what="spostarle appuntamenti")
    assert (
        _count(db, f"SELECT count(*) FROM appointments WHERE participant_id = {people['new']}") == 1
    )
    cancelled = set_status(
        db, operator, booked.id, AppointmentStatus.CANCELLED_PARTICIPANT, reason="Ha chiamato"
    )
    assert cancelled.status is AppointmentStatus.CANCELLED_PARTICIPANT
    release_participant(db, COORDINATOR, NEW_CF, "Richiesta ritirata")
    assert book_appointment(db, operator, at(10)).row.participant_cf == NEW_CF


def test_lists_of_the_record_leave_restricted_people_out_unless_asked_for(
    db: Database, admin: Actor, people: dict[str, int]
) -> None:
    """Applications, job-search sessions, internships and outcomes of a restricted person are
    not in the lists without a person, for a coordinator too; asked for by code they are."""
    from models.entities import Company
    from storage.services.jobsearch import (
        ApplicationInput,
        JobSearchInput,
        add_application,
        list_applications,
        list_job_search_sessions,
        record_job_search,
        tutor_applications,
    )
    from storage.services.placements import (
        InternshipInput,
        add_internship,
        add_outcome,
        list_internships,
        list_outcomes,
    )
    from storage.services.placements import (
        OutcomeInput as PlacementOutcome,
    )

    with db.transaction() as session:
        company = Company(name="Acme Srl", created_by="admin", updated_by="admin")
        session.add(company)
        session.flush()
        company_id = company.id
    add_application(
        db, TUTOR, ApplicationInput(NEW_CF, "Magazziniere", "job_portal", company_id=company_id)
    )
    record_job_search(db, TUTOR, JobSearchInput(NEW_CF, date.today(), minutes=30))
    start = date.today() - timedelta(days=10)
    add_internship(
        db,
        TUTOR,
        InternshipInput(
            NEW_CF, company_id, "extracurricular", start, start + timedelta(days=90), 30
        ),
    )
    add_outcome(db, TUTOR, PlacementOutcome(NEW_CF, "open_ended", start, employer="Bar Centrale"))

    def seen(actor: Actor) -> tuple[int, int, int, int, int]:
        return (
            len(list_applications(db, actor)),
            len(list_job_search_sessions(db, actor)),
            len(list_internships(db, actor)),
            len(list_outcomes(db, actor)),
            len(tutor_applications(db, actor, "g.verdi")),
        )

    before = seen(COORDINATOR)
    assert before == (1, 1, 1, 2, 1)  # Rossi's outcome from his closed pathway, and Bianchi's
    assert seen(TUTOR) == before
    restrict_participant(db, COORDINATOR, NEW_CF, "Richiesta di cancellazione")
    assert seen(COORDINATOR) == (0, 0, 0, 1, 0)
    assert seen(TUTOR) == (0, 0, 0, 1, 0)
    asked = (
        len(list_applications(db, COORDINATOR, NEW_CF)),
        len(list_job_search_sessions(db, COORDINATOR, NEW_CF)),
        len(list_internships(db, COORDINATOR, participant=NEW_CF)),
        len(list_outcomes(db, COORDINATOR, participant=people["new"])),
    )
    assert asked == (1, 1, 1, 1)
