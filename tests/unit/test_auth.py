"""Sign-in, passwords, lockout, resets, disabling users and the idle-lock setting."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from models.entities import AuditEvent, User
from models.enums import AuditAction, Role
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.passwords import check_password
from models.rows import Actor
from storage.engine import Database
from storage.services import auth
from storage.services.admin import UserInput, create_user, list_users
from storage.services.auth import (
    SignInRefused,
    change_password,
    get_idle_minutes,
    lockout_wait,
    reset_password,
    set_idle_minutes,
    set_user_active,
    sign_in,
)

T0 = datetime(2026, 11, 23, 9, 0, 0)
GOOD = "passaggio-a-nord-ovest"


def _user(db: Database, admin: Actor, name: str, role: Role, password: str | None = GOOD) -> Actor:
    create_user(db, admin, UserInput(name, name.title(), role.value, password=password))
    return Actor(name, role, _id(db, name), name.title())


def _id(db: Database, name: str) -> int:
    return int(db.read("SELECT id FROM users WHERE username = :u", {"u": name})[0][0])


def _state(db: Database, name: str) -> tuple[int, str | None]:
    failed, until = db.read(
        "SELECT failed_logins, locked_until FROM users WHERE username = :u", {"u": name}
    )[0]
    return int(failed), until


def _logins(db: Database) -> list[tuple[str, str]]:
    with db.transaction(write=False) as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.LOGIN).order_by(AuditEvent.id)
        )
        return [(e.username, e.summary) for e in events]


@pytest.fixture
def coordinator(db: Database, admin: Actor) -> Actor:
    return _user(db, admin, "c.rossi", Role.COORDINATOR)


# ---------------------------------------------------------------- policy


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("", "Password: è obbligatoria."),
        ("corta", "Password: almeno 10 caratteri."),
        ("123456789", "Password: almeno 10 caratteri."),
        ("aaaaaaaaaaaa", "Password: non può essere un solo carattere ripetuto."),
        ("M.Verdi.Lodi", "Password: non può essere uguale al nome utente."),
        ("x" * 200 + "y" * 57, "Password: al massimo 256 caratteri."),
    ],
)
def test_password_policy_refuses(password: str, message: str) -> None:
    """Too short, too long, the username, or one repeated character: refused, field named."""
    with pytest.raises(ValidationError) as caught:
        check_password(password, "m.verdi.lodi")
    assert str(caught.value) == message
    assert caught.value.field == "password"


def test_password_policy_accepts_ten_characters_with_spaces() -> None:
    """Exactly 10 characters pass, and spaces are kept as typed."""
    assert check_password(" due parol", "m.verdi") == " due parol"


def test_create_user_checks_the_policy_and_stores_only_a_hash(db: Database, admin: Actor) -> None:
    """A short initial password is refused before writing; a good one is stored as Argon2id."""
    with pytest.raises(ValidationError, match="Password: almeno 10 caratteri"):
        create_user(db, admin, UserInput("a.bassi", "Anna Bassi", "tutor", password="breve"))
    assert db.read("SELECT count(*) FROM users") == [(0,)]
    _user(db, admin, "a.bassi", Role.TUTOR)
    (stored,) = db.read("SELECT password_hash FROM users")[0]
    assert stored.startswith("$argon2id$v=19$m=131072,t=3,p=1$") and GOOD not in stored
    assert GOOD not in repr(UserInput("a.bassi", "Anna Bassi", "tutor", password=GOOD))


def test_dummy_hash_uses_the_current_parameters() -> None:
    """Unknown users are verified against a hash as costly as a real one."""
    assert auth._hasher().check_needs_rehash(auth._DUMMY_HASH) is False


# ---------------------------------------------------------------- sign-in


def test_sign_in_returns_the_actor_and_audits_without_the_password(
    db: Database, coordinator: Actor
) -> None:
    """The right password gives the user's Actor; the audit says only the outcome."""
    actor = sign_in(db, " C.Rossi ", GOOD, now=T0, via="cli")
    assert actor == coordinator
    assert _logins(db) == [("c.rossi", "ok via=cli")]
    raw = "|".join(str(r[0]) for r in db.read("SELECT summary FROM audit_events"))
    assert GOOD not in raw


def test_unknown_user_and_wrong_password_get_the_same_message(
    db: Database, coordinator: Actor
) -> None:
    """No user enumeration: both say «Nome utente o password errati.»"""
    with pytest.raises(SignInRefused) as unknown:
        sign_in(db, "nessuno", GOOD, now=T0)
    with pytest.raises(SignInRefused) as wrong:
        sign_in(db, "c.rossi", "sbagliata-di-sicuro", now=T0)
    assert str(unknown.value) == str(wrong.value) == "Nome utente o password errati."
    assert unknown.value.exit_code == wrong.value.exit_code == 4
    assert _logins(db) == [("?", "unknown_user via=gui"), ("c.rossi", "wrong_password via=gui")]


