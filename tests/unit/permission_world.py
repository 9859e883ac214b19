"""The small world the permission matrix runs in: two tutors' caseloads, an operator, staff.

Built once per test session through the services, then copied for every test (a file copy is
a millisecond; building it again would cost the matrix minutes). On PostgreSQL the world is a
database on the session's server and each test gets `CREATE DATABASE ... TEMPLATE` of it.

- Desk CR01 (the operator works there) and CM01.
- Users: op.sportello (operator, available at CR01), tutor.uno and tutor.due (tutors),
  coord (coordinator), amm (administrator).
- Programme GOL with caps.
- «own» participant Rossi Mario: registered at CR01, pathway in GOL with tutor.uno, an
  appointment at CR01 with the operator next Monday.
- «other» participant Verdi Anna: registered at CM01, pathway in GOL with tutor.due, no
  appointment: outside tutor.uno's caseload and outside the operator's desks.

Rows of the matrix get a `World` and the acting `Actor`, and pick the target with
`world.cf(which)` / `world.participant(which)` / `world.pathway(which)` where `which` is "own" or
"other".
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Literal

from models.enums import Role
from models.rows import Actor
from storage.engine import Database
from storage.schema import open_database
from tests.conftest import make_cf
from tests.pg import PostgresServer

Which = Literal["own", "other"]

CF_OWN = make_cf("Rossi", "Mario", "M", date(1980, 3, 14))
CF_OTHER = make_cf("Verdi", "Anna", "F", date(1990, 6, 2), "B898")

USERS: dict[Role, str] = {
    Role.OPERATOR: "op.sportello",
    Role.TUTOR: "tutor.uno",
    Role.COORDINATOR: "coord",
    Role.ADMIN: "amm",
}
OTHER_TUTOR = "tutor.due"


def next_monday(today: date | None = None) -> date:
    today = today or date.today()
    return today + timedelta(days=7 - today.weekday())


@dataclass
class World:
    """An open copy of the world database and the ids in it."""

    db: Database
    folder: Path
    ids: dict[str, int] = field(default_factory=dict)
    admin: Actor = field(default_factory=Actor.system_admin)

    def actor(self, role: Role) -> Actor:
        username = USERS[role]
        return Actor(username, role, self.ids[f"user:{username}"], username)

    def cf(self, which: Which = "own") -> str:
        return CF_OWN if which == "own" else CF_OTHER

    def participant(self, which: Which = "own") -> int:
        return self.ids[f"participant:{which}"]

    def pathway(self, which: Which = "own") -> int:
        return self.ids[f"pathway:{which}"]

    def out(self, name: str) -> Path:
        """A path for an output file inside this test's folder."""
        return self.folder / name


def build_world(path: Path | str) -> dict[str, int]:
    """Create the world database at `path` (a file or a URL) through the services; the ids."""
    from models.validation import ParticipantInput
    from storage.services.admin import (
        DeskInput,
        ProgrammeInput,
        UserInput,
        create_desk,
        create_programme,
        create_user,
    )
    from storage.services.booking import BookingInput, book_appointment
    from storage.services.desks import set_availability
    from storage.services.intake import ConsentInput, PathwayInput, open_pathway, record_consent
    from storage.services.participants import create_participant

    admin = Actor.system_admin()
    ids: dict[str, int] = {}
    db = open_database(str(path))
    try:
        weekdays = [(d, "09:00", "13:00") for d in range(5)] + [
            (d, "14:00", "17:00") for d in range(5)
        ]
        ids["desk:CR01"] = create_desk(
            db, admin, DeskInput("CR01", "Sportello Cremona", "Cremona", "CR", None, 2, weekdays)
        ).id
        ids["desk:CM01"] = create_desk(
            db, admin, DeskInput("CM01", "Sportello Crema", "Crema", "CR", None, 1, weekdays)
        ).id
        for role, username in [*USERS.items(), (Role.TUTOR, OTHER_TUTOR)]:
            user = create_user(db, admin, UserInput(username, username.title(), role.value))
            ids[f"user:{username}"] = user.id
        set_availability(
            db, admin, USERS[Role.OPERATOR], "CR01", [(d, "09:00", "13:00") for d in range(5)]
        )
        create_programme(
            db,
            admin,
            ProgrammeInput(
                "GOL",
                "Garanzia Occupabilità",
                "Regione Lombardia",
                "01/01/2025",
                "31/12/2028",
                caps=[
                    ("coaching", 40),
                    ("orientation", 20),
                    ("active_job_search", 40),
                    ("training", 40),
                ],
            ),
        )
        for which, cf, last, first, desk, tutor in (
            ("own", CF_OWN, "Rossi", "Mario", "CR01", USERS[Role.TUTOR]),
            ("other", CF_OTHER, "Verdi", "Anna", "CM01", OTHER_TUTOR),
        ):
            created = create_participant(
                db,
                admin,
                ParticipantInput(
                    last,
                    first,
                    codice_fiscale=cf,
                    municipality="Cremona",
                    desk_code=desk,
                    phone="0372 412345",
                    email=f"{first.lower()}.{last.lower()}@example.it",
                ),
            )
            ids[f"participant:{which}"] = created.row.id
            record_consent(db, admin, cf, ConsentInput(date(2026, 1, 15)))
            ids[f"pathway:{which}"] = open_pathway(
                db,
                admin,
                PathwayInput(
                    cf,
                    "GOL",
                    tutor,
                    date(2026, 1, 20),
                    plan=[
                        ("coaching", 20),
                        ("orientation", 10),
                        ("active_job_search", 20),
                        ("training", 20),
                    ],
                ),
            ).id
        booked = book_appointment(
            db,
            admin,
            BookingInput(
                CF_OWN,
                USERS[Role.OPERATOR],
                "CR01",
                datetime.combine(next_monday(), time(9, 0)),
                30,
            ),
        )
        ids["appointment:own"] = booked.row.id
    finally:
        db.dispose()
    return ids


