"""Taking someone in charge: consents, pathways with their individual plan, tutor changes.

Rules: a pathway opens only for a person with a signed privacy notice that has not been
withdrawn; at most one open pathway per participant and programme (also a unique index); the
pathway's dates fall inside the programme's; planned hours per service type stay within the
programme's caps; a change of tutor is kept with its date; closing asks for a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.entities import (
    Consent,
    FundingProgramme,
    Outcome,
    Participant,
    Pathway,
    PlannedService,
    ServiceCap,
    TutorAssignment,
    User,
)
from models.enums import (
    AuditAction,
    ConsentSigner,
    OutcomeType,
    PathwayStatus,
    Role,
    ServiceType,
)
from models.errors import ConflictError, ValidationError
from models.labels import SERVICE_LABELS
from models.rows import Actor
from models.text import number_it
from models.validation import optional
from storage import audit
from storage.engine import Database
from storage.services.access import Level, require_participant, require_pathway
from storage.services.common import EVERYONE, STAFF, author_fields, require
from storage.services.lookup import participant_by_code

# Who works on the record (notes, hours, intake): tutors within their caseload, and staff.
TUTORS_UP = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CLOSED = frozenset(
    {
        PathwayStatus.CLOSED_POSITIVE,
        PathwayStatus.CLOSED_NEGATIVE,
        PathwayStatus.WITHDRAWN,
        PathwayStatus.LAPSED,
    }
)
NOTICE_VERSION = "2025.1"


@dataclass
class ConsentInput:
    signed_on: date
    notice_version: str = NOTICE_VERSION
    art9_consent: bool = False
    contact_consent: bool = False
    share_referrer: bool = False
    share_companies: bool = False
    signer: ConsentSigner = ConsentSigner.PERSON
    signer_name: str | None = None


@dataclass(frozen=True)
class ConsentRow:
    id: int
    notice_version: str
    signed_on: date
    art9_consent: bool
    contact_consent: bool
    share_referrer: bool
    share_companies: bool
    signer: ConsentSigner
    signer_name: str | None
    withdrawn_on: date | None


@dataclass
class PathwayInput:
    participant: str  # codice fiscale or internal code
    programme: str  # programme code
    tutor: str  # username
    start: date
    planned_end: date | None = None
    case_manager: str | None = None  # username
    plan: list[tuple[ServiceType | str, Decimal | int | str]] = field(default_factory=list)


@dataclass(frozen=True)
class PlanLine:
    service_type: ServiceType
    planned_hours: Decimal
    cap_hours: Decimal | None


@dataclass(frozen=True)
class OpenedPathway:
    id: int
    uuid: str
    programme: str
    tutor: str
    start: date
    planned_end: date | None
    plan: tuple[PlanLine, ...]


def _person(session: Session, key: str) -> Participant:
    return participant_by_code(session, key)


def _user(session: Session, username: str, field_name: str, label: str) -> User:
    wanted = (username or "").strip().lower()
    user = session.scalar(select(User).where(User.username == wanted))
    if user is None or not user.active:
        raise ValidationError(
            field_name, f"l'utente «{wanted}» non esiste o è disattivato.", label=label
        )
    return user


def _consent_row(c: Consent) -> ConsentRow:
    return ConsentRow(
        c.id,
        c.notice_version,
        c.signed_on,
        c.art9_consent,
        c.contact_consent,
        c.share_referrer,
        c.share_companies,
        c.signer,
        c.signer_name,
        c.withdrawn_on,
    )


def has_valid_consent(session: Session, participant_id: int) -> bool:
    return (
        session.scalar(
            select(Consent.id).where(
                Consent.participant_id == participant_id, Consent.withdrawn_on.is_(None)
            )
        )
        is not None
    )


def record_consent(db: Database, actor: Actor, participant: str, data: ConsentInput) -> ConsentRow:
    """Record a signed privacy notice with the consents it collected."""
    require(actor, EVERYONE, "registrare i consensi")
    if data.signed_on > date.today():
        raise ValidationError("signed_on", "è nel futuro.", label="Data della firma")
    version = (data.notice_version or "").strip()
    if not version:
        raise ValidationError("notice_version", "indicate la versione.", label="Informativa")
    signer_name = optional(data.signer_name, "signer_name", "Chi firma", 200)
    if data.signer is not ConsentSigner.PERSON and not signer_name:
        raise ValidationError(
            "signer_name",
            "indicate il nome del tutore o dell'amministratore di sostegno.",
            label="Chi firma",
        )
    with db.transaction() as session:
        person = _person(session, participant)
        require_participant(session, actor, person.id, "registrare i consensi", Level.IDENTITY)
        consent = Consent(
            participant_id=person.id,
            notice_version=version,
            signed_on=data.signed_on,
            art9_consent=data.art9_consent,
            contact_consent=data.contact_consent,
            share_referrer=data.share_referrer,
            share_companies=data.share_companies,
            signer=data.signer,
            signer_name=signer_name,
            **author_fields(actor),
        )
        session.add(consent)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "consent", person.uuid, f"version={version}"
        )
        return _consent_row(consent)


def withdraw_consent(db: Database, actor: Actor, consent_id: int, on: date) -> ConsentRow:
    """The person withdraws: the record stays, with the date."""
    require(actor, EVERYONE, "registrare i consensi")
    with db.transaction() as session:
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise ValidationError("consent", "il consenso non esiste.", label="Consenso")
        require_participant(
            session, actor, consent.participant_id, "registrare i consensi", Level.IDENTITY
        )
        if consent.withdrawn_on is not None:
            raise ConflictError(
                f"Il consenso è già stato revocato il {consent.withdrawn_on:%d/%m/%Y}."
            )
        if on < consent.signed_on:
            raise ValidationError("withdrawn_on", "è prima della firma.", label="Data della revoca")
        consent.withdrawn_on = on
        consent.updated_by = actor.username
        person = session.get(Participant, consent.participant_id)
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "consent",
            person.uuid if person else None,
            "withdrawn",
        )
        return _consent_row(consent)


def _hours(value: Decimal | int | str, label: str) -> Decimal:
    try:
        hours = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise ValidationError(
            "plan", f"{label}: «{value}» non è un numero di ore.", label="Piano"
        ) from None
    if hours <= 0 or hours > 1000:
        raise ValidationError("plan", f"{label}: le ore devono essere tra 0 e 1000.", label="Piano")
    return hours.quantize(Decimal("0.01"))


def open_pathway(db: Database, actor: Actor, data: PathwayInput) -> OpenedPathway:
    """Open a pathway in a programme with its tutor and individual plan."""
    require(actor, STAFF, "aprire percorsi")
    if data.planned_end is not None and data.planned_end < data.start:
        raise ValidationError("planned_end", "è prima dell'inizio.", label="Fine prevista")
    plan: list[tuple[ServiceType, Decimal]] = []
    for service, hours in data.plan:
        try:
            kind = ServiceType(service)
        except ValueError:
            raise ValidationError(
                "plan", f"«{service}» non è un servizio.", label="Piano"
            ) from None
        if any(kind == k for k, _ in plan):
            raise ValidationError(
                "plan", f"il servizio «{SERVICE_LABELS[kind]}» è ripetuto.", label="Piano"
            )
        plan.append((kind, _hours(hours, SERVICE_LABELS[kind])))
    with db.transaction() as session:
        person = _person(session, data.participant)
        programme = session.scalar(
            select(FundingProgramme).where(FundingProgramme.code == data.programme.strip().upper())
        )
        if programme is None:
            raise ValidationError(
                "programme", f"il programma «{data.programme}» non esiste.", label="Programma"
            )
        tutor = _user(session, data.tutor, "tutor", "Tutor")
        manager = (
            _user(session, data.case_manager, "case_manager", "Responsabile del caso")
            if data.case_manager
            else None
        )
        if not has_valid_consent(session, person.id):
            raise ConflictError(
                f"{person.last_name} {person.first_name} non ha un'informativa privacy firmata "
                "(o l'ha revocata): senza, si registrano solo l'anagrafica e il primo "
                "appuntamento. Registrate prima il consenso."
            )
        if data.start < programme.start_date or (
            programme.end_date is not None and data.start > programme.end_date
        ):
            raise ValidationError(
                "start",
                f"il programma {programme.code} va dal {programme.start_date:%d/%m/%Y}"
                + (f" al {programme.end_date:%d/%m/%Y}" if programme.end_date else "")
                + ".",
                label="Inizio",
            )
        if (
            programme.end_date is not None
            and data.planned_end
            and data.planned_end > programme.end_date
        ):
            raise ValidationError(
                "planned_end",
                f"supera la fine del programma ({programme.end_date:%d/%m/%Y}).",
                label="Fine prevista",
            )
        already = session.scalar(
            select(Pathway.id).where(
                Pathway.participant_id == person.id,
                Pathway.programme_id == programme.id,
                Pathway.status == PathwayStatus.OPEN,
            )
        )
        if already is not None:
            raise ConflictError(
                f"{person.last_name} {person.first_name} ha già un percorso aperto nel "
                f"programma {programme.code} (n. {already})."
            )
        caps = {
            c.service_type: c.max_hours
            for c in session.scalars(
                select(ServiceCap).where(ServiceCap.programme_id == programme.id)
            )
        }
        for kind, hours in plan:
            cap = caps.get(kind)
            if cap is not None and hours > cap:
                raise ValidationError(
                    "plan",
                    f"{SERVICE_LABELS[kind]}: {number_it(hours)} ore superano il massimo del "
                    f"programma ({number_it(cap)} ore).",
                    label="Piano",
                )
        pathway = Pathway(
            participant_id=person.id,
            programme_id=programme.id,
            tutor_id=tutor.id,
            case_manager_id=manager.id if manager else None,
            start_date=data.start,
            planned_end=data.planned_end,
            status=PathwayStatus.OPEN,
            **author_fields(actor),
        )
        session.add(pathway)
        session.flush()
        session.add(
            TutorAssignment(
                pathway_id=pathway.id,
                tutor_id=tutor.id,
                from_date=data.start,
                assigned_by=actor.username,
            )
        )
        for kind, hours in plan:
            session.add(
                PlannedService(
                    pathway_id=pathway.id,
                    service_type=kind,
                    planned_hours=hours,
                    **author_fields(actor),
                )
            )
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "pathway",
            pathway.uuid,
            f"programme={programme.code} plan_lines={len(plan)}",
        )
        return OpenedPathway(
            pathway.id,
            pathway.uuid,
            programme.code,
            tutor.username,
            data.start,
            data.planned_end,
            tuple(PlanLine(k, h, caps.get(k)) for k, h in plan),
        )


def change_tutor(db: Database, actor: Actor, pathway_id: int, tutor: str, from_date: date) -> None:
    """Assign another tutor from a date; the history keeps who followed the pathway when."""
    require(actor, STAFF, "cambiare il tutor")
    with db.transaction() as session:
        pathway = session.get(Pathway, pathway_id)
        if pathway is None:
            raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
        if pathway.status in CLOSED:
            raise ConflictError("Il percorso è chiuso: non si cambia il tutor.")
        user = _user(session, tutor, "tutor", "Tutor")
        last = session.scalar(
            select(TutorAssignment.from_date)
            .where(TutorAssignment.pathway_id == pathway.id)
            .order_by(TutorAssignment.from_date.desc())
        )
        if last is not None and from_date < last:
            raise ValidationError(
                "from_date", f"è prima dell'ultimo cambio ({last:%d/%m/%Y}).", label="Dal giorno"
            )
        if pathway.tutor_id == user.id:
            raise ConflictError(f"{user.full_name} è già il tutor del percorso.")
        pathway.tutor_id = user.id
        pathway.updated_by = actor.username
        session.add(
            TutorAssignment(
                pathway_id=pathway.id,
                tutor_id=user.id,
                from_date=from_date,
                assigned_by=actor.username,
            )
        )
        audit.record(session, actor, AuditAction.UPDATE, "pathway", pathway.uuid, "tutor changed")


@dataclass
class OutcomeInput:
    """What came of a pathway (esito): a contract, an internship, back to education, or none."""

    type: OutcomeType | str
    employer: str | None = None
    occupation: str | None = None
    hours_per_week: int | None = None
    start_date: date | None = None  # default: the closing date
    months: int | None = None  # fixed-term length; none for open-ended


def _clean_outcome(data: OutcomeInput, status: PathwayStatus, end_date: date) -> dict[str, object]:
    try:
        kind = OutcomeType(data.type)
    except ValueError:
        raise ValidationError("outcome", f"«{data.type}» non è un esito.", label="Esito") from None
    if status is PathwayStatus.CLOSED_POSITIVE and kind is OutcomeType.NONE:
        raise ValidationError(
            "outcome", "un percorso chiuso con esito positivo ha un esito.", label="Esito"
        )
    if data.hours_per_week is not None and not 1 <= int(data.hours_per_week) <= 60:
        raise ValidationError("hours_per_week", "tra 1 e 60.", label="Ore settimanali")
    if data.months is not None and int(data.months) <= 0:
        raise ValidationError("months", "deve essere positivo.", label="Durata in mesi")
    employer = optional(data.employer, "employer", "Datore di lavoro", 200)
    if kind not in (OutcomeType.NONE, OutcomeType.EDUCATION) and not employer:
        raise ValidationError("employer", "indicate il datore di lavoro.", label="Datore di lavoro")
    return {
        "type": kind,
        "employer": employer,
        "occupation": optional(data.occupation, "occupation", "Mansione", 200),
        "hours_per_week": data.hours_per_week,
        "start_date": data.start_date or end_date,
        "months": data.months,
    }


def set_pathway_status(
    db: Database,
    actor: Actor,
    pathway_id: int,
    status: PathwayStatus,
    *,
    reason: str | None = None,
    end_date: date | None = None,
    outcome: OutcomeInput | None = None,
) -> None:
    """Suspend, resume or close a pathway; closing needs a reason and an end date, and a
    positive closing an outcome (a negative one records «nessun esito»)."""
    require(actor, STAFF, "cambiare lo stato dei percorsi")
    try:
        status = PathwayStatus(status)
    except ValueError:
        raise ValidationError("status", f"«{status}» non è uno stato.", label="Stato") from None
    why = (reason or "").strip() or None
    with db.transaction() as session:
        pathway = session.get(Pathway, pathway_id)
        if pathway is None:
            raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
        if pathway.status in CLOSED:
            raise ConflictError("Il percorso è già chiuso.")
        if status in CLOSED:
            if not why:
                raise ValidationError(
                    "reason", "indicate il motivo della chiusura.", label="Motivo"
                )
            if end_date is None:
                raise ValidationError(
                    "end_date", "indicate la data di chiusura.", label="Chiuso il"
                )
            if end_date < pathway.start_date:
                raise ValidationError("end_date", "è prima dell'inizio.", label="Chiuso il")
            if outcome is None and status is PathwayStatus.CLOSED_POSITIVE:
                raise ValidationError(
                    "outcome", "indicate l'esito (contratto, tirocinio…).", label="Esito"
                )
            if outcome is None and status is PathwayStatus.CLOSED_NEGATIVE:
                outcome = OutcomeInput(OutcomeType.NONE)
            if outcome is not None:
                session.add(
                    Outcome(
                        participant_id=pathway.participant_id,
                        pathway_id=pathway.id,
                        **_clean_outcome(outcome, status, end_date),
                        **author_fields(actor),
                    )
                )
            pathway.end_date = end_date
        elif status is PathwayStatus.OPEN and pathway.status is PathwayStatus.SUSPENDED:
            other = session.scalar(
                select(Pathway.id).where(
                    Pathway.participant_id == pathway.participant_id,
                    Pathway.programme_id == pathway.programme_id,
                    Pathway.status == PathwayStatus.OPEN,
                )
            )
            if other is not None:
                raise ConflictError(
                    f"C'è già un percorso aperto nello stesso programma (n. {other})."
                )
        before = pathway.status
        pathway.status = status
        pathway.closure_reason = (
            why if status in CLOSED or status is PathwayStatus.SUSPENDED else None
        )
        pathway.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "pathway",
            pathway.uuid,
            f"status {before.value} -> {status.value}",
        )


def consents_of(db: Database, actor: Actor, participant: str) -> list[ConsentRow]:
    require(actor, EVERYONE, "vedere i consensi")
    with db.transaction(write=False) as session:
        person = _person(session, participant)
        require_participant(session, actor, person.id, "vedere i consensi", Level.IDENTITY)
        rows = session.scalars(
            select(Consent).where(Consent.participant_id == person.id).order_by(Consent.signed_on)
        )
        return [_consent_row(c) for c in rows]


@dataclass
class IntakeInput:
    """The structured intake interview (colloquio di presa in carico)."""

    day: date
    minutes: int
    experiences: str = ""
    skills: str = ""
    languages: str = ""
    barriers: str = ""
    expectations: str = ""
    assessment: str = ""
    place: str | None = None


INTAKE_SECTIONS = (
    ("experiences", "Esperienze di lavoro e formazione"),
    ("skills", "Competenze"),
    ("languages", "Lingue"),
    ("barriers", "Ostacoli e bisogni di supporto"),
    ("expectations", "Aspettative"),
    ("assessment", "Valutazione dell'operatore"),
)


INTAKE_MARK = "Valutazione dell'operatore:"


def record_intake(db: Database, actor: Actor, pathway_id: int, data: IntakeInput) -> int:
    """Save the intake interview as the pathway's first service delivery, with its hours.

    The answers are kept as one text with a heading per section, so the dossier prints them as
    they were written; the delivery counts against the plan like any other hour.
    """
    from models.entities import ServiceDelivery

    require(actor, TUTORS_UP, "registrare il colloquio di presa in carico")
    if isinstance(data.minutes, bool) or not 15 <= int(data.minutes) <= 480:
        raise ValidationError("minutes", "tra 15 minuti e 8 ore.", label="Durata")
    if not data.assessment.strip():
        raise ValidationError(
            "assessment", "scrivete la valutazione dell'operatore.", label="Valutazione"
        )
    text = "\n\n".join(
        f"{title}:\n{getattr(data, name).strip()}"
        for name, title in INTAKE_SECTIONS
        if getattr(data, name).strip()
    )
    with db.transaction() as session:
        require_pathway(session, actor, pathway_id, "registrare il colloquio di presa in carico")
        pathway = session.get(Pathway, pathway_id)
        if pathway is None:
            raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
        if pathway.status in CLOSED:
            raise ConflictError("Il percorso è chiuso: il colloquio va registrato prima.")
        if data.day < pathway.start_date or data.day > date.today():
            raise ValidationError(
                "day",
                f"deve essere tra l'inizio del percorso ({pathway.start_date:%d/%m/%Y}) e oggi.",
                label="Giorno",
            )
        earlier = session.scalar(
            select(ServiceDelivery.id).where(
                ServiceDelivery.pathway_id == pathway.id,
                ServiceDelivery.service_type == ServiceType.SPECIALIST_INTERVIEW,
                # Every intake note has the (required) assessment heading.
                ServiceDelivery.note.contains(INTAKE_MARK),
            )
        )
        if earlier is not None:
            raise ConflictError(
                "Il colloquio di presa in carico di questo percorso è già registrato."
            )
        user = session.scalar(select(User).where(User.username == actor.username))
        delivery = ServiceDelivery(
            pathway_id=pathway.id,
            service_type=ServiceType.SPECIALIST_INTERVIEW,
            date=data.day,
            minutes=int(data.minutes),
            operator_id=user.id if user else None,
            place=optional(data.place, "place", "Luogo", 200),
            note=text,
            **author_fields(actor),
        )
        session.add(delivery)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "service_delivery", pathway.uuid, "intake interview"
        )
        return delivery.id
