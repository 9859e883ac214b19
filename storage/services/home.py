"""The home view: what the day holds and a few counts, in a handful of cheap queries.

Portable SQL through `Database.read`: the window opens without importing SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.enums import AppointmentStatus, PathwayStatus, Role
from models.rows import Actor, HomeSummary
from storage.engine import Database, as_date
from storage.services.agenda import list_appointments
from storage.services.common import EVERYONE, STAFF, require


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


def my_next_steps(
    db: Database, actor: Actor, *, today: date | None = None, within_days: int = 14
) -> list[tuple[date, str, str, str]]:
    """The actor's own next steps due within `within_days` (overdue ones too), earliest first:
    (due, participant's surname and name, internal code, what to do). Own notes only, so
    confidential ones are fine to show; and only about people still in the actor's caseload
    (after a change of tutor the former tutor's steps go with the person)."""
    require(actor, EVERYONE, "vedere le proprie scadenze")
    today = today or date.today()
    rows = db.read(
        """
        SELECT n.next_step_due, p.last_name || ' ' || p.first_name, p.internal_code, n.next_steps
        FROM tutoring_notes n
        JOIN users u ON u.id = n.author_id
        JOIN participants p ON p.id = n.participant_id
        WHERE u.username = :me AND n.next_step_due IS NOT NULL AND n.next_step_due <= :until
          AND n.next_steps IS NOT NULL
          AND (:everyone = 1 OR (:tutor = 1 AND (
                p.id IN (
                  SELECT pw.participant_id FROM pathways pw JOIN users t ON t.id = pw.tutor_id
                  WHERE t.username = :me)
                OR (p.created_by = :me
                    AND NOT EXISTS (SELECT 1 FROM pathways x WHERE x.participant_id = p.id)))))
        ORDER BY n.next_step_due, n.id
        LIMIT 50
        """,
        {
            "me": actor.username,
            "until": today + timedelta(days=within_days),
            # The caseload rule of storage/services/access.py in portable SQL (no ORM here).
            "everyone": int(actor.role in STAFF),
            "tutor": int(actor.role == Role.TUTOR),
        },
    )
    steps = []
    for due, name, code, what in rows:
        day = as_date(due)
        if day is not None:
            steps.append((day, str(name), str(code), str(what)))
    return steps
