"""The tutor's daily work: service hours against the plan and the programme's caps, and notes.

A delivery that would pass the programme's cap for its service type is refused with a message
that says by how much, unless a coordinator or administrator overrides it with a reason, which is
kept. Notes record every meeting; editing one keeps the previous text with who and when; a
confidential note is visible only to its author and to coordinators and administrators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from models.entities import (
    Participant,
    Pathway,
    ServiceCap,
    ServiceDelivery,
    TutoringNote,
    TutoringNoteVersion,
    User,
)
from models.enums import (
    AuditAction,
    Counterpart,
    DeliveryMode,
    MeetingMode,
    PathwayStatus,
    Role,
    ServiceType,
)
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.labels import SERVICE_LABELS
from models.rows import Actor
from models.validation import optional, parse_date
from storage import audit
from storage.engine import Database
from storage.services.common import EVERYONE, author_fields, require
from storage.services.lookup import is_participant, participant_by_code

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_MINUTES = 12 * 60
OVERRIDERS = frozenset({Role.COORDINATOR, Role.ADMIN})
OPEN_STATES = (PathwayStatus.OPEN, PathwayStatus.SUSPENDED)


def _minutes(start: time | None, end: time | None, minutes: int | None) -> int:
    if start is not None and end is not None:
        if end <= start:
            raise ValidationError("end", "la fine deve seguire l'inizio.", label="Fine")
        total = (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds // 60
    elif minutes is not None:
        total = int(minutes)
    else:
        raise ValidationError("minutes", "indicate la durata o inizio e fine.", label="Durata")
    if total <= 0:
        raise ValidationError("minutes", "deve essere di almeno un minuto.", label="Durata")
    if total > MAX_MINUTES:
        raise ValidationError("minutes", "più di 12 ore non è un incontro.", label="Durata")
    return total


def _hours_text(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    if rest == 0:
        return f"{hours} ore" if hours != 1 else "1 ora"
    return f"{hours} ore e {rest} minuti" if hours else f"{rest} minuti"


# --------------------------------------------------------------------------- deliveries


@dataclass
class DeliveryInput:
    pathway_id: int
    service_type: ServiceType | str
    day: date | str
    start: time | None = None
    end: time | None = None
    minutes: int | None = None
    mode: DeliveryMode = DeliveryMode.INDIVIDUAL
    operator: str | None = None  # username; default: who records it
    place: str | None = None
    note: str | None = None
    override_reason: str | None = None  # a coordinator's reason to pass the cap


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    pathway_id: int
    service_type: ServiceType
    day: date
    minutes: int
    operator: str | None
    cap_override_reason: str | None


def _open_pathway(session: Session, pathway_id: int) -> Pathway:
    pathway = session.get(Pathway, pathway_id)
    if pathway is None:
        raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
    if pathway.status not in OPEN_STATES:
        raise ValidationError(
            "pathway", "il percorso è chiuso: non si registrano altre ore.", label="Percorso"
        )
    return pathway


def _add_delivery(session: Session, actor: Actor, data: DeliveryInput) -> ServiceDelivery:
    try:
        kind = ServiceType(data.service_type)
    except ValueError:
        raise ValidationError(
            "service_type", f"«{data.service_type}» non è un servizio.", label="Servizio"
        ) from None
    day = parse_date(data.day, "day", "Giorno")
    if day is None:
        raise ValidationError("day", "indicate il giorno.", label="Giorno")
    if day > date.today():
        raise ValidationError("day", "è nel futuro: si registrano le ore svolte.", label="Giorno")
    minutes = _minutes(data.start, data.end, data.minutes)
    pathway = _open_pathway(session, data.pathway_id)
    if day < pathway.start_date:
        raise ValidationError(
            "day",
            f"è prima dell'inizio del percorso ({pathway.start_date:%d/%m/%Y}).",
            label="Giorno",
        )
    username = (data.operator or actor.username).strip().lower()
    operator = session.scalar(select(User).where(User.username == username))
    if data.operator and operator is None:
        raise ValidationError("operator", f"l'utente «{username}» non esiste.", label="Operatore")
    cap = session.scalar(
        select(ServiceCap.max_hours).where(
            ServiceCap.programme_id == pathway.programme_id, ServiceCap.service_type == kind
        )
    )
    reason = (data.override_reason or "").strip() or None
    if cap is not None:
        done = session.scalar(
            select(func.coalesce(func.sum(ServiceDelivery.minutes), 0)).where(
                ServiceDelivery.pathway_id == pathway.id, ServiceDelivery.service_type == kind
            )
        )
        over = int(done or 0) + minutes - int(cap * 60)
        if over > 0:
            if reason is None:
                raise ConflictError(
                    f"{SERVICE_LABELS[kind]}: con queste ore il percorso supera di "
                    f"{_hours_text(over)} il massimo del programma ({cap} ore). Un coordinatore "
                    "può registrarle lo stesso indicando il motivo."
                )
            if actor.role not in OVERRIDERS:
                raise PermissionDenied(
                    "Solo un coordinatore o un amministratore può superare il massimo di ore."
                )
    elif reason is not None:
        reason = None  # nothing to override
    delivery = ServiceDelivery(
        pathway_id=pathway.id,
        service_type=kind,
        mode=data.mode,
        date=day,
        start_time=data.start,
        end_time=data.end,
        minutes=minutes,
        operator_id=operator.id if operator else None,
        place=optional(data.place, "place", "Luogo", 200),
        note=(data.note or "").strip() or None,
        cap_override_reason=reason,
        **author_fields(actor),
    )
    session.add(delivery)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "service_delivery",
        pathway.uuid,
        f"{kind.value} {minutes} min" + (" cap override" if reason else ""),
    )
    return delivery


def record_delivery(db: Database, actor: Actor, data: DeliveryInput) -> DeliveryRow:
    """Record hours of service delivered in a pathway (what the funder pays for)."""
    require(actor, EVERYONE, "registrare le ore di servizio")
    with db.transaction() as session:
        delivery = _add_delivery(session, actor, data)
        return DeliveryRow(
            delivery.id,
            delivery.pathway_id,
            delivery.service_type,
            delivery.date,
            delivery.minutes,
            data.operator or actor.username,
            delivery.cap_override_reason,
        )


# --------------------------------------------------------------------------- notes


@dataclass
class NoteInput:
    participant: str  # codice fiscale or internal code
    day: date | str
    counterpart: Counterpart | str
    mode: MeetingMode | str
    text: str
    start: time | None = None
    end: time | None = None
    place: str | None = None
    next_steps: str | None = None
    next_step_due: date | str | None = None
    confidential: bool = False
    pathway_id: int | None = None
    # When set, the meeting also counts as hours of this service in the pathway.
    counts_as: ServiceType | str | None = None


@dataclass(frozen=True)
class NoteRow:
    id: int
    participant_code: str
    participant_name: str
    day: date
    counterpart: Counterpart
    mode: MeetingMode
    text: str
    next_steps: str | None
    next_step_due: date | None
    confidential: bool
    author: str
    delivery_id: int | None
    versions: int = 0


def _can_read(actor: Actor) -> object:
    """The SQL condition for notes this actor may read (confidential: author or coordinators)."""
    if actor.role in OVERRIDERS:
        return TutoringNote.id.is_not(None)
    return or_(TutoringNote.confidential.is_(False), User.username == actor.username)


def _note_values(data: NoteInput) -> dict[str, object]:
    text = (data.text or "").strip()
    if not text:
        raise ValidationError("text", "scrivete com'è andato l'incontro.", label="Testo")
    day = parse_date(data.day, "day", "Giorno")
    if day is None:
        raise ValidationError("day", "indicate il giorno.", label="Giorno")
    if data.start is not None and data.end is not None:
        _minutes(data.start, data.end, None)
    try:
        counterpart = Counterpart(data.counterpart)
    except ValueError:
        raise ValidationError("counterpart", "scegliete con chi.", label="Con chi") from None
    try:
        mode = MeetingMode(data.mode)
    except ValueError:
        raise ValidationError("mode", "scegliete la modalità.", label="Modalità") from None
    due = parse_date(data.next_step_due, "next_step_due", "Entro il")
    if due is not None and due < day:
        raise ValidationError("next_step_due", "è prima dell'incontro.", label="Entro il")
    return {
        "date": day,
        "start_time": data.start,
        "end_time": data.end,
        "counterpart": counterpart,
        "mode": mode,
        "place": optional(data.place, "place", "Luogo", 200),
        "text": text,
        "next_steps": (data.next_steps or "").strip() or None,
        "next_step_due": due,
        "confidential": bool(data.confidential),
    }


def add_note(db: Database, actor: Actor, data: NoteInput) -> int:
    """Record a meeting; with `counts_as` its time also goes to the pathway's hours."""
    require(actor, EVERYONE, "scrivere note di tutoraggio")
    values = _note_values(data)
    with db.transaction() as session:
        person = participant_by_code(session, data.participant)
        author = session.scalar(select(User).where(User.username == actor.username))
        if author is None:
            raise PermissionDenied("Le note le scrive un utente registrato (usate --as).")
        delivery_id = None
        if data.counts_as is not None:
            if data.pathway_id is None:
                raise ValidationError(
                    "pathway", "scegliete il percorso a cui contare le ore.", label="Percorso"
                )
            delivery = _add_delivery(
                session,
                actor,
                DeliveryInput(
                    data.pathway_id,
                    data.counts_as,
                    values["date"],  # type: ignore[arg-type]
                    start=data.start,
                    end=data.end,
                    place=data.place,
                ),
            )
            delivery_id = delivery.id
        note = TutoringNote(
            participant_id=person.id,
            pathway_id=data.pathway_id,
            author_id=author.id,
            delivery_id=delivery_id,
            **values,
            **author_fields(actor),
        )
        session.add(note)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "tutoring_note",
            person.uuid,
            "confidential" if note.confidential else "",
        )
        return note.id


