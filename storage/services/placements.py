"""Internships (tirocini) and outcomes (esiti): what the tutor follows after the job search.

An internship has a host company (not archived), a type, dates, hours, two tutors, a stipend and
its insurance; it can be extended and is closed as completed, interrupted (with a reason) or
converted into a contract, in which case the contract can be recorded as an outcome in the same
transaction. Its length, extensions included, stays within the law (`max_internship_months`).

Closing date: the schema keeps the planned end (`end_date`) and the extension (`extended_to`) but
no separate closing date. Closing therefore makes the closing date the internship's effective end:
an internship closed before its planned end gets that date as `end_date` (and loses an extension it
never reached); one closed during its extension gets it as `extended_to`. The audit event keeps the
dates it had before.

Outcomes (esiti) record contracts, internships, self-employment, a return to education or nothing.
The days from the end of the pathway to the first job are derived, never typed: see
`days_to_first_job`.

Internships and outcomes are the participant's record: tutors, coordinators and administrators
read and write them, operators never. A tutor only reaches the people of their caseload
(storage/services/access.py): a function given a person, an internship or an outcome checks its
participant with `require_participant` before anything else; lists without a person are filtered
in SQL by the caseload and leave out people restricted after an erasure request
(storage/services/retention.py), while asking for one person still finds them. Every change is
one transaction with its audit event.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select

from models.entities import (
    Company,
    FundingProgramme,
    Internship,
    Outcome,
    Participant,
    ParticipantTargetGroup,
    Pathway,
    User,
)
from models.enums import (
    AuditAction,
    InternshipOutcome,
    InternshipType,
    OutcomeType,
    PathwayStatus,
    Role,
    TargetGroup,
)
from models.errors import ConflictError, ValidationError
from models.rows import Actor
from models.validation import optional, parse_date
from storage import audit
from storage.engine import Database
from storage.services.access import Level, participant_scope_clause, require_participant
from storage.services.common import author_fields, require
from storage.services.lookup import participant_by_code

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

TUTORS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})

# Lombardy: DGR 7763/2018 (extracurricular internships) and the regional rules on inclusion
# internships (national guidelines of 22 January 2015). Extensions count in the total.
EXTRACURRICULAR_MONTHS = 12
EXTRACURRICULAR_DISABLED_MONTHS = 24
INCLUSION_MONTHS = 24

# Outcomes that are not a job: they never count as "the first job".
NOT_WORK = frozenset({OutcomeType.EDUCATION, OutcomeType.NONE})
# What an internship can be converted into.
CONTRACTS = frozenset(
    {
        OutcomeType.FIXED_TERM,
        OutcomeType.OPEN_ENDED,
        OutcomeType.APPRENTICESHIP,
        OutcomeType.AGENCY,
    }
)
# Outcomes that need an employer (a company or its name).
NEEDS_EMPLOYER = CONTRACTS | {OutcomeType.INTERNSHIP}
OPEN_STATES = (PathwayStatus.OPEN, PathwayStatus.SUSPENDED)

_TYPE_NAMES = {
    InternshipType.EXTRACURRICULAR: "extracurricolare",
    InternshipType.INCLUSION: "di inclusione",
}


# --------------------------------------------------------------------------- the legal rule


def max_internship_months(kind: InternshipType, *, disabled: bool) -> int:
    """The longest an internship may last, extensions included, in months.

    Extracurricular (DGR 7763/2018): 12 months, 24 for a person with a disability (registered
    under Law 68/99 or in the disability target group). Inclusion internships: 24 months.
    """
    if kind is InternshipType.INCLUSION:
        return INCLUSION_MONTHS
    return EXTRACURRICULAR_DISABLED_MONTHS if disabled else EXTRACURRICULAR_MONTHS


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the last day of the month when that month is shorter)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def latest_end(start: date, months: int) -> date:
    """The last day of a period of `months` months starting on `start` (01/03 + 12 -> 28/02)."""
    return add_months(start, months) - timedelta(days=1)


def check_internship_period(
    kind: InternshipType,
    start: date,
    end: date,
    *,
    disabled: bool,
    extended_to: date | None = None,
) -> None:
    """Refuse an internship that ends before it starts or lasts longer than the law allows.

    The error names "Fine" (field end_date) or, when the extension is what goes too far,
    "Proroga" (field extended_to); the message gives the maximum and the last possible day.
    """
    if end < start:
        raise ValidationError("end_date", "è prima dell'inizio.", label="Fine")
    if extended_to is not None and extended_to <= end:
        raise ValidationError(
            "extended_to",
            f"deve essere dopo la fine prevista ({end:%d/%m/%Y}).",
            label="Proroga",
        )
    months = max_internship_months(kind, disabled=disabled)
    last = latest_end(start, months)
    final = extended_to or end
    if final > last:
        who = " per una persona con disabilità" if disabled and months == 24 else ""
        field_name, label = ("extended_to", "Proroga") if extended_to else ("end_date", "Fine")
        raise ValidationError(
            field_name,
            f"un tirocinio {_TYPE_NAMES[kind]} dura al massimo {months} mesi{who}, proroghe "
            f"comprese: l'ultimo giorno possibile è il {last:%d/%m/%Y}.",
            label=label,
        )


# --------------------------------------------------------------------------- days to first job


def days_to_first_job(
    pathway_end: date | None, work_starts: Iterable[date], *, pathway_start: date | None = None
) -> int | None:
    """Days from the end of a pathway to the start of the first job.

    `work_starts` are the start dates of the participant's work outcomes of that pathway (every
    type but «rientro in formazione» and «nessuno»). None while the pathway is open (no end) or
    when there is no work outcome; a job that started before the end counts as 0, never negative.
    With `pathway_start`, jobs that started before the pathway itself are not its outcome.
    """
    if pathway_end is None:
        return None
    starts = [d for d in work_starts if pathway_start is None or d >= pathway_start]
    if not starts:
        return None
    return max(0, (min(starts) - pathway_end).days)


# --------------------------------------------------------------------------- shared helpers


def _person(session: Session, actor: Actor, key: str | int, what: str) -> Participant:
    """A participant by id (the GUI) or by codice fiscale / internal code (people, files),
    refused unless in the actor's caseload (record level)."""
    if isinstance(key, int):
        # The check first: an id outside the caseload is refused whether it exists or not.
        require_participant(session, actor, key, what)
        person = session.get(Participant, key)
        if person is None:
            raise ValidationError(
                "participant", f"la persona n. {key} non esiste.", label="Partecipante"
            )
        return person
    person = participant_by_code(session, key)
    require_participant(session, actor, person.id, what)
    return person


