"""Retention (conservazione) and restriction (limitazione) of participants' data (issue 8, point 5).

Quando i dati di una persona sono «oltre la conservazione» — the one definition
------------------------------------------------------------------------------
For every pathway (percorso) the retention end is 31 December of the year
`Y + retention_years`, where Y is the year of the programme's end date (data di fine del
programma); when the programme has no end date, the year of the pathway's end date. When the
pathway closed after its programme's end, the later year counts, so a late closing never
shortens the retention. `retention_years` is the programme's own (1–30, default 5: the ESF+
rule of about five years from the end of the year of final payment).

Activity not tied to a pathway (appointments, notes and job-search sessions without a pathway,
applications, internships and outcomes without a pathway, consents, course enrolments, and, for
people without any pathway, the day the record was created) follows a general rule: 31 December
of the year of the last such activity + `GENERAL_RETENTION_YEARS` (5). It counts only when it
comes after the person's last pathway ended (someone who came back for help), or when the person
has no pathway at all: what happens inside a pathway is covered by the pathway's retention.

A participant's retention end is the latest of these dates. The participant is past retention
(oltre la conservazione) when:
- the record is not already anonymised (`anonymised_at` is empty);
- every pathway is closed (an end date and a status other than open or suspended): one open
  pathway keeps everything;
- the retention end is before `today`.
Restricted people (erasure requested during the retention period) are included: at the end of
the retention they are anonymised like everyone else, which is what they asked for.

What anonymisation does (`apply_retention`), column by column
---------------------------------------------------------------
Taken first: a consistent backup (storage.backup.backup_database, label
`prima-della-conservazione`, in the usual backups folder or `backup_dir`); then ONE transaction.

- participants: `last_name`, `first_name` -> «Anonimo»; `codice_fiscale` -> NULL (nullable;
  unique, so no placeholder); `birth_date` -> the first day of a month on or after it (the day
  goes, the month stays: see «Ages» below); `citizenship` -> «italiana» for Italians, «extra
  UE» for a third country, an EU nationality kept as written (what the ESF+ «third-country»
  figure needs);
  `birth_place`, `birth_place_code`, `residence_permit_expiry`, `phone`, `email`, `address`,
  `postcode`, `municipality`, `domicile`, `l68_date`, `l68_cpi`, `accessibility_needs`,
  `availability_notes` -> NULL; `search_key` -> "" ; `anonymised_at` -> now.
  KEPT for the statistics: `sex`, target groups, `education_level`, `isced_band`,
  `employment_condition`, `did_date`, `months_unemployed`, `benefit`, `referrer`,
  `l68_registered`, `invalidity_percent`, `l68_category`, `driving_licence`, `own_transport`,
  `desk_id`, `restricted`, the pseudonymous `internal_code` and the `uuid`.
- tutoring_notes: `text` and `next_steps` (when present) -> «[anonimizzato]», `place` -> NULL;
  the FTS index follows through its triggers. tutoring_note_versions: deleted (old texts).
  Date, times, counterpart, mode, confidential flag, author and the linked delivery stay.
- appointments: `note`, `cancel_reason` -> NULL (kind, status, start, minutes stay).
- consents: `signer_name` -> NULL (dates, consents given and signer kind stay: the lawful basis).
- pathways: `closure_reason` -> «[anonimizzato]» when present (status and dates stay).
- service_deliveries: `note`, `place` -> NULL; `cap_override_reason` -> «[anonimizzato]» when
  present (so it still shows that the cap was passed). Minutes, dates, types stay.
- job_search_sessions: `notes` -> NULL (minutes, channels, CV flag stay).
- job_applications: unchanged (company and role are not about the person).
- internships: `company_tutor` (a third person's name) -> NULL, `interruption_reason` ->
  «[anonimizzato]» when present; company, dates, hours, stipend, outcome stay.
- outcomes: unchanged (type, employer, occupation, dates: the statistics).
- signed_registers of the person: `unlock_reason` -> «[anonimizzato]» when present.
- enrollments, attendances, tutor assignments, planned services, audit events: unchanged.

So every count of the indicators report (people, pathways, deliveries, hours, outcomes,
attendance, internships, sex, groups, education, condition, referrer, disability, third
country) stays the same.

Ages. The report counts ages in whole years at the first day of its period, so an age class
flips on the 18th, 25th, 30th and 55th birthdays. Keeping only the year (1 July, say) would move
a person between classes in any report starting between their real birthday and 1 July of the
year they crossed a threshold: on the demo data, 2 of 4 past periods changed their age figures.
The birth date is therefore rounded UP to the first day of a month (`generalised_birth_date`: a
date on the 1st stays, any other goes to the 1st of the next month). For a period starting on
the first of a month (months, quarters, years, programme periods) every age class is then
exactly the same: «born after day D» (D a first of the month) is true of the rounded date
exactly when it is true of the real one. A period starting mid-month can see an age moved by
less than a month. What is left is the birth month, not the day.

Audit: one event per person (UPDATE on «participant», summary «conservazione scaduta:
anonimizzato», no personal data) and one summary event (entity «retention»: how many, the backup
file name).

Restriction (limitazione, art. 18 GDPR)
----------------------------------------
`restrict_participant` / `release_participant` (coordinators and administrators) set and clear
`restricted` with a required reason. The reason is kept in the audit summary after «motivo:»:
it is written by the coordinator about the request (date, channel), and the form must tell them
not to write personal data in it; control characters are removed and it is cut to 300
characters. A restricted person stays in the statistics and in funder documents for a
coordinator, and is hidden from lists and searches: `visible_participants_clause()` (ORM) and
`visible_participants_sql()` (raw SQL) are the conditions the registry and the note search
apply. `restricted_participants` lists them for coordinators, who need to find them to release
them.

Where else restricted people are hidden (issue 8, point 5), and where not:
- booking: the booking dialog's person picker and the enrolment picker use the registry's
  `list_participants`, which applies `visible_participants_clause`; agenda.py and booking.py
  list no people of their own. A restricted (or anonymised) person found by the exact codice
  fiscale is still refused a new appointment, a series or a move (`refuse_if_restricted`): a
  restriction allows keeping the data, not new processing; a coordinator releases them first.
  Their existing appointments stay in the agenda and can be cancelled or marked.
- lists of applications, job-search sessions, internships and outcomes (jobsearch.py,
  placements.py) leave restricted people out unless one person is asked for by code or id
  (a coordinator checking a funder's file, the person's dossier, the right of access).
- course rosters and attendance registers keep them: they are the funder's documents, which is
  what a restriction keeps the data for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, select, update
from sqlalchemy.orm import Session

from models.base import utcnow
from models.entities import (
    Appointment,
    Consent,
    Enrollment,
    FundingProgramme,
    Internship,
    JobApplication,
    JobSearchSession,
    Outcome,
    Participant,
    Pathway,
    ServiceDelivery,
    SignedRegister,
    TutoringNote,
    TutoringNoteVersion,
)
from models.enums import AuditAction, PathwayStatus, Role
from models.errors import ConflictError, ValidationError
from models.rows import Actor
from storage import audit
from storage.backup import backup_database
from storage.engine import Database
from storage.services.common import STAFF, require
from storage.services.lookup import participant_by_code

ADMINS = frozenset({Role.ADMIN})
GENERAL_RETENTION_YEARS = 5
ANONYMOUS_NAME = "Anonimo"
REDACTED = "[anonimizzato]"
BACKUP_LABEL = "prima-della-conservazione"
MAX_REASON = 300
# Participants per batch of UPDATEs: well below SQLite's limit of bound parameters.
CHUNK = 500
OPEN_STATES = frozenset({PathwayStatus.OPEN, PathwayStatus.SUSPENDED})
ITALIAN = frozenset({"italiana", "italiano", "italia"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class RetentionRow:
    """A participant past retention: the pseudonymous code, never the name."""

    participant_id: int
    internal_code: str
    programmes: tuple[str, ...]  # codes of the programmes of their pathways, sorted
    retention_end: date  # the last day the data had to be kept
    restricted: bool


@dataclass(frozen=True)
class RetentionReport:
    """What `apply_retention` did."""

    anonymised: tuple[RetentionRow, ...]
    backup: Path | None  # None when there was nothing to anonymise (no backup taken)
    notes_cleared: int
    versions_deleted: int


@dataclass(frozen=True)
class RestrictionState:
    participant_id: int
    internal_code: str
    restricted: bool


@dataclass(frozen=True)
class RestrictedRow:
    """A restricted person, for the coordinator who may release them."""

    participant_id: int
    internal_code: str
    codice_fiscale: str | None
    last_name: str
    first_name: str


# --------------------------------------------------------------------------- visibility


def visible_participants_clause(*, include_anonymised: bool = False) -> ColumnElement[bool]:
    """The condition «this participant may appear in lists and searches» (ORM).

    Restricted people are hidden; anonymised ones too unless asked (they are only «Anonimo»
    rows kept for the statistics).
    """
    visible = Participant.restricted.is_(False)
    if include_anonymised:
        return visible
    return and_(visible, Participant.anonymised_at.is_(None))


def visible_participants_sql(alias: str = "p", *, include_anonymised: bool = False) -> str:
    """The same condition as SQL text over a participants table aliased `alias`."""
    if not alias.isidentifier():
        raise ValueError(f"not an SQL alias: {alias!r}")
    visible = f"NOT {alias}.restricted"
    if include_anonymised:
        return f"({visible})"
    return f"({visible} AND {alias}.anonymised_at IS NULL)"


def refuse_if_restricted(person: Participant, what: str) -> None:
    """ConflictError when the person is restricted or anonymised: `what` (new processing, such
    as booking) is refused. Says what to do, never the person's name."""
    if person.anonymised_at is not None:
        raise ConflictError(
            f"La persona {person.internal_code} è anonimizzata (conservazione scaduta): non si "
            f"può {what}."
        )
    if person.restricted:
        raise ConflictError(
            f"Il trattamento dei dati della persona {person.internal_code} è limitato (richiesta "
            f"di cancellazione): non si può {what}. Se la persona ritira la richiesta, un "
            "coordinatore toglie prima la limitazione."
        )


