"""Plain row types handed to the GUI and the command line: no Session, no live ORM object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, TypeVar

from models.enums import (
    AppointmentKind,
    AppointmentMode,
    AppointmentStatus,
    AuditAction,
    PathwayStatus,
    Role,
    Sex,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who is acting: the services check this user's role and sign the audit trail with it."""

    username: str
    role: Role
    user_id: int | None = None
    full_name: str = ""

    @classmethod
    def system_admin(cls) -> Actor:
        """Whoever holds the database file (and its key) acts as the administrator."""
        return cls(username="admin", role=Role.ADMIN, user_id=None, full_name="Amministratore")


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class OpeningInterval:
    weekday: int
    start: str  # HH:MM
    end: str


@dataclass(frozen=True)
class DeskRow:
    id: int
    code: str
    name: str
    municipality: str
    province: str | None
    address: str | None
    rooms: int
    active: bool
    opening: tuple[OpeningInterval, ...] = ()


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: Role
    email: str | None
    active: bool
    has_password: bool = False
    # After a coordinator's reset, until the user chooses their own.
    must_change_password: bool = False
    # While an account waits after too many wrong passwords (naive UTC).
    locked_until: datetime | None = None


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    code: str
    name: str
    funder: str
    notice_code: str | None
    start_date: date
    end_date: date | None
    budget_hours: Decimal | None
    retention_years: int
    open_pathways: int = 0
    budget_euros: Decimal | None = None
    # Service type code -> most hours per participant.
    caps: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    uuid: str
    internal_code: str
    codice_fiscale: str | None
    last_name: str
    first_name: str
    sex: Sex | None
    birth_date: date | None
    phone: str | None
    municipality: str | None
    desk_code: str | None = None


@dataclass(frozen=True)
class ParticipantQuery:
    """What the registry screen asks: text typed, filters, sort column and direction."""

    text: str = ""
    desk_code: str | None = None
    sort: str = "name"  # name | codice_fiscale | birth_date | municipality | created
    descending: bool = False
    tutor: str | None = None  # username: people with a pathway followed by this tutor
    programme_code: str | None = None  # people with a pathway in this programme
    pathway_status: str | None = None  # PathwayStatus value of one of their pathways
    target_group: str | None = None  # TargetGroup value


@dataclass(frozen=True)
class CreatedParticipant:
    row: ParticipantRow
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    uuid: str
    start: datetime
    minutes: int
    desk_code: str
    desk_name: str
    operator: str
    operator_name: str
    participant_code: str
    participant_name: str
    participant_cf: str | None
    kind: AppointmentKind
    mode: AppointmentMode
    status: AppointmentStatus


@dataclass(frozen=True)
class PathwayRow:
    id: int
    participant_code: str
    participant_name: str
    programme_code: str
    tutor: str | None
    start_date: date
    planned_end: date | None
    status: PathwayStatus
    planned_hours: Decimal
    delivered_hours: Decimal


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    vat_number: str | None
    ateco_code: str | None
    municipality: str | None
    headcount: int | None
    internships: int
    open_positions_l68: int | None
    archived: bool = False


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: AuditAction
    entity: str
    summary: str


@dataclass(frozen=True)
class HomeSummary:
    participants: int
    open_pathways: int
    desks: int
    users: int
    appointments_today: list[AppointmentRow]
    upcoming_week: int
    no_shows_30d: int


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    engine: str
    revision: str | None
    counts: dict[str, int]
    backup_dir: str | None
    latest_backup: str | None


@dataclass(frozen=True)
class PlanProgress:
    """One line of a pathway's plan: hours planned against hours delivered so far."""

    service_type: str
    planned_hours: Decimal
    delivered_hours: Decimal


@dataclass(frozen=True)
class PathwaySummary:
    id: int
    programme_code: str
    programme_name: str
    tutor: str | None
    start_date: date
    planned_end: date | None
    end_date: date | None
    status: str
    closure_reason: str | None
    plan: tuple[PlanProgress, ...] = ()
    # Who followed the pathway from which day, oldest first.
    tutor_history: tuple[tuple[str, date], ...] = ()


@dataclass(frozen=True)
class ParticipantDetails:
    """Everything the participant page shows, in one read."""

    id: int
    uuid: str
    internal_code: str
    values: dict[str, object]  # the stored fields, by column name
    target_groups: tuple[str, ...]
    desk_code: str | None
    has_consent: bool
    pathways: tuple[PathwaySummary, ...]
    next_appointments: tuple[AppointmentRow, ...]
