"""Demo data: realistic, valid, consistent, deterministic, and loaded all-or-nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import holidays
import pytest

from models.codice_fiscale import check_consistency, decode
from models.enums import ACTIVE_APPOINTMENT_STATUSES, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from storage.check import check_database
from storage.demo import DemoCancelled, load_demo
from storage.engine import Database
from storage.schema import open_database

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(str(path))
    report = load_demo(database, Actor.system_admin(), participants=400, seed=5, today=TODAY)
    assert report.counts["participants"] == 400
    database.dispose()
    return path


def rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_every_codice_fiscale_is_valid_and_matches_the_person(demo_path: Path) -> None:
    people = rows(
        demo_path,
        "SELECT codice_fiscale, last_name, first_name, sex, birth_date, birth_place_code"
        " FROM participants",
    )
    assert len(people) == 400
    for cf, last, first, sex, born, place in people:
        decoded = decode(str(cf), today=TODAY)
        assert decoded.birth_date == date.fromisoformat(str(born))
        assert decoded.sex is not None and decoded.sex.value == sex
        assert decoded.birth_place_code == place
        warnings = check_consistency(
            decoded,
            birth_date=decoded.birth_date,
            sex=decoded.sex,
            last_name=str(last),
            first_name=str(first),
        )
        assert warnings == [], (cf, last, first)


def test_the_load_covers_the_whole_domain(demo_path: Path) -> None:
    for table in (
        "desks",
        "opening_hours",
        "operator_availability",
        "users",
        "programmes",
        "service_caps",
        "consents",
        "pathways",
        "tutor_assignments",
        "planned_services",
        "service_deliveries",
        "appointments",
        "tutoring_notes",
        "job_search_sessions",
        "job_applications",
        "companies",
        "internships",
        "outcomes",
        "course_editions",
        "edition_sessions",
        "attendances",
    ):
        assert rows(demo_path, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    roles = {r[0] for r in rows(demo_path, "SELECT DISTINCT role FROM users")}
    assert roles == {r.value for r in Role}
    statuses = {r[0] for r in rows(demo_path, "SELECT DISTINCT status FROM appointments")}
    assert {"done", "no_show", "booked"} <= statuses
    # Some appointments lie ahead, so the agenda of the coming weeks is not empty.
    upcoming = rows(demo_path, "SELECT count(*) FROM appointments WHERE start >= ?", (str(TODAY),))
    assert upcoming[0][0] > 0


def test_no_operator_is_booked_twice_at_once(demo_path: Path) -> None:
    active = tuple(s.value for s in ACTIVE_APPOINTMENT_STATUSES)
    found = rows(
        demo_path,
        "SELECT operator_id, start, minutes FROM appointments WHERE status IN (?, ?, ?)",
        active,
    )
    by_operator: dict[object, list[tuple[datetime, datetime]]] = {}
    for operator, start, minutes in found:
        begin = datetime.fromisoformat(str(start))
        by_operator.setdefault(operator, []).append(
            (begin, begin + timedelta(minutes=int(str(minutes))))
        )
    for intervals in by_operator.values():
        intervals.sort()
        for (_, end), (next_start, _) in pairwise(intervals):
            assert next_start >= end


def test_appointments_fall_on_open_days_within_opening_hours(demo_path: Path) -> None:
    found = rows(
        demo_path,
        "SELECT a.start, a.minutes, d.province, a.desk_id FROM appointments a"
        " JOIN desks d ON d.id = a.desk_id",
    )
    hours = rows(demo_path, "SELECT desk_id, weekday, start_time, end_time FROM opening_hours")
    opening: dict[tuple[object, object], list[tuple[str, str]]] = {}
    for desk, weekday, start, end in hours:
        opening.setdefault((desk, weekday), []).append((str(start)[:5], str(end)[:5]))
    for start, minutes, province, desk in found:
        begin = datetime.fromisoformat(str(start))
        assert begin.date() not in holidays.Italy(subdiv=str(province), years=begin.year)
        finish = (begin + timedelta(minutes=int(str(minutes)))).strftime("%H:%M")
        intervals = opening.get((desk, begin.weekday()), [])
        assert any(a <= begin.strftime("%H:%M") and finish <= b for a, b in intervals), start


def test_delivered_hours_stay_within_the_plan_and_the_caps(demo_path: Path) -> None:
    over_plan = rows(
        demo_path,
        """
        SELECT p.id FROM planned_services p
        JOIN (SELECT pathway_id, service_type, sum(minutes) AS m FROM service_deliveries
              GROUP BY pathway_id, service_type) d
          ON d.pathway_id = p.pathway_id AND d.service_type = p.service_type
        WHERE d.m > p.planned_hours * 60
        """,
    )
    assert over_plan == []
    over_cap = rows(
        demo_path,
        """
        SELECT ps.id FROM planned_services ps
        JOIN pathways pw ON pw.id = ps.pathway_id
        JOIN service_caps c ON c.programme_id = pw.programme_id
         AND c.service_type = ps.service_type
        WHERE ps.planned_hours > c.max_hours
        """,
    )
    assert over_cap == []


def test_demo_database_passes_the_check(demo_path: Path) -> None:
    database = open_database(str(demo_path))
    try:
        report = check_database(database)
        assert report.ok, report.problems
    finally:
        database.dispose()


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 9), ("b", 9), ("c", 10)):
        database = open_database(str(tmp_path / f"{name}.db"))
        load_demo(database, Actor.system_admin(), participants=30, seed=seed, today=TODAY)
        database.dispose()
        dumps.append(
            rows(
                tmp_path / f"{name}.db",
                "SELECT uuid, codice_fiscale, last_name, phone FROM participants ORDER BY id",
            )
            + rows(tmp_path / f"{name}.db", "SELECT start, status FROM appointments ORDER BY id")
        )
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]


def count_participants(database: Database) -> int:
    return int(database.read("SELECT count(*) FROM participants")[0][0])


def test_a_database_with_data_is_refused_and_left_alone(db: Database, admin: Actor) -> None:
    load_demo(db, admin, participants=10, today=TODAY)
    before = db.read("SELECT uuid FROM participants ORDER BY id")
    with pytest.raises(ConflictError):
        load_demo(db, admin, participants=10, seed=2, today=TODAY)
    assert db.read("SELECT uuid FROM participants ORDER BY id") == before


def test_records_added_after_the_demo_get_new_ids(db: Database, admin: Actor) -> None:
    """The demo inserts with explicit ids; what is created afterwards must not collide with
    them (on PostgreSQL the id sequences are moved past the demo's largest ids)."""
    from storage.services.admin import DeskInput, UserInput, create_desk, create_user

    load_demo(db, admin, participants=10, today=TODAY)
    (top_desk,) = db.read("SELECT max(id) FROM desks")[0]
    (top_user,) = db.read("SELECT max(id) FROM users")[0]
    assert create_desk(db, admin, DeskInput("NUOVO", "Nuovo", "Lodi")).id > top_desk
    assert create_user(db, admin, UserInput("n.nuovo", "Nino Nuovo", "tutor")).id > top_user


@pytest.mark.parametrize("bad", [0, -5, 10_000_000])
def test_a_bad_number_of_participants_names_the_field(db: Database, admin: Actor, bad: int) -> None:
    with pytest.raises(ValidationError) as info:
        load_demo(db, admin, participants=bad)
    assert info.value.field == "participants"
    assert count_participants(db) == 0


def test_only_staff_may_load_demo_data(db: Database) -> None:
    tutor = Actor(username="t.rossi", role=Role.TUTOR)
    with pytest.raises(PermissionDenied):
        load_demo(db, tutor, participants=10)
    assert count_participants(db) == 0


def test_cancelling_rolls_everything_back(db: Database, admin: Actor) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return False  # cancel after the first chunk

    with pytest.raises(DemoCancelled):
        load_demo(db, admin, participants=2500, progress=progress, today=TODAY)
    assert seen == [(1000, 2500)]
    for table in ("participants", "desks", "users", "appointments", "audit_events"):
        assert db.read(f"SELECT count(*) FROM {table}")[0][0] == 0, table


def test_desk_and_company_phones_are_valid_numbers(demo_path: Path) -> None:
    from models.validation import phone

    numbers = rows(demo_path, "SELECT phone FROM desks UNION ALL SELECT phone FROM companies")
    assert numbers
    for (number,) in numbers:
        assert phone(str(number)) == number


def test_one_person_in_sixty_comes_from_a_programme_past_retention(demo_path: Path) -> None:
    """The demo holds a programme closed in 2018: its people are past retention (31/12/2023),
    with closed pathways and nothing after them, so retention has someone to show."""
    from storage.services.retention import retention_candidates

    database = open_database(str(demo_path), migrate=False, writable=False)
    try:
        past = retention_candidates(database, Actor.system_admin(), today=TODAY)
    finally:
        database.dispose()
    assert len(past) == 400 // 60
    assert {row.programmes for row in past} == {("DUL-2017",)}
    assert {row.retention_end for row in past} == {date(2023, 12, 31)}
    open_old = rows(
        demo_path,
        "SELECT count(*) FROM pathways w JOIN programmes p ON p.id = w.programme_id "
        "WHERE p.code = 'DUL-2017' AND w.status IN ('open', 'suspended')",
    )
    assert open_old == [(0,)]
