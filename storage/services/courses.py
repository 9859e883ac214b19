"""Group courses in editions: enrolment, a session calendar and the attendance register.

A course (for example a 29-hour empowerment course: 28 hours in class and one hour of individual
counselling, which is an ordinary individual delivery) runs in editions, each in a town with its
dates and enrolled participants. Each edition has a calendar of sessions; each session has an
attendance register (present, absent, excused, minutes attended). Saving a register replaces the
previous one in one transaction and keeps the pathways' hours in step: a person present with an
open pathway gets one group delivery per session (the programme's cap applies, as to every
delivery), someone absent loses it.

The attendance share and the 75% rule are defined once, here (`SHARE_RULE`, `passes_75`):

- numerator: the minutes the person attended;
- denominator: the scheduled minutes of the edition's sessions held so far (session date on or
  before today) and dated on or after the person's enrolment date. Excused absences are NOT
  taken out of it.

The share is rounded for display only; the 75% comparison is on exact integers
(attended × 4 ≥ scheduled × 3). With nothing scheduled yet there is no share and no pass.

Who may (issue 8): the catalogue (courses, editions, the session calendar) holds no personal data
and is open to every role. Tutors, coordinators and administrators manage courses, editions,
sessions and the attendance register, and see an edition's roster, register and shares whole:
a group course mixes people of several tutors, and the tutor running it keeps the register for
everyone. Enrolling or withdrawing a person, and one person's courses, are the person's record:
a tutor only for the people of their caseload (storage/services/access.py). Operators see the
catalogue only. Rosters and registers keep people restricted after an erasure request: they are
the funder's documents, which restriction keeps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import Select, case, func, select

from models.entities import (
    Attendance,
    Course,
    CourseEdition,
    EditionSession,
    Enrollment,
    Participant,
    Pathway,
    ServiceDelivery,
    User,
)
from models.enums import (
    AttendanceStatus,
    AuditAction,
    DeliveryMode,
    PathwayStatus,
    Role,
    ServiceType,
)
from models.errors import ConflictError, ValidationError
from models.rows import Actor
from models.validation import clock_time, code, optional, parse_date, required
from storage import audit
from storage.engine import Database
from storage.services.access import require_participant
from storage.services.common import EVERYONE, author_fields, require
from storage.services.lookup import participant_by_code
from storage.services.tutoring import DeliveryInput, _add_delivery, _minutes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TUTORING = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
OPEN_STATES = (PathwayStatus.OPEN, PathwayStatus.SUSPENDED)
MAX_WEEKLY = 60  # sessions made at once by add_weekly_sessions

# The one definition of the attendance share, shown as it is by the screens and documents.
SHARE_RULE = (
    "Quota di presenza = minuti frequentati ÷ minuti previsti degli incontri già svolti "
    "dalla data di iscrizione (le assenze giustificate restano nel conto); "
    "supera il 75% chi ne frequenta almeno tre quarti."
)


def passes_75(attended_minutes: int, scheduled_minutes: int) -> bool:
    """The 75% rule on exact integers: attended × 4 ≥ scheduled × 3 (and something scheduled)."""
    return scheduled_minutes > 0 and attended_minutes * 4 >= scheduled_minutes * 3


def _share(attended_minutes: int, scheduled_minutes: int) -> float | None:
    return attended_minutes / scheduled_minutes if scheduled_minutes > 0 else None


def _length(start: time, end: time) -> int:
    return int(
        (datetime.combine(date.min, end) - datetime.combine(date.min, start)).total_seconds() // 60
    )


def _name(person: Participant) -> str:
    return f"{person.last_name} {person.first_name}"


# --------------------------------------------------------------------------- courses


@dataclass
class CourseInput:
    code: str
    title: str
    service_type: ServiceType | str
    total_hours: Decimal | int | float | str


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    service_type: ServiceType
    total_hours: Decimal
    editions: int = 0


def _hours(value: Decimal | int | float | str) -> Decimal:
    text = str(value).strip().replace(",", ".")
    try:
        hours = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            "total_hours", f"«{value}» non è un numero di ore.", label="Ore totali"
        ) from None
    if not hours.is_finite() or hours <= 0:
        raise ValidationError("total_hours", "devono essere più di zero.", label="Ore totali")
    if hours > 9999 or hours != hours.quantize(Decimal("0.01")):
        raise ValidationError(
            "total_hours", "al massimo 9999 ore, con due decimali.", label="Ore totali"
        )
    return hours


def create_course(db: Database, actor: Actor, data: CourseInput) -> CourseRow:
    """A new course; its code is unique (ConflictError when taken)."""
    require(actor, TUTORING, "creare corsi")
    course_code = code(data.code, "code", "Codice")
    title = required(data.title, "title", "Titolo", 200)
    try:
        kind = ServiceType(data.service_type)
    except ValueError:
        raise ValidationError(
            "service_type", f"«{data.service_type}» non è un servizio.", label="Servizio"
        ) from None
    hours = _hours(data.total_hours)
    with db.transaction() as session:
        if session.scalar(select(Course.id).where(Course.code == course_code)) is not None:
            raise ConflictError(f"Esiste già un corso con il codice {course_code}.")
        course = Course(
            code=course_code,
            title=title,
            service_type=kind,
            total_hours=hours,
            **author_fields(actor),
        )
        session.add(course)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "course", course.uuid, f"{course_code} {hours} h"
        )
        return CourseRow(course.id, course.code, title, kind, hours, 0)


def list_courses(db: Database, actor: Actor) -> list[CourseRow]:
    """Every course, by code, with how many editions it has."""
    require(actor, EVERYONE, "consultare i corsi")
    editions = (
        select(CourseEdition.course_id, func.count().label("n"))
        .group_by(CourseEdition.course_id)
        .subquery()
    )
    with db.transaction(write=False) as session:
        return [
            CourseRow(
                c.id, c.code, c.title, c.service_type, Decimal(str(c.total_hours)), int(n or 0)
            )
            for c, n in session.execute(
                select(Course, editions.c.n)
                .outerjoin(editions, editions.c.course_id == Course.id)
                .order_by(Course.code)
            )
        ]


# --------------------------------------------------------------------------- editions


@dataclass
class EditionInput:
    course: str | int  # course code or id
    code: str
    town: str
    start_date: date | str
    end_date: date | str | None = None


@dataclass(frozen=True)
class EditionRow:
    id: int
    course_id: int
    course_code: str
    course_title: str
    service_type: ServiceType
    total_hours: Decimal  # the course's hours
    code: str
    town: str
    start_date: date
    end_date: date | None
    enrolled: int
    sessions: int
    scheduled_minutes: int  # all the sessions of the calendar, held or not

    @property
    def scheduled_hours(self) -> Decimal:
        return (Decimal(self.scheduled_minutes) / 60).quantize(Decimal("0.01"))


def _course(session: Session, key: str | int) -> Course:
    course = (
        session.get(Course, key)
        if isinstance(key, int)
        else session.scalar(select(Course).where(Course.code == str(key).strip().upper()))
    )
    if course is None:
        raise ValidationError("course", f"il corso «{key}» non esiste.", label="Corso")
    return course


def _edition(session: Session, edition_id: int) -> CourseEdition:
    edition = session.get(CourseEdition, edition_id)
    if edition is None:
        raise ValidationError("edition", "l'edizione non esiste.", label="Edizione")
    return edition


def create_edition(db: Database, actor: Actor, data: EditionInput) -> EditionRow:
    """A new edition of a course in a town; the end (when given) is not before the start."""
    require(actor, TUTORING, "creare edizioni dei corsi")
    edition_code = code(data.code, "code", "Codice")
    town = required(data.town, "town", "Comune", 100)
    start = parse_date(data.start_date, "start_date", "Inizio")
    if start is None:
        raise ValidationError("start_date", "è obbligatorio.", label="Inizio")
    end = parse_date(data.end_date, "end_date", "Fine")
    if end is not None and end < start:
        raise ValidationError("end_date", "è prima dell'inizio.", label="Fine")
    with db.transaction() as session:
        course = _course(session, data.course)
        taken = session.scalar(select(CourseEdition.id).where(CourseEdition.code == edition_code))
        if taken is not None:
            raise ConflictError(f"Esiste già un'edizione con il codice {edition_code}.")
        edition = CourseEdition(
            course_id=course.id,
            code=edition_code,
            town=town,
            start_date=start,
            end_date=end,
            **author_fields(actor),
        )
        session.add(edition)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "course_edition",
            edition.uuid,
            f"{course.code}/{edition_code} {town}",
        )
        return _edition_row(course, edition, 0, [])


def _edition_row(
    course: Course, edition: CourseEdition, enrolled: int, minutes: list[int]
) -> EditionRow:
    return EditionRow(
        id=edition.id,
        course_id=course.id,
        course_code=course.code,
        course_title=course.title,
        service_type=course.service_type,
        total_hours=Decimal(str(course.total_hours)),
        code=edition.code,
        town=edition.town,
        start_date=edition.start_date,
        end_date=edition.end_date,
        enrolled=enrolled,
        sessions=len(minutes),
        scheduled_minutes=sum(minutes),
    )


def list_editions(db: Database, actor: Actor, course_id: int | None = None) -> list[EditionRow]:
    """Editions (of one course, or all), newest first, with people enrolled, sessions and the
    minutes the calendar schedules."""
    require(actor, EVERYONE, "consultare i corsi")
    enrolled = (
        select(Enrollment.edition_id, func.count().label("n"))
        .group_by(Enrollment.edition_id)
        .subquery()
    )
    query = (
        select(Course, CourseEdition, enrolled.c.n)
        .join(Course, Course.id == CourseEdition.course_id)
        .outerjoin(enrolled, enrolled.c.edition_id == CourseEdition.id)
        .order_by(CourseEdition.start_date.desc(), CourseEdition.code)
    )
    if course_id is not None:
        query = query.where(CourseEdition.course_id == course_id)
    with db.transaction(write=False) as session:
        rows = session.execute(query).all()
        calendar: dict[int, list[int]] = {}
        ids = [edition.id for _c, edition, _n in rows]
        if ids:
            for edition_id, start, end in session.execute(
                select(
                    EditionSession.edition_id, EditionSession.start_time, EditionSession.end_time
                ).where(EditionSession.edition_id.in_(ids))
            ):
                calendar.setdefault(edition_id, []).append(_length(start, end))
        return [_edition_row(c, e, int(n or 0), calendar.get(e.id, [])) for c, e, n in rows]


# --------------------------------------------------------------------------- enrolment


@dataclass(frozen=True)
class EnrolmentRow:
    edition_id: int
    participant_id: int
    participant_code: str
    codice_fiscale: str | None
    name: str
    enrolled_on: date


def _person(session: Session, actor: Actor, key: str | int, what: str) -> Participant:
    """A participant by id or code, refused unless in the actor's caseload (record level)."""
    if isinstance(key, int):
        # The check first: an id outside the caseload is refused whether it exists or not.
        require_participant(session, actor, key, what)
        person = session.get(Participant, key)
        if person is None:
            raise ValidationError("participant", "la persona non esiste.", label="Partecipante")
        return person
    person = participant_by_code(session, key)
    require_participant(session, actor, person.id, what)
    return person


