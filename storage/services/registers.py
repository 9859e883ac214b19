"""Monthly timesheets and course-session attendance registers: their data, signing and unlocking.

A timesheet covers one participant's service hours of one calendar month, for every service or
for one; an attendance register covers one session of a group course. Both are printed, signed
on paper, and then marked as signed here:

- signing records who marked it and when, lists the deliveries it covers
  (`SignedRegisterItem`) and locks them (`ServiceDelivery.locked`): the services that change
  hours refuse locked ones;
- a delivery is in at most one active timesheet (an all-services timesheet and a one-service
  timesheet of the same month cannot both hold it); a course session's group hours may be both
  in the session's register and in the person's timesheet;
- a coordinator or administrator may unlock a register with a reason: the row keeps who, when
  and why, and stays as history; its deliveries are released unless another active register
  still covers them; the register can then be signed again (a new row);
- once signed, the document shows what was signed (the covered deliveries), and every print
  after the signing is a numbered reprint, counted and logged (`count_prints`).

The document functions return plain data (`TimesheetDocument`, `RegisterDocument`); drawing
them is storage/printing/registers.py's job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Select, func, select

from models.base import utcnow
from models.entities import (
    Attendance,
    Course,
    CourseEdition,
    EditionSession,
    FundingProgramme,
    Participant,
    Pathway,
    ServiceDelivery,
    SignedRegister,
    SignedRegisterItem,
    User,
)
from models.enums import AuditAction, DeliveryMode, Role, ServiceType
from models.errors import ConflictError, ValidationError
from models.labels import MONTHS, SERVICE_LABELS
from models.rows import Actor
from models.validation import parse_date
from storage import audit
from storage.engine import Database
from storage.printing.style import Letterhead
from storage.services.access import Level, participant_scope_clause, require_participant
from storage.services.admin import get_letterhead
from storage.services.common import STAFF, require
from storage.services.courses import Register, RegisterLine, attendance_register
from storage.services.lookup import participant_by_code

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TIMESHEET = "timesheet"
ATTENDANCE = "attendance"
PRINTERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
SIGNERS = PRINTERS
UNLOCKERS = STAFF
T = TypeVar("T")


def month_label(month: date) -> str:
    """«marzo 2026»."""
    return f"{MONTHS[month.month - 1]} {month.year}"


def hours_text(minutes: int) -> str:
    """Hours as Italians write them, at most two decimals: 90 -> «1,5», 20 -> «0,33»."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize()
    return f"{hours:f}".replace(".", ",")


def parse_month(value: str | date | None) -> date:
    """The first day of the month named by «YYYY-MM» (or «MM/YYYY», or any date in it).

    ValidationError on field "month" for anything else («2026-13», «marzo», an empty value).
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.replace(day=1)
    text = (value or "").strip()
    year = month = 0
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
        year, month = int(text[:4]), int(text[5:])
    elif len(text) == 7 and text[2] == "/" and text[:2].isdigit() and text[3:].isdigit():
        month, year = int(text[:2]), int(text[3:])
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        shown = f"«{text}»" if text else "il mese"
        raise ValidationError(
            "month",
            f"{shown} non è un mese valido: scrivete anno e mese, per esempio 2026-03.",
            label="Mese",
        )
    return date(year, month, 1)


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _service(value: ServiceType | str | None) -> ServiceType | None:
    if value is None or value == "":
        return None
    try:
        return ServiceType(value)
    except ValueError:
        raise ValidationError(
            "service", f"«{value}» non è un servizio.", label="Servizio"
        ) from None


def _length(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


# --------------------------------------------------------------------------- row types


@dataclass(frozen=True)
class SignatureInfo:
    """A document's active signature: which register, when, by whom, reprints so far."""

    register_id: int
    register_uuid: str
    signed_on: date
    signed_by: str  # username
    signed_by_name: str
    reprints: int


@dataclass(frozen=True)
class TimesheetLine:
    delivery_id: int
    day: date
    start: time | None
    end: time | None
    minutes: int
    service_type: ServiceType
    mode: DeliveryMode
    place: str | None
    operator: str | None  # username
    operator_name: str | None
    locked: bool

    @property
    def hours(self) -> str:
        return hours_text(self.minutes)