# --------------------------------------------------------------------------- the definition


def _year_end(year: int) -> date:
    return date(min(year, 9999), 12, 31)


def pathway_retention_end(
    programme_end: date | None, pathway_end: date | None, retention_years: int
) -> date | None:
    """31 December of (the year of the programme's end, or the pathway's when later or when the
    programme has none) + retention years; None while neither date is known."""
    ends = [d for d in (programme_end, pathway_end) if d is not None]
    if not ends:
        return None
    return _year_end(max(ends).year + retention_years)


def _as_day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _latest(rows: Iterable[Any], into: dict[int, date]) -> None:
    for pid, value in rows:
        day = _as_day(value)
        if day is not None and (pid not in into or into[pid] < day):
            into[int(pid)] = day


def _unattached_activity(session: Session) -> dict[int, date]:
    """The last day of activity not tied to a pathway, per participant."""
    found: dict[int, date] = {}
    queries: list[Select[Any]] = [
        # The day the record was made counts only for people without a pathway: imported
        # records of old pathways are created long after them.
        select(Participant.id, Participant.created_at).where(
            ~select(Pathway.id).where(Pathway.participant_id == Participant.id).exists()
        ),
        select(Appointment.participant_id, func.max(Appointment.start)).group_by(
            Appointment.participant_id
        ),
        select(TutoringNote.participant_id, func.max(TutoringNote.date))
        .where(TutoringNote.pathway_id.is_(None))
        .group_by(TutoringNote.participant_id),
        select(JobSearchSession.participant_id, func.max(JobSearchSession.date))
        .where(JobSearchSession.pathway_id.is_(None))
        .group_by(JobSearchSession.participant_id),
        select(
            JobApplication.participant_id,
            func.max(func.coalesce(JobApplication.applied_on, JobApplication.follow_up_on)),
        ).group_by(JobApplication.participant_id),
        select(
            Internship.participant_id,
            func.max(func.coalesce(Internship.extended_to, Internship.end_date)),
        )
        .where(Internship.pathway_id.is_(None))
        .group_by(Internship.participant_id),
        select(Outcome.participant_id, func.max(Outcome.start_date))
        .where(Outcome.pathway_id.is_(None))
        .group_by(Outcome.participant_id),
        select(
            Consent.participant_id,
            func.max(func.coalesce(Consent.withdrawn_on, Consent.signed_on)),
        ).group_by(Consent.participant_id),
        select(Enrollment.participant_id, func.max(Enrollment.enrolled_on)).group_by(
            Enrollment.participant_id
        ),
    ]
    for query in queries:
        _latest(session.execute(query), found)
    return found