def _listed(conditions: list[ColumnElement[bool]], actor: Actor, *, one_person: bool) -> None:
    """Add to a list's conditions the actor's caseload and, unless one person was asked for,
    leave out restricted people."""
    from storage.services.retention import visible_participants_clause

    clause = participant_scope_clause(actor, Level.RECORD)
    if clause is not None:
        conditions.append(clause)
    if not one_person:
        conditions.append(visible_participants_clause(include_anonymised=True))


def _is_disabled(session: Session, person: Participant) -> bool:
    """Registered under Law 68/99, or in the disability target group."""
    if person.l68_registered:
        return True
    group = session.scalar(
        select(ParticipantTargetGroup.group).where(
            ParticipantTargetGroup.participant_id == person.id,
            ParticipantTargetGroup.group == TargetGroup.DISABILITY,
        )
    )
    return group is not None


def _pathway(session: Session, person: Participant, pathway_id: int | None) -> Pathway | None:
    """The pathway given (it must be the person's), or their only open one, or none."""
    if pathway_id is not None:
        pathway = session.get(Pathway, pathway_id)
        if pathway is None or pathway.participant_id != person.id:
            raise ValidationError(
                "pathway_id", "il percorso non è di questa persona.", label="Percorso"
            )
        return pathway
    open_ones = list(
        session.scalars(
            select(Pathway).where(
                Pathway.participant_id == person.id, Pathway.status == PathwayStatus.OPEN
            )
        )
    )
    return open_ones[0] if len(open_ones) == 1 else None


def _required_date(value: date | str | None, field_name: str, label: str) -> date:
    day = parse_date(value, field_name, label)
    if day is None:
        raise ValidationError(field_name, "indicate la data.", label=label)
    return day


def _whole(value: int | str | None, field_name: str, label: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(
            field_name, f"«{value}» non è un numero intero.", label=label
        ) from None


def _money(value: Decimal | str | int | None) -> Decimal | None:
    label = "Indennità mensile"
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().replace("€", "").strip()
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            "monthly_stipend", f"«{value}» non è un importo (per esempio 500,00).", label=label
        ) from None
    if not amount.is_finite():
        raise ValidationError("monthly_stipend", "non è un importo.", label=label)
    if amount < 0:
        raise ValidationError("monthly_stipend", "non può essere negativa.", label=label)
    if amount >= Decimal("1000000"):
        raise ValidationError("monthly_stipend", "è troppo alta.", label=label)
    return amount.quantize(Decimal("0.01"))


