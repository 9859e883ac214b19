"""Every service function × every role: allowed, or PermissionDenied; generated from one table.

The table is tests/unit/permission_table.py. `test_every_service_has_a_row` fails when a public
function taking `actor` is added to storage.services, storage.printing or storage.exports without
its row, so a new service cannot dodge the matrix.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.enums import Role
from models.errors import PermissionDenied
from tests.conftest import engines_for
from tests.unit.permission_table import MATRIX, NOT_ACTIONS
from tests.unit.permission_world import World, WorldFactory

PACKAGES = ("storage.services", "storage.printing", "storage.exports")
ROLES = (Role.OPERATOR, Role.TUTOR, Role.COORDINATOR, Role.ADMIN)


def acting_functions() -> set[str]:
    """Public functions whose signature has `actor`, by the module that defines them."""
    found: set[str] = set()
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package_name}.{info.name}")
            for name, fn in inspect.getmembers(module, inspect.isfunction):
                if name.startswith("_") or fn.__module__ != module.__name__:
                    continue
                if "actor" in inspect.signature(fn).parameters:
                    found.add(f"{fn.__module__}.{name}")
    audit = importlib.import_module("storage.audit")
    found |= {
        f"storage.audit.{n}"
        for n, f in inspect.getmembers(audit, inspect.isfunction)
        if f.__module__ == "storage.audit" and "actor" in inspect.signature(f).parameters
    }
    return found


def test_every_service_has_a_row() -> None:
    found = acting_functions()
    missing = sorted(found - set(MATRIX) - set(NOT_ACTIONS))
    stale = sorted((set(MATRIX) | set(NOT_ACTIONS)) - found)
    assert not missing, f"service functions without a row in the permission table: {missing}"
    assert not stale, f"rows for functions that no longer exist: {stale}"


@pytest.fixture(scope="session", params=engines_for("test_permission_matrix"))
def world_factory(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorldFactory]:
    """The world, once per engine: an SQLite file, or a database on the PostgreSQL server."""
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    factory = WorldFactory(tmp_path_factory.mktemp("world-template"), server)
    yield factory
    factory.close_all()


@pytest.fixture
def world(world_factory: WorldFactory, tmp_path: Path) -> Iterator[World]:
    opened = world_factory.open(tmp_path / "world")
    yield opened
    world_factory.close(opened)


def _cases() -> list[tuple[str, Role]]:
    return [(name, role) for name in sorted(MATRIX) for role in ROLES]


@pytest.mark.parametrize(("name", "role"), _cases(), ids=[f"{n}-{r.value}" for n, r in _cases()])
def test_each_role_is_allowed_or_refused(world: World, name: str, role: Role) -> None:
    case = MATRIX[name]
    actor = world.actor(role)
    if role in case.allowed:
        try:
            case.call(world, actor, "own")
        except PermissionDenied as exc:  # pragma: no cover - the failure message is the point
            pytest.fail(f"{name} refused {role.value} on their own participant: {exc}")
        except Exception:
            # Allowed: any other outcome (a validation message, a conflict) is not a refusal.
            pass
    else:
        with pytest.raises(PermissionDenied):
            case.call(world, actor, "own")


def _caseload_cases() -> list[tuple[str, Role]]:
    cases = []
    for name in sorted(MATRIX):
        case = MATRIX[name]
        if not case.caseload:
            continue
        for role in (Role.TUTOR, Role.OPERATOR):
            if role in case.allowed:
                cases.append((name, role))
    return cases


@pytest.mark.parametrize(
    ("name", "role"), _caseload_cases(), ids=[f"{n}-{r.value}" for n, r in _caseload_cases()]
)
def test_another_tutors_participant_is_refused(world: World, name: str, role: Role) -> None:
    case = MATRIX[name]
    with pytest.raises(PermissionDenied):
        case.call(world, world.actor(role), "other")


def test_the_world_is_what_the_rows_expect(world: World) -> None:
    """The scope rule itself, on the world: who sees whom."""
    from storage.services.access import Level, can_access

    with world.db.transaction(write=False) as session:
        seen = {
            (role, which, level): can_access(
                session, world.actor(role), world.participant(which), level
            )
            for role in ROLES
            for which in ("own", "other")
            for level in Level
        }
    assert seen == {
        (Role.OPERATOR, "own", Level.IDENTITY): True,
        (Role.OPERATOR, "own", Level.RECORD): False,
        (Role.OPERATOR, "other", Level.IDENTITY): False,
        (Role.OPERATOR, "other", Level.RECORD): False,
        (Role.TUTOR, "own", Level.IDENTITY): True,
        (Role.TUTOR, "own", Level.RECORD): True,
        (Role.TUTOR, "other", Level.IDENTITY): False,
        (Role.TUTOR, "other", Level.RECORD): False,
        **{(r, w, lv): True for r in STAFF_ROLES for w in ("own", "other") for lv in Level},
    }


STAFF_ROLES = (Role.COORDINATOR, Role.ADMIN)
