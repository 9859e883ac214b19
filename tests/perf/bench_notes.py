"""Benchmark: note search and the participant timeline on 100,000 participants, 1,000,000 notes.

- full-text search, first 50 hits as a tutor (confidential notes of others filtered out, the
  snippet computed): target ≤ 50 ms median and ≤ 2 × the floor, the bare FTS5 query for the same
  words and 50 rowids in raw SQL (sqlite3);
- the timeline of a participant with 2,000 items (appointments, notes, hours, attendance, job
  search, applications, internships, outcomes), service and table model together: target ≤ 50 ms
  median; floor: the same nine queries in raw SQL.

    .venv/bin/python tests/perf/bench_notes.py [--db FILE] [--runs 21]
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
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
NOTES = 1_000_000
WORDS = (
    "colloquio",
    "azienda",
    "tirocinio",
    "perché",
    "curriculum",
    "famiglia",
    "falegnameria",
    "colloquio azienda",
    "magazz",
    "orientamento tirocinio",
)
SENTENCES = (
    "Colloquio di orientamento: esplorati interessi, vincoli di orario e spostamenti.",
    "Telefonata con la famiglia per organizzare gli spostamenti verso l'azienda.",
    "Visita in azienda con il tutor aziendale: il tirocinio procede bene.",
    "Aggiornato il curriculum e preparata la lettera di presentazione.",
    "Preparazione al colloquio di lavoro con simulazione delle domande più frequenti.",
    "La persona chiede perché il tirocinio non è ancora partito: spiegati i tempi.",
    "Contatto con il magazzino di Cremona per una posizione di addetto al carico.",
    "Incontro con l'assistente sociale del Comune sulla rete di sostegno.",
    "Ricerca attiva: candidature su portali di annunci e agenzie per il lavoro.",
    "Falegnameria disponibile a un tirocinio di inclusione da gennaio.",
)
EXTRA = (
    "puntuale",
    "motivata",
    "stanca",
    "entusiasta",
    "preoccupata",
    "serena",
    "in ritardo",
    "collaborativa",
    "autonoma",
    "da accompagnare",
)


def build(path: Path) -> None:
    print("Building 100,000 participants …", flush=True)
    subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "demo", "--participants", "100000"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, SPORTELLO_LOG_DIR=str(path.parent / "log")),
    )
    raw = sqlite3.connect(path)
    rng = random.Random(7)
    people = [r[0] for r in raw.execute("SELECT id FROM participants")]
    authors = [
        r[0] for r in raw.execute("SELECT id FROM users WHERE role IN ('tutor', 'coordinator')")
    ]
    have = raw.execute("SELECT count(*) FROM tutoring_notes").fetchone()[0]
    print(f"Adding {NOTES - have:,} notes and indexing them …", flush=True)
    now = datetime.now().isoformat(sep=" ")
    start = date(2021, 1, 1)
    raw.execute("DROP TRIGGER tutoring_notes_fts_insert")

    def rows(n: int):  # type: ignore[no-untyped-def]
        for _ in range(n):
            text = f"{rng.choice(SENTENCES)} Oggi {rng.choice(EXTRA)}; {rng.randrange(10**6)}."
            yield (
                rng.choice(people),
                rng.choice(authors),
                (start + timedelta(days=rng.randrange(2000))).isoformat(),
                rng.choice(("participant", "family", "company")),
                "in_person",
                text,
                int(rng.random() < 0.1),
                str(uuid.uuid4()),
                now,
                now,
            )

    raw.executemany(
        "INSERT INTO tutoring_notes (participant_id, author_id, date, counterpart, mode, text,"
        " confidential, uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows(NOTES - have),
    )
    raw.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
    raw.execute(
        "CREATE TRIGGER tutoring_notes_fts_insert AFTER INSERT ON tutoring_notes BEGIN"
        " INSERT INTO notes_fts(rowid, text, next_steps)"
        " VALUES (new.id, new.text, coalesce(new.next_steps, '')); END"
    )
    raw.commit()
    raw.close()


def busy_person(db: object, raw: sqlite3.Connection) -> int:
    """A participant given 2,000 timeline items (once per database)."""
    found = raw.execute("SELECT value FROM app_settings WHERE key = 'bench.busy'").fetchone()
    if found:
        return int(found[0])
    from models.entities import (
        Appointment,
        Attendance,
        EditionSession,
        Enrollment,
        JobApplication,
        JobSearchSession,
        Outcome,
        ServiceDelivery,
        TutoringNote,
    )

    pathway_row = raw.execute(
        "SELECT id, participant_id FROM pathways ORDER BY id LIMIT 1"
    ).fetchone()
    pathway_id, pid = int(pathway_row[0]), int(pathway_row[1])
    desk, operator = raw.execute("SELECT desk_id, operator_id FROM appointments LIMIT 1").fetchone()
    edition = raw.execute("SELECT id FROM course_editions LIMIT 1").fetchone()[0]
    company = raw.execute("SELECT id FROM companies LIMIT 1").fetchone()[0]
    day0 = date(2020, 1, 6)
    with db.transaction() as s:  # type: ignore[attr-defined]
        for n in range(400):
            s.add(
                Appointment(
                    desk_id=desk,
                    operator_id=operator,
                    participant_id=pid,
                    kind="monitoring",
                    status="done",
                    start=datetime.combine(day0 + timedelta(days=n), datetime.min.time())
                    + timedelta(hours=9),
                    minutes=30,
                )
            )
        for n in range(500):
            s.add(
                TutoringNote(
                    participant_id=pid,
                    author_id=operator,
                    date=day0 + timedelta(days=n),
                    counterpart="participant",
                    mode="phone",
                    text=SENTENCES[n % 10],
                    confidential=n % 7 == 0,
                )
            )
        for n in range(400):
            s.add(
                ServiceDelivery(
                    pathway_id=pathway_id,
                    service_type="coaching",
                    mode="individual",
                    date=day0 + timedelta(days=n),
                    minutes=60,
                )
            )
        if not s.get(Enrollment, (edition, pid)):
            s.add(Enrollment(edition_id=edition, participant_id=pid, enrolled_on=day0))
        for n in range(300):
            sitting = EditionSession(
                edition_id=edition,
                date=day0 + timedelta(days=n),
                start_time=datetime.min.time().replace(hour=9),
                end_time=datetime.min.time().replace(hour=12),
            )
            s.add(sitting)
            s.flush()
            s.add(
                Attendance(
                    session_id=sitting.id,
                    participant_id=pid,
                    status="present",
                    minutes_attended=180,
                )
            )
        for n in range(200):
            s.add(
                JobSearchSession(
                    participant_id=pid,
                    date=day0 + timedelta(days=n),
                    minutes=60,
                    channels="portali di annunci",
                )
            )
        for n in range(150):
            s.add(
                JobApplication(
                    participant_id=pid,
                    company_name=f"Azienda {n}",
                    role="Addetto",
                    channel="job_portal",
                    applied_on=day0 + timedelta(days=n),
                )
            )
        for n in range(50):
            s.add(
                Outcome(
                    participant_id=pid,
                    type="fixed_term",
                    company_id=company,
                    months=3,
                    start_date=day0 + timedelta(days=n),
                )
            )
    raw.execute("INSERT INTO app_settings (key, value) VALUES ('bench.busy', ?)", (str(pid),))
    raw.commit()
    return pid


def median_ms(fn: Callable[[int], object], runs: int) -> float:
    times = []
    for n in range(runs):
        t0 = clock.perf_counter()
        fn(n)
        times.append((clock.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="sportello-bench-notes-")) / "notes.db"
    if not path.exists():
        build(path)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.context import AppContext
    from gui.timeline_tab import TimelineTab
    from models.enums import Role
    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.search import fts_query, search_notes
    from storage.services.timeline import timeline

    app = QApplication.instance() or QApplication([])
    db = open_database(str(path))
    raw = sqlite3.connect(path)
    tutor = raw.execute("SELECT id, username FROM users WHERE role = 'tutor' LIMIT 1").fetchone()
    actor = Actor(tutor[1], Role.TUTOR, tutor[0])
    total = raw.execute("SELECT count(*) FROM tutoring_notes").fetchone()[0]

    def searched(n: int) -> None:
        hits = search_notes(db, actor, WORDS[n % len(WORDS)])
        assert len(hits) == 50, (WORDS[n % len(WORDS)], len(hits))

    def bare(n: int) -> None:
        raw.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT 50",
            (fts_query(WORDS[n % len(WORDS)]),),
        ).fetchall()

    median_ms(searched, len(WORDS))  # warm
    search_ms = median_ms(searched, args.runs)
    bare_ms = median_ms(bare, args.runs)

    pid = busy_person(db, raw)
    tab = TimelineTab(AppContext(db, Actor.system_admin()), pid)
    items = len(timeline(db, Actor.system_admin(), pid))

    def opened(_n: int) -> None:
        tab.reload()
        assert tab.model.rowCount() == items

    def floor(_n: int) -> None:
        for sql in (
            "SELECT * FROM appointments WHERE participant_id = ?",
            "SELECT * FROM pathways WHERE participant_id = ?",
            "SELECT * FROM tutoring_notes WHERE participant_id = ?",
            "SELECT d.* FROM service_deliveries d JOIN pathways p ON p.id = d.pathway_id"
            " WHERE p.participant_id = ?",
            "SELECT * FROM attendances a JOIN edition_sessions s ON s.id = a.session_id"
            " WHERE a.participant_id = ?",
            "SELECT * FROM job_search_sessions WHERE participant_id = ?",
            "SELECT * FROM job_applications WHERE participant_id = ?",
            "SELECT * FROM internships WHERE participant_id = ?",
            "SELECT * FROM outcomes WHERE participant_id = ?",
        ):
            raw.execute(sql, (pid,)).fetchall()

    median_ms(opened, 3)  # warm
    timeline_ms = median_ms(opened, args.runs)
    timeline_floor_ms = median_ms(floor, args.runs)

    ok = search_ms <= 50 and search_ms <= 2 * bare_ms and timeline_ms <= 50 and items >= 2000
    print(f"notes:                         {total:,}")
    print(f"search, first 50 hits (tutor): {search_ms:.1f} ms  (target ≤ 50 ms and ≤ 2 × floor)")
    print(f"  floor, bare FTS5 query:      {bare_ms:.1f} ms  (ratio {search_ms / bare_ms:.2f})")
    print(f"timeline of {items:,} items:      {timeline_ms:.1f} ms  (target ≤ 50 ms)")
    print(f"  floor, its queries in raw SQL: {timeline_floor_ms:.1f} ms")
    print("RESULT:", "PASS" if ok else "FAIL")
    del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
