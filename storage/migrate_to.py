"""Moving a desk to the server: copy an SQLite database into a PostgreSQL database (`migrate-to`).

The target is opened (created or upgraded) with `open_database`, then every table is copied in
foreign-key order, in batches, inside ONE transaction on the target: a failure anywhere (a server
stopped half-way, a value the server refuses) rolls everything back and the target is as it was.

How records are matched and numbered:

- A record is *already present* when the target holds the same identity: its `uuid` first, else
  one of its table's unique keys (a user's username, a desk's code, a person's codice fiscale, a
  pathway's person and programme, a link table's primary key...) after its foreign keys have been
  rewritten; a row with neither (opening hours, note versions) is present when an identical row
  (every column but the integer id) is there. A present record is reported and not copied; the
  records that refer to it are pointed at the target's record. Its fields are not merged: the
  server's version wins.
- Integer ids are renumbered per table by an offset, the table's largest id on the target: on an
  empty target every id stays what it was; on a target with data, old id + offset never meets an
  existing id. Foreign keys are rewritten through the per-table maps (old id -> new id).
- The access log (`audit_events`) is a hash chain: its events are appended in id order with
  consecutive ids. Events whose hash the target already has are present. When the first new event
  follows the target's last one (always so on an empty target), they are copied verbatim and the
  chain verifies as it did on the desk; when the target already has another chain (a second desk
  moving in), the new events are re-linked to it (same time, user, action, record and summary;
  new hashes) and the report says so. `audit.head` in `app_settings` is set to the new head.
- Other `app_settings` keys already on the target keep the target's value.
- Afterwards the PostgreSQL sequences are set past the largest ids, so new records work.
- The tables are locked against other writers (readers go on) while the copy runs, so a desk
  booking on the server meanwhile waits instead of taking an id the copy is about to use.
- The row-count check: for each table, rows in the source = rows copied + rows already present,
  and the target's count grew by exactly the rows copied; otherwise nothing is committed.

SQLite's FTS5 index of the notes (`notes_fts`) is not copied: PostgreSQL has its own index.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, Table, UniqueConstraint, func, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError

import models.entities  # noqa: F401  (every mapped table is in Base.metadata)
from models.base import Base
from models.errors import StorageUnavailable, ValidationError
from storage.audit import GENESIS, HEAD_KEY, chain_hash
from storage.engine import Database, Target, classify_error, is_driver_error

log = logging.getLogger(__name__)

BATCH_ROWS = 1000
AUDIT_TABLE = "audit_events"
SETTINGS_TABLE = "app_settings"
FIELD = "URL"
URL_EXAMPLE = "postgresql+psycopg://utente:password@server:5432/sportello"

Progress = Callable[[str, int, int], None]
"""progress(table, rows done in that table, rows of that table in the source)."""


@dataclass
class TableCount:
    """One table's figures: rows in the source, copied, already on the target."""

    table: str
    source: int = 0
    copied: int = 0
    present: int = 0
    target_before: int = 0
    target_after: int = 0

    @property
    def balanced(self) -> bool:
        return (
            self.source == self.copied + self.present
            and self.target_after == self.target_before + self.copied
        )


@dataclass
class MigrationReport:
    """What `migrate_to` did: per-table counts, the records already there, notes, time taken."""

    source: str
    target: str
    tables: list[TableCount] = field(default_factory=list)
    present: list[tuple[str, str]] = field(default_factory=list)
    """(table, uuid) of each record already on the target; a key for a record without uuid."""
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def counts_ok(self) -> bool:
        return all(t.balanced for t in self.tables)

    @property
    def copied(self) -> int:
        return sum(t.copied for t in self.tables)

    @property
    def already_present(self) -> int:
        return sum(t.present for t in self.tables)


# --------------------------------------------------------------------------- the target URL


