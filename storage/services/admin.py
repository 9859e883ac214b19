"""Administration: desks with opening hours, users, funding programmes, settings, database info."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import func, select

from models.entities import (
    Appointment,
    AppSetting,
    AuditEvent,
    Company,
    Desk,
    FundingProgramme,
    OpeningHours,
    Participant,
    Pathway,
    ServiceCap,
    ServiceDelivery,
    TutoringNote,
    User,
)
from models.enums import AuditAction, PathwayStatus, Role, ServiceType
from models.errors import ConflictError, ValidationError
from models.rows import (
    Actor,
    AuditRow,
    DatabaseInfo,
    DeskRow,
    OpeningInterval,
    ProgrammeRow,
    UserRow,
)
from models.validation import (
    code,
    email,
    optional,
    parse_date,
    required,
    role,
    username,
    weekly_intervals,
)
from storage import audit
from storage.engine import Database, latest_backup, read_revision
from storage.printing.style import Letterhead
from storage.services.common import EVERYONE, STAFF, author_fields, require
from storage.services.home import is_empty  # noqa: F401  (re-exported for callers)

ADMINS = frozenset({Role.ADMIN})


@dataclass
class DeskInput:
    code: str
    name: str
    municipality: str
    province: str | None = None
    address: str | None = None
    rooms: int = 1
    # (weekday 0-6, "HH:MM", "HH:MM")
    opening: list[tuple[int, str, str]] = field(default_factory=list)


def user_row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.full_name,
        user.role,
        user.email,
        user.active,
        has_password=bool(user.password_hash),
        must_change_password=bool(user.must_change_password),
        locked_until=user.locked_until,
    )


def _desk_row(desk: Desk) -> DeskRow:
    return DeskRow(
        id=desk.id,
        code=desk.code,
        name=desk.name,
        municipality=desk.municipality,
        province=desk.province,
        address=desk.address,
        rooms=desk.rooms,
        active=desk.active,
        opening=tuple(
            OpeningInterval(o.weekday, o.start_time.strftime("%H:%M"), o.end_time.strftime("%H:%M"))
            for o in sorted(desk.opening_hours, key=lambda o: (o.weekday, o.start_time))
        ),
    )


def create_desk(db: Database, actor: Actor, data: DeskInput) -> DeskRow:
    """Add a desk with its weekly opening hours."""
    require(actor, STAFF, "creare sportelli")
    desk_code = code(data.code, "code", "Codice sportello")
    name = required(data.name, "name", "Nome")
    municipality = required(data.municipality, "municipality", "Comune", 100)
    if not 1 <= int(data.rooms) <= 50:
        raise ValidationError("rooms", "deve essere tra 1 e 50.", label="Stanze")
    intervals = [
        OpeningHours(weekday=d, start_time=a, end_time=b)
        for d, a, b in weekly_intervals(data.opening, "opening", "Orari")
    ]
    with db.transaction() as session:
        if session.scalar(select(Desk.id).where(Desk.code == desk_code)) is not None:
            raise ConflictError(f"Esiste già uno sportello con codice {desk_code}.")
        desk = Desk(
            code=desk_code,
            name=name,
            municipality=municipality,
            province=optional(data.province, "province", "Provincia", 2),
            address=optional(data.address, "address", "Indirizzo"),
            rooms=int(data.rooms),
            opening_hours=intervals,
            **author_fields(actor),
        )
        session.add(desk)
        session.flush()
        audit.record(session, actor, AuditAction.CREATE, "desk", desk.uuid, f"code={desk_code}")
        return _desk_row(desk)


def list_desks(db: Database, actor: Actor) -> list[DeskRow]:
    require(actor, EVERYONE, "vedere gli sportelli")
    with db.transaction(write=False) as session:
        desks = session.scalars(select(Desk).order_by(Desk.code)).all()
        return [_desk_row(d) for d in desks]


@dataclass
class UserInput:
    username: str
    full_name: str
    role: str
    email: str | None = None
    # The initial password (the policy of models.passwords applies). None leaves the user
    # unable to sign in until a coordinator sets one with reset_password.
    password: str | None = None
    # True when someone else chose it: the user changes it at the first sign-in.
    must_change_password: bool = False

    def __repr__(self) -> str:
        # Never print a password, not even in a traceback or a log line.
        return f"UserInput(username={self.username!r}, role={self.role!r})"


def create_user(db: Database, actor: Actor, data: UserInput) -> UserRow:
    """Add a user (operator, tutor, coordinator or administrator), with an initial password."""
    require(actor, STAFF, "creare utenti")
    name = username(data.username)
    full = required(data.full_name, "full_name", "Nome e cognome")
    user_role = role(data.role)
    if user_role == Role.ADMIN and actor.role != Role.ADMIN:
        raise ValidationError("role", "solo un amministratore crea amministratori.", label="Ruolo")
    password_hash = None
    if data.password is not None:
        from models.passwords import check_password
        from storage.services.auth import hash_password

        password_hash = hash_password(check_password(data.password, name))
    with db.transaction() as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise ConflictError(f"Esiste già un utente {name}.")
        user = User(
            username=name,
            full_name=full,
            role=user_role,
            email=email(data.email),
            password_hash=password_hash,
            must_change_password=bool(password_hash and data.must_change_password),
            **author_fields(actor),
        )
        session.add(user)
        session.flush()
        audit.record(session, actor, AuditAction.CREATE, "user", user.uuid, f"role={user_role}")
        return user_row(user)


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    """Every user, disabled ones included (their history shows their name).

    Everyone may list them: the agenda and the booking dialog pick an operator from this list.
    Only coordinators and administrators see emails and the sign-in state (password set, reset
    pending, lockout); for the others those fields are empty.
    """
    require(actor, EVERYONE, "vedere gli utenti")
    with db.transaction(write=False) as session:
        rows = [user_row(u) for u in session.scalars(select(User).order_by(User.username))]
    if actor.role in STAFF:
        return rows
    return [UserRow(r.id, r.username, r.full_name, r.role, None, r.active) for r in rows]


@dataclass
class ProgrammeInput:
    code: str
    name: str
    funder: str
    start_date: str | date
    end_date: str | date | None = None
    notice_code: str | None = None
    budget_hours: str | None = None
    budget_euros: str | None = None
    retention_years: int = 5
    # Most hours the programme pays per participant, by service type.
    caps: list[tuple[str, str | int]] = field(default_factory=list)


def _decimal(value: str | None, field_name: str, label: str) -> Decimal | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(field_name, f"«{value}» non è un numero.", label=label) from exc
    if number < 0:
        raise ValidationError(field_name, "non può essere negativo.", label=label)
    return number


def _caps(items: list[tuple[str, str | int]]) -> dict[ServiceType, Decimal]:
    caps: dict[ServiceType, Decimal] = {}
    for service, hours in items:
        try:
            kind = ServiceType(service)
        except ValueError:
            raise ValidationError(
                "caps", f"«{service}» non è un servizio.", label="Massimali"
            ) from None
        limit = _decimal(str(hours), "caps", "Massimali")
        if limit is None or limit <= 0 or kind in caps:
            raise ValidationError(
                "caps",
                f"{kind.value}: indicate un massimo di ore positivo, una volta.",
                label="Massimali",
            )
        caps[kind] = limit
    return caps


def create_programme(db: Database, actor: Actor, data: ProgrammeInput) -> ProgrammeRow:
    """Add a funding programme (notice) with its budget per participant and retention."""
    require(actor, STAFF, "creare programmi")
    prog_code = code(data.code, "code", "Codice programma")
    start = parse_date(data.start_date, "start_date", "Data di inizio")
    if start is None:
        raise ValidationError("start_date", "è obbligatoria.", label="Data di inizio")
    end = parse_date(data.end_date, "end_date", "Data di fine")
    if end is not None and end < start:
        raise ValidationError("end_date", "precede la data di inizio.", label="Data di fine")
    if not 1 <= int(data.retention_years) <= 30:
        raise ValidationError("retention_years", "tra 1 e 30 anni.", label="Conservazione")
    caps = _caps(data.caps)
    with db.transaction() as session:
        if session.scalar(select(FundingProgramme.id).where(FundingProgramme.code == prog_code)):
            raise ConflictError(f"Esiste già un programma con codice {prog_code}.")
        programme = FundingProgramme(
            code=prog_code,
            name=required(data.name, "name", "Nome"),
            funder=required(data.funder, "funder", "Ente finanziatore"),
            notice_code=optional(data.notice_code, "notice_code", "Codice avviso", 64),
            start_date=start,
            end_date=end,
            budget_hours=_decimal(data.budget_hours, "budget_hours", "Ore per partecipante"),
            budget_euros=_decimal(data.budget_euros, "budget_euros", "Euro per partecipante"),
            retention_years=int(data.retention_years),
            caps=[ServiceCap(service_type=k, max_hours=v) for k, v in caps.items()],
            **author_fields(actor),
        )
        session.add(programme)
        session.flush()
        audit.record(session, actor, AuditAction.CREATE, "programme", programme.uuid, prog_code)
        return _programme_row(programme, 0)


def _programme_row(p: FundingProgramme, open_pathways: int) -> ProgrammeRow:
    return ProgrammeRow(
        id=p.id,
        code=p.code,
        name=p.name,
        funder=p.funder,
        notice_code=p.notice_code,
        start_date=p.start_date,
        end_date=p.end_date,
        budget_hours=p.budget_hours,
        retention_years=p.retention_years,
        open_pathways=open_pathways,
        budget_euros=p.budget_euros,
        caps=tuple(sorted((c.service_type.value, c.max_hours) for c in p.caps)),
    )


def update_programme(db: Database, actor: Actor, data: ProgrammeInput) -> ProgrammeRow:
    """Change a programme found by its code: name, funder, notice, dates, budget, caps."""
    require(actor, STAFF, "modificare i programmi")
    prog_code = code(data.code, "code", "Codice programma")
    start = parse_date(data.start_date, "start_date", "Data di inizio")
    if start is None:
        raise ValidationError("start_date", "è obbligatoria.", label="Data di inizio")
    end = parse_date(data.end_date, "end_date", "Data di fine")
    if end is not None and end < start:
        raise ValidationError("end_date", "precede la data di inizio.", label="Data di fine")
    if not 1 <= int(data.retention_years) <= 30:
        raise ValidationError("retention_years", "tra 1 e 30 anni.", label="Conservazione")
    caps = _caps(data.caps)
    with db.transaction() as session:
        programme = session.scalar(
            select(FundingProgramme).where(FundingProgramme.code == prog_code)
        )
        if programme is None:
            raise ValidationError("code", f"il programma {prog_code} non esiste.", label="Codice")
        programme.name = required(data.name, "name", "Nome")
        programme.funder = required(data.funder, "funder", "Ente finanziatore")
        programme.notice_code = optional(data.notice_code, "notice_code", "Codice avviso", 64)
        programme.start_date = start
        programme.end_date = end
        programme.budget_hours = _decimal(data.budget_hours, "budget_hours", "Ore per partecipante")
        programme.budget_euros = _decimal(
            data.budget_euros, "budget_euros", "Euro per partecipante"
        )
        programme.retention_years = int(data.retention_years)
        # Old caps go first: the new rows would clash with them on (programme, service).
        programme.caps = []
        session.flush()
        programme.caps = [ServiceCap(service_type=k, max_hours=v) for k, v in caps.items()]
        programme.updated_by = actor.username
        session.flush()
        audit.record(session, actor, AuditAction.UPDATE, "programme", programme.uuid, prog_code)
        open_count = session.scalar(
            select(func.count()).where(
                Pathway.programme_id == programme.id, Pathway.status == PathwayStatus.OPEN
            )
        )
        return _programme_row(programme, int(open_count or 0))


def list_programmes(db: Database, actor: Actor) -> list[ProgrammeRow]:
    require(actor, EVERYONE, "vedere i programmi")
    with db.transaction(write=False) as session:
        open_counts: dict[int, int] = dict(
            session.execute(
                select(Pathway.programme_id, func.count())
                .where(Pathway.status == PathwayStatus.OPEN)
                .group_by(Pathway.programme_id)
            )
            .tuples()
            .all()
        )
        programmes = session.scalars(select(FundingProgramme).order_by(FundingProgramme.code))
        return [_programme_row(p, int(open_counts.get(p.id, 0))) for p in programmes]


def get_settings(db: Database, actor: Actor) -> dict[str, str]:
    require(actor, EVERYONE, "leggere le impostazioni")
    with db.transaction(write=False) as session:
        return {s.key: s.value for s in session.scalars(select(AppSetting))}


def set_setting(db: Database, actor: Actor, key: str, value: str) -> None:
    require(actor, ADMINS | STAFF, "cambiare le impostazioni")
    with db.transaction() as session:
        setting = session.get(AppSetting, key)
        if setting is None:
            session.add(AppSetting(key=key, value=value))
        else:
            setting.value = value
        audit.record(session, actor, AuditAction.UPDATE, "setting", None, key)


LETTERHEAD_FIELDS = ("name", "address", "details", "phone", "email", "logo")


def get_letterhead(db: Database, actor: Actor) -> Letterhead:
    """The cooperative's letterhead for printed documents (empty fields when not set yet)."""
    values = get_settings(db, actor)
    return Letterhead(**{f: values.get(f"letterhead.{f}", "") for f in LETTERHEAD_FIELDS})


