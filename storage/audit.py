"""The audit trail: one event per change, view and export, chained by SHA-256.

Each row's hash covers its own fields and the previous row's hash, so that an edited or removed
row breaks the chain at a point `check` can name. Summaries say what happened without personal
data (field names, counts), so the trail itself leaks nothing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.entities import AuditEvent
from models.enums import AuditAction
from models.rows import Actor

GENESIS = "0" * 64


def chain_hash(
    prev: str,
    at: datetime,
    username: str,
    action: str,
    entity: str,
    entity_uuid: str | None,
    summary: str,
) -> str:
    payload = "\x1f".join(
        [
            prev,
            at.isoformat(timespec="microseconds"),
            username,
            action,
            entity,
            entity_uuid or "",
            summary,
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    value = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return value or GENESIS


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_uuid: str | None = None,
    summary: str = "",
) -> AuditEvent:
    """Append an event in the caller's transaction (so it commits or rolls back with the change)."""
    prev = last_hash(session)
    at = utcnow()
    event = AuditEvent(
        at=at,
        username=actor.username,
        action=action,
        entity=entity,
        entity_uuid=entity_uuid,
        summary=summary,
        prev_hash=prev,
        hash=chain_hash(prev, at, actor.username, action.value, entity, entity_uuid, summary),
    )
    session.add(event)
    session.flush()
    return event


def verify_chain(session: Session) -> list[str]:
    """Walk the trail in order; name every row whose hash or link does not match."""
    problems: list[str] = []
    prev = GENESIS
    expected_id: int | None = None
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
    for event in rows:
        if expected_id is not None and event.id != expected_id:
            problems.append(
                f"Registro accessi: mancano gli eventi da {expected_id} a {event.id - 1}."
            )
        if event.prev_hash != prev:
            problems.append(f"Registro accessi: l'evento {event.id} non segue il precedente.")
        recomputed = chain_hash(
            event.prev_hash,
            event.at,
            event.username,
            event.action.value,
            event.entity,
            event.entity_uuid,
            event.summary,
        )
        if recomputed != event.hash:
            problems.append(f"Registro accessi: l'evento {event.id} è stato modificato.")
        prev = event.hash
        expected_id = event.id + 1
    return problems
