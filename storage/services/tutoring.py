"""The tutor's daily work: service hours against the plan and the programme's caps, and notes.

A delivery that would pass the programme's cap for its service type is refused with a message
that says by how much, unless a coordinator or administrator overrides it with a reason, which is
kept. Notes record every meeting; editing one keeps the previous text with who and when; a
confidential note is visible only to its author and to coordinators and administrators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from models.entities import (
    FundingProgramme,
    Participant,
    Pathway,
    PlannedService,
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
from models.text import number_it
from models.validation import optional, parse_date
from storage import audit
from storage.engine import Database
from storage.services.access import (
    Level,
    participant_scope_clause,
    require_participant,
    require_pathway,
)
from storage.services.common import author_fields, require
from storage.services.lookup import participant_by_code
from storage.services.pathways import within_scope

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_MINUTES = 12 * 60
OVERRIDERS = frozenset({Role.COORDINATOR, Role.ADMIN})
TUTORING = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
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
    """«1 ora», «2 ore e 1 minuto», «45 minuti»."""
    hours, rest = divmod(abs(minutes), 60)
    hours_text = "1 ora" if hours == 1 else f"{hours} ore"
    rest_text = "1 minuto" if rest == 1 else f"{rest} minuti"
    if rest == 0:
        return hours_text
    return f"{hours_text} e {rest_text}" if hours else rest_text


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
    # Filled by list_deliveries (the hours tab shows them); the first fields are the CLI's.
    mode: DeliveryMode = DeliveryMode.INDIVIDUAL
    start: time | None = None
    end: time | None = None
    place: str | None = None
    operator_name: str | None = None
    recorded_by: str | None = None
    note_id: int | None = None  # the meeting note that counts as these hours, if any
    locked: bool = False  # covered by a signed register
    from_course: bool = False  # a group-course session's hours (kept by the register)


def _open_pathway(session: Session, pathway_id: int, on_day: date | None = None) -> Pathway:
    """The pathway, refused when closed — unless `on_day` (an import of past hours) falls
    within the dates it was open."""
    pathway = session.get(Pathway, pathway_id)
    if pathway is None:
        raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
    was_open = on_day is not None and pathway.end_date is not None and on_day <= pathway.end_date
    if pathway.status not in OPEN_STATES and not was_open:
        raise ValidationError(
            "pathway", "il percorso è chiuso: non si registrano altre ore.", label="Percorso"
        )
    return pathway


def _add_delivery(
    session: Session, actor: Actor, data: DeliveryInput, *, past_import: bool = False
) -> ServiceDelivery:
    """Check and add one delivery in the caller's transaction. `past_import`: hours imported
    from a spreadsheet may fall in the dates of a pathway that has closed since."""
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
    pathway = _open_pathway(session, data.pathway_id, day if past_import else None)
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
                    f"{_hours_text(over)} il massimo del programma ({number_it(cap)} ore). Un "
                    "coordinatore può registrarle lo stesso indicando il motivo."
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
    require(actor, TUTORING, "registrare le ore di servizio")
    with db.transaction() as session:
        require_pathway(session, actor, data.pathway_id, "registrare le ore di servizio")
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
    # A coordinator's reason to count the hours past the programme's cap (as DeliveryInput).
    override_reason: str | None = None


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
    require(actor, TUTORING, "scrivere note di tutoraggio")
    values = _note_values(data)
    with db.transaction() as session:
        person = participant_by_code(session, data.participant)
        require_participant(session, actor, person.id, "scrivere note di tutoraggio")
        if data.pathway_id is not None:
            _person_pathway(session, actor, person.id, data.pathway_id)
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
                    override_reason=data.override_reason,
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


def _person_pathway(session: Session, actor: Actor, person_id: int, pathway_id: int) -> None:
    """The pathway a note refers to must be one of that person's (and within the caseload)."""
    owner = require_pathway(session, actor, pathway_id, "scrivere note di tutoraggio")
    if owner != person_id:
        raise ValidationError("pathway", "il percorso non è di questa persona.", label="Percorso")