def _has_open_pathway(session: Session, person_id: int) -> bool:
    return (
        session.scalar(
            select(Pathway.id)
            .where(Pathway.participant_id == person_id, Pathway.status.in_(OPEN_STATES))
            .limit(1)
        )
        is not None
    )


def enrol(
    db: Database,
    actor: Actor,
    edition_id: int,
    participant: str | int,
    on_date: date | str | None = None,
) -> EnrolmentRow:
    """Enrol a participant (codice fiscale, internal code or id) from `on_date` (default today).

    ConflictError when already enrolled or when the person has no open pathway; the enrolment
    date cannot follow the edition's end.
    """
    require(actor, TUTORING, "iscrivere ai corsi")
    day = parse_date(on_date, "enrolled_on", "Iscritto dal") or date.today()
    with db.transaction() as session:
        edition = _edition(session, edition_id)
        person = _person(session, actor, participant, "iscrivere ai corsi")
        if edition.end_date is not None and day > edition.end_date:
            raise ValidationError(
                "enrolled_on",
                f"l'edizione {edition.code} è finita il {edition.end_date:%d/%m/%Y}.",
                label="Iscritto dal",
            )
        if session.get(Enrollment, (edition.id, person.id)) is not None:
            raise ConflictError(f"{_name(person)} è già iscritto all'edizione {edition.code}.")
        if not _has_open_pathway(session, person.id):
            raise ConflictError(
                f"{_name(person)} non ha un percorso aperto: si iscrive ai corsi chi è in carico "
                "(aprite prima un percorso)."
            )
        session.add(Enrollment(edition_id=edition.id, participant_id=person.id, enrolled_on=day))
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "enrollment",
            person.uuid,
            f"edition {edition.code} from {day.isoformat()}",
        )
        return EnrolmentRow(
            edition.id, person.id, person.internal_code, person.codice_fiscale, _name(person), day
        )


