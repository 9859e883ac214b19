"""migrate_to: a desk's SQLite database copied into PostgreSQL, all or nothing, counts checked."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

import storage.migrate_to as migrate_module
from models.base import Base
from models.entities import Participant
from models.errors import StorageUnavailable, ValidationError
from models.rows import Actor
from models.validation import ParticipantInput
from storage.check import check_database
from storage.demo import load_demo
from storage.engine import Database
from storage.migrate_to import MigrationReport, migrate_to, target_for
from storage.schema import open_database
from storage.services.participants import create_participant
from tests.conftest import make_cf

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo desk (40 people), made once; each test opens it read-only in spirit."""
    path = tmp_path_factory.mktemp("desk") / "desk.db"
    database = open_database(str(path))
    load_demo(database, Actor.system_admin(), participants=40, seed=3, today=TODAY)
    for n, first in enumerate(("Anna", "Bruno", "Carla")):  # a longer audit chain to carry
        cf = make_cf("Sportello", first, "F" if first.endswith("a") else "M", date(1990, 1, n + 1))
        create_participant(database, Actor.system_admin(), ParticipantInput("Sportello", first, cf))
    database.dispose()
    return path


@pytest.fixture
def desk(demo_file: Path) -> Iterator[Database]:
    database = open_database(str(demo_file))
    yield database
    database.dispose()


def counts(url_or_db: str | Database) -> dict[str, int]:
    """Rows per table of the schema, on either engine."""
    engine = url_or_db.engine if isinstance(url_or_db, Database) else create_engine(url_or_db)
    try:
        with engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in Base.metadata.sorted_tables
            }
    finally:
        if not isinstance(url_or_db, Database):
            engine.dispose()


def test_the_demo_moves_with_every_count_equal(desk: Database, pg_empty_url: str) -> None:
    """Into an empty server database: every table equal, uuids kept, the check passes."""
    started = time.perf_counter()
    report = migrate_to(desk, pg_empty_url)
    elapsed = time.perf_counter() - started
    print(f"\nmigrate-to, demo of 40 people: {report.copied} rows in {elapsed:.2f} s")
    assert report.counts_ok
    assert report.already_present == 0
    source = counts(desk)
    assert counts(pg_empty_url) == source
    assert {t.table: t.copied for t in report.tables} == source
    with desk.transaction(write=False) as session:
        first = session.execute(
            select(Participant.id, Participant.uuid, Participant.codice_fiscale).limit(1)
        ).one()
    target = open_database(pg_empty_url)
    try:
        with target.transaction(write=False) as session:
            moved = session.execute(
                select(Participant.id, Participant.uuid).where(
                    Participant.codice_fiscale == first.codice_fiscale
                )
            ).one()
        assert tuple(moved) == (first.id, first.uuid)  # an empty target keeps the ids too
        result = check_database(target)
        assert result.ok, result.problems
        assert any("catena integra (4 eventi)" in line for line in result.lines)
    finally:
        target.dispose()


def test_new_records_work_on_the_target(desk: Database, pg_empty_url: str) -> None:
    """The sequences are past the copied ids: a new participant and its audit event are saved."""
    migrate_to(desk, pg_empty_url)
    target = open_database(pg_empty_url)
    try:
        cf = make_cf("Nuovi", "Arrivo", "F", date(1990, 5, 4))
        created = create_participant(
            target, Actor.system_admin(), ParticipantInput("Nuovi", "Arrivo", cf)
        )
        assert created.row.id > max(r[0] for r in desk.read("SELECT id FROM participants"))
        result = check_database(target)
        assert result.ok, result.problems
    finally:
        target.dispose()


def test_migrating_twice_duplicates_nothing(desk: Database, pg_empty_url: str) -> None:
    """The second run finds every record already there, reports it and copies nothing."""
    migrate_to(desk, pg_empty_url)
    before = counts(pg_empty_url)
    again = migrate_to(desk, pg_empty_url)
    assert again.counts_ok
    assert again.copied == 0
    assert again.already_present == sum(before.values())
    assert counts(pg_empty_url) == before
    people = {uuid for table, uuid in again.present if table == "participants"}
    assert people == {r[0] for r in desk.read("SELECT uuid FROM participants")}


