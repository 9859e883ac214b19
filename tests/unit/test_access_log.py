"""The access log service: filters and paging in SQL, roles, CSV export, retention, and `check`
naming an edited or a removed event."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from models.enums import AuditAction, Role
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor
from storage import audit
from storage.check import check_database
from storage.engine import Database
from storage.services.access_log import (
    count_access_log,
    export_access_log_csv,
    get_audit_retention,
    search_access_log,
    set_audit_retention,
)
from storage.services.admin import UserInput, create_user

U1 = "11111111-1111-4111-8111-111111111111"
U2 = "22222222-2222-4222-8222-222222222222"
U3 = "33333333-3333-4333-8333-333333333333"

# id 1 is the creation of c.neri; these follow as ids 2..7 (times in UTC, as stored).
EVENTS = (
    (datetime(2026, 3, 2, 10, 0), "c.neri", AuditAction.VIEW, "participant", U1, ""),
    (datetime(2026, 3, 2, 11, 0), "g.verdi", AuditAction.VIEW, "participant", U2, ""),
    (datetime(2026, 3, 5, 9, 0), "c.neri", AuditAction.EXPORT, "dossier", U1, "formato=pdf"),
    (
        datetime(2026, 3, 10, 15, 0),
        "g.verdi",
        AuditAction.UPDATE,
        "tutoring_note",
        U3,
        "campi=testo",
    ),
    (datetime(2026, 4, 1, 12, 0), "admin", AuditAction.BACKUP, "database", None, "file=x_100%.db"),
    (datetime(2026, 4, 2, 12, 0), "admin", AuditAction.UPDATE, "setting", None, "=1+2"),
)

COORDINATOR = Actor("c.neri", Role.COORDINATOR, None, "Carla Neri")
TUTOR = Actor("g.verdi", Role.TUTOR, None, "Giovanna Verdi")
OPERATOR = Actor("l.bianchi", Role.OPERATOR, None, "Luca Bianchi")


@pytest.fixture(autouse=True)
def _rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local times are Italian ones, whatever the machine says."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def append(db: Database, at: datetime, username: str, action: AuditAction, entity: str,
           entity_uuid: str | None, summary: str) -> None:  # fmt: skip
    """An event at a chosen time, chained and anchored by `audit.record`."""
    with db.transaction() as session:
        actor = Actor(username, Role.COORDINATOR)
        audit.record(session, actor, action, entity, entity_uuid, summary, at=at)


@pytest.fixture
def log(db: Database, admin: Actor) -> Database:
    """A hand-built log: the coordinator's creation (1), then EVENTS as 2..7."""
    create_user(db, admin, UserInput("c.neri", "Carla Neri", "coordinator"))
    for event in EVENTS:
        append(db, *event)
    return db


def ids(rows: list) -> list[int]:  # type: ignore[type-arg]
    return [r.id for r in rows]


def test_newest_first_and_paged(log: Database) -> None:
    """The whole log comes newest first; limit and offset cut pages in SQL."""
    assert ids(search_access_log(log, COORDINATOR)) == [7, 6, 5, 4, 3, 2, 1]
    assert ids(search_access_log(log, COORDINATOR, limit=2, offset=1)) == [6, 5]
    assert ids(search_access_log(log, COORDINATOR, limit=3, offset=6)) == [1]
    assert search_access_log(log, COORDINATOR, offset=7) == []
    assert count_access_log(log, COORDINATOR) == 7


