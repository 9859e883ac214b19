"""Helpers every service shares: role checks and the acting user.

Kept free of SQLAlchemy imports: the GUI resolves its user before the ORM is loaded.
"""

from __future__ import annotations

from models.enums import Role
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor
from storage.engine import Database

ROLE_LABELS = {
    Role.OPERATOR: "operatore",
    Role.TUTOR: "tutor",
    Role.COORDINATOR: "coordinatore",
    Role.ADMIN: "amministratore",
}

EVERYONE = frozenset(Role)
STAFF = frozenset({Role.COORDINATOR, Role.ADMIN})


def require(actor: Actor, allowed: frozenset[Role] | set[Role], what: str) -> None:
    """Refuse the action unless the actor's role is allowed; the message says what was refused."""
    if actor.role not in allowed:
        raise PermissionDenied(
            f"L'utente {actor.username} ({ROLE_LABELS[actor.role]}) non può {what}."
        )


def resolve_actor(db: Database, username: str | None) -> Actor:
    """The user named by --as (or the administrator when none is named)."""
    if not username:
        return Actor.system_admin()
    rows = db.read(
        "SELECT id, username, full_name, role, active FROM users WHERE username = :u",
        {"u": username.strip().lower()},
    )
    if not rows:
        raise ValidationError("--as", f"l'utente «{username}» non esiste.", label="Utente")
    user_id, name, full_name, role, active = rows[0]
    if not active:
        raise PermissionDenied(f"L'utente {name} è disattivato.")
    return Actor(str(name), Role(role), int(user_id), str(full_name))


def author_fields(actor: Actor) -> dict[str, str]:
    return {"created_by": actor.username, "updated_by": actor.username}
