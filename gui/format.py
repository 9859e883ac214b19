"""How values look on screen: dates dd/mm/yyyy, times HH:MM, numbers in the current locale."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


def fmt_time(value: datetime | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value is not None else ""


def fmt_utc(value: datetime | None) -> str:
    """An audit time (naive UTC, as stored) shown in the local time zone."""
    if value is None:
        return ""
    return fmt_datetime(value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def fmt_phone(value: str | None) -> str:
    """A stored E.164 number in the usual grouping ("333 832 1673"; foreign ones with +prefix)."""
    from models.validation import display_phone

    return display_phone(value)


def fmt_int(value: int | None) -> str:
    """An integer with the locale's thousands separator (100.000 in Italian)."""
    return QLocale().toString(int(value)) if value is not None else ""


def fmt_hours(value: Decimal | float | None) -> str:
    """Hours with at most one decimal, in the locale's notation (12,5)."""
    if value is None:
        return ""
    number = float(value)
    if number == int(number):
        return QLocale().toString(int(number))
    return QLocale().toString(number, "f", 1)