def test_lockout_after_five_wrong_then_escalating_and_reset_on_success(
    db: Database, coordinator: Actor
) -> None:
    """5 wrong: wait 30 s without checking; then 60 s, 120 s; the right password resets."""
    for _ in range(4):
        with pytest.raises(SignInRefused) as caught:
            sign_in(db, "c.rossi", "sbagliata-di-sicuro", now=T0)
        assert caught.value.retry_after is None
    with pytest.raises(SignInRefused) as fifth:
        sign_in(db, "c.rossi", "sbagliata-di-sicuro", now=T0)
    assert str(fifth.value) == (
        "Nome utente o password errati. Troppi tentativi errati: riprovate tra 30 secondi."
    )
    assert fifth.value.retry_after == 30
    # While waiting even the right password is refused, and the count does not move.
    with pytest.raises(SignInRefused) as waiting:
        sign_in(db, "c.rossi", GOOD, now=T0 + timedelta(seconds=10))
    assert str(waiting.value) == (
        "Troppi tentativi errati per questo utente: riprovate tra 20 secondi."
    )
    assert waiting.value.retry_after == 20
    assert _state(db, "c.rossi")[0] == 5
    # Wait over: one more wrong password doubles the wait.
    with pytest.raises(SignInRefused) as sixth:
        sign_in(db, "c.rossi", "sbagliata-di-sicuro", now=T0 + timedelta(seconds=31))
    assert sixth.value.retry_after == 60
    with pytest.raises(SignInRefused) as seventh:
        sign_in(db, "c.rossi", "sbagliata-di-sicuro", now=T0 + timedelta(seconds=92))
    assert seventh.value.retry_after == 120
    assert "riprovate tra 2 minuti" in str(seventh.value)
    actor = sign_in(db, "c.rossi", GOOD, now=T0 + timedelta(seconds=213))
    assert actor.username == "c.rossi"
    assert _state(db, "c.rossi") == (0, None)
    outcomes = [s for _, s in _logins(db)]
    assert outcomes.count("locked via=gui") == 1 and outcomes[-1] == "ok via=gui"


def test_lockout_wait_doubles_up_to_one_hour() -> None:
    """30 s at the fifth failure, doubling, capped at 3600 s."""
    assert [lockout_wait(n) for n in range(4, 14)] == [
        0,
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
        3600,
    ]
    assert lockout_wait(10_000) == 3600


def test_lockout_uses_the_real_clock_when_none_is_given(db: Database, coordinator: Actor) -> None:
    """Without `now` the lock is set from the current time and refuses at once."""
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == "c.rossi"))
        assert user is not None
        user.failed_logins = 4
    with pytest.raises(SignInRefused):
        sign_in(db, "c.rossi", "sbagliata-di-sicuro")
    with pytest.raises(SignInRefused, match="riprovate tra"):
        sign_in(db, "c.rossi", GOOD)
    # A lock that ended in the past no longer applies.
    with db.transaction() as session:
        session.execute(text("UPDATE users SET locked_until = '2000-01-01 00:00:00.000000'"))
    assert sign_in(db, "c.rossi", GOOD).username == "c.rossi"


def test_disabled_user_is_refused_only_with_the_right_password(
    db: Database, admin: Actor, coordinator: Actor
) -> None:
    """A disabled user with the right password is told so; a wrong one gets the usual message."""
    _user(db, admin, "t.neri", Role.TUTOR)
    set_user_active(db, coordinator, "t.neri", False)
    with pytest.raises(SignInRefused, match=r"^Nome utente o password errati\.$"):
        sign_in(db, "t.neri", "sbagliata-di-sicuro", now=T0)
    with pytest.raises(SignInRefused) as caught:
        sign_in(db, "t.neri", GOOD, now=T0)
    assert str(caught.value) == (
        "L'utente t.neri è disattivato: chiedete a un coordinatore di riattivarlo."
    )


def test_user_without_password_is_told_to_ask_a_coordinator(db: Database, admin: Actor) -> None:
    """A user created without a password cannot sign in until someone sets one."""
    _user(db, admin, "o.galli", Role.OPERATOR, password=None)
    with pytest.raises(SignInRefused) as caught:
        sign_in(db, "o.galli", "qualunque-cosa", now=T0)
    assert "non ha ancora una password" in str(caught.value)
    assert "coordinatore" in str(caught.value)


