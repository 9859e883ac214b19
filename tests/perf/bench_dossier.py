"""Benchmark: the participant dossier, one heavy and a batch of 1,000, each beside its floor.

Builds a temporary database with `main.py demo --participants 1000`, then adds one participant
with 2 pathways (one closed, one open, hours in both), 300 tutoring notes (some confidential)
and 100 appointments. Measures, in this process:

- dossier: `export_dossier` of that participant, full version as a coordinator (output check,
  gathering, drawing with page X of Y and the table of contents, atomic write, audit); median
  of --runs; target ≤ 0.5 s. Floor: the same data fetched by its queries alone
  (`dossier_document`, no drawing).
- batch: the dossiers of the 1,000 demo participants with a process pool of 2 workers, each
  worker opening its own database; target ≤ 2 minutes. Floor: the same 1,000 gathered without
  drawing, on the same pool.

    .venv/bin/python tests/perf/bench_dossier.py [--runs 7] [--batch 1000] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time as clock
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

HEAVY_CF_ARGS = ("Benchmark", "Fascicolo", "F", date(1984, 5, 17))
NOTES = 300
APPOINTMENTS = 100


def build(path: Path, participants: int) -> str:
    """The demo database plus the heavy participant; returns the heavy one's codice fiscale."""
    env = dict(os.environ, SPORTELLO_LOG_DIR=str(path.parent / "log"))
    subprocess.run(
        [
            sys.executable,
            "main.py",
            "--db",
            str(path),
            "demo",
            "--participants",
            str(participants),
        ],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    from sqlalchemy import select

    from models.codice_fiscale import compose
    from models.entities import Appointment, Desk, Participant, TutoringNote, User
    from models.enums import (
        AppointmentKind,
        AppointmentStatus,
        Counterpart,
        MeetingMode,
        PathwayStatus,
        Sex,
    )
    from models.rows import Actor
    from models.validation import ParticipantInput
    from storage.schema import open_database
    from storage.services.intake import (
        ConsentInput,
        PathwayInput,
        open_pathway,
        record_consent,
        set_pathway_status,
    )
    from storage.services.participants import create_participant
    from storage.services.tutoring import DeliveryInput, record_delivery

    last, first, sex, born = HEAVY_CF_ARGS
    cf = compose(last, first, Sex(sex), born, "D150")
    db = open_database(str(path))
    admin = Actor.system_admin()
    create_participant(
        db,
        admin,
        ParticipantInput(
            last, first, codice_fiscale=cf, phone="3331234567", email="bench@example.org"
        ),
    )
    record_consent(
        db,
        admin,
        cf,
        ConsentInput(date(2025, 1, 10), art9_consent=True, contact_consent=True),
    )
    tutor = db.read("SELECT username FROM users WHERE role = 'tutor' ORDER BY username")[0][0]
    first_id = open_pathway(
        db,
        admin,
        PathwayInput(
            cf, "GOL-2025", tutor, date(2025, 6, 2), plan=[("orientation", 6), ("job_matching", 8)]
        ),
    ).id
    for n in range(6):
        record_delivery(
            db,
            admin,
            DeliveryInput(
                first_id, "orientation", date(2025, 6, 10) + timedelta(days=7 * n), minutes=60
            ),
        )
    set_pathway_status(
        db,
        admin,
        first_id,
        PathwayStatus.CLOSED_NEGATIVE,
        reason="Trasferimento in un altro comune",
        end_date=date(2025, 12, 19),
    )
    second_id = open_pathway(
        db,
        admin,
        PathwayInput(
            cf,
            "DOTE-DIS-2025",
            tutor,
            date(2026, 1, 12),
            plan=[("active_job_search", 12), ("internship_tutoring", 20)],
        ),
    ).id
    for n in range(10):
        record_delivery(
            db,
            admin,
            DeliveryInput(
                second_id,
                "active_job_search",
                date(2026, 1, 20) + timedelta(days=7 * n),
                minutes=60,
            ),
        )
    with db.transaction() as session:
        person = session.scalar(select(Participant).where(Participant.codice_fiscale == cf))
        assert person is not None
        author = session.scalar(select(User).where(User.username == tutor))
        coordinator = session.scalar(select(User).where(User.role == "coordinator"))
        desk = session.scalar(select(Desk).order_by(Desk.id))
        assert author is not None and coordinator is not None and desk is not None
        start = date(2025, 6, 3)
        for n in range(NOTES):
            day = start + timedelta(days=n * 2)
            session.add(
                TutoringNote(
                    participant_id=person.id,
                    pathway_id=first_id if day < date(2025, 12, 19) else second_id,
                    author_id=(coordinator if n % 25 == 0 else author).id,
                    date=day,
                    counterpart=list(Counterpart)[n % len(Counterpart)],
                    mode=list(MeetingMode)[n % len(MeetingMode)],
                    text=(
                        f"Incontro n. {n + 1}: aggiornati il curriculum e il piano di ricerca; "
                        "la persona è puntuale e motivata, chiede più ore di tirocinio perché "
                        "vuole migliorare l'autonomia negli spostamenti."
                    ),
                    next_steps="Telefonare all'azienda e fissare la visita."
                    if n % 3 == 0
                    else None,
                    next_step_due=day + timedelta(days=7) if n % 3 == 0 else None,
                    confidential=n % 10 == 0,
                    created_by=tutor,
                    updated_by=tutor,
                )
            )
        for n in range(APPOINTMENTS):
            moment = datetime.combine(date(2025, 6, 3) + timedelta(days=5 * n), time(9 + n % 6))
            session.add(
                Appointment(
                    desk_id=desk.id,
                    operator_id=author.id,
                    participant_id=person.id,
                    kind=list(AppointmentKind)[n % len(AppointmentKind)],
                    status=AppointmentStatus.DONE if n < 90 else AppointmentStatus.BOOKED,
                    start=moment,
                    minutes=45,
                    created_by="admin",
                    updated_by="admin",
                )
            )
    db.dispose()
    return cf


def median_time(run: Callable[[], Any], runs: int) -> float:
    run()  # warm up: imports, fonts, mappers
    times = []
    for _ in range(runs):
        started = clock.perf_counter()
        run()
        times.append(clock.perf_counter() - started)
    return statistics.median(times)


# --------------------------------------------------------------------------- pool workers

_db: Any = None


def _open_worker(path: str) -> None:
    global _db
    from storage.schema import open_database

    _db = open_database(path)


def _export_chunk(job: tuple[list[str], str, bool]) -> int:
    from models.rows import Actor
    from storage.printing.dossier import dossier_document, export_dossier

    codes, folder, draw = job
    admin = Actor.system_admin()
    pages = 0
    for code in codes:
        if draw:
            pages += export_dossier(_db, admin, code, Path(folder) / f"{code}.pdf")
        else:
            dossier_document(_db, admin, code)
    return pages


def batch(
    path: Path, codes: list[str], folder: Path, workers: int, draw: bool
) -> tuple[float, int]:
    chunks = [codes[n :: workers * 4] for n in range(workers * 4)]
    started = clock.perf_counter()
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_open_worker, initargs=(str(path),)
    ) as pool:
        pages = sum(pool.map(_export_chunk, [(c, str(folder), draw) for c in chunks]))
    return clock.perf_counter() - started, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-dossier-") as tmp:
        folder = Path(tmp)
        path = folder / "bench.db"
        print(f"Building {args.batch} demo participants and one heavy dossier …", flush=True)
        cf = build(path, args.batch)

        from models.rows import Actor
        from storage.printing.dossier import dossier_document, export_dossier
        from storage.schema import open_database

        db = open_database(str(path))
        coordinator = Actor.system_admin()
        out = folder / "heavy.pdf"
        doc = dossier_document(db, coordinator, cf)
        assert len(doc.notes) == NOTES and len(doc.appointments) == APPOINTMENTS
        assert len(doc.pathways) == 2
        floor = median_time(lambda: dossier_document(db, coordinator, cf), args.runs)
        figure = median_time(lambda: export_dossier(db, coordinator, cf, out), args.runs)
        pages = export_dossier(db, coordinator, cf, out)
        verdict = "PASS" if figure <= 0.5 else "FAIL"
        print(
            f"dossier (300 notes, 100 appointments, 2 pathways, {pages} pages): "
            f"{figure * 1000:.0f} ms median of {args.runs}, floor (queries alone) "
            f"{floor * 1000:.0f} ms; target ≤ 500 ms: {verdict}"
        )

        codes = [
            str(r[0])
            for r in db.read(
                "SELECT internal_code FROM participants WHERE codice_fiscale <> :cf "
                "ORDER BY id LIMIT :n",
                {"cf": cf, "n": args.batch},
            )
        ]
        db.dispose()
        out_dir = folder / "batch"
        out_dir.mkdir()
        gather, _ = batch(path, codes, out_dir, args.workers, draw=False)
        elapsed, total_pages = batch(path, codes, out_dir, args.workers, draw=True)
        written = len(list(out_dir.glob("*.pdf")))
        assert written == len(codes), (written, len(codes))
        batch_verdict = "PASS" if elapsed <= 120 else "FAIL"
        print(
            f"batch: {len(codes)} dossiers ({total_pages} pages) with {args.workers} workers in "
            f"{elapsed:.1f} s ({elapsed / len(codes) * 1000:.0f} ms each), floor (queries "
            f"alone, same pool) {gather:.1f} s; target ≤ 120 s: {batch_verdict}"
        )
        return 0 if verdict == batch_verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
