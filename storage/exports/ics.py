"""Calendar export: an operator's active appointments as an iCalendar file for phone calendars.

One VEVENT per booked, confirmed or done appointment (cancelled, moved and missed ones are left
out), times in Europe/Rome with the VTIMEZONE included, and a UID built from the appointment's
UUID, so that importing a newer export updates events instead of duplicating them.

The file leaves the program and usually lands on a personal phone: it carries the participant's
pseudonymous internal code, never the name or codice fiscale (special-category data).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from models.enums import ACTIVE_APPOINTMENT_STATUSES, AppointmentKind, AppointmentMode
from models.errors import ValidationError
from models.labels import KIND_LABELS
from models.rows import Actor
from models.validation import display_phone
from storage.engine import Database, as_datetime
from storage.services.common import EVERYONE, require

TIMEZONE = "Europe/Rome"
PRODID = "-//Sportello//Agenda degli sportelli lavoro//IT"

# How the mode reads after the kind: «Monitoraggio in presenza».
MODE_PHRASES: dict[AppointmentMode, str] = {
    AppointmentMode.IN_PERSON: "in presenza",
    AppointmentMode.PHONE: "al telefono",
    AppointmentMode.VIDEO: "in videochiamata",
}


@dataclass(frozen=True)
class IcsReport:
    path: Path
    events: int
    operator: str


def export_ics(
    db: Database,
    actor: Actor,
    operator: str,
    out: Path,
    *,
    since: date | None = None,
    now: datetime | None = None,
) -> IcsReport:
    """Write the operator's active appointments from `since` (default: 30 days ago) to `out`."""
    require(actor, EVERYONE, "esportare il calendario")
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    username = (operator or "").strip().lower()
    users = db.read("SELECT id, full_name FROM users WHERE username = :u", {"u": username})
    if not users:
        raise ValidationError("operator", f"l'utente «{username}» non esiste.", label="Operatore")
    user_id, full_name = users[0]
    now = now or datetime.now()
    since = since or (now.date() - timedelta(days=30))
    statuses = sorted(s.value for s in ACTIVE_APPOINTMENT_STATUSES)
    marks = ", ".join(f":s{i}" for i in range(len(statuses)))
    params: dict[str, Any] = {f"s{i}": s for i, s in enumerate(statuses)}
    params.update({"op": int(user_id), "since": datetime.combine(since, datetime.min.time())})
    rows = db.read(
        f"""
        SELECT a.uuid, a.start, a.minutes, a.kind, a.mode, a.status, a.updated_at,
               p.internal_code, d.name, d.address, d.municipality, d.phone
        FROM appointments a
        JOIN participants p ON p.id = a.participant_id
        JOIN desks d ON d.id = a.desk_id
        WHERE a.operator_id = :op AND a.start >= :since AND a.status IN ({marks})
        ORDER BY a.start, a.id
        """,
        params,
    )
    rome = ZoneInfo(TIMEZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Sportello – {full_name}")
    calendar.add("x-wr-timezone", TIMEZONE)
    stamp = datetime.now(UTC)
    for uuid, start, minutes, kind, mode, status, updated, code, desk, address, town, phone in rows:
        begin = as_datetime(start).replace(tzinfo=rome)
        event = Event()
        event.add("uid", f"{uuid}@sportello")
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", begin + timedelta(minutes=int(minutes)))
        label = KIND_LABELS.get(AppointmentKind(kind), str(kind))
        event.add("summary", f"{label} – {code}")
        where = ", ".join(part for part in (desk, address, town) if part)
        event.add("location", where)
        lines = [f"{label} {MODE_PHRASES.get(AppointmentMode(mode), str(mode))}."]
        lines.append(f"Partecipante: {code} (codice interno di Sportello).")
        if phone:
            lines.append(f"Telefono dello sportello: {display_phone(phone)}.")
        event.add("description", "\n".join(lines))
        event.add("status", "CONFIRMED" if status in ("confirmed", "done") else "TENTATIVE")
        if updated:
            event.add("last-modified", as_datetime(updated).replace(tzinfo=UTC))
        calendar.add_component(event)
    # The time zone rules only for the years the events cover, to keep the file small.
    last_year = max([as_datetime(r[1]).year for r in rows], default=since.year)
    calendar.add_missing_timezones(
        first_date=date(since.year, 1, 1), last_date=date(last_year + 1, 12, 31)
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")
    partial.write_bytes(calendar.to_ical())
    partial.replace(out)
    return IcsReport(out, len(rows), username)