def test_old_hash_parameters_are_upgraded_at_sign_in(db: Database, coordinator: Actor) -> None:
    """A hash made with cheaper parameters verifies, then is replaced with the current ones."""
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(GOOD)
    with db.transaction() as session:
        session.execute(text("UPDATE users SET password_hash = :h"), {"h": cheap})
    sign_in(db, "c.rossi", GOOD, now=T0)
    (stored,) = db.read("SELECT password_hash FROM users")[0]
    assert stored != cheap and stored.startswith("$argon2id$v=19$m=131072,t=3,p=1$")


# ---------------------------------------------------------------- change and reset


def test_change_password_needs_the_old_one(db: Database, coordinator: Actor) -> None:
    """The owner changes it with the old password; a wrong old one counts as a failure."""
    with pytest.raises(SignInRefused, match=r"^La password attuale è errata\.$"):
        change_password(db, coordinator, "sbagliata-di-sicuro", "un'altra-bella-frase", now=T0)
    assert _state(db, "c.rossi")[0] == 1
    with pytest.raises(ValidationError, match=r"^Nuova password: almeno 10 caratteri\.$"):
        change_password(db, coordinator, GOOD, "corta", now=T0)
    with pytest.raises(ValidationError, match="diversa da quella attuale"):
        change_password(db, coordinator, GOOD, GOOD, now=T0)
    change_password(db, coordinator, GOOD, "un'altra-bella-frase", now=T0)
    with pytest.raises(SignInRefused):
        sign_in(db, "c.rossi", GOOD, now=T0)
    assert sign_in(db, "c.rossi", "un'altra-bella-frase", now=T0).username == "c.rossi"


def test_administrator_without_as_has_no_password_to_change(db: Database, admin: Actor) -> None:
    """The file holder (no user row) cannot change a password: exit 4."""
    with pytest.raises(PermissionDenied):
        change_password(db, admin, GOOD, "un'altra-bella-frase")


def test_reset_forces_a_change_and_lifts_the_lockout(
    db: Database, admin: Actor, coordinator: Actor
) -> None:
    """A coordinator's reset unlocks, and the user must change the password at next sign-in."""
    tutor = _user(db, admin, "t.neri", Role.TUTOR)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(db, "t.neri", "sbagliata-di-sicuro", now=T0)
    row = reset_password(db, coordinator, "t.neri", "provvisoria-123")
    assert row.must_change_password is True and row.locked_until is None
    assert _state(db, "t.neri") == (0, None)
    signed = sign_in(db, "t.neri", "provvisoria-123", now=T0)
    assert auth.password_change_required(db, signed) is True
    change_password(db, tutor, "provvisoria-123", "la-mia-nuova-frase", now=T0)
    assert auth.password_change_required(db, signed) is False


def test_reset_rules(db: Database, admin: Actor, coordinator: Actor) -> None:
    """Tutors cannot reset; coordinators cannot reset administrators or themselves."""
    tutor = _user(db, admin, "t.neri", Role.TUTOR)
    _user(db, admin, "a.capo", Role.ADMIN)
    with pytest.raises(PermissionDenied, match="non può reimpostare le password"):
        reset_password(db, tutor, "c.rossi", "provvisoria-123")
    with pytest.raises(PermissionDenied, match="Solo un amministratore"):
        reset_password(db, coordinator, "a.capo", "provvisoria-123")
    with pytest.raises(ValidationError, match="Cambia password"):
        reset_password(db, coordinator, "c.rossi", "provvisoria-123")
    with pytest.raises(ValidationError, match="Password: almeno 10 caratteri"):
        reset_password(db, coordinator, "t.neri", "corta")
    with pytest.raises(ValidationError, match="«nessuno» non esiste"):
        reset_password(db, coordinator, "nessuno", "provvisoria-123")


# ---------------------------------------------------------------- disable, never delete


def test_disable_and_enable_never_delete(db: Database, admin: Actor, coordinator: Actor) -> None:
    """Disabling keeps the row (shown as disabled); enabling brings the user back."""
    _user(db, admin, "t.neri", Role.TUTOR)
    row = set_user_active(db, coordinator, "t.neri", False)
    assert row.active is False
    assert [(u.username, u.active) for u in list_users(db, coordinator)] == [
        ("c.rossi", True),
        ("t.neri", False),
    ]
    assert set_user_active(db, coordinator, "t.neri", True).active is True
    assert sign_in(db, "t.neri", GOOD, now=T0).username == "t.neri"
    assert not hasattr(auth, "delete_user")
    import storage.services.admin as admin_services

    assert not [n for n in dir(admin_services) if "delete" in n and "user" in n]


