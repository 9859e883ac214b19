"""The password policy: a pure check shared by the services, the command line and the dialogs.

A password is kept only as an Argon2id hash (storage/services/auth.py); this module never sees a
hash and never logs anything. The rules are few on purpose (length beats composition rules):
at least 10 characters, not the username, not one character repeated.
"""

from __future__ import annotations

from models.errors import ValidationError

MIN_LENGTH = 10
# Long enough for any passphrase; a cap keeps a pasted megabyte from reaching the hasher.
MAX_LENGTH = 256


def check_password(
    password: str | None,
    username: str = "",
    *,
    field: str = "password",
    label: str = "Password",
) -> str:
    """Return the password unchanged when it follows the policy, else raise ValidationError.

    Spaces count as characters and are kept: a passphrase of words is welcome.
    """
    value = password or ""
    if not value:
        raise ValidationError(field, "è obbligatoria.", label=label)
    if len(value) < MIN_LENGTH:
        raise ValidationError(field, f"almeno {MIN_LENGTH} caratteri.", label=label)
    if len(value) > MAX_LENGTH:
        raise ValidationError(field, f"al massimo {MAX_LENGTH} caratteri.", label=label)
    if username and value.strip().casefold() == username.strip().casefold():
        raise ValidationError(field, "non può essere uguale al nome utente.", label=label)
    if len(set(value)) == 1:
        raise ValidationError(field, "non può essere un solo carattere ripetuto.", label=label)
    return value


def check_confirmation(password: str, confirmation: str, *, field: str = "confirm") -> None:
    """The two fields of a new password must match (the dialogs ask twice)."""
    if password != confirmation:
        raise ValidationError(field, "le due password non coincidono.", label="Conferma")