def set_letterhead(db: Database, actor: Actor, letterhead: Letterhead) -> None:
    """Save the letterhead in one transaction; a logo that is not a readable PNG/JPEG is refused."""
    require(actor, ADMINS | STAFF, "cambiare la carta intestata")
    name = (letterhead.name or "").strip()
    if not name:
        raise ValidationError("name", "indicate il nome della cooperativa.", label="Nome")
    logo = (letterhead.logo or "").strip()
    if logo:
        path = Path(logo).expanduser()
        if not path.is_file() or path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise ValidationError(
                "logo", f"«{logo}» non è un'immagine PNG o JPEG leggibile.", label="Logo"
            )
        logo = str(path.resolve())
    values = {
        "name": name,
        "address": optional(letterhead.address, "address", "Indirizzo", 300) or "",
        "details": optional(letterhead.details, "details", "Dati fiscali", 300) or "",
        "phone": optional(letterhead.phone, "phone", "Telefono", 40) or "",
        "email": optional(letterhead.email, "email", "Email", 200) or "",
        "logo": logo,
    }
    with db.transaction() as session:
        for field, value in values.items():
            key = f"letterhead.{field}"
            setting = session.get(AppSetting, key)
            if setting is None:
                session.add(AppSetting(key=key, value=value))
            else:
                setting.value = value
        audit.record(session, actor, AuditAction.UPDATE, "setting", None, "letterhead")


