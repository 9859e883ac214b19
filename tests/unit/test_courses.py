"""Group courses: editions, the session calendar, the attendance register and the 75% rule."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from models.enums import AttendanceStatus, DeliveryMode, Role, ServiceType
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import ProgrammeInput, UserInput, create_programme, create_user
from storage.services.courses import (
    SHARE_RULE,
    AttendanceEntry,
    CourseInput,
    EditionInput,
    SessionInput,
    add_session,
    add_weekly_sessions,
    attendance_register,
    attendance_shares,
    create_course,
    create_edition,
    delete_session,
    enrol,
    list_courses,
    list_editions,
    list_enrolments,
    list_sessions,
    participant_courses,
    passes_75,
    record_attendance,
    update_session,
    withdraw,
)
from storage.services.intake import ConsentInput, PathwayInput, open_pathway, record_consent
from storage.services.participants import create_participant
from storage.services.tutoring import DeliveryInput, list_deliveries, record_delivery
from tests.conftest import make_cf, stored

TUTOR = Actor("g.verdi", Role.TUTOR)
OPERATOR = Actor("l.bianchi", Role.OPERATOR)
PEOPLE = {
    "Rossi": make_cf("Rossi", "Mario", "M", date(1980, 1, 1)),
    "Bianchi": make_cf("Bianchi", "Anna", "F", date(1990, 5, 5)),
    "Verdi": make_cf("Verdi", "Luca", "M", date(1985, 3, 3)),
    "Neri": make_cf("Neri", "Sara", "F", date(1995, 7, 7)),  # no pathway
}
FIRST = {"Rossi": "Mario", "Bianchi": "Anna", "Verdi": "Luca", "Neri": "Sara"}
MONDAYS = [date(2026, 3, 2) + timedelta(weeks=n) for n in range(7)]  # 02/03 ... 13/04


@pytest.fixture
def ids(db: Database, admin: Actor) -> dict[str, int]:
    """Four people (three with an open pathway in GOL), users, the 29-hour course and an
    edition with seven Monday sessions of 4 hours (28 hours) held in spring 2026."""
    out: dict[str, int] = {}
    for last, cf in PEOPLE.items():
        out[last] = create_participant(
            db, admin, ParticipantInput(last, FIRST[last], codice_fiscale=cf)
        ).row.id
        record_consent(db, admin, cf, ConsentInput(date(2026, 1, 10)))
    create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_user(db, admin, UserInput("l.bianchi", "Luca Bianchi", "operator"))
    create_programme(db, admin, ProgrammeInput("GOL", "GOL", "Regione", "01/01/2026", "31/12/2027"))
    for last in ("Rossi", "Bianchi", "Verdi"):
        open_pathway(db, admin, PathwayInput(PEOPLE[last], "GOL", "g.verdi", date(2026, 2, 1)))
    create_course(db, TUTOR, CourseInput("EMP", "Empowerment", "training", 29))
    edition = create_edition(
        db,
        TUTOR,
        EditionInput("EMP", "EMP-CR-1", "Cremona", "01/03/2026", date.today() + timedelta(60)),
    )
    out["edition"] = edition.id
    sessions = add_weekly_sessions(
        db, TUTOR, edition.id, MONDAYS[0], 7, "09:00", "13:00", place="Aula 1", operator="g.verdi"
    )
    for n, row in enumerate(sessions):
        out[f"s{n}"] = row.id
    return out


def deliveries(db: Database) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in stored(
            db.read(
                "SELECT p.participant_id, d.minutes, d.mode, d.service_type, d.date, d.start_time,"
                " d.end_time, d.edition_session_id, u.username FROM service_deliveries d"
                " JOIN pathways p ON p.id = d.pathway_id LEFT JOIN users u ON u.id = d.operator_id"
                " ORDER BY d.date, p.participant_id"
            )
        )
    ]


def count(db: Database, table: str) -> int:
    return int(db.read(f"SELECT count(*) FROM {table}")[0][0])


def present(pid: int, minutes: int | None = None) -> AttendanceEntry:
    return AttendanceEntry(pid, "present", minutes)


def test_the_29_hour_course_has_28_hours_in_class_and_one_individual_hour(
    db: Database, ids: dict[str, int]
) -> None:
    """29 hours in all: seven sessions of 4 hours in class, the last hour an individual delivery."""
    [course] = list_courses(db, TUTOR)
    assert (course.code, course.total_hours, course.service_type, course.editions) == (
        "EMP",
        Decimal(29),
        ServiceType.TRAINING,
        1,
    )
    [edition] = list_editions(db, TUTOR)
    assert (edition.sessions, edition.scheduled_minutes, edition.scheduled_hours) == (
        7,
        1680,
        Decimal("28.00"),
    )
    pathway = int(
        db.read("SELECT id FROM pathways WHERE participant_id = :p", {"p": ids["Rossi"]})[0][0]
    )
    record_delivery(
        db, TUTOR, DeliveryInput(pathway, "counselling", MONDAYS[6], time(14), time(15))
    )
    assert [(d.service_type, d.mode, d.minutes) for d in list_deliveries(db, TUTOR)] == [
        (ServiceType.COUNSELLING, DeliveryMode.INDIVIDUAL, 60)
    ]
    assert [s.day for s in list_sessions(db, TUTOR, ids["edition"])] == MONDAYS


def test_shares_and_the_75_percent_rule_at_the_boundary(db: Database, ids: dict[str, int]) -> None:
    """1260 of 1680 minutes is exactly 75% and passes; 1259 (74.9%) fails; excused stays in."""
    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    enrol(db, TUTOR, ids["edition"], PEOPLE["Bianchi"], "20/02/2026")
    for n in range(5):
        record_attendance(db, TUTOR, ids[f"s{n}"], [present(ids["Rossi"]), present(ids["Bianchi"])])
    record_attendance(
        db, TUTOR, ids["s5"], [present(ids["Rossi"], 60), present(ids["Bianchi"], 59)]
    )
    record_attendance(
        db,
        TUTOR,
        ids["s6"],
        [AttendanceEntry(ids["Rossi"], "absent"), AttendanceEntry(ids["Bianchi"], "excused")],
    )
    # A session still to come is not in the denominator.
    add_session(
        db, TUTOR, SessionInput(ids["edition"], date.today() + timedelta(days=7), "09:00", "13:00")
    )
    shares = {s.name: s for s in attendance_shares(db, TUTOR, ids["edition"])}
    bianchi, rossi = shares["Bianchi Anna"], shares["Rossi Mario"]
    assert (rossi.attended_minutes, rossi.scheduled_minutes, rossi.sessions_held) == (1260, 1680, 7)
    assert rossi.share == 0.75 and rossi.passes_75 is True
    assert (bianchi.attended_minutes, bianchi.scheduled_minutes) == (1259, 1680)
    assert round(bianchi.share or 0, 3) == 0.749 and bianchi.passes_75 is False
    assert (bianchi.sessions_present, bianchi.sessions_excused) == (6, 1)
    assert passes_75(3, 4) and not passes_75(2999, 4000) and not passes_75(0, 0)
    assert "le assenze giustificate restano nel conto" in SHARE_RULE


def test_a_late_enrolment_counts_only_the_sessions_since(db: Database, ids: dict[str, int]) -> None:
    """Enrolled on 20/03: the three earlier sessions are outside the denominator (960 minutes)."""
    enrol(db, TUTOR, ids["edition"], PEOPLE["Verdi"], "20/03/2026")
    for n in (3, 4, 5):
        record_attendance(db, TUTOR, ids[f"s{n}"], [present(ids["Verdi"])])
    [share] = attendance_shares(db, TUTOR, ids["edition"])
    assert (share.attended_minutes, share.scheduled_minutes, share.sessions_held) == (720, 960, 4)
    assert share.share == 0.75 and share.passes_75
    # The register of an earlier session does not list (nor accept) the late-comer.
    assert attendance_register(db, TUTOR, ids["s0"]).lines == ()
    with pytest.raises(ValidationError) as info:
        record_attendance(db, TUTOR, ids["s0"], [present(ids["Verdi"])])
    assert info.value.reason == "Verdi Luca è iscritto dal 20/03/2026, dopo questo incontro."
    [course] = participant_courses(db, TUTOR, PEOPLE["Verdi"])
    assert (course.edition_code, course.attended_minutes, course.scheduled_minutes) == (
        "EMP-CR-1",
        720,
        960,
    )
    assert course.passes_75 and course.enrolled_on == date(2026, 3, 20)


def test_attendance_for_someone_not_enrolled_is_refused_and_nothing_written(
    db: Database, ids: dict[str, int]
) -> None:
    """Neri is not enrolled: the whole register is refused, naming her; Rossi's line too."""
    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    with pytest.raises(ValidationError) as info:
        record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"]), present(ids["Neri"])])
    assert info.value.field == "participant"
    assert info.value.reason == (
        "Neri Sara non è iscritto all'edizione EMP-CR-1: non può avere presenze."
    )
    assert count(db, "attendances") == 0 and deliveries(db) == []


