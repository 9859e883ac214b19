"""signed registers: monthly timesheets and course-session attendance registers, signed and locked

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

- `signed_registers`: one row per signing of a participant's monthly timesheet (all services or
  one) or of a course session's attendance register, with who signed it and when, how many times
  it was reprinted, and, once a coordinator unlocks it, who, when and why. An unlocked row stays
  as history; signing again makes a new row. At most one active (not unlocked) register per
  scope (partial unique index on `scope`).
- `signed_register_items`: the deliveries each signed register covers (they are locked).

Downgrading releases the deliveries the registers had locked.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_SERVICE_TYPES = (
    "reception",
    "specialist_interview",
    "pathway_definition",
    "skills_assessment",
    "orientation",
    "training",
    "internship_tutoring",
    "company_scouting",
    "job_matching",
    "job_accompaniment",
    "coaching",
    "counselling",
    "active_job_search",
    "support_network",
    "skills_certification",
)
_ACTIVE = sa.text("unlocked_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "signed_registers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=100), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("month", sa.Date(), nullable=True),
        sa.Column(
            "service_type",
            sa.Enum(
                *_SERVICE_TYPES,
                name="service_type",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("edition_session_id", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.String(length=64), nullable=False),
        sa.Column("reprints", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("unlocked_at", sa.DateTime(), nullable=True),
        sa.Column("unlocked_by", sa.String(length=64), nullable=True),
        sa.Column("unlock_reason", sa.String(length=300), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "kind IN ('timesheet', 'attendance')", name=op.f("ck_signed_registers_kind_values")
        ),
        sa.CheckConstraint(
            "(kind = 'timesheet' AND participant_id IS NOT NULL AND month IS NOT NULL"
            " AND edition_session_id IS NULL) OR (kind = 'attendance'"
            " AND edition_session_id IS NOT NULL AND participant_id IS NULL AND month IS NULL"
            " AND service_type IS NULL)",
            name=op.f("ck_signed_registers_kind_fields"),
        ),
        sa.CheckConstraint("reprints >= 0", name=op.f("ck_signed_registers_reprints_nonnegative")),
        sa.CheckConstraint(
            "(unlocked_at IS NULL AND unlocked_by IS NULL AND unlock_reason IS NULL) OR "
            "(unlocked_at IS NOT NULL AND unlocked_by IS NOT NULL AND unlock_reason IS NOT NULL)",
            name=op.f("ck_signed_registers_unlock_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_signed_registers_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["edition_session_id"],
            ["edition_sessions.id"],
            name=op.f("fk_signed_registers_edition_session_id_edition_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_registers")),
        sa.UniqueConstraint("uuid", name=op.f("uq_signed_registers_uuid")),
    )
    with op.batch_alter_table("signed_registers", schema=None) as batch_op:
        batch_op.create_index(
            "uq_signed_registers_active_scope",
            ["scope"],
            unique=True,
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        )
        batch_op.create_index(
            "ix_signed_registers_participant_month", ["participant_id", "month"], unique=False
        )
        batch_op.create_index(
            "ix_signed_registers_edition_session", ["edition_session_id"], unique=False
        )

    op.create_table(
        "signed_register_items",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["signed_registers.id"],
            name=op.f("fk_signed_register_items_register_id_signed_registers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["service_deliveries.id"],
            name=op.f("fk_signed_register_items_delivery_id_service_deliveries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "register_id", "delivery_id", name=op.f("pk_signed_register_items")
        ),
    )
    with op.batch_alter_table("signed_register_items", schema=None) as batch_op:
        batch_op.create_index("ix_signed_register_items_delivery", ["delivery_id"], unique=False)


def downgrade() -> None:
    # Without the registers nothing could unlock their deliveries again: release them.
    deliveries = sa.table("service_deliveries", sa.column("id"), sa.column("locked", sa.Boolean))
    items = sa.table("signed_register_items", sa.column("delivery_id"))
    op.execute(
        deliveries.update()
        .where(deliveries.c.id.in_(sa.select(items.c.delivery_id)))
        .values(locked=False)
    )
    with op.batch_alter_table("signed_register_items", schema=None) as batch_op:
        batch_op.drop_index("ix_signed_register_items_delivery")
    op.drop_table("signed_register_items")
    with op.batch_alter_table("signed_registers", schema=None) as batch_op:
        batch_op.drop_index("ix_signed_registers_edition_session")
        batch_op.drop_index("ix_signed_registers_participant_month")
        batch_op.drop_index(
            "uq_signed_registers_active_scope",
            sqlite_where=_ACTIVE,
            postgresql_where=_ACTIVE,
        )
    op.drop_table("signed_registers")