def _candidates(session: Session, today: date) -> list[RetentionRow]:
    people = {
        pid: (code, bool(restricted))
        for pid, code, restricted in session.execute(
            select(Participant.id, Participant.internal_code, Participant.restricted).where(
                Participant.anonymised_at.is_(None)
            )
        )
    }
    pathways: dict[int, list[tuple[str, date | None, date | None, bool]]] = {}
    for pid, status, end, code, prog_end, years in session.execute(
        select(
            Pathway.participant_id,
            Pathway.status,
            Pathway.end_date,
            FundingProgramme.code,
            FundingProgramme.end_date,
            FundingProgramme.retention_years,
        ).join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
    ):
        closed = end is not None and status not in OPEN_STATES
        retention = pathway_retention_end(prog_end, end, int(years)) if closed else None
        pathways.setdefault(pid, []).append((code, end, retention, closed))
    activity = _unattached_activity(session)
    rows: list[RetentionRow] = []
    for pid, (code, restricted) in people.items():
        own = pathways.get(pid, [])
        if any(not closed for *_, closed in own):
            continue
        ends = [retention for _, _, retention, _ in own if retention is not None]
        last_pathway = max((end for _, end, _, _ in own if end is not None), default=None)
        last_other = activity.get(pid)
        if last_other is not None and (last_pathway is None or last_other > last_pathway):
            ends.append(_year_end(last_other.year + GENERAL_RETENTION_YEARS))
        if not ends:
            continue
        retention_end = max(ends)
        if retention_end < today:
            rows.append(
                RetentionRow(
                    pid,
                    code,
                    tuple(sorted({c for c, *_ in own})),
                    retention_end,
                    restricted,
                )
            )
    rows.sort(key=lambda r: (r.retention_end, r.internal_code))
    return rows