def test_never_yourself_never_the_last_manager(
    db: Database, admin: Actor, coordinator: Actor
) -> None:
    """Nobody disables themselves; the last active coordinator/administrator stays active."""
    with pytest.raises(ConflictError, match="vostro stesso utente"):
        set_user_active(db, coordinator, "c.rossi", False)
    with pytest.raises(ConflictError, match="ultimo coordinatore o amministratore attivo"):
        set_user_active(db, admin, "c.rossi", False)
    other = _user(db, admin, "c.verdi", Role.COORDINATOR)
    set_user_active(db, other, "c.rossi", False)
    with pytest.raises(ConflictError, match="ultimo"):
        set_user_active(db, admin, "c.verdi", False)
    tutor = _user(db, admin, "t.neri", Role.TUTOR)
    with pytest.raises(PermissionDenied):
        set_user_active(db, tutor, "c.verdi", False)


# ---------------------------------------------------------------- idle lock setting


def test_idle_minutes_default_range_and_roles(
    db: Database, admin: Actor, coordinator: Actor
) -> None:
    """10 by default; 1-240 accepted from coordinators/administrators; others refused."""
    assert get_idle_minutes(db, coordinator) == 10
    assert set_idle_minutes(db, coordinator, " 25 ") == 25
    assert get_idle_minutes(db, coordinator) == 25
    for bad, message in (
        ("0", "Blocco dopo: tra 1 e 240 minuti."),
        (241, "Blocco dopo: tra 1 e 240 minuti."),
        ("dieci", "Blocco dopo: «dieci» non è un numero di minuti."),
    ):
        with pytest.raises(ValidationError) as caught:
            set_idle_minutes(db, coordinator, bad)
        assert str(caught.value) == message
    tutor = _user(db, admin, "t.neri", Role.TUTOR)
    with pytest.raises(PermissionDenied):
        set_idle_minutes(db, tutor, 5)
    assert get_idle_minutes(db, tutor) == 25


# ---------------------------------------------------------------- migration 0006


def test_migration_0006_keeps_users_and_their_passwords(tmp_path: Path) -> None:
    """A 0005 database with a user is backed up and upgraded; the user signs in unchanged."""
    import sqlite3

    from storage.engine import make_engine, read_revision, resolve_target
    from storage.schema import HEAD_REVISION, open_database, upgrade

    path = tmp_path / "old.db"
    target = resolve_target(str(path))
    old = Database(target, make_engine(target))
    upgrade(old, None, to="0005")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (uuid, username, full_name, role, password_hash, active,"
                " failed_logins, created_at, updated_at)"
                " VALUES ('u-1', 'c.rossi', 'Carla Rossi', 'coordinator', :h, 1, 2,"
                " '2026-01-01', '2026-01-01')"
            ),
            {"h": auth.hash_password(GOOD)},
        )
    old.dispose()
    db = open_database(str(path))
    try:
        assert read_revision(db.engine) == HEAD_REVISION == "0006"
        assert db.read("SELECT username, failed_logins, must_change_password FROM users") == [
            ("c.rossi", 2, 0)
        ]
        assert sign_in(db, "c.rossi", GOOD, now=T0).role == Role.COORDINATOR
        assert auth.password_change_required(db, sign_in(db, "c.rossi", GOOD, now=T0)) is False
    finally:
        db.dispose()
    backups = list((tmp_path / "backups").glob("old-prima-della-migrazione-0005-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
    assert copy.execute("SELECT count(*) FROM users").fetchone() == (1,)
    copy.close()


def test_migration_0006_downgrades(db: Database) -> None:
    """Downgrading to 0005 drops the column and keeps the users."""
    from alembic import command

    from storage.schema import alembic_config

    create_user(db, Actor.system_admin(), UserInput("c.rossi", "Carla", "coordinator"))
    command.downgrade(alembic_config(db), "0005")
    from sqlalchemy import inspect

    db.engine.dispose()  # a fresh look at the table after the downgrade
    columns = {c["name"] for c in inspect(db.engine).get_columns("users")}
    assert "must_change_password" not in columns and "failed_logins" in columns
    assert db.read("SELECT username FROM users") == [("c.rossi",)]


def test_list_users_shows_emails_and_sign_in_state_to_staff_only(
    db: Database, admin: Actor, coordinator: Actor
) -> None:
    """Operators still list colleagues (to book with them), without emails or lock state."""
    create_user(db, admin, UserInput("o.sala", "Olga Sala", "operator", "o.sala@example.org", GOOD))
    operator = Actor("o.sala", Role.OPERATOR, _id(db, "o.sala"))
    staff_view = {u.username: u for u in list_users(db, coordinator)}
    assert staff_view["o.sala"].email == "o.sala@example.org"
    assert staff_view["o.sala"].has_password is True
    seen = {u.username: u for u in list_users(db, operator)}
    assert set(seen) == {"c.rossi", "o.sala"}
    assert seen["o.sala"].email is None and seen["o.sala"].has_password is False