def _company(session: Session, company_id: int | None, *, keep: int | None = None) -> Company:
    """The host company: it must exist and not be archived (unless it is the one already set)."""
    label = "Azienda ospitante"
    if company_id is None:
        raise ValidationError("company_id", "scegliete l'azienda.", label=label)
    company = session.get(Company, company_id)
    if company is None:
        raise ValidationError("company_id", "l'azienda non esiste.", label=label)
    if company.archived and company.id != keep:
        raise ValidationError(
            "company_id", f"«{company.name}» è archiviata: non ospita nuovi tirocini.", label=label
        )
    return company


# --------------------------------------------------------------------------- internships


@dataclass
class InternshipInput:
    participant: str | int  # codice fiscale or internal code (or the participant's id)
    company_id: int | None
    type: InternshipType | str
    start_date: date | str | None
    end_date: date | str | None
    hours_per_week: int | str | None
    pathway_id: int | None = None  # default: the participant's open pathway, if only one
    promoter: str | None = None
    site: str | None = None
    company_tutor: str | None = None
    promoter_tutor_id: int | None = None  # a user
    monthly_stipend: Decimal | str | None = None
    stipend_payer: str | None = None
    inail_policy: str | None = None
    liability_policy: str | None = None
    communication_date: date | str | None = None  # comunicazione obbligatoria


@dataclass(frozen=True)
class InternshipRow:
    id: int
    participant_code: str
    participant_name: str
    pathway_id: int | None
    company_id: int
    company_name: str
    type: InternshipType
    promoter: str | None
    site: str | None
    start_date: date
    end_date: date
    extended_to: date | None
    effective_end: date  # extended_to or end_date
    hours_per_week: int
    company_tutor: str | None
    promoter_tutor: str | None  # full name of the user
    promoter_tutor_id: int | None
    monthly_stipend: Decimal | None
    stipend_payer: str | None
    inail_policy: str | None
    liability_policy: str | None
    communication_date: date | None
    outcome: InternshipOutcome
    interruption_reason: str | None


def _clean_internship(data: InternshipInput) -> dict[str, object]:
    """The checks that need no database, in the order of the form."""
    try:
        kind = InternshipType(data.type)
    except ValueError:
        raise ValidationError(
            "type", f"«{data.type}» non è un tipo di tirocinio.", label="Tipo"
        ) from None
    start = _required_date(data.start_date, "start_date", "Inizio")
    end = _required_date(data.end_date, "end_date", "Fine")
    if end < start:
        raise ValidationError("end_date", "è prima dell'inizio.", label="Fine")
    hours = _whole(data.hours_per_week, "hours_per_week", "Ore settimanali")
    if hours is None:
        raise ValidationError("hours_per_week", "indicate le ore.", label="Ore settimanali")
    if not 1 <= hours <= 40:
        raise ValidationError("hours_per_week", "tra 1 e 40 ore.", label="Ore settimanali")
    communication = parse_date(
        data.communication_date, "communication_date", "Comunicazione obbligatoria"
    )
    if communication is not None and communication > start:
        raise ValidationError(
            "communication_date",
            f"va fatta entro l'inizio del tirocinio ({start:%d/%m/%Y}).",
            label="Comunicazione obbligatoria",
        )
    return {
        "type": kind,
        "start_date": start,
        "end_date": end,
        "hours_per_week": hours,
        "promoter": optional(data.promoter, "promoter", "Soggetto promotore", 200),
        "site": optional(data.site, "site", "Sede", 300),
        "company_tutor": optional(data.company_tutor, "company_tutor", "Tutor aziendale", 200),
        "monthly_stipend": _money(data.monthly_stipend),
        "stipend_payer": optional(data.stipend_payer, "stipend_payer", "Chi paga l'indennità", 200),
        "inail_policy": optional(data.inail_policy, "inail_policy", "Polizza INAIL", 64),
        "liability_policy": optional(
            data.liability_policy, "liability_policy", "Polizza responsabilità civile", 64
        ),
        "communication_date": communication,
    }


def _promoter_tutor(session: Session, user_id: int | None) -> int | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise ValidationError(
            "promoter_tutor_id",
            "l'utente non esiste o è disattivato.",
            label="Tutor del promotore",
        )
    return user.id


def _internship_query() -> Select[tuple[Internship, Participant, str, str]]:
    return (
        # The promoter tutor is optional: their name may be None (outer join).
        select(Internship, Participant, Company.name, User.full_name)
        .join(Participant, Participant.id == Internship.participant_id)
        .join(Company, Company.id == Internship.company_id)
        .outerjoin(User, User.id == Internship.promoter_tutor_id)
    )


