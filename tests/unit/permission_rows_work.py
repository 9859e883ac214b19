"""Permission rows: agenda and booking, desks, admin, companies, courses, job search, placements,
access log, retention, indicators, imports, home.

Part of the one table in tests/unit/permission_table.py (see there for `Case`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.unit.permission_world import Case

ROWS: dict[str, Case] = {}