def _follow_note(
    session: Session, actor: Actor, note: TutoringNote, override_reason: str | None
) -> None:
    """The hours a meeting counts as follow its edited day and times (same checks as new hours:
    not in the future, the programme's cap, not inside a signed register)."""
    delivery = session.get(ServiceDelivery, note.delivery_id)
    if delivery is None:
        return
    minutes = delivery.minutes
    if note.start_time is not None and note.end_time is not None:
        minutes = _minutes(note.start_time, note.end_time, None)
    unchanged = (
        delivery.date == note.date
        and delivery.minutes == minutes
        and (note.start_time is None or delivery.start_time == note.start_time)
    )
    if unchanged:
        return
    if delivery.locked:
        raise ConflictError(
            "Le ore di questo incontro sono in un registro firmato: giorno e orari non si "
            "cambiano più (un coordinatore può sbloccare il registro)."
        )
    if note.date > date.today():
        raise ValidationError("day", "è nel futuro: l'incontro conta già come ore.", label="Giorno")
    pathway = session.get(Pathway, delivery.pathway_id)
    if pathway is not None and note.date < pathway.start_date:
        raise ValidationError(
            "day",
            f"è prima dell'inizio del percorso ({pathway.start_date:%d/%m/%Y}).",
            label="Giorno",
        )
    cap = session.scalar(
        select(ServiceCap.max_hours).where(
            ServiceCap.programme_id == (pathway.programme_id if pathway else None),
            ServiceCap.service_type == delivery.service_type,
        )
    )
    if cap is not None and minutes > delivery.minutes:
        others = session.scalar(
            select(func.coalesce(func.sum(ServiceDelivery.minutes), 0)).where(
                ServiceDelivery.pathway_id == delivery.pathway_id,
                ServiceDelivery.service_type == delivery.service_type,
                ServiceDelivery.id != delivery.id,
            )
        )
        over = int(others or 0) + minutes - int(cap * 60)
        reason = (override_reason or "").strip() or None
        if over > 0 and (reason is None or actor.role not in OVERRIDERS):
            raise ConflictError(
                f"{SERVICE_LABELS[delivery.service_type]}: con questi orari il percorso supera di "
                f"{_hours_text(over)} il massimo del programma ({number_it(cap)} ore)."
            )
        if over > 0:
            delivery.cap_override_reason = reason
    delivery.date = note.date
    delivery.start_time, delivery.end_time = note.start_time, note.end_time
    delivery.minutes = minutes
    delivery.updated_by = actor.username


def edit_note(db: Database, actor: Actor, note_id: int, data: NoteInput) -> None:
    """Change a note; the previous text stays as a version, with who replaced it and when."""
    require(actor, TUTORING, "modificare note di tutoraggio")
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
        require_participant(session, actor, note.participant_id, "modificare note di tutoraggio")
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
        if note.delivery_id is not None:
            _follow_note(session, actor, note, data.override_reason)
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
    """Notes newest first, only those this actor may read: a tutor's caseload (a participant
    outside it is refused), everyone's for coordinators and administrators."""
    require(actor, TUTORING, "leggere le note di tutoraggio")
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
    scope = participant_scope_clause(actor, Level.RECORD)
    if scope is not None:
        query = query.where(within_scope(scope))
    with db.transaction(write=False) as session:
        if participant:
            person = participant_by_code(session, participant)
            require_participant(session, actor, person.id, "leggere le note di tutoraggio")
            query = query.where(TutoringNote.participant_id == person.id)
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
    db: Database,
    actor: Actor,
    *,
    participant: str | None = None,
    limit: int = 5_000,
    pathway_id: int | None = None,
) -> list[DeliveryRow]:
    """Hours of service delivered, newest first (for the command line, reports and the hours
    tab); `pathway_id` keeps those of one pathway."""
    require(actor, TUTORING, "consultare le ore di servizio")
    query = (
        select(ServiceDelivery, User.username, User.full_name, TutoringNote.id)
        .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
        .join(Participant, Participant.id == Pathway.participant_id)
        .outerjoin(User, User.id == ServiceDelivery.operator_id)
        .outerjoin(TutoringNote, TutoringNote.delivery_id == ServiceDelivery.id)
        .order_by(
            ServiceDelivery.date.desc(),
            ServiceDelivery.start_time.desc(),
            ServiceDelivery.id.desc(),
        )
        .limit(limit)
    )
    scope = participant_scope_clause(actor, Level.RECORD)
    if scope is not None:
        query = query.where(within_scope(scope))
    with db.transaction(write=False) as session:
        if participant:
            person = participant_by_code(session, participant)
            require_participant(session, actor, person.id, "consultare le ore di servizio")
            query = query.where(Participant.id == person.id)
        if pathway_id is not None:
            require_pathway(session, actor, pathway_id, "consultare le ore di servizio")
            query = query.where(ServiceDelivery.pathway_id == pathway_id)
        return [
            DeliveryRow(
                d.id,
                d.pathway_id,
                d.service_type,
                d.date,
                d.minutes,
                user,
                d.cap_override_reason,
                mode=d.mode,
                start=d.start_time,
                end=d.end_time,
                place=d.place,
                operator_name=full_name,
                recorded_by=d.created_by,
                note_id=note_id,
                locked=bool(d.locked),
                from_course=d.edition_session_id is not None,
            )
            for d, user, full_name, note_id in session.execute(query)
        ]


