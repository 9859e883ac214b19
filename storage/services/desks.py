"""Desks' calendars: details, weekly opening hours, closures, patron day, operators' hours.

What the booking rules read (models/booking.py), edited from Amministrazione. One transaction
and one audit event per action; rows out, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from models.entities import Desk, DeskClosure, OpeningHours, OperatorAvailability, User
from models.enums import AuditAction
from models.errors import ConflictError, ValidationError
from models.rows import Actor
from models.validation import optional, phone, required, weekly_intervals
from storage import audit
from storage.engine import Database
from storage.services.common import EVERYONE, STAFF, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ClosureRow:
    id: int
    start: date
    end: date
    reason: str


@dataclass(frozen=True)
class AvailabilityRow:
    username: str
    full_name: str
    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class DeskDetails:
    code: str
    name: str
    municipality: str
    province: str | None
    address: str | None
    phone: str | None
    rooms: int
    patron_day: str | None  # MM-DD
    patron_name: str | None
    active: bool
    opening: tuple[tuple[int, time, time], ...]
    closures: tuple[ClosureRow, ...]
    availability: tuple[AvailabilityRow, ...]


@dataclass
class DeskUpdate:
    name: str
    municipality: str
    province: str | None = None
    address: str | None = None
    phone: str | None = None
    rooms: int = 1
    patron_day: str | None = None  # "13/11" or "11-13"
    patron_name: str | None = None
    active: bool = True
    # (weekday 0-6, "HH:MM", "HH:MM"); replaces the weekly hours.
    opening: list[tuple[int, str, str]] = field(default_factory=list)


def _get_desk(session: Session, desk_code: str) -> Desk:
    wanted = (desk_code or "").strip().upper()
    desk = session.scalar(select(Desk).where(Desk.code == wanted))
    if desk is None:
        raise ValidationError("desk", f"lo sportello «{wanted}» non esiste.", label="Sportello")
    return desk


def _patron_day(value: str | None) -> str | None:
    """Accept "13/11" (as people write it) or "11-13" (as stored); store MM-DD."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        if "/" in text:
            day, month = (int(x) for x in text.split("/"))
        else:
            month, day = (int(x) for x in text.split("-"))
        date(2024, month, day)  # a leap year, so 29/02 is allowed
    except ValueError:
        raise ValidationError(
            "patron_day", f"«{text}» non è un giorno dell'anno (gg/mm).", label="Santo patrono"
        ) from None
    return f"{month:02d}-{day:02d}"


def desk_details(db: Database, actor: Actor, desk_code: str) -> DeskDetails:
    require(actor, EVERYONE, "vedere gli sportelli")
    with db.transaction(write=False) as session:
        desk = _get_desk(session, desk_code)
        closures = session.scalars(
            select(DeskClosure)
            .where(DeskClosure.desk_id == desk.id)
            .order_by(DeskClosure.start_date)
        ).all()
        availability = session.execute(
            select(
                User.username,
                User.full_name,
                OperatorAvailability.weekday,
                OperatorAvailability.start_time,
                OperatorAvailability.end_time,
            )
            .join(User, User.id == OperatorAvailability.user_id)
            .where(OperatorAvailability.desk_id == desk.id)
            .order_by(User.username, OperatorAvailability.weekday, OperatorAvailability.start_time)
        ).all()
        return DeskDetails(
            code=desk.code,
            name=desk.name,
            municipality=desk.municipality,
            province=desk.province,
            address=desk.address,
            phone=desk.phone,
            rooms=desk.rooms,
            patron_day=desk.patron_day,
            patron_name=desk.patron_name,
            active=desk.active,
            opening=tuple(
                sorted((o.weekday, o.start_time, o.end_time) for o in desk.opening_hours)
            ),
            closures=tuple(ClosureRow(c.id, c.start_date, c.end_date, c.reason) for c in closures),
            availability=tuple(AvailabilityRow(*row) for row in availability),
        )


def update_desk(db: Database, actor: Actor, desk_code: str, data: DeskUpdate) -> DeskDetails:
    """Change a desk's details and replace its weekly opening hours."""
    require(actor, STAFF, "modificare gli sportelli")
    name = required(data.name, "name", "Nome")
    municipality = required(data.municipality, "municipality", "Comune", 100)
    if isinstance(data.rooms, bool) or not 1 <= int(data.rooms) <= 50:
        raise ValidationError("rooms", "deve essere tra 1 e 50.", label="Stanze")
    intervals = weekly_intervals(data.opening, "opening", "Orari di apertura")
    patron = _patron_day(data.patron_day)
    with db.transaction() as session:
        desk = _get_desk(session, desk_code)
        desk.name = name
        desk.municipality = municipality
        desk.province = (optional(data.province, "province", "Provincia", 2) or "").upper() or None
        desk.address = optional(data.address, "address", "Indirizzo")
        desk.phone = phone(data.phone)
        desk.rooms = int(data.rooms)
        desk.patron_day = patron
        desk.patron_name = optional(data.patron_name, "patron_name", "Santo patrono", 100)
        desk.active = bool(data.active)
        desk.updated_by = actor.username
        desk.opening_hours = [
            OpeningHours(weekday=d, start_time=a, end_time=b) for d, a, b in intervals
        ]
        audit.record(session, actor, AuditAction.UPDATE, "desk", desk.uuid, f"code={desk.code}")
    return desk_details(db, actor, desk_code)