def test_the_register_creates_updates_and_removes_the_group_delivery(
    db: Database, ids: dict[str, int]
) -> None:
    """Present: one group delivery with the session's times and operator; fewer minutes update
    it; absent removes it; saving again replaces the register."""
    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    enrol(db, TUTOR, ids["edition"], PEOPLE["Bianchi"], "20/02/2026")
    result = record_attendance(
        db, TUTOR, ids["s0"], [present(ids["Rossi"]), AttendanceEntry(ids["Bianchi"], "excused")]
    )
    assert (result.present, result.absent, result.excused, result.deliveries) == (1, 0, 1, 1)
    assert deliveries(db) == [
        (ids["Rossi"], 240, "group", "training", "2026-03-02", "09:00:00.000000",
         "13:00:00.000000", ids["s0"], "g.verdi"),
    ]  # fmt: skip
    record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"], 180), present(ids["Bianchi"])])
    assert [(d[0], d[1]) for d in deliveries(db)] == [(ids["Rossi"], 180), (ids["Bianchi"], 240)]
    register = attendance_register(db, TUTOR, ids["s0"])
    assert [(line.name, line.status, line.minutes_attended, line.delivery_minutes)
            for line in register.lines] == [
        ("Bianchi Anna", AttendanceStatus.PRESENT, 240, 240),
        ("Rossi Mario", AttendanceStatus.PRESENT, 180, 180),
    ]  # fmt: skip
    record_attendance(db, TUTOR, ids["s0"], [AttendanceEntry(ids["Rossi"], "absent")])
    assert deliveries(db) == []
    assert count(db, "attendances") == 1  # Bianchi is no longer in the register
    first = list_sessions(db, TUTOR, ids["edition"])[0]
    assert (first.recorded, first.present) == (1, 0)