def _internship_row(
    i: Internship, p: Participant, company: str, tutor: str | None
) -> InternshipRow:
    return InternshipRow(
        id=i.id,
        participant_code=p.internal_code,
        participant_name=f"{p.last_name} {p.first_name}",
        pathway_id=i.pathway_id,
        company_id=i.company_id,
        company_name=company,
        type=i.type,
        promoter=i.promoter,
        site=i.site,
        start_date=i.start_date,
        end_date=i.end_date,
        extended_to=i.extended_to,
        effective_end=i.extended_to or i.end_date,
        hours_per_week=i.hours_per_week,
        company_tutor=i.company_tutor,
        promoter_tutor=tutor,
        promoter_tutor_id=i.promoter_tutor_id,
        monthly_stipend=i.monthly_stipend,
        stipend_payer=i.stipend_payer,
        inail_policy=i.inail_policy,
        liability_policy=i.liability_policy,
        communication_date=i.communication_date,
        outcome=i.outcome,
        interruption_reason=i.interruption_reason,
    )


def _read_internship(session: Session, internship_id: int) -> InternshipRow:
    session.flush()
    found = session.execute(_internship_query().where(Internship.id == internship_id)).first()
    assert found is not None
    return _internship_row(*found)


def _get_internship(session: Session, actor: Actor, internship_id: int, what: str) -> Internship:
    """The internship, refused unless its participant is in the actor's caseload."""
    internship = session.get(Internship, internship_id)
    if internship is None:
        raise ValidationError("internship", "il tirocinio non esiste.", label="Tirocinio")
    require_participant(session, actor, internship.participant_id, what)
    return internship


def _get_outcome(session: Session, actor: Actor, outcome_id: int, what: str) -> Outcome:
    """The outcome, refused unless its participant is in the actor's caseload."""
    outcome = session.get(Outcome, outcome_id)
    if outcome is None:
        raise ValidationError("outcome", "l'esito non esiste.", label="Esito")
    require_participant(session, actor, outcome.participant_id, what)
    return outcome


def add_internship(db: Database, actor: Actor, data: InternshipInput) -> InternshipRow:
    """Start an internship: the host company must be active and the length within the law."""
    require(actor, TUTORS, "registrare tirocini")
    values = _clean_internship(data)
    with db.transaction() as session:
        person = _person(session, actor, data.participant, "registrare tirocini")
        company = _company(session, data.company_id)
        pathway = _pathway(session, person, data.pathway_id)
        check_internship_period(
            values["type"],  # type: ignore[arg-type]
            values["start_date"],  # type: ignore[arg-type]
            values["end_date"],  # type: ignore[arg-type]
            disabled=_is_disabled(session, person),
        )
        internship = Internship(
            participant_id=person.id,
            pathway_id=pathway.id if pathway else None,
            company_id=company.id,
            promoter_tutor_id=_promoter_tutor(session, data.promoter_tutor_id),
            outcome=InternshipOutcome.ONGOING,
            **values,
            **author_fields(actor),
        )
        session.add(internship)
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.CREATE,
            "internship",
            person.uuid,
            f"internship {internship.id} {internship.type.value} company {company.id}",
        )
        return _read_internship(session, internship.id)


def update_internship(
    db: Database, actor: Actor, internship_id: int, data: InternshipInput
) -> InternshipRow:
    """Correct an internship's details; the extension and the outcome stay as they are."""
    require(actor, TUTORS, "modificare tirocini")
    values = _clean_internship(data)
    with db.transaction() as session:
        internship = _get_internship(session, actor, internship_id, "modificare tirocini")
        person = _person(session, actor, data.participant, "modificare tirocini")
        if person.id != internship.participant_id:
            raise ValidationError(
                "participant", "un tirocinio non passa a un'altra persona.", label="Partecipante"
            )
        company = _company(session, data.company_id, keep=internship.company_id)
        pathway = _pathway(session, person, data.pathway_id)
        extended_to = internship.extended_to
        if extended_to is not None and values["end_date"] >= extended_to:  # type: ignore[operator]
            raise ValidationError(
                "end_date",
                f"è oltre la proroga già registrata ({extended_to:%d/%m/%Y}).",
                label="Fine",
            )
        check_internship_period(
            values["type"],  # type: ignore[arg-type]
            values["start_date"],  # type: ignore[arg-type]
            values["end_date"],  # type: ignore[arg-type]
            disabled=_is_disabled(session, person),
            extended_to=extended_to,
        )
        for name, value in values.items():
            setattr(internship, name, value)
        internship.company_id = company.id
        internship.pathway_id = pathway.id if pathway else internship.pathway_id
        internship.promoter_tutor_id = _promoter_tutor(session, data.promoter_tutor_id)
        internship.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "internship",
            person.uuid,
            f"internship {internship.id}",
        )
        return _read_internship(session, internship.id)


