"""A throw-away PostgreSQL server for the tests: initdb into a temporary folder, a free port.

The server listens on 127.0.0.1 only, keeps its unix socket in its own folder, trusts local
connections (user `postgres`, no password) and trades durability for speed (fsync, synchronous
commit and full-page writes off): nothing in it outlives the test session. `stop()` shuts it
down and removes the folder.

initdb refuses to run as root, and CI runs as root: then the folder is handed to the system
user `postgres` (which Debian's `postgresql` package creates) and every server command runs as
that user through `runuser`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

PG_USER = "postgres"
START_TIMEOUT_S = 60
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def find_pg_bin() -> Path | None:
    """The folder with initdb, pg_ctl and postgres: $SPORTELLO_PG_BIN, PATH, or Debian's newest."""
    candidates: list[Path] = []
    if os.environ.get("SPORTELLO_PG_BIN"):
        candidates.append(Path(os.environ["SPORTELLO_PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [p for p in debian.iterdir() if p.name.replace(".", "").isdigit()]
        for version in sorted(versions, key=lambda p: float(p.name), reverse=True):
            candidates.append(version / "bin")
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def missing_reason() -> str:
    """Why the PostgreSQL tests cannot run here, for the skip message."""
    return (
        "PostgreSQL non installato: initdb, pg_ctl e postgres non trovati (PATH, "
        "/usr/lib/postgresql/*/bin o SPORTELLO_PG_BIN). Su Debian: apt-get install postgresql"
    )


def pg_bin_or_skip() -> Path:
    """The binaries' folder, or a pytest skip that says PostgreSQL is not installed."""
    import pytest

    if os.environ.get("SPORTELLO_TEST_PG", "1") == "0":
        pytest.skip("PostgreSQL escluso: SPORTELLO_TEST_PG=0")
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip(missing_reason())
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(PG_USER)
        except KeyError:
            pytest.skip(
                f"PostgreSQL non utilizzabile da root: manca l'utente di sistema «{PG_USER}» "
                "con cui avviare il server (lo crea il pacchetto postgresql di Debian)"
            )
    return bin_dir


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"nome di database non valido per i test: {name!r}")
    return name


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder, listening on a free port of 127.0.0.1."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = 0
        self.root: Path | None = None
        self._as_postgres = os.geteuid() == 0

    @property
    def data_dir(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        assert self.root is not None
        return self.root / "server.log"

    @property
    def running(self) -> bool:
        return self.port != 0

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", PG_USER, "--", *command]
        return subprocess.run(
            command, capture_output=True, text=True, check=False, env=self._environment()
        )

    def _environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        return env

    def start(self) -> PostgresServer:
        """initdb and start; raises RuntimeError with the server's own words when it cannot."""
        self.root = Path(tempfile.mkdtemp(prefix="sportello-pg-"))
        if self._as_postgres:
            entry = pwd.getpwnam(PG_USER)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o700)
        atexit.register(self.stop)
        done = self._initdb("C.UTF-8")
        if done.returncode != 0:  # a system without the C.UTF-8 locale
            shutil.rmtree(self.data_dir, ignore_errors=True)
            done = self._initdb("C")
        if done.returncode != 0:
            self.stop()
            raise RuntimeError(f"initdb non riuscito: {done.stderr.strip() or done.stdout}")
        error = ""
        for _attempt in range(3):  # another process may take the free port before we do
            port = _free_port()
            options = " ".join(
                [
                    f"-p {port}",
                    "-c listen_addresses=127.0.0.1",
                    f"-c unix_socket_directories={self.root}",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=200",
                ]
            )
            done = self._run(
                "pg_ctl",
                "start",
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_file),
                "-o",
                options,
            )
            if done.returncode == 0:
                self.port = port
                return self
            error = self._log_tail() or done.stderr
        self.stop()
        raise RuntimeError(f"il server PostgreSQL non parte: {error.strip()}")

    def _initdb(self, locale: str) -> subprocess.CompletedProcess[str]:
        return self._run(
            "initdb",
            "-D",
            str(self.data_dir),
            "-A",
            "trust",
            "-U",
            PG_USER,
            "-E",
            "UTF8",
            f"--locale={locale}",
            "--no-sync",
        )

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-10:])
        except OSError:
            return ""

    def stop(self) -> None:
        """Shut the server down (immediately: nothing in it is kept) and remove its folder."""
        if self.running:
            self._run("pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(self.data_dir))
            self.port = 0
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of one of the server's databases."""
        return f"postgresql+psycopg://{PG_USER}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[Any, ...]]:
        """A psycopg connection in autocommit mode (CREATE/DROP DATABASE need one)."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=PG_USER, dbname=database, autocommit=True
        )

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`, which must have no connections)."""
        sql = f'CREATE DATABASE "{_check_name(name)}"'
        if template is not None:
            sql += f' TEMPLATE "{_check_name(template)}"'
        with contextlib.closing(self.connect()) as conn:
            conn.execute(sql.encode())
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, closing whatever connections it still has."""
        with contextlib.closing(self.connect()) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{_check_name(name)}" WITH (FORCE)'.encode())