def test_a_second_desk_merges_into_existing_data(desk: Database, pg_url: str, admin: Actor) -> None:
    """A target with its own records and chain: ids renumbered, references kept, check passes."""
    server = open_database(pg_url)
    try:
        cf = make_cf("Server", "Primo", "M", date(1980, 1, 2))
        create_participant(server, admin, ParticipantInput("Server", "Primo", cf))
    finally:
        server.dispose()
    before = counts(pg_url)
    report = migrate_to(desk, pg_url)
    assert report.counts_ok
    after = counts(pg_url)
    source = counts(desk)
    assert all(
        after[name] == before[name] + source[name] for name in source if name != "app_settings"
    )
    assert any("nuove impronte" in note for note in report.notes)
    target = open_database(pg_url)
    try:
        result = check_database(target)
        assert result.ok, result.problems
        with target.transaction(write=False) as session:
            orphans = session.execute(
                text(
                    "SELECT count(*) FROM appointments a LEFT JOIN participants p "
                    "ON p.id = a.participant_id WHERE p.id IS NULL"
                )
            ).scalar_one()
        assert orphans == 0
        # The same person's appointments follow them to their new id.
        for (uuid,) in desk.read("SELECT uuid FROM participants LIMIT 3"):
            mine = desk.read(
                "SELECT count(*) FROM appointments a JOIN participants p "
                "ON p.id = a.participant_id WHERE p.uuid = :u",
                {"u": uuid},
            )
            theirs = target.read(
                "SELECT count(*) FROM appointments a JOIN participants p "
                "ON p.id = a.participant_id WHERE p.uuid = :u",
                {"u": uuid},
            )
            assert mine == theirs
    finally:
        target.dispose()


def test_the_same_person_from_another_desk_is_not_duplicated(
    tmp_path: Path, pg_url: str, admin: Actor
) -> None:
    """Same codice fiscale, another uuid: reported by uuids (no codice fiscale), not copied."""
    cf = make_cf("Doppia", "Iscritta", "F", date(1985, 3, 3))
    server = open_database(pg_url)
    try:
        there = create_participant(server, admin, ParticipantInput("Doppia", "Iscritta", cf))
    finally:
        server.dispose()
    db = open_database(str(tmp_path / "altro.db"))  # a desk file, whatever engine `db` is
    try:
        here = create_participant(db, admin, ParticipantInput("Doppia", "Iscritta", cf))
        report = migrate_to(db, pg_url)
    finally:
        db.dispose()
    assert report.counts_ok
    (label,) = [label for table, label in report.present if table == "participants"]
    assert label.startswith(f"{here.row.uuid} = {there.row.uuid} sul server")
    assert cf not in label
    assert counts(pg_url)["participants"] == 1


def test_a_failure_in_the_middle_leaves_the_target_as_it_was(
    desk: Database, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch refused half-way: StorageUnavailable, and not one row is left on the target."""
    real = migrate_module._insert
    calls = {"n": 0}

    def failing(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
        calls["n"] += 1
        if table.name == "appointments":
            raise _server_gone()
        real(conn, table, rows)

    monkeypatch.setattr(migrate_module, "_insert", failing)
    before = counts(pg_url)
    with pytest.raises(StorageUnavailable, match="annullata per intero"):
        migrate_to(desk, pg_url)
    assert calls["n"] > 5  # the failure came after many tables had been written
    assert counts(pg_url) == before


def test_a_value_the_server_refuses_rolls_everything_back(
    demo_file: Path, tmp_path: Path, pg_url: str
) -> None:
    """SQLite keeps a too-long code the server's column refuses: table named, nothing kept."""
    import shutil
    import sqlite3

    copy = tmp_path / "lungo.db"
    shutil.copy(demo_file, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE companies SET ateco_code = '12.34.56.78.90' WHERE id = 1")
    conn.close()
    source = open_database(str(copy))
    try:
        with pytest.raises(StorageUnavailable, match="tabella companies") as info:
            migrate_to(source, pg_url)
        assert "12.34.56" not in info.value.message  # the row's values stay out of the message
        assert set(counts(pg_url).values()) == {0}
    finally:
        source.dispose()


def _server_gone() -> Exception:
    from sqlalchemy.exc import OperationalError

    return OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))


