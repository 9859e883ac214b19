"""Booking, free slots and the appointment lifecycle: one transaction per action.

Every write loads the booking context (desk calendar, operator hours, the active appointments it
could clash with) inside the same write transaction that inserts, and applies the rules of
models/booking.py to it. On SQLite that transaction takes the write lock when it begins (BEGIN
IMMEDIATE), so two processes booking the same slot at the same moment are serialised: the second
sees the first one's appointment and gets a ConflictError.

Who may (issue 8): every role books, moves and updates appointments, with no caseload check: a
booking names the person by the exact codice fiscale or internal code, which is how an operator
books a returning person who is not (yet) at their desks. A person restricted after an erasure
request, or anonymised, gets no new appointment, series or move (`refuse_if_restricted`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select

from models.booking import (
    MOVABLE,
    NEEDS_REASON,
    TRANSITIONS,
    BookingContext,
    Busy,
    DeskCalendar,
    check_booking,
    free_slots,
)
from models.entities import Appointment, Desk, DeskClosure, OperatorAvailability, Participant, User
from models.enums import (
    ACTIVE_APPOINTMENT_STATUSES,
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AuditAction,
)
from models.errors import ConflictError, ValidationError
from models.labels import APPOINTMENT_STATUS
from models.rows import Actor, AppointmentRow
from storage import audit
from storage.engine import Database
from storage.services.agenda import get_appointment
from storage.services.common import EVERYONE, author_fields, require
from storage.services.lookup import participant_by_code
from storage.services.retention import refuse_if_restricted

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import InstrumentedAttribute, Session

T = TypeVar("T")

DEFAULT_SLOT_DAYS = 60


@dataclass(frozen=True)
class BookingInput:
    participant: str  # codice fiscale or internal code (P-…)
    operator: str  # username
    desk: str  # desk code
    start: datetime
    minutes: int
    kind: AppointmentKind = AppointmentKind.MONITORING
    mode: AppointmentMode = AppointmentMode.IN_PERSON
    note: str | None = None


@dataclass(frozen=True)
class Booked:
    row: AppointmentRow
    # True when the start was already past: the appointment is recorded as done, not booked.
    recorded: bool


@dataclass(frozen=True)
class SeriesResult:
    series_uuid: str
    booked: list[AppointmentRow]
    # Occurrences left out because they clashed (only with skip_conflicts), with the reason.
    skipped: list[tuple[datetime, str]]


MAX_OCCURRENCES = 60
FREQUENCIES = {"weekly": 1, "biweekly": 2}


@dataclass(frozen=True)
class SlotRow:
    start: datetime
    minutes: int
    desk_code: str
    operator: str
    operator_name: str


# --------------------------------------------------------------------------- loading the context


def _locked(query: Select[tuple[T]], lock: bool) -> Select[tuple[T]]:
    """On PostgreSQL a booking locks its desk, operator and participant rows (in that order) so
    that concurrent bookings touching any of them wait for each other; SQLite already holds the
    database write lock from the start of the transaction and ignores FOR UPDATE."""
    return query.with_for_update() if lock else query


def _desk(session: Session, code: str, *, lock: bool = False) -> Desk:
    wanted = (code or "").strip().upper()
    if not wanted:
        raise ValidationError("desk", "indicate lo sportello.", label="Sportello")
    desk = session.scalar(_locked(select(Desk).where(Desk.code == wanted), lock))
    if desk is None:
        raise ValidationError("desk", f"lo sportello «{wanted}» non esiste.", label="Sportello")
    if not desk.active:
        raise ValidationError("desk", f"lo sportello {wanted} è disattivato.", label="Sportello")
    return desk


def _operator(session: Session, username: str, *, lock: bool = False) -> User:
    wanted = (username or "").strip().lower()
    if not wanted:
        raise ValidationError("operator", "indicate l'operatore.", label="Operatore")
    user = session.scalar(_locked(select(User).where(User.username == wanted), lock))
    if user is None:
        raise ValidationError("operator", f"l'utente «{wanted}» non esiste.", label="Operatore")
    if not user.active:
        raise ValidationError("operator", f"l'utente {wanted} è disattivato.", label="Operatore")
    return user


def _participant(session: Session, key: str, *, lock: bool = False) -> Participant:
    return participant_by_code(session, key, lock=lock)


def _require_notice(session: Session, person: Participant, *, series: bool = False) -> None:
    """Without a signed privacy notice only the first appointment can be recorded (DOMAIN.md)."""
    from storage.services.intake import has_valid_consent

    if has_valid_consent(session, person.id):
        return
    earlier = session.scalar(
        select(Appointment.id).where(
            Appointment.participant_id == person.id,
            # A moved appointment lives on in its new one; cancelled ones do not count.
            Appointment.status.not_in(
                [
                    AppointmentStatus.CANCELLED_PARTICIPANT,
                    AppointmentStatus.CANCELLED_SERVICE,
                    AppointmentStatus.RESCHEDULED,
                ]
            ),
        )
    )
    if series or earlier is not None:
        raise ConflictError(
            f"{person.last_name} {person.first_name} non ha un'informativa privacy firmata: "
            "senza, si registrano solo l'anagrafica e il primo appuntamento. Fate firmare "
            "l'informativa (scheda della persona, Consensi) e poi prenotate."
        )


def _calendar(session: Session, desk: Desk, first: date, last: date) -> DeskCalendar:
    opening: dict[int, list[tuple[time, time]]] = {}
    for hours in desk.opening_hours:
        opening.setdefault(hours.weekday, []).append((hours.start_time, hours.end_time))
    closures = session.execute(
        select(DeskClosure.start_date, DeskClosure.end_date, DeskClosure.reason).where(
            DeskClosure.desk_id == desk.id,
            DeskClosure.end_date >= first,
            DeskClosure.start_date <= last,
        )
    ).all()
    return DeskCalendar(
        code=desk.code,
        name=desk.name,
        province=desk.province,
        rooms=desk.rooms,
        opening={day: tuple(sorted(v)) for day, v in opening.items()},
        closures=tuple((a, b, r) for a, b, r in closures),
        patron_day=desk.patron_day,
        patron_name=desk.patron_name,
    )


def _operator_hours(
    session: Session, user: User, desk: Desk
) -> dict[int, tuple[tuple[time, time], ...]] | None:
    rows = session.execute(
        select(
            OperatorAvailability.desk_id,
            OperatorAvailability.weekday,
            OperatorAvailability.start_time,
            OperatorAvailability.end_time,
        ).where(OperatorAvailability.user_id == user.id)
    ).all()
    if not rows:
        return None
    hours: dict[int, list[tuple[time, time]]] = {}
    for desk_id, weekday, start, end in rows:
        if desk_id == desk.id:
            hours.setdefault(weekday, []).append((start, end))
    return {day: tuple(sorted(v)) for day, v in hours.items()}


def _busy(
    session: Session,
    column: InstrumentedAttribute[int],
    value: int,
    first: datetime,
    last: datetime,
    *,
    exclude: int | None = None,
    name_operator: bool = False,
) -> list[Busy]:
    """Active appointments by operator, participant or desk that start in [first - 8 h, last).

    Each is labelled with the other party: the participant for an operator's or a desk's
    appointments, the operator for a participant's.
    """
    query = (
        select(
            Appointment.id,
            Appointment.start,
            Appointment.minutes,
            Appointment.mode,
            Participant.last_name,
            Participant.first_name,
            User.full_name,
        )
        .join(Participant, Participant.id == Appointment.participant_id)
        .join(User, User.id == Appointment.operator_id)
        .where(
            column == value,
            Appointment.status.in_(ACTIVE_APPOINTMENT_STATUSES),
            Appointment.start >= first - timedelta(hours=8),
            Appointment.start < last,
        )
        .order_by(Appointment.start)
    )
    if exclude is not None:
        query = query.where(Appointment.id != exclude)
    busy = []
    for appointment_id, start, minutes, mode, last_name, first_name, operator in session.execute(
        query
    ):
        other = f"con {operator}" if name_operator else f"con {last_name} {first_name}"
        busy.append(
            Busy(
                start=start,
                minutes=minutes,
                label=f"l'appuntamento n. {appointment_id} {other}",
                in_person=mode == AppointmentMode.IN_PERSON,
                appointment_id=appointment_id,
            )
        )
    return busy


def _context(
    session: Session,
    desk: Desk,
    user: User,
    person: Participant | None,
    first: datetime,
    last: datetime,
    *,
    exclude: int | None = None,
) -> BookingContext:
    return BookingContext(
        desk=_calendar(session, desk, first.date(), last.date()),
        operator_label=f"{user.full_name} ({user.username})",
        operator_hours=_operator_hours(session, user, desk),
        operator_busy=_busy(
            session, Appointment.operator_id, user.id, first, last, exclude=exclude
        ),
        participant_label=f"{person.last_name} {person.first_name}" if person else "",
        participant_busy=(
            _busy(
                session,
                Appointment.participant_id,
                person.id,
                first,
                last,
                exclude=exclude,
                name_operator=True,
            )
            if person
            else []
        ),
        desk_busy=_busy(session, Appointment.desk_id, desk.id, first, last, exclude=exclude),
    )


# --------------------------------------------------------------------------- actions


def book_appointment(
    db: Database, actor: Actor, data: BookingInput, *, now: datetime | None = None
) -> Booked:
    """Book (or, when the start is past, record) one appointment after checking every rule."""
    require(actor, EVERYONE, "prenotare appuntamenti")
    if not isinstance(data.start, datetime):
        raise ValidationError("start", "data e ora non valide.", label="Inizio")
    now = now or datetime.now()
    recorded = data.start < now
    with db.transaction() as session:
        desk = _desk(session, data.desk, lock=True)
        user = _operator(session, data.operator, lock=True)
        person = _participant(session, data.participant, lock=True)
        refuse_if_restricted(person, "prenotarle appuntamenti")
        _require_notice(session, person)
        day_start = datetime.combine(data.start.date(), time.min)
        ctx = _context(session, desk, user, person, day_start, day_start + timedelta(days=1))
        check_booking(
            ctx, data.start, data.minutes, in_person=data.mode == AppointmentMode.IN_PERSON
        )
        appointment = Appointment(
            desk_id=desk.id,
            operator_id=user.id,
            participant_id=person.id,
            kind=data.kind,
            mode=data.mode,
            status=AppointmentStatus.DONE if recorded else AppointmentStatus.BOOKED,
            start=data.start,
            minutes=data.minutes,
            note=(data.note or "").strip() or None,
            **author_fields(actor),
        )
        session.add(appointment)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "appointment",
            appointment.uuid,
            f"desk={desk.code} kind={data.kind.value}" + (" recorded" if recorded else ""),
        )
        appointment_id = appointment.id
    return Booked(get_appointment(db, actor, appointment_id), recorded)


def find_slots(
    db: Database,
    actor: Actor,
    *,
    desk: str,
    operator: str | None,
    minutes: int,
    after: datetime,
    count: int = 10,
    days: int = DEFAULT_SLOT_DAYS,
    participant: str | None = None,
    moving: int | None = None,
) -> list[SlotRow]:
    """The next `count` free starts at a desk, for one operator or any operator of the desk.

    `moving` is the appointment being moved: its own time does not count as busy.
    """
    require(actor, EVERYONE, "cercare posti liberi")
    if isinstance(count, bool) or not 1 <= count <= 500:
        raise ValidationError("count", "deve essere tra 1 e 500.", label="Quanti")
    last = datetime.combine(after.date() + timedelta(days=days + 1), time.min)
    with db.transaction(write=False) as session:
        the_desk = _desk(session, desk)
        if operator:
            users = [_operator(session, operator)]
        else:
            users = list(
                session.scalars(
                    select(User)
                    .join(OperatorAvailability, OperatorAvailability.user_id == User.id)
                    .where(OperatorAvailability.desk_id == the_desk.id, User.active)
                    .distinct()
                    .order_by(User.username)
                )
            )
            if not users:
                raise ValidationError(
                    "operator",
                    f"nessun operatore ha orari allo sportello {the_desk.code}: indicatene uno.",
                    label="Operatore",
                )
        person = _participant(session, participant) if participant else None
        found: list[SlotRow] = []
        for user in users:
            ctx = _context(session, the_desk, user, person, after, last, exclude=moving)
            for index, start in enumerate(free_slots(ctx, minutes, after=after, days=days)):
                if index >= count:
                    break
                found.append(SlotRow(start, minutes, the_desk.code, user.username, user.full_name))
    found.sort(key=lambda s: (s.start, s.operator))
    return found[:count]


def set_status(
    db: Database,
    actor: Actor,
    appointment_id: int,
    status: AppointmentStatus,
    *,
    reason: str | None = None,
) -> AppointmentRow:
    """Confirm, mark done or no-show, or cancel (with a reason) an appointment."""
    require(actor, EVERYONE, "aggiornare gli appuntamenti")
    reason = (reason or "").strip() or None
    if status in NEEDS_REASON and not reason:
        raise ValidationError("reason", "indicate il motivo dell'annullamento.", label="Motivo")
    with db.transaction() as session:
        appointment = session.get(Appointment, appointment_id)
        if appointment is None:
            raise ValidationError(
                "appointment",
                f"l'appuntamento n. {appointment_id} non esiste.",
                label="Appuntamento",
            )
        if status not in TRANSITIONS.get(appointment.status, frozenset()):
            raise ConflictError(
                f"L'appuntamento n. {appointment_id} è «{APPOINTMENT_STATUS[appointment.status]}»:"
                f" non può diventare «{APPOINTMENT_STATUS[status]}»."
            )
        before = appointment.status
        appointment.status = status
        appointment.cancel_reason = reason if status in NEEDS_REASON else None
        appointment.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "appointment",
            appointment.uuid,
            f"status {before.value} -> {status.value}",
        )
    return get_appointment(db, actor, appointment_id)


def reschedule(
    db: Database,
    actor: Actor,
    appointment_id: int,
    start: datetime,
    *,
    minutes: int | None = None,
    operator: str | None = None,
    now: datetime | None = None,
) -> AppointmentRow:
    """Move an appointment: the old one becomes «rescheduled», a new one links back to it."""
    require(actor, EVERYONE, "spostare appuntamenti")
    now = now or datetime.now()
    if start < now:
        raise ValidationError("start", "non si sposta un appuntamento nel passato.", label="Inizio")
    with db.transaction() as session:
        old = session.get(Appointment, appointment_id)
        if old is None:
            raise ValidationError(
                "appointment",
                f"l'appuntamento n. {appointment_id} non esiste.",
                label="Appuntamento",
            )
        if old.status not in MOVABLE:
            raise ConflictError(
                f"L'appuntamento n. {appointment_id} è «{APPOINTMENT_STATUS[old.status]}»: si "
                "spostano solo quelli prenotati o confermati."
            )
        desk = session.get(Desk, old.desk_id, with_for_update=True)
        user = (
            _operator(session, operator, lock=True)
            if operator
            else session.get(User, old.operator_id, with_for_update=True)
        )
        person = session.get(Participant, old.participant_id, with_for_update=True)
        assert desk is not None and user is not None and person is not None
        refuse_if_restricted(person, "spostarle appuntamenti")
        length = minutes if minutes is not None else old.minutes
        day_start = datetime.combine(start.date(), time.min)
        ctx = _context(
            session, desk, user, person, day_start, day_start + timedelta(days=1), exclude=old.id
        )
        check_booking(ctx, start, length, in_person=old.mode == AppointmentMode.IN_PERSON)
        old.status = AppointmentStatus.RESCHEDULED
        old.updated_by = actor.username
        new = Appointment(
            desk_id=desk.id,
            operator_id=user.id,
            participant_id=person.id,
            kind=old.kind,
            mode=old.mode,
            status=AppointmentStatus.BOOKED,
            start=start,
            minutes=length,
            note=old.note,
            rescheduled_from_id=old.id,
            series_uuid=old.series_uuid,
            **author_fields(actor),
        )
        session.add(new)
        session.flush()
        audit.record(
            session, actor, AuditAction.UPDATE, "appointment", old.uuid, "status -> rescheduled"
        )
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "appointment",
            new.uuid,
            f"rescheduled from {old.id}",
        )
        new_id = new.id
    return get_appointment(db, actor, new_id)


def series_starts(
    first: datetime, frequency: str, *, times: int | None = None, until: date | None = None
) -> list[datetime]:
    """The starts of a weekly or fortnightly series, N times or until a date (dateutil rrule)."""
    from dateutil.rrule import WEEKLY, rrule

    if frequency not in FREQUENCIES:
        raise ValidationError(
            "repeat", f"«{frequency}» non è una frequenza (weekly, biweekly).", label="Ripetizione"
        )
    if (times is None) == (until is None):
        raise ValidationError(
            "times", "indicate quante volte oppure fino a quando.", label="Ripetizioni"
        )
    if times is not None and not 2 <= times <= MAX_OCCURRENCES:
        raise ValidationError(
            "times", f"deve essere tra 2 e {MAX_OCCURRENCES}.", label="Ripetizioni"
        )
    if until is not None and until < first.date():
        raise ValidationError("until", "è prima del primo appuntamento.", label="Fino al")
    rule = rrule(
        WEEKLY,
        interval=FREQUENCIES[frequency],
        dtstart=first,
        count=times,
        until=datetime.combine(until, time.max) if until else None,
    )
    starts = list(rule[: MAX_OCCURRENCES + 1])
    if len(starts) > MAX_OCCURRENCES:
        raise ValidationError(
            "until", f"la serie supera {MAX_OCCURRENCES} appuntamenti.", label="Fino al"
        )
    return starts


def book_series(
    db: Database,
    actor: Actor,
    data: BookingInput,
    *,
    frequency: str,
    times: int | None = None,
    until: date | None = None,
    skip_conflicts: bool = False,
    now: datetime | None = None,
) -> SeriesResult:
    """Book a recurring series in one transaction; every occurrence is checked first.

    A clash on any occurrence refuses the whole series with the list of clashes, unless
    `skip_conflicts`, which books the others and reports the skipped ones.
    """
    import uuid as uuidlib

    from models.booking import conflicts

    require(actor, EVERYONE, "prenotare appuntamenti")
    starts = series_starts(data.start, frequency, times=times, until=until)
    now = now or datetime.now()
    if starts[0] < now:
        raise ValidationError("start", "una serie non può cominciare nel passato.", label="Inizio")
    series = str(uuidlib.uuid4())
    ids: list[int] = []
    skipped: list[tuple[datetime, str]] = []
    in_person = data.mode == AppointmentMode.IN_PERSON
    with db.transaction() as session:
        desk = _desk(session, data.desk, lock=True)
        user = _operator(session, data.operator, lock=True)
        person = _participant(session, data.participant, lock=True)
        refuse_if_restricted(person, "prenotarle appuntamenti")
        _require_notice(session, person, series=True)
        from models.booking import check_duration

        check_duration(data.minutes)
        for start in starts:
            day_start = datetime.combine(start.date(), time.min)
            ctx = _context(session, desk, user, person, day_start, day_start + timedelta(days=1))
            reasons = conflicts(ctx, start, data.minutes, in_person=in_person)
            if reasons:
                skipped.append((start, "; ".join(reasons)))
                continue
            appointment = Appointment(
                desk_id=desk.id,
                operator_id=user.id,
                participant_id=person.id,
                kind=data.kind,
                mode=data.mode,
                status=AppointmentStatus.BOOKED,
                start=start,
                minutes=data.minutes,
                note=(data.note or "").strip() or None,
                series_uuid=series,
                **author_fields(actor),
            )
            session.add(appointment)
            session.flush()
            ids.append(appointment.id)
        if skipped and not skip_conflicts:
            listed = "; ".join(f"{s:%d/%m/%Y %H:%M}: {why}" for s, why in skipped)
            verb = "non si può" if len(skipped) == 1 else "non si possono"
            raise ConflictError(
                f"La serie non è stata prenotata: {len(skipped)} dei {len(starts)} appuntamenti "
                f"{verb} prenotare. {listed}. Scegliete un altro orario o saltate le date "
                "occupate."
            )
        if not ids:
            raise ConflictError("Nessun appuntamento della serie è libero.")
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "appointment_series",
            series,
            f"desk={desk.code} {frequency} booked={len(ids)} skipped={len(skipped)}",
        )
    return SeriesResult(series, [get_appointment(db, actor, i) for i in ids], skipped)


def cancel_following(
    db: Database,
    actor: Actor,
    appointment_id: int,
    status: AppointmentStatus,
    *,
    reason: str,
) -> list[int]:
    """Cancel this occurrence of a series and every later one still booked or confirmed."""
    require(actor, EVERYONE, "aggiornare gli appuntamenti")
    if status not in NEEDS_REASON:
        raise ValidationError("status", "si possono solo annullare.", label="Stato")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", "indicate il motivo dell'annullamento.", label="Motivo")
    with db.transaction() as session:
        first = session.get(Appointment, appointment_id)
        if first is None:
            raise ValidationError(
                "appointment",
                f"l'appuntamento n. {appointment_id} non esiste.",
                label="Appuntamento",
            )
        if first.series_uuid is None:
            raise ValidationError(
                "appointment",
                f"l'appuntamento n. {appointment_id} non fa parte di una serie.",
                label="Appuntamento",
            )
        following = session.scalars(
            select(Appointment).where(
                Appointment.series_uuid == first.series_uuid,
                Appointment.start >= first.start,
                Appointment.status.in_([AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED]),
            )
        ).all()
        for appointment in following:
            appointment.status = status
            appointment.cancel_reason = reason
            appointment.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "appointment_series",
            first.series_uuid,
            f"cancelled {len(following)} from {first.id}",
        )
        return sorted(a.id for a in following)