def withdraw(db: Database, actor: Actor, edition_id: int, participant: str | int) -> None:
    """Take an enrolment back; refused (ConflictError) once the register has the person in it."""
    require(actor, TUTORING, "togliere iscrizioni ai corsi")
    with db.transaction() as session:
        edition = _edition(session, edition_id)
        person = _person(session, actor, participant, "togliere iscrizioni ai corsi")
        enrolment = session.get(Enrollment, (edition.id, person.id))
        if enrolment is None:
            raise ValidationError(
                "participant",
                f"{_name(person)} non è iscritto all'edizione {edition.code}.",
                label="Partecipante",
            )
        recorded = session.scalar(
            select(func.count())
            .select_from(Attendance)
            .join(EditionSession, EditionSession.id == Attendance.session_id)
            .where(EditionSession.edition_id == edition.id, Attendance.participant_id == person.id)
        )
        if recorded:
            raise ConflictError(
                f"{_name(person)} è già nel registro presenze di {recorded} incontri: "
                "l'iscrizione resta (correggete prima il registro)."
            )
        session.delete(enrolment)
        session.flush()
        audit.record(
            session, actor, AuditAction.DELETE, "enrollment", person.uuid, f"edition {edition.code}"
        )


def list_enrolments(db: Database, actor: Actor, edition_id: int) -> list[EnrolmentRow]:
    """The people enrolled in an edition, by name (the whole roster, for tutors too)."""
    require(actor, TUTORING, "consultare gli iscritti ai corsi")
    with db.transaction(write=False) as session:
        return [
            EnrolmentRow(
                edition_id, p.id, p.internal_code, p.codice_fiscale, _name(p), e.enrolled_on
            )
            for e, p in session.execute(
                select(Enrollment, Participant)
                .join(Participant, Participant.id == Enrollment.participant_id)
                .where(Enrollment.edition_id == edition_id)
                .order_by(Participant.last_name, Participant.first_name, Participant.id)
            )
        ]


