"""Typed, expected failures shown to the person; anything else is a bug.

Messages are in Italian because they reach the person as they are (the command line prints them,
the GUI shows them next to the field or in a dialog).
"""

from __future__ import annotations


class SportelloError(Exception):
    """Base class of every expected failure."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(SportelloError):
    """Bad input: names the field and says why, in Italian. Nothing was written."""

    exit_code = 2

    def __init__(self, field: str, message: str, *, label: str | None = None) -> None:
        self.field = field
        self.label = label or field
        super().__init__(f"{self.label}: {message}")
        self.reason = message


class ConflictError(SportelloError):
    """The write clashes with existing data (double booking, duplicate, stale edit)."""

    exit_code = 3


class PermissionDenied(SportelloError):
    """The acting user's role does not allow the action."""

    exit_code = 4


class StorageUnavailable(SportelloError):
    """The store cannot be used: missing, locked, read-only, full, corrupt or too new."""

    exit_code = 1
