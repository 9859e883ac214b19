"""Benchmark: the registry's first page on an encrypted database beside the same on a plain one.

100,000 demo participants (built like bench_registry.py); an encrypted copy is made with
`encrypt_in_place`. On each database, in the same run, the registry is read as the GUI's model
reads it (gui/models.py participant_model_for): participant_ids for the query (ids filtered and
sorted in SQL, their number is the row count), then participant_rows for the first 40 ids; once
with no text (opening the registry) and for ten typed texts. Each figure is the median over the
runs after a first, cold call (also printed).

Target (issue #8): encrypted ≤ 1.5 × plain. Two more lines say where the time goes: the
sqlcipher3 library on the plain file without a key (its SQLite build against Debian's, with no
encryption at all), and a start-up style `Database.read` (a new connection per call), which must
not pay the key derivation.

    .venv/bin/python tests/perf/bench_encrypted_registry.py [--db PLAIN.db] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time as clock
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PAGE = 40
TEXTS = ("ros", "bian", "mar", "ferr", "col", "gal", "ric", "mor", "con", "bar")
KEY = "passphrase del benchmark"
TARGET_RATIO = 1.5


def build(path: Path, participants: int) -> None:
    print(f"Building {participants:,} participants …", flush=True)
    subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "demo", "--participants", str(participants)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        env=dict(os.environ, SPORTELLO_LOG_DIR=str(path.parent / "log")),
    )


def timed_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """The first call (cold: the connection's page cache is empty) and the median of the rest."""
    t0 = clock.perf_counter()
    fn()
    first = (clock.perf_counter() - t0) * 1000
    times = []
    for _ in range(runs):
        t0 = clock.perf_counter()
        fn()
        times.append((clock.perf_counter() - t0) * 1000)
    return first, statistics.median(times)


def cipher_library_engine(target: Any) -> Any:
    """An engine on the plain file through sqlcipher3 without a key: the library, no cipher."""
    from sqlalchemy import create_engine, event

    from storage import crypto
    from storage.engine import _sqlite_on_begin, _sqlite_on_connect

    module = crypto.dbapi()

    def creator() -> Any:
        conn = module.connect(str(target.path), check_same_thread=False)
        conn.execute(f"PRAGMA cache_size = -{crypto.CACHE_KIB}")
        return conn

    engine = create_engine(target.url, module=module, creator=creator, pool_use_lifo=True)
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a plain demo database (built if missing)")
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--encrypted", type=Path, help=f"an encrypted copy of --db (passphrase {KEY!r})"
    )
    parser.add_argument(
        "--cache-kib", type=int, help="page cache of an encrypted connection (storage.crypto)"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sportello-bench-enc-"))
    plain_path = args.db or folder / "plain.db"
    if not plain_path.exists():
        build(plain_path, args.participants)

    from models.rows import Actor, ParticipantQuery
    from storage import crypto
    from storage.crypto import Passphrase, encrypt_in_place

    if args.cache_kib:
        crypto.CACHE_KIB = args.cache_kib
    from storage.engine import Database, resolve_target
    from storage.schema import open_database
    from storage.services.participants import (
        count_participants,
        participant_ids,
        participant_rows,
    )

    encrypt_s = None
    enc_path = args.encrypted or folder / "cifrato.db"
    if not enc_path.exists():
        shutil.copyfile(plain_path, enc_path)
        t0 = clock.perf_counter()
        encrypt_in_place(enc_path, Passphrase(KEY), folder / "backups")
        encrypt_s = clock.perf_counter() - t0
    plain = open_database(str(plain_path))
    encrypted = open_database(resolve_target(str(enc_path)).with_key(Passphrase(KEY)))
    actor = Actor.system_admin()

    def first_page(db: Database, text: str) -> Callable[[], object]:
        query = ParticipantQuery(text=text)

        def run() -> object:
            ids = participant_ids(db, actor, query)
            return participant_rows(db, actor, ids[:PAGE])

        return run

    def typed(db: Database) -> Callable[[], object]:
        pages = [first_page(db, t) for t in TEXTS]

        def run() -> object:
            return [page() for page in pages]

        return run

    def reads(db: Database) -> Callable[[], object]:
        def run() -> object:
            return [db.read("SELECT count(*) FROM desks") for _ in range(20)]

        return run

    library = Database(plain.target, cipher_library_engine(plain.target))
    total = count_participants(plain, actor, ParticipantQuery())
    figures: dict[str, tuple[tuple[float, float], ...]] = {}
    for name, make in (
        ("opening the registry (no text)", lambda db: first_page(db, "")),
        ("ten typed searches, first page each", typed),
        ("20 × Database.read, new connection each", reads),
    ):
        # Interleaved, so that both see the same machine load.
        figures[name] = (
            timed_ms(make(plain), args.runs),
            timed_ms(make(encrypted), args.runs),
            timed_ms(make(library), args.runs),
        )
    plain.dispose()
    encrypted.dispose()
    library.dispose()

    print(f"participants:                     {total:,}")
    print(f"encrypted connection page cache:  {crypto.CACHE_KIB / 1024:g} MiB")
    if encrypt_s is not None:
        print(f"encrypting a copy in place:       {encrypt_s:.1f} s")
    ok = True
    for name, ((p_first, p_ms), (e_first, e_ms), (l_first, l_ms)) in figures.items():
        ratio = e_ms / p_ms if p_ms else float("inf")
        registry = not name.startswith("20 ×")
        if registry:
            ok = ok and ratio <= TARGET_RATIO
        print(f"{name} (median of {args.runs}):")
        print(f"  plain:      {p_ms:8.1f} ms   first call {p_first:8.1f} ms")
        print(
            f"  encrypted:  {e_ms:8.1f} ms   first call {e_first:8.1f} ms   (ratio {ratio:.2f}"
            + (f", target ≤ {TARGET_RATIO})" if registry else ")")
        )
        if registry:
            print(
                f"  sqlcipher3 on the plain file, no key: {l_ms:.1f} ms (first call "
                f"{l_first:.1f} ms): encryption alone × {e_ms / l_ms:.2f}, the library × "
                f"{l_ms / p_ms:.2f}"
            )
    print("RESULT:", "PASS" if ok else "FAIL")
    if args.encrypted is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
