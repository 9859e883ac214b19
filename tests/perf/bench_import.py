"""Benchmark: importing 10,000 participants from an XLSX file, beside its floor.

The file is realistic: Faker it_IT names, valid codici fiscali, phones, dates as date cells, and
2% broken rows. The floor, measured in the same run, reads the same file with openpyxl and inserts
the same number of rows with plain sqlite3 executemany: the cost of parsing and writing alone.
Target (issue 5): at most 10 s.

    .venv/bin/python tests/perf/bench_import.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time as clock
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def make_file(path: Path, rows: int) -> None:
    import openpyxl
    from faker import Faker

    from models.codice_fiscale import compose
    from models.enums import Sex

    fake = Faker("it_IT")
    fake.seed_instance(10)
    rng = random.Random(10)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Partecipanti")
    sheet.append(["Codice Fiscale", "Cognome", "Nome", "Data di nascita", "Sesso", "Telefono"])
    seen: set[str] = set()
    while len(seen) < rows:
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        first = fake.first_name_male() if sex is Sex.MALE else fake.first_name_female()
        last = fake.last_name()
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 16000))
        cf = compose(last, first, sex, born, rng.choice(("D150", "D142", "E648", "B898")))
        if cf in seen:
            continue
        seen.add(cf)
        phone = f"3{rng.randrange(20, 50)}{rng.randrange(1_000_000, 9_999_999)}"
        if rng.random() < 0.02:  # a broken row: wrong check letter or impossible date
            cf = cf[:-1] + ("A" if cf[-1] != "A" else "B")
        sheet.append([cf, last, first, born, sex.value, phone])
    book.save(path)


def floor(path: Path, db: Path) -> float:
    import openpyxl

    start = clock.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    values = list(book.worksheets[0].iter_rows(values_only=True))[1:]
    book.close()
    conn = sqlite3.connect(db)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO participants (uuid, internal_code, codice_fiscale, last_name, first_name,"
        " created_at, updated_at, search_key)"
        " VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01', '')",
        [(str(uuid.uuid4()), f"F-{i}", v[0], v[1], v[2]) for i, v in enumerate(values)],
    )
    conn.execute("ROLLBACK")
    conn.close()
    return clock.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sportello-bench-import-"))
    path = work / "partecipanti.xlsx"
    make_file(path, args.rows)

    from models.rows import Actor
    from storage.schema import open_database
    from storage.services.importing import import_participants

    db = open_database(str(work / "import.db"))
    floor_s = floor(path, work / "import.db")
    start = clock.perf_counter()
    report = import_participants(db, Actor.system_admin(), path)
    elapsed = clock.perf_counter() - start
    again = clock.perf_counter()
    second = import_participants(db, Actor.system_admin(), path)
    again_s = clock.perf_counter() - again
    ok = elapsed <= 10
    print(f"rows in file:            {report.rows}")
    print(f"imported / rejected:     {report.imported} / {len(report.problems)}")
    print(f"import:                  {elapsed:.2f} s  (target ≤ 10 s)")
    print(f"floor (openpyxl read + sqlite3 insert of the same rows): {floor_s:.2f} s")
    print(f"ratio import/floor:      {elapsed / floor_s:.1f}")
    print(f"re-import (all existing): {again_s:.2f} s, {second.existing} left alone")
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