def extend_internship(
    db: Database, actor: Actor, internship_id: int, new_end: date | str | None
) -> InternshipRow:
    """Extend an ongoing internship to `new_end` (proroga); the total stays within the law."""
    require(actor, TUTORS, "prorogare tirocini")
    end = _required_date(new_end, "extended_to", "Proroga")
    with db.transaction() as session:
        internship = _get_internship(session, actor, internship_id, "prorogare tirocini")
        if internship.outcome is not InternshipOutcome.ONGOING:
            raise ConflictError("Il tirocinio è già chiuso: non si proroga.")
        current = internship.extended_to or internship.end_date
        if end <= current:
            raise ValidationError(
                "extended_to",
                f"deve essere dopo la fine attuale ({current:%d/%m/%Y}).",
                label="Proroga",
            )
        person = _person(session, actor, internship.participant_id, "prorogare tirocini")
        check_internship_period(
            internship.type,
            internship.start_date,
            internship.end_date,
            disabled=_is_disabled(session, person),
            extended_to=end,
        )
        internship.extended_to = end
        internship.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "internship",
            person.uuid,
            f"internship {internship.id} extended {current.isoformat()} -> {end.isoformat()}",
        )
        return _read_internship(session, internship.id)


def close_internship(
    db: Database,
    actor: Actor,
    internship_id: int,
    outcome: InternshipOutcome | str,
    on_date: date | str | None,
    *,
    reason: str | None = None,
    contract: OutcomeInput | None = None,
) -> InternshipRow:
    """Close an internship as completed, interrupted (a reason is required) or converted.

    `on_date` becomes its effective end (see the module docstring); it lies between the start
    and the current end, and not in the future. A converted internship may record the contract
    (`contract`, an OutcomeInput whose employer defaults to the host company) in the same
    transaction. A closed internship cannot be closed again (ConflictError).
    """
    require(actor, TUTORS, "chiudere tirocini")
    try:
        result = InternshipOutcome(outcome)
    except ValueError:
        raise ValidationError("outcome", f"«{outcome}» non è un esito.", label="Esito") from None
    if result is InternshipOutcome.ONGOING:
        raise ValidationError(
            "outcome", "scegliete concluso, interrotto o trasformato.", label="Esito"
        )
    day = _required_date(on_date, "on_date", "Data di chiusura")
    if day > date.today():
        raise ValidationError(
            "on_date", "è nel futuro: si chiude quando è finito.", label="Data di chiusura"
        )
    why = optional(reason, "reason", "Motivo dell'interruzione", 300)
    if result is InternshipOutcome.INTERRUPTED and why is None:
        raise ValidationError(
            "reason",
            "indicate perché il tirocinio è stato interrotto.",
            label="Motivo dell'interruzione",
        )
    if result is not InternshipOutcome.INTERRUPTED:
        why = None
    contract_values: dict[str, object] | None = None
    if contract is not None:
        if result is not InternshipOutcome.CONVERTED:
            raise ValidationError(
                "outcome", "il contratto si registra solo con «trasformato».", label="Esito"
            )
        if _outcome_kind(contract.type) not in CONTRACTS:
            raise ValidationError(
                "type",
                "un tirocinio si trasforma in un contratto (tempo determinato o "
                "indeterminato, apprendistato, somministrazione).",
                label="Tipo di esito",
            )
        contract_values = _clean_outcome(contract, employer_given=True)
        if contract_values["start_date"] < day:  # type: ignore[operator]
            raise ValidationError(
                "start_date",
                f"il contratto comincia alla chiusura del tirocinio ({day:%d/%m/%Y}) o dopo.",
                label="Inizio",
            )
    with db.transaction() as session:
        internship = _get_internship(session, actor, internship_id, "chiudere tirocini")
        if internship.outcome is not InternshipOutcome.ONGOING:
            raise ConflictError("Il tirocinio è già chiuso.")
        current = internship.extended_to or internship.end_date
        if day < internship.start_date:
            raise ValidationError(
                "on_date",
                f"è prima dell'inizio del tirocinio ({internship.start_date:%d/%m/%Y}).",
                label="Data di chiusura",
            )
        if day > current:
            raise ValidationError(
                "on_date",
                f"è dopo la fine del tirocinio ({current:%d/%m/%Y}): prima registrate la proroga.",
                label="Data di chiusura",
            )
        before = f"{internship.end_date.isoformat()}/{(internship.extended_to or '')!s}"
        if internship.extended_to is not None and day > internship.end_date:
            internship.extended_to = day
        else:
            internship.end_date = day
            internship.extended_to = None
        internship.outcome = result
        internship.interruption_reason = why
        internship.updated_by = actor.username
        person = _person(session, actor, internship.participant_id, "chiudere tirocini")
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "internship",
            person.uuid,
            f"internship {internship.id} {result.value} on {day.isoformat()} (was {before})",
        )
        if contract is not None and contract_values is not None:
            # The host company is the employer unless the form says otherwise.
            if contract_values["employer"] is None and contract_values["company_id"] is None:
                contract_values["company_id"] = internship.company_id
            if contract_values["pathway_id"] is None:
                contract_values["pathway_id"] = internship.pathway_id
            if person.id != _person(session, actor, contract.participant, "chiudere tirocini").id:
                raise ValidationError(
                    "participant", "il contratto è della stessa persona.", label="Partecipante"
                )
            _store_outcome(session, actor, person, contract_values)
        return _read_internship(session, internship.id)


