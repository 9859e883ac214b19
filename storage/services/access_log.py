"""The access log (registro degli accessi): searching, exporting and how long it is kept.

The log is the `audit_events` table written by `storage.audit.record`: every view of a record,
every export and every change, chained by hash. Coordinators and administrators read it here,
filtered, sorted (newest first) and paged in SQL, and export it to CSV for an auditor or the
data protection officer; the export itself is recorded in the log.

Retention. The law asks that access logs be kept at least six months (Garante per la protezione
dei dati personali, provvedimento «amministratori di sistema» of 27 November 2008); the
cooperative sets how long in `audit.retention_months` (default 24, minimum 6). Nothing is ever
pruned: removing the oldest rows would break the hash chain that `check` verifies (the first
surviving row would no longer follow the genesis), and the rows hold no personal data (kinds and
ids only), so keeping them longer costs nothing in privacy. The setting is the promise shown in
the viewer («kept at least N months»); a future pruning would have to re-anchor the chain on a
signed checkpoint, which is out of scope.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from models.entities import AppSetting, AuditEvent, User
from models.enums import AuditAction
from models.errors import ValidationError
from models.rows import Actor
from storage import audit
from storage.engine import Database
from storage.printing.style import check_output, write_atomically
from storage.services.common import STAFF, require

RETENTION_KEY = "audit.retention_months"
RETENTION_DEFAULT = 24
RETENTION_MINIMUM = 6  # the Garante's six months for access logs
RETENTION_MAXIMUM = 240
MAX_PAGE = 10_000
EXPORT_ENTITY = "access_log"

ACTION_LABELS: dict[str, str] = {
    AuditAction.CREATE.value: "Creazione",
    AuditAction.UPDATE.value: "Modifica",
    AuditAction.DELETE.value: "Eliminazione",
    AuditAction.VIEW.value: "Consultazione",
    AuditAction.EXPORT.value: "Esportazione",
    AuditAction.LOGIN.value: "Accesso",
    AuditAction.BACKUP.value: "Backup",
    AuditAction.RESTORE.value: "Ripristino",
    AuditAction.IMPORT.value: "Importazione",
}

CSV_HEADER = (
    "N.",
    "Data e ora",
    "Utente",
    "Nome",
    "Azione",
    "Oggetto",
    "Id oggetto",
    "Dettagli",
    "Impronta SHA-256",
)


@dataclass(frozen=True)
class AccessLogRow:
    """One event of the log as the viewer and the export show it (times are naive UTC)."""

    id: int
    at: datetime
    username: str
    full_name: str  # the user's name, "" for a name no longer in the users table
    action: AuditAction
    entity: str
    entity_uuid: str | None
    summary: str
    hash: str


@dataclass(frozen=True)
class AccessLogFilter:
    """The filters, checked: what `search_access_log` and the export apply."""

    user: str | None = None
    action: AuditAction | None = None
    entity: str | None = None
    start: date | None = None
    end: date | None = None
    text: str | None = None

    def names(self) -> list[str]:
        """Which filters are set (for the audit summary: never their values)."""
        return [k for k in ("user", "action", "entity", "start", "end", "text") if getattr(self, k)]


def action_label(action: AuditAction | str) -> str:
    value = action.value if isinstance(action, AuditAction) else str(action)
    return ACTION_LABELS.get(value, value)


def _clean(value: str | None, limit: int, field: str, label: str) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > limit or any(ord(c) < 32 for c in text):
        raise ValidationError(
            field, f"al massimo {limit} caratteri, senza caratteri di controllo.", label=label
        )
    return text


def make_filter(
    *,
    user: str | None = None,
    action: AuditAction | str | None = None,
    entity: str | None = None,
    start: date | None = None,
    end: date | None = None,
    text: str | None = None,
) -> AccessLogFilter:
    """Check the filters; a bad one raises ValidationError naming it."""
    chosen: AuditAction | None = None
    if action is not None and action != "":
        try:
            chosen = AuditAction(action)
        except ValueError:
            raise ValidationError(
                "action", f"«{action}» non è un'azione del registro.", label="Azione"
            ) from None
    for value, field, label in ((start, "start", "Dal"), (end, "end", "Al")):
        if value is not None and not isinstance(value, date):
            raise ValidationError(field, "indicate una data.", label=label)
    if start and end and isinstance(start, date) and isinstance(end, date) and start > end:
        raise ValidationError("end", "la data finale viene prima di quella iniziale.", label="Al")
    name = _clean(user, 64, "user", "Utente")
    return AccessLogFilter(
        user=name.lower() if name else None,
        action=chosen,
        entity=_clean(entity, 64, "entity", "Oggetto"),
        start=start,
        end=end,
        text=_clean(text, 200, "text", "Testo"),
    )


def _utc_bound(day: date) -> datetime:
    """The start of a local calendar day as naive UTC (how `at` is stored)."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(query: Select[Any], f: AccessLogFilter) -> Select[Any]:
    if f.user:
        query = query.where(AuditEvent.username == f.user)
    if f.action:
        query = query.where(AuditEvent.action == f.action)
    if f.entity:
        query = query.where(or_(AuditEvent.entity == f.entity, AuditEvent.entity_uuid == f.entity))
    if f.start:
        query = query.where(AuditEvent.at >= _utc_bound(f.start))
    if f.end:
        query = query.where(AuditEvent.at < _utc_bound(f.end + timedelta(days=1)))
    if f.text:
        pattern = _like(f.text)
        query = query.where(
            or_(
                AuditEvent.summary.ilike(pattern, escape="\\"),
                AuditEvent.entity.ilike(pattern, escape="\\"),
                AuditEvent.entity_uuid.ilike(pattern, escape="\\"),
                AuditEvent.username.ilike(pattern, escape="\\"),
            )
        )
    return query


