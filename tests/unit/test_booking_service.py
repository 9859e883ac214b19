"""Booking through the storage service: rules applied in the writing transaction, lifecycle,
a property-based test of the no-double-booking invariant, and two real processes racing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time as clock
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enums import AppointmentMode, AppointmentStatus
from models.errors import ConflictError, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.schema import open_database
from storage.services.admin import DeskInput, UserInput, create_desk, create_user
from storage.services.booking import (
    BookingInput,
    book_appointment,
    find_slots,
    reschedule,
    set_status,
)
from storage.services.intake import ConsentInput, record_consent
from storage.services.participants import create_participant
from tests.conftest import make_cf

ROOT = Path(__file__).resolve().parents[2]
ADMIN = Actor.system_admin()
NOW = datetime(2026, 11, 20, 8, 0)  # a Friday: the next Monday is 23/11/2026
MONDAY = date(2026, 11, 23)
PEOPLE = [
    ("Rossi", "Mario", "M", date(1980, 1, 2)),
    ("Verdi", "Anna", "F", date(1990, 3, 4)),
    ("Bianchi", "Luca", "M", date(1975, 5, 6)),
    ("Neri", "Sara", "F", date(2000, 7, 8)),
]
OPERATORS = ("l.bianchi", "g.verdi")


@dataclass
class World:
    db: Database
    cfs: list[str]


def build(path: Path, rooms: int = 1) -> World:
    return populate(open_database(str(path)), rooms)


def populate(db: Database, rooms: int = 1) -> World:
    """One desk (Monday to Friday, 9 to 13), two operators, four people with consent."""
    week = [(d, "09:00", "13:00") for d in range(5)]
    create_desk(
        db, ADMIN, DeskInput("CRE", "Sportello Cremona", "Cremona", "CR", None, rooms, week)
    )
    for username in OPERATORS:
        create_user(db, ADMIN, UserInput(username, username.title(), "operator"))
    cfs = []
    for last, first, sex, born in PEOPLE:
        cf = make_cf(last, first, sex, born)
        create_participant(db, ADMIN, ParticipantInput(last, first, codice_fiscale=cf))
        record_consent(db, ADMIN, cf, ConsentInput(date(2026, 11, 1)))
        cfs.append(cf)
    return World(db, cfs)


@pytest.fixture
def world(db: Database) -> World:
    return populate(db)


def booking(
    world: World,
    who: int,
    operator: str,
    hh: int,
    mm: int = 0,
    minutes: int = 60,
    day: date = MONDAY,
    mode: AppointmentMode = AppointmentMode.IN_PERSON,
) -> BookingInput:
    return BookingInput(
        participant=world.cfs[who],
        operator=operator,
        desk="cre",
        start=datetime.combine(day, time(hh, mm)),
        minutes=minutes,
        mode=mode,
    )


def count(db: Database, where: str = "1=1") -> int:
    return int(db.read(f"SELECT count(*) FROM appointments WHERE {where}")[0][0])


def test_booking_writes_the_appointment_and_an_audit_event(world: World) -> None:
    booked = book_appointment(world.db, ADMIN, booking(world, 0, "l.bianchi", 9), now=NOW)
    assert not booked.recorded
    assert booked.row.status is AppointmentStatus.BOOKED
    assert booked.row.participant_cf == world.cfs[0]
    events = world.db.read("SELECT action, entity, summary FROM audit_events ORDER BY id DESC")
    assert events[0] == ("create", "appointment", "desk=CRE kind=monitoring")


def test_clashes_are_refused_and_write_nothing(world: World) -> None:
    book_appointment(world.db, ADMIN, booking(world, 0, "l.bianchi", 9), now=NOW)
    before = world.db.read("SELECT count(*) FROM audit_events")
    with pytest.raises(ConflictError, match="Rossi Mario"):
        book_appointment(world.db, ADMIN, booking(world, 1, "l.bianchi", 9, 30), now=NOW)
    with pytest.raises(ConflictError, match="Mario"):  # the participant is busy elsewhere
        book_appointment(world.db, ADMIN, booking(world, 0, "g.verdi", 9, 30), now=NOW)
    with pytest.raises(ConflictError, match="la sola stanza"):  # one room at this desk
        book_appointment(world.db, ADMIN, booking(world, 1, "g.verdi", 9, 30), now=NOW)
    # By phone the room is not needed.
    book_appointment(
        world.db,
        ADMIN,
        booking(world, 1, "g.verdi", 9, 30, mode=AppointmentMode.PHONE),
        now=NOW,
    )
    assert count(world.db) == 2
    assert world.db.read("SELECT count(*) FROM audit_events")[0][0] == before[0][0] + 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"desk": "XXX"}, "desk"),
        ({"operator": "nessuno"}, "operator"),
        ({"participant": "RSSMRA80A01H501U"}, "participant"),
        ({"minutes": 0}, "minutes"),
        ({"minutes": -15}, "minutes"),
        ({"minutes": 100_000}, "minutes"),
    ],
)
def test_bad_input_names_the_field(world: World, change: dict[str, object], field: str) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as info:
        book_appointment(
            world.db, ADMIN, replace(booking(world, 0, "l.bianchi", 9), **change), now=NOW
        )  # type: ignore[arg-type]
    assert info.value.field == field
    assert count(world.db) == 0


def test_a_past_start_is_recorded_as_done(world: World) -> None:
    booked = book_appointment(
        world.db, ADMIN, booking(world, 0, "l.bianchi", 9, day=date(2026, 11, 16)), now=NOW
    )
    assert booked.recorded and booked.row.status is AppointmentStatus.DONE


def test_lifecycle_confirm_no_show_cancel_and_reschedule(world: World) -> None:
    first = book_appointment(world.db, ADMIN, booking(world, 0, "l.bianchi", 9), now=NOW).row
    assert set_status(world.db, ADMIN, first.id, AppointmentStatus.CONFIRMED).status == (
        AppointmentStatus.CONFIRMED
    )
    with pytest.raises(ValidationError, match="motivo"):
        set_status(world.db, ADMIN, first.id, AppointmentStatus.CANCELLED_PARTICIPANT)
    moved = reschedule(world.db, ADMIN, first.id, datetime(2026, 11, 24, 10, 0), now=NOW)
    assert moved.id != first.id and moved.status is AppointmentStatus.BOOKED
    old = world.db.read("SELECT status FROM appointments WHERE id = :i", {"i": first.id})[0][0]
    assert old == "rescheduled"
    link = world.db.read(
        "SELECT rescheduled_from_id FROM appointments WHERE id = :i", {"i": moved.id}
    )
    assert link == [(first.id,)]
    # The freed slot can be booked again.
    book_appointment(world.db, ADMIN, booking(world, 1, "l.bianchi", 9), now=NOW)
    set_status(world.db, ADMIN, moved.id, AppointmentStatus.NO_SHOW)
    with pytest.raises(ConflictError):
        set_status(world.db, ADMIN, moved.id, AppointmentStatus.CONFIRMED)
    with pytest.raises(ConflictError):
        reschedule(world.db, ADMIN, moved.id, datetime(2026, 11, 25, 10, 0), now=NOW)


def test_find_slots_proposes_bookable_starts(world: World) -> None:
    book_appointment(world.db, ADMIN, booking(world, 0, "l.bianchi", 9), now=NOW)
    slots = find_slots(
        world.db,
        ADMIN,
        desk="CRE",
        operator="l.bianchi",
        minutes=60,
        after=datetime.combine(MONDAY, time(9)),
        count=3,
    )
    assert [s.start for s in slots] == [
        datetime(2026, 11, 23, 10, 0),
        datetime(2026, 11, 23, 10, 15),
        datetime(2026, 11, 23, 10, 30),
    ]
    booked = book_appointment(
        world.db,
        ADMIN,
        BookingInput(world.cfs[1], "l.bianchi", "CRE", slots[0].start, 60),
        now=NOW,
    )
    assert booked.row.start == slots[0].start


# --------------------------------------------------------------------------- property-based


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tpl") / "template.db"
    build(path, rooms=1).db.dispose()
    return path


actions = st.lists(
    st.one_of(
        st.tuples(
            st.just("book"),
            st.integers(0, 3),  # participant
            st.sampled_from(OPERATORS),
            st.integers(0, 2),  # day offset from Monday
            st.integers(0, 15),  # quarter-hours after 9:00
            st.sampled_from([15, 30, 45, 60, 90]),
            st.booleans(),  # in person
        ),
        st.tuples(st.just("move"), st.integers(0, 30), st.integers(0, 2), st.integers(0, 15)),
        st.tuples(st.just("cancel"), st.integers(0, 30)),
    ),
    min_size=1,
    max_size=25,
)


def assert_no_double_booking(path: Path) -> None:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT operator_id, participant_id, desk_id, start, minutes, mode FROM appointments"
        " WHERE status IN ('booked', 'confirmed', 'done')"
    ).fetchall()
    rooms = dict(conn.execute("SELECT id, rooms FROM desks").fetchall())
    conn.close()
    spans = [
        (
            op,
            who,
            desk,
            datetime.fromisoformat(s),
            datetime.fromisoformat(s) + timedelta(minutes=m),
            mode,
        )
        for op, who, desk, s, m, mode in rows
    ]
    for i, a in enumerate(spans):
        for b in spans[i + 1 :]:
            if a[3] < b[4] and b[3] < a[4]:
                assert a[0] != b[0], f"operator double-booked: {a} {b}"
                assert a[1] != b[1], f"participant double-booked: {a} {b}"
        in_room = [b for b in spans if b[2] == a[2] and b[5] == "in_person"]
        for moment in {b[3] for b in in_room}:
            running = sum(1 for b in in_room if b[3] <= moment < b[4])
            assert running <= rooms[a[2]], f"rooms exceeded at {moment}"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=actions)
def test_any_sequence_leaves_nobody_double_booked(
    template: Path, tmp_path: Path, steps: list[tuple[object, ...]]
) -> None:
    path = tmp_path / "prop.db"
    path.unlink(missing_ok=True)
    shutil.copy(template, path)
    db = open_database(str(path))
    cfs = [make_cf(*p) for p in PEOPLE]
    ids: list[int] = []
    try:
        for step in steps:
            try:
                if step[0] == "book":
                    _, who, op, day, quarter, minutes, in_person = step
                    start = datetime.combine(MONDAY + timedelta(days=int(day)), time(9)) + (  # type: ignore[call-overload]
                        timedelta(minutes=15 * int(quarter))  # type: ignore[call-overload]
                    )
                    mode = AppointmentMode.IN_PERSON if in_person else AppointmentMode.PHONE
                    data = BookingInput(
                        cfs[int(who)], str(op), "CRE", start, int(minutes), mode=mode
                    )  # type: ignore[call-overload]
                    ids.append(book_appointment(db, ADMIN, data, now=NOW).row.id)
                elif step[0] == "move" and ids:
                    _, which, day, quarter = step
                    start = datetime.combine(MONDAY + timedelta(days=int(day)), time(9)) + (  # type: ignore[call-overload]
                        timedelta(minutes=15 * int(quarter))  # type: ignore[call-overload]
                    )
                    target = ids[int(which) % len(ids)]  # type: ignore[call-overload]
                    ids.append(reschedule(db, ADMIN, target, start, now=NOW).id)
                elif step[0] == "cancel" and ids:
                    target = ids[int(step[1]) % len(ids)]  # type: ignore[call-overload]
                    set_status(
                        db, ADMIN, target, AppointmentStatus.CANCELLED_SERVICE, reason="prova"
                    )
            except (ConflictError, ValidationError):
                pass  # refused: must have changed nothing, which the invariant checks
            assert_no_double_booking(path)
    finally:
        db.dispose()


# --------------------------------------------------------------------------- two processes

RACER = """
import sys, time
from datetime import datetime
from models.errors import ConflictError
from models.rows import Actor
from storage.schema import open_database
from storage.services.booking import BookingInput, book_appointment
path, cf, operator, start, go = sys.argv[1:6]
db = open_database(path)
data = BookingInput(cf, operator, "CRE", datetime.fromisoformat(start), 60)
while time.time() < float(go):
    pass
