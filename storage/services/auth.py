"""Sign-in: Argon2id password hashes, lockout after wrong passwords, resets, disabling, idle lock.

Passwords are never stored, logged or audited: only their Argon2id hash is kept, and the hash
carries its own parameters, so a hash made with older (cheaper) parameters still verifies and is
upgraded at the next successful sign-in (`check_needs_rehash`).

Lockout: after `MAX_FAILURES` (5) wrong passwords in a row the account waits 30 s; every further
wrong password (tried once the wait is over) doubles the wait, up to one hour: 30 s, 1 min,
2 min, 4 min, 8 min, 16 min, 32 min, then 1 h. While an account waits, the password is not even
checked. A correct password, or a coordinator's reset, sets the count back to zero.

An unknown username and a wrong password get the same message, and an unknown username still pays
one Argon2 verify (against a fixed dummy hash) so that the time taken does not tell them apart.
Every attempt goes to the audit trail as a `login` event whose summary says only the outcome; a
failed attempt on an unknown name is signed «?» (what was typed may be a password).

argon2-cffi and SQLAlchemy are imported inside the functions: start-up does not pay for them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from models.enums import AuditAction, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.passwords import check_password
from models.rows import Actor, UserRow
from storage.engine import Database
from storage.services.common import EVERYONE, STAFF, require

if TYPE_CHECKING:
    from argon2 import PasswordHasher
    from sqlalchemy.orm import Session

    from models.entities import User

# Argon2id, tuned so that one verify takes about 0.2 s on a two-core laptop (the issue asks for
# 0.1-0.5 s; tests/perf/bench_sign_in.py measures it). RFC 9106's second recommended set is
# t=3 with 64 MiB; doubling the memory reaches the target without raising the time cost.
HASH_TIME_COST = 3
HASH_MEMORY_KIB = 128 * 1024
HASH_PARALLELISM = 1

MAX_FAILURES = 5
FIRST_WAIT_SECONDS = 30
MAX_WAIT_SECONDS = 3600

IDLE_KEY = "security.idle_minutes"
IDLE_DEFAULT = 10
IDLE_MIN, IDLE_MAX = 1, 240

WRONG_CREDENTIALS = "Nome utente o password errati."
UNKNOWN_SIGNER = "?"

# A hash of a throwaway password with the parameters above: an unknown username is verified
# against it so that it takes as long as a wrong password (a test keeps the parameters in step).
_DUMMY_HASH = (
    "$argon2id$v=19$m=131072,t=3,p=1$xwRduHYw0hzD3pyflv+i7Q$"
    "SQIv4UMcD2jO9Oq93+gk4TnHUQGKvU0Tza51V5MN50Q"
)

ADMINS_AND_COORDINATORS = STAFF


class SignInRefused(PermissionDenied):
    """Sign-in refused; `retry_after` is the wait in seconds when the account is locked out."""

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(
        time_cost=HASH_TIME_COST,
        memory_cost=HASH_MEMORY_KIB,
        parallelism=HASH_PARALLELISM,
        type=Type.ID,
    )


def hash_password(password: str) -> str:
    """The Argon2id hash (with its salt and parameters) of a password that passed the policy."""
    return _hasher().hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """True when the password matches the hash; a malformed hash never matches."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def lockout_wait(failures: int) -> int:
    """Seconds an account waits after `failures` wrong passwords in a row (0 below the limit)."""
    if failures < MAX_FAILURES:
        return 0
    return int(min(FIRST_WAIT_SECONDS * 2 ** min(failures - MAX_FAILURES, 20), MAX_WAIT_SECONDS))