@dataclass(frozen=True)
class TimesheetSection:
    """The month's hours of one service within one pathway (programme)."""

    pathway_id: int
    programme_code: str
    programme_name: str
    funder: str
    service_type: ServiceType
    lines: tuple[TimesheetLine, ...]

    @property
    def service_label(self) -> str:
        return SERVICE_LABELS[self.service_type]

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def operators(self) -> tuple[str, ...]:
        """Who delivered the hours (full names, in order of first appearance)."""
        seen: dict[str, None] = {}
        for line in self.lines:
            name = line.operator_name or line.operator
            if name:
                seen.setdefault(name, None)
        return tuple(seen)


@dataclass(frozen=True)
class TimesheetDocument:
    """A participant's monthly timesheet: one section per programme and service."""

    participant_id: int
    participant_uuid: str
    participant_code: str  # internal, pseudonymous
    codice_fiscale: str | None
    name: str  # «Rossi Mario»
    month: date  # first day
    service_type: ServiceType | None  # None: all services
    sections: tuple[TimesheetSection, ...]
    signed: SignatureInfo | None
    later: int  # deliveries of the month in scope added after the signing (not on the paper)
    letterhead: Letterhead

    @property
    def month_label(self) -> str:
        return month_label(self.month)

    @property
    def minutes(self) -> int:
        return sum(section.minutes for section in self.sections)

    @property
    def deliveries(self) -> int:
        return sum(len(section.lines) for section in self.sections)

    @property
    def scope_label(self) -> str:
        return SERVICE_LABELS[self.service_type] if self.service_type else "tutti i servizi"


@dataclass(frozen=True)
class RegisterDocument:
    """A course session's attendance register, ready to print and sign."""

    session_id: int
    session_uuid: str
    edition_id: int
    edition_uuid: str
    edition_code: str
    town: str
    course_code: str
    course_title: str
    service_type: ServiceType
    day: date
    start: time
    end: time
    place: str | None
    operator: str | None  # username
    operator_name: str | None
    lines: tuple[RegisterLine, ...]  # everyone enrolled by the session's day
    signed: SignatureInfo | None
    letterhead: Letterhead

    @property
    def minutes(self) -> int:
        return _length(self.start, self.end)

    @property
    def taken(self) -> bool:
        return any(line.status is not None for line in self.lines)

    @property
    def present(self) -> int:
        return sum(1 for line in self.lines if (line.minutes_attended or 0) > 0)

    @property
    def attended_minutes(self) -> int:
        return sum(line.minutes_attended or 0 for line in self.lines)


@dataclass(frozen=True)
class RegisterRow:
    """A signed register (active or unlocked), for lists and as what signing returns."""

    id: int
    uuid: str
    kind: str  # "timesheet" | "attendance"
    signed_on: date
    signed_by: str
    reprints: int
    deliveries: int  # how many deliveries it covers (locked while active)
    participant_id: int | None = None
    participant_code: str | None = None
    participant_name: str | None = None
    month: date | None = None
    service_type: ServiceType | None = None
    session_id: int | None = None
    session_day: date | None = None
    edition_id: int | None = None
    edition_code: str | None = None
    course_title: str | None = None
    unlocked_at: datetime | None = None
    unlocked_by: str | None = None
    unlock_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.unlocked_at is None

    @property
    def title(self) -> str:
        """«Foglio ore di marzo 2026 (Coaching) – Rossi Mario», «Registro presenze ED1 del …»."""
        if self.kind == TIMESHEET and self.month is not None:
            service = SERVICE_LABELS[self.service_type] if self.service_type else "tutti i servizi"
            return f"Foglio ore di {month_label(self.month)} ({service}) – {self.participant_name}"
        day = f" del {self.session_day:%d/%m/%Y}" if self.session_day else ""
        return f"Registro presenze {self.edition_code}{day} – {self.course_title}"


# --------------------------------------------------------------------------- scopes