def test_filters(log: Database) -> None:
    """Each filter alone, and together, picks exactly the right events."""

    def pick(**filters: object) -> list[int]:
        found = ids(search_access_log(log, COORDINATOR, **filters))  # type: ignore[arg-type]
        assert count_access_log(log, COORDINATOR, **filters) == len(found)  # type: ignore[arg-type]
        return found

    assert pick(user="g.verdi") == [5, 3]
    assert pick(user=" G.Verdi ") == [5, 3]
    assert pick(action=AuditAction.EXPORT) == [4]
    assert pick(action="update") == [7, 5]
    assert pick(entity="participant") == [3, 2]
    assert pick(entity=U1) == [4, 2]
    assert pick(start=date(2026, 3, 2), end=date(2026, 3, 5)) == [4, 3, 2]
    assert pick(start=date(2026, 4, 1), end=date(2026, 4, 1)) == [6]
    assert pick(text="TESTO") == [5]
    assert pick(text="100%") == [6]
    assert pick(text="%") == [6]  # a wildcard is a plain character
    assert pick(text="_") == [6, 5]  # file=x_100%.db, tutoring_note
    assert pick(user="c.neri", action="view") == [2]
    assert pick(user="nessuno") == []


def test_full_name_from_users(log: Database) -> None:
    """A row carries the user's full name when the username is a user's."""
    rows = {r.id: r for r in search_access_log(log, COORDINATOR)}
    assert rows[2].full_name == "Carla Neri" and rows[2].entity_uuid == U1
    assert rows[3].full_name == "" and rows[3].action == AuditAction.VIEW
    assert rows[5].summary == "campi=testo"


def test_bad_filters_are_refused(log: Database) -> None:
    """A reversed period or an unknown action is refused, naming the field."""
    with pytest.raises(ValidationError) as reversed_period:
        search_access_log(log, COORDINATOR, start=date(2026, 3, 5), end=date(2026, 3, 1))
    assert reversed_period.value.field == "end"
    assert str(reversed_period.value) == "Al: la data finale viene prima di quella iniziale."
    with pytest.raises(ValidationError) as unknown:
        count_access_log(log, COORDINATOR, action="hack'; DROP TABLE audit_events;--")
    assert unknown.value.field == "action"
    with pytest.raises(ValidationError):
        search_access_log(log, COORDINATOR, limit=0)


@pytest.mark.parametrize("actor", [TUTOR, OPERATOR])
def test_only_coordinators_and_admins(log: Database, actor: Actor, tmp_path: Path) -> None:
    """A tutor or an operator can neither read nor export the log nor touch its retention."""
    with pytest.raises(PermissionDenied) as denied:
        search_access_log(log, actor)
    assert "non può leggere il registro degli accessi" in str(denied.value)
    with pytest.raises(PermissionDenied):
        count_access_log(log, actor)
    with pytest.raises(PermissionDenied):
        export_access_log_csv(log, actor, out=tmp_path / "log.csv")
    with pytest.raises(PermissionDenied):
        set_audit_retention(log, actor, 12)
    assert not (tmp_path / "log.csv").exists()


def test_csv_export(log: Database, tmp_path: Path) -> None:
    """UTF-8 with BOM, «;» between fields, a header, local times, and the export is audited."""
    out = tmp_path / "registro.csv"
    assert export_access_log_csv(log, COORDINATOR, action="export", out=out) == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == (
        "N.;Data e ora;Utente;Nome;Azione;Oggetto;Id oggetto;Dettagli;Impronta SHA-256"
    )
    event = search_access_log(log, COORDINATOR, action="export", limit=2)
    assert lines[1] == (
        f"4;05/03/2026 10:00:00;c.neri;Carla Neri;Esportazione;dossier;{U1};formato=pdf;"
        f"{event[1].hash}"
    )
    assert lines[2:] == [""]
    last = event[0]
    assert (last.id, last.username, last.action, last.entity, last.summary) == (
        8,
        "c.neri",
        AuditAction.EXPORT,
        "access_log",
        "formato=csv righe=1 filtri=action",
    )


def test_csv_neutralises_formulas(log: Database, tmp_path: Path) -> None:
    """A cell that a spreadsheet would run as a formula is written as text."""
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "tutto.csv"
    assert export_access_log_csv(log, COORDINATOR, out=out) == 7
    text = out.read_text(encoding="utf-8-sig")
    assert ";setting;;'=1+2;" in text
    assert list(folder.iterdir()) == [out]  # no temporary file left beside it


