"""THE permission table: every service function that takes an acting user, and who may call it.

`MATRIX` maps "module.function" to a `Case`. tests/unit/test_permission_matrix.py checks that
every public function taking `actor` in storage.services, storage.printing and storage.exports
has its row here (a new service cannot be added without one), then calls each one as every role.

The rows are kept in two files by area (people and their records; work around them) and merged
here into one table; a name in both is an error.
"""

from __future__ import annotations

from tests.unit.permission_world import Case

# Functions that take `actor` but are not user actions: helpers that only sign or check.
NOT_ACTIONS: dict[str, str] = {
    "storage.services.common.require": "the role check itself",
    "storage.services.common.author_fields": "fills created_by/updated_by",
    "storage.audit.record": "writes an audit event inside a service's transaction",
    "storage.services.access.can_access": "the caseload rule, used inside services",
    "storage.services.access.participant_scope_clause": "the caseload rule as SQL",
    "storage.services.access.require_participant": "the caseload check itself",
    "storage.services.access.require_pathway": "the caseload check itself",
    "storage.services.access.sees_everyone": "the caseload rule: staff see everyone",
}


def _merge() -> dict[str, Case]:
    from tests.unit import permission_rows_auth, permission_rows_people, permission_rows_work

    people: dict[str, Case] = permission_rows_people.ROWS
    work: dict[str, Case] = permission_rows_work.ROWS
    auth: dict[str, Case] = permission_rows_auth.ROWS
    both = (set(people) & set(work)) | (set(auth) & (set(people) | set(work)))
    if both:
        raise AssertionError(f"rows in two files: {sorted(both)}")
    return {**people, **work, **auth}


MATRIX: dict[str, Case] = _merge()