def _timesheet_scope(person: Participant, month: date, service: ServiceType | None) -> str:
    return f"{TIMESHEET}:{person.uuid}:{month:%Y-%m}:{service.value if service else '*'}"


def _session_scope(sitting: EditionSession) -> str:
    return f"{ATTENDANCE}:{sitting.uuid}"


def _active(session: Session, scope: str) -> SignedRegister | None:
    return session.scalar(
        select(SignedRegister).where(
            SignedRegister.scope == scope, SignedRegister.unlocked_at.is_(None)
        )
    )


def _signature(session: Session, register: SignedRegister | None) -> SignatureInfo | None:
    if register is None:
        return None
    name = session.scalar(select(User.full_name).where(User.username == register.signed_by))
    return SignatureInfo(
        register.id,
        register.uuid,
        register.signed_on,
        register.signed_by,
        name or register.signed_by,
        register.reprints,
    )


def _person(session: Session, participant: str | int) -> Participant:
    if isinstance(participant, int):
        person = session.get(Participant, participant)
        if person is None:
            raise ValidationError("participant", "la persona non esiste.", label="Partecipante")
        return person
    return participant_by_code(session, participant)


def _sitting(session: Session, session_id: int) -> EditionSession:
    sitting = session.get(EditionSession, session_id)
    if sitting is None:
        raise ValidationError("session", "l'incontro non esiste.", label="Incontro")
    return sitting


def _edition(session: Session, edition: int | str) -> CourseEdition:
    found = None
    if isinstance(edition, str):
        key = edition.strip().upper()
        found = session.scalar(select(CourseEdition).where(CourseEdition.code == key))
        if found is None and key.isdigit():
            found = session.get(CourseEdition, int(key))
    else:
        found = session.get(CourseEdition, edition)
    if found is None:
        raise ValidationError("edition", f"l'edizione «{edition}» non esiste.", label="Edizione")
    return found


def _month_deliveries(
    person: Participant, month: date, service: ServiceType | None
) -> Select[tuple[int]]:
    query = (
        select(ServiceDelivery.id)
        .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
        .where(
            Pathway.participant_id == person.id,
            ServiceDelivery.date >= month,
            ServiceDelivery.date < _next_month(month),
        )
    )
    if service is not None:
        query = query.where(ServiceDelivery.service_type == service)
    return query


def _signed_on(value: date | str | None, earliest: date) -> date:
    day = parse_date(value, "signed_on", "Firmato il") or date.today()
    if day > date.today():
        raise ValidationError("signed_on", "è nel futuro.", label="Firmato il")
    if day < earliest:
        raise ValidationError(
            "signed_on",
            f"è prima del {earliest:%d/%m/%Y}, l'ultimo giorno che il documento riporta.",
            label="Firmato il",
        )
    return day


# --------------------------------------------------------------------------- timesheets


