"""Reading pathways: status, tutor, plan against hours delivered (editing comes with intake)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from models.entities import (
    FundingProgramme,
    Participant,
    Pathway,
    PlannedService,
    ServiceDelivery,
    User,
)
from models.enums import PathwayStatus, Role
from models.rows import Actor, PathwayRow
from storage.engine import Database
from storage.services.access import Level, participant_scope_clause
from storage.services.common import require

# Pathways are part of the record: tutors (their caseload) and staff; operators never.
READERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})

_Tutor = aliased(User)


def within_scope(scope: ColumnElement[bool]) -> ColumnElement[bool]:
    """`Participant.id IN (the people the scope clause allows)`, safe in any query.

    The caseload clause has subqueries over pathways; in a query that itself joins pathways they
    would auto-correlate to it (and lose their FROM). Wrapping them in an uncorrelated SELECT
    over participants keeps them self-contained.
    """
    return Participant.id.in_(select(Participant.id).where(scope).correlate(None))


def list_pathways(
    db: Database,
    actor: Actor,
    *,
    status: PathwayStatus | None = None,
    programme_code: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[PathwayRow]:
    """Pathways, newest first, with planned and delivered hours computed in SQL; a tutor's
    caseload only."""
    require(actor, READERS, "consultare i percorsi")
    planned = (
        select(PlannedService.pathway_id, func.sum(PlannedService.planned_hours).label("h"))
        .group_by(PlannedService.pathway_id)
        .subquery()
    )
    delivered = (
        select(ServiceDelivery.pathway_id, func.sum(ServiceDelivery.minutes).label("m"))
        .group_by(ServiceDelivery.pathway_id)
        .subquery()
    )
    stmt = (
        select(
            Pathway,
            Participant.internal_code,
            Participant.last_name,
            Participant.first_name,
            FundingProgramme.code,
            _Tutor.full_name,
            planned.c.h,
            delivered.c.m,
        )
        .join(Participant, Participant.id == Pathway.participant_id)
        .join(FundingProgramme, FundingProgramme.id == Pathway.programme_id)
        .outerjoin(_Tutor, _Tutor.id == Pathway.tutor_id)
        .outerjoin(planned, planned.c.pathway_id == Pathway.id)
        .outerjoin(delivered, delivered.c.pathway_id == Pathway.id)
        .order_by(Pathway.start_date.desc(), Pathway.id.desc())
        .limit(limit)
        .offset(offset)
    )
    scope = participant_scope_clause(actor, Level.RECORD)
    if scope is not None:
        stmt = stmt.where(within_scope(scope))
    if status is not None:
        stmt = stmt.where(Pathway.status == status)
    if programme_code:
        stmt = stmt.where(FundingProgramme.code == programme_code.upper())
    with db.transaction(write=False) as session:
        return [
            PathwayRow(
                id=pw.id,
                participant_code=code,
                participant_name=f"{last} {first}",
                programme_code=prog,
                tutor=tutor,
                start_date=pw.start_date,
                planned_end=pw.planned_end,
                status=pw.status,
                planned_hours=Decimal(str(hours or 0)),
                delivered_hours=(Decimal(int(minutes or 0)) / 60).quantize(Decimal("0.01")),
            )
            for pw, code, last, first, prog, tutor, hours, minutes in session.execute(stmt)
        ]


def participants_for_month(
    db: Database,
    actor: Actor,
    month: date,
    *,
    programme: str | None = None,
    with_hours: bool = False,
) -> list[str]:
    """Internal codes of the people whose pathway (of the programme, or any) was open during
    `month` — with `with_hours`, only those with hours delivered in it — by surname and name.

    What a batch of dossiers or timesheets «of a programme for a month» prints, one per person;
    a tutor's caseload only.
    """
    require(actor, READERS, "consultare i percorsi")
    first = month.replace(day=1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    query = (
        select(Participant.internal_code)
        .join(Pathway, Pathway.participant_id == Participant.id)
        .where(
            Pathway.start_date <= last,
            Pathway.end_date.is_(None) | (Pathway.end_date >= first),
        )
        .group_by(Participant.id, Participant.internal_code, Participant.search_key)
        .order_by(Participant.search_key, Participant.id)
    )
    scope = participant_scope_clause(actor, Level.RECORD)
    if scope is not None:
        query = query.where(within_scope(scope))
    if programme:
        query = query.join(FundingProgramme, FundingProgramme.id == Pathway.programme_id).where(
            FundingProgramme.code == programme.strip().upper()
        )
    if with_hours:
        query = query.where(
            select(ServiceDelivery.id)
            .where(
                ServiceDelivery.pathway_id == Pathway.id,
                ServiceDelivery.date >= first,
                ServiceDelivery.date <= last,
            )
            .exists()
        )
    with db.transaction(write=False) as session:
        return [str(code) for code in session.scalars(query)]
