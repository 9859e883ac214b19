"""Benchmark: `main.py demo --participants 100000` beside its floor.

The floor, measured in the same run, writes the very same rows (read back from the demo database)
into a fresh database with the same schema through the standard library's sqlite3 `executemany`,
in one transaction, with the same pragmas: the cost of the bytes alone, with no generation and no
SQLAlchemy. Target (issue 3): the demo load finishes in under 2 minutes.

    .venv/bin/python tests/perf/bench_demo.py [--participants 100000] [--seed 1]

Not part of the default test run.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_SECONDS = 120.0


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MB of one run of `cmd`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed ({status}): {err}")
    return elapsed, usage.ru_maxrss / 1024


def floor_copy(source: Path, empty: Path) -> tuple[float, int]:
    """Insert every row of `source` into `empty` (same schema) with plain sqlite3."""
    src = sqlite3.connect(source)
    tables = [
        name
        for (name,) in src.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'"
        )
    ]
    data = {}
    for table in tables:
        data[table] = src.execute(f"SELECT * FROM {table}").fetchall()
    src.close()
    dst = sqlite3.connect(empty, isolation_level=None)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=NORMAL")
    dst.execute("PRAGMA foreign_keys=OFF")  # rows come in table order, not dependency order
    rows = 0
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    for table, values in data.items():
        if not values:
            continue
        marks = ",".join("?" * len(values[0]))
        dst.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        rows += len(values)
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - start
    dst.close()
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="sportello-bench-demo-"))
    env = dict(os.environ, SPORTELLO_LOG_DIR=str(workdir / "log"))
    demo_db = workdir / "demo.db"
    empty_db = workdir / "floor.db"
    py = sys.executable
    run([py, "main.py", "--db", str(empty_db), "init"], env)
    demo_s, demo_mb = run(
        [
            py,
            "main.py",
            "--db",
            str(demo_db),
            "demo",
            "--participants",
            str(args.participants),
            "--seed",
            str(args.seed),
        ],
        env,
    )
    floor_s, rows = floor_copy(demo_db, empty_db)
    size_mb = demo_db.stat().st_size / 1e6
    ok = demo_s < TARGET_SECONDS
    print(f"participants:          {args.participants}")
    print(f"rows written:          {rows}  ({size_mb:.0f} MB database)")
    print(f"demo (whole command):  {demo_s:.1f} s  (target < {TARGET_SECONDS:.0f} s)")
    print(f"floor (sqlite3 insert of the same rows): {floor_s:.1f} s")
    print(f"ratio demo/floor:      {demo_s / floor_s:.1f}")
    print(f"peak memory (demo):    {demo_mb:.0f} MB")
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