def _timesheet(
    session: Session,
    person: Participant,
    month: date,
    service: ServiceType | None,
    letterhead: Letterhead,
) -> TimesheetDocument:
    register = _active(session, _timesheet_scope(person, month, service))
    in_scope = _month_deliveries(person, month, service)
    wanted = in_scope
    later = 0
    if register is not None:
        covered = select(SignedRegisterItem.delivery_id).where(
            SignedRegisterItem.register_id == register.id
        )
        wanted = select(ServiceDelivery.id).where(ServiceDelivery.id.in_(covered))
        later = int(
            session.scalar(
                select(func.count()).select_from(
                    in_scope.where(ServiceDelivery.id.not_in(covered)).subquery()
                )
            )
            or 0
        )
    order = {kind: n for n, kind in enumerate(ServiceType)}
    sections: dict[tuple[str, int, ServiceType], list[TimesheetLine]] = {}
    programmes: dict[int, FundingProgramme] = {}
    for delivery, programme, username, full_name in session.execute(
        select(ServiceDelivery, FundingProgramme, User.username, User.full_name)
        .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
        .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
        .outerjoin(User, User.id == ServiceDelivery.operator_id)
        .where(ServiceDelivery.id.in_(wanted))
        .order_by(ServiceDelivery.date, ServiceDelivery.start_time, ServiceDelivery.id)
    ):
        programmes[delivery.pathway_id] = programme
        key = (programme.code, delivery.pathway_id, delivery.service_type)
        sections.setdefault(key, []).append(
            TimesheetLine(
                delivery_id=delivery.id,
                day=delivery.date,
                start=delivery.start_time,
                end=delivery.end_time,
                minutes=delivery.minutes,
                service_type=delivery.service_type,
                mode=delivery.mode,
                place=delivery.place,
                operator=username,
                operator_name=full_name,
                locked=bool(delivery.locked),
            )
        )
    ordered = sorted(sections.items(), key=lambda item: (item[0][0], item[0][1], order[item[0][2]]))
    return TimesheetDocument(
        participant_id=person.id,
        participant_uuid=person.uuid,
        participant_code=person.internal_code,
        codice_fiscale=person.codice_fiscale,
        name=f"{person.last_name} {person.first_name}",
        month=month,
        service_type=service,
        sections=tuple(
            TimesheetSection(
                pathway_id=pathway_id,
                programme_code=programmes[pathway_id].code,
                programme_name=programmes[pathway_id].name,
                funder=programmes[pathway_id].funder,
                service_type=kind,
                lines=tuple(lines),
            )
            for (_code, pathway_id, kind), lines in ordered
        ),
        signed=_signature(session, register),
        later=later,
        letterhead=letterhead,
    )


def timesheet_document(
    db: Database,
    actor: Actor,
    participant: str | int,
    month: str | date,
    *,
    service: ServiceType | str | None = None,
) -> TimesheetDocument:
    """A participant's (codice fiscale, internal code or id) timesheet for a month («YYYY-MM»):
    per programme and service (or only `service`) the deliveries of that month with date,
    start–end, hours, place and operator, and whether it is signed.

    Once signed, it holds the deliveries that were signed (`later` counts those of the month
    recorded since, which are not on the signed paper). ValidationError for a month that does not
    parse (field "month"), an unknown service or participant.
    """
    require(actor, PRINTERS, "stampare i fogli ore")
    first = parse_month(month)
    kind = _service(service)
    letterhead = get_letterhead(db, actor)
    with db.transaction(write=False) as session:
        person = _person(session, participant)
        require_participant(session, actor, person.id, "stampare i fogli ore")
        return _timesheet(session, person, first, kind, letterhead)


def sign_timesheet(
    db: Database,
    actor: Actor,
    participant: str | int,
    month: str | date,
    service: ServiceType | str | None = None,
    *,
    signed_on: date | str | None = None,
) -> RegisterRow:
    """Mark a participant's monthly timesheet (all services, or one) as signed on paper and lock
    the deliveries it covers.

    ConflictError when the month has nothing to sign, when this timesheet is already signed, or
    when some of its hours are already in another signed timesheet (an all-services one and a
    one-service one of the same month cannot both hold them). `signed_on` (default today) is
    neither in the future nor before the last day the timesheet reports.
    """
    require(actor, SIGNERS, "segnare come firmati i fogli ore")
    first = parse_month(month)
    kind = _service(service)
    scope_text = f"{month_label(first)} ({SERVICE_LABELS[kind] if kind else 'tutti i servizi'})"
    with db.transaction() as session:
        person = _person(session, participant)
        require_participant(session, actor, person.id, "segnare come firmati i fogli ore")
        scope = _timesheet_scope(person, first, kind)
        existing = _active(session, scope)
        if existing is not None:
            raise ConflictError(
                f"Il foglio ore di {scope_text} è già firmato (segnato il "
                f"{existing.signed_on:%d/%m/%Y} da {existing.signed_by}): per cambiarlo un "
                "coordinatore deve prima sbloccarlo."
            )
        deliveries = list(
            session.scalars(
                select(ServiceDelivery).where(
                    ServiceDelivery.id.in_(_month_deliveries(person, first, kind))
                )
            )
        )
        if not deliveries:
            raise ConflictError(
                f"Nel foglio ore di {scope_text} non ci sono ore registrate: non c'è nulla da "
                "firmare."
            )
        other = session.scalar(
            select(SignedRegister)
            .join(SignedRegisterItem, SignedRegisterItem.register_id == SignedRegister.id)
            .where(
                SignedRegister.kind == TIMESHEET,
                SignedRegister.unlocked_at.is_(None),
                SignedRegisterItem.delivery_id.in_([d.id for d in deliveries]),
            )
            .limit(1)
        )
        if other is not None:
            held = SERVICE_LABELS[other.service_type] if other.service_type else "tutti i servizi"
            raise ConflictError(
                f"Alcune ore di {scope_text} sono già nel foglio ore firmato di "
                f"{month_label(first)} ({held}): firmate i servizi che mancano uno per uno, "
                "oppure fate sbloccare quel foglio da un coordinatore."
            )
        day = _signed_on(signed_on, max(d.date for d in deliveries))
        register = SignedRegister(
            kind=TIMESHEET,
            scope=scope,
            participant_id=person.id,
            month=first,
            service_type=kind,
            signed_on=day,
            signed_by=actor.username,
            reprints=0,
            created_by=actor.username,
            updated_by=actor.username,
        )
        session.add(register)
        session.flush()
        _lock(session, actor, register, deliveries)
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "signed_register",
            register.uuid,
            f"timesheet {first:%Y-%m} {kind.value if kind else 'all'} "
            f"participant {person.uuid} deliveries={len(deliveries)}",
        )
        return _row(session, register)