def list_internships(
    db: Database,
    actor: Actor,
    *,
    participant: str | int | None = None,
    company_id: int | None = None,
    status: InternshipOutcome | str | None = None,
    limit: int = 5_000,
) -> list[InternshipRow]:
    """Internships, newest start first; `status` is the outcome (ongoing, completed, ...).

    A tutor gets those of their caseload; without a person, restricted people are left out."""
    require(actor, TUTORS, "consultare i tirocini")
    query = _internship_query().order_by(Internship.start_date.desc(), Internship.id.desc())
    if company_id is not None:
        query = query.where(Internship.company_id == company_id)
    if status is not None and str(status).strip():
        try:
            query = query.where(Internship.outcome == InternshipOutcome(status))
        except ValueError:
            raise ValidationError("status", f"«{status}» non è un esito.", label="Esito") from None
    conditions: list[ColumnElement[bool]] = []
    _listed(conditions, actor, one_person=participant is not None)
    query = query.where(*conditions)
    with db.transaction(write=False) as session:
        if participant is not None:
            person = _person(session, actor, participant, "consultare i tirocini")
            query = query.where(Internship.participant_id == person.id)
        return [_internship_row(*found) for found in session.execute(query.limit(limit))]


# --------------------------------------------------------------------------- outcomes


@dataclass
class OutcomeInput:
    participant: str | int  # codice fiscale or internal code (or the participant's id)
    type: OutcomeType | str
    start_date: date | str | None
    employer: str | None = None  # a name, when the employer is not among the companies
    company_id: int | None = None
    occupation: str | None = None
    hours_per_week: int | str | None = None
    months: int | str | None = None  # fixed-term and agency: required; open-ended: none
    pathway_id: int | None = None  # default: the participant's open pathway, if only one


@dataclass(frozen=True)
class OutcomeRow:
    """An outcome with the pathway's days to the first job (see `list_outcomes`)."""

    id: int
    participant_code: str
    participant_name: str
    pathway_id: int | None
    type: OutcomeType
    employer: str | None  # the typed name, or the company's name
    company_id: int | None
    occupation: str | None
    hours_per_week: int | None
    start_date: date
    months: int | None
    days_to_first_job: int | None
    is_first_job: bool  # this row is the job that `days_to_first_job` measures


def _outcome_kind(value: OutcomeType | str) -> OutcomeType:
    try:
        return OutcomeType(value)
    except ValueError:
        raise ValidationError("type", f"«{value}» non è un esito.", label="Tipo di esito") from None


def _clean_outcome(data: OutcomeInput, *, employer_given: bool = False) -> dict[str, object]:
    """The checks that need no database; `employer_given` when the caller supplies a default."""
    kind = _outcome_kind(data.type)
    start = _required_date(data.start_date, "start_date", "Inizio")
    hours = _whole(data.hours_per_week, "hours_per_week", "Ore settimanali")
    if hours is not None and not 1 <= hours <= 60:
        raise ValidationError("hours_per_week", "tra 1 e 60 ore.", label="Ore settimanali")
    months = _whole(data.months, "months", "Durata in mesi")
    if kind in (OutcomeType.FIXED_TERM, OutcomeType.AGENCY) and months is None:
        raise ValidationError(
            "months", "indicate la durata del contratto in mesi.", label="Durata in mesi"
        )
    if kind is OutcomeType.OPEN_ENDED and months is not None:
        raise ValidationError(
            "months", "un contratto a tempo indeterminato non ha durata.", label="Durata in mesi"
        )
    if months is not None and months <= 0:
        raise ValidationError("months", "deve essere di almeno un mese.", label="Durata in mesi")
    employer = optional(data.employer, "employer", "Datore di lavoro", 200)
    if (
        kind in NEEDS_EMPLOYER
        and employer is None
        and data.company_id is None
        and not employer_given
    ):
        raise ValidationError("employer", "indicate il datore di lavoro.", label="Datore di lavoro")
    return {
        "type": kind,
        "start_date": start,
        "hours_per_week": hours,
        "months": months,
        "employer": employer,
        "company_id": data.company_id,
        "occupation": optional(data.occupation, "occupation", "Mansione", 200),
        "pathway_id": data.pathway_id,
    }