def test_minutes_are_checked_against_the_session(db: Database, ids: dict[str, int]) -> None:
    """More minutes than the session, or minutes for someone absent, are refused."""
    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    with pytest.raises(ValidationError) as info:
        record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"], 241)])
    assert info.value.reason == (
        "Rossi Mario: per chi è presente i minuti vanno da 1 a 240 (la durata dell'incontro)."
    )
    with pytest.raises(ValidationError):
        record_attendance(db, TUTOR, ids["s0"], [AttendanceEntry(ids["Rossi"], "absent", 30)])
    future = add_session(
        db, TUTOR, SessionInput(ids["edition"], date.today() + timedelta(days=3), "09:00", "11:00")
    )
    with pytest.raises(ValidationError) as info:
        record_attendance(db, TUTOR, future.id, [present(ids["Rossi"])])
    assert "non si è ancora svolto" in info.value.reason
    assert count(db, "attendances") == 0


def test_a_register_past_the_cap_is_refused_whole(db: Database, admin: Actor) -> None:
    """Training capped at 5 hours: the second 4-hour session refuses the register, naming her."""
    cf = make_cf("Galli", "Irene", "F", date(1991, 2, 2))
    person = create_participant(db, admin, ParticipantInput("Galli", "Irene", codice_fiscale=cf))
    other_cf = make_cf("Costa", "Pietro", "M", date(1970, 4, 4))
    other = create_participant(
        db, admin, ParticipantInput("Costa", "Pietro", codice_fiscale=other_cf)
    )
    create_user(db, admin, UserInput("g.verdi", "Giovanna Verdi", "tutor"))
    create_programme(
        db,
        admin,
        ProgrammeInput("CAP", "Cap", "Regione", "01/01/2026", "31/12/2027", caps=[("training", 5)]),
    )
    for key in (cf, other_cf):
        record_consent(db, admin, key, ConsentInput(date(2026, 1, 10)))
        open_pathway(db, admin, PathwayInput(key, "CAP", "g.verdi", date(2026, 2, 1)))
    create_course(db, TUTOR, CourseInput("EMP", "Empowerment", "training", "29"))
    edition = create_edition(
        db, TUTOR, EditionInput("EMP", "EMP-1", "Crema", "01/03/2026", "30/04/2026")
    )
    first, second = add_weekly_sessions(db, TUTOR, edition.id, "02/03/2026", 2, "09:00", "13:00")
    enrol(db, TUTOR, edition.id, cf, "01/03/2026")
    enrol(db, TUTOR, edition.id, other_cf, "01/03/2026")
    record_attendance(db, TUTOR, first.id, [present(person.row.id)])
    with pytest.raises(ConflictError) as info:
        record_attendance(db, TUTOR, second.id, [present(other.row.id), present(person.row.id)])
    assert str(info.value).startswith(
        "Galli Irene: Formazione: con queste ore il percorso supera di 3 ore il massimo del "
        "programma"
    )
    assert count(db, "attendances") == 1 and len(deliveries(db)) == 1
    assert attendance_register(db, TUTOR, second.id).taken is False


