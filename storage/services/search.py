"""Full-text search over tutoring notes, never returning what the searching user may not read.

SQLite keeps an FTS5 index (`notes_fts`, schema 0004) over the text and the next steps of every
note, tokenised with accents removed, so «perche» finds «perché». What a person types is turned
into a safe FTS5 query: each word is quoted (no operators, no column filters, nothing a user can
inject), all words must appear, and the last one also matches as a prefix, as in a search box.

PostgreSQL matches with its own text search instead (schema 0004): the GIN index over
`to_tsvector('simple', f_unaccent(text || ' ' || next steps))`, queried with `to_tsquery` built
the same way (each word quoted, all required, the last a prefix) and the snippet from
`ts_headline` over the note as written (a word typed without its accent is found, but only
highlighted in the snippet where the note has it without accent too).

Hits come most recently recorded first (FTS5 walks its index by rowid, so the first page costs
the same however many notes match). The confidentiality rule is the notes' own: a confidential
note is visible to its author and to coordinators and administrators only; a tutor finds only
the notes of their caseload (storage/services/access.py), an operator none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy import text as sql_text

from models.entities import Participant
from models.enums import Role
from models.errors import ValidationError
from models.rows import Actor
from models.text import fold
from storage.engine import Database
from storage.services.access import Level, participant_scope_clause, require_participant
from storage.services.common import require
from storage.services.lookup import is_participant, normal_code

READERS_OF_EVERYTHING = frozenset({Role.COORDINATOR, Role.ADMIN})
# Notes are the record: tutors search their caseload's, staff everyone's; operators never.
SEARCHERS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class NoteHit:
    id: int
    day: date
    participant_code: str
    participant_name: str
    author: str
    participant_id: int
    confidential: bool
    snippet: str


def fts_query(typed: str) -> str:
    """The FTS5 query for what a person typed: quoted words, all required, the last a prefix.

    Raises ValidationError when there is no word to look for.
    """
    words = _WORD.findall(fold(typed))[:MAX_WORDS]
    if not words:
        raise ValidationError("text", "scrivete almeno una parola da cercare.", label="Cerca")
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def pg_tsquery(typed: str) -> str:
    """The PostgreSQL to_tsquery text for what a person typed, by the rules of `fts_query`."""
    words = _WORD.findall(fold(typed))[:MAX_WORDS]
    if not words:
        raise ValidationError("text", "scrivete almeno una parola da cercare.", label="Cerca")
    quoted = [f"'{w}'" for w in words]
    quoted[-1] += ":*"
    return " & ".join(quoted)


# The document the index of 0004 is built over: the WHERE clause must repeat it exactly.
_PG_DOCUMENT = "to_tsvector('simple', f_unaccent(n.text || ' ' || coalesce(n.next_steps, '')))"
_PG_SNIPPET = (
    "ts_headline('simple', n.text || ' ' || coalesce(n.next_steps, ''), "
    "to_tsquery('simple', :q), "
    "'StartSel=«, StopSel=», MaxWords=12, MinWords=4, MaxFragments=1, FragmentDelimiter=…')"
)


def search_notes(
    db: Database,
    actor: Actor,
    typed: str,
    *,
    participant: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[NoteHit]:
    """Notes matching the words typed, most recently recorded first, only those `actor` may read."""
    require(actor, SEARCHERS, "cercare nelle note di tutoraggio")
    sqlite = db.target.is_sqlite
    query = fts_query(typed) if sqlite else pg_tsquery(typed)
    params: dict[str, object] = {"q": query, "limit": limit, "offset": offset}
    from storage.services.retention import visible_participants_sql

    # Never the notes of people restricted after an erasure request, or anonymised.
    matches = "notes_fts MATCH :q" if sqlite else f"{_PG_DOCUMENT} @@ to_tsquery('simple', :q)"
    where = [matches, visible_participants_sql("p")]
    if actor.role not in READERS_OF_EVERYTHING:
        where.append("(NOT n.confidential OR u.username = :me)")
        params["me"] = actor.username
    if participant:
        where.append("(p.codice_fiscale = :who OR p.internal_code = :who)")
        params["who"] = normal_code(participant)
    scope = participant_scope_clause(actor, Level.RECORD)
    if scope is not None:
        # A tutor's caseload (a few hundred people at most): the ids, bound as a list.
        where.append("p.id IN :caseload")
    if sqlite:
        snippet = "snippet(notes_fts, -1, '«', '»', '…', 12)"
        source = "notes_fts JOIN tutoring_notes n ON n.id = notes_fts.rowid"
    else:
        snippet, source = _PG_SNIPPET, "tutoring_notes n"
    statement = sql_text(
        "SELECT n.id, n.date, p.internal_code, p.last_name, p.first_name, u.username, "
        f"n.confidential, {snippet}, p.id "
        f"FROM {source} "
        "JOIN users u ON u.id = n.author_id "
        "JOIN participants p ON p.id = n.participant_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY n.id DESC LIMIT :limit OFFSET :offset"
    )
    if scope is not None:
        statement = statement.bindparams(bindparam("caseload", expanding=True))
    with db.transaction(write=False) as session:
        if participant:
            person = session.scalar(select(Participant.id).where(is_participant(participant)))
            if person is not None:  # nobody with that code: no hits, as before
                require_participant(session, actor, person, "cercare nelle note di tutoraggio")
        if scope is not None:
            params["caseload"] = list(session.scalars(select(Participant.id).where(scope)))
        rows = session.execute(statement, params).all()
    return [
        NoteHit(
            id=int(r[0]),
            day=r[1] if isinstance(r[1], date) else date.fromisoformat(str(r[1])),
            participant_code=str(r[2]),
            participant_name=f"{r[3]} {r[4]}",
            author=str(r[5]),
            confidential=bool(r[6]),
            snippet=" ".join(str(r[7] or "").split()),
            participant_id=int(r[8]),
        )
        for r in rows
    ]
