"""Individual job-search sessions and job applications (issue 6, points 3 and 4).

A job-search session records the time a tutor spent searching with the participant: the channels
searched (a fixed Italian vocabulary, stored comma-separated), whether the CV was updated, notes,
and the applications sent during the session, saved in the same transaction and linked to it.
When the participant has a pathway open on the session's day, the session also counts as hours of
«ricerca attiva del lavoro» (`ServiceType.ACTIVE_JOB_SEARCH`) in it, under the same cap rule as
every delivery (storage/services/tutoring.py): hours past the programme's cap refuse the whole
session, with a message that says by how much, unless a coordinator gives a reason.

Applications move on a board: to send, sent, interview, test, offer, then one of the three final
states hired, rejected, withdrawn. The rules of a move (`check_transition`):
- between the active states any move is allowed (interviews and tests come in any order and a
  mistake is put right), except back to «to send» once the application was sent;
- «rejected» and «hired» need an application that was sent; «withdrawn» is possible from any
  active state;
- a final state is final: only a coordinator or an administrator may move it again (a correction,
  marked as such in the audit trail).
An application that is not «to send» has the date it was sent (moving a card out of «to send»
dates it today when it has no date), which is never in the future; the follow-up date is never
before it. Final applications are never due nor overdue.

Tutors, coordinators and administrators read and write them; operators never (they are the
participant's record). A tutor only reaches the people of their caseload
(storage/services/access.py): one person's applications and sessions are checked with
`require_participant`, lists without a person are filtered in SQL by the caseload. Lists without a
person leave out people restricted after an erasure request (storage/services/retention.py);
asking for one person by code still finds them (a coordinator checking a funder's file).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select

from models.entities import (
    Company,
    JobApplication,
    JobSearchSession,
    Participant,
    Pathway,
    User,
)
from models.enums import (
    ApplicationChannel,
    ApplicationStatus,
    AuditAction,
    PathwayStatus,
    ServiceType,
)
from models.errors import PermissionDenied, ValidationError
from models.labels import APPLICATION_STATUS_LABELS
from models.rows import Actor
from models.validation import optional, parse_date, required
from storage import audit
from storage.engine import Database
from storage.services.access import Level, participant_scope_clause, require_participant
from storage.services.common import author_fields, require
from storage.services.lookup import participant_by_code
from storage.services.tutoring import (
    OPEN_STATES,
    OVERRIDERS,
    TUTORING,
    DeliveryInput,
    _add_delivery,
    _minutes,
)

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

T = TypeVar("T", bound=tuple[Any, ...])

# The channels a session can search, in the order forms show them (stored as written here).
JOB_SEARCH_CHANNELS: tuple[str, ...] = (
    "portali di annunci",
    "siti aziendali",
    "agenzie per il lavoro",
    "centro per l'impiego",
    "social network",
    "passaparola",
    "autocandidatura di persona",
    "giornali e bacheche",
)
CHANNEL_SEPARATOR = ", "

# The board's columns, left to right.
BOARD_ORDER: tuple[ApplicationStatus, ...] = (
    ApplicationStatus.TO_SEND,
    ApplicationStatus.SENT,
    ApplicationStatus.INTERVIEW,
    ApplicationStatus.TEST,
    ApplicationStatus.OFFER,
    ApplicationStatus.HIRED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.WITHDRAWN,
)
FINAL_STATES = frozenset(
    {ApplicationStatus.HIRED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN}
)
ACTIVE_STATES = frozenset(ApplicationStatus) - FINAL_STATES
# Final states that say the company received the application.
_NEEDS_SENT = frozenset({ApplicationStatus.HIRED, ApplicationStatus.REJECTED})
DUE_DAYS = 7  # «da seguire»: follow-ups due within a week (overdue ones included)


def _status_name(status: ApplicationStatus) -> str:
    return APPLICATION_STATUS_LABELS[status]


# --------------------------------------------------------------------------- pure rules


def clean_channels(channels: Sequence[str] | str | None) -> tuple[str, ...]:
    """The channels searched, in vocabulary order, without repeats; an unknown one is refused.

    Accepts a list or the stored comma-separated text; case and spaces do not matter.
    """
    if channels is None:
        return ()
    items = channels.split(",") if isinstance(channels, str) else list(channels)
    wanted = set()
    for item in items:
        key = " ".join(str(item).split()).casefold().replace("’", "'")
        if not key:
            continue
        if key not in JOB_SEARCH_CHANNELS:
            raise ValidationError(
                "channels",
                f"«{str(item).strip()}» non è un canale previsto ("
                + ", ".join(JOB_SEARCH_CHANNELS)
                + ").",
                label="Canali",
            )
        wanted.add(key)
    return tuple(c for c in JOB_SEARCH_CHANNELS if c in wanted)


def split_channels(stored: str | None) -> tuple[str, ...]:
    """The stored text as a list (kept as written, even outside today's vocabulary)."""
    return tuple(part.strip() for part in (stored or "").split(",") if part.strip())


def check_transition(
    old: ApplicationStatus, new: ApplicationStatus, actor: Actor, *, was_sent: bool = True
) -> None:
    """Refuse a move the board does not allow (see the module docstring); same state: nothing."""
    if old == new:
        return
    if old in FINAL_STATES:
        if actor.role not in OVERRIDERS:
            raise PermissionDenied(
                f"La candidatura è chiusa ({_status_name(old)}): solo un coordinatore può "
                "correggerne lo stato."
            )
        return
    if new == ApplicationStatus.TO_SEND:
        raise ValidationError(
            "status",
            "una candidatura già inviata non torna «Da inviare».",
            label="Stato",
        )
    if new in _NEEDS_SENT and old == ApplicationStatus.TO_SEND and not was_sent:
        raise ValidationError(
            "status",
            f"una candidatura ancora da inviare non può diventare «{_status_name(new)}»: "
            "segnatela prima come inviata.",
            label="Stato",
        )


def is_overdue(status: ApplicationStatus, follow_up_on: date | None, today: date) -> bool:
    return status not in FINAL_STATES and follow_up_on is not None and follow_up_on < today


# --------------------------------------------------------------------------- applications


@dataclass
class ApplicationInput:
    """An application: to a company of the register (`company_id`) or one typed by name."""

    participant: str  # codice fiscale or internal code (empty inside a session: its person)
    role: str
    channel: ApplicationChannel | str
    company_id: int | None = None
    company_name: str | None = None
    applied_on: date | str | None = None
    status: ApplicationStatus | str = ApplicationStatus.TO_SEND
    follow_up_on: date | str | None = None


@dataclass(frozen=True)
class ApplicationRow:
    """One application; the first eight fields are the command line's columns."""

    id: int
    participant_code: str
    company_name: str
    role: str
    channel: ApplicationChannel
    applied_on: date | None
    status: ApplicationStatus
    follow_up_on: date | None
    participant_id: int = 0
    participant_name: str = ""
    company_id: int | None = None
    session_id: int | None = None
    overdue: bool = False  # follow-up date past and the application still active
    created_by: str | None = None


@dataclass(frozen=True)
class BoardColumn:
    status: ApplicationStatus
    applications: tuple[ApplicationRow, ...]


@dataclass(frozen=True)
class ApplicationBoard:
    """A participant's applications by status, one column per status in `BOARD_ORDER`."""

    participant_id: int
    participant_code: str
    participant_name: str
    columns: tuple[BoardColumn, ...]

    def column(self, status: ApplicationStatus) -> tuple[ApplicationRow, ...]:
        for col in self.columns:
            if col.status == status:
                return col.applications
        return ()

    @property
    def total(self) -> int:
        return sum(len(c.applications) for c in self.columns)


def _clean_application(
    session: Session, data: ApplicationInput, today: date, *, default_day: date | None = None
) -> dict[str, object]:
    """Check an application's fields (in the caller's transaction: the company is read)."""
    try:
        status = ApplicationStatus(data.status or ApplicationStatus.TO_SEND)
    except ValueError:
        raise ValidationError(
            "status", f"«{data.status}» non è uno stato.", label="Stato"
        ) from None
    try:
        channel = ApplicationChannel(data.channel)
    except ValueError:
        raise ValidationError(
            "channel", f"«{data.channel}» non è un canale.", label="Canale"
        ) from None
    if data.company_id is not None:
        company = session.get(Company, data.company_id)
        if company is None:
            raise ValidationError("company_id", "l'azienda non esiste.", label="Azienda")
        company_id: int | None = company.id
        company_name = company.name
    else:
        company_id = None
        name = optional(data.company_name, "company_name", "Azienda", 200)
        if name is None:
            raise ValidationError(
                "company_name",
                "indicate l'azienda (sceglietela dall'elenco o scrivetene il nome).",
                label="Azienda",
            )
        company_name = name
    role = required(data.role, "role", "Mansione", 200)
    applied_on = parse_date(data.applied_on, "applied_on", "Inviata il")
    if applied_on is None and status != ApplicationStatus.TO_SEND:
        applied_on = default_day
    if status != ApplicationStatus.TO_SEND:
        if applied_on is None and status != ApplicationStatus.WITHDRAWN:
            raise ValidationError(
                "applied_on",
                f"indicate quando è stata inviata (stato «{_status_name(status)}»).",
                label="Inviata il",
            )
        if applied_on is not None and applied_on > today:
            raise ValidationError(
                "applied_on",
                f"è nel futuro, ma la candidatura risulta «{_status_name(status)}».",
                label="Inviata il",
            )
    follow_up = parse_date(data.follow_up_on, "follow_up_on", "Da richiamare il")
    if follow_up is not None and applied_on is not None and follow_up < applied_on:
        raise ValidationError(
            "follow_up_on",
            f"è prima dell'invio ({applied_on:%d/%m/%Y}).",
            label="Da richiamare il",
        )
    return {
        "company_id": company_id,
        "company_name": company_name,
        "role": role,
        "channel": channel,
        "applied_on": applied_on,
        "status": status,
        "follow_up_on": follow_up,
    }


def _row(application: JobApplication, person: Participant, today: date) -> ApplicationRow:
    return ApplicationRow(
        application.id,
        person.internal_code,
        application.company_name,
        application.role,
        application.channel,
        application.applied_on,
        application.status,
        application.follow_up_on,
        participant_id=person.id,
        participant_name=f"{person.last_name} {person.first_name}",
        company_id=application.company_id,
        session_id=application.session_id,
        overdue=is_overdue(application.status, application.follow_up_on, today),
        created_by=application.created_by,
    )


def _summary(values: dict[str, object]) -> str:
    """What the audit trail keeps: no names (the trail holds no personal data)."""
    return f"{values['status']} via {values['channel']}"


def _person(session: Session, actor: Actor, key: str | int, what: str) -> Participant:
    """The participant by id or code, refused unless in the actor's caseload (record level)."""
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


def _scoped(query: Select[T], actor: Actor, *, one_person: bool) -> Select[T]:
    """A list query over Participant narrowed to the actor's caseload; without a person asked
    for, restricted people are left out too."""
    from storage.services.retention import visible_participants_clause

    clause = participant_scope_clause(actor, Level.RECORD)
    if clause is not None:
        query = query.where(clause)
    if not one_person:
        query = query.where(visible_participants_clause(include_anonymised=True))
    return query


def _add_application(
    session: Session,
    actor: Actor,
    person: Participant,
    values: dict[str, object],
    session_id: int | None = None,
) -> JobApplication:
    application = JobApplication(
        participant_id=person.id, session_id=session_id, **values, **author_fields(actor)
    )
    session.add(application)
    session.flush()
    audit.record(
        session, actor, AuditAction.CREATE, "job_application", application.uuid, _summary(values)
    )
    return application


def add_application(db: Database, actor: Actor, data: ApplicationInput) -> int:
    """Record an application of a participant; returns its id."""
    require(actor, TUTORING, "registrare candidature")
    today = date.today()
    with db.transaction() as session:
        person = _person(session, actor, data.participant, "registrare candidature")
        values = _clean_application(session, data, today)
        return _add_application(session, actor, person, values).id


def _application(session: Session, actor: Actor, application_id: int, what: str) -> JobApplication:
    """The application, refused unless its participant is in the actor's caseload."""
    application = session.get(JobApplication, application_id)
    if application is None:
        raise ValidationError("application", "la candidatura non esiste più.", label="Candidatura")
    require_participant(session, actor, application.participant_id, what)
    return application


def update_application(
    db: Database, actor: Actor, application_id: int, data: ApplicationInput
) -> ApplicationRow:
    """Change an application (same person); a change of status follows the board's rules."""
    require(actor, TUTORING, "modificare candidature")
    today = date.today()
    with db.transaction() as session:
        application = _application(session, actor, application_id, "modificare candidature")
        person = session.get(Participant, application.participant_id)
        assert person is not None
        if data.participant and participant_by_code(session, data.participant).id != person.id:
            raise ValidationError(
                "participant",
                "la candidatura è di un'altra persona: non si sposta.",
                label="Partecipante",
            )
        values = _clean_application(session, data, today)
        new_status = values["status"]
        assert isinstance(new_status, ApplicationStatus)
        check_transition(
            application.status,
            new_status,
            actor,
            was_sent=application.applied_on is not None or values["applied_on"] is not None,
        )
        changed = [key for key, value in values.items() if getattr(application, key) != value]
        correction = application.status in FINAL_STATES and new_status != application.status
        for key, value in values.items():
            setattr(application, key, value)
        application.updated_by = actor.username
        session.flush()
        summary = "campi: " + ", ".join(changed) if changed else "nessun cambiamento"
        if correction:
            summary = "correzione di una candidatura chiusa; " + summary
        audit.record(
            session, actor, AuditAction.UPDATE, "job_application", application.uuid, summary
        )
        return _row(application, person, today)


def set_application_status(
    db: Database,
    actor: Actor,
    application_id: int,
    status: ApplicationStatus | str,
    follow_up_on: date | str | None = None,
) -> ApplicationRow:
    """Move an application to another column of the board.

    Leaving «to send» without a date of sending dates it today. `follow_up_on` sets the next
    follow-up; None keeps the current one on an active state and clears it on a final one.
    """
    require(actor, TUTORING, "cambiare lo stato delle candidature")
    try:
        new = ApplicationStatus(status)
    except ValueError:
        raise ValidationError("status", f"«{status}» non è uno stato.", label="Stato") from None
    follow_up = parse_date(follow_up_on, "follow_up_on", "Da richiamare il")
    today = date.today()
    with db.transaction() as session:
        application = _application(
            session, actor, application_id, "cambiare lo stato delle candidature"
        )
        person = session.get(Participant, application.participant_id)
        assert person is not None
        old = application.status
        check_transition(old, new, actor, was_sent=application.applied_on is not None)
        applied_on = application.applied_on
        if new != ApplicationStatus.TO_SEND and new != ApplicationStatus.WITHDRAWN:
            if applied_on is None:
                applied_on = today
            elif applied_on > today:
                raise ValidationError(
                    "applied_on",
                    f"è nel futuro ({applied_on:%d/%m/%Y}): la candidatura non può essere "
                    f"«{_status_name(new)}».",
                    label="Inviata il",
                )
        if follow_up is None:
            follow_up = None if new in FINAL_STATES else application.follow_up_on
        if follow_up is not None and applied_on is not None and follow_up < applied_on:
            raise ValidationError(
                "follow_up_on",
                f"è prima dell'invio ({applied_on:%d/%m/%Y}).",
                label="Da richiamare il",
            )
        application.status = new
        application.applied_on = applied_on
        application.follow_up_on = follow_up
        application.updated_by = actor.username
        session.flush()
        summary = f"{old.value} -> {new.value}"
        if old in FINAL_STATES and new != old:
            summary = "correzione: " + summary
        audit.record(
            session, actor, AuditAction.UPDATE, "job_application", application.uuid, summary
        )
        return _row(application, person, today)


def delete_application(db: Database, actor: Actor, application_id: int) -> None:
    """Remove an application recorded by mistake (the audit trail keeps what it was)."""
    require(actor, TUTORING, "eliminare candidature")
    with db.transaction() as session:
        application = _application(session, actor, application_id, "eliminare candidature")
        summary = f"{application.status.value} via {application.channel.value}"
        uuid = application.uuid
        session.delete(application)
        session.flush()
        audit.record(session, actor, AuditAction.DELETE, "job_application", uuid, summary)


def _application_query() -> Select[tuple[JobApplication, Participant]]:
    """Applications with their person, follow-ups first (earliest), then the latest sent."""
    return (
        select(JobApplication, Participant)
        .join(Participant, Participant.id == JobApplication.participant_id)
        .order_by(
            JobApplication.follow_up_on.is_(None),
            JobApplication.follow_up_on,
            JobApplication.applied_on.desc(),
            JobApplication.id.desc(),
        )
    )


def list_applications(
    db: Database, actor: Actor, participant: str | None = None, *, limit: int = 5_000
) -> list[ApplicationRow]:
    """Applications (of one person, or of everyone the actor may see), earliest follow-up first;
    for the CLI. Without a person, restricted people are left out."""
    what = "consultare le candidature"
    require(actor, TUTORING, what)
    today = date.today()
    query = _scoped(_application_query().limit(limit), actor, one_person=bool(participant))
    with db.transaction(write=False) as session:
        if participant:
            person = _person(session, actor, participant, what)
            query = query.where(JobApplication.participant_id == person.id)
        return [_row(a, p, today) for a, p in session.execute(query)]


def application_board(db: Database, actor: Actor, participant: str | int) -> ApplicationBoard:
    """A participant's applications by status (codes or the participant's id), in board order;
    every column is there, empty ones too; in a column, the earliest follow-up first."""
    what = "consultare le candidature"
    require(actor, TUTORING, what)
    today = date.today()
    with db.transaction(write=False) as session:
        person = _person(session, actor, participant, what)
        rows = [
            _row(a, p, today)
            for a, p in session.execute(
                _application_query().where(JobApplication.participant_id == person.id)
            )
        ]
        return ApplicationBoard(
            person.id,
            person.internal_code,
            f"{person.last_name} {person.first_name}",
            tuple(
                BoardColumn(status, tuple(r for r in rows if r.status == status))
                for status in BOARD_ORDER
            ),
        )


def tutor_applications(
    db: Database,
    actor: Actor,
    tutor_username: str | None = None,
    due_only: bool = False,
    *,
    within_days: int = DUE_DAYS,
) -> list[ApplicationRow]:
    """Applications of the participants whose current (open or suspended) pathway has that
    tutor (default: the actor), earliest follow-up first, those without one last.

    `due_only` keeps the active applications with a follow-up due within `within_days` from
    today, overdue ones included. A tutor asking for another tutor's list gets only the people
    of their own caseload in it (none, usually); restricted people are left out."""
    require(actor, TUTORING, "consultare le candidature")
    today = date.today()
    username = (tutor_username or actor.username).strip().lower()
    with db.transaction(write=False) as session:
        tutor_id = session.scalar(select(User.id).where(User.username == username))
        if tutor_id is None:
            if tutor_username:
                raise ValidationError("tutor", f"l'utente «{username}» non esiste.", label="Tutor")
            return []
        followed = select(Pathway.participant_id).where(
            Pathway.tutor_id == tutor_id, Pathway.status.in_(OPEN_STATES)
        )
        query = _scoped(
            _application_query().where(JobApplication.participant_id.in_(followed)),
            actor,
            one_person=False,
        )
        if due_only:
            query = query.where(
                JobApplication.status.in_(ACTIVE_STATES),
                JobApplication.follow_up_on.is_not(None),
                JobApplication.follow_up_on <= today + timedelta(days=within_days),
            )
        return [_row(a, p, today) for a, p in session.execute(query)]


# --------------------------------------------------------------------------- sessions


@dataclass
class JobSearchInput:
    """A job-search session and the applications sent during it."""

    participant: str  # codice fiscale or internal code
    day: date | str
    start: time | None = None
    end: time | None = None
    minutes: int | None = None
    channels: Sequence[str] = ()
    cv_updated: bool = False
    notes: str | None = None
    applications: Sequence[ApplicationInput] = field(default_factory=tuple)
    # The pathway its hours go to; None: the open pathway the day falls in, if any.
    pathway_id: int | None = None
    # A coordinator's reason to count the hours past the programme's cap.
    override_reason: str | None = None


@dataclass(frozen=True)
class JobSearchRow:
    id: int
    participant_code: str
    day: date
    minutes: int
    channels: tuple[str, ...]
    cv_updated: bool
    notes: str | None
    operator: str | None  # username
    operator_name: str | None
    pathway_id: int | None  # set when its hours count in that pathway
    applications: int  # how many applications were sent during it


def _pathway_for(session: Session, person: Participant, day: date) -> Pathway | None:
    """The open pathway whose dates hold the day (open before suspended, newest first)."""
    candidates = session.scalars(
        select(Pathway)
        .where(
            Pathway.participant_id == person.id,
            Pathway.status.in_(OPEN_STATES),
            Pathway.start_date <= day,
        )
        .order_by(Pathway.start_date.desc(), Pathway.id.desc())
    ).all()
    for pathway in candidates:
        if pathway.status == PathwayStatus.OPEN:
            return pathway
    return candidates[0] if candidates else None


def record_job_search(db: Database, actor: Actor, data: JobSearchInput) -> int:
    """Record a job-search session with its applications in one transaction; returns its id.

    With an open pathway it counts as hours of active job search there: hours refused for the
    cap refuse the whole session (nothing is written)."""
    require(actor, TUTORING, "registrare sessioni di ricerca lavoro")
    today = date.today()
    day = parse_date(data.day, "day", "Data")
    if day is None:
        raise ValidationError("day", "indicate il giorno.", label="Data")
    if day > today:
        raise ValidationError(
            "day", "è nel futuro: si registrano le sessioni svolte.", label="Data"
        )
    minutes = _minutes(data.start, data.end, data.minutes)
    channels = clean_channels(data.channels)
    notes = (data.notes or "").strip() or None
    with db.transaction() as session:
        person = _person(session, actor, data.participant, "registrare sessioni di ricerca lavoro")
        cleaned = []
        for n, item in enumerate(data.applications):
            if item.participant and participant_by_code(session, item.participant).id != person.id:
                raise ValidationError(
                    "applications",
                    f"la candidatura {n + 1} è di un'altra persona.",
                    label="Candidature",
                )
            try:
                cleaned.append(_clean_application(session, item, today, default_day=day))
            except ValidationError as exc:
                # The dialog's table names the row; the field stays the application's.
                raise ValidationError(
                    exc.field, f"candidatura {n + 1}: {exc.reason}", label=exc.label
                ) from None
        if data.pathway_id is not None:
            pathway = session.get(Pathway, data.pathway_id)
            if pathway is None or pathway.participant_id != person.id:
                raise ValidationError(
                    "pathway", "il percorso non è di questa persona.", label="Percorso"
                )
        else:
            pathway = _pathway_for(session, person, day)
        operator_id = session.scalar(select(User.id).where(User.username == actor.username))
        job_search = JobSearchSession(
            participant_id=person.id,
            pathway_id=pathway.id if pathway is not None else None,
            operator_id=operator_id,
            date=day,
            minutes=minutes,
            channels=CHANNEL_SEPARATOR.join(channels) or None,
            cv_updated=bool(data.cv_updated),
            notes=notes,
            **author_fields(actor),
        )
        session.add(job_search)
        session.flush()
        if pathway is not None:
            _add_delivery(
                session,
                actor,
                DeliveryInput(
                    pathway.id,
                    ServiceType.ACTIVE_JOB_SEARCH,
                    day,
                    start=data.start,
                    end=data.end,
                    minutes=None if data.start and data.end else minutes,
                    note=f"Sessione di ricerca lavoro n. {job_search.id}",
                    override_reason=data.override_reason,
                ),
            )
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "job_search_session",
            job_search.uuid,
            f"{minutes} min, {len(cleaned)} candidature",
        )
        for values in cleaned:
            _add_application(session, actor, person, values, job_search.id)
        return job_search.id


