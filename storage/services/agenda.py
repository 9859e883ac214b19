"""Reading the agenda: appointments by day, desk and operator; booking comes with the agenda.

Written as portable SQL through `Database.read`, so the home view (today's agenda) is served at
start-up without importing SQLAlchemy.

Every role reads the whole agenda (issue 8): desks share it, and an appointment shows only
identity (name, codice fiscale, internal code), never the record.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from models.enums import AppointmentKind, AppointmentMode, AppointmentStatus
from models.rows import Actor, AppointmentRow
from storage.engine import Database, as_datetime
from storage.services.common import EVERYONE, require

_SELECT = """
SELECT a.id, a.uuid, a.start, a.minutes, d.code, d.name, u.username, u.full_name,
       p.internal_code, p.last_name, p.first_name, p.codice_fiscale, a.kind, a.mode, a.status
FROM appointments a
JOIN desks d ON d.id = a.desk_id
JOIN users u ON u.id = a.operator_id
JOIN participants p ON p.id = a.participant_id
"""


def _row(r: tuple[Any, ...]) -> AppointmentRow:
    return AppointmentRow(
        id=int(r[0]),
        uuid=str(r[1]),
        start=as_datetime(r[2]),
        minutes=int(r[3]),
        desk_code=str(r[4]),
        desk_name=str(r[5]),
        operator=str(r[6]),
        operator_name=str(r[7]),
        participant_code=str(r[8]),
        participant_name=f"{r[9]} {r[10]}",
        participant_cf=r[11],
        kind=AppointmentKind(r[12]),
        mode=AppointmentMode(r[13]),
        status=AppointmentStatus(r[14]),
    )


def list_appointments(
    db: Database,
    actor: Actor,
    *,
    start: date | None = None,
    end: date | None = None,
    desk_code: str | None = None,
    operator: str | None = None,
    limit: int | None = None,
    participant_id: int | None = None,
) -> list[AppointmentRow]:
    """Appointments whose start falls in [start, end] (whole days), ordered by time."""
    require(actor, EVERYONE, "consultare l'agenda")
    where: list[str] = []
    params: dict[str, Any] = {}
    if start is not None:
        where.append("a.start >= :start")
        params["start"] = datetime.combine(start, time.min)
    if end is not None:
        where.append("a.start < :end")
        params["end"] = datetime.combine(end + timedelta(days=1), time.min)
    if desk_code:
        where.append("d.code = :desk")
        params["desk"] = desk_code.strip().upper()
    if operator:
        where.append("u.username = :operator")
        params["operator"] = operator.strip().lower()
    if participant_id is not None:
        where.append("a.participant_id = :pid")
        params["pid"] = int(participant_id)
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY a.start, d.code, u.username"
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
    return [_row(r) for r in db.read(sql, params)]


def get_appointment(db: Database, actor: Actor, appointment_id: int) -> AppointmentRow:
    """One appointment as a row (after booking, moving or changing its status)."""
    require(actor, EVERYONE, "consultare l'agenda")
    rows = db.read(_SELECT + " WHERE a.id = :id", {"id": int(appointment_id)})
    if not rows:
        from models.errors import ValidationError

        raise ValidationError(
            "appointment", f"l'appuntamento n. {appointment_id} non esiste.", label="Appuntamento"
        )
    return _row(rows[0])


def month_counts(
    db: Database,
    actor: Actor,
    year: int,
    month: int,
    *,
    desk_code: str | None = None,
    operator: str | None = None,
) -> dict[date, dict[AppointmentStatus, int]]:
    """Appointments per day and status in one month (the month overview), in one query."""
    require(actor, EVERYONE, "consultare l'agenda")
    if not 1 <= month <= 12:
        from models.errors import ValidationError

        raise ValidationError("month", "deve essere tra 1 e 12.", label="Mese")
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    where = ["a.start >= :first", "a.start < :after"]
    params: dict[str, Any] = {
        "first": datetime.combine(first, time.min),
        "after": datetime.combine(after, time.min),
    }
    joins = ""
    if desk_code:
        joins += " JOIN desks d ON d.id = a.desk_id"
        where.append("d.code = :desk")
        params["desk"] = desk_code.strip().upper()
    if operator:
        joins += " JOIN users u ON u.id = a.operator_id"
        where.append("u.username = :operator")
        params["operator"] = operator.strip().lower()
    rows = db.read(
        f"SELECT date(a.start), a.status, count(*) FROM appointments a{joins}"
        f" WHERE {' AND '.join(where)} GROUP BY date(a.start), a.status",
        params,
    )
    out: dict[date, dict[AppointmentStatus, int]] = {}
    for day, status, n in rows:
        out.setdefault(date.fromisoformat(str(day)[:10]), {})[AppointmentStatus(status)] = int(n)
    return out


def series_of(db: Database, actor: Actor, appointment_id: int) -> str | None:
    """The series (its uuid) an appointment belongs to, or None for a single appointment.

    The cancel dialog asks this to offer cancelling the later occurrences too; `AppointmentRow`
    does not carry it because nothing else needs it.
    """
    require(actor, EVERYONE, "consultare l'agenda")
    rows = db.read(
        "SELECT series_uuid FROM appointments WHERE id = :id", {"id": int(appointment_id)}
    )
    if not rows:
        from models.errors import ValidationError

        raise ValidationError(
            "appointment", f"l'appuntamento n. {appointment_id} non esiste.", label="Appuntamento"
        )
    series = rows[0][0]
    return str(series) if series else None
