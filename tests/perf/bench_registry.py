"""Benchmark: the participant registry on 100,000 participants, each figure beside its floor.

- keystroke → first page: the registry model re-runs the search for a typed text (ids filtered
  and sorted in SQL) and fetches the first page of rows; target ≤ 30 ms median and ≤ 2 × the
  floor, which is the same two queries in raw SQL (sqlite3);
- scrolling: memory growth while the view's model is read from the top to the bottom row;
  target ≤ 50 MB.

    .venv/bin/python tests/perf/bench_registry.py [--db FILE] [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PAGE = 40
TEXTS = ("ros", "bian", "mar", "ferr", "col", "gal", "ric", "mor", "con", "bar")


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="sportello-bench-reg-")) / "reg.db"
    if not path.exists():
        print("Building 100,000 participants …", flush=True)
        subprocess.run(
            [sys.executable, "main.py", "--db", str(path), "demo", "--participants", "100000"],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, SPORTELLO_LOG_DIR=str(path.parent / "log")),
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.models import participant_model_for
    from models.rows import Actor, ParticipantQuery
    from storage.schema import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(str(path))
    model = participant_model_for(db, Actor.system_admin())
    model.reload(ParticipantQuery())
    raw = sqlite3.connect(path)

    def typed(text: str) -> None:
        model.set_text(text)
        for row in range(min(PAGE, model.total())):
            model.row_at(row)

    def floor(text: str) -> None:
        code = text.upper()
        ids = [
            r[0]
            for r in raw.execute(
                "SELECT id FROM participants WHERE id IN ("
                " SELECT id FROM participants WHERE search_key LIKE ? OR search_key LIKE ?"
                " UNION SELECT id FROM participants"
                " WHERE codice_fiscale >= ? AND codice_fiscale < ?"
                " UNION SELECT id FROM participants WHERE internal_code >= ? AND internal_code < ?"
                ") ORDER BY search_key, id",
                (f"{text}%", f"% {text}%", code, code + "\uffff", code, code + "\uffff"),
            )
        ]
        marks = ",".join("?" * len(ids[:PAGE]))
        raw.execute(
            "SELECT p.*, d.code FROM participants p LEFT JOIN desks d ON d.id = p.desk_id"
            f" WHERE p.id IN ({marks})",
            ids[:PAGE],
        ).fetchall()

    def median_ms(fn: object) -> float:
        times = []
        for n in range(args.runs):
            text = TEXTS[n % len(TEXTS)]
            t0 = clock.perf_counter()
            fn(text)  # type: ignore[operator]
            times.append((clock.perf_counter() - t0) * 1000)
        return statistics.median(times)

    median_ms(typed)  # warm
    typed_ms = median_ms(typed)
    floor_ms = median_ms(floor)
    from storage.services.participants import participant_details

    actor = Actor.system_admin()
    ids = [model.id_at(i) for i in range(0, model.total(), max(1, model.total() // args.runs))]

    def page_ms() -> float:
        times = []
        for pid in ids[: args.runs]:
            t0 = clock.perf_counter()
            participant_details(db, actor, int(pid or 0))
            times.append((clock.perf_counter() - t0) * 1000)
        return statistics.median(times)

    def page_floor_ms() -> float:
        times = []
        for pid in ids[: args.runs]:
            t0 = clock.perf_counter()
            raw.execute("SELECT * FROM participants WHERE id = ?", (pid,)).fetchall()
            raw.execute("SELECT * FROM consents WHERE participant_id = ?", (pid,)).fetchall()
            raw.execute("SELECT * FROM pathways WHERE participant_id = ?", (pid,)).fetchall()
            raw.execute(
                "SELECT p.service_type, p.planned_hours FROM planned_services p"
                " JOIN pathways w ON w.id = p.pathway_id WHERE w.participant_id = ?",
                (pid,),
            ).fetchall()
            raw.execute(
                "SELECT * FROM appointments WHERE participant_id = ? AND start >= date('now')"
                " ORDER BY start LIMIT 5",
                (pid,),
            ).fetchall()
            times.append((clock.perf_counter() - t0) * 1000)
        return statistics.median(times)

    model.set_text("")
    page_ms()  # warm
    opened_ms, opened_floor_ms = page_ms(), page_floor_ms()
    before = rss_mb()
    for row in range(0, model.total()):
        model.row_at(row)
    grown = rss_mb() - before
    ok = typed_ms <= 30 and typed_ms <= 2 * floor_ms and grown <= 50 and opened_ms <= 50
    print(f"participants:                 {model.total():,}")
    print(f"keystroke → first page:       {typed_ms:.1f} ms  (target ≤ 30 ms and ≤ 2 × floor)")
    print(f"  floor, same queries in raw SQL: {floor_ms:.1f} ms  (ratio {typed_ms / floor_ms:.2f})")
    print(f"memory growth, top to bottom: {grown:.1f} MB  (target ≤ 50 MB)")
    print(f"opening a participant page:   {opened_ms:.1f} ms  (target ≤ 50 ms)")
    print(f"  floor, the page's rows in raw SQL: {opened_floor_ms:.1f} ms")
    print("RESULT:", "PASS" if ok else "FAIL")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
