"""Editing desks' calendars: details, weekly hours, closures, patron day, operators' hours."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from models.enums import Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.engine import Database
from storage.services.admin import DeskInput, UserInput, create_desk, create_user
from storage.services.booking import BookingInput, book_appointment, find_slots
from storage.services.desks import (
    DeskUpdate,
    add_closure,
    desk_details,
    remove_closure,
    set_availability,
    update_desk,
)
from storage.services.participants import create_participant
from tests.conftest import make_cf

NOW = datetime(2026, 11, 20, 8)


@pytest.fixture
def setup(db: Database, admin: Actor) -> Database:
    week = [(d, "09:00", "13:00") for d in range(5)]
    create_desk(db, admin, DeskInput("CRE", "Sportello Cremona", "Cremona", "CR", None, 1, week))
    create_desk(db, admin, DeskInput("CRM", "Sportello Crema", "Crema", "CR", None, 1, week))
    create_user(db, admin, UserInput("l.bianchi", "Luca Bianchi", "operator"))
    return db


def update(**changes: object) -> DeskUpdate:
    base = DeskUpdate(
        name="Sportello lavoro di Cremona",
        municipality="Cremona",
        province="cr",
        address="Via Dante 12",
        phone="0372 407111",
        rooms=2,
        patron_day="13/11",
        patron_name="Sant'Omobono",
        opening=[(0, "09:00", "12:30"), (0, "14:00", "17:00"), (3, "9.00", "13.00")],
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_update_replaces_details_and_hours(setup: Database, admin: Actor) -> None:
    details = update_desk(setup, admin, "cre", update())
    assert details.province == "CR" and details.phone == "+390372407111"
    assert details.patron_day == "11-13"
    assert details.opening == (
        (0, time(9), time(12, 30)),
        (0, time(14), time(17)),
        (3, time(9), time(13)),
    )
    assert desk_details(setup, admin, "CRE").rooms == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"rooms": 0}, "rooms"),
        ({"rooms": 99}, "rooms"),
        ({"patron_day": "31/02"}, "patron_day"),
        ({"opening": [(0, "13:00", "09:00")]}, "opening"),
        ({"opening": [(0, "09:00", "12:00"), (0, "11:30", "13:00")]}, "opening"),
        ({"opening": [(7, "09:00", "12:00")]}, "opening"),
        ({"opening": [(1, "9", "12:00")]}, "opening"),
        ({"phone": "12"}, "phone"),
    ],
)
def test_bad_desk_input_names_the_field_and_changes_nothing(
    setup: Database, admin: Actor, changes: dict[str, object], field: str
) -> None:
    before = desk_details(setup, admin, "CRE")
    with pytest.raises(ValidationError) as info:
        update_desk(setup, admin, "CRE", update(**changes))
    assert info.value.field == field
    assert desk_details(setup, admin, "CRE") == before


def test_only_staff_edit_desks(setup: Database) -> None:
    with pytest.raises(PermissionDenied):
        update_desk(
            setup,
            Actor("l.bianchi", Role.OPERATOR),
            "CRE",
            update(),
        )


def test_closures_block_bookings_and_can_be_removed(setup: Database, admin: Actor) -> None:
    cf = make_cf("Rossi", "Mario", "M", date(1980, 1, 2))
    create_participant(setup, admin, ParticipantInput("Rossi", "Mario", codice_fiscale=cf))
    closure = add_closure(setup, admin, "CRE", date(2026, 11, 23), date(2026, 11, 27), "Trasloco")
    with pytest.raises(ConflictError, match="Trasloco"):
        add_closure(setup, admin, "CRE", date(2026, 11, 27), date(2026, 11, 30), "Altro")
    with pytest.raises(ValidationError):
        add_closure(setup, admin, "CRE", date(2026, 11, 27), date(2026, 11, 20), "Indietro")
    data = BookingInput(cf, "l.bianchi", "CRE", datetime(2026, 11, 24, 10), 60)
    with pytest.raises(ConflictError, match="Trasloco"):
        book_appointment(setup, admin, data, now=NOW)
    slots = find_slots(
        setup, admin, desk="CRE", operator="l.bianchi", minutes=60, after=datetime(2026, 11, 23, 8)
    )
    assert slots[0].start == datetime(2026, 11, 30, 9)
    remove_closure(setup, admin, closure.id)
    book_appointment(setup, admin, data, now=NOW)


def test_operator_hours_limit_bookings_and_never_overlap_across_desks(
    setup: Database, admin: Actor
) -> None:
    set_availability(setup, admin, "l.bianchi", "CRE", [(0, "09:00", "11:00")])
    with pytest.raises(ConflictError, match="CRE"):
        set_availability(setup, admin, "l.bianchi", "CRM", [(0, "10:00", "12:00")])
    set_availability(
        setup, admin, "l.bianchi", "CRM", [(0, "11:00", "13:00"), (2, "09:00", "13:00")]
    )
    rows = desk_details(setup, admin, "CRM").availability
    assert [(r.weekday, r.start, r.end) for r in rows] == [
        (0, time(11), time(13)),
        (2, time(9), time(13)),
    ]
    slots = find_slots(
        setup,
        admin,
        desk="CRE",
        operator="l.bianchi",
        minutes=60,
        after=datetime(2026, 11, 23, 8),
        count=3,
    )
    assert [s.start for s in slots] == [
        datetime(2026, 11, 23, 9),
        datetime(2026, 11, 23, 9, 15),
        datetime(2026, 11, 23, 9, 30),
    ]
    any_operator = find_slots(
        setup, admin, desk="CRM", operator=None, minutes=60, after=datetime(2026, 11, 23, 8)
    )
    assert (
        any_operator[0].start == datetime(2026, 11, 23, 11)
        and any_operator[0].operator == "l.bianchi"
    )
