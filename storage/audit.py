"""The audit trail: one event per change, view and export, chained by SHA-256.

Each row's hash covers its own fields and the previous row's hash, so that an edited or removed
row breaks the chain at a point `check` can name. Summaries say what happened without personal
data (field names, counts), so the trail itself leaks nothing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import String, select, type_coerce
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


VERIFY_BATCH = 20_000


def _iso(value: object) -> str:
    """`at` as `chain_hash` writes it, from the driver's raw value (text on SQLite)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    text_value = str(value)
    # SQLAlchemy stores SQLite datetimes as "YYYY-MM-DD HH:MM:SS.ffffff".
    if len(text_value) == 26 and text_value[10] == " ":
        return text_value[:10] + "T" + text_value[11:]
    return datetime.fromisoformat(text_value).isoformat(timespec="microseconds")


def verify_chain(session: Session) -> list[str]:
    """Walk the trail in order; name every row whose hash or link does not match.

    Streams plain column values in batches of `VERIFY_BATCH` (keyset on the id: no ORM objects,
    no date or enum conversion), hashing inline as `chain_hash` does, so that a million events
    take seconds and little memory.
    """
    problems: list[str] = []
    prev = GENESIS
    expected_id: int | None = None
    sha256 = hashlib.sha256
    query = (
        select(
            AuditEvent.id,
            type_coerce(AuditEvent.at, String),
            AuditEvent.username,
            type_coerce(AuditEvent.action, String),
            AuditEvent.entity,
            AuditEvent.entity_uuid,
            AuditEvent.summary,
            AuditEvent.prev_hash,
            AuditEvent.hash,
        )
        .order_by(AuditEvent.id)
        .limit(VERIFY_BATCH)
    )
    last_id: int | None = None
    while True:
        page = query if last_id is None else query.where(AuditEvent.id > last_id)
        rows = session.execute(page).all()
        if not rows:
            break
        for event_id, at, username, action, entity, entity_uuid, summary, prev_hash, hash_ in rows:
            if expected_id is not None and event_id != expected_id:
                problems.append(
                    f"Registro accessi: mancano gli eventi da {expected_id} a {event_id - 1}."
                )
            if prev_hash != prev:
                problems.append(f"Registro accessi: l'evento {event_id} non segue il precedente.")
            payload = "\x1f".join(
                (prev_hash, _iso(at), username, action, entity, entity_uuid or "", summary or "")
            )
            if sha256(payload.encode("utf-8")).hexdigest() != hash_:
                problems.append(f"Registro accessi: l'evento {event_id} è stato modificato.")
            prev = hash_
            expected_id = event_id + 1
        last_id = rows[-1][0]
    return problems