def test_a_connection_killed_in_the_middle_leaves_nothing(
    desk: Database, pg_empty_url: str
) -> None:
    """The server ends the copy's connection half-way (as when it stops): nothing is written."""
    killed = {"done": False}
    admin_engine = create_engine(pg_empty_url)

    def progress(table: str, done: int, total: int) -> None:
        if table == "participants" and not killed["done"]:
            killed["done"] = True
            with admin_engine.connect() as conn:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )

    try:
        with pytest.raises(StorageUnavailable, match="annullata per intero"):
            migrate_to(desk, pg_empty_url, progress=progress)
        assert killed["done"]
        assert set(counts(pg_empty_url).values()) == {0}
    finally:
        admin_engine.dispose()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("server.example/sportello", "non è l'indirizzo di un server"),
        ("postgresql+psycopg://u:segreta@host:porta/db", "non è scritto correttamente"),
        ("mysql://u:segreta@host/db", "PostgreSQL"),
        ("postgresql://u:segreta@host:5432", "manca il nome del database"),
    ],
)
def test_a_malformed_url_is_invalid_input(url: str, says: str) -> None:
    """A URL that cannot name a PostgreSQL database: ValidationError, the password never shown."""
    with pytest.raises(ValidationError, match=says) as info:
        target_for(url)
    assert "segreta" not in str(info.value)


def test_plain_postgresql_urls_get_the_shipped_driver() -> None:
    """postgresql:// means psycopg (version 3), the driver this program installs."""
    assert target_for("postgresql://u:p@h/db").url.startswith("postgresql+psycopg://")


def test_a_server_that_is_down_names_the_url_without_password(desk: Database) -> None:
    """Nothing listens on the port: StorageUnavailable naming the URL, the password hidden."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://sportello:segreta@127.0.0.1:{port}/sportello"
    with pytest.raises(StorageUnavailable) as info:
        migrate_to(desk, url)
    message = info.value.message
    assert "segreta" not in message
    assert f"sportello:***@127.0.0.1:{port}/sportello" in message


def test_a_missing_database_on_the_server_is_named(desk: Database, pg_server: Any) -> None:
    """A database name the server does not know: said so, not «the server does not answer»."""
    url = f"postgresql+psycopg://postgres:segreta@127.0.0.1:{pg_server.port}/non_esiste"
    with pytest.raises(StorageUnavailable, match="non esiste") as info:
        migrate_to(desk, url)
    assert "segreta" not in info.value.message


def test_a_target_of_a_newer_revision_is_refused_untouched(desk: Database, pg_url: str) -> None:
    """A server database from a newer program: open_database's message, nothing copied."""
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(StorageUnavailable, match="versione più recente"):
            migrate_to(desk, pg_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM participants")).scalar_one() == 0
    finally:
        engine.dispose()


def test_a_source_that_is_not_sqlite_is_refused(pg_url: str) -> None:
    """migrate-to moves a desk's file: a server database as the source is invalid input."""
    source = open_database(pg_url)
    try:
        with pytest.raises(ValidationError, match="SQLite"):
            migrate_to(source, pg_url)
    finally:
        source.dispose()


def test_the_report_balances_per_table() -> None:
    """counts_ok means source = copied + present and the target grew by the copied rows."""
    report = MigrationReport(source="a", target="b")
    report.tables.append(
        migrate_module.TableCount("x", source=3, copied=2, present=1, target_after=2)
    )
    assert report.counts_ok
    report.tables.append(migrate_module.TableCount("y", source=3, copied=2, present=0))
    assert not report.counts_ok


def test_a_refused_password_is_said_so() -> None:
    """The server's «password authentication failed» becomes its own message, password hidden."""
    target = target_for("postgresql://sportello:segreta@db.coop.local/sportello")
    down = StorageUnavailable("Il server del database … non risponde.")
    down.__cause__ = Exception('FATAL:  password authentication failed for user "sportello"')
    message = migrate_module._sharper(down, target).message
    assert "ha rifiutato l'utente o la password" in message
    assert "sportello:***@db.coop.local/sportello" in message
    assert "segreta" not in message