def test_an_operator_cannot_touch_courses_or_registers(db: Database, ids: dict[str, int]) -> None:
    """Operators read the catalogue, but may not create courses, enrol people, take a register
    or see who is enrolled."""
    with pytest.raises(PermissionDenied):
        create_course(db, OPERATOR, CourseInput("X1", "X", "training", 2))
    with pytest.raises(PermissionDenied):
        enrol(db, OPERATOR, ids["edition"], PEOPLE["Rossi"])
    with pytest.raises(PermissionDenied):
        record_attendance(db, OPERATOR, ids["s0"], [])
    with pytest.raises(PermissionDenied):
        add_session(db, OPERATOR, SessionInput(ids["edition"], MONDAYS[0], "14:00", "16:00"))
    for attempt in (
        lambda: list_enrolments(db, OPERATOR, ids["edition"]),
        lambda: attendance_register(db, OPERATOR, ids["s0"]),
        lambda: attendance_shares(db, OPERATOR, ids["edition"]),
        lambda: participant_courses(db, OPERATOR, PEOPLE["Rossi"]),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert len(list_sessions(db, OPERATOR, ids["edition"])) == 7
    assert [c.code for c in list_courses(db, OPERATOR)] == ["EMP"]


def test_a_tutor_enrols_only_their_caseload_but_sees_the_whole_roster(
    db: Database, ids: dict[str, int], admin: Actor
) -> None:
    """Verdi followed by another tutor: g.verdi may not enrol, withdraw or look up Verdi's
    courses (by code or by id), yet sees Verdi in the roster and register of the edition they
    run, and records Verdi's attendance."""
    from storage.services.intake import change_tutor

    create_user(db, admin, UserInput("l.neri", "Luca Neri", "tutor"))
    [pathway] = [
        p for p in db.read("SELECT id FROM pathways WHERE participant_id = :p", {"p": ids["Verdi"]})
    ]
    change_tutor(db, admin, int(pathway[0]), "l.neri", date(2026, 2, 15))
    other = Actor("l.neri", Role.TUTOR)
    refused = (
        r"^L'utente g.verdi \(tutor\) non può {what}: la persona non è tra quelle che gli sono "
        r"assegnate\.$"
    )
    with pytest.raises(PermissionDenied, match=refused.format(what="iscrivere ai corsi")):
        enrol(db, TUTOR, ids["edition"], PEOPLE["Verdi"], "20/02/2026")
    with pytest.raises(PermissionDenied, match=refused.format(what="iscrivere ai corsi")):
        enrol(db, TUTOR, ids["edition"], ids["Verdi"], "20/02/2026")
    enrol(db, other, ids["edition"], PEOPLE["Verdi"], "20/02/2026")
    with pytest.raises(PermissionDenied, match=refused.format(what="togliere iscrizioni ai corsi")):
        withdraw(db, TUTOR, ids["edition"], PEOPLE["Verdi"])
    with pytest.raises(
        PermissionDenied, match=refused.format(what="consultare i corsi di una persona")
    ):
        participant_courses(db, TUTOR, ids["Verdi"])
    assert [e.participant_id for e in list_enrolments(db, TUTOR, ids["edition"])] == [ids["Verdi"]]
    assert [line.participant_id for line in attendance_register(db, TUTOR, ids["s0"]).lines] == [
        ids["Verdi"]
    ]
    record_attendance(db, TUTOR, ids["s0"], [present(ids["Verdi"])])
    assert [c.edition_code for c in participant_courses(db, other, PEOPLE["Verdi"])] == ["EMP-CR-1"]


def test_enrolment_rules(db: Database, ids: dict[str, int], admin: Actor) -> None:
    """No open pathway, twice, after the end: refused; withdrawing stops once attendance is in."""
    with pytest.raises(ConflictError) as info:
        enrol(db, admin, ids["edition"], PEOPLE["Neri"])
    assert "Neri Sara non ha un percorso aperto" in str(info.value)
    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    with pytest.raises(ConflictError, match="già iscritto"):
        enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"])
    with pytest.raises(ValidationError, match="è finita"):
        enrol(db, TUTOR, ids["edition"], PEOPLE["Bianchi"], date.today() + timedelta(days=90))
    enrol(db, TUTOR, ids["edition"], PEOPLE["Bianchi"], "20/02/2026")
    withdraw(db, TUTOR, ids["edition"], PEOPLE["Bianchi"])
    record_attendance(db, TUTOR, ids["s0"], [AttendanceEntry(ids["Rossi"], "absent")])
    with pytest.raises(ConflictError, match="registro presenze di 1 incontri"):
        withdraw(db, TUTOR, ids["edition"], PEOPLE["Rossi"])
    assert count(db, "enrollments") == 1


def test_session_rules(db: Database, ids: dict[str, int]) -> None:
    """End before start, over 12 hours, outside the edition, overlapping: refused; a session
    with a register keeps its day and cannot be deleted."""
    edition = ids["edition"]
    cases = [
        (SessionInput(edition, MONDAYS[0], "15:00", "14:00"), "end"),
        (SessionInput(edition, MONDAYS[0], "06:00", "19:00"), "minutes"),
        (SessionInput(edition, "28/02/2026", "09:00", "11:00"), "day"),
        (SessionInput(edition, MONDAYS[0], "14:00", "16:00", operator="nessuno"), "operator"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as info:
            add_session(db, TUTOR, data)
        assert info.value.field == field
    with pytest.raises(ConflictError, match="dalle 09:00 alle 13:00"):
        add_session(db, TUTOR, SessionInput(edition, MONDAYS[0], "12:00", "14:00"))
    assert count(db, "edition_sessions") == 7
    enrol(db, TUTOR, edition, PEOPLE["Rossi"], "20/02/2026")
    record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"])])
    with pytest.raises(ConflictError):
        delete_session(db, TUTOR, ids["s0"])
    with pytest.raises(ConflictError, match="giorno e orario non si cambiano"):
        update_session(db, TUTOR, ids["s0"], SessionInput(edition, MONDAYS[0], "10:00", "13:00"))
    moved = update_session(
        db, TUTOR, ids["s0"], SessionInput(edition, MONDAYS[0], "09:00", "13:00", "Aula 2")
    )
    assert moved.place == "Aula 2" and moved.operator is None
    delete_session(db, TUTOR, ids["s1"])
    assert count(db, "edition_sessions") == 6
    with pytest.raises(ValidationError) as info:
        create_edition(db, TUTOR, EditionInput("EMP", "EMP-2", "Lodi", "10/05/2026", "01/05/2026"))
    assert info.value.field == "end_date"
    with pytest.raises(ValidationError) as info:
        create_course(db, TUTOR, CourseInput("EMP2", "Altro", "training", 0))
    assert info.value.field == "total_hours"


def test_every_change_is_audited(db: Database, ids: dict[str, int]) -> None:
    """Course, edition, sessions, enrolment, register and deliveries leave audit events."""
    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"])])
    entities = {
        str(r[0]): int(r[1])
        for r in db.read(
            "SELECT entity, count(*) FROM audit_events WHERE username = 'g.verdi' GROUP BY entity"
        )
    }
    assert entities == {
        "course": 1,
        "course_edition": 1,
        "edition_session": 7,
        "enrollment": 1,
        "attendance_register": 1,
        "service_delivery": 1,
    }


def test_hours_of_a_closed_pathway_stay_as_they_are(
    db: Database, admin: Actor, ids: dict[str, int]
) -> None:
    """Saving the register again keeps the hours of a pathway closed since; changing them is
    refused, naming the person."""
    from models.enums import PathwayStatus
    from storage.services.intake import set_pathway_status

    enrol(db, TUTOR, ids["edition"], PEOPLE["Rossi"], "20/02/2026")
    enrol(db, TUTOR, ids["edition"], PEOPLE["Bianchi"], "20/02/2026")
    record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"]), present(ids["Bianchi"])])
    pathway = int(
        db.read("SELECT id FROM pathways WHERE participant_id = :p", {"p": ids["Rossi"]})[0][0]
    )
    set_pathway_status(
        db, admin, pathway, PathwayStatus.CLOSED_NEGATIVE, reason="Ritiro", end_date=MONDAYS[3]
    )
    record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"]), present(ids["Bianchi"], 120)])
    assert [(d[0], d[1]) for d in deliveries(db)] == [(ids["Rossi"], 240), (ids["Bianchi"], 120)]
    with pytest.raises(ConflictError) as info:
        record_attendance(db, TUTOR, ids["s0"], [present(ids["Rossi"], 60)])
    assert str(info.value).startswith("Rossi Mario: il percorso a cui sono andate le ore")
    assert [(d[0], d[1]) for d in deliveries(db)] == [(ids["Rossi"], 240), (ids["Bianchi"], 120)]
    # A later session: present, but no open pathway any more, so no hours.
    result = record_attendance(db, TUTOR, ids["s5"], [present(ids["Rossi"])])
    assert result.without_pathway == ("Rossi Mario",) and result.deliveries == 0