try:
    book_appointment(db, Actor.system_admin(), data, now=datetime(2026, 11, 20, 8))
except ConflictError:
    sys.exit(3)
"""


def test_two_processes_booking_the_same_slot_exactly_one_wins(world: World, tmp_path: Path) -> None:
    path = str(world.db.target.path or world.db.target.url)
    for round_ in range(5):
        start = datetime.combine(MONDAY, time(9)) + timedelta(hours=round_ % 4, days=round_ // 4)
        go = clock.time() + 1.5  # both processes are loaded and spinning by then
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    RACER,
                    path,
                    world.cfs[n],
                    "l.bianchi",
                    start.isoformat(),
                    str(go),
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for n in (0, 1)
        ]
        codes = sorted(p.wait(timeout=60) for p in procs)
        for p in procs:
            p.communicate()
        assert codes == [0, 3], f"round {round_}: exit codes {codes}"
    assert count(world.db, "status = 'booked'") == 5


def test_a_weekly_series_is_checked_whole_before_saving(world: World) -> None:
    from storage.services.booking import book_series, cancel_following

    # Tuesday 24/11 at 10:00 for 3 weeks: 8/12 (Immacolata) is a holiday, and 1/12 is taken.
    book_appointment(
        world.db, ADMIN, booking(world, 1, "l.bianchi", 10, day=date(2026, 12, 1)), now=NOW
    )
    data = booking(world, 0, "l.bianchi", 10, day=date(2026, 11, 24))
    with pytest.raises(ConflictError) as info:
        book_series(world.db, ADMIN, data, frequency="weekly", times=3, now=NOW)
    message = str(info.value)
    assert "01/12/2026" in message and "08/12/2026" in message and "Immacolata" in message
    assert count(world.db) == 1
    result = book_series(
        world.db, ADMIN, data, frequency="weekly", times=3, skip_conflicts=True, now=NOW
    )
    assert [r.start.date() for r in result.booked] == [date(2026, 11, 24)]
    assert [s.date() for s, _ in result.skipped] == [date(2026, 12, 1), date(2026, 12, 8)]
    fortnight = book_series(
        world.db,
        ADMIN,
        booking(world, 2, "g.verdi", 11, day=date(2026, 11, 23)),
        frequency="biweekly",
        until=date(2027, 1, 20),
        now=NOW,
    )
    days = [r.start.date() for r in fortnight.booked]
    assert days[:3] == [date(2026, 11, 23), date(2026, 12, 7), date(2026, 12, 21)]
    assert all(r.start.time() == time(11) for r in fortnight.booked)
    cancelled = cancel_following(
        world.db, ADMIN, fortnight.booked[1].id, AppointmentStatus.CANCELLED_SERVICE, reason="Ferie"
    )
    assert cancelled == [r.id for r in fortnight.booked[1:]]
    assert get_status(world.db, fortnight.booked[0].id) == "booked"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"frequency": "daily", "times": 3}, "repeat"),
        ({"frequency": "weekly"}, "times"),
        ({"frequency": "weekly", "times": 1}, "times"),
        ({"frequency": "weekly", "times": 500}, "times"),
        ({"frequency": "weekly", "until": date(2026, 1, 1)}, "until"),
        ({"frequency": "weekly", "until": date(2030, 1, 1)}, "until"),
    ],
)
def test_bad_series_names_the_field(world: World, kwargs: dict[str, object], field: str) -> None:
    from storage.services.booking import book_series

    with pytest.raises(ValidationError) as info:
        book_series(world.db, ADMIN, booking(world, 0, "l.bianchi", 9), now=NOW, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert count(world.db) == 0


def get_status(db: Database, appointment_id: int) -> str:
    return str(
        db.read("SELECT status FROM appointments WHERE id = :i", {"i": appointment_id})[0][0]
    )


def test_month_counts_by_day_and_status(world: World) -> None:
    from storage.services.agenda import month_counts

    first = book_appointment(world.db, ADMIN, booking(world, 0, "l.bianchi", 9), now=NOW).row
    book_appointment(world.db, ADMIN, booking(world, 1, "g.verdi", 11), now=NOW)
    book_appointment(
        world.db, ADMIN, booking(world, 2, "g.verdi", 9, day=date(2026, 12, 1)), now=NOW
    )
    set_status(world.db, ADMIN, first.id, AppointmentStatus.NO_SHOW)
    counts = month_counts(world.db, ADMIN, 2026, 11)
    assert counts == {
        MONDAY: {AppointmentStatus.NO_SHOW: 1, AppointmentStatus.BOOKED: 1},
    }
    assert month_counts(world.db, ADMIN, 2026, 11, operator="g.verdi") == {
        MONDAY: {AppointmentStatus.BOOKED: 1}
    }
    assert month_counts(world.db, ADMIN, 2026, 12, desk_code="cre") == {
        date(2026, 12, 1): {AppointmentStatus.BOOKED: 1}
    }
    with pytest.raises(ValidationError):
        month_counts(world.db, ADMIN, 2026, 13)


def test_series_of_names_the_series_of_an_occurrence(world: World) -> None:
    from storage.services.agenda import series_of
    from storage.services.booking import book_series

    single = book_appointment(world.db, ADMIN, booking(world, 1, "g.verdi", 9), now=NOW).row
    series = book_series(
        world.db, ADMIN, booking(world, 0, "l.bianchi", 10), frequency="weekly", times=2, now=NOW
    )
    assert series_of(world.db, ADMIN, single.id) is None
    assert {series_of(world.db, ADMIN, r.id) for r in series.booked} == {series.series_uuid}
    with pytest.raises(ValidationError) as info:
        series_of(world.db, ADMIN, 999_999)
    assert info.value.field == "appointment"


def test_without_a_signed_notice_only_the_first_appointment(tmp_path: Path) -> None:
    """DOMAIN.md: no signed privacy notice, nothing but identity and the first appointment."""
    from storage.services.booking import book_series

    db = open_database(str(tmp_path / "n.db"))
    week = [(d, "09:00", "13:00") for d in range(5)]
    create_desk(db, ADMIN, DeskInput("CRE", "Sportello Cremona", "Cremona", "CR", None, 2, week))
    create_user(db, ADMIN, UserInput("l.bianchi", "Luca Bianchi", "operator"))
    cf = make_cf("Neri", "Sara", "F", date(2000, 7, 8))
    create_participant(db, ADMIN, ParticipantInput("Neri", "Sara", codice_fiscale=cf))
    first = BookingInput(cf, "l.bianchi", "CRE", datetime(2026, 11, 23, 9), 60)
    booked = book_appointment(db, ADMIN, first, now=NOW)
    second = BookingInput(cf, "l.bianchi", "CRE", datetime(2026, 11, 24, 9), 60)
    with pytest.raises(ConflictError, match="informativa privacy"):
        book_appointment(db, ADMIN, second, now=NOW)
    with pytest.raises(ConflictError, match="informativa privacy"):
        book_series(db, ADMIN, second, frequency="weekly", times=2, now=NOW)
    # Moving the first appointment is still possible; a cancelled first one frees the rule.
    moved = reschedule(db, ADMIN, booked.row.id, datetime(2026, 11, 25, 9), now=NOW)
    set_status(db, ADMIN, moved.id, AppointmentStatus.CANCELLED_PARTICIPANT, reason="Malattia")
    book_appointment(db, ADMIN, second, now=NOW)
    record_consent(db, ADMIN, cf, ConsentInput(date(2026, 11, 20)))
    book_appointment(db, ADMIN, replace_start(second, datetime(2026, 11, 26, 9)), now=NOW)
    db.dispose()


def replace_start(data: BookingInput, start: datetime) -> BookingInput:
    from dataclasses import replace

    return replace(data, start=start)