def add_closure(
    db: Database, actor: Actor, desk_code: str, start: date, end: date, reason: str
) -> ClosureRow:
    """Close a desk for a date range (holidays of its own, works, a strike)."""
    require(actor, STAFF, "chiudere gli sportelli")
    why = required(reason, "reason", "Motivo", 200)
    if end < start:
        raise ValidationError("end", "la fine viene prima dell'inizio.", label="Fino al")
    with db.transaction() as session:
        desk = _get_desk(session, desk_code)
        overlapping = session.scalar(
            select(DeskClosure).where(
                DeskClosure.desk_id == desk.id,
                DeskClosure.start_date <= end,
                DeskClosure.end_date >= start,
            )
        )
        if overlapping is not None:
            raise ConflictError(
                f"Lo sportello {desk.code} ha già la chiusura «{overlapping.reason}» dal "
                f"{overlapping.start_date:%d/%m/%Y} al {overlapping.end_date:%d/%m/%Y}, che "
                "si sovrappone: toglietela o scegliete altre date."
            )
        closure = DeskClosure(desk_id=desk.id, start_date=start, end_date=end, reason=why)
        session.add(closure)
        session.flush()
        audit.record(
            session, actor, AuditAction.CREATE, "desk_closure", desk.uuid, f"{start}..{end}"
        )
        return ClosureRow(closure.id, start, end, why)


def remove_closure(db: Database, actor: Actor, closure_id: int) -> None:
    require(actor, STAFF, "riaprire gli sportelli")
    with db.transaction() as session:
        closure = session.get(DeskClosure, closure_id)
        if closure is None:
            raise ValidationError("closure", "la chiusura non esiste più.", label="Chiusura")
        desk = session.get(Desk, closure.desk_id)
        session.delete(closure)
        audit.record(
            session,
            actor,
            AuditAction.DELETE,
            "desk_closure",
            desk.uuid if desk else None,
            f"{closure.start_date}..{closure.end_date}",
        )


def set_availability(
    db: Database,
    actor: Actor,
    username: str,
    desk_code: str,
    hours: list[tuple[int, str, str]],
) -> tuple[AvailabilityRow, ...]:
    """Replace the weekly hours an operator is at one desk (empty: no longer there)."""
    require(actor, STAFF, "assegnare gli operatori agli sportelli")
    intervals = weekly_intervals(hours, "hours", "Orari dell'operatore")
    with db.transaction() as session:
        desk = _get_desk(session, desk_code)
        wanted = (username or "").strip().lower()
        user = session.scalar(select(User).where(User.username == wanted))
        if user is None:
            raise ValidationError("operator", f"l'utente «{wanted}» non esiste.", label="Operatore")
        # An operator cannot be at two desks at once.
        elsewhere = session.execute(
            select(
                Desk.code,
                OperatorAvailability.weekday,
                OperatorAvailability.start_time,
                OperatorAvailability.end_time,
            )
            .join(Desk, Desk.id == OperatorAvailability.desk_id)
            .where(OperatorAvailability.user_id == user.id, OperatorAvailability.desk_id != desk.id)
        ).all()
        for weekday, start, end in intervals:
            for other, day, a, b in elsewhere:
                if day == weekday and a < end and start < b:
                    raise ConflictError(
                        f"{user.full_name} è già allo sportello {other} dalle {a:%H:%M} alle "
                        f"{b:%H:%M} dello stesso giorno."
                    )
        session.execute(
            delete(OperatorAvailability).where(
                OperatorAvailability.user_id == user.id, OperatorAvailability.desk_id == desk.id
            )
        )
        for weekday, start, end in intervals:
            session.add(
                OperatorAvailability(
                    user_id=user.id,
                    desk_id=desk.id,
                    weekday=weekday,
                    start_time=start,
                    end_time=end,
                )
            )
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "operator_availability",
            user.uuid,
            f"desk={desk.code} intervals={len(intervals)}",
        )
        name = user.full_name
    return tuple(AvailabilityRow(wanted, name, d, a, b) for d, a, b in intervals)


def staff_by_desk(db: Database, actor: Actor) -> dict[str, list[str]]:
    """Desk code -> usernames of the active people with hours there (for default choices)."""
    require(actor, EVERYONE, "vedere gli sportelli")
    rows = db.read(
        "SELECT DISTINCT d.code, u.username FROM operator_availability a"
        " JOIN desks d ON d.id = a.desk_id JOIN users u ON u.id = a.user_id"
        " WHERE u.active = :yes ORDER BY d.code, u.username",
        {"yes": True},
    )
    out: dict[str, list[str]] = {}
    for code, username in rows:
        out.setdefault(str(code), []).append(str(username))
    return out
