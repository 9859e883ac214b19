"""Importing participants from spreadsheets: preview, then one transaction for the valid rows.

The codice fiscale is the key: a person already registered is left alone and counted as
existing, so importing the same file twice creates no duplicates. Rejected rows are reported with
line, field and reason and do not stop the valid ones. A cancelled import writes nothing.
Importing is for coordinators and administrators (issue 8): operators and tutors register people
one at a time.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from models.base import new_uuid, utcnow
from models.entities import Desk, Participant
from models.enums import AuditAction
from models.errors import ValidationError
from models.importing import (
    RowProblem,
    Table,
    check_mapping,
    guess_mapping,
    parse_rows,
    read_table,
)
from models.rows import Actor
from storage import audit
from storage.engine import Database
from storage.services.common import STAFF, require
from storage.services.participants import internal_code_for

Progress = Callable[[int, int], "bool | None"]
CHUNK = 500


class ImportCancelled(Exception):
    """The person cancelled the import: nothing was written."""


@dataclass
class ImportPreview:
    kind: str
    delimiter: str | None
    headers: list[str]
    mapping: dict[int, str]
    rows: int
    valid: int
    existing: int
    problems: list[RowProblem]
    sample: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: int
    imported: int
    existing: int
    problems: list[RowProblem]
    seconds: float


def _existing(db: Database, codes: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(codes), CHUNK):
        part = codes[start : start + CHUNK]
        marks = ", ".join(f":c{i}" for i in range(len(part)))
        rows = db.read(
            f"SELECT codice_fiscale FROM participants WHERE codice_fiscale IN ({marks})",
            {f"c{i}": c for i, c in enumerate(part)},
        )
        found.update(str(r[0]) for r in rows)
    return found


def _load(path: Path, mapping: Mapping[int, str] | None) -> tuple[Table, dict[int, str]]:
    table = read_table(path)
    chosen = dict(mapping) if mapping is not None else guess_mapping(table.headers)
    for index in chosen:
        if not 0 <= index < len(table.headers):
            raise ValidationError("mapping", f"la colonna {index + 1} non esiste.", label="Colonne")
    check_mapping(chosen)
    return table, chosen


def preview_import(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    mapping: Mapping[int, str] | None = None,
    today: date | None = None,
) -> ImportPreview:
    """What an import would do, without writing: recognised columns, valid, existing, rejected."""
    require(actor, STAFF, "importare partecipanti")
    table, chosen = _load(path, mapping)
    parsed = parse_rows(table, chosen, today=today or date.today())
    codes = [str(c.values["codice_fiscale"]) for _, c in parsed.valid]
    existing = _existing(db, codes)
    sample = [
        {name: (cells[i] if i < len(cells) else "") for i, name in chosen.items()}
        for _, cells in table.rows[:10]
    ]
    return ImportPreview(
        kind=table.kind,
        delimiter=table.delimiter,
        headers=table.headers,
        mapping=chosen,
        rows=len(table.rows),
        valid=len(parsed.valid) - len(existing),
        existing=len(existing),
        problems=parsed.problems,
        sample=sample,
    )


def import_participants(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    mapping: Mapping[int, str] | None = None,
    desk_code: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import the valid rows that are new, in one transaction; report the rest."""
    require(actor, STAFF, "importare partecipanti")
    started = clock.perf_counter()
    table, chosen = _load(path, mapping)
    parsed = parse_rows(table, chosen, today=today or date.today())
    total = len(parsed.valid)
    now = utcnow()
    imported = existing = 0
    with db.transaction() as session:
        desk_id = None
        if desk_code:
            desk_id = session.scalar(select(Desk.id).where(Desk.code == desk_code.strip().upper()))
            if desk_id is None:
                raise ValidationError(
                    "desk", f"lo sportello «{desk_code}» non esiste.", label="Sportello"
                )
        codes_in_use = set(session.scalars(select(Participant.internal_code)))
        for start in range(0, total, CHUNK):
            chunk = parsed.valid[start : start + CHUNK]
            cfs = [str(c.values["codice_fiscale"]) for _, c in chunk]
            already = set(
                session.scalars(
                    select(Participant.codice_fiscale).where(Participant.codice_fiscale.in_(cfs))
                )
            )
            rows = []
            for _line, clean in chunk:
                if clean.values["codice_fiscale"] in already:
                    existing += 1
                    continue
                uuid = new_uuid()
                code = internal_code_for(uuid)
                while code in codes_in_use:
                    uuid = new_uuid()
                    code = internal_code_for(uuid)
                codes_in_use.add(code)
                rows.append(
                    {
                        **clean.values,
                        "uuid": uuid,
                        "internal_code": code,
                        "desk_id": desk_id,
                        "created_at": now,
                        "updated_at": now,
                        "created_by": actor.username,
                        "updated_by": actor.username,
                    }
                )
            if rows:
                session.execute(insert(Participant), rows)
                imported += len(rows)
            if progress is not None and progress(start + len(chunk), total) is False:
                raise ImportCancelled()
        audit.record(
            session,
            actor,
            AuditAction.IMPORT,
            "participant",
            None,
            f"file={Path(path).suffix.lower()} rows={len(table.rows)} imported={imported} "
            f"existing={existing} rejected={len(parsed.problems)}",
        )
    return ImportReport(
        rows=len(table.rows),
        imported=imported,
        existing=existing,
        problems=parsed.problems,
        seconds=clock.perf_counter() - started,
    )
