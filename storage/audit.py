"""The audit trail: one event per change, view and export, chained by SHA-256.

Each row's hash covers its own fields and the previous row's hash, so that an edited or removed
row breaks the chain at a point `check` can name. Removing the *newest* rows leaves a shorter
chain that is still whole, so every append also writes the chain's head (id and hash of the last
event) to `app_settings` under `audit.head`, in the same transaction: `check` compares the last
row with it and names the missing events. (Someone who edits both with the sqlite3 shell defeats
this too; on an encrypted database that needs the key, which is the real protection.)
Summaries say what happened without personal data (field names, counts), so the trail itself
leaks nothing.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from models.base import utcnow
from models.entities import AppSetting, AuditEvent
from models.enums import AuditAction
from models.rows import Actor

GENESIS = "0" * 64
HEAD_KEY = "audit.head"


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
    *,
    at: datetime | None = None,
) -> AuditEvent:
    """Append an event in the caller's transaction (so it commits or rolls back with the change).

    `at` is for tests and imports of history; the program always records the present moment.
    """
    prev = last_hash(session)
    at = at or utcnow()
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
    _write_head(session, event.id, event.hash)
    return event


def _write_head(session: Session, event_id: int, hash_: str) -> None:
    value = f"{event_id}:{hash_}"
    setting = session.get(AppSetting, HEAD_KEY)
    if setting is None:
        session.add(AppSetting(key=HEAD_KEY, value=value))
    else:
        setting.value = value
    session.flush()


def read_head(session: Session) -> tuple[int, str] | None:
    """The chain's head as last written by `record`, or None before the first event."""
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == HEAD_KEY))
    if not value or ":" not in value:
        return None
    event_id, _, hash_ = value.partition(":")
    try:
        return int(event_id), hash_
    except ValueError:
        return None


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
    problems.extend(_head_problems(session, last_id, prev))
    return problems


def _head_problems(session: Session, last_id: int | None, last_hash_: str) -> list[str]:
    """Compare the newest row with the head written at the last append."""
    head = read_head(session)
    if head is None:
        if last_id is not None:
            return ["Registro accessi: manca il riferimento all'ultimo evento (audit.head)."]
        return []
    head_id, head_hash = head
    if last_id is None or last_id < head_id:
        first_missing = 1 if last_id is None else last_id + 1
        return [
            f"Registro accessi: mancano gli eventi più recenti, da {first_missing} a {head_id}."
        ]
    if last_id == head_id and last_hash_ != head_hash:
        return [f"Registro accessi: l'evento {head_id} non è quello registrato per ultimo."]
    if last_id > head_id:
        return [
            f"Registro accessi: gli eventi da {head_id + 1} a {last_id} sono stati aggiunti "
            "fuori dal programma."
        ]
    return []
