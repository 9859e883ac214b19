"""The participant registry: create, search as you type, page and sort in SQL."""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select, union
from sqlalchemy.orm import Session

from models.base import new_uuid
from models.entities import (
    Desk,
    FundingProgramme,
    Participant,
    ParticipantTargetGroup,
    Pathway,
    User,
)
from models.enums import AuditAction, PathwayStatus, Role, TargetGroup
from models.errors import ConflictError, ValidationError
from models.rows import Actor, CreatedParticipant, ParticipantQuery, ParticipantRow
from models.text import fold
from models.validation import ParticipantInput, clean_participant
from storage import audit
from storage.engine import Database
from storage.services.common import EVERYONE, author_fields, require

CAN_REGISTER = frozenset({Role.OPERATOR, Role.TUTOR, Role.COORDINATOR, Role.ADMIN})

_SORTS = {
    "name": (Participant.search_key, Participant.id),
    "codice_fiscale": (Participant.codice_fiscale, Participant.id),
    "birth_date": (Participant.birth_date, Participant.id),
    "municipality": (Participant.municipality, Participant.search_key, Participant.id),
    "internal_code": (Participant.internal_code,),
    "created": (Participant.id,),
}


def internal_code_for(uuid: str) -> str:
    """A pseudonymous code printed on documents instead of the name; needs no central counter."""
    return "P-" + uuid.replace("-", "")[:8].upper()


def _row(p: Participant, desk_code: str | None = None) -> ParticipantRow:
    return ParticipantRow(
        id=p.id,
        uuid=p.uuid,
        internal_code=p.internal_code,
        codice_fiscale=p.codice_fiscale,
        last_name=p.last_name,
        first_name=p.first_name,
        sex=p.sex,
        birth_date=p.birth_date,
        phone=p.phone,
        municipality=p.municipality,
        desk_code=desk_code,
    )


def create_participant(db: Database, actor: Actor, data: ParticipantInput) -> CreatedParticipant:
    """Register a newcomer. The same codice fiscale is refused and names the existing record."""
    require(actor, CAN_REGISTER, "registrare partecipanti")
    clean = clean_participant(data)
    with db.transaction() as session:
        cf = clean.values["codice_fiscale"]
        if cf is not None:
            existing = session.scalar(select(Participant).where(Participant.codice_fiscale == cf))
            if existing is not None:
                raise ConflictError(
                    f"Il codice fiscale {cf} è già registrato: {existing.last_name} "
                    f"{existing.first_name} ({existing.internal_code})."
                )
        desk_id = None
        if clean.desk_code:
            desk_id = session.scalar(select(Desk.id).where(Desk.code == clean.desk_code.upper()))
            if desk_id is None:
                raise ValidationError(
                    "desk", f"lo sportello {clean.desk_code} non esiste.", label="Sportello"
                )
        person = Participant(**clean.values, desk_id=desk_id, **author_fields(actor))
        person.uuid = new_uuid()
        person.internal_code = internal_code_for(person.uuid)
        person.target_groups = [ParticipantTargetGroup(group=g) for g in clean.target_groups]
        session.add(person)
        session.flush()
        audit.record(session, actor, AuditAction.CREATE, "participant", person.uuid, "anagrafica")
        return CreatedParticipant(_row(person, clean.desk_code), clean.warnings)


def _filtered(query: ParticipantQuery) -> Select[tuple[int]]:
    stmt = select(Participant.id)
    text = fold(query.text)
    if text:
        like = text.replace("%", "").replace("_", "") + "%"
        code = query.text.strip().upper().replace(" ", "")
        digits = "".join(ch for ch in query.text if ch.isdigit())
        # A UNION of index-friendly parts: a single OR over search_key and the codes made
        # SQLite read every row (75 ms on 100,000 people instead of 10).
        parts = [
            # "mario" finds Rossi Mario as well: the key is "surname name".
            select(Participant.id).where(
                or_(Participant.search_key.like(like), Participant.search_key.like("% " + like))
            ),
            select(Participant.id).where(
                Participant.codice_fiscale >= code, Participant.codice_fiscale < code + "\uffff"
            ),
            select(Participant.id).where(
                Participant.internal_code >= code, Participant.internal_code < code + "\uffff"
            ),
        ]
        if len(digits) >= 4:
            parts.append(select(Participant.id).where(Participant.phone.like(f"%{digits}%")))
        stmt = stmt.where(Participant.id.in_(union(*parts)))
    if query.desk_code:
        stmt = stmt.join(Desk, Desk.id == Participant.desk_id).where(Desk.code == query.desk_code)
    if query.tutor or query.programme_code or query.pathway_status:
        pathways = select(Pathway.participant_id)
        if query.tutor:
            pathways = pathways.join(User, User.id == Pathway.tutor_id).where(
                User.username == query.tutor.strip().lower()
            )
        if query.programme_code:
            pathways = pathways.join(
                FundingProgramme, FundingProgramme.id == Pathway.programme_id
            ).where(FundingProgramme.code == query.programme_code.strip().upper())
        if query.pathway_status:
            pathways = pathways.where(Pathway.status == PathwayStatus(query.pathway_status))
        stmt = stmt.where(Participant.id.in_(pathways))
    if query.target_group:
        stmt = stmt.where(
            Participant.id.in_(
                select(ParticipantTargetGroup.participant_id).where(
                    ParticipantTargetGroup.group == TargetGroup(query.target_group)
                )
            )
        )
    return stmt


def participant_ids(db: Database, actor: Actor, query: ParticipantQuery) -> list[int]:
    """Ids of the participants matching the query, in the requested order (sorted in SQL)."""
    require(actor, EVERYONE, "consultare l'anagrafica")
    columns = _SORTS.get(query.sort, _SORTS["name"])
    order = [c.desc() if query.descending else c.asc() for c in columns]
    with db.transaction(write=False) as session:
        return list(session.scalars(_filtered(query).order_by(*order)))


def count_participants(db: Database, actor: Actor, query: ParticipantQuery) -> int:
    require(actor, EVERYONE, "consultare l'anagrafica")
    with db.transaction(write=False) as session:
        sub = _filtered(query).subquery()
        return int(session.scalar(select(func.count()).select_from(sub)) or 0)


def participant_rows(db: Database, actor: Actor, ids: list[int]) -> list[ParticipantRow]:
    """The rows for these ids, in the same order (the lazy table model asks for what it paints)."""
    require(actor, EVERYONE, "consultare l'anagrafica")
    if not ids:
        return []
    with db.transaction(write=False) as session:
        return _rows_by_id(session, ids)


def _rows_by_id(session: Session, ids: list[int]) -> list[ParticipantRow]:
    found = {
        p.id: _row(p, desk_code)
        for p, desk_code in session.execute(
            select(Participant, Desk.code)
            .outerjoin(Desk, Desk.id == Participant.desk_id)
            .where(Participant.id.in_(ids))
        )
    }
    return [found[i] for i in ids if i in found]


def list_participants(
    db: Database, actor: Actor, query: ParticipantQuery, *, limit: int | None = None
) -> list[ParticipantRow]:
    """All matching participants, in order, for the command line."""
    require(actor, EVERYONE, "consultare l'anagrafica")
    columns = _SORTS.get(query.sort, _SORTS["name"])
    with db.transaction(write=False) as session:
        stmt = (
            select(Participant, Desk.code)
            .outerjoin(Desk, Desk.id == Participant.desk_id)
            .where(Participant.id.in_(_filtered(query)))
            .order_by(*columns)
        )
        if limit:
            stmt = stmt.limit(limit)
        return [_row(p, code) for p, code in session.execute(stmt)]