def retention_candidates(
    db: Database, actor: Actor, *, today: date | None = None
) -> list[RetentionRow]:
    """The participants past retention (the dry run): nothing is changed."""
    require(actor, ADMINS, "gestire la conservazione dei dati")
    with db.transaction(write=False) as session:
        return _candidates(session, today or date.today())


# --------------------------------------------------------------------------- anonymisation


def _citizenship(value: str | None) -> str | None:
    from storage.services.indicators import EU_CITIZENSHIPS

    folded = (value or "").strip().lower()
    if not folded:
        return None
    if folded in ITALIAN:
        return "italiana"
    if folded in EU_CITIZENSHIPS:
        return folded
    return "extra UE"


def generalised_birth_date(born: date) -> date:
    """The first day of a month on or after `born`: the day is dropped, and the age at the first
    day of any month is unchanged (see the module docstring, «Ages»)."""
    if born.day == 1:
        return born
    if born.month == 12:
        return date(born.year + 1, 1, 1)
    return date(born.year, born.month + 1, 1)


def _anonymise(session: Session, actor: Actor, ids: list[int], now: datetime) -> tuple[int, int]:
    """Clear identity and free text of these participants; return (notes, versions)."""
    for person in session.scalars(select(Participant).where(Participant.id.in_(ids))):
        person.last_name = ANONYMOUS_NAME
        person.first_name = ANONYMOUS_NAME
        person.codice_fiscale = None
        if person.birth_date is not None:
            person.birth_date = generalised_birth_date(person.birth_date)
        person.citizenship = _citizenship(person.citizenship)
        for name in (
            "birth_place", "birth_place_code", "residence_permit_expiry", "phone", "email",
            "address", "postcode", "municipality", "domicile", "l68_date", "l68_cpi",
            "accessibility_needs", "availability_notes",
        ):  # fmt: skip
            setattr(person, name, None)
        person.search_key = ""
        person.anonymised_at = now
        person.updated_by = actor.username
    note_ids = select(TutoringNote.id).where(TutoringNote.participant_id.in_(ids))
    versions = int(
        session.scalar(select(func.count()).where(TutoringNoteVersion.note_id.in_(note_ids))) or 0
    )
    notes = int(
        session.scalar(select(func.count()).where(TutoringNote.participant_id.in_(ids))) or 0
    )
    session.execute(delete(TutoringNoteVersion).where(TutoringNoteVersion.note_id.in_(note_ids)))
    session.execute(
        update(TutoringNote)
        .where(TutoringNote.participant_id.in_(ids))
        .values(text=REDACTED, place=None, updated_by=actor.username)
    )
    session.execute(
        update(TutoringNote)
        .where(TutoringNote.participant_id.in_(ids), TutoringNote.next_steps.is_not(None))
        .values(next_steps=REDACTED)
    )
    session.execute(
        update(Appointment)
        .where(Appointment.participant_id.in_(ids))
        .values(note=None, cancel_reason=None)
    )
    session.execute(update(Consent).where(Consent.participant_id.in_(ids)).values(signer_name=None))
    pathway_ids = select(Pathway.id).where(Pathway.participant_id.in_(ids))
    session.execute(
        update(Pathway)
        .where(Pathway.participant_id.in_(ids), Pathway.closure_reason.is_not(None))
        .values(closure_reason=REDACTED)
    )
    session.execute(
        update(ServiceDelivery)
        .where(ServiceDelivery.pathway_id.in_(pathway_ids))
        .values(note=None, place=None)
    )
    session.execute(
        update(ServiceDelivery)
        .where(
            ServiceDelivery.pathway_id.in_(pathway_ids),
            ServiceDelivery.cap_override_reason.is_not(None),
        )
        .values(cap_override_reason=REDACTED)
    )
    session.execute(
        update(JobSearchSession).where(JobSearchSession.participant_id.in_(ids)).values(notes=None)
    )
    session.execute(
        update(Internship).where(Internship.participant_id.in_(ids)).values(company_tutor=None)
    )
    session.execute(
        update(Internship)
        .where(Internship.participant_id.in_(ids), Internship.interruption_reason.is_not(None))
        .values(interruption_reason=REDACTED)
    )
    session.execute(
        update(SignedRegister)
        .where(SignedRegister.participant_id.in_(ids), SignedRegister.unlock_reason.is_not(None))
        .values(unlock_reason=REDACTED)
    )
    return notes, versions


