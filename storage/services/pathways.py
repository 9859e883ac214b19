"""Reading pathways: status, tutor, plan against hours delivered (editing comes with intake)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from models.entities import (
    FundingProgramme,
    Participant,
    Pathway,
    PlannedService,
    ServiceDelivery,
    User,
)
from models.enums import PathwayStatus
from models.rows import Actor, PathwayRow
from storage.engine import Database
from storage.services.common import EVERYONE, require

_Tutor = aliased(User)


def list_pathways(
    db: Database,
    actor: Actor,
    *,
    status: PathwayStatus | None = None,
    programme_code: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[PathwayRow]:
    """Pathways, newest first, with planned and delivered hours computed in SQL."""
    require(actor, EVERYONE, "consultare i percorsi")
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
