"""Logging to a rotating file in the platform's log folder (and warnings to stderr).

Log records carry what happened and where, never personal data: services log ids and counts.
Engines are created with hide_parameters=True, so a failed statement shows its SQL with `?` for
the values; as a safety net the file's formatter also blanks any `[parameters: …]` block that an
engine made elsewhere (a developer's script, the alembic command) might still print.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from storage.engine import default_log_dir

LOG_FILE = "sportello.log"
# SQLAlchemy's "[parameters: (...)]" block, up to the line that ends it.
_PARAMETERS = re.compile(r"\[parameters: (?!hidden due to hide_parameters).*?\](?=\n|$)", re.S)
HIDDEN = "[parameters: nascosti]"


def redact(text: str) -> str:
    """Text with SQL parameter values (names, codici fiscali, notes) taken out."""
    return _PARAMETERS.sub(HIDDEN, text)


class RedactingFormatter(logging.Formatter):
    """A formatter that never writes SQL parameter values, in messages or in tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_dir() -> Path:
    return Path(os.environ.get("SPORTELLO_LOG_DIR") or default_log_dir())


def setup_logging(*, verbose: bool = False) -> Path | None:
    """Send INFO and above to a rotating file (5 × 1 MB); return its path, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    return folder / LOG_FILE
