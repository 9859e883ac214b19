"""participant search key: accent-free "surname name" for search-as-you-type

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Existing participants get their key computed from their names, so a database created by the
first version keeps its data and becomes searchable ("nicolo" finds "Nicolò").
"""

import sqlalchemy as sa
from alembic import op

from models.text import search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_key", sa.String(length=220), server_default="", nullable=False)
        )
    conn = op.get_bind()
    people = sa.table(
        "participants",
        sa.column("id", sa.Integer),
        sa.column("last_name", sa.String),
        sa.column("first_name", sa.String),
        sa.column("search_key", sa.String),
    )
    rows = conn.execute(sa.select(people.c.id, people.c.last_name, people.c.first_name)).all()
    if rows:
        conn.execute(
            people.update().where(people.c.id == sa.bindparam("pid")),
            [{"pid": r.id, "search_key": search_key(r.last_name, r.first_name)} for r in rows],
        )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index("ix_participants_search_key", ["search_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index("ix_participants_search_key")
        batch_op.drop_column("search_key")