def apply_retention(
    db: Database,
    actor: Actor,
    *,
    today: date | None = None,
    backup_dir: Path | None = None,
) -> RetentionReport:
    """Anonymise everyone past retention, after a backup; one transaction for all of them.

    Administrators only. With nobody past retention nothing is written and no backup is taken.
    The backup must succeed first (StorageUnavailable otherwise, database unchanged; on
    PostgreSQL the built-in backup is refused: take a pg_dump and anonymise from there).
    """
    require(actor, ADMINS, "applicare la conservazione dei dati")
    day = today or date.today()
    with db.transaction(write=False) as session:
        if not _candidates(session, day):
            return RetentionReport((), None, 0, 0)
    backup = backup_database(db.target, to=backup_dir, label=BACKUP_LABEL, keep=None)
    with db.transaction() as session:
        # Counted again inside the write lock: what is anonymised is what is past retention now.
        rows = _candidates(session, day)
        now = utcnow()
        notes = versions = 0
        for chunk in range(0, len(rows), CHUNK):
            part = rows[chunk : chunk + CHUNK]
            ids = [r.participant_id for r in part]
            cleared, deleted = _anonymise(session, actor, ids, now)
            notes += cleared
            versions += deleted
            uuids = dict(
                session.execute(
                    select(Participant.id, Participant.uuid).where(Participant.id.in_(ids))
                )
                .tuples()
                .all()
            )
            for row in part:
                audit.record(
                    session,
                    actor,
                    AuditAction.UPDATE,
                    "participant",
                    uuids[row.participant_id],
                    "conservazione scaduta: anonimizzato",
                )
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "retention",
            None,
            f"anonimizzati {len(rows)}; note {notes}; versioni eliminate {versions}; "
            f"backup {backup.name}",
        )
    return RetentionReport(tuple(rows), backup, notes, versions)