def list_job_search_sessions(
    db: Database, actor: Actor, participant: str | None = None, *, limit: int = 5_000
) -> list[JobSearchRow]:
    """Job-search sessions (of one person, or of everyone the actor may see), newest first.
    Without a person, restricted people are left out."""
    what = "consultare le sessioni di ricerca lavoro"
    require(actor, TUTORING, what)
    sent = (
        select(JobApplication.session_id, func.count().label("n"))
        .where(JobApplication.session_id.is_not(None))
        .group_by(JobApplication.session_id)
        .subquery()
    )
    query = (
        select(JobSearchSession, Participant.internal_code, User.username, User.full_name, sent.c.n)
        .join(Participant, Participant.id == JobSearchSession.participant_id)
        .outerjoin(User, User.id == JobSearchSession.operator_id)
        .outerjoin(sent, sent.c.session_id == JobSearchSession.id)
        .order_by(JobSearchSession.date.desc(), JobSearchSession.id.desc())
        .limit(limit)
    )
    query = _scoped(query, actor, one_person=bool(participant))
    with db.transaction(write=False) as session:
        if participant:
            person = _person(session, actor, participant, what)
            query = query.where(JobSearchSession.participant_id == person.id)
        return [
            JobSearchRow(
                s.id,
                code,
                s.date,
                s.minutes,
                split_channels(s.channels),
                bool(s.cv_updated),
                s.notes,
                username,
                full_name,
                s.pathway_id,
                int(count or 0),
            )
            for s, code, username, full_name, count in session.execute(query)
        ]
