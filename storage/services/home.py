"""The home view: what the day holds and a few counts, in a handful of cheap queries.

Portable SQL through `Database.read`: the window opens without importing SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.enums import AppointmentStatus, PathwayStatus
from models.rows import Actor, HomeSummary
from storage.engine import Database
from storage.services.agenda import list_appointments
from storage.services.common import EVERYONE, require


def is_empty(db: Database) -> bool:
    """True for a database with no desks and no users: the GUI then shows the first-run page."""
    rows = db.read(
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM desks LIMIT 1) d)"
        " + (SELECT count(*) FROM (SELECT 1 FROM users LIMIT 1) u)"
    )
    return int(rows[0][0]) == 0


def home_summary(db: Database, actor: Actor, *, today: date | None = None) -> HomeSummary:
    require(actor, EVERYONE, "aprire la pagina iniziale")
    today = today or date.today()
    day_start = datetime.combine(today, time.min)
    (counts,) = db.read(
        """
        SELECT
          (SELECT count(*) FROM participants),
          (SELECT count(*) FROM pathways WHERE status = :open),
          (SELECT count(*) FROM desks),
          (SELECT count(*) FROM users),
          (SELECT count(*) FROM appointments
             WHERE start >= :day AND start < :week AND status IN (:booked, :confirmed)),
          (SELECT count(*) FROM appointments
             WHERE start >= :month_ago AND start < :day AND status = :no_show)
        """,
        {
            "open": PathwayStatus.OPEN,
            "day": day_start,
            "week": day_start + timedelta(days=7),
            "month_ago": day_start - timedelta(days=30),
            "booked": AppointmentStatus.BOOKED,
            "confirmed": AppointmentStatus.CONFIRMED,
            "no_show": AppointmentStatus.NO_SHOW,
        },
    )
    participants, open_pathways, desks, users, upcoming, no_shows = (int(c) for c in counts)
    today_rows = list_appointments(db, actor, start=today, end=today)
    return HomeSummary(participants, open_pathways, desks, users, today_rows, upcoming, no_shows)