def _lock(
    session: Session, actor: Actor, register: SignedRegister, deliveries: Sequence[ServiceDelivery]
) -> None:
    for delivery in deliveries:
        session.add(SignedRegisterItem(register_id=register.id, delivery_id=delivery.id))
        if not delivery.locked:
            delivery.locked = True
            delivery.updated_by = actor.username
    session.flush()


# --------------------------------------------------------------------------- session registers


def _register_document(
    session: Session, register: Register, letterhead: Letterhead
) -> RegisterDocument:
    sitting = _sitting(session, register.session.id)
    edition = _edition(session, sitting.edition_id)
    row = register.session
    return RegisterDocument(
        session_id=sitting.id,
        session_uuid=sitting.uuid,
        edition_id=edition.id,
        edition_uuid=edition.uuid,
        edition_code=edition.code,
        town=edition.town,
        course_code=register.course_code,
        course_title=register.course_title,
        service_type=register.service_type,
        day=row.day,
        start=row.start,
        end=row.end,
        place=row.place,
        operator=row.operator,
        operator_name=row.operator_name,
        lines=register.lines,
        signed=_signature(session, _active(session, _session_scope(sitting))),
        letterhead=letterhead,
    )


def session_register_document(db: Database, actor: Actor, session_id: int) -> RegisterDocument:
    """A course session's attendance register to print: course, edition, day, times, place,
    operator and everyone enrolled by that day with what was recorded (nothing yet for a session
    still to come: a blank register to sign in class), and whether it is signed."""
    require(actor, PRINTERS, "stampare i registri presenze")
    register = attendance_register(db, actor, session_id)
    letterhead = get_letterhead(db, actor)
    with db.transaction(write=False) as session:
        return _register_document(session, register, letterhead)


def edition_register_documents(
    db: Database, actor: Actor, edition: int | str
) -> list[RegisterDocument]:
    """The attendance registers of every session of an edition (id or code), in date order.
    ValidationError when the edition does not exist or has no sessions yet."""
    require(actor, PRINTERS, "stampare i registri presenze")
    with db.transaction(write=False) as session:
        found = _edition(session, edition)
        code = found.code
        ids = list(
            session.scalars(
                select(EditionSession.id)
                .where(EditionSession.edition_id == found.id)
                .order_by(EditionSession.date, EditionSession.start_time, EditionSession.id)
            )
        )
    if not ids:
        raise ValidationError(
            "edition",
            f"l'edizione {code} non ha ancora incontri in calendario: non c'è registro da "
            "stampare.",
            label="Edizione",
        )
    letterhead = get_letterhead(db, actor)
    registers = [attendance_register(db, actor, session_id) for session_id in ids]
    with db.transaction(write=False) as session:
        return [_register_document(session, register, letterhead) for register in registers]