_copies = itertools.count(1)


class WorldFactory:
    """Builds the template once; `open(folder)` copies it into `folder` and opens the copy.

    With a PostgreSQL `server` the template and the copies are databases on it instead.
    """

    def __init__(self, template_dir: Path, server: PostgresServer | None = None) -> None:
        self.template = template_dir / "world.db"
        self.server = server
        self._databases: list[str] = []
        if server is None:
            self.ids = build_world(self.template)
        else:
            self.template_name = f"world_{next(_copies)}"
            self._databases.append(self.template_name)
            self.ids = build_world(server.create_database(self.template_name))
        self._opened: list[Database] = []
        self._names: dict[int, str] = {}  # id(Database) -> its PostgreSQL copy

    def close(self, world: World) -> None:
        """Done with a copy: closed, and on PostgreSQL dropped (each copy holds some 8 MB)."""
        world.db.dispose()
        name = self._names.pop(id(world.db), None)
        if name is not None and self.server is not None:
            self.server.drop_database(name)
            self._databases.remove(name)

    def open(self, folder: Path) -> World:
        folder.mkdir(parents=True, exist_ok=True)
        if self.server is not None:
            name = f"{self.template_name}_copy_{next(_copies)}"
            self._databases.append(name)
            url = self.server.create_database(name, template=self.template_name)
            db = open_database(url)
            self._opened.append(db)
            self._names[id(db)] = name
            return World(db=db, folder=folder, ids=dict(self.ids))
        target = folder / "world.db"
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.template) + suffix)
            if source.exists():
                shutil.copyfile(source, Path(str(target) + suffix))
        db = open_database(str(target))
        self._opened.append(db)
        return World(db=db, folder=folder, ids=dict(self.ids))

    def close_all(self) -> None:
        for db in self._opened:
            db.dispose()
        self._opened.clear()
        if self.server is not None and self.server.running:
            for name in reversed(self._databases):
                self.server.drop_database(name)
        self._databases.clear()


# A row of the matrix: how to call the function as `actor` on the participant `which`.
Call = Callable[[World, Actor, Which], object]

ALL = frozenset(Role)
STAFF = frozenset({Role.COORDINATOR, Role.ADMIN})
TUTORS_UP = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})


@dataclass(frozen=True)
class Case:
    """How to call one function and who may.

    - `allowed`: the roles that may call it on a participant in their scope («own»).
    - `call(world, actor, which)`: calls the function with valid arguments for that participant;
      any setup it needs is done as `world.admin` first. Returning normally or raising an error
      other than PermissionDenied both count as «allowed».
    - `caseload`: True when the function concerns one participant; then a tutor (and an
      operator, when operators are allowed) calling it on the «other» participant must get
      PermissionDenied.
    """

    allowed: frozenset[Role]
    call: Call
    caseload: bool = False