# --------------------------------------------------------------------------- the calendar


@dataclass
class SessionInput:
    edition_id: int
    day: date | str
    start: time | str
    end: time | str
    place: str | None = None
    operator: str | None = None  # username of who leads it


@dataclass(frozen=True)
class SessionRow:
    id: int
    edition_id: int
    day: date
    start: time
    end: time
    minutes: int
    place: str | None
    operator: str | None  # username
    operator_name: str | None
    recorded: int = 0  # people in its attendance register (0: register not taken)
    present: int = 0


def _session_values(
    session: Session, edition: CourseEdition, data: SessionInput
) -> dict[str, object]:
    day = parse_date(data.day, "day", "Giorno")
    if day is None:
        raise ValidationError("day", "indicate il giorno.", label="Giorno")
    start = clock_time(data.start, "start", "Inizio")
    end = clock_time(data.end, "end", "Fine")
    if end <= start:
        raise ValidationError("end", "la fine deve seguire l'inizio.", label="Fine")
    _minutes(start, end, None)  # at most 12 hours
    last = edition.end_date
    if day < edition.start_date or (last is not None and day > last):
        dates = f"dal {edition.start_date:%d/%m/%Y}" + (f" al {last:%d/%m/%Y}" if last else "")
        raise ValidationError(
            "day",
            f"il {day:%d/%m/%Y} è fuori dalle date dell'edizione {edition.code} ({dates}).",
            label="Giorno",
        )
    operator_id = None
    if data.operator:
        username = data.operator.strip().lower()
        operator_id = session.scalar(select(User.id).where(User.username == username))
        if operator_id is None:
            raise ValidationError(
                "operator", f"l'utente «{username}» non esiste.", label="Operatore"
            )
    return {
        "date": day,
        "start_time": start,
        "end_time": end,
        "place": optional(data.place, "place", "Luogo", 200),
        "operator_id": operator_id,
    }


def _check_overlap(
    session: Session, edition: CourseEdition, values: dict[str, object], skip: int | None = None
) -> None:
    query = select(EditionSession).where(
        EditionSession.edition_id == edition.id,
        EditionSession.date == values["date"],
        EditionSession.start_time < values["end_time"],
        EditionSession.end_time > values["start_time"],
    )
    if skip is not None:
        query = query.where(EditionSession.id != skip)
    other = session.scalars(query).first()
    if other is not None:
        raise ConflictError(
            f"L'edizione {edition.code} ha già un incontro il {other.date:%d/%m/%Y} dalle "
            f"{other.start_time:%H:%M} alle {other.end_time:%H:%M}."
        )


def _session_rows(session: Session, query: Select[tuple[EditionSession]]) -> list[SessionRow]:
    counts = (
        select(
            Attendance.session_id,
            func.count().label("n"),
            func.sum(case((Attendance.minutes_attended > 0, 1), else_=0)).label("present"),
        )
        .group_by(Attendance.session_id)
        .subquery()
    )
    stmt = (
        query.add_columns(User.username, User.full_name, counts.c.n, counts.c.present)
        .outerjoin(User, User.id == EditionSession.operator_id)
        .outerjoin(counts, counts.c.session_id == EditionSession.id)
        .order_by(EditionSession.date, EditionSession.start_time, EditionSession.id)
    )
    return [
        SessionRow(
            id=s.id,
            edition_id=s.edition_id,
            day=s.date,
            start=s.start_time,
            end=s.end_time,
            minutes=_length(s.start_time, s.end_time),
            place=s.place,
            operator=username,
            operator_name=full_name,
            recorded=int(n or 0),
            present=int(present or 0),
        )
        for s, username, full_name, n, present in session.execute(stmt)
    ]


def _one_session(session: Session, session_id: int) -> SessionRow:
    return _session_rows(session, select(EditionSession).where(EditionSession.id == session_id))[0]


def _add_session(
    session: Session, actor: Actor, edition: CourseEdition, data: SessionInput
) -> EditionSession:
    values = _session_values(session, edition, data)
    _check_overlap(session, edition, values)
    sitting = EditionSession(edition_id=edition.id, **values, **author_fields(actor))
    session.add(sitting)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "edition_session",
        edition.uuid,
        f"{edition.code} {sitting.date:%Y-%m-%d} "
        f"{sitting.start_time:%H:%M}-{sitting.end_time:%H:%M}",
    )
    return sitting


def add_session(db: Database, actor: Actor, data: SessionInput) -> SessionRow:
    """A session of the edition's calendar: end after start, at most 12 hours, within the
    edition's dates, not overlapping another session of the same edition."""
    require(actor, TUTORING, "programmare incontri dei corsi")
    with db.transaction() as session:
        edition = _edition(session, data.edition_id)
        sitting = _add_session(session, actor, edition, data)
        return _session_rows(
            session, select(EditionSession).where(EditionSession.id == sitting.id)
        )[0]