def sign_session_register(
    db: Database, actor: Actor, session_id: int, *, signed_on: date | str | None = None
) -> RegisterRow:
    """Mark a course session's attendance register as signed on paper and lock the group hours
    it gave (the deliveries linked to the session).

    ConflictError when the register has not been taken yet (nothing to sign) or is already
    signed. `signed_on` (default today) is neither in the future nor before the session.
    """
    require(actor, SIGNERS, "segnare come firmati i registri presenze")
    with db.transaction() as session:
        sitting = _sitting(session, session_id)
        edition = _edition(session, sitting.edition_id)
        when = f"{sitting.date:%d/%m/%Y}"
        existing = _active(session, _session_scope(sitting))
        if existing is not None:
            raise ConflictError(
                f"Il registro presenze dell'incontro del {when} ({edition.code}) è già firmato "
                f"(segnato il {existing.signed_on:%d/%m/%Y} da {existing.signed_by})."
            )
        recorded = session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.session_id == sitting.id)
        )
        if not recorded:
            raise ConflictError(
                f"Il registro presenze dell'incontro del {when} ({edition.code}) non è ancora "
                "compilato: non c'è nulla da firmare."
            )
        day = _signed_on(signed_on, sitting.date)
        deliveries = list(
            session.scalars(
                select(ServiceDelivery).where(ServiceDelivery.edition_session_id == sitting.id)
            )
        )
        register = SignedRegister(
            kind=ATTENDANCE,
            scope=_session_scope(sitting),
            edition_session_id=sitting.id,
            signed_on=day,
            signed_by=actor.username,
            reprints=0,
            created_by=actor.username,
            updated_by=actor.username,
        )
        session.add(register)
        session.flush()
        _lock(session, actor, register, deliveries)
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "signed_register",
            register.uuid,
            f"attendance {edition.code} session {sitting.id} {sitting.date.isoformat()} "
            f"deliveries={len(deliveries)}",
        )
        return _row(session, register)


def is_session_signed(session: Session, session_id: int) -> bool:
    """Whether a course session's register is signed (for the services that change it)."""
    return (
        session.scalar(
            select(SignedRegister.id).where(
                SignedRegister.edition_session_id == session_id,
                SignedRegister.unlocked_at.is_(None),
            )
        )
        is not None
    )


def signed_timesheet_for(
    session: Session, participant_id: int, day: date, service: ServiceType
) -> SignedRegister | None:
    """The active signed timesheet that a new delivery of that day and service would fall in,
    if any (for the services that record hours)."""
    month = day.replace(day=1)
    return session.scalar(
        select(SignedRegister).where(
            SignedRegister.kind == TIMESHEET,
            SignedRegister.participant_id == participant_id,
            SignedRegister.month == month,
            SignedRegister.unlocked_at.is_(None),
            (SignedRegister.service_type.is_(None)) | (SignedRegister.service_type == service),
        )
    )


# --------------------------------------------------------------------------- unlocking


def unlock_register(db: Database, actor: Actor, register_id: int, reason: str) -> RegisterRow:
    """Unlock a signed register (coordinators and administrators only), with a reason that is
    kept on it. Its deliveries can change again, except those another active register still
    covers; the register stays as history and can be signed again."""
    require(actor, UNLOCKERS, "sbloccare i registri firmati")
    why = " ".join((reason or "").split())
    if len(why) < 5:
        raise ValidationError(
            "reason",
            "scrivete perché si sblocca il registro (almeno qualche parola): resta agli atti.",
            label="Motivo",
        )
    if len(why) > 300:
        raise ValidationError("reason", "è troppo lungo (massimo 300 caratteri).", label="Motivo")
    with db.transaction() as session:
        register = session.get(SignedRegister, register_id)
        if register is None:
            raise ValidationError("register", "il registro non esiste.", label="Registro")
        if register.unlocked_at is not None:
            raise ConflictError(
                f"Questo registro è già stato sbloccato il {register.unlocked_at:%d/%m/%Y} da "
                f"{register.unlocked_by}."
            )
        register.unlocked_at = utcnow()
        register.unlocked_by = actor.username
        register.unlock_reason = why
        register.updated_by = actor.username
        session.flush()
        mine = select(SignedRegisterItem.delivery_id).where(
            SignedRegisterItem.register_id == register.id
        )
        still = set(
            session.scalars(
                select(SignedRegisterItem.delivery_id)
                .join(SignedRegister, SignedRegister.id == SignedRegisterItem.register_id)
                .where(
                    SignedRegister.unlocked_at.is_(None),
                    SignedRegisterItem.delivery_id.in_(mine),
                )
            )
        )
        released = 0
        for delivery in session.scalars(
            select(ServiceDelivery).where(ServiceDelivery.id.in_(mine))
        ):
            if delivery.id not in still and delivery.locked:
                delivery.locked = False
                delivery.updated_by = actor.username
                released += 1
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "signed_register",
            register.uuid,
            f"unlock {register.kind} register {register.id}: released={released} "
            f"still_locked={len(still)} (reason kept on the register)",
        )
        return _row(session, register)


