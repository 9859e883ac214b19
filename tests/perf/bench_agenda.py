"""Benchmark: the agenda on a database of 1,000,000 appointments, each figure beside its floor.

Builds (once, or reuses --db) a demo database, adds a desk "BEN" with 10 operators and 2,000
appointments in one week, and fills the rest up to 1,000,000 appointments over other desks and
weeks. Then measures, median of --runs, in this process:

- week: loading the week of desk BEN (the service the week view calls) and laying it out in
  the week view's model, when the GUI provides one; target ≤ 50 ms;
- slots: the next 10 free 30-minute slots of one operator over the coming 60 days; target
  ≤ 20 ms;

each beside its floor: the same rows fetched with one raw SQL query (sqlite3).

    .venv/bin/python tests/perf/bench_agenda.py [--db FILE] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time as clock
import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TOTAL = 1_000_000
WEEK_LOAD = 2_000
OPERATORS = 10
MONDAY = date(2027, 3, 1)  # the busy week, away from holidays


def build(path: Path) -> None:
    env = dict(os.environ, SPORTELLO_LOG_DIR=str(path.parent / "log"))
    subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "demo", "--participants", "5000"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.admin import DeskInput, UserInput, create_desk, create_user
    from storage.services.desks import set_availability

    db = open_database(str(path))
    admin = Actor.system_admin()
    week = [(d, "08:00", "18:00") for d in range(5)]
    create_desk(db, admin, DeskInput("BEN", "Sportello di prova", "Cremona", "CR", None, 10, week))
    for n in range(OPERATORS):
        create_user(db, admin, UserInput(f"ben.op{n}", f"Operatore {n}", "operator"))
        set_availability(db, admin, f"ben.op{n}", "BEN", week)
    db.dispose()

    conn = sqlite3.connect(path)
    desk_id = conn.execute("SELECT id FROM desks WHERE code = 'BEN'").fetchone()[0]
    ben_ops = [r[0] for r in conn.execute("SELECT id FROM users WHERE username LIKE 'ben.op%'")]
    other_ops = [
        r[0] for r in conn.execute("SELECT id FROM users WHERE username NOT LIKE 'ben.op%'")
    ]
    desks = [r[0] for r in conn.execute("SELECT id FROM desks WHERE code != 'BEN'")]
    people = [r[0] for r in conn.execute("SELECT id FROM participants")]
    existing = conn.execute("SELECT count(*) FROM appointments").fetchone()[0]
    rng = random.Random(5)
    now = datetime.now().isoformat(sep=" ")
    rows: list[tuple[Any, ...]] = []

    def add(desk: int, op: int, start: datetime, minutes: int, status: str) -> None:
        rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                desk,
                op,
                rng.choice(people),
                "monitoring",
                "in_person",
                status,
                start.isoformat(sep=" ", timespec="microseconds"),
                minutes,
                now,
                now,
            )
        )

    # The busy week: 10 operators × 5 days × 40 quarter-hours = 2,000 appointments.
    for op in ben_ops:
        for day in range(5):
            for quarter in range(40):
                start = datetime.combine(MONDAY + timedelta(days=day), time(8)) + timedelta(
                    minutes=15 * quarter
                )
                add(desk_id, op, start, 15, "booked")
    # The rest: four years of past weeks at the other desks.
    first = MONDAY - timedelta(weeks=208)
    while len(rows) + existing < TOTAL:
        day = first + timedelta(days=rng.randrange(0, 208 * 7 - 7))
        start = datetime.combine(day, time(rng.randrange(9, 13), rng.choice((0, 30))))
        add(rng.choice(desks), rng.choice(other_ops), start, 60, "done")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO appointments (uuid, desk_id, operator_id, participant_id, kind, mode,"
        " status, start, minutes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    fn()  # warm caches
    times, result = [], None
    for _ in range(runs):
        t0 = clock.perf_counter()
        result = fn()
        times.append((clock.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="sportello-bench-agenda-")) / "agenda.db"
    if not path.exists():
        print(f"Building {TOTAL:,} appointments in {path} …", flush=True)
        t0 = clock.perf_counter()
        build(path)
        print(f"  built in {clock.perf_counter() - t0:.0f} s")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.agenda import list_appointments
    from storage.services.booking import find_slots

    db = open_database(str(path))
    actor = Actor.system_admin()
    total = db.read("SELECT count(*) FROM appointments")[0][0]
    sunday = MONDAY + timedelta(days=6)
    raw = sqlite3.connect(path)

    def week_floor() -> object:
        return raw.execute(
            "SELECT a.id, a.start, a.minutes, a.kind, a.status, u.username, p.last_name"
            " FROM appointments a JOIN users u ON u.id = a.operator_id"
            " JOIN participants p ON p.id = a.participant_id JOIN desks d ON d.id = a.desk_id"
            " WHERE d.code = 'BEN' AND a.start >= ? AND a.start < ?",
            (str(MONDAY), str(sunday + timedelta(days=1))),
        ).fetchall()

    layout: Callable[[list[Any], date], object] | None = None
    try:  # the GUI's week view model, when it exists, lays the rows out
        from PySide6.QtWidgets import QApplication

        import gui.week_view as week_view

        app = QApplication.instance() or QApplication([])
        del app
        layout = getattr(week_view, "layout_week", None)
    except ImportError:
        layout = None

    def week() -> object:
        rows = list_appointments(db, actor, start=MONDAY, end=sunday, desk_code="BEN")
        return layout(rows, MONDAY) if layout is not None else rows

    start = datetime.combine(MONDAY, time(8))

    def slots_floor() -> object:
        return raw.execute(
            "SELECT start, minutes FROM appointments a JOIN users u ON u.id = a.operator_id"
            " WHERE u.username = 'ben.op3' AND a.start >= ? AND a.start < ?"
            " AND a.status IN ('booked', 'confirmed', 'done')",
            (str(start), str(start + timedelta(days=61))),
        ).fetchall()

    def slots() -> object:
        return find_slots(db, actor, desk="BEN", operator="ben.op3", minutes=30, after=start)

    week_ms, week_rows = median_ms(week, args.runs)
    week_floor_ms, floor_rows = median_ms(week_floor, args.runs)
    slots_ms, found = median_ms(slots, args.runs)
    slots_floor_ms, _ = median_ms(slots_floor, args.runs)
    assert isinstance(floor_rows, list) and len(floor_rows) == WEEK_LOAD, len(floor_rows)
    assert isinstance(found, list) and len(found) == 10
    ok = week_ms <= 50 and slots_ms <= 20
    print(f"appointments in the database: {total:,}")
    what = "load + week-view layout" if layout is not None else "load only (no week view yet)"
    print(f"week of BEN ({WEEK_LOAD} appointments), {what}: {week_ms:.1f} ms  (target ≤ 50 ms)")
    print(f"  floor, one raw SQL query:                       {week_floor_ms:.1f} ms")
    print(f"next 10 free slots over 60 days:                  {slots_ms:.1f} ms  (target ≤ 20 ms)")
    print(f"  floor, one raw SQL query:                       {slots_floor_ms:.1f} ms")
    print(f"  first slot found: {found[0].start:%d/%m/%Y %H:%M}")  # type: ignore[index]
    del week_rows
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