def add_weekly_sessions(
    db: Database,
    actor: Actor,
    edition_id: int,
    first_day: date | str,
    count: int,
    start: time | str,
    end: time | str,
    *,
    place: str | None = None,
    operator: str | None = None,
    every_weeks: int = 1,
) -> list[SessionRow]:
    """`count` sessions on the weekday of `first_day`, every `every_weeks` weeks, all or none
    (a date outside the edition or a clash refuses the whole series, naming the date)."""
    require(actor, TUTORING, "programmare incontri dei corsi")
    first = parse_date(first_day, "day", "Primo incontro")
    if first is None:
        raise ValidationError("day", "indicate il giorno.", label="Primo incontro")
    if not 1 <= int(count) <= MAX_WEEKLY:
        raise ValidationError(
            "count", f"da 1 a {MAX_WEEKLY} incontri alla volta.", label="Quanti incontri"
        )
    if not 1 <= int(every_weeks) <= 4:
        raise ValidationError("every_weeks", "da 1 a 4 settimane.", label="Ogni")
    with db.transaction() as session:
        edition = _edition(session, edition_id)
        made = [
            _add_session(
                session,
                actor,
                edition,
                SessionInput(
                    edition.id,
                    first + timedelta(weeks=n * int(every_weeks)),
                    start,
                    end,
                    place,
                    operator,
                ),
            ).id
            for n in range(int(count))
        ]
        return _session_rows(session, select(EditionSession).where(EditionSession.id.in_(made)))


def _recorded(session: Session, session_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.session_id == session_id)
        )
        or 0
    )


def _sitting(session: Session, session_id: int) -> EditionSession:
    sitting = session.get(EditionSession, session_id)
    if sitting is None:
        raise ValidationError("session", "l'incontro non esiste.", label="Incontro")
    return sitting


def update_session(db: Database, actor: Actor, session_id: int, data: SessionInput) -> SessionRow:
    """Change a session. Once its register is taken only the place and the operator may change
    (they follow into the hours it gave); the day and times are kept (ConflictError)."""
    require(actor, TUTORING, "modificare incontri dei corsi")
    with db.transaction() as session:
        sitting = _sitting(session, session_id)
        edition = _edition(session, sitting.edition_id)
        values = _session_values(session, edition, data)
        moved = (values["date"], values["start_time"], values["end_time"]) != (
            sitting.date,
            sitting.start_time,
            sitting.end_time,
        )
        if moved and _recorded(session, sitting.id):
            raise ConflictError(
                "Il registro presenze di questo incontro è già compilato: giorno e orario non si "
                "cambiano più (si possono cambiare luogo e operatore)."
            )
        _check_overlap(session, edition, values, skip=sitting.id)
        for name, value in values.items():
            setattr(sitting, name, value)
        sitting.updated_by = actor.username
        for delivery in session.scalars(
            select(ServiceDelivery).where(ServiceDelivery.edition_session_id == sitting.id)
        ):
            if not delivery.locked:
                delivery.place = sitting.place
                delivery.operator_id = sitting.operator_id or delivery.operator_id
                delivery.updated_by = actor.username
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "edition_session",
            edition.uuid,
            f"{edition.code} session {sitting.id} {sitting.date.isoformat()}",
        )
        return _session_rows(
            session, select(EditionSession).where(EditionSession.id == sitting.id)
        )[0]


def delete_session(db: Database, actor: Actor, session_id: int) -> None:
    """Remove a session from the calendar; refused (ConflictError) once its register is taken."""
    require(actor, TUTORING, "eliminare incontri dei corsi")
    with db.transaction() as session:
        sitting = _sitting(session, session_id)
        if _recorded(session, sitting.id) or session.scalar(
            select(ServiceDelivery.id).where(ServiceDelivery.edition_session_id == sitting.id)
        ):
            raise ConflictError(
                "Questo incontro ha già il registro presenze: non si elimina (svuotate prima il "
                "registro)."
            )
        edition = _edition(session, sitting.edition_id)
        summary = f"{edition.code} {sitting.date.isoformat()} {sitting.start_time:%H:%M}"
        session.delete(sitting)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "edition_session", edition.uuid, summary)


def list_sessions(db: Database, actor: Actor, edition_id: int) -> list[SessionRow]:
    """The edition's calendar, in date order, with how many people each register holds."""
    require(actor, EVERYONE, "consultare i corsi")
    with db.transaction(write=False) as session:
        return _session_rows(
            session, select(EditionSession).where(EditionSession.edition_id == edition_id)
        )


# --------------------------------------------------------------------------- the register


@dataclass
class AttendanceEntry:
    participant_id: int
    status: AttendanceStatus | str
    minutes_attended: int | None = None  # present and None: the whole session


@dataclass(frozen=True)
class RegisterLine:
    """One enrolled person in a session's register (status None: not recorded yet)."""

    participant_id: int
    participant_code: str
    codice_fiscale: str | None
    name: str
    enrolled_on: date
    status: AttendanceStatus | None
    minutes_attended: int | None
    has_open_pathway: bool
    delivery_minutes: int | None  # the group hours this session gave to the person's pathway