# --------------------------------------------------------------------------- lists


def _rows(session: Session, query: Select[tuple[SignedRegister]]) -> list[RegisterRow]:
    counts = (
        select(SignedRegisterItem.register_id, func.count().label("n"))
        .group_by(SignedRegisterItem.register_id)
        .subquery()
    )
    stmt = (
        query.add_columns(
            Participant.internal_code,
            Participant.last_name,
            Participant.first_name,
            EditionSession.date,
            CourseEdition.id,
            CourseEdition.code,
            Course.title,
            counts.c.n,
        )
        .outerjoin(Participant, Participant.id == SignedRegister.participant_id)
        .outerjoin(EditionSession, EditionSession.id == SignedRegister.edition_session_id)
        .outerjoin(CourseEdition, CourseEdition.id == EditionSession.edition_id)
        .outerjoin(Course, Course.id == CourseEdition.course_id)
        .outerjoin(counts, counts.c.register_id == SignedRegister.id)
    )
    out = []
    for reg, code, last, first, day, edition_id, edition_code, title, n in session.execute(stmt):
        out.append(
            RegisterRow(
                id=reg.id,
                uuid=reg.uuid,
                kind=reg.kind,
                signed_on=reg.signed_on,
                signed_by=reg.signed_by,
                reprints=reg.reprints,
                deliveries=int(n or 0),
                participant_id=reg.participant_id,
                participant_code=code,
                participant_name=f"{last} {first}" if last is not None else None,
                month=reg.month,
                service_type=reg.service_type,
                session_id=reg.edition_session_id,
                session_day=day,
                edition_id=edition_id,
                edition_code=edition_code,
                course_title=title,
                unlocked_at=reg.unlocked_at,
                unlocked_by=reg.unlocked_by,
                unlock_reason=reg.unlock_reason,
            )
        )
    return out


def _row(session: Session, register: SignedRegister) -> RegisterRow:
    return _rows(session, select(SignedRegister).where(SignedRegister.id == register.id))[0]


def list_registers(
    db: Database,
    actor: Actor,
    *,
    participant: str | int | None = None,
    month: str | date | None = None,
    edition: int | str | None = None,
    session_id: int | None = None,
    kind: str | None = None,
    active_only: bool = False,
    limit: int = 500,
) -> list[RegisterRow]:
    """Signed registers, newest signing first, with their unlock history: of a participant
    (timesheets), of a month, of an edition or one session (attendance registers), of one kind
    ("timesheet" | "attendance"); `active_only` leaves out the unlocked ones."""
    require(actor, PRINTERS, "consultare i registri firmati")
    query = select(SignedRegister).order_by(
        SignedRegister.signed_on.desc(), SignedRegister.id.desc()
    )
    if kind is not None:
        if kind not in (TIMESHEET, ATTENDANCE):
            raise ValidationError("kind", f"«{kind}» non è un tipo di registro.", label="Tipo")
        query = query.where(SignedRegister.kind == kind)
    if month is not None:
        query = query.where(SignedRegister.month == parse_month(month))
    if session_id is not None:
        query = query.where(SignedRegister.edition_session_id == session_id)
    if active_only:
        query = query.where(SignedRegister.unlocked_at.is_(None))
    caseload = participant_scope_clause(actor, Level.RECORD)
    if caseload is not None:
        # A tutor sees the timesheets of their caseload, and every course register.
        query = query.where(
            SignedRegister.participant_id.is_(None)
            | SignedRegister.participant_id.in_(
                select(Participant.id).where(caseload).correlate(None)
            )
        )
    with db.transaction(write=False) as session:
        if participant is not None:
            person = _person(session, participant)
            require_participant(session, actor, person.id, "consultare i registri firmati")
            query = query.where(SignedRegister.participant_id == person.id)
        if edition is not None:
            found = _edition(session, edition)
            query = query.where(
                SignedRegister.edition_session_id.in_(
                    select(EditionSession.id).where(EditionSession.edition_id == found.id)
                )
            )
        return _rows(session, query.limit(max(1, min(int(limit), 5_000))))