# --------------------------------------------------------------------------- restriction


def _reason(reason: str | None) -> str:
    text = " ".join(_CONTROL.sub(" ", reason or "").split())
    if not text:
        raise ValidationError("reason", "indicate il motivo.", label="Motivo")
    if len(text) > MAX_REASON:
        raise ValidationError(
            "reason",
            f"al massimo {MAX_REASON} caratteri (ne avete scritti {len(text)}).",
            label="Motivo",
        )
    return text


def _person(session: Session, participant: str | int) -> Participant:
    if isinstance(participant, int):
        person = session.get(Participant, participant)
        if person is None:
            raise ValidationError(
                "participant", f"la persona n. {participant} non esiste.", label="Partecipante"
            )
        return person
    return participant_by_code(session, participant, lock=True)


def _set_restricted(
    db: Database, actor: Actor, participant: str | int, reason: str, restricted: bool
) -> RestrictionState:
    why = _reason(reason)
    with db.transaction() as session:
        person = _person(session, participant)
        if person.anonymised_at is not None:
            raise ConflictError(
                f"La persona {person.internal_code} è già anonimizzata: non c'è più nulla da "
                "limitare."
            )
        if person.restricted == restricted:
            state = "già limitata" if restricted else "non è limitata"
            raise ConflictError(f"La persona {person.internal_code} {state}.")
        person.restricted = restricted
        person.updated_by = actor.username
        session.flush()
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "participant",
            person.uuid,
            f"{'limitazione' if restricted else 'fine limitazione'}; motivo: {why}",
        )
        return RestrictionState(person.id, person.internal_code, restricted)


def restrict_participant(
    db: Database, actor: Actor, participant: str | int, reason: str
) -> RestrictionState:
    """Mark a person restricted (erasure asked during retention): hidden, kept for funders.

    `participant`: codice fiscale, internal code or id. The reason is required and kept in the
    audit trail after «motivo:».
    """
    require(actor, STAFF, "limitare il trattamento dei dati di una persona")
    return _set_restricted(db, actor, participant, reason, True)


def release_participant(
    db: Database, actor: Actor, participant: str | int, reason: str
) -> RestrictionState:
    """Lift a restriction; the reason is required and kept in the audit trail."""
    require(actor, STAFF, "togliere la limitazione dei dati di una persona")
    return _set_restricted(db, actor, participant, reason, False)


def restricted_participants(db: Database, actor: Actor) -> list[RestrictedRow]:
    """The restricted people, for coordinators (the only place they are still listed)."""
    require(actor, STAFF, "vedere le persone con trattamento limitato")
    with db.transaction(write=False) as session:
        return [
            RestrictedRow(p.id, p.internal_code, p.codice_fiscale, p.last_name, p.first_name)
            for p in session.scalars(
                select(Participant)
                .where(Participant.restricted.is_(True), Participant.anonymised_at.is_(None))
                .order_by(Participant.search_key, Participant.id)
            )
        ]