def describe_wait(seconds: int) -> str:
    """«30 secondi», «2 minuti», «1 ora»: the wait in words, rounded up to the minute past 60 s."""
    if seconds <= 60:
        return "1 secondo" if seconds == 1 else f"{max(seconds, 1)} secondi"
    minutes = -(-seconds // 60)
    if minutes < 60:
        return f"{minutes} minuti"
    return "1 ora"


def _now(now: datetime | None) -> datetime:
    from models.base import utcnow

    return now or utcnow()


def _user_by_name(session: Session, name: str, *, lock: bool = True) -> User | None:
    from sqlalchemy import select

    from models.entities import User

    query = select(User).where(User.username == name)
    if lock:
        # PostgreSQL: two sign-ins for the same account count their failures one after the other.
        query = query.with_for_update()
    return session.scalar(query)


def _actor(user: User) -> Actor:
    return Actor(user.username, user.role, user.id, user.full_name)


def _audit_login(session: Session, who: str, uuid: str | None, outcome: str, via: str) -> None:
    from storage import audit

    signer = Actor(who, Role.OPERATOR)
    audit.record(session, signer, AuditAction.LOGIN, "user", uuid, f"{outcome} via={via}")


def _seconds_left(user: User, now: datetime) -> int:
    assert user.locked_until is not None
    return max(1, int(-(-(user.locked_until - now).total_seconds() // 1)))


def _check(session: Session, user: User, password: str, now: datetime) -> tuple[str, str, int]:
    """Check one attempt on an existing account: (outcome, message, wait seconds)."""
    if user.locked_until is not None and user.locked_until > now:
        wait = _seconds_left(user, now)
        return (
            "locked",
            f"Troppi tentativi errati per questo utente: riprovate tra {describe_wait(wait)}.",
            wait,
        )
    if not user.password_hash:
        return (
            "no_password",
            f"L'utente {user.username} non ha ancora una password: chiedete a un coordinatore "
            "o a un amministratore di impostarla.",
            0,
        )
    if not verify_password(user.password_hash, password):
        user.failed_logins = (user.failed_logins or 0) + 1
        wait = lockout_wait(user.failed_logins)
        if wait:
            user.locked_until = now + timedelta(seconds=wait)
            return (
                "wrong_password",
                f"{WRONG_CREDENTIALS} Troppi tentativi errati: riprovate tra "
                f"{describe_wait(wait)}.",
                wait,
            )
        return "wrong_password", WRONG_CREDENTIALS, 0
    user.failed_logins = 0
    user.locked_until = None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    if not user.active:
        return (
            "disabled",
            f"L'utente {user.username} è disattivato: chiedete a un coordinatore di riattivarlo.",
            0,
        )
    return "ok", "", 0


def sign_in(
    db: Database,
    username: str,
    password: str,
    *,
    now: datetime | None = None,
    via: str = "gui",
) -> Actor:
    """The user behind a username and password, or SignInRefused (PermissionDenied, exit 4).

    `via` (gui, cli, unlock) is noted in the audit event; `now` lets tests move the clock.
    """
    moment = _now(now)
    name = (username or "").strip().lower()
    with db.transaction() as session:
        user = _user_by_name(session, name) if name else None
        if user is None:
            verify_password(_DUMMY_HASH, password or "")
            _audit_login(session, UNKNOWN_SIGNER, None, "unknown_user", via)
            outcome, message, wait = "unknown_user", WRONG_CREDENTIALS, 0
        else:
            outcome, message, wait = _check(session, user, password or "", moment)
            _audit_login(session, user.username, user.uuid, outcome, via)
        actor = _actor(user) if user is not None and outcome == "ok" else None
    if actor is None:
        raise SignInRefused(message, retry_after=wait or None)
    return actor


def password_change_required(db: Database, actor: Actor) -> bool:
    """True after a coordinator's reset, until the user chooses a new password."""
    if actor.user_id is None:
        return False
    rows = db.read("SELECT must_change_password FROM users WHERE id = :id", {"id": actor.user_id})
    return bool(rows and rows[0][0])


def has_users(db: Database) -> bool:
    """True once any user exists."""
    return bool(db.read("SELECT 1 FROM users LIMIT 1"))


def sign_in_required(db: Database) -> bool:
    """True once an active user has a password: the GUI then asks who is signing in.

    A database from before sign-in existed has users without passwords; it opens as the
    administrator (as it did) until someone sets a password in Amministrazione › Utenti.
    """
    return bool(db.read("SELECT 1 FROM users WHERE active AND password_hash IS NOT NULL LIMIT 1"))


def change_password(
    db: Database, actor: Actor, old: str, new: str, *, now: datetime | None = None
) -> None:
    """The signed-in user changes their own password; the old one is required.

    A wrong old password counts toward the lockout, as at sign-in.
    """
    if actor.user_id is None:
        raise PermissionDenied(
            "Chi agisce senza --as non ha una password: cambiate quella di un utente con --as."
        )
    moment = _now(now)
    with db.transaction() as session:
        user = _user_by_name(session, actor.username)
        if user is None or user.id != actor.user_id:
            raise PermissionDenied(f"L'utente {actor.username} non esiste più.")
        name = user.username
        new_password = check_password(new, name, field="new_password", label="Nuova password")
        outcome, message, wait = _check(session, user, old or "", moment)
        if outcome == "ok" and new_password == old:
            raise ValidationError(
                "new_password", "deve essere diversa da quella attuale.", label="Nuova password"
            )
        if outcome == "ok":
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            user.updated_by = actor.username
            from storage import audit

            audit.record(session, actor, AuditAction.UPDATE, "user", user.uuid, "password_changed")
        else:
            _audit_login(session, name, user.uuid, outcome, "change_password")
    if outcome != "ok":
        if outcome == "wrong_password":
            message = message.replace(WRONG_CREDENTIALS, "La password attuale è errata.")
        raise SignInRefused(message, retry_after=wait or None)


def _managed_user(session: Session, actor: Actor, username: str, what: str) -> User:
    """The user a coordinator acts on; only an administrator acts on administrators."""
    from models.validation import username as clean_username

    name = clean_username(username)
    user = _user_by_name(session, name)
    if user is None:
        raise ValidationError("username", f"l'utente «{name}» non esiste.", label="Utente")
    if user.role == Role.ADMIN and actor.role != Role.ADMIN:
        raise PermissionDenied(f"Solo un amministratore può {what} di un amministratore.")
    return user


def reset_password(db: Database, actor: Actor, username: str, new: str) -> UserRow:
    """A coordinator or administrator sets a new password for someone else.

    The user must change it at the next sign-in, and any lockout is lifted.
    """
    from storage import audit
    from storage.services.admin import user_row

    require(actor, ADMINS_AND_COORDINATORS, "reimpostare le password")
    with db.transaction() as session:
        user = _managed_user(session, actor, username, "reimpostare la password")
        if actor.user_id is not None and user.id == actor.user_id:
            raise ValidationError(
                "username",
                "per la vostra password usate «Cambia password», che chiede quella attuale.",
                label="Utente",
            )
        password = check_password(new, user.username)
        user.password_hash = hash_password(password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        user.updated_by = actor.username
        audit.record(session, actor, AuditAction.UPDATE, "user", user.uuid, "password_reset")
        return user_row(user)


def set_user_active(db: Database, actor: Actor, username: str, active: bool) -> UserRow:
    """Disable or enable a user. Nobody is deleted: a disabled user's history stays theirs.

    Nobody disables themselves, and the last active coordinator or administrator stays active
    (someone must be able to manage users from the program).
    """
    from sqlalchemy import func, select

    from models.entities import User
    from storage import audit
    from storage.services.admin import user_row

    require(actor, ADMINS_AND_COORDINATORS, "attivare o disattivare utenti")
    with db.transaction() as session:
        user = _managed_user(session, actor, username, "disattivare l'utenza")
        if user.active == active:
            return user_row(user)
        if not active:
            if actor.user_id is not None and user.id == actor.user_id:
                raise ConflictError("Non potete disattivare il vostro stesso utente.")
            if user.role in STAFF:
                others = session.scalar(
                    select(func.count())
                    .select_from(User)
                    .where(User.active.is_(True), User.role.in_(STAFF), User.id != user.id)
                )
                if not others:
                    raise ConflictError(
                        f"{user.username} è l'ultimo coordinatore o amministratore attivo: "
                        "prima attivatene un altro, che possa gestire gli utenti."
                    )
        user.active = active
        user.updated_by = actor.username
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "user",
            user.uuid,
            "enabled" if active else "disabled",
        )
        return user_row(user)


def get_idle_minutes(db: Database, actor: Actor) -> int:
    """Minutes without keyboard or mouse input before the window locks (default 10)."""
    require(actor, EVERYONE, "leggere le impostazioni")
    rows = db.read("SELECT value FROM app_settings WHERE key = :k", {"k": IDLE_KEY})
    try:
        minutes = int(rows[0][0]) if rows else IDLE_DEFAULT
    except (TypeError, ValueError):
        return IDLE_DEFAULT
    return minutes if IDLE_MIN <= minutes <= IDLE_MAX else IDLE_DEFAULT


def set_idle_minutes(db: Database, actor: Actor, minutes: int | str) -> int:
    """Set the idle-lock minutes (1-240), coordinators and administrators only."""
    from models.entities import AppSetting
    from storage import audit

    require(actor, ADMINS_AND_COORDINATORS, "cambiare il blocco per inattività")
    try:
        value = int(str(minutes).strip())
    except ValueError:
        raise ValidationError(
            "idle_minutes", f"«{minutes}» non è un numero di minuti.", label="Blocco dopo"
        ) from None
    if not IDLE_MIN <= value <= IDLE_MAX:
        raise ValidationError(
            "idle_minutes", f"tra {IDLE_MIN} e {IDLE_MAX} minuti.", label="Blocco dopo"
        )
    with db.transaction() as session:
        setting = session.get(AppSetting, IDLE_KEY)
        if setting is None:
            session.add(AppSetting(key=IDLE_KEY, value=str(value)))
        else:
            setting.value = str(value)
        audit.record(session, actor, AuditAction.UPDATE, "setting", None, IDLE_KEY)
    return value
