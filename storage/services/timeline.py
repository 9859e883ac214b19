"""One chronological view of everything about a participant (issue 6, point 8).

Appointments, pathways opened and closed, tutoring notes (only those the actor may read),
service hours, group-course attendance, job-search sessions, applications, internships and
outcomes come back as plain `TimelineItem`s, newest first. Each kind is read with its own
indexed query by participant; the GUI turns codes into words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from models.entities import (
    Appointment,
    Attendance,
    Company,
    Course,
    CourseEdition,
    Desk,
    EditionSession,
    FundingProgramme,
    Internship,
    JobApplication,
    JobSearchSession,
    Outcome,
    Participant,
    Pathway,
    ServiceDelivery,
    TutoringNote,
    User,
)
from models.enums import AuditAction, PathwayStatus, Role
from models.errors import ValidationError
from models.rows import Actor
from storage.audit import record as audit_record
from storage.engine import Database
from storage.services.access import require_participant
from storage.services.common import require
from storage.services.lookup import participant_by_code


class ItemKind(StrEnum):
    APPOINTMENT = "appointment"
    PATHWAY = "pathway"
    NOTE = "note"
    DELIVERY = "delivery"
    ATTENDANCE = "attendance"
    JOB_SEARCH = "job_search"
    APPLICATION = "application"
    INTERNSHIP = "internship"
    OUTCOME = "outcome"


@dataclass(frozen=True)
class TimelineItem:
    """One event. `code` is the kind's own enum value (appointment kind, service type, ...);
    `status` its state; `text` the words that identify it (company, course, first line...)."""

    day: date
    at: time | None
    kind: ItemKind
    code: str
    status: str
    text: str
    who: str
    minutes: int | None
    ref_id: int
    confidential: bool = False


READERS_OF_EVERYTHING = frozenset({Role.COORDINATOR, Role.ADMIN})
# The timeline is the record: tutors (their caseload) and staff; operators never.
READERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
_Author = aliased(User)


def _first_line(value: str | None, width: int = 160) -> str:
    line = next((part.strip() for part in (value or "").splitlines() if part.strip()), "")
    return line if len(line) <= width else line[: width - 1] + "…"


def _period(
    column: InstrumentedAttribute[date], start: date | None, end: date | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column <= end)
    return conditions


def _appointments(pid: int, start: date | None, end: date | None) -> Select[Any]:
    conditions = [Appointment.participant_id == pid]
    if start is not None:
        conditions.append(Appointment.start >= datetime.combine(start, time.min))
    if end is not None:
        conditions.append(Appointment.start <= datetime.combine(end, time.max))
    return (
        select(
            Appointment.id,
            Appointment.start,
            Appointment.kind,
            Appointment.status,
            Appointment.minutes,
            Desk.name,
            User.full_name,
        )
        .join(Desk, Desk.id == Appointment.desk_id)
        .join(User, User.id == Appointment.operator_id)
        .where(and_(*conditions))
    )


def timeline(
    db: Database,
    actor: Actor,
    participant: str | int,
    *,
    kinds: Iterable[ItemKind | str] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[TimelineItem]:
    """Everything about one participant (codice fiscale, internal code or id), newest first,
    filtered by kind and period. The record: tutors within their caseload and staff."""
    require(actor, READERS, "consultare la cronologia di un partecipante")
    wanted = {ItemKind(k) for k in kinds} if kinds is not None else set(ItemKind)
    items: list[TimelineItem] = []
    with db.transaction() as session:
        if isinstance(participant, int):
            found = session.get(Participant, participant)
            if found is None:
                raise ValidationError("participant", "persona non trovata.", label="Partecipante")
            person = found
        else:
            person = participant_by_code(session, participant)
        pid = person.id
        require_participant(session, actor, pid, "consultare la cronologia di un partecipante")
        audit_record(session, actor, AuditAction.VIEW, "participant", person.uuid, "cronologia")

        if ItemKind.APPOINTMENT in wanted:
            for aid, begin, kind, status, minutes, desk, operator in session.execute(
                _appointments(pid, start, end)
            ):
                items.append(
                    TimelineItem(
                        begin.date(),
                        begin.time(),
                        ItemKind.APPOINTMENT,
                        str(kind),
                        str(status),
                        str(desk),
                        str(operator),
                        int(minutes),
                        int(aid),
                    )
                )

        if ItemKind.PATHWAY in wanted:
            query: Select[Any] = (
                select(Pathway, FundingProgramme.code)
                .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
                .where(Pathway.participant_id == pid)
            )
            for pathway, programme in session.execute(query):
                # The opening row says «open»; the closing row the status it closed with.
                events = [(pathway.start_date, "opened", PathwayStatus.OPEN.value)]
                if pathway.end_date is not None:
                    events.append((pathway.end_date, "closed", str(pathway.status)))
                for day, code, status in events:
                    if (start is None or day >= start) and (end is None or day <= end):
                        items.append(
                            TimelineItem(
                                day,
                                None,
                                ItemKind.PATHWAY,
                                code,
                                status,
                                str(programme),
                                "",
                                None,
                                pathway.id,
                            )
                        )

        if ItemKind.NOTE in wanted:
            readable = (
                [] if actor.role in READERS_OF_EVERYTHING
                else [or_(TutoringNote.confidential.is_(False), _Author.username == actor.username)]
            )  # fmt: skip
            query = (
                select(TutoringNote, _Author.full_name)
                .join(_Author, _Author.id == TutoringNote.author_id)
                .where(
                    TutoringNote.participant_id == pid,
                    *readable,
                    *_period(TutoringNote.date, start, end),
                )
            )
            for note, author in session.execute(query):
                items.append(
                    TimelineItem(
                        note.date,
                        note.start_time,
                        ItemKind.NOTE,
                        str(note.counterpart),
                        str(note.mode),
                        _first_line(note.text),
                        str(author),
                        None,
                        note.id,
                        note.confidential,
                    )
                )

        if ItemKind.DELIVERY in wanted:
            query = (
                select(ServiceDelivery, User.full_name)
                .join(Pathway, Pathway.id == ServiceDelivery.pathway_id)
                .outerjoin(User, User.id == ServiceDelivery.operator_id)
                .where(
                    Pathway.participant_id == pid,
                    # A course session's hours show as its attendance row, not twice.
                    ServiceDelivery.edition_session_id.is_(None),
                    *_period(ServiceDelivery.date, start, end),
                )
            )
            for delivery, operator in session.execute(query):
                items.append(
                    TimelineItem(
                        delivery.date,
                        delivery.start_time,
                        ItemKind.DELIVERY,
                        str(delivery.service_type),
                        str(delivery.mode),
                        delivery.place or "",
                        str(operator or ""),
                        delivery.minutes,
                        delivery.id,
                    )
                )

        if ItemKind.ATTENDANCE in wanted:
            query = (
                select(Attendance, EditionSession, Course.title, CourseEdition.code)
                .join(EditionSession, EditionSession.id == Attendance.session_id)
                .join(CourseEdition, CourseEdition.id == EditionSession.edition_id)
                .join(Course, Course.id == CourseEdition.course_id)
                .where(Attendance.participant_id == pid, *_period(EditionSession.date, start, end))
            )
            for attendance, sitting, title, edition in session.execute(query):
                items.append(
                    TimelineItem(
                        sitting.date,
                        sitting.start_time,
                        ItemKind.ATTENDANCE,
                        str(edition),
                        str(attendance.status),
                        str(title),
                        "",
                        attendance.minutes_attended,
                        sitting.id,
                    )
                )

        if ItemKind.JOB_SEARCH in wanted:
            query = (
                select(JobSearchSession, User.full_name)
                .outerjoin(User, User.id == JobSearchSession.operator_id)
                .where(
                    JobSearchSession.participant_id == pid,
                    *_period(JobSearchSession.date, start, end),
                )
            )
            for job_search, operator in session.execute(query):
                items.append(
                    TimelineItem(
                        job_search.date,
                        None,
                        ItemKind.JOB_SEARCH,
                        "cv_updated" if job_search.cv_updated else "",
                        "",
                        job_search.channels or "",
                        str(operator or ""),
                        job_search.minutes,
                        job_search.id,
                    )
                )

        if ItemKind.APPLICATION in wanted:
            query = select(JobApplication).where(JobApplication.participant_id == pid)
            for application in session.scalars(query):
                day = application.applied_on or application.created_at.date()
                if (start is None or day >= start) and (end is None or day <= end):
                    items.append(
                        TimelineItem(
                            day,
                            None,
                            ItemKind.APPLICATION,
                            str(application.channel),
                            str(application.status),
                            f"{application.company_name} — {application.role}",
                            "",
                            None,
                            application.id,
                        )
                    )

        if ItemKind.INTERNSHIP in wanted:
            query = (
                select(Internship, Company.name)
                .join(Company, Company.id == Internship.company_id)
                .where(
                    Internship.participant_id == pid, *_period(Internship.start_date, start, end)
                )
            )
            for internship, company in session.execute(query):
                items.append(
                    TimelineItem(
                        internship.start_date,
                        None,
                        ItemKind.INTERNSHIP,
                        str(internship.type),
                        str(internship.outcome),
                        str(company),
                        "",
                        None,
                        internship.id,
                    )
                )

        if ItemKind.OUTCOME in wanted:
            query = (
                select(Outcome, Company.name)
                .outerjoin(Company, Company.id == Outcome.company_id)
                .where(Outcome.participant_id == pid, *_period(Outcome.start_date, start, end))
            )
            for outcome, company in session.execute(query):
                employer = outcome.employer or company or ""
                what = " — ".join(part for part in (employer, outcome.occupation or "") if part)
                items.append(
                    TimelineItem(
                        outcome.start_date,
                        None,
                        ItemKind.OUTCOME,
                        str(outcome.type),
                        "",
                        what,
                        "",
                        None,
                        outcome.id,
                    )
                )

    items.sort(key=lambda i: (i.day, i.at or time.min, i.kind, i.ref_id), reverse=True)
    return items
