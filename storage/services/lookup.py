"""Finding a participant by the codes people type: codice fiscale or internal code (P-…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, or_, select

from models.entities import Participant
from models.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def normal_code(key: str | None) -> str:
    """Spaces out, upper case: how codici fiscali and internal codes are stored."""
    return "".join((key or "").split()).upper()


def is_participant(key: str) -> ColumnElement[bool]:
    """The SQL condition «this participant's codice fiscale or internal code is `key`»."""
    wanted = normal_code(key)
    return or_(Participant.codice_fiscale == wanted, Participant.internal_code == wanted)


def participant_by_code(session: Session, key: str, *, lock: bool = False) -> Participant:
    """The participant with that codice fiscale or internal code; ValidationError naming the
    field "participant" when there is none. With `lock`, FOR UPDATE (PostgreSQL)."""
    wanted = normal_code(key)
    if not wanted:
        raise ValidationError("participant", "indicate la persona.", label="Partecipante")
    query = select(Participant).where(is_participant(wanted))
    person = session.scalar(query.with_for_update() if lock else query)
    if person is None:
        raise ValidationError(
            "participant",
            f"nessuna persona con codice fiscale o codice interno «{wanted}».",
            label="Partecipante",
        )
    return person