@dataclass(frozen=True)
class Register:
    """A session's register: the session, its edition and course, one line per person enrolled
    by the session's day."""

    session: SessionRow
    edition_code: str
    course_code: str
    course_title: str
    service_type: ServiceType
    lines: tuple[RegisterLine, ...]

    @property
    def taken(self) -> bool:
        return any(line.status is not None for line in self.lines)


@dataclass(frozen=True)
class RegisterResult:
    """What saving a register did."""

    present: int
    absent: int
    excused: int
    deliveries: int  # group deliveries now linked to the session
    without_pathway: tuple[str, ...]  # present, but no open pathway: no hours counted


def _pathway_for(session: Session, person_id: int, day: date) -> Pathway | None:
    """The person's open pathway begun by `day` (the newest when several are)."""
    return session.scalars(
        select(Pathway)
        .where(
            Pathway.participant_id == person_id,
            Pathway.status.in_(OPEN_STATES),
            Pathway.start_date <= day,
        )
        .order_by(Pathway.start_date.desc(), Pathway.id.desc())
    ).first()


def record_attendance(
    db: Database,
    actor: Actor,
    session_id: int,
    entries: Sequence[AttendanceEntry],
    *,
    override_reason: str | None = None,
) -> RegisterResult:
    """Save a session's register, replacing the previous one, in one transaction.

    Only people enrolled in the edition (by the session's day) may be in it: anyone else is
    refused (ValidationError naming them) and nothing is written. Minutes go from 0 to the
    session's length: present without minutes means the whole session; absent and excused mean
    0. Each person present with an open pathway gets ONE group delivery for the session (the
    course's service, the session's day, times and operator, the minutes attended); someone no
    longer present loses it. A delivery that would pass the programme's cap refuses the whole
    register, naming the person (a coordinator may pass `override_reason`, as for any delivery).
    """
    require(actor, TUTORING, "compilare il registro presenze")
    with db.transaction() as session:
        sitting = _sitting(session, session_id)
        from storage.services.registers import is_session_signed

        if is_session_signed(session, sitting.id):
            raise ConflictError(
                "Questo incontro ha il registro già firmato: le presenze non si cambiano più "
                "(un coordinatore può sbloccarlo indicando il motivo)."
            )
        edition = _edition(session, sitting.edition_id)
        course = session.get(Course, edition.course_id)
        assert course is not None
        if sitting.date > date.today():
            raise ValidationError(
                "session",
                f"l'incontro del {sitting.date:%d/%m/%Y} non si è ancora svolto: il registro si "
                "compila dopo.",
                label="Incontro",
            )
        length = _length(sitting.start_time, sitting.end_time)
        enrolled = {
            e.participant_id: e.enrolled_on
            for e in session.scalars(select(Enrollment).where(Enrollment.edition_id == edition.id))
        }
        clean: dict[int, tuple[Participant, AttendanceStatus, int]] = {}
        for entry in entries:
            person = session.get(Participant, entry.participant_id)
            if person is None:
                raise ValidationError(
                    "participant", "una persona del registro non esiste.", label="Partecipante"
                )
            who = _name(person)
            if person.id in clean:
                raise ValidationError(
                    "participant", f"{who} compare due volte nel registro.", label="Partecipante"
                )
            if person.id not in enrolled:
                raise ValidationError(
                    "participant",
                    f"{who} non è iscritto all'edizione {edition.code}: non può avere presenze.",
                    label="Partecipante",
                )
            if enrolled[person.id] > sitting.date:
                raise ValidationError(
                    "participant",
                    f"{who} è iscritto dal {enrolled[person.id]:%d/%m/%Y}, dopo questo incontro.",
                    label="Partecipante",
                )
            try:
                status = AttendanceStatus(entry.status)
            except ValueError:
                raise ValidationError(
                    "status", f"{who}: «{entry.status}» non è una presenza.", label="Presenza"
                ) from None
            minutes = entry.minutes_attended
            if status is AttendanceStatus.PRESENT:
                minutes = length if minutes is None else int(minutes)
                if not 1 <= minutes <= length:
                    raise ValidationError(
                        "minutes_attended",
                        f"{who}: per chi è presente i minuti vanno da 1 a {length} (la durata "
                        "dell'incontro).",
                        label="Minuti",
                    )
            else:
                if minutes:
                    raise ValidationError(
                        "minutes_attended",
                        f"{who}: chi è assente non ha minuti di presenza.",
                        label="Minuti",
                    )
                minutes = 0
            clean[person.id] = (person, status, minutes)

        # The previous register and the hours it gave.
        for mark in session.scalars(select(Attendance).where(Attendance.session_id == sitting.id)):
            session.delete(mark)
        previous: dict[int, ServiceDelivery] = {}
        for delivery, person_id in session.execute(
            select(ServiceDelivery, Pathway.participant_id)
            .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
            .where(ServiceDelivery.edition_session_id == sitting.id)
        ):
            previous[person_id] = delivery
        session.flush()

        operator = session.get(User, sitting.operator_id) if sitting.operator_id else None
        counts = dict.fromkeys(AttendanceStatus, 0)
        deliveries = 0
        without: list[str] = []
        for person_id, (person, status, minutes) in clean.items():
            session.add(
                Attendance(
                    session_id=sitting.id,
                    participant_id=person_id,
                    status=status,
                    minutes_attended=minutes,
                )
            )
            counts[status] += 1
            old = previous.pop(person_id, None)
            if old is not None and old.minutes == minutes:
                deliveries += 1  # unchanged: kept, even if its pathway has closed since
                continue
            pathway = _pathway_for(session, person_id, sitting.date) if minutes > 0 else None
            if minutes > 0 and pathway is None:
                without.append(_name(person))
            if old is not None:
                _remove_delivery(session, actor, old, _name(person))
            if pathway is None:
                continue
            try:
                delivery = _add_delivery(
                    session,
                    actor,
                    DeliveryInput(
                        pathway.id,
                        course.service_type,
                        sitting.date,
                        minutes=minutes,
                        mode=DeliveryMode.GROUP,
                        operator=operator.username if operator else None,
                        place=sitting.place,
                        note=f"{course.title} – edizione {edition.code}",
                        override_reason=override_reason,
                    ),
                )
            except ConflictError as exc:
                raise ConflictError(f"{_name(person)}: {exc}") from None
            delivery.start_time = sitting.start_time
            delivery.end_time = sitting.end_time
            delivery.edition_session_id = sitting.id
            deliveries += 1
        for person_id, old in previous.items():  # no longer in the register
            person = session.get(Participant, person_id)
            _remove_delivery(session, actor, old, _name(person) if person else str(person_id))
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "attendance_register",
            edition.uuid,
            f"{edition.code} session {sitting.id} {sitting.date.isoformat()}: "
            f"present={counts[AttendanceStatus.PRESENT]} absent={counts[AttendanceStatus.ABSENT]} "
            f"excused={counts[AttendanceStatus.EXCUSED]} deliveries={deliveries}",
        )
        return RegisterResult(
            counts[AttendanceStatus.PRESENT],
            counts[AttendanceStatus.ABSENT],
            counts[AttendanceStatus.EXCUSED],
            deliveries,
            tuple(without),
        )


