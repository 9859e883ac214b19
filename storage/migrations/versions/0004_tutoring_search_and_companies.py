"""tutoring: full-text note search; companies: size, archive, consultancy on tools; conventions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

- `notes_fts`: an FTS5 index over the text and the next steps of tutoring notes (accents
  ignored), kept in step with `tutoring_notes` by triggers and filled from the existing notes.
  SQLite only: PostgreSQL gets its own text search with the multi-desk work.
- `companies.size` (EU size class) and `companies.archived` (a company with history is archived,
  never deleted).
- `company_contacts.kind` accepts `consultancy_tools`.
- `conventions.cooperative`: the social cooperative of an art. 14 convention.
- Indexes by participant on `attendances` and `enrollments`, for the participant's timeline.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_KINDS_BEFORE = (
    "call",
    "visit",
    "meeting",
    "consultancy_rules",
    "consultancy_processes",
    "email",
)
_KINDS_AFTER = (*_KINDS_BEFORE[:5], "consultancy_tools", "email")

FTS_TRIGGERS = (
    """CREATE TRIGGER tutoring_notes_fts_insert AFTER INSERT ON tutoring_notes BEGIN
        INSERT INTO notes_fts(rowid, text, next_steps)
        VALUES (new.id, new.text, coalesce(new.next_steps, ''));
    END""",
    """CREATE TRIGGER tutoring_notes_fts_delete AFTER DELETE ON tutoring_notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text, next_steps)
        VALUES ('delete', old.id, old.text, coalesce(old.next_steps, ''));
    END""",
    """CREATE TRIGGER tutoring_notes_fts_update AFTER UPDATE OF text, next_steps
        ON tutoring_notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text, next_steps)
        VALUES ('delete', old.id, old.text, coalesce(old.next_steps, ''));
        INSERT INTO notes_fts(rowid, text, next_steps)
        VALUES (new.id, new.text, coalesce(new.next_steps, ''));
    END""",
)


def _contacts_table(kinds: tuple[str, ...]) -> sa.Table:
    return sa.Table(
        "company_contacts",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                *kinds,
                name="company_contact_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name="fk_company_contacts_company_id_companies",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_company_contacts_user_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_company_contacts"),
        sa.UniqueConstraint("uuid", name="uq_company_contacts_uuid"),
        sa.Index("ix_company_contacts_company_id", "company_id"),
    )


def _set_contact_kinds(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table(
        "company_contacts", copy_from=_contacts_table(kinds), recreate="always"
    ):
        pass


def upgrade() -> None:
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "size",
                sa.Enum(
                    "micro",
                    "small",
                    "medium",
                    "large",
                    name="company_size",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("archived", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )
    with op.batch_alter_table("conventions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cooperative", sa.String(length=200), nullable=True))
    _set_contact_kinds(_KINDS_AFTER)
    op.create_index("ix_attendances_participant", "attendances", ["participant_id"])
    op.create_index("ix_enrollments_participant", "enrollments", ["participant_id"])

    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE notes_fts USING fts5(text, next_steps, "
            "content='tutoring_notes', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS tutoring_notes_fts_{name}")
        op.execute("DROP TABLE IF EXISTS notes_fts")
    op.drop_index("ix_enrollments_participant", table_name="enrollments")
    op.drop_index("ix_attendances_participant", table_name="attendances")
    op.execute("DELETE FROM company_contacts WHERE kind = 'consultancy_tools'")
    _set_contact_kinds(_KINDS_BEFORE)
    with op.batch_alter_table("conventions", schema=None) as batch_op:
        batch_op.drop_column("cooperative")
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.drop_column("archived")
        batch_op.drop_column("size")