def delete_delivery(db: Database, actor: Actor, delivery_id: int) -> None:
    """Remove hours recorded by mistake: by whoever recorded them or a coordinator.

    Hours covered by a signed register or kept by a course's attendance register are refused,
    and so, for a tutor, are those of a closed pathway. A meeting note that counted as these hours
    stays, no longer counting. The audit trail keeps what was removed.
    """
    require(actor, TUTORING, "eliminare ore di servizio")
    with db.transaction() as session:
        delivery = session.get(ServiceDelivery, delivery_id)
        if delivery is None:
            raise ValidationError("delivery", "le ore non esistono più.", label="Ore")
        require_pathway(session, actor, delivery.pathway_id, "eliminare ore di servizio")
        if delivery.created_by != actor.username and actor.role not in OVERRIDERS:
            raise PermissionDenied("Le ore le elimina chi le ha registrate o un coordinatore.")
        if delivery.locked:
            raise ConflictError(
                "Queste ore sono in un registro già firmato: non si possono più eliminare."
            )
        if delivery.edition_session_id is not None:
            raise ConflictError(
                "Sono ore di un corso di gruppo: si correggono dal registro presenze."
            )
        pathway = session.get(Pathway, delivery.pathway_id)
        assert pathway is not None
        if pathway.status not in OPEN_STATES and actor.role not in OVERRIDERS:
            raise ValidationError(
                "pathway",
                "il percorso è chiuso: solo un coordinatore può togliere le sue ore.",
                label="Percorso",
            )
        for note in session.scalars(
            select(TutoringNote).where(TutoringNote.delivery_id == delivery.id)
        ):
            note.delivery_id = None
            note.updated_by = actor.username
        summary = (
            f"{delivery.service_type.value} {delivery.minutes} min del {delivery.date.isoformat()}"
        )
        session.delete(delivery)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "service_delivery", pathway.uuid, summary)


# --------------------------------------------------------------------------- the GUI's reads


@dataclass(frozen=True)
class PathwayChoice:
    """One of a participant's pathways, as the tutor's tabs offer it."""

    id: int
    programme_code: str
    programme_name: str
    start_date: date
    end_date: date | None
    status: PathwayStatus
    tutor: str | None
    planned: tuple[ServiceType, ...] = ()  # the services of its plan

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATES


@dataclass(frozen=True)
class TutoringContext:
    """Who the tutor's tabs are about: the participant's codes and pathways, newest first."""

    participant_id: int
    participant_code: str  # internal code: the services' key for the person
    participant_name: str
    pathways: tuple[PathwayChoice, ...]

    @property
    def open_pathways(self) -> tuple[PathwayChoice, ...]:
        return tuple(p for p in self.pathways if p.is_open)


