"""Benchmark: `main.py --smoke` on a database of 100,000 participants, beside its floor.

The floor, measured in the same run, is python + QApplication + an empty QMainWindow shown and
closed. Targets (issue 3): median smoke time ≤ 0.6 s and ≤ 3 × the floor; peak memory ≤ 150 MB.

    .venv/bin/python tests/perf/bench_smoke.py [--participants 100000] [--runs 7] [--db FILE]

Not part of the default test run: it needs a few minutes to build the database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FLOOR_CODE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
w.close()
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MB of one run of `cmd`."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed ({status}): {err}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="reuse this database instead of building one")
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    workdir = Path(tempfile.mkdtemp(prefix="sportello-bench-"))
    env.setdefault("XDG_CONFIG_HOME", str(workdir / "config"))
    env.setdefault("SPORTELLO_LOG_DIR", str(workdir / "log"))
    db = args.db or workdir / "bench.db"
    if not db.exists():
        print(f"Building {args.participants} participants in {db} …", flush=True)
        t0 = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "main.py",
                "--db",
                str(db),
                "demo",
                "--participants",
                str(args.participants),
            ],
            check=True,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        print(f"  built in {time.perf_counter() - t0:.1f} s")

    smoke_cmd = [sys.executable, "main.py", "--db", str(db), "--smoke"]
    floor_cmd = [sys.executable, "-c", FLOOR_CODE]
    measure(smoke_cmd, env)  # warm the OS file cache for both
    measure(floor_cmd, env)
    smoke, floor, peak = [], [], 0.0
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        s, mem = measure(smoke_cmd, env)
        f, _ = measure(floor_cmd, env)
        smoke.append(s)
        floor.append(f)
        peak = max(peak, mem)
    median_smoke = statistics.median(smoke)
    median_floor = statistics.median(floor)
    ratio = median_smoke / median_floor
    ok = median_smoke <= 0.6 and ratio <= 3.0 and peak <= 150
    print(f"participants:         {args.participants}")
    runs = ", ".join(f"{x:.3f}" for x in smoke)
    print(f"--smoke median:       {median_smoke:.3f} s  (runs: {runs})")
    print(
        f"floor median:         {median_floor:.3f} s  (python + QApplication + empty QMainWindow)"
    )
    print(f"ratio smoke/floor:    {ratio:.2f}  (target ≤ 3.0)")
    print(f"peak memory (smoke):  {peak:.0f} MB  (target ≤ 150 MB)")
    print(f"median target ≤ 0.6 s: {'PASS' if median_smoke <= 0.6 else 'FAIL'}")
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
