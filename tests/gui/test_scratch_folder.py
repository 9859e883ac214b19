"""Previews are drawn in a private folder of the user's cache, and a crash's leftovers go."""

from __future__ import annotations

import os
import stat
import time

from gui.files import scratch_folder, scratch_root


def test_private_and_cleaned() -> None:
    first = scratch_folder()
    assert first.parent == scratch_root()
    assert stat.S_IMODE(os.stat(scratch_root()).st_mode) == 0o700
    (first / "fascicolo.pdf").write_bytes(b"%PDF-1.4 dati personali")
    old = time.time() - 2 * 3600
    os.utime(first, (old, old))
    recent = scratch_folder()
    second = scratch_folder()
    assert not first.exists()  # a leftover older than an hour
    assert recent.exists() and second.exists()