def tutoring_context(db: Database, actor: Actor, participant_id: int) -> TutoringContext:
    """The participant (by id, as the participant page knows them) and their pathways."""
    require(actor, TUTORING, "consultare i percorsi")
    with db.transaction(write=False) as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise ValidationError("participant", "la persona non esiste.", label="Partecipante")
        require_participant(session, actor, person.id, "consultare i percorsi")
        rows = session.execute(
            select(Pathway, FundingProgramme.code, FundingProgramme.name, User.full_name)
            .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .outerjoin(User, User.id == Pathway.tutor_id)
            .where(Pathway.participant_id == person.id)
            .order_by(Pathway.start_date.desc(), Pathway.id.desc())
        ).all()
        planned: dict[int, list[ServiceType]] = {}
        for pathway_id, kind in session.execute(
            select(PlannedService.pathway_id, PlannedService.service_type)
            .join(Pathway, Pathway.id == PlannedService.pathway_id)
            .where(Pathway.participant_id == person.id)
            .order_by(PlannedService.id)
        ):
            planned.setdefault(pathway_id, []).append(kind)
        return TutoringContext(
            person.id,
            person.internal_code,
            f"{person.last_name} {person.first_name}",
            tuple(
                PathwayChoice(
                    p.id,
                    code,
                    name,
                    p.start_date,
                    p.end_date,
                    p.status,
                    tutor,
                    tuple(planned.get(p.id, ())),
                )
                for p, code, name, tutor in rows
            ),
        )


@dataclass(frozen=True)
class NoteVersionRow:
    """A text a note had before an edit: who replaced it and when (UTC)."""

    edited_by: str
    edited_at: datetime
    text: str
    next_steps: str | None


@dataclass(frozen=True)
class NoteDetails:
    """Everything about one note, with its previous versions (newest first)."""

    id: int
    participant_code: str
    participant_name: str
    day: date
    start: time | None
    end: time | None
    counterpart: Counterpart
    mode: MeetingMode
    place: str | None
    text: str
    next_steps: str | None
    next_step_due: date | None
    confidential: bool
    author: str
    author_name: str
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    pathway_id: int | None
    programme_code: str | None
    delivery_id: int | None
    counts_as: ServiceType | None  # the service its hours went to, when it counts as one
    delivery_minutes: int | None
    versions: tuple[NoteVersionRow, ...]


