"""Permission rows for sign-in and users (storage.services.auth), merged into permission_table.

Everyone changes their own password and reads the idle-lock minutes; coordinators and
administrators reset passwords, disable or enable users and set the minutes.
"""

from __future__ import annotations

from models.enums import Role
from models.rows import Actor
from tests.unit.permission_world import ALL, STAFF, USERS, Case, Which, World

OLD = "vecchia-password-1"


def auth_change_password(w: World, a: Actor, which: Which) -> object:
    from storage.services.auth import change_password, reset_password

    reset_password(w.db, w.admin, a.username, OLD)
    change_password(w.db, a, OLD, "nuova-password-22")
    return None


def auth_get_idle_minutes(w: World, a: Actor, which: Which) -> object:
    from storage.services.auth import get_idle_minutes

    return get_idle_minutes(w.db, a)


def auth_password_change_required(w: World, a: Actor, which: Which) -> object:
    from storage.services.auth import password_change_required

    return password_change_required(w.db, a)


def auth_reset_password(w: World, a: Actor, which: Which) -> object:
    from storage.services.auth import reset_password

    return reset_password(w.db, a, USERS[Role.OPERATOR], "provvisoria-123")


def auth_set_idle_minutes(w: World, a: Actor, which: Which) -> object:
    from storage.services.auth import set_idle_minutes

    return set_idle_minutes(w.db, a, 15)


def auth_set_user_active(w: World, a: Actor, which: Which) -> object:
    from storage.services.auth import set_user_active

    return set_user_active(w.db, a, USERS[Role.TUTOR], False)


A = "storage.services.auth"

ROWS: dict[str, Case] = {
    f"{A}.change_password": Case(ALL, auth_change_password),
    f"{A}.get_idle_minutes": Case(ALL, auth_get_idle_minutes),
    f"{A}.password_change_required": Case(ALL, auth_password_change_required),
    f"{A}.reset_password": Case(STAFF, auth_reset_password),
    f"{A}.set_idle_minutes": Case(STAFF, auth_set_idle_minutes),
    f"{A}.set_user_active": Case(STAFF, auth_set_user_active),
}