# --------------------------------------------------------------------------- printing


Document = TimesheetDocument | RegisterDocument


def _scope_of(session: Session, document: Document) -> str | None:
    if isinstance(document, TimesheetDocument):
        person = session.get(Participant, document.participant_id)
        return _timesheet_scope(person, document.month, document.service_type) if person else None
    sitting = session.get(EditionSession, document.session_id)
    return _session_scope(sitting) if sitting else None


def count_prints(
    db: Database,
    actor: Actor,
    documents: Sequence[Document],
    *,
    entity: str,
    entity_uuid: str | None,
    summary: str,
    produce: Callable[[dict[int, int]], tuple[T, int]],
) -> T:
    """One print of documents, in one transaction: every signed register among them counts a
    reprint (its number is the count after this print), an EXPORT audit event names each reprint
    number, and one more the whole print (`entity`, `entity_uuid`, `summary`: kinds and ids, no
    personal data). `produce(reprint number by register id)` draws and writes the output and
    returns (its result, pages); if it fails, nothing is counted.

    A register signed or unlocked since the documents were read refuses the print
    (ConflictError): print again to get what is signed now. The same people as the documents:
    tutors (a timesheet of their caseload) and staff.
    """
    require(actor, PRINTERS, "stampare i registri")
    with db.transaction() as session:
        numbers: dict[int, int] = {}
        for document in documents:
            if isinstance(document, TimesheetDocument):
                require_participant(session, actor, document.participant_id, "stampare i fogli ore")
            scope = _scope_of(session, document)
            register = None
            if scope is not None:
                register = session.scalar(
                    select(SignedRegister)
                    .where(SignedRegister.scope == scope, SignedRegister.unlocked_at.is_(None))
                    .with_for_update()
                )
            now = register.id if register is not None else None
            was = document.signed.register_id if document.signed is not None else None
            if now != was:
                raise ConflictError(
                    "Il registro è stato firmato o sbloccato mentre si preparava la stampa: "
                    "stampate di nuovo."
                )
            if register is not None and register.id not in numbers:
                register.reprints += 1
                register.updated_by = actor.username
                numbers[register.id] = register.reprints
        session.flush()
        result, pages = produce(numbers)
        for document in documents:
            if document.signed is not None:
                audit.record(
                    session,
                    actor,
                    AuditAction.EXPORT,
                    "signed_register",
                    document.signed.register_uuid,
                    f"reprint n. {numbers[document.signed.register_id]} of signed register "
                    f"{document.signed.register_id} ({summary})",
                )
        audit.record(
            session,
            actor,
            AuditAction.EXPORT,
            entity,
            entity_uuid,
            f"{summary} pdf pages={pages}"
            + (f" reprints={','.join(str(n) for n in numbers.values())}" if numbers else ""),
        )
        return result


def with_reprint(info: SignatureInfo | None, numbers: dict[int, int]) -> SignatureInfo | None:
    """The signature as this print shows it: its reprints count including this print."""
    if info is None or info.register_id not in numbers:
        return info
    return replace(info, reprints=numbers[info.register_id])
