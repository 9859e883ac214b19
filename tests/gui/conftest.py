"""GUI test fixtures: offscreen Qt, settings in a temporary folder, a database with people in it.

Every test gets a fresh database file. The seeded one holds two desks, three users, eight
participants (among them Rossi, Rossini and Nicolò Ferrari) and appointments today and tomorrow,
created through the services; appointments are inserted directly because booking has no service
yet (tests may use SQLAlchemy, gui/ may not).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

# The offscreen platform cannot apply a window's size hints and says so; nothing to do with us.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).parent == here:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[Path]:
    """QSettings read and write a temporary folder, never the user's real configuration."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@dataclass
class Seeded:
    """The seeded database and what was put in it."""

    db: object
    admin: object
    desks: dict[str, object] = field(default_factory=dict)
    users: dict[str, object] = field(default_factory=dict)
    participants: dict[str, object] = field(default_factory=dict)
    appointments_today: int = 0


PEOPLE = (
    # last, first, sex, birth date
    ("Rossi", "Mario", "M", date(1980, 3, 14)),
    ("Rossini", "Anna", "F", date(1992, 7, 2)),
    ("Ferrari", "Nicolò", "M", date(2001, 11, 23)),
    ("Bianchi", "Giulia", "F", date(1975, 1, 30)),
    ("Esposito", "Salvatore", "M", date(1968, 9, 9)),
    ("Colombo", "Sara", "F", date(1999, 5, 17)),
    ("Ricci", "Luca", "M", date(1987, 12, 1)),
    ("Zanetti", "Elena", "F", date(1963, 4, 8)),
)


def seed(db: object) -> Seeded:
    from models.codice_fiscale import compose
    from models.entities import Appointment
    from models.enums import (
        AppointmentKind,
        AppointmentMode,
        AppointmentStatus,
        Sex,
    )
    from models.rows import Actor
    from models.validation import ParticipantInput
    from storage.services.admin import DeskInput, UserInput, create_desk, create_user
    from storage.services.intake import ConsentInput, record_consent
    from storage.services.participants import create_participant

    admin = Actor.system_admin()
    seeded = Seeded(db=db, admin=admin)
    weekdays = [(d, "09:00", "12:30") for d in range(5)] + [(0, "14:00", "17:00")]
    seeded.desks["CR01"] = create_desk(
        db,
        admin,
        DeskInput("CR01", "Sportello Lavoro Cremona", "Cremona", "CR", "Via Roma 1", 2, weekdays),
    )
    seeded.desks["CM01"] = create_desk(
        db,
        admin,
        DeskInput("CM01", "Sportello Crema", "Crema", "CR", None, 1, [(2, "09:00", "13:00")]),
    )
    for username, full_name, role in (
        ("l.bianchi", "Luca Bianchi", "operator"),
        ("g.verdi", "Giovanna Verdi", "tutor"),
        ("c.neri", "Carla Neri", "coordinator"),
    ):
        seeded.users[username] = create_user(db, admin, UserInput(username, full_name, role))
    for n, (last, first, sex, born) in enumerate(PEOPLE):
        cf = compose(last, first, Sex(sex), born, "D150")
        desk = "CR01" if n % 3 else "CM01"
        created = create_participant(
            db,
            admin,
            ParticipantInput(
                last, first, codice_fiscale=cf, municipality="Cremona", desk_code=desk
            ),
        )
        seeded.participants[last] = created.row
        # Everyone seeded has signed the privacy notice (without it only one booking is allowed).
        record_consent(db, admin, cf, ConsentInput(date(2026, 1, 15)))
    today = date.today()
    plan = (
        (today, time(9, 0), "Rossi", AppointmentKind.INTAKE, AppointmentStatus.CONFIRMED),
        (today, time(10, 30), "Ferrari", AppointmentKind.ORIENTATION, AppointmentStatus.BOOKED),
        (today, time(14, 0), "Bianchi", AppointmentKind.JOB_SEARCH, AppointmentStatus.NO_SHOW),
        (
            today + timedelta(days=1),
            time(9, 0),
            "Ricci",
            AppointmentKind.MONITORING,
            AppointmentStatus.BOOKED,
        ),
    )
    operator = seeded.users["l.bianchi"]
    with db.transaction() as session:  # type: ignore[attr-defined]
        for day, start, last, kind, status in plan:
            session.add(
                Appointment(
                    desk_id=seeded.desks["CR01"].id,  # type: ignore[attr-defined]
                    operator_id=operator.id,  # type: ignore[attr-defined]
                    participant_id=seeded.participants[last].id,  # type: ignore[attr-defined]
                    kind=kind,
                    mode=AppointmentMode.IN_PERSON,
                    status=status,
                    start=datetime.combine(day, start),
                    minutes=45,
                    created_by="admin",
                    updated_by="admin",
                )
            )
    seeded.appointments_today = 3
    return seeded


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[object]:
    """A fresh, migrated, empty database file."""
    from storage.schema import open_database

    database = open_database(str(tmp_path / "g.db"))
    yield database
    database.dispose()


@pytest.fixture
def seeded(empty_db: object) -> Seeded:
    """The database with desks, users, participants and appointments."""
    return seed(empty_db)


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """Build a shown main window on a database; background tasks run synchronously."""
    from gui.main_window import MainWindow
    from gui.workers import SynchronousPool
    from models.rows import Actor

    def make(db: object, actor: object | None = None, **kwargs: object) -> MainWindow:
        window = MainWindow(
            db,  # type: ignore[arg-type]
            actor or Actor.system_admin(),  # type: ignore[arg-type]
            pool=SynchronousPool(),
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window, seeded):  # type: ignore[no-untyped-def]
    """The main window on the seeded database, acting as the administrator."""
    return make_window(seeded.db)