def _resolve_outcome(session: Session, person: Participant, values: dict[str, object]) -> None:
    """Check the company and the pathway against the database (values are changed in place)."""
    company_id = values["company_id"]
    if company_id is not None:
        company = session.get(Company, company_id)
        if company is None:
            raise ValidationError("employer", "l'azienda non esiste.", label="Datore di lavoro")
        if values["employer"] == company.name:
            values["employer"] = None  # the company says it already
    pathway = _pathway(session, person, values["pathway_id"])  # type: ignore[arg-type]
    values["pathway_id"] = pathway.id if pathway else None


def _store_outcome(
    session: Session, actor: Actor, person: Participant, values: dict[str, object]
) -> Outcome:
    _resolve_outcome(session, person, values)
    outcome = Outcome(participant_id=person.id, **values, **author_fields(actor))
    session.add(outcome)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "outcome",
        person.uuid,
        f"outcome {outcome.id} {outcome.type.value}",
    )
    return outcome


def add_outcome(db: Database, actor: Actor, data: OutcomeInput) -> OutcomeRow:
    """Record an outcome (a contract, an internship, back to education, none)."""
    require(actor, TUTORS, "registrare esiti")
    values = _clean_outcome(data)
    with db.transaction() as session:
        person = _person(session, actor, data.participant, "registrare esiti")
        outcome = _store_outcome(session, actor, person, values)
        session.flush()
        return _outcome_rows(session, Outcome.id == outcome.id)[0]


def update_outcome(db: Database, actor: Actor, outcome_id: int, data: OutcomeInput) -> OutcomeRow:
    """Correct an outcome; it stays with its person."""
    require(actor, TUTORS, "modificare esiti")
    values = _clean_outcome(data)
    with db.transaction() as session:
        outcome = _get_outcome(session, actor, outcome_id, "modificare esiti")
        person = _person(session, actor, data.participant, "modificare esiti")
        if person.id != outcome.participant_id:
            raise ValidationError(
                "participant", "un esito non passa a un'altra persona.", label="Partecipante"
            )
        if values["pathway_id"] is None:
            values["pathway_id"] = outcome.pathway_id
        _resolve_outcome(session, person, values)
        for name, value in values.items():
            setattr(outcome, name, value)
        outcome.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "outcome",
            person.uuid,
            f"outcome {outcome.id} {outcome.type.value}",
        )
        session.flush()
        return _outcome_rows(session, Outcome.id == outcome.id)[0]


def delete_outcome(db: Database, actor: Actor, outcome_id: int) -> None:
    """Remove an outcome recorded by mistake (the audit trail keeps that it existed)."""
    require(actor, TUTORS, "eliminare esiti")
    with db.transaction() as session:
        outcome = _get_outcome(session, actor, outcome_id, "eliminare esiti")
        person = session.get(Participant, outcome.participant_id)
        audit.record(
            session,
            actor,
            AuditAction.DELETE,
            "outcome",
            person.uuid if person else None,
            f"outcome {outcome.id} {outcome.type.value} {outcome.start_date.isoformat()}",
        )
        session.delete(outcome)


def _reference_pathway(
    outcome: Outcome, pathways: dict[int, Pathway], of_person: list[Pathway]
) -> Pathway | None:
    """The outcome's pathway, or else the participant's most recently closed one among those
    that had begun by the outcome's start (an outcome older than every pathway has none)."""
    if outcome.pathway_id is not None:
        return pathways.get(outcome.pathway_id)
    closed = [
        p
        for p in of_person
        if p.end_date is not None
        and p.status not in OPEN_STATES
        and p.start_date <= outcome.start_date
    ]
    return max(closed, key=lambda p: (p.end_date, p.id), default=None)