def _remove_delivery(session: Session, actor: Actor, delivery: ServiceDelivery, who: str) -> None:
    if delivery.locked:
        raise ConflictError(
            f"{who}: le ore di questo incontro sono in un registro già firmato e non cambiano più."
        )
    pathway = session.get(Pathway, delivery.pathway_id)
    if pathway is not None and pathway.status not in OPEN_STATES:
        raise ConflictError(
            f"{who}: il percorso a cui sono andate le ore di questo incontro è chiuso, le sue "
            "presenze non cambiano più."
        )
    summary = (
        f"{delivery.service_type.value} {delivery.minutes} min del {delivery.date.isoformat()}"
    )
    session.delete(delivery)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.DELETE,
        "service_delivery",
        pathway.uuid if pathway else None,
        summary + " (registro presenze)",
    )


def attendance_register(db: Database, actor: Actor, session_id: int) -> Register:
    """A session's register for the register screen: everyone enrolled by the session's day,
    with what was recorded (status None when nothing yet)."""
    require(actor, TUTORING, "consultare il registro presenze")
    with db.transaction(write=False) as session:
        sitting = _sitting(session, session_id)
        edition = _edition(session, sitting.edition_id)
        course = session.get(Course, edition.course_id)
        assert course is not None
        row = _session_rows(session, select(EditionSession).where(EditionSession.id == sitting.id))
        recorded = {
            a.participant_id: a
            for a in session.scalars(select(Attendance).where(Attendance.session_id == sitting.id))
        }
        hours = {
            person_id: minutes
            for person_id, minutes in session.execute(
                select(Pathway.participant_id, ServiceDelivery.minutes)
                .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
                .where(ServiceDelivery.edition_session_id == sitting.id)
            )
        }
        open_people = set(
            session.scalars(
                select(Pathway.participant_id)
                .join(Enrollment, Enrollment.participant_id == Pathway.participant_id)
                .where(Enrollment.edition_id == edition.id, Pathway.status.in_(OPEN_STATES))
            )
        )
        lines = []
        for enrolment, person in session.execute(
            select(Enrollment, Participant)
            .join(Participant, Participant.id == Enrollment.participant_id)
            .where(
                Enrollment.edition_id == edition.id,
                Enrollment.enrolled_on <= sitting.date,
            )
            .order_by(Participant.last_name, Participant.first_name, Participant.id)
        ):
            record = recorded.get(person.id)
            lines.append(
                RegisterLine(
                    participant_id=person.id,
                    participant_code=person.internal_code,
                    codice_fiscale=person.codice_fiscale,
                    name=_name(person),
                    enrolled_on=enrolment.enrolled_on,
                    status=record.status if record else None,
                    minutes_attended=record.minutes_attended if record else None,
                    has_open_pathway=person.id in open_people,
                    delivery_minutes=hours.get(person.id),
                )
            )
        return Register(
            session=row[0],
            edition_code=edition.code,
            course_code=course.code,
            course_title=course.title,
            service_type=course.service_type,
            lines=tuple(lines),
        )


