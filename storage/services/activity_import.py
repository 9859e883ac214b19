"""Importing past activity from spreadsheets: service hours (with course attendance) and outcomes.

Same rules as the participant import and as the screens: header names in Italian or English;
each row checked by the services' own rules (durations, caps, closed pathways, outcome contract
rules) inside a savepoint, so a rejected row leaves nothing behind and is reported with its line,
field and reason while the valid ones go in, all in one transaction. Importing the same file
again creates no duplicates: a delivery already there (same pathway, day, service, start and
minutes) or an outcome already there (same person, type, start date and employer) is counted as
existing.

Hours are filed on the participant's pathway whose dates cover the day (the «programma» column
chooses when several do). With an «edizione» column the row is a group-course session: the
person must be enrolled in that edition; the session is found by day and start (or created with
the row's start and end); the attendance is recorded (present by default) and, when present,
the hours count as a group delivery linked to the session.

Importing is for coordinators and administrators (issue 8: imports are staff work): a file can
touch anyone's pathway, so it cannot be held to one tutor's caseload row by row.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from models.activity_import import (
    DELIVERY_COLUMNS,
    OUTCOME_COLUMNS,
    guess_columns,
    parse_code,
    parse_time,
    parse_whole,
    row_values,
)
from models.entities import (
    Attendance,
    CourseEdition,
    EditionSession,
    Enrollment,
    FundingProgramme,
    Outcome,
    Participant,
    Pathway,
    ServiceDelivery,
)
from models.enums import (
    AttendanceStatus,
    AuditAction,
    DeliveryMode,
    OutcomeType,
    ServiceType,
)
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.importing import RowProblem, read_table
from models.rows import Actor
from models.text import fold
from models.validation import parse_date
from storage import audit
from storage.engine import Database
from storage.services.common import STAFF, require
from storage.services.lookup import participant_by_code
from storage.services.tutoring import DeliveryInput, _add_delivery, _minutes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

IMPORTERS = STAFF
Progress = Callable[[int, int], "bool | None"]


@dataclass
class ActivityReport:
    rows: int
    imported: int
    existing: int
    problems: list[RowProblem] = field(default_factory=list)
    seconds: float = 0.0


class _Existing(Exception):
    """The row is already in the database: counted, not written again."""


_FIELD_OF = {"participant": "codice_fiscale", "day": "date", "pathway": "date"}


def _problem(line: int, exc: ValidationError, columns: dict[str, object]) -> RowProblem:
    name = _FIELD_OF.get(exc.field, exc.field)
    column = columns.get(name)
    label = getattr(column, "label", None) or exc.label or name
    return RowProblem(line, name, str(label), exc.reason)


def _run_rows(
    db: Database,
    actor: Actor,
    path: Path,
    columns: dict[str, object],
    entity: str,
    one_row: Callable[[Session, dict[str, str]], None],
) -> ActivityReport:
    started = clock.perf_counter()
    table = read_table(path)
    mapping = guess_columns(table.headers, columns)  # type: ignore[arg-type]
    report = ActivityReport(rows=len(table.rows), imported=0, existing=0)
    with db.transaction() as session:
        for line, values in row_values(table, mapping):
            if not any(values.values()):
                report.rows -= 1
                continue
            try:
                with session.begin_nested():
                    one_row(session, values)
                report.imported += 1
            except _Existing:
                report.existing += 1
            except ValidationError as exc:
                report.problems.append(_problem(line, exc, columns))
            except (ConflictError, PermissionDenied) as exc:
                report.problems.append(RowProblem(line, "row", "Riga", str(exc)))
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            entity,
            None,
            f"file={Path(path).suffix.lower()} rows={report.rows} imported={report.imported} "
            f"existing={report.existing} rejected={len(report.problems)}",
        )
    report.seconds = clock.perf_counter() - started
    return report


# --------------------------------------------------------------------------- deliveries


def _covering_pathway(session: Session, person: Participant, day: date, programme: str) -> Pathway:
    query = (
        select(Pathway)
        .where(
            Pathway.participant_id == person.id,
            Pathway.start_date <= day,
            (Pathway.end_date.is_(None)) | (Pathway.end_date >= day),
        )
        .order_by(Pathway.start_date.desc())
    )
    if programme:
        query = query.join(FundingProgramme, FundingProgramme.id == Pathway.programme_id).where(
            FundingProgramme.code == programme.strip().upper()
        )
    found = list(session.scalars(query))
    when = f"{day:%d/%m/%Y}"
    if not found:
        raise ValidationError(
            "date",
            f"nessun percorso della persona copre il {when}"
            + (f" nel programma {programme.strip().upper()}." if programme else "."),
            label="Data",
        )
    if len(found) > 1:
        raise ValidationError(
            "programme",
            f"più percorsi della persona coprono il {when}: indicate il programma.",
            label="Programma",
        )
    return found[0]


def _course_session(
    session: Session, edition_code: str, person: Participant, day: date, start: time | None,
    end: time | None,
) -> EditionSession:  # fmt: skip
    edition = session.scalar(
        select(CourseEdition).where(CourseEdition.code == edition_code.strip().upper())
    )
    if edition is None:
        edition = session.scalar(select(CourseEdition).where(CourseEdition.code == edition_code))
    if edition is None:
        raise ValidationError(
            "edition", f"l'edizione «{edition_code}» non esiste.", label="Edizione"
        )
    enrolment = session.get(Enrollment, (edition.id, person.id))
    if enrolment is None:
        raise ValidationError(
            "edition",
            f"{person.last_name} {person.first_name} non è iscritto all'edizione {edition.code}.",
            label="Edizione",
        )
    if day < enrolment.enrolled_on:
        # As in the register: only people enrolled by the session's day are in it.
        raise ValidationError(
            "date",
            f"è prima dell'iscrizione all'edizione {edition.code} "
            f"({enrolment.enrolled_on:%d/%m/%Y}).",
            label="Data",
        )
    query = select(EditionSession).where(
        EditionSession.edition_id == edition.id, EditionSession.date == day
    )
    if start is not None:
        query = query.where(EditionSession.start_time == start)
    sitting = session.scalars(query.order_by(EditionSession.start_time)).first()
    if sitting is None:
        if start is None or end is None:
            raise ValidationError(
                "start",
                f"l'edizione {edition.code} non ha un incontro il {day:%d/%m/%Y}: indicate inizio "
                "e fine per crearlo.",
                label="Inizio",
            )
        _minutes(start, end, None)
        sitting = EditionSession(
            edition_id=edition.id, date=day, start_time=start, end_time=end,
            created_by="import", updated_by="import",
        )  # fmt: skip
        session.add(sitting)
        session.flush()
    return sitting


def import_deliveries(db: Database, actor: Actor, path: Path) -> ActivityReport:
    """Import service hours (and course attendance) from a .csv or .xlsx file."""
    require(actor, IMPORTERS, "importare ore di servizio")

    def one_row(session: Session, v: dict[str, str]) -> None:
        person = participant_by_code(session, v.get("codice_fiscale", ""))
        day = parse_date(v.get("date") or None, "date", "Data")
        if day is None:
            raise ValidationError("date", "manca il giorno.", label="Data")
        start = parse_time(v.get("start", ""), "start", "Inizio")
        end = parse_time(v.get("end", ""), "end", "Fine")
        minutes = parse_whole(v.get("minutes", ""), "minutes", "Minuti")
        kind = parse_code(v.get("service_type", ""), ServiceType, "service_type", "Servizio")
        mode = (
            parse_code(v["mode"], DeliveryMode, "mode", "Modalità")
            if v.get("mode")
            else DeliveryMode.INDIVIDUAL
        )
        pathway = _covering_pathway(session, person, day, v.get("programme", ""))
        total = _minutes(start, end, minutes)
        sitting = None
        status = AttendanceStatus.PRESENT
        if v.get("edition"):
            mode = DeliveryMode.GROUP
            sitting = _course_session(session, v["edition"], person, day, start, end)
            if v.get("attendance"):
                status = parse_code(v["attendance"], AttendanceStatus, "attendance", "Presenza")
            attended = total if status is AttendanceStatus.PRESENT else 0
            record = session.get(Attendance, (sitting.id, person.id))
            if record is None:
                session.add(Attendance(session_id=sitting.id, participant_id=person.id,
                                       status=status, minutes_attended=attended))  # fmt: skip
            elif record.status == status and record.minutes_attended == attended:
                if status is not AttendanceStatus.PRESENT:
                    raise _Existing()
            else:
                record.status, record.minutes_attended = status, attended
            session.flush()
            if status is not AttendanceStatus.PRESENT:
                return
        same = select(ServiceDelivery.id).where(
            ServiceDelivery.pathway_id == pathway.id,
            ServiceDelivery.date == day,
            ServiceDelivery.service_type == kind,
            ServiceDelivery.minutes == total,
            ServiceDelivery.start_time.is_(None)
            if start is None
            else ServiceDelivery.start_time == start,
        )
        if session.scalar(same) is not None:
            raise _Existing()
        delivery = _add_delivery(
            session,
            actor,
            DeliveryInput(
                pathway.id, kind, day, start=start, end=end,
                minutes=None if start is not None else total, mode=mode,
                operator=v.get("operator") or None, place=v.get("place") or None,
            ),
            past_import=True,
        )  # fmt: skip
        if sitting is not None:
            delivery.edition_session_id = sitting.id
            delivery.operator_id = delivery.operator_id or sitting.operator_id

    return _run_rows(db, actor, path, DELIVERY_COLUMNS, "service_delivery", one_row)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- outcomes


def import_outcomes(db: Database, actor: Actor, path: Path) -> ActivityReport:
    """Import outcomes (contracts, internships, back to education) from a .csv or .xlsx file."""
    from storage.services.placements import OutcomeInput, _clean_outcome, _store_outcome

    require(actor, IMPORTERS, "importare esiti")

    def one_row(session: Session, v: dict[str, str]) -> None:
        person = participant_by_code(session, v.get("codice_fiscale", ""))
        kind = parse_code(v.get("type", ""), OutcomeType, "type", "Tipo di contratto")
        values = _clean_outcome(
            OutcomeInput(
                participant=person.id,
                type=kind,
                start_date=v.get("start_date") or None,
                employer=v.get("employer") or None,
                occupation=v.get("occupation") or None,
                hours_per_week=v.get("hours_per_week") or None,
                months=parse_whole(v.get("months", ""), "months", "Mesi"),
            )
        )
        start = values["start_date"]
        assert isinstance(start, date)
        employer = fold(str(values["employer"] or ""))
        for existing in session.scalars(
            select(Outcome).where(
                Outcome.participant_id == person.id,
                Outcome.type == kind,
                Outcome.start_date == start,
            )
        ):
            if fold(existing.employer or "") == employer:
                raise _Existing()
        # The pathway it comes from: the latest one begun by the start of the job.
        values["pathway_id"] = session.scalar(
            select(Pathway.id)
            .where(Pathway.participant_id == person.id, Pathway.start_date <= start)
            .order_by(Pathway.start_date.desc(), Pathway.id.desc())
            .limit(1)
        )
        _store_outcome(session, actor, person, values)

    return _run_rows(db, actor, path, OUTCOME_COLUMNS, "outcome", one_row)  # type: ignore[arg-type]