def _outcome_rows(session: Session, *conditions: object, limit: int = 5_000) -> list[OutcomeRow]:
    query = (
        select(Outcome, Participant, Company.name)
        .join(Participant, Participant.id == Outcome.participant_id)
        .outerjoin(Company, Company.id == Outcome.company_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Outcome.start_date.desc(), Outcome.id.desc())
        .limit(limit)
    )
    found = list(session.execute(query).tuples())
    people = sorted({o.participant_id for o, _p, _c in found})
    pathways: dict[int, Pathway] = {}
    by_person: dict[int, list[Pathway]] = {}
    work: dict[int, list[Outcome]] = {}
    # In blocks, so that a long list never passes the database's limit on parameters.
    for n in range(0, len(people), 500):
        block = people[n : n + 500]
        for each in session.scalars(select(Pathway).where(Pathway.participant_id.in_(block))):
            pathways[each.id] = each
            by_person.setdefault(each.participant_id, []).append(each)
        for job in session.scalars(
            select(Outcome).where(
                Outcome.participant_id.in_(block), Outcome.type.not_in(tuple(NOT_WORK))
            )
        ):
            work.setdefault(job.participant_id, []).append(job)
    rows = []
    for outcome, person, company in found:
        pathway = _reference_pathway(outcome, pathways, by_person.get(person.id, []))
        days: int | None = None
        first: Outcome | None = None
        if pathway is not None and pathway.status not in OPEN_STATES:
            # The pathway's jobs: linked to it, or linked to none and started after it began.
            jobs = [
                j
                for j in work.get(person.id, [])
                if j.pathway_id == pathway.id
                or (j.pathway_id is None and j.start_date >= pathway.start_date)
            ]
            days = days_to_first_job(pathway.end_date, [j.start_date for j in jobs])
            if jobs:
                first = min(jobs, key=lambda j: (j.start_date, j.id))
        rows.append(
            OutcomeRow(
                id=outcome.id,
                participant_code=person.internal_code,
                participant_name=f"{person.last_name} {person.first_name}",
                pathway_id=outcome.pathway_id,
                type=outcome.type,
                employer=outcome.employer or company,
                company_id=outcome.company_id,
                occupation=outcome.occupation,
                hours_per_week=outcome.hours_per_week,
                start_date=outcome.start_date,
                months=outcome.months,
                days_to_first_job=days,
                is_first_job=first is not None and first.id == outcome.id,
            )
        )
    return rows


def list_outcomes(
    db: Database, actor: Actor, *, participant: str | int | None = None, limit: int = 5_000
) -> list[OutcomeRow]:
    """Outcomes, newest start first, each with `days_to_first_job`.

    `days_to_first_job` is derived, never typed, and feeds the funder report (median and range
    over pathways: take the rows with `is_first_job`, one per pathway). Definition:
    - the pathway: the outcome's own, or for an outcome without one the participant's most
      recently closed pathway among those begun by the outcome's start;
    - its jobs: the participant's work outcomes (every type but «rientro in formazione» and
      «nessuno») linked to that pathway, or linked to none and started on or after its start;
    - the figure: days from the pathway's `end_date` to the start of the FIRST of those jobs;
      a job that started before the end counts as 0 (never negative); None while the pathway
      is open or when it has no job.

    A tutor gets those of their caseload; without a person, restricted people are left out.
    """
    require(actor, TUTORS, "consultare gli esiti")
    conditions: list[ColumnElement[bool]] = []
    _listed(conditions, actor, one_person=participant is not None)
    with db.transaction(write=False) as session:
        if participant is not None:
            person = _person(session, actor, participant, "consultare gli esiti")
            conditions.append(Outcome.participant_id == person.id)
        return _outcome_rows(session, *conditions, limit=limit)


# --------------------------------------------------------------------------- for the forms


@dataclass(frozen=True)
class PathwayChoice:
    """A pathway as a form offers it: «GOL dal 02/02/2026 (aperto)»."""

    id: int
    programme_code: str
    start_date: date
    end_date: date | None
    status: PathwayStatus


def pathways_of(db: Database, actor: Actor, participant: str | int) -> list[PathwayChoice]:
    """The participant's pathways, newest first, for the internship and outcome forms."""
    require(actor, TUTORS, "consultare i percorsi")
    with db.transaction(write=False) as session:
        person = _person(session, actor, participant, "consultare i percorsi")
        query = (
            select(Pathway, FundingProgramme.code)
            .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
            .where(Pathway.participant_id == person.id)
            .order_by(Pathway.start_date.desc(), Pathway.id.desc())
        )
        return [
            PathwayChoice(p.id, code, p.start_date, p.end_date, p.status)
            for p, code in session.execute(query)
        ]