def _rows_query(f: AccessLogFilter) -> Select[Any]:
    query = select(
        AuditEvent.id,
        AuditEvent.at,
        AuditEvent.username,
        User.full_name,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_uuid,
        AuditEvent.summary,
        AuditEvent.hash,
    ).outerjoin(User, User.username == AuditEvent.username)
    return _where(query, f).order_by(AuditEvent.id.desc())


def _fetch(session: Session, query: Select[Any]) -> list[AccessLogRow]:
    return [
        AccessLogRow(
            id=r[0],
            at=r[1],
            username=r[2],
            full_name=r[3] or "",
            action=r[4],
            entity=r[5],
            entity_uuid=r[6],
            summary=r[7] or "",
            hash=r[8],
        )
        for r in session.execute(query)
    ]


def search_access_log(
    db: Database,
    actor: Actor,
    *,
    user: str | None = None,
    action: AuditAction | str | None = None,
    entity: str | None = None,
    start: date | None = None,
    end: date | None = None,
    text: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[AccessLogRow]:
    """One page of the log, newest first, filtered in SQL.

    `user` is a username (exact); `entity` a kind of record («participant», «dossier»…) or one
    record's uuid; `start`/`end` local calendar days, both included; `text` is looked for in the
    details, the kind, the uuid and the username.
    """
    require(actor, STAFF, "leggere il registro degli accessi")
    f = make_filter(user=user, action=action, entity=entity, start=start, end=end, text=text)
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", f"deve essere tra 1 e {MAX_PAGE}.", label="Righe")
    if offset < 0:
        raise ValidationError("offset", "non può essere negativo.", label="Posizione")
    with db.transaction(write=False) as session:
        return _fetch(session, _rows_query(f).limit(limit).offset(offset))


def count_access_log(
    db: Database,
    actor: Actor,
    *,
    user: str | None = None,
    action: AuditAction | str | None = None,
    entity: str | None = None,
    start: date | None = None,
    end: date | None = None,
    text: str | None = None,
) -> int:
    """How many events match the filters (the same filters as `search_access_log`)."""
    require(actor, STAFF, "leggere il registro degli accessi")
    f = make_filter(user=user, action=action, entity=entity, start=start, end=end, text=text)
    with db.transaction(write=False) as session:
        query = _where(select(func.count(AuditEvent.id)), f)
        return int(session.scalar(query) or 0)


def access_log_entities(db: Database, actor: Actor) -> list[str]:
    """The kinds of record the log names (for the viewer's «Oggetto» choices), sorted."""
    require(actor, STAFF, "leggere il registro degli accessi")
    with db.transaction(write=False) as session:
        # Walks the (entity, entity_uuid) index, not the table.
        return sorted(str(e) for e in session.scalars(select(AuditEvent.entity).distinct()))


def _local(at: datetime) -> str:
    return at.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M:%S")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """A text cell that a spreadsheet cannot take for a formula (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_bytes(rows: list[AccessLogRow]) -> bytes:
    """The CSV for Excel: UTF-8 with BOM, «;» between fields, one header row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow(
            (
                r.id,
                _local(r.at),
                _cell(r.username),
                _cell(r.full_name),
                action_label(r.action),
                _cell(r.entity),
                r.entity_uuid or "",
                _cell(r.summary),
                r.hash,
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_access_log_csv(
    db: Database,
    actor: Actor,
    *,
    user: str | None = None,
    action: AuditAction | str | None = None,
    entity: str | None = None,
    start: date | None = None,
    end: date | None = None,
    text: str | None = None,
    out: Path,
) -> int:
    """Write the matching events (newest first) to `out` (.csv); returns how many.

    One transaction: the rows are read, the file is written atomically (a reader never sees
    half of it) and the export is recorded in the log with the row count and the names of the
    filters used (never their values: the text searched for could be a name). If recording fails
    the file is removed, so no export leaves without its trace.
    """
    require(actor, STAFF, "esportare il registro degli accessi")
    f = make_filter(user=user, action=action, entity=entity, start=start, end=end, text=text)
    path = check_output(out, ".csv")
    with db.transaction() as session:
        rows = _fetch(session, _rows_query(f))
        existed = path.exists()
        write_atomically(path, csv_bytes(rows))
        try:
            filters = ",".join(f.names()) or "nessuno"
            audit.record(
                session,
                actor,
                AuditAction.EXPORT,
                EXPORT_ENTITY,
                None,
                f"formato=csv righe={len(rows)} filtri={filters}",
            )
            session.flush()
        except BaseException:
            if not existed:
                path.unlink(missing_ok=True)
            raise
    return len(rows)


def _stored_retention(session: Session) -> int:
    setting = session.get(AppSetting, RETENTION_KEY)
    try:
        months = int(setting.value) if setting is not None else RETENTION_DEFAULT
    except ValueError:
        return RETENTION_DEFAULT
    return months if months >= RETENTION_MINIMUM else RETENTION_DEFAULT


def get_audit_retention(db: Database, actor: Actor) -> int:
    """How many months the log is kept at least (the default 24 when not set)."""
    require(actor, STAFF, "leggere la conservazione del registro degli accessi")
    with db.transaction(write=False) as session:
        return _stored_retention(session)


def set_audit_retention(db: Database, actor: Actor, months: int | str) -> int:
    """Set how many months the log is kept; fewer than six is refused (the law's minimum)."""
    require(actor, STAFF, "cambiare la conservazione del registro degli accessi")
    label = "Conservazione del registro degli accessi"
    try:
        value = int(str(months).strip())
    except ValueError:
        raise ValidationError(
            "retention_months", f"«{months}» non è un numero di mesi.", label=label
        ) from None
    if value < RETENTION_MINIMUM:
        raise ValidationError(
            "retention_months",
            f"almeno {RETENTION_MINIMUM} mesi: la legge chiede di conservare i registri degli "
            "accessi per non meno di sei mesi (Garante privacy, provvedimento del 27/11/2008 "
            "sugli amministratori di sistema).",
            label=label,
        )
    if value > RETENTION_MAXIMUM:
        raise ValidationError(
            "retention_months", f"al massimo {RETENTION_MAXIMUM} mesi.", label=label
        )
    with db.transaction() as session:
        setting = session.get(AppSetting, RETENTION_KEY)
        if setting is None:
            session.add(AppSetting(key=RETENTION_KEY, value=str(value)))
        else:
            setting.value = str(value)
        audit.record(
            session, actor, AuditAction.UPDATE, "setting", None, f"{RETENTION_KEY}={value}"
        )
    return value
