"""Declarative base, naming convention and the columns every record carries."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Enum, MetaData, String, false, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so all audit times are UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_type(enum_cls: type[enum.Enum], name: str) -> Enum:
    """A portable enum column stored as its string value with a CHECK constraint."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


def flag(default: bool) -> Mapped[bool]:
    """A boolean column with the same default in Python and in the schema.

    true()/false() render as 1/0 on SQLite and as true/false on PostgreSQL, which refuses an
    integer default for a boolean column.
    """
    return mapped_column(Boolean, default=default, server_default=true() if default else false())


class Tracked:
    """A UUID that never changes, plus who created and last changed the record and when.

    The integer primary key is local to one database; the UUID is the identity that survives a
    move into a cooperative's central database.
    """

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(64))
    updated_by: Mapped[str | None] = mapped_column(String(64))