def note_details(db: Database, actor: Actor, note_id: int) -> NoteDetails:
    """One note in full, with its previous versions; a confidential note only for its author,
    coordinators and administrators (PermissionDenied for anyone else)."""
    require(actor, TUTORING, "leggere le note di tutoraggio")
    with db.transaction(write=False) as session:
        row = session.execute(
            select(TutoringNote, Participant, User, FundingProgramme.code, ServiceDelivery)
            .join(Participant, Participant.id == TutoringNote.participant_id)
            .join(User, User.id == TutoringNote.author_id)
            .outerjoin(Pathway, Pathway.id == TutoringNote.pathway_id)
            .outerjoin(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .outerjoin(ServiceDelivery, ServiceDelivery.id == TutoringNote.delivery_id)
            .where(TutoringNote.id == note_id)
        ).first()
        if row is None:
            raise ValidationError("note", "la nota non esiste.", label="Nota")
        note, person, author, programme, delivery = row
        require_participant(session, actor, person.id, "leggere le note di tutoraggio")
        if note.confidential and author.username != actor.username and actor.role not in OVERRIDERS:
            raise PermissionDenied(
                "Questa nota è riservata: la leggono solo chi l'ha scritta e i coordinatori."
            )
        versions = tuple(
            NoteVersionRow(v.edited_by, v.edited_at, v.text, v.next_steps)
            for v in session.scalars(
                select(TutoringNoteVersion)
                .where(TutoringNoteVersion.note_id == note.id)
                .order_by(TutoringNoteVersion.edited_at.desc(), TutoringNoteVersion.id.desc())
            )
        )
        return NoteDetails(
            id=note.id,
            participant_code=person.internal_code,
            participant_name=f"{person.last_name} {person.first_name}",
            day=note.date,
            start=note.start_time,
            end=note.end_time,
            counterpart=note.counterpart,
            mode=note.mode,
            place=note.place,
            text=note.text,
            next_steps=note.next_steps,
            next_step_due=note.next_step_due,
            confidential=bool(note.confidential),
            author=author.username,
            author_name=author.full_name,
            created_at=note.created_at,
            updated_at=note.updated_at,
            updated_by=note.updated_by,
            pathway_id=note.pathway_id,
            programme_code=programme,
            delivery_id=note.delivery_id,
            counts_as=delivery.service_type if delivery is not None else None,
            delivery_minutes=delivery.minutes if delivery is not None else None,
            versions=versions,
        )


_CENT = Decimal("0.01")


@dataclass(frozen=True)
class ServiceHours:
    """One service of a pathway: planned (the plan), delivered, and the programme's cap."""

    service_type: ServiceType
    planned_hours: Decimal  # 0 when the plan does not have it
    delivered_minutes: int
    cap_hours: Decimal | None  # None: the programme sets no cap for it

    @property
    def delivered_hours(self) -> Decimal:
        return (Decimal(self.delivered_minutes) / 60).quantize(_CENT)

    @property
    def remaining_hours(self) -> Decimal | None:
        """What the cap still allows (negative after a coordinator's override)."""
        if self.cap_hours is None:
            return None
        return (self.cap_hours - Decimal(self.delivered_minutes) / 60).quantize(_CENT)


@dataclass(frozen=True)
class PathwayHours:
    """A pathway's hours per service type (every service planned, delivered or capped)."""

    pathway_id: int
    programme_code: str
    programme_name: str
    status: PathwayStatus
    lines: tuple[ServiceHours, ...]

    @property
    def planned_total(self) -> Decimal:
        return sum((line.planned_hours for line in self.lines), Decimal(0))

    @property
    def delivered_minutes(self) -> int:
        return sum(line.delivered_minutes for line in self.lines)

    @property
    def delivered_total(self) -> Decimal:
        return (Decimal(self.delivered_minutes) / 60).quantize(_CENT)

    @property
    def cap_total(self) -> Decimal | None:
        """The caps added up, over the services that have one (None if none has)."""
        caps = [line.cap_hours for line in self.lines if line.cap_hours is not None]
        return sum(caps, Decimal(0)) if caps else None

    @property
    def remaining_total(self) -> Decimal | None:
        """What the caps still allow, over the services that have one."""
        left = [line.remaining_hours for line in self.lines if line.remaining_hours is not None]
        return sum(left, Decimal(0)) if left else None


def pathway_hours(db: Database, actor: Actor, pathway_id: int) -> PathwayHours:
    """Planned, delivered, cap and what remains under the cap, per service type, in service
    order; the totals are properties of the result."""
    require(actor, TUTORING, "consultare le ore di servizio")
    with db.transaction(write=False) as session:
        require_pathway(session, actor, pathway_id, "consultare le ore di servizio")
        head = session.execute(
            select(Pathway, FundingProgramme.code, FundingProgramme.name)
            .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .where(Pathway.id == pathway_id)
        ).first()
        if head is None:
            raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
        pathway, code, name = head
        planned: dict[ServiceType, Decimal] = {}
        for kind, hours in session.execute(
            select(PlannedService.service_type, func.sum(PlannedService.planned_hours))
            .where(PlannedService.pathway_id == pathway.id)
            .group_by(PlannedService.service_type)
        ):
            planned[kind] = Decimal(str(hours or 0))
        delivered: dict[ServiceType, int] = {
            kind: int(minutes or 0)
            for kind, minutes in session.execute(
                select(ServiceDelivery.service_type, func.sum(ServiceDelivery.minutes))
                .where(ServiceDelivery.pathway_id == pathway.id)
                .group_by(ServiceDelivery.service_type)
            )
        }
        caps: dict[ServiceType, Decimal] = {
            kind: Decimal(str(hours))
            for kind, hours in session.execute(
                select(ServiceCap.service_type, ServiceCap.max_hours).where(
                    ServiceCap.programme_id == pathway.programme_id
                )
            )
        }
        kinds = [k for k in ServiceType if k in planned or k in delivered or k in caps]
        return PathwayHours(
            pathway.id,
            code,
            name,
            pathway.status,
            tuple(
                ServiceHours(k, planned.get(k, Decimal(0)), delivered.get(k, 0), caps.get(k))
                for k in kinds
            ),
        )
