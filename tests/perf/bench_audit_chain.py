"""Benchmark: `check` of the access-log chain over 1,000,000 events, beside its floor.

Builds a temporary database (or reuses --db) holding --rows chained audit events: the hashes are
computed in Python with `storage.audit.chain_hash` and the rows inserted with one executemany,
so building takes seconds. Then measures, in this process:

- chain: the chain verification `check` runs (`storage.audit.verify_chain` in a read
  transaction); target ≤ 10 s for 1,000,000 events;
- check: the whole `check_database` (integrity check of the file included), for information;

beside the floor: the same rows read with raw sqlite3 and hashed with hashlib in a plain loop.
Finally one event in the middle is edited with raw SQL (as with the sqlite3 shell) and the
verification must name it, and nothing else.

    .venv/bin/python tests/perf/bench_audit_chain.py [--db FILE] [--rows 1000000]
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
import time as clock
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 10.0
ACTIONS = ("view", "update", "export", "create", "view", "view")
ENTITIES = ("participant", "dossier", "tutoring_note", "appointment", "pathway")


def build(path: Path, rows: int) -> None:
    """A migrated database with `rows` chained audit events after whatever it holds."""
    from storage.audit import GENESIS, chain_hash
    from storage.schema import open_database

    db = open_database(str(path))
    db.dispose()
    conn = sqlite3.connect(path)
    last = conn.execute("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    start = datetime(2025, 1, 1, 8, 0, 0, 123456)
    batch: list[tuple[object, ...]] = []
    for n in range(rows):
        at = start + timedelta(seconds=7 * n, microseconds=n % 1000)
        username = f"utente{n % 25}"
        action = ACTIONS[n % len(ACTIONS)]
        entity = ENTITIES[n % len(ENTITIES)]
        entity_uuid = f"00000000-0000-4000-8000-{n:012d}"
        summary = f"campi=telefono,email n={n}" if action == "update" else ""
        digest = chain_hash(prev, at, username, action, entity, entity_uuid, summary)
        batch.append(
            (
                next_id + n,
                at.isoformat(sep=" ", timespec="microseconds"),
                username,
                action,
                entity,
                entity_uuid,
                summary,
                prev,
                digest,
            )
        )
        prev = digest
        if len(batch) == 50_000:
            _insert(conn, batch)
            batch.clear()
    _insert(conn, batch)
    # The head `audit.record` writes at every append (so that removing the newest rows shows).
    conn.execute(
        "INSERT INTO app_settings (key, value) VALUES ('audit.head', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (f"{next_id + rows - 1}:{prev}",),
    )
    conn.commit()
    conn.close()


def _insert(conn: sqlite3.Connection, batch: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO audit_events (id, at, username, action, entity, entity_uuid, summary, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )


def floor(path: Path) -> tuple[float, int]:
    """Raw sqlite3 reading the same columns and hashlib hashing them: nothing can be faster."""
    began = clock.perf_counter()
    conn = sqlite3.connect(path)
    count = 0
    prev = "0" * 64
    sha = hashlib.sha256
    for row in conn.execute(
        "SELECT id, at, username, action, entity, entity_uuid, summary, prev_hash, hash "
        "FROM audit_events ORDER BY id"
    ):
        at = row[1].replace(" ", "T")
        payload = "\x1f".join((row[7], at, row[2], row[3], row[4], row[5] or "", row[6]))
        sha(payload.encode("utf-8")).hexdigest()
        prev = row[8]
        count += 1
    conn.close()
    del prev
    return clock.perf_counter() - began, count


def chain(path: Path) -> tuple[float, list[str]]:
    """What `check` runs for the chain, timed from opening the read transaction."""
    from storage.audit import verify_chain
    from storage.schema import open_database

    db = open_database(str(path))
    try:
        began = clock.perf_counter()
        with db.transaction(write=False) as session:
            problems = verify_chain(session)
        return clock.perf_counter() - began, problems
    finally:
        db.dispose()


def whole_check(path: Path) -> tuple[float, list[str]]:
    from storage.check import check_database
    from storage.schema import open_database

    db = open_database(str(path))
    try:
        began = clock.perf_counter()
        report = check_database(db)
        return clock.perf_counter() - began, report.problems
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="reuse (or build) this database file")
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="bench-audit-")
    path: Path = args.db or Path(folder.name) / "audit.db"
    if not path.exists():
        began = clock.perf_counter()
        build(path, args.rows)
        print(f"built {args.rows:,} chained events in {clock.perf_counter() - began:.1f} s")

    floor_s, count = floor(path)
    chain_s, problems = chain(path)
    check_s, check_problems = whole_check(path)
    print(f"events in the log:               {count:>12,}")
    print(f"floor (sqlite3 + hashlib loop):  {floor_s:>10.2f} s")
    target = f"(target ≤ {TARGET_SECONDS:.0f} s)"
    print(f"chain verification (check):      {chain_s:>10.2f} s   {target}")
    print(f"whole check_database:            {check_s:>10.2f} s")
    print(f"ratio chain / floor:             {chain_s / floor_s:>10.2f}")
    ok = not problems and not check_problems and chain_s <= TARGET_SECONDS

    # Tamper with one event in the middle, as someone with the sqlite3 shell would.
    conn = sqlite3.connect(path)
    victim, original = conn.execute(
        "SELECT id, username FROM audit_events ORDER BY id LIMIT 1 OFFSET ?", (count // 2,)
    ).fetchone()
    conn.execute("UPDATE audit_events SET username = 'qualcuno' WHERE id = ?", (victim,))
    conn.commit()
    try:
        _, tampered = chain(path)
    finally:  # put it back, so that a reused --db stays whole
        conn.execute("UPDATE audit_events SET username = ? WHERE id = ?", (original, victim))
        conn.commit()
        conn.close()
    expected = [f"Registro accessi: l'evento {victim} è stato modificato."]
    print(f"after editing event {victim}: {tampered}")
    if tampered != expected:
        print(f"FAIL: expected {expected}")
        ok = False
    if args.db is None:
        folder.cleanup()
    print("OK" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