def test_csv_bad_output_writes_nothing(log: Database, tmp_path: Path) -> None:
    """A wrong extension or a missing folder is refused before anything is read or recorded."""
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as wrong:
        export_access_log_csv(log, COORDINATOR, out=folder / "registro.xlsx")
    assert "deve finire con .csv" in str(wrong.value)
    with pytest.raises(ValidationError):
        export_access_log_csv(log, COORDINATOR, out=folder / "manca" / "registro.csv")
    assert count_access_log(log, COORDINATOR) == 7
    assert list(folder.iterdir()) == []


def test_retention_setting(log: Database, admin: Actor) -> None:
    """24 months by default; six at least (the law's minimum), refused below with the reason."""
    assert get_audit_retention(log, COORDINATOR) == 24
    assert set_audit_retention(log, admin, "12") == 12
    assert get_audit_retention(log, COORDINATOR) == 12
    with pytest.raises(ValidationError) as too_short:
        set_audit_retention(log, admin, 5)
    assert too_short.value.field == "retention_months"
    assert "almeno 6 mesi" in str(too_short.value)
    assert "non meno di sei mesi" in str(too_short.value)
    with pytest.raises(ValidationError):
        set_audit_retention(log, admin, "un anno")
    assert get_audit_retention(log, COORDINATOR) == 12
    assert set_audit_retention(log, COORDINATOR, 6) == 6
    last = search_access_log(log, admin, limit=1)[0]
    assert (last.action, last.entity, last.summary) == (
        AuditAction.UPDATE,
        "setting",
        "audit.retention_months=6",
    )


def test_check_names_an_edited_event(log: Database) -> None:
    """An event edited with the database's own shell is named by `check`, and only that one."""
    assert check_database(log).problems == []
    with log.engine.begin() as raw:
        raw.execute(text("UPDATE audit_events SET summary = 'formato=csv' WHERE id = 4"))
    assert check_database(log).problems == ["Registro accessi: l'evento 4 è stato modificato."]


def test_check_names_a_deleted_event(log: Database) -> None:
    """An event deleted with the database's own shell is named as missing."""
    with log.engine.begin() as raw:
        raw.execute(text("DELETE FROM audit_events WHERE id = 3"))
    assert check_database(log).problems == [
        "Registro accessi: mancano gli eventi da 3 a 3.",
        "Registro accessi: l'evento 4 non segue il precedente.",
    ]


def test_check_names_the_newest_events_removed(log: Database) -> None:
    """Cutting the newest events leaves a whole but shorter chain: the head written at every
    append names what is missing."""
    with log.engine.begin() as raw:
        last = raw.execute(text("SELECT max(id) FROM audit_events")).scalar_one()
        raw.execute(text("DELETE FROM audit_events WHERE id >= :n"), {"n": last - 1})
    assert check_database(log).problems == [
        f"Registro accessi: mancano gli eventi più recenti, da {last - 1} a {last}."
    ]


def test_check_names_an_event_added_outside_the_program(log: Database) -> None:
    with log.engine.begin() as raw:
        last, hash_ = raw.execute(
            text("SELECT id, hash FROM audit_events ORDER BY id DESC")
        ).first()  # type: ignore[misc]
        raw.execute(
            text(
                "INSERT INTO audit_events (id, at, username, action, entity, summary, prev_hash,"
                " hash) VALUES (:id, '2026-01-01 00:00:00.000000', 'x', 'view', 'participant', '',"
                " :prev, 'h')"
            ),
            {"id": last + 1, "prev": hash_},
        )
    problems = check_database(log).problems
    assert f"Registro accessi: l'evento {last + 1} è stato modificato." in problems
    assert (
        f"Registro accessi: gli eventi da {last + 1} a {last + 1} sono stati aggiunti fuori dal "
        "programma." in problems
    )
