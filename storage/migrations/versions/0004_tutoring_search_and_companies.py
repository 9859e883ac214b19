"""tutoring: full-text note search; companies: size, archive, consultancy on tools; conventions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

- `notes_fts`: an FTS5 index over the text and the next steps of tutoring notes (accents
  ignored), kept in step with `tutoring_notes` by triggers and filled from the existing notes.
  On PostgreSQL the same search is PostgreSQL's own text search instead: the `unaccent`
  extension when the server has it (Debian's package does), an immutable `f_unaccent(text)`
  wrapper (plain identity without the extension) and a GIN index `ix_tutoring_notes_fts` on
  `to_tsvector('simple', f_unaccent(text || ' ' || coalesce(next_steps, '')))`, which the
  server keeps up to date by itself.
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


# What storage/services/search.py matches on PostgreSQL; the index is over exactly this.
PG_NOTES_DOCUMENT = "to_tsvector('simple', f_unaccent(text || ' ' || coalesce(next_steps, '')))"
PG_FTS_INDEX = "ix_tutoring_notes_fts"


def _create_pg_text_search() -> None:
    """unaccent if the server offers it, the immutable wrapper an index may use, the GIN index."""
    conn = op.get_bind()
    available = conn.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'")
    ).first()
    if available is not None:
        op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        schema = conn.execute(
            sa.text(
                "SELECT n.nspname FROM pg_extension e "
                "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
            )
        ).scalar_one()
        # unaccent() itself is only STABLE (its dictionary could change); naming the dictionary
        # and the schema makes the wrapper safe to declare IMMUTABLE, as an index requires.
        body = f"SELECT {schema}.unaccent('{schema}.unaccent'::regdictionary, $1)"
    else:
        body = "SELECT $1"
    op.execute(
        "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ {body} $$"
    )
    op.execute(f"CREATE INDEX {PG_FTS_INDEX} ON tutoring_notes USING gin ({PG_NOTES_DOCUMENT})")


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
            sa.Column("archived", sa.Boolean(), server_default=sa.false(), nullable=False)
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
    elif op.get_bind().dialect.name == "postgresql":
        _create_pg_text_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS tutoring_notes_fts_{name}")
        op.execute("DROP TABLE IF EXISTS notes_fts")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_FTS_INDEX}")
        op.execute("DROP FUNCTION IF EXISTS f_unaccent(text)")
    op.drop_index("ix_enrollments_participant", table_name="enrollments")
    op.drop_index("ix_attendances_participant", table_name="attendances")
    op.execute("DELETE FROM company_contacts WHERE kind = 'consultancy_tools'")
    _set_contact_kinds(_KINDS_BEFORE)
    with op.batch_alter_table("conventions", schema=None) as batch_op:
        batch_op.drop_column("cooperative")
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.drop_column("archived")
        batch_op.drop_column("size")
