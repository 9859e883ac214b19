"""Logging to a rotating file in the platform's log folder (and warnings to stderr).

Log records carry what happened and where, never personal data: services log ids and counts.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from storage.engine import default_log_dir

LOG_FILE = "sportello.log"


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
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
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
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    return folder / LOG_FILE
