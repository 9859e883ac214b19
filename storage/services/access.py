"""Who may see which participant: the caseload rule every participant-scoped service applies.

Roles (issue #8):
- coordinators and administrators see everyone;
- a tutor sees the people whose pathway (open or closed) has them as *current* tutor, so that a
  change of tutor moves access with it; plus the people they registered themselves who have no
  pathway yet (an intake in progress would otherwise vanish from its author's sight);
- an operator sees identity and contacts only, never the record (notes, hours, pathways,
  documents), of the people booked at a desk where they work (their availability), of the people
  booked with them or by them, and of the people they registered or who are registered at one
  of their desks. Looking a person up by the full codice fiscale is the way to book a returning
  person; `participant_rows` allows that exact match for operators.

Two levels: IDENTITY (name, codice fiscale, contacts, appointments) and RECORD (everything else).
Services call `require_participant` (or `require_pathway`) inside their transaction; lists use
`participant_scope_clause` so that paging and counts happen in SQL.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ColumnElement, and_, exists, false, or_, select
from sqlalchemy.orm import Session, aliased

from models.entities import Appointment, OperatorAvailability, Participant, Pathway, User
from models.enums import Role
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor
from storage.services.common import ROLE_LABELS, STAFF

__all__ = [
    "Level",
    "can_access",
    "participant_scope_clause",
    "require_participant",
    "require_pathway",
    "sees_everyone",
]


class Level(StrEnum):
    """How much of a participant an action touches."""

    IDENTITY = "identity"  # name, codice fiscale, contacts, appointments
    RECORD = "record"  # notes, hours, pathways, plans, job search, documents


def sees_everyone(actor: Actor) -> bool:
    """Coordinators and administrators (and the file holder without --as) see every participant."""
    return actor.role in STAFF


def participant_scope_clause(
    actor: Actor, level: Level = Level.IDENTITY
) -> ColumnElement[bool] | None:
    """The condition «this actor may see this participant» over `Participant`, or None for all.

    Operators get a false condition at RECORD level: they never see the record.
    """
    if sees_everyone(actor):
        return None
    # The subqueries use aliases, so that they never correlate to a query that itself joins
    # pathways, appointments or users (they would lose their FROM); only Participant correlates.
    # By username, so that an Actor built without its id (tests, scripts) gets the same scope.
    user = aliased(User)
    me = select(user.id).where(user.username == actor.username).scalar_subquery()
    if actor.role == Role.TUTOR:
        mine, anyone = aliased(Pathway), aliased(Pathway)
        assigned = Participant.id.in_(select(mine.participant_id).where(mine.tutor_id == me))
        own_intake = and_(
            Participant.created_by == actor.username,
            ~exists().where(anyone.participant_id == Participant.id),
        )
        return or_(assigned, own_intake)
    if actor.role == Role.OPERATOR:
        if level == Level.RECORD:
            return false()
        availability, appointment = aliased(OperatorAvailability), aliased(Appointment)
        my_desks = select(availability.desk_id).where(availability.user_id == me)
        booked = Participant.id.in_(
            select(appointment.participant_id).where(
                or_(
                    appointment.operator_id == me,
                    appointment.created_by == actor.username,
                    appointment.desk_id.in_(my_desks),
                )
            )
        )
        return or_(
            booked,
            Participant.created_by == actor.username,
            Participant.desk_id.in_(my_desks),
        )
    return false()


def can_access(
    session: Session, actor: Actor, participant_id: int, level: Level = Level.RECORD
) -> bool:
    """True when the actor may see this participant at this level (False also when missing)."""
    clause = participant_scope_clause(actor, level)
    stmt = select(Participant.id).where(Participant.id == participant_id)
    if clause is not None:
        stmt = stmt.where(clause)
    return session.scalar(stmt) is not None


def _denied(actor: Actor, what: str) -> PermissionDenied:
    return PermissionDenied(
        f"L'utente {actor.username} ({ROLE_LABELS[actor.role]}) non può {what}: "
        "la persona non è tra quelle che gli sono assegnate."
    )


def require_participant(
    session: Session,
    actor: Actor,
    participant_id: int,
    what: str,
    level: Level = Level.RECORD,
) -> None:
    """Refuse with PermissionDenied unless the actor may see this participant at this level.

    A participant that does not exist gives a ValidationError to staff; to others it is refused
    like one outside their caseload, so that ids cannot be probed.
    """
    if actor.role == Role.OPERATOR and level == Level.RECORD:
        raise PermissionDenied(
            f"L'utente {actor.username} ({ROLE_LABELS[actor.role]}) non può {what}."
        )
    if can_access(session, actor, participant_id, level):
        return
    if sees_everyone(actor):
        raise ValidationError("participant", "la persona non esiste.", label="Persona")
    raise _denied(actor, what)


def require_pathway(
    session: Session,
    actor: Actor,
    pathway_id: int,
    what: str,
    level: Level = Level.RECORD,
) -> int:
    """Like `require_participant` for the pathway's participant; returns the participant id."""
    participant_id = session.scalar(select(Pathway.participant_id).where(Pathway.id == pathway_id))
    if participant_id is None:
        if sees_everyone(actor):
            raise ValidationError("pathway", "il percorso non esiste.", label="Percorso")
        raise _denied(actor, what)
    require_participant(session, actor, participant_id, what, level)
    return int(participant_id)