def target_for(url: str) -> Target:
    """The PostgreSQL target named by url, or ValidationError (exit 2) for anything else.

    `postgresql://` and `postgres://` get the psycopg driver this program ships with.
    """
    from sqlalchemy.engine import make_url

    raw = url.strip()
    if "://" not in raw:
        raise ValidationError(
            FIELD,
            f"«{raw}» non è l'indirizzo di un server: scrivete un URL come {URL_EXAMPLE}.",
            label="Destinazione",
        )
    try:
        parsed = make_url(raw)
        _ = parsed.port  # a port that is not a number fails here
    except (ArgumentError, ValueError) as exc:
        shown = Target(url=raw, path=None).display
        raise ValidationError(
            FIELD,
            f"l'URL {shown} non è scritto correttamente (esempio: {URL_EXAMPLE}).",
            label="Destinazione",
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("postgresql", "postgres"):
        raise ValidationError(
            FIELD,
            f"la destinazione deve essere un database PostgreSQL, non {backend} "
            f"(esempio: {URL_EXAMPLE}).",
            label="Destinazione",
        )
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.database:
        raise ValidationError(
            FIELD,
            f"manca il nome del database nell'URL (esempio: {URL_EXAMPLE}).",
            label="Destinazione",
        )
    return Target(url=parsed.render_as_string(hide_password=False), path=None)


def _open_target(target: Target) -> Database:
    """open_database on the target, with a sharper message for a refused password or name."""
    from storage.schema import open_database

    try:
        return open_database(target)
    except StorageUnavailable as exc:
        raise _sharper(exc, target) from exc


def _sharper(exc: StorageUnavailable, target: Target) -> StorageUnavailable:
    """Name the cause when the driver said it: open_database's message says the server is down."""
    cause = str(getattr(exc.__cause__, "orig", exc.__cause__) or "").lower()
    where = target.display
    if "password authentication failed" in cause or "no password supplied" in cause:
        return StorageUnavailable(
            f"Il server {where} ha rifiutato l'utente o la password: controllateli nell'URL. "
            "Nulla è stato copiato."
        )
    if "does not exist" in cause and "database" in cause:
        return StorageUnavailable(
            f"Sul server {where} il database indicato non esiste: createlo (createdb) o "
            "correggete l'URL. Nulla è stato copiato."
        )
    return exc


# --------------------------------------------------------------------------- the copy


def migrate_to(
    source: Database, target_url: str, *, progress: Progress | None = None
) -> MigrationReport:
    """Copy the SQLite database `source` into the PostgreSQL database at target_url.

    All or nothing, in one transaction on the target; see the module docstring for matching,
    numbering, the access log and the count check. Raises ValidationError for a source that is
    not SQLite or a malformed URL, StorageUnavailable (with the URL without its password) when
    the server cannot be reached, refuses the credentials, holds a newer schema, or fails during
    the copy.
    """
    if not source.target.is_sqlite:
        raise ValidationError(
            "--db",
            f"migrate-to copia un database SQLite di uno sportello; {source.target.display} "
            "non lo è.",
            label="Origine",
        )
    target = target_for(target_url)
    _require_head(source)
    started = time.perf_counter()
    report = MigrationReport(source=source.target.display, target=target.display)
    destination = _open_target(target)
    try:
        with source.engine.connect() as reader:
            try:
                with destination.engine.begin() as writer:
                    _Copy(reader, writer, report, progress).run()
            except DBAPIError as exc:
                if is_driver_error(getattr(exc, "orig", exc)):  # the desk's file, not the server
                    raise classify_error(exc, source.target) from exc
                table = report.tables[-1].table if report.tables else None
                raise _copy_failure(exc, target, table) from exc
    finally:
        destination.dispose()
    report.seconds = time.perf_counter() - started
    log.info(
        "migrate-to %s: %d rows copied, %d already present, %.1f s",
        target.display,
        report.copied,
        report.already_present,
        report.seconds,
    )
    return report


def _require_head(source: Database) -> None:
    """The copy reads the desk with this program's tables: its schema must be the newest."""
    from storage.engine import read_revision
    from storage.schema import HEAD_REVISION

    revision = read_revision(source.engine)
    if revision != HEAD_REVISION:
        raise StorageUnavailable(
            f"Lo schema del database {source.target.display} è {revision or 'assente'}, non "
            f"{HEAD_REVISION}: aggiornatelo prima con "
            f'python main.py --db "{source.target.display}" init'
        )


def _copy_failure(exc: DBAPIError, target: Target, table: str | None) -> Exception:
    """The server stopped or refused a row: say which, and that nothing was kept.

    Only the driver's first line is shown: the detail lines can quote a row's values.
    """
    classified = classify_error(exc, target)
    if isinstance(classified, StorageUnavailable):
        return StorageUnavailable(f"{classified.message} La copia è stata annullata per intero.")
    lines = str(getattr(exc, "orig", exc)).strip().splitlines()
    reason = f": {lines[0]}" if lines else ""
    where = f" nella tabella {table}" if table else ""
    return StorageUnavailable(
        f"Il server {target.display} ha rifiutato una riga{where}{reason}. La copia è stata "
        "annullata per intero: il database di destinazione è com'era. Correggete il dato "
        "nello sportello e ripetete migrate-to."
    )


class CountMismatch(StorageUnavailable):
    """The count check failed: nothing was committed."""


class _Copy:
    """One run of the copy: the id maps, the target's identities, the report."""

    def __init__(
        self,
        reader: Connection,
        writer: Connection,
        report: MigrationReport,
        progress: Progress | None,
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.report = report
        self.progress = progress
        self.maps: dict[str, dict[Any, Any]] = {}
        self.offsets: dict[str, int] = {}
        self.head: tuple[int, str] | None = None

    def run(self) -> None:
        tables = list(Base.metadata.sorted_tables)
        self._lock(tables)
        for table in tables:
            if table.name == AUDIT_TABLE:
                self._copy_audit(table)
            else:
                self._copy_table(table)
        self._write_head()
        self._set_sequences(tables)
        for count in self.report.tables:
            count.target_after = self._count(self.writer, count.table)
        wrong = [t for t in self.report.tables if not t.balanced]
        if wrong:
            names = ", ".join(
                f"{t.table} (origine {t.source}, copiati {t.copied}, già presenti {t.present}, "
                f"destinazione {t.target_before}->{t.target_after})"
                for t in wrong
            )
            raise CountMismatch(
                f"I conteggi non tornano: {names}. La copia è stata annullata per intero."
            )

    # ------------------------------------------------------------------ helpers

    def _lock(self, tables: Sequence[Table]) -> None:
        if self.writer.dialect.name != "postgresql":
            return
        names = ", ".join(self.writer.dialect.identifier_preparer.quote(t.name) for t in tables)
        self.writer.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))

    @staticmethod
    def _count(conn: Connection, table: str) -> int:
        return int(
            conn.execute(select(func.count()).select_from(Base.metadata.tables[table])).scalar_one()
        )

    def _rows(self, table: Table) -> Iterator[list[dict[str, Any]]]:
        """The source rows in batches, in primary-key order, as column -> value."""
        query = (
            select(table)
            .order_by(*table.primary_key.columns)
            .execution_options(yield_per=BATCH_ROWS)
        )
        result = self.reader.execute(query)
        for batch in result.mappings().partitions(BATCH_ROWS):
            yield [dict(row) for row in batch]

    def _int_pk(self, table: Table) -> Column[Any] | None:
        columns = list(table.primary_key.columns)
        if len(columns) == 1 and columns[0].name == "id":
            return columns[0]
        return None

    def _identity_keys(self, table: Table) -> list[tuple[str, ...]]:
        """Column sets that name one record, strongest first (uuid, then the unique keys)."""
        keys: list[tuple[str, ...]] = []
        if "uuid" in table.c:
            keys.append(("uuid",))
        for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
            if isinstance(constraint, UniqueConstraint):
                names = tuple(c.name for c in constraint.columns)
                if names not in keys:
                    keys.append(names)
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            where = index.dialect_options["postgresql"].get("where") is not None
            if index.unique and not where:
                names = tuple(c.name for c in index.columns)
                if names not in keys:
                    keys.append(names)
        if self._int_pk(table) is None:
            pk = tuple(c.name for c in table.primary_key.columns)
            if pk not in keys:
                keys.append(pk)
        return keys

    def _rewrite(self, table: Table, row: dict[str, Any]) -> None:
        """Point the row's foreign keys at the target's ids (parents were copied first)."""
        for column in table.columns:
            for fk in column.foreign_keys:
                value = row[column.name]
                if value is None:
                    continue
                parent = fk.column.table.name
                mapping = self.maps.get(parent, {})
                if value in mapping:
                    row[column.name] = mapping[value]
                elif parent == table.name:
                    # A later row of the same table (not seen yet): it will get the offset.
                    row[column.name] = value + self.offsets.get(parent, 0)

    # ------------------------------------------------------------------ ordinary tables

    def _copy_table(self, table: Table) -> None:
        name = table.name
        count = self._start_count(name)
        pk = self._int_pk(table)
        offset = self._offset(pk)
        self.offsets[name] = offset
        mapping: dict[Any, Any] = {}
        self.maps[name] = mapping
        keys = self._identity_keys(table)
        existing = self._existing(table, keys, pk)
        whole_rows = self._whole_rows(table, pk) if not keys else {}
        done = 0
        for batch in self._rows(table):
            fresh: list[dict[str, Any]] = []
            for row in batch:
                old_id: Any = row[pk.name] if pk is not None else None
                self._rewrite(table, row)
                found = self._find(table, row, keys, existing, whole_rows, pk)
                if found is not None:
                    target_id, label = found
                    if pk is not None:
                        mapping[old_id] = target_id
                    count.present += 1
                    self.report.present.append((name, label))
                    continue
                if pk is not None:
                    row[pk.name] = old_id + offset
                    mapping[old_id] = row[pk.name]
                fresh.append(row)
            if fresh:
                _insert(self.writer, table, fresh)
                count.copied += len(fresh)
            done += len(batch)
            self._progress(name, done, count.source)

    def _start_count(self, name: str) -> TableCount:
        count = TableCount(name, source=self._count(self.reader, name))
        count.target_before = self._count(self.writer, name)
        self.report.tables.append(count)
        return count

    def _offset(self, pk: Column[Any] | None) -> int:
        """The table's largest id on the target: new ids are the old ones plus this."""
        if pk is None:
            return 0
        return int(self.writer.execute(select(func.coalesce(func.max(pk), 0))).scalar_one())

    def _progress(self, name: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(name, done, total)

    def _existing(
        self, table: Table, keys: list[tuple[str, ...]], pk: Column[Any] | None
    ) -> list[dict[tuple[Any, ...], Any]]:
        """For each identity key, the target's values -> (the target's id or the values, uuid)."""
        if not keys:
            return []
        columns = sorted(
            {c for key in keys for c in key} | ({pk.name} if pk is not None else set())
        )
        lookups: list[dict[tuple[Any, ...], Any]] = [{} for _ in keys]
        for row in self.writer.execute(select(*(table.c[c] for c in columns))).mappings():
            found = row[pk.name] if pk is not None else None
            for lookup, key in zip(lookups, keys, strict=True):
                values = tuple(row[c] for c in key)
                if None not in values:
                    lookup[values] = (values if found is None else found, row.get("uuid"))
        return lookups

    def _whole_rows(self, table: Table, pk: Column[Any] | None) -> dict[tuple[Any, ...], list[Any]]:
        """A table without identity: the target's rows (every column but the id) -> their ids."""
        columns = [c for c in table.columns if pk is None or c.name != pk.name]
        selected = [*columns, pk] if pk is not None else columns
        rows: dict[tuple[Any, ...], list[Any]] = {}
        for row in self.writer.execute(select(*selected)):
            values = tuple(row[: len(columns)])
            rows.setdefault(values, []).append(row[-1] if pk is not None else values)
        return rows

    def _find(
        self,
        table: Table,
        row: dict[str, Any],
        keys: list[tuple[str, ...]],
        existing: list[dict[tuple[Any, ...], Any]],
        whole_rows: dict[tuple[Any, ...], list[Any]],
        pk: Column[Any] | None,
    ) -> tuple[Any, str] | None:
        """The target's record with this row's identity, and how the report names it."""
        for key, lookup in zip(keys, existing, strict=True):
            values = tuple(row[c] for c in key)
            if None in values or values not in lookup:
                continue
            target_id, target_uuid = lookup[values]
            if key == ("uuid",):
                return target_id, str(row["uuid"])
            if "uuid" in row:
                # Named by uuids and column names only: a codice fiscale stays off the screen.
                same = ", ".join(key)
                return target_id, f"{row['uuid']} = {target_uuid} sul server (stesso {same})"
            label = ", ".join(f"{c}={_shown(v)}" for c, v in zip(key, values, strict=True))
            return target_id, label
        if keys:
            return None
        values = tuple(row[c.name] for c in table.columns if pk is None or c.name != pk.name)
        matches = whole_rows.get(values)
        if not matches:
            return None
        target_id = matches.pop()  # each target row stands for one source row only
        label = f"id {row[pk.name]} (riga identica)" if pk is not None else "riga identica"
        return target_id, label

    # ------------------------------------------------------------------ the access log

    def _copy_audit(self, table: Table) -> None:
        """Append the events in id order with consecutive ids; verbatim when they follow on."""
        name = table.name
        count = self._start_count(name)
        hashes = {str(h) for h in self.writer.execute(select(table.c.hash)).scalars()}
        last = self.writer.execute(
            select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)
        ).first()
        next_id = (int(last[0]) if last else 0) + 1
        prev = str(last[1]) if last else GENESIS
        relinked = 0
        done = 0
        for batch in self._rows(table):
            fresh: list[dict[str, Any]] = []
            for row in batch:
                if row["hash"] in hashes:
                    count.present += 1
                    self.report.present.append((name, f"evento {row['id']}"))
                    continue
                if row["prev_hash"] != prev:
                    action = row["action"]
                    row["prev_hash"] = prev
                    row["hash"] = chain_hash(
                        prev,
                        row["at"],
                        row["username"],
                        getattr(action, "value", action),
                        row["entity"],
                        row["entity_uuid"],
                        row["summary"] or "",
                    )
                    relinked += 1
                row["id"] = next_id
                next_id += 1
                prev = row["hash"]
                fresh.append(row)
            if fresh:
                _insert(self.writer, table, fresh)
                count.copied += len(fresh)
            done += len(batch)
            self._progress(name, done, count.source)
        self.head = (next_id - 1, prev) if next_id > 1 else None
        if relinked:
            events = (
                "1 evento di questo sportello vi è stato accodato"
                if relinked == 1
                else f"{relinked} eventi di questo sportello vi sono stati accodati"
            )
            self.report.notes.append(
                f"Registro delle modifiche: la destinazione aveva già una sua catena; {events} "
                "con nuove impronte (stessi data, utente, azione e riepilogo)."
            )

    def _write_head(self) -> None:
        """audit.head names the last event of the target's chain, as storage.audit writes it."""
        head = self.head
        if head is None:
            return
        settings = Base.metadata.tables[SETTINGS_TABLE]
        value = f"{head[0]}:{head[1]}"
        updated = self.writer.execute(
            settings.update().where(settings.c.key == HEAD_KEY).values(value=value)
        )
        if updated.rowcount == 0:
            # Not counted in the report: the source had no events, so no head to copy either.
            self.writer.execute(settings.insert().values(key=HEAD_KEY, value=value))

    # ------------------------------------------------------------------ sequences

    def _set_sequences(self, tables: Iterable[Table]) -> None:
        """Each id sequence past the largest id, so the next record the server numbers is new."""
        if self.writer.dialect.name != "postgresql":
            return
        for table in tables:
            pk = self._int_pk(table)
            if pk is None:
                continue
            sequence = self.writer.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": pk.name},
            ).scalar()
            if sequence is None:
                continue
            self.writer.execute(
                text(
                    "SELECT setval(CAST(:sequence AS regclass), "
                    f"GREATEST((SELECT COALESCE(MAX({pk.name}), 0) FROM {table.name}), "
                    "(SELECT last_value FROM " + str(sequence) + "), 1))"
                ),
                {"sequence": sequence},
            )


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One batch into the target (a separate function: the tests make it fail half-way)."""
    conn.execute(table.insert(), rows)


def _shown(value: Any) -> str:
    return str(getattr(value, "value", value))
