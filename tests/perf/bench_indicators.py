"""Benchmark: the funder indicators report as JSON over 100,000 participants, beside its floor.

- figure: `write_indicators(..., fmt="json")` for all programmes over the last year (what
  `report indicators --format json` runs: the queries, the JSON, the atomic write and the audit
  event); the median of a few runs; target ≤ 2 s;
- floor: the same SELECT statements the report sends, captured from one run, replayed alone in
  raw sqlite3 on the same file (their fetch only, no Python on top), median of the same runs.

    .venv/bin/python tests/perf/bench_indicators.py [--db FILE] [--runs 5]

Without --db the demo database is built first (`main.py demo --participants 100000`, about
90 s) in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time as clock
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TARGET_SECONDS = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sportello-bench-ind-"))
    path = args.db or folder / "indicators.db"
    if not path.exists():
        print("Building 100,000 participants …", flush=True)
        subprocess.run(
            [sys.executable, "main.py", "--db", str(path), "demo", "--participants", "100000"],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, SPORTELLO_LOG_DIR=str(path.parent / "log")),
        )

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.indicators import write_indicators

    db = open_database(str(path))
    actor = Actor.system_admin()
    end = date.today()
    start = end - timedelta(days=364)
    out = folder / "indicators.json"

    def run() -> float:
        began = clock.perf_counter()
        write_indicators(db, actor, start=start, end=end, programme=None, fmt="json", out=out)
        return clock.perf_counter() - began

    # Capture the statements of one (warm-up) run: the floor replays exactly these.
    captured: list[tuple[str, Any]] = []

    def capture(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", capture)
    run()
    event.remove(Engine, "before_cursor_execute", capture)
    # Only the report's own queries: not the audit trail's look-up of its last hash.
    queries = [(s, p) for s, p in captured if "audit_events" not in s]

    def floor() -> float:
        conn = sqlite3.connect(str(path))
        try:
            began = clock.perf_counter()
            for statement, parameters in queries:
                conn.execute(statement, parameters).fetchall()
            return clock.perf_counter() - began
        finally:
            conn.close()

    floor()  # warm the page cache the same way
    figures, floors = [], []
    for _ in range(args.runs):
        figures.append(run())
        floors.append(floor())
    figure, base = statistics.median(figures), statistics.median(floors)
    participants = db.read("SELECT count(*) FROM participants")[0][0]
    db.dispose()
    print(f"participants: {participants:,}; period {start.isoformat()} .. {end.isoformat()}")
    print(f"queries replayed for the floor: {len(queries)}")
    print(
        f"indicators report as JSON: median {figure * 1000:.0f} ms over {args.runs} runs "
        f"(min {min(figures) * 1000:.0f}, max {max(figures) * 1000:.0f}); "
        f"target ≤ {TARGET_SECONDS * 1000:.0f} ms"
    )
    print(
        f"floor (the same queries in raw sqlite3): median {base * 1000:.0f} ms; "
        f"report / floor = {figure / base:.2f}"
    )
    ok = figure <= TARGET_SECONDS
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
