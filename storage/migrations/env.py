"""Alembic environment: runs on the connection Sportello hands over, in batch mode for SQLite."""

from alembic import context
from sqlalchemy import Connection, create_engine

import models.entities  # noqa: F401  (registers the tables on the metadata)
from models.base import Base

config = context.config

# Tables the models do not map: SQLite's FTS5 index over the notes and its shadow tables.
UNMAPPED_PREFIXES = ("notes_fts",)
# Indexes the models do not map: PostgreSQL's text-search index over the notes (0004).
UNMAPPED_INDEXES = ("ix_tutoring_notes_fts",)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    if type_ == "index" and name in UNMAPPED_INDEXES:
        return False
    return not (type_ == "table" and name is not None and name.startswith(UNMAPPED_PREFIXES))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for developers writing a new revision
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()  # no pooled connection left behind for the garbage collector