# --------------------------------------------------------------------------- shares


@dataclass(frozen=True)
class AttendanceShare:
    """One person's attendance in an edition (see SHARE_RULE for what is counted)."""

    participant_id: int
    participant_code: str
    codice_fiscale: str | None
    name: str
    enrolled_on: date
    attended_minutes: int  # numerator
    scheduled_minutes: int  # denominator
    sessions_held: int  # the sessions in the denominator
    sessions_present: int
    sessions_excused: int
    share: float | None  # None when nothing is scheduled yet; round it only to show it
    passes_75: bool


@dataclass(frozen=True)
class ParticipantCourseRow:
    """An edition a person is enrolled in, with their share (for the timeline and dossier)."""

    edition_id: int
    edition_code: str
    course_code: str
    course_title: str
    service_type: ServiceType
    town: str
    start_date: date
    end_date: date | None
    enrolled_on: date
    attended_minutes: int
    scheduled_minutes: int
    share: float | None
    passes_75: bool


def _shares(
    session: Session, edition_id: int, today: date, participant_id: int | None = None
) -> list[AttendanceShare]:
    query = (
        select(Enrollment, Participant)
        .join(Participant, Participant.id == Enrollment.participant_id)
        .where(Enrollment.edition_id == edition_id)
        .order_by(Participant.last_name, Participant.first_name, Participant.id)
    )
    if participant_id is not None:
        query = query.where(Enrollment.participant_id == participant_id)
    people = session.execute(query).all()
    held = [
        (s.id, s.date, _length(s.start_time, s.end_time))
        for s in session.scalars(
            select(EditionSession).where(
                EditionSession.edition_id == edition_id, EditionSession.date <= today
            )
        )
    ]
    marks: dict[tuple[int, int], tuple[AttendanceStatus, int]] = {
        (a.session_id, a.participant_id): (a.status, a.minutes_attended)
        for a in session.scalars(
            select(Attendance)
            .join(EditionSession, EditionSession.id == Attendance.session_id)
            .where(EditionSession.edition_id == edition_id, EditionSession.date <= today)
        )
    }
    out = []
    for enrolment, person in people:
        scheduled = attended = count = present = excused = 0
        for sitting_id, day, minutes in held:
            if day < enrolment.enrolled_on:
                continue
            count += 1
            scheduled += minutes
            status, done = marks.get((sitting_id, person.id), (None, 0))
            attended += done
            present += status is AttendanceStatus.PRESENT
            excused += status is AttendanceStatus.EXCUSED
        out.append(
            AttendanceShare(
                participant_id=person.id,
                participant_code=person.internal_code,
                codice_fiscale=person.codice_fiscale,
                name=_name(person),
                enrolled_on=enrolment.enrolled_on,
                attended_minutes=attended,
                scheduled_minutes=scheduled,
                sessions_held=count,
                sessions_present=present,
                sessions_excused=excused,
                share=_share(attended, scheduled),
                passes_75=passes_75(attended, scheduled),
            )
        )
    return out


def attendance_shares(
    db: Database, actor: Actor, edition_id: int, *, today: date | None = None
) -> list[AttendanceShare]:
    """Each enrolled person's attendance share in the edition and whether it passes 75%.

    Numerator: minutes attended. Denominator: the scheduled minutes of the edition's sessions
    held so far (dated on or before `today`) and dated on or after the person's enrolment;
    excused absences stay in it. Pass: attended × 4 ≥ scheduled × 3.
    """
    require(actor, TUTORING, "consultare il registro presenze")
    with db.transaction(write=False) as session:
        _edition(session, edition_id)
        return _shares(session, edition_id, today or date.today())


def participant_courses(
    db: Database, actor: Actor, participant: str | int, *, today: date | None = None
) -> list[ParticipantCourseRow]:
    """The editions a person (codice fiscale, internal code or id) is enrolled in, newest first,
    with their attendance share and the 75% pass (the same rule as `attendance_shares`)."""
    what = "consultare i corsi di una persona"
    require(actor, TUTORING, what)
    with db.transaction(write=False) as session:
        person = _person(session, actor, participant, what)
        out = []
        for edition, course, enrolment in session.execute(
            select(CourseEdition, Course, Enrollment)
            .join(Course, Course.id == CourseEdition.course_id)
            .join(Enrollment, Enrollment.edition_id == CourseEdition.id)
            .where(Enrollment.participant_id == person.id)
            .order_by(CourseEdition.start_date.desc(), CourseEdition.code)
        ):
            share = _shares(session, edition.id, today or date.today(), person.id)[0]
            out.append(
                ParticipantCourseRow(
                    edition_id=edition.id,
                    edition_code=edition.code,
                    course_code=course.code,
                    course_title=course.title,
                    service_type=course.service_type,
                    town=edition.town,
                    start_date=edition.start_date,
                    end_date=edition.end_date,
                    enrolled_on=enrolment.enrolled_on,
                    attended_minutes=share.attended_minutes,
                    scheduled_minutes=share.scheduled_minutes,
                    share=share.share,
                    passes_75=share.passes_75,
                )
            )
        return out
