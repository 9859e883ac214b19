"""What every section needs: the open database, the acting user, and where to run work."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.rows import Actor

if TYPE_CHECKING:
    from gui.workers import TaskPool
    from storage.engine import Database


@dataclass
class AppContext:
    """Handed to the main window and its sections; there is no global application state."""

    db: Database
    actor: Actor
    # Where background work runs: None is Qt's global thread pool; tests pass a synchronous one.
    pool: TaskPool | None = None