def edit_note(db: Database, actor: Actor, note_id: int, data: NoteInput) -> None:
    """Change a note; the previous text stays as a version, with who replaced it and when."""
    require(actor, EVERYONE, "modificare note di tutoraggio")
    values = _note_values(data)
    with db.transaction() as session:
        row = session.execute(
            select(TutoringNote, User.username)
            .join(User, User.id == TutoringNote.author_id)
            .where(TutoringNote.id == note_id)
        ).first()
        if row is None:
            raise ValidationError("note", "la nota non esiste.", label="Nota")
        note, author = row
        if author != actor.username and actor.role not in OVERRIDERS:
            raise PermissionDenied("Una nota la modifica chi l'ha scritta o un coordinatore.")
        session.add(
            TutoringNoteVersion(
                note_id=note.id,
                text=note.text,
                next_steps=note.next_steps,
                edited_by=actor.username,
            )
        )
        for name, value in values.items():
            setattr(note, name, value)
        note.updated_by = actor.username
        person = session.get(Participant, note.participant_id)
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "tutoring_note",
            person.uuid if person else None,
            f"note {note.id}",
        )


def list_notes(
    db: Database,
    actor: Actor,
    *,
    participant: str | None = None,
    limit: int = 500,
    due_until: date | None = None,
) -> list[NoteRow]:
    """Notes newest first, only those this actor may read."""
    require(actor, EVERYONE, "leggere le note di tutoraggio")
    versions = (
        select(TutoringNoteVersion.note_id, func.count().label("n"))
        .group_by(TutoringNoteVersion.note_id)
        .subquery()
    )
    query = (
        select(TutoringNote, Participant, User.username, versions.c.n)
        .join(Participant, Participant.id == TutoringNote.participant_id)
        .join(User, User.id == TutoringNote.author_id)
        .outerjoin(versions, versions.c.note_id == TutoringNote.id)
        .where(_can_read(actor))  # type: ignore[arg-type]
        .order_by(TutoringNote.date.desc(), TutoringNote.id.desc())
        .limit(limit)
    )
    if due_until is not None:
        # The actor's own next steps due by then (overdue ones included), earliest first.
        query = (
            query.where(
                User.username == actor.username,
                TutoringNote.next_step_due.is_not(None),
                TutoringNote.next_step_due <= due_until,
            )
            .order_by(None)
            .order_by(TutoringNote.next_step_due, TutoringNote.id)
        )
    if participant:
        query = query.where(is_participant(participant))
    with db.transaction(write=False) as session:
        return [
            NoteRow(
                n.id,
                p.internal_code,
                f"{p.last_name} {p.first_name}",
                n.date,
                n.counterpart,
                n.mode,
                n.text,
                n.next_steps,
                n.next_step_due,
                n.confidential,
                author,
                n.delivery_id,
                int(count or 0),
            )
            for n, p, author, count in session.execute(query)
        ]


def my_next_steps(db: Database, actor: Actor, *, within_days: int = 14) -> list[NoteRow]:
    """The tutor's to-do list: next steps of their own notes due up to `within_days` from now
    (overdue ones included), earliest first."""
    horizon = date.today() + timedelta(days=within_days)
    return list_notes(db, actor, due_until=horizon, limit=1_000)


def list_deliveries(
    db: Database, actor: Actor, *, participant: str | None = None, limit: int = 5_000
) -> list[DeliveryRow]:
    """Hours of service delivered, newest first (for the command line and reports)."""
    require(actor, EVERYONE, "consultare le ore di servizio")
    query = (
        select(ServiceDelivery, User.username)
        .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
        .join(Participant, Participant.id == Pathway.participant_id)
        .outerjoin(User, User.id == ServiceDelivery.operator_id)
        .order_by(ServiceDelivery.date.desc(), ServiceDelivery.id.desc())
        .limit(limit)
    )
    if participant:
        query = query.where(is_participant(participant))
    with db.transaction(write=False) as session:
        return [
            DeliveryRow(
                d.id, d.pathway_id, d.service_type, d.date, d.minutes, user, d.cap_override_reason
            )
            for d, user in session.execute(query)
        ]
