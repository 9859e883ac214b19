"""The pure booking rules: opening days and hours, holidays, availability, overlaps, rooms."""

from __future__ import annotations

from datetime import date, datetime, time
from itertools import islice

import pytest

from models.booking import (
    BookingContext,
    Busy,
    DeskCalendar,
    check_booking,
    conflicts,
    free_slots,
    holiday_name,
)
from models.errors import ConflictError, ValidationError

MORNING = ((time(9, 0), time(13, 0)),)
DESK = DeskCalendar(
    code="CRE",
    name="Sportello lavoro di Cremona",
    province="CR",
    rooms=2,
    opening={0: MORNING, 1: ((time(9, 0), time(13, 0)), (time(14, 0), time(17, 0))), 2: MORNING},
    closures=((date(2026, 12, 28), date(2026, 12, 31), "Ferie di fine anno"),),
    patron_day="11-13",
    patron_name="Sant'Omobono",
)
MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def ctx(**changes: object) -> BookingContext:
    base: dict[str, object] = {
        "desk": DESK,
        "operator_label": "Luca Bianchi (l.bianchi)",
        "operator_hours": None,
        "participant_label": "Rossi Mario",
    }
    base.update(changes)
    return BookingContext(**base)  # type: ignore[arg-type]


def test_a_free_slot_in_opening_hours_is_fine() -> None:
    check_booking(ctx(), at(MONDAY, 9), 60)
    check_booking(ctx(), at(TUESDAY, 16), 60)  # the afternoon interval


@pytest.mark.parametrize(
    ("start", "minutes", "expected"),
    [
        (at(date(2026, 11, 26), 10), 30, "non apre di giovedì"),
        (at(date(2026, 12, 8), 10), 30, "Immacolata"),
        (at(date(2026, 11, 13), 10), 30, "Sant'Omobono"),
        (at(date(2026, 12, 28), 10), 30, "Ferie di fine anno"),
        (at(MONDAY, 12, 30), 60, "alle 12:30–13:30 lo sportello CRE è chiuso"),
        (at(MONDAY, 8, 0), 30, "è chiuso"),
        (at(TUESDAY, 12, 30), 120, "è chiuso"),  # across the lunch break
    ],
)
def test_closed_days_and_hours_are_refused_with_the_reason(
    start: datetime, minutes: int, expected: str
) -> None:
    with pytest.raises(ConflictError) as info:
        check_booking(ctx(), start, minutes)
    assert expected in str(info.value)


def test_provincial_patron_comes_from_the_holidays_package() -> None:
    assert holiday_name(date(2026, 11, 13), "CR") == "Sant'Omobono"
    assert holiday_name(date(2026, 11, 13), "LO") is None
    assert holiday_name(date(2026, 4, 6)) == "Lunedì dell'Angelo"


@pytest.mark.parametrize("minutes", [0, -30, 481, 10_000])
def test_absurd_durations_name_the_field(minutes: int) -> None:
    with pytest.raises(ValidationError) as info:
        check_booking(ctx(), at(MONDAY, 9), minutes)
    assert info.value.field == "minutes"


def test_operator_hours_at_the_desk_are_enforced() -> None:
    hours = {0: ((time(9, 0), time(11, 0)),)}
    check_booking(ctx(operator_hours=hours), at(MONDAY, 10), 60)
    with pytest.raises(ConflictError, match="di lunedì è allo sportello 09:00–11:00"):
        check_booking(ctx(operator_hours=hours), at(MONDAY, 10, 30), 60)
    with pytest.raises(ConflictError, match="non è allo sportello CRE di martedì"):
        check_booking(ctx(operator_hours=hours), at(TUESDAY, 10), 60)


def test_overlaps_name_what_they_clash_with() -> None:
    booked = Busy(at(MONDAY, 10), 60, "l'appuntamento n. 7 con Verdi Anna")
    with pytest.raises(ConflictError) as info:
        check_booking(ctx(operator_busy=[booked]), at(MONDAY, 10, 30), 30)
    assert "ha già l'appuntamento n. 7 con Verdi Anna alle 10:00–11:00" in str(info.value)
    # Back to back is not an overlap.
    check_booking(ctx(operator_busy=[booked]), at(MONDAY, 11), 30)
    check_booking(ctx(operator_busy=[booked]), at(MONDAY, 9), 60)
    with pytest.raises(ConflictError, match="Rossi Mario ha già"):
        check_booking(ctx(participant_busy=[booked]), at(MONDAY, 9, 30), 60)


def test_rooms_limit_in_person_meetings_only() -> None:
    two = [
        Busy(at(MONDAY, 10), 60, "a"),
        Busy(at(MONDAY, 10, 30), 60, "b"),
    ]
    with pytest.raises(ConflictError, match="tutte le 2 stanze"):
        check_booking(ctx(desk_busy=two), at(MONDAY, 10, 30), 30)
    # Both rooms are busy only from 10:30 to 11:00: 9:30-10:30 still fits.
    check_booking(ctx(desk_busy=two), at(MONDAY, 9, 30), 60)
    check_booking(ctx(desk_busy=two), at(MONDAY, 10, 30), 30, in_person=False)
    phone = [Busy(at(MONDAY, 10), 60, "a", in_person=False), two[1]]
    check_booking(ctx(desk_busy=phone), at(MONDAY, 10, 30), 30)


def test_free_slots_skip_busy_time_closed_days_and_the_past() -> None:
    busy = [Busy(at(MONDAY, 9), 90, "x")]
    found = list(
        islice(free_slots(ctx(operator_busy=busy), 60, after=at(MONDAY, 8, 50), grid=30), 8)
    )
    assert found[:5] == [
        at(MONDAY, 10, 30),
        at(MONDAY, 11),
        at(MONDAY, 11, 30),
        at(MONDAY, 12),
        at(TUESDAY, 9),
    ]
    assert all(not conflicts(ctx(operator_busy=busy), s, 60) for s in found)
    # Friday 27th is not an opening day; the first slot after Wednesday is Monday 30th.
    later = next(free_slots(ctx(), 30, after=at(date(2026, 11, 25), 13)))
    assert later == at(date(2026, 11, 30), 9)