COUNTED = {
    "participants": Participant,
    "desks": Desk,
    "users": User,
    "appointments": Appointment,
    "pathways": Pathway,
    "service_deliveries": ServiceDelivery,
    "tutoring_notes": TutoringNote,
    "companies": Company,
    "audit_events": AuditEvent,
}


def database_info(db: Database, actor: Actor) -> DatabaseInfo:
    require(actor, EVERYONE, "vedere le informazioni del database")
    with db.transaction(write=False) as session:
        counts = {
            name: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in COUNTED.items()
        }
    backup = latest_backup(db.target) if db.target.is_sqlite else None
    return DatabaseInfo(
        location=db.target.display,
        engine=db.engine.dialect.name,
        revision=read_revision(db.engine),
        counts=counts,
        backup_dir=str(db.target.backup_dir) if db.target.is_sqlite else None,
        latest_backup=str(backup) if backup else None,
    )


def recent_audit(
    db: Database, actor: Actor, *, actions: set[AuditAction] | None = None, limit: int = 200
) -> list[AuditRow]:
    require(actor, STAFF, "leggere il registro degli accessi")
    with db.transaction(write=False) as session:
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if actions:
            query = query.where(AuditEvent.action.in_(actions))
        return [
            AuditRow(e.id, e.at, e.username, e.action, e.entity, e.summary)
            for e in session.scalars(query)
        ]


def log_event(db: Database, actor: Actor, action: AuditAction, entity: str, summary: str) -> None:
    """Record an event that is not a change of a record (backup, restore, export)."""
    with db.transaction() as session:
        audit.record(session, actor, action, entity, None, summary)
